#include "LetterNumbering.h"

#include "AuditLog.h"
#include "DatabaseError.h"
#include "LetterNumberFormat.h"
#include "LetterRegister.h"
#include "SettingsStore.h"
#include "SqlValues.h"
#include "WorkingCalendar.h"
#include "WriteTransaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {
namespace {

QString patternKey(const QString& registerKey)
{
    return QStringLiteral("letter_pattern.") + registerKey;
}

QString classificationKey(const QString& documentType)
{
    return QStringLiteral("letter_classification.") + documentType;
}

// Never NULL: a letter without a subject has an empty one.
QString storedText(const QString& value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isNull() ? QStringLiteral("") : trimmed;
}

QString registerOf(const LetterDraft& draft)
{
    return draft.registerKey.isEmpty() ? LetterNumbering::defaultRegister(draft.documentType)
                                       : draft.registerKey;
}

// Why a draft cannot be entered in its register; empty when it can.
QString draftProblem(const LetterDraft& draft, const QString& registerKey)
{
    if (!LetterNumbering::isDocumentType(draft.documentType))
        return LetterNumbering::tr("Unknown document type \"%1\"; use one of: %2")
            .arg(draft.documentType, LetterNumbering::documentTypes().join(QStringLiteral(", ")));
    if (!LetterNumbering::isRegisterKey(registerKey))
        return LetterNumbering::tr("\"%1\" is not a register name: use lower-case letters, "
                                   "digits and hyphens, at most 20.")
            .arg(registerKey);
    if (draft.subject.size() > 500 || draft.addressee.size() > 500)
        return LetterNumbering::tr(
            "The subject and the addressee may have at most 500 characters.");
    return {};
}

// What the audit log keeps of an issued letter.
QJsonObject issuedView(const LetterDraft& draft, const QString& registerKey, int serial,
                       const QString& classification)
{
    return { { QStringLiteral("register"), registerKey },
             { QStringLiteral("serial"), serial },
             { QStringLiteral("type"), draft.documentType },
             { QStringLiteral("classification"), classification },
             { QStringLiteral("caseId"), draft.caseId },
             { QStringLiteral("subject"), draft.subject.trimmed() },
             { QStringLiteral("addressee"), draft.addressee.trimmed() } };
}

} // namespace

LetterNumbering::LetterNumbering(Database& database, const Office& office)
    : m_database(database)
    , m_office(office)
{
}

QString LetterNumbering::pattern(const QString& registerKey, QString* errorMessage) const
{
    const QString stored = SettingsStore(m_database).value(patternKey(registerKey), errorMessage);
    return stored.isEmpty() ? defaultPattern(registerKey) : stored;
}

QString LetterNumbering::classification(const QString& documentType, QString* errorMessage) const
{
    const QString stored
        = SettingsStore(m_database).value(classificationKey(documentType), errorMessage);
    return stored.isEmpty() ? defaultClassification(documentType) : stored;
}

bool LetterNumbering::setSetting(const QString& key, const QString& value, const QString& what,
                                 qint64 userId, QString* errorMessage)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return false;
    SettingsStore settings(m_database);
    const QString before = settings.value(key, errorMessage);
    if (!errorMessage->isEmpty() || !settings.setValue(key, value, errorMessage))
        return false;
    QJsonObject old;
    if (!before.isEmpty())
        old.insert(what, before);
    return AuditLog(m_database)
               .append({ userId,
                         QStringLiteral("update"),
                         QStringLiteral("settings"),
                         key,
                         old,
                         { { what, value } },
                         {} },
                       errorMessage)
        && transaction.commit(errorMessage);
}

bool LetterNumbering::setPattern(const QString& registerKey, const QString& pattern, qint64 userId,
                                 QString* errorMessage)
{
    errorMessage->clear();
    if (!isRegisterKey(registerKey)) {
        *errorMessage = tr("\"%1\" is not a register name: use lower-case letters, digits and "
                           "hyphens, at most 20.")
                            .arg(registerKey);
        return false;
    }
    *errorMessage = LetterNumberFormat::check(pattern);
    return errorMessage->isEmpty()
        && setSetting(patternKey(registerKey), pattern, QStringLiteral("pattern"), userId,
                      errorMessage);
}

bool LetterNumbering::setClassification(const QString& documentType, const QString& code,
                                        qint64 userId, QString* errorMessage)
{
    errorMessage->clear();
    static const QRegularExpression valid(QStringLiteral("^[0-9]{1,4}(\\.[0-9]{1,4}){0,4}$"));
    if (!isDocumentType(documentType)) {
        *errorMessage = tr("Unknown document type \"%1\"; use one of: %2")
                            .arg(documentType, documentTypes().join(QStringLiteral(", ")));
        return false;
    }
    if (!valid.match(code).hasMatch()) {
        *errorMessage = tr("\"%1\" is not a classification code such as 400.9 or 188.4.").arg(code);
        return false;
    }
    return setSetting(classificationKey(documentType), code, QStringLiteral("classification"),
                      userId, errorMessage);
}

int LetterNumbering::takeSerial(const QString& registerKey, int year, QString* errorMessage)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO letter_counters (office_id, register_key,"
                       " counter_year, last_value) VALUES (:office, :register, :year, 0)"
                       " ON CONFLICT (office_id, register_key, counter_year) DO NOTHING"));
    query.bindValue(QStringLiteral(":office"), m_office.id);
    query.bindValue(QStringLiteral(":register"), registerKey);
    query.bindValue(QStringLiteral(":year"), year);
    bool ok = query.exec();
    // The increment takes SQLite's write lock, or PostgreSQL's lock on the counter's row, until
    // the caller's transaction ends: a second workstation waits and then gets the next serial.
    query.prepare(QStringLiteral("UPDATE letter_counters SET last_value = last_value + 1"
                                 " WHERE office_id = :office AND register_key = :register"
                                 " AND counter_year = :year RETURNING last_value"));
    query.bindValue(QStringLiteral(":office"), m_office.id);
    query.bindValue(QStringLiteral(":register"), registerKey);
    query.bindValue(QStringLiteral(":year"), year);
    if (!ok || !query.exec() || !query.next()) {
        *errorMessage
            = tr("Cannot take a letter number: %1").arg(DatabaseError::describe(query.lastError()));
        return 0;
    }
    const int serial = query.value(0).toInt();
    query.finish();
    return serial;
}

std::optional<Letter> LetterNumbering::issue(const LetterDraft& draft, qint64 userId,
                                             const QDateTime& now, QString* errorMessage)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return std::nullopt;
    std::optional<Letter> letter = issueWithinTransaction(draft, userId, now, errorMessage);
    if (!letter || !transaction.commit(errorMessage))
        return std::nullopt;
    return letter;
}

std::optional<Letter> LetterNumbering::issueWithinTransaction(const LetterDraft& draft,
                                                              qint64 userId, const QDateTime& now,
                                                              QString* errorMessage)
{
    const QString registerKey = registerOf(draft);
    *errorMessage = draftProblem(draft, registerKey);
    if (!errorMessage->isEmpty())
        return std::nullopt;
    const QDate date = now.toTimeZone(officeHoursOf(m_office).zone).date();
    // The counter first: from here on this transaction holds the write lock.
    const int serial = takeSerial(registerKey, date.year(), errorMessage);
    if (serial == 0)
        return std::nullopt;
    const QString numberPattern = pattern(registerKey, errorMessage);
    const QString code = classification(draft.documentType, errorMessage);
    if (!errorMessage->isEmpty())
        return std::nullopt;
    // A stored pattern without {serial} or {year} would give letters the same number.
    *errorMessage = LetterNumberFormat::check(numberPattern);
    if (!errorMessage->isEmpty()) {
        *errorMessage = tr("The number pattern of the register \"%1\" is unusable: %2")
                            .arg(registerKey, *errorMessage);
        return std::nullopt;
    }
    const QString number
        = LetterNumberFormat::format(numberPattern, serial, date, code, m_office.id);

    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO letters (letter_number, register_key, letter_year, serial, letter_date,"
        " document_type, classification, case_id, subject, addressee, issued_at, issued_by)"
        " VALUES (:number, :register, :year, :serial, :date, :type, :classification, :case,"
        " :subject, :addressee, :at, :user)"));
    query.bindValue(QStringLiteral(":number"), number);
    query.bindValue(QStringLiteral(":register"), registerKey);
    query.bindValue(QStringLiteral(":year"), date.year());
    query.bindValue(QStringLiteral(":serial"), serial);
    query.bindValue(QStringLiteral(":date"), date.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":type"), draft.documentType);
    query.bindValue(QStringLiteral(":classification"), code);
    query.bindValue(QStringLiteral(":case"), nullableId(draft.caseId));
    query.bindValue(QStringLiteral(":subject"), storedText(draft.subject));
    query.bindValue(QStringLiteral(":addressee"), storedText(draft.addressee));
    query.bindValue(QStringLiteral(":at"), storedTime(now));
    query.bindValue(QStringLiteral(":user"), nullableId(userId));
    if (!query.exec()) {
        // Two registers whose patterns give the same text, or a case that does not exist.
        *errorMessage = tr("Cannot enter the letter %1 in the register: %2")
                            .arg(number, DatabaseError::describe(query.lastError()));
        return std::nullopt;
    }
    const QJsonObject after = issuedView(draft, registerKey, serial, code);
    if (!AuditLog(m_database)
             .append({ userId,
                       QStringLiteral("issue"),
                       QStringLiteral("letters"),
                       number,
                       {},
                       after,
                       now },
                     errorMessage))
        return std::nullopt;
    std::optional<Letter> letter = LetterRegister(m_database).find(number, errorMessage);
    if (!letter && errorMessage->isEmpty())
        *errorMessage = tr("The letter %1 is missing from the register.").arg(number);
    return letter;
}

bool LetterNumbering::freezeWithinTransaction(qint64 letterId, const QString& contentHash,
                                              const QString& verificationCode, qint64 userId,
                                              QString* errorMessage)
{
    errorMessage->clear();
    if (contentHash.isEmpty()) {
        *errorMessage = tr("A frozen letter needs its content hash.");
        return false;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT letter_number FROM letters WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), letterId);
    if (!query.exec() || !query.next()) {
        *errorMessage = tr("There is no letter %1 in the register.").arg(letterId);
        return false;
    }
    const QString number = query.value(0).toString();
    query.prepare(QStringLiteral("UPDATE letters SET content_hash = :hash,"
                                 " verification_code = :code"
                                 " WHERE id = :id AND content_hash IS NULL"));
    query.bindValue(QStringLiteral(":hash"), contentHash);
    query.bindValue(QStringLiteral(":code"), nullableText(verificationCode));
    query.bindValue(QStringLiteral(":id"), letterId);
    if (!query.exec()) {
        *errorMessage = tr("Cannot record the letter's content: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *errorMessage = tr("The letter %1 is already frozen.").arg(number);
        return false;
    }
    return AuditLog(m_database)
        .append({ userId,
                  QStringLiteral("freeze"),
                  QStringLiteral("letters"),
                  number,
                  {},
                  { { QStringLiteral("contentHash"), contentHash },
                    { QStringLiteral("verificationCode"), verificationCode } },
                  {} },
                errorMessage);
}

} // namespace loket
