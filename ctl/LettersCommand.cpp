// loketctl letters: outgoing letter numbers, their patterns and the monthly register.
#include "CaseQueries.h"
#include "Commands.h"
#include "IndonesianText.h"
#include "LetterNumberFormat.h"
#include "LetterNumbering.h"
#include "LetterRegister.h"
#include "LetterRegisterReport.h"
#include "OfficeContext.h"
#include "RegisterDocument.h"
#include "UserStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QTimeZone>

namespace loket::ctl {
namespace {

// --as USER names who takes numbers or changes settings; without it, the system (no user).
bool actingUserId(Database& database, const QString& username, qint64* userId, Output& io)
{
    *userId = 0;
    if (username.isEmpty())
        return true;
    const std::optional<User> user = actingUser(database, username, io);
    if (user)
        *userId = user->id;
    return user.has_value();
}

int take(const Arguments& args, Output& io, const QString& usage)
{
    if (!args.has(QStringLiteral("type")))
        return usageError(io, Text::tr("--type is required"), usage);
    bool countOk = true;
    const int count = args.has(QStringLiteral("count"))
        ? args.option(QStringLiteral("count")).toInt(&countOk)
        : 1;
    if (!countOk || count < 1 || count > 100000)
        return usageError(io, Text::tr("--count must be a number from 1 to 100000"), usage);
    bool intervalOk = true;
    const int interval = args.has(QStringLiteral("interval"))
        ? args.option(QStringLiteral("interval")).toInt(&intervalOk)
        : 0;
    if (!intervalOk || interval < 0 || interval > 60000)
        return usageError(io, Text::tr("--interval must be milliseconds from 0 to 60000"), usage);
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    qint64 userId = 0;
    if (!actingUserId(office->database, args.option(QStringLiteral("as")), &userId, io))
        return InvalidInput;
    LetterDraft draft;
    draft.registerKey = args.option(QStringLiteral("register"));
    draft.documentType = args.option(QStringLiteral("type"));
    draft.subject = args.option(QStringLiteral("subject"));
    draft.addressee = args.option(QStringLiteral("to"));
    if (args.has(QStringLiteral("case"))) {
        QString readError;
        const auto caseId
            = CaseQueries(office->database).idOf(args.option(QStringLiteral("case")), &readError);
        if (!caseId)
            return failed(
                io,
                readError.isEmpty()
                    ? Text::tr("There is no case %1.").arg(args.option(QStringLiteral("case")))
                    : readError);
        draft.caseId = *caseId;
    }
    LetterNumbering numbering(office->database, office->catalog.office);
    QString error;
    // One transaction per number, as the counter takes them: each waits its turn for the lock.
    for (int i = 0; i < count; ++i) {
        if (i > 0 && interval > 0)
            QThread::msleep(interval);
        const auto letter = numbering.issue(draft, userId, now(), &error);
        if (!letter)
            return failed(io, error);
        io.out << letter->number << Qt::endl;
    }
    return Success;
}

QJsonObject letterJson(const Letter& letter, const QTimeZone& zone)
{
    return { { QStringLiteral("number"), letter.number },
             { QStringLiteral("register"), letter.registerKey },
             { QStringLiteral("year"), letter.year },
             { QStringLiteral("serial"), letter.serial },
             { QStringLiteral("date"), letter.date.toString(Qt::ISODate) },
             { QStringLiteral("type"), letter.documentType },
             { QStringLiteral("classification"), letter.classification },
             { QStringLiteral("case"), letter.caseNumber },
             { QStringLiteral("subject"), letter.subject },
             { QStringLiteral("addressee"), letter.addressee },
             { QStringLiteral("issuedAt"), letter.issuedAt.toTimeZone(zone).toString(Qt::ISODate) },
             { QStringLiteral("issuedBy"), letter.issuedByName },
             { QStringLiteral("contentHash"), letter.contentHash },
             { QStringLiteral("verificationCode"), letter.verificationCode } };
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

int showRegister(const Arguments& args, Output& io, const QString& usage)
{
    const QDate month = QDate::fromString(
        args.option(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
    if (!month.isValid())
        return usageError(io, Text::tr("--month YYYY-MM is required"), usage);
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    const QString registerKey = args.option(QStringLiteral("register"));
    QString error;
    const QList<Letter> letters
        = LetterRegister(office->database).month(month.year(), month.month(), registerKey, &error);
    if (!error.isEmpty())
        return failed(io, error);
    if (args.has(QStringLiteral("pdf"))) {
        const QString html = LetterRegisterReport::html(
            office->catalog.office, month.year(), month.month(), registerKey, letters,
            RegisterDocument::officeToday(office->catalog.office, now()));
        if (!LetterRegisterReport::writePdf(html, args.option(QStringLiteral("pdf")), &error))
            return failed(io, error);
        io.out << Text::tr("register of %1 (%n letter(s)) written to %2", nullptr,
                           int(letters.size()))
                      .arg(args.option(QStringLiteral("month")), args.option(QStringLiteral("pdf")))
               << Qt::endl;
        return Success;
    }
    const QTimeZone zone = timeZoneFromName(office->catalog.office.timeZone);
    if (args.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Letter& letter : letters)
            array.append(letterJson(letter, zone));
        io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const Letter& letter : letters)
        io.out << QStringLiteral("%1 %2  %3  %4  %5  %6 \u2192 %7%8")
                      .arg(letter.registerKey, -6)
                      .arg(letter.serial, 4)
                      .arg(letter.number, -30)
                      .arg(text::longDate(letter.date), -18)
                      .arg(letter.documentType, -16)
                      .arg(orDash(letter.subject), orDash(letter.addressee),
                           letter.caseNumber.isEmpty()
                               ? QString()
                               : QStringLiteral("  [%1]").arg(letter.caseNumber))
               << Qt::endl;
    io.out << Text::tr("%n letter(s)", nullptr, int(letters.size())) << Qt::endl;
    return Success;
}

// pattern REGISTER [PATTERN]: shows the register's pattern, or sets it.
int pattern(const Arguments& args, Output& io)
{
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    LetterNumbering numbering(office->database, office->catalog.office);
    const QString registerKey = args.positional().value(1);
    if (!LetterNumbering::isRegisterKey(registerKey))
        return failed(io,
                      Text::tr("\"%1\" is not a register name: use lower-case letters, "
                               "digits and hyphens, at most 20.")
                          .arg(registerKey));
    QString error;
    if (args.positional().size() == 3) {
        qint64 userId = 0;
        if (!actingUserId(office->database, args.option(QStringLiteral("as")), &userId, io))
            return InvalidInput;
        if (!numbering.setPattern(registerKey, args.positional().value(2), userId, &error))
            return failed(io, error);
    }
    const QString current = numbering.pattern(registerKey, &error);
    if (!error.isEmpty())
        return failed(io, error);
    io.out << Text::tr("register %1: %2 (e.g. %3)")
                  .arg(registerKey, current,
                       LetterNumberFormat::format(
                           current, 7, localToday(),
                           numbering.classification(QStringLiteral("recommendation"), &error),
                           office->catalog.office.id))
           << Qt::endl;
    return Success;
}

// classification [TYPE [CODE]]: every document type's code, one type's, or sets one.
int classification(const Arguments& args, Output& io)
{
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    LetterNumbering numbering(office->database, office->catalog.office);
    QString error;
    const QStringList types = args.positional().size() > 1
        ? QStringList { args.positional().value(1) }
        : LetterNumbering::documentTypes();
    if (args.positional().size() == 3) {
        qint64 userId = 0;
        if (!actingUserId(office->database, args.option(QStringLiteral("as")), &userId, io))
            return InvalidInput;
        if (!numbering.setClassification(types.first(), args.positional().value(2), userId, &error))
            return failed(io, error);
    }
    for (const QString& type : types) {
        if (!LetterNumbering::isDocumentType(type))
            return failed(
                io,
                Text::tr("Unknown document type \"%1\"; use one of: %2")
                    .arg(type, LetterNumbering::documentTypes().join(QStringLiteral(", "))));
        const QString code = numbering.classification(type, &error);
        if (!error.isEmpty())
            return failed(io, error);
        io.out << QStringLiteral("%1 %2  (register %3)")
                      .arg(type, -24)
                      .arg(code, -8)
                      .arg(LetterNumbering::defaultRegister(type))
               << Qt::endl;
    }
    return Success;
}

} // namespace

LettersCommand::LettersCommand()
    : Command(
        { "letters",
          QT_TRANSLATE_NOOP("loketctl",
                            "outgoing letter numbers: take, the register, number "
                            "patterns and classification codes"),
          { QT_TRANSLATE_NOOP("loketctl",
                              "take --type TYPE [--register R] [--count N] "
                              "[--interval MS] [--case NUMBER] [--subject TEXT] "
                              "[--to ADDRESSEE] [--as USER] [--db PATH]"),
            QT_TRANSLATE_NOOP("loketctl",
                              "register --month YYYY-MM [--register R] [--pdf OUT] "
                              "[--json] [--db PATH]"),
            QT_TRANSLATE_NOOP("loketctl", "pattern REGISTER [PATTERN] [--as USER] [--db PATH]"),
            QT_TRANSLATE_NOOP("loketctl", "classification [TYPE [CODE]] [--as USER] [--db PATH]") },
          { option::db,
            { "type", QT_TRANSLATE_NOOP("loketctl", "TYPE"),
              QT_TRANSLATE_NOOP("loketctl",
                                "the document type, e.g. recommendation, permit or "
                                "decree") },
            { "register", QT_TRANSLATE_NOOP("loketctl", "R"),
              QT_TRANSLATE_NOOP("loketctl", "the letter register (default: the type's own)") },
            { "count", QT_TRANSLATE_NOOP("loketctl", "N"),
              QT_TRANSLATE_NOOP("loketctl", "how many numbers to take, 1 to 100000 (default 1)") },
            { "interval", QT_TRANSLATE_NOOP("loketctl", "MS"),
              QT_TRANSLATE_NOOP("loketctl", "wait this many milliseconds between numbers") },
            option::caseNumber,
            { "subject", QT_TRANSLATE_NOOP("loketctl", "TEXT"),
              QT_TRANSLATE_NOOP("loketctl", "the letter's subject") },
            { "to", QT_TRANSLATE_NOOP("loketctl", "ADDRESSEE"),
              QT_TRANSLATE_NOOP("loketctl", "to whom the letter goes") },
            { "as", QT_TRANSLATE_NOOP("loketctl", "USER"),
              QT_TRANSLATE_NOOP("loketctl",
                                "the active user who takes the numbers or changes the "
                                "setting (default: the system, no user)") },
            option::month,
            { "pdf", QT_TRANSLATE_NOOP("loketctl", "OUT"),
              QT_TRANSLATE_NOOP("loketctl", "write the register as PDF to this file") },
            option::json } })
{
}

bool LettersCommand::rendersDocuments(const QStringList& words) const
{
    return words.value(0) == QLatin1String("register");
}

int LettersCommand::execute(const Arguments& args, Output& io) const
{
    const QString action = args.positional().value(0);
    const qsizetype count = args.positional().size();
    if (action == QLatin1String("take") && count == 1)
        return take(args, io, usage());
    if (action == QLatin1String("register") && count == 1)
        return showRegister(args, io, usage());
    if (action == QLatin1String("pattern") && (count == 2 || count == 3))
        return pattern(args, io);
    if (action == QLatin1String("classification") && count <= 3)
        return classification(args, io);
    return usageError(io);
}

} // namespace loket::ctl
