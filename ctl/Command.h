#pragma once

#include "CommandLine.h"

#include <QList>

class QCommandLineParser;

namespace loket::ctl {

// One option of a command: `--name VALUE`, or the flag `--name` when `valueName` is null. The
// texts are marked with QT_TRANSLATE_NOOP("loketctl", …) and translated when shown.
struct OptionSpec
{
    const char* name;
    const char* valueName;
    const char* description;
};

// Options several commands share, described once (Command.cpp).
namespace option {
extern const OptionSpec db, json, office, service, caseNumber, pdf, out, format, month, year;
} // namespace option

// A loketctl command, as KeePassXC's CLI has them: a name, what it does, its usage forms and
// options. run() reads the words after the name with QCommandLineParser (`--opt value` or
// `--opt=value`), answers --help with the generated usage and refuses unknown options naming
// the closest valid one; execute() does the work.
class Command
{
public:
    struct Spec
    {
        const char* name;
        const char* description; // one line, for `loketctl --help`
        QList<const char*> forms; // each as written after "loketctl NAME "
        QList<OptionSpec> options;
        const char* details = nullptr; // more for `loketctl NAME --help`
    };

    explicit Command(Spec spec);
    virtual ~Command() = default;
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    QString name() const { return QString::fromLatin1(m_spec.name); }
    QString description() const;
    QString usage() const; // the forms, one a line
    QString help() const; // usage, description and every option explained
    QStringList optionNames() const;
    // Whether these words render documents, which needs fonts and hence a QGuiApplication.
    virtual bool rendersDocuments(const QStringList& words) const;

    int run(const QStringList& words, Output& io) const;

protected:
    virtual int execute(const Arguments& args, Output& io) const = 0;
    int usageError(Output& io, const QString& message = QString()) const;

private:
    QString parseError(const QCommandLineParser& parser, const QStringList& words) const;
    const OptionSpec* spec(const QString& optionName) const;

    Spec m_spec;
};

} // namespace loket::ctl
