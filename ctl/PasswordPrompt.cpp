#include "PasswordPrompt.h"

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace loket::ctl {
namespace {

// Turns the terminal's echo off while it lives; restores it however the reading ends.
class EchoOff
{
public:
    EchoOff()
    {
        m_saved = tcgetattr(STDIN_FILENO, &m_before) == 0;
        if (!m_saved)
            return;
        termios quiet = m_before;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    ~EchoOff()
    {
        if (m_saved)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_before);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    termios m_before {};
    bool m_saved = false;
};

std::optional<QString> readLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return std::nullopt;
    if (!line.empty() && line.back() == '\r') // typed on Windows or piped from its files
        line.pop_back();
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}

std::optional<QString> askHidden(Output& io, const QString& prompt)
{
    io.err << prompt << Qt::flush;
    std::optional<QString> typed;
    {
        EchoOff echoOff;
        typed = readLine();
    }
    io.err << Qt::endl; // the Enter the user typed was not echoed
    return typed;
}

} // namespace

std::optional<QString> readNewPassword(Output& io)
{
    if (!isatty(STDIN_FILENO)) {
        std::optional<QString> piped = readLine();
        if (!piped)
            io.err << Text::tr("No password on standard input: pipe one line, e.g. "
                               "echo \"$PASSWORD\" | loketctl user …")
                   << Qt::endl;
        return piped;
    }
    const std::optional<QString> first = askHidden(io, Text::tr("New password: "));
    if (!first)
        return std::nullopt;
    const std::optional<QString> second = askHidden(io, Text::tr("Type the new password again: "));
    if (!second)
        return std::nullopt;
    if (*first != *second) {
        io.err << Text::tr("The two passwords differ; nothing was changed. Try again.") << Qt::endl;
        return std::nullopt;
    }
    return first;
}

} // namespace loket::ctl
