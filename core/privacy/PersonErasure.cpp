#include "PersonErasure.h"

#include "ApplicantStore.h"
#include "AuditLog.h"
#include "DatabaseError.h"
#include "SettingsStore.h"
#include "WriteTransaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {
namespace {

QString failure(const QSqlQuery& query)
{
    return PersonErasure::tr("The person was not erased: %1")
        .arg(DatabaseError::describe(query.lastError()));
}

} // namespace

const QString PersonErasure::RetentionSetting = QStringLiteral("privacy_retention_years");

PersonErasure::PersonErasure(Database& database)
    : m_database(database)
{
}

QString PersonErasure::erasedNik(qint64 personId)
{
    return QStringLiteral("X%1").arg(personId, 15, 10, QLatin1Char('0'));
}

int PersonErasure::retentionYears(QString* errorMessage) const
{
    const QString value = SettingsStore(m_database).value(RetentionSetting, errorMessage);
    if (!errorMessage->isEmpty())
        return -1;
    if (value.isEmpty())
        return DefaultRetentionYears;
    bool ok = false;
    const int years = value.toInt(&ok);
    if (ok && years >= 1)
        return years;
    *errorMessage
        = tr("The retention period \"%1\" is not a number of years; set it again.").arg(value);
    return -1;
}

bool PersonErasure::setRetentionYears(int years, qint64 actorId, QString* errorMessage)
{
    if (years < 1 || years > 100) {
        *errorMessage = tr("The retention period is 1 to 100 years.");
        return false;
    }
    QString before;
    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return false;
    before = SettingsStore(m_database).value(RetentionSetting, errorMessage);
    return errorMessage->isEmpty()
        && SettingsStore(m_database)
               .setValue(RetentionSetting, QString::number(years), errorMessage)
        && AuditLog(m_database)
               .append({ actorId,
                         QStringLiteral("update"),
                         QStringLiteral("settings"),
                         RetentionSetting,
                         { { QStringLiteral("value"), before } },
                         { { QStringLiteral("value"), QString::number(years) } },
                         {} },
                       errorMessage)
        && transaction.commit(errorMessage);
}

bool PersonErasure::erase(const QString& nik, qint64 actorId, const QDateTime& now,
                          QString* errorMessage)
{
    errorMessage->clear();
    const int years = retentionYears(errorMessage);
    if (years < 0)
        return false;
    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return false;
    const QString key = ApplicantStore::normalisedNik(nik);
    const std::optional<Person> person = ApplicantStore(m_database).findPerson(key, errorMessage);
    if (!person) {
        if (errorMessage->isEmpty())
            *errorMessage = tr("Loket holds no person with the NIK %1.").arg(key);
        return false;
    }
    int cases = 0;
    const QString refusal = obstacles(person->id, now, years, &cases, errorMessage);
    if (!errorMessage->isEmpty())
        return false;
    if (!refusal.isEmpty()) {
        *errorMessage = refusal;
        return false;
    }
    // The entry says who and when, never the data erased: the log is kept for ever.
    return anonymise(person->id, key, now, errorMessage)
        && AuditLog(m_database)
               .append({ actorId,
                         QStringLiteral("erase"),
                         QStringLiteral("persons"),
                         QString::number(person->id),
                         {},
                         { { QStringLiteral("nik"), erasedNik(person->id) },
                           { QStringLiteral("cases"), cases },
                           { QStringLiteral("retentionYears"), years } },
                         now },
                       errorMessage)
        && transaction.commit(errorMessage);
}

// A case is closed when handed over or rejected; it counts from its last change of status.
QString PersonErasure::obstacles(qint64 personId, const QDateTime& now, int years, int* caseCount,
                                 QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT c.case_number, c.status, c.updated_at,"
        " (SELECT MAX(h.changed_at) FROM case_status_history h WHERE h.case_id = c.id) AS closed_at"
        " FROM cases c WHERE c.person_id = :person ORDER BY c.received_at"));
    query.bindValue(QStringLiteral(":person"), personId);
    if (!query.exec()) {
        *errorMessage = failure(query);
        return {};
    }
    QStringList open, recent;
    *caseCount = 0;
    while (query.next()) {
        ++*caseCount;
        const QString number = query.value(QStringLiteral("case_number")).toString();
        const QString status = query.value(QStringLiteral("status")).toString();
        if (status != QLatin1String("handed-over") && status != QLatin1String("rejected")) {
            open << number;
            continue;
        }
        const QVariant closedAt = query.value(QStringLiteral("closed_at"));
        const QDateTime closed = QDateTime::fromString(
            (closedAt.isNull() ? query.value(QStringLiteral("updated_at")) : closedAt).toString(),
            Qt::ISODateWithMs);
        const QDateTime erasable = closed.addYears(years);
        if (!closed.isValid() || erasable > now)
            recent << tr("%1 (closed %2; from %3)")
                          .arg(number, closed.date().toString(Qt::ISODate),
                               erasable.date().toString(Qt::ISODate));
    }
    QStringList reasons;
    if (!open.isEmpty())
        reasons << tr("still open: %1").arg(open.join(QStringLiteral(", ")));
    if (!recent.isEmpty())
        reasons << tr("closed less than %n year(s) ago: %1", nullptr, years)
                       .arg(recent.join(QStringLiteral(", ")));
    if (reasons.isEmpty())
        return {};
    return tr("The person cannot be erased yet; cases %1.").arg(reasons.join(QStringLiteral("; ")));
}

bool PersonErasure::anonymise(qint64 personId, const QString& nik, const QDateTime& now,
                              QString* errorMessage)
{
    const QString erasedName = QString::fromLatin1(ErasedName);
    const QList<QPair<QString, QVariantMap>> statements {
        { QStringLiteral("UPDATE persons SET nik = :token, kk_number = NULL, full_name = :name,"
                         " birth_place = NULL, birth_date = NULL, sex = NULL, address = NULL,"
                         " province_code = NULL, regency_code = NULL, district_code = NULL,"
                         " village_code = NULL, phone = NULL, updated_at = :at WHERE id = :person"),
          { { QStringLiteral(":token"), erasedNik(personId) },
            { QStringLiteral(":name"), erasedName },
            { QStringLiteral(":at"), now.toUTC().toString(Qt::ISODateWithMs) },
            { QStringLiteral(":person"), personId } } },
        { QStringLiteral("DELETE FROM person_name_words WHERE person_id = :person"),
          { { QStringLiteral(":person"), personId } } },
        { QStringLiteral("UPDATE guest_book SET name = :name, nik = NULL, phone = NULL,"
                         " origin = NULL WHERE nik = :nik"),
          { { QStringLiteral(":name"), erasedName }, { QStringLiteral(":nik"), nik } } },
        // The scans go; their names, sizes and hashes stay, as the documents' do.
        { QStringLiteral("UPDATE case_attachments SET content = :empty WHERE case_id IN"
                         " (SELECT id FROM cases WHERE person_id = :person)"),
          { { QStringLiteral(":empty"), QByteArray("") },
            { QStringLiteral(":person"), personId } } },
    };
    QSqlQuery query(m_database.connection());
    for (const auto& [sql, binds] : statements) {
        query.prepare(sql);
        for (auto bind = binds.cbegin(); bind != binds.cend(); ++bind)
            query.bindValue(bind.key(), bind.value());
        if (!query.exec()) {
            *errorMessage = failure(query);
            return false;
        }
    }
    return true;
}

} // namespace loket
