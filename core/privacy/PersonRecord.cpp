#include "PersonRecord.h"

#include "ApplicantStore.h"
#include "DatabaseError.h"
#include "PersonalDataAudit.h"
#include "PrivateFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace loket {
namespace {

// Each row as an object of its columns, by name: an export lists what is stored as it is.
QJsonArray rows(Database& database, const QString& sql, const QVariantMap& binds,
                QString* errorMessage)
{
    QJsonArray result;
    if (!errorMessage->isEmpty())
        return result;
    QSqlQuery query(database.connection());
    query.prepare(sql);
    for (auto bind = binds.cbegin(); bind != binds.cend(); ++bind)
        query.bindValue(bind.key(), bind.value());
    if (!query.exec()) {
        *errorMessage = PersonRecord::tr("Cannot read the person's data: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return result;
    }
    while (query.next()) {
        const QSqlRecord row = query.record();
        QJsonObject object;
        for (int column = 0; column < row.count(); ++column) {
            const QVariant value = row.value(column);
            object.insert(row.fieldName(column),
                          value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value));
        }
        result.append(object);
    }
    return result;
}

// Audit entries keep their before/after as JSON text: shown as JSON, not as a string.
QJsonArray withParsedData(QJsonArray entries)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QJsonObject entry = entries.at(i).toObject();
        for (const QString& key : { QStringLiteral("before_data"), QStringLiteral("after_data") }) {
            const QJsonDocument parsed
                = QJsonDocument::fromJson(entry.value(key).toString().toUtf8());
            if (parsed.isObject())
                entry.insert(key, parsed.object());
        }
        entries.replace(i, entry);
    }
    return entries;
}

} // namespace

PersonRecord::PersonRecord(Database& database)
    : m_database(database)
{
}

std::optional<QJsonObject> PersonRecord::exportFor(const QString& nik, qint64 actorId,
                                                   QString* errorMessage) const
{
    std::optional<QJsonObject> record = collect(nik, errorMessage);
    if (!record)
        return std::nullopt;
    const qint64 personId = record->value(QStringLiteral("person"))
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toInteger();
    if (!PersonalDataAudit(m_database)
             .exported(actorId, QStringLiteral("data-subject request, person %1").arg(personId), 1,
                       QStringLiteral("json"), errorMessage))
        return std::nullopt;
    return record;
}

std::optional<QJsonObject> PersonRecord::collect(const QString& nik, QString* errorMessage) const
{
    errorMessage->clear();
    const QString key = ApplicantStore::normalisedNik(nik);
    const QJsonArray persons
        = rows(m_database, QStringLiteral("SELECT * FROM persons WHERE nik = :nik"),
               { { QStringLiteral(":nik"), key } }, errorMessage);
    if (!errorMessage->isEmpty())
        return std::nullopt;
    if (persons.isEmpty()) {
        *errorMessage = tr("Loket holds no person with the NIK %1.").arg(key);
        return std::nullopt;
    }
    const QJsonObject person = persons.first().toObject();
    const QVariantMap byPerson { { QStringLiteral(":person"),
                                   person.value(QStringLiteral("id")).toInteger() } };
    const QVariantMap byNik { { QStringLiteral(":nik"), key } };
    QJsonArray cases;
    for (const QJsonValue row :
         rows(m_database,
              QStringLiteral("SELECT * FROM cases WHERE person_id = :person ORDER BY received_at"),
              byPerson, errorMessage))
        cases.append(caseRecord(row.toObject(), errorMessage));
    QJsonObject record {
        { QStringLiteral("person"), person },
        { QStringLiteral("cases"), cases },
        { QStringLiteral("complaints"),
          rows(m_database,
               QStringLiteral("SELECT * FROM complaints WHERE complainant_nik = :nik"
                              " ORDER BY received_at"),
               byNik, errorMessage) },
        { QStringLiteral("guestBook"),
          rows(m_database,
               QStringLiteral("SELECT * FROM guest_book WHERE nik = :nik ORDER BY visited_at"),
               byNik, errorMessage) },
        { QStringLiteral("audit"),
          withParsedData(rows(
              m_database,
              QStringLiteral(
                  "SELECT id, occurred_at, user_id, action, table_name, record_id, before_data,"
                  " after_data, entry_hash FROM audit_log WHERE (table_name = 'persons'"
                  " AND record_id = :personText) OR (table_name = 'cases' AND record_id IN"
                  " (SELECT case_number FROM cases WHERE person_id = :person)) ORDER BY id"),
              { { QStringLiteral(":personText"),
                  QString::number(person.value(QStringLiteral("id")).toInteger()) },
                { QStringLiteral(":person"), person.value(QStringLiteral("id")).toInteger() } },
              errorMessage)) },
    };
    if (!errorMessage->isEmpty())
        return std::nullopt;
    return record;
}

QJsonObject PersonRecord::caseRecord(const QJsonObject& caseRow, QString* errorMessage) const
{
    const QVariantMap byCase { { QStringLiteral(":case"),
                                 caseRow.value(QStringLiteral("id")).toInteger() } };
    const auto of = [&](const char* sql) {
        return rows(m_database, QString::fromLatin1(sql), byCase, errorMessage);
    };
    QJsonObject record = caseRow;
    record.insert(QStringLiteral("requirements"),
                  of("SELECT * FROM case_requirements WHERE case_id = :case ORDER BY item_index"));
    record.insert(QStringLiteral("steps"),
                  of("SELECT * FROM case_steps WHERE case_id = :case ORDER BY step_order"));
    record.insert(QStringLiteral("statusHistory"),
                  of("SELECT * FROM case_status_history WHERE case_id = :case ORDER BY id"));
    record.insert(QStringLiteral("fieldVisits"),
                  of("SELECT * FROM field_visits WHERE case_id = :case ORDER BY id"));
    record.insert(QStringLiteral("assessmentNotes"),
                  of("SELECT * FROM assessment_notes WHERE case_id = :case ORDER BY id"));
    // The scans themselves stay in Loket: their names, sizes and hashes identify them.
    record.insert(QStringLiteral("attachments"),
                  of("SELECT id, file_name, media_type, size_bytes, sha256, attached_by,"
                     " attached_at FROM case_attachments WHERE case_id = :case ORDER BY id"));
    record.insert(QStringLiteral("documents"),
                  of("SELECT id, document_type, document_number, issued_at, issued_by,"
                     " content_hash, verification_code, signed_by_name FROM documents"
                     " WHERE case_id = :case ORDER BY id"));
    record.insert(QStringLiteral("letters"),
                  of("SELECT id, letter_number, letter_date, document_type, subject, addressee,"
                     " issued_at, content_hash, verification_code FROM letters"
                     " WHERE case_id = :case ORDER BY id"));
    record.insert(QStringLiteral("survey"),
                  of("SELECT * FROM survey_responses WHERE case_id = :case"));
    return record;
}

bool PersonRecord::writeJson(const QJsonObject& record, const QString& path, QString* errorMessage)
{
    const QByteArray data = QJsonDocument(record).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && PrivateFiles::restrict(file, errorMessage)
        && file.write(data) == data.size() && file.commit())
        return true;
    if (errorMessage && errorMessage->isEmpty())
        *errorMessage = tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
}

} // namespace loket
