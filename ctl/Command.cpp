#include "Command.h"

#include <QCommandLineParser>

namespace loket::ctl {

namespace option {
const OptionSpec db { "db", QT_TRANSLATE_NOOP("loketctl", "PATH"),
                      QT_TRANSLATE_NOOP("loketctl",
                                        "the office database (default: LOKET_DB, "
                                        "else the usual place)") };
const OptionSpec json { "json", nullptr,
                        QT_TRANSLATE_NOOP("loketctl", "print JSON instead of text") };
const OptionSpec office { "office", QT_TRANSLATE_NOOP("loketctl", "ID"),
                          QT_TRANSLATE_NOOP("loketctl",
                                            "the office, e.g. palangka-raya, "
                                            "seruyan or kotabaru") };
const OptionSpec service { "service", QT_TRANSLATE_NOOP("loketctl", "CODE"),
                           QT_TRANSLATE_NOOP("loketctl", "the service's code, e.g. SRY-01") };
const OptionSpec caseNumber { "case", QT_TRANSLATE_NOOP("loketctl", "NUMBER"),
                              QT_TRANSLATE_NOOP("loketctl", "the case's number") };
const OptionSpec pdf { "pdf", QT_TRANSLATE_NOOP("loketctl", "OUT"),
                       QT_TRANSLATE_NOOP("loketctl", "write a PDF to this file") };
const OptionSpec out { "out", QT_TRANSLATE_NOOP("loketctl", "FILE"),
                       QT_TRANSLATE_NOOP("loketctl", "the file to write") };
const OptionSpec format { "format", QT_TRANSLATE_NOOP("loketctl", "csv|pdf"),
                          QT_TRANSLATE_NOOP("loketctl", "the file's format: csv or pdf") };
const OptionSpec month { "month", QT_TRANSLATE_NOOP("loketctl", "YYYY-MM"),
                         QT_TRANSLATE_NOOP("loketctl", "the month, e.g. 2026-11") };
const OptionSpec year { "year", QT_TRANSLATE_NOOP("loketctl", "YYYY"),
                        QT_TRANSLATE_NOOP("loketctl", "the year, e.g. 2026") };
} // namespace option

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("loketctl", text);
}

// "--name VALUE" or "--name", as the option list shows it.
QString optionSyntax(const OptionSpec& option)
{
    const QString name = QStringLiteral("--") + QString::fromLatin1(option.name);
    return option.valueName ? name + QLatin1Char(' ') + translated(option.valueName) : name;
}

const OptionSpec helpOption { "help", nullptr,
                              QT_TRANSLATE_NOOP("loketctl",
                                                "show this command's usage and "
                                                "options") };

} // namespace

Command::Command(Spec spec)
    : m_spec(std::move(spec))
{
}

QString Command::description() const
{
    return translated(m_spec.description);
}

QString Command::usage() const
{
    QStringList lines;
    for (const char* form : m_spec.forms)
        lines << QStringLiteral("loketctl %1 %2").arg(name(), translated(form)).trimmed();
    return lines.join(QStringLiteral("\n  "));
}

QString Command::help() const
{
    QString text = Text::tr("usage: %1").arg(usage()) + QLatin1Char('\n') + description();
    if (m_spec.details)
        text += QLatin1Char('\n') + translated(m_spec.details);
    text += QLatin1String("\n\n") + Text::tr("Options:");
    const QList<OptionSpec> options = m_spec.options + QList<OptionSpec> { helpOption };
    qsizetype width = 0;
    for (const OptionSpec& option : options)
        width = qMax(width, optionSyntax(option).size());
    for (const OptionSpec& option : options)
        text += QStringLiteral("\n  %1  %2")
                    .arg(optionSyntax(option), -int(width))
                    .arg(translated(option.description));
    return text;
}

QStringList Command::optionNames() const
{
    QStringList names;
    for (const OptionSpec& option : m_spec.options)
        names << QString::fromLatin1(option.name);
    return names << QString::fromLatin1(helpOption.name);
}

bool Command::rendersDocuments(const QStringList&) const
{
    return false;
}

int Command::run(const QStringList& words, Output& io) const
{
    QCommandLineParser parser;
    // Only --name options exist; a single dash is a typing slip, not a bundle of letters.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const OptionSpec& option : m_spec.options + QList<OptionSpec> { helpOption }) {
        const QString name = QString::fromLatin1(option.name);
        parser.addOption(option.valueName
                             ? QCommandLineOption(name, QString(), translated(option.valueName))
                             : QCommandLineOption(name));
    }
    if (!parser.parse(QStringList { QStringLiteral("loketctl") } + words))
        return usageError(io, parseError(parser, words));
    if (parser.isSet(QString::fromLatin1(helpOption.name))) {
        io.out << help() << Qt::endl;
        return Success;
    }
    QMap<QString, QStringList> given;
    for (const OptionSpec& option : std::as_const(m_spec.options)) {
        const QString name = QString::fromLatin1(option.name);
        if (parser.isSet(name))
            given.insert(name, parser.values(name));
    }
    return execute(Arguments(parser.positionalArguments(), given), io);
}

int Command::usageError(Output& io, const QString& message) const
{
    return ctl::usageError(io, message, usage());
}

QString Command::parseError(const QCommandLineParser& parser, const QStringList& words) const
{
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty()) {
        const QString word = QStringLiteral("--") + unknown.first();
        const QString nearest = closest(unknown.first(), optionNames());
        return nearest.isEmpty()
            ? Text::tr("unknown option %1").arg(word)
            : Text::tr("unknown option %1; did you mean --%2?").arg(word, nearest);
    }
    for (const QString& word : words) {
        const QString name = word.mid(2).section(QLatin1Char('='), 0, 0);
        const OptionSpec* option = word.startsWith(QLatin1String("--")) ? spec(name) : nullptr;
        if (option && !option->valueName && word.contains(QLatin1Char('=')))
            return Text::tr("--%1 takes no value").arg(name);
    }
    const QString last = words.isEmpty() ? QString() : words.last();
    if (last.startsWith(QLatin1String("--")) && spec(last.mid(2)))
        return Text::tr("--%1 needs a value").arg(last.mid(2));
    return parser.errorText();
}

const OptionSpec* Command::spec(const QString& optionName) const
{
    for (const OptionSpec& option : m_spec.options) {
        if (optionName == QLatin1String(option.name))
            return &option;
    }
    return nullptr;
}

} // namespace loket::ctl
