#include "DtsenThresholds.h"

#include "AuditLog.h"
#include "DatabaseError.h"
#include "Permissions.h"
#include "WriteTransaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {

DtsenThresholds::DtsenThresholds(Database& database)
    : m_database(database)
{
}

std::optional<QList<DtsenThreshold>> DtsenThresholds::all(QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT programme, max_desil, effective_from, confirmed"
                                   " FROM dtsen_thresholds ORDER BY programme, effective_from"))) {
        *errorMessage = tr("Cannot read the DTSEN programme thresholds: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return std::nullopt;
    }
    QList<DtsenThreshold> rules;
    while (query.next()) {
        rules.append({ query.value(QStringLiteral("programme")).toString(),
                       query.value(QStringLiteral("max_desil")).toInt(),
                       QDate::fromString(query.value(QStringLiteral("effective_from")).toString(),
                                         Qt::ISODate),
                       query.value(QStringLiteral("confirmed")).toInt() != 0 });
    }
    return rules;
}

std::optional<QList<DtsenThreshold>> DtsenThresholds::inForce(const QDate& day,
                                                              QString* errorMessage) const
{
    const std::optional<QList<DtsenThreshold>> rules = all(errorMessage);
    if (!rules)
        return std::nullopt;
    QList<DtsenThreshold> result; // rows come by programme, then date: the last one that applies
    for (const DtsenThreshold& rule : *rules) {
        if (rule.effectiveFrom > day)
            continue;
        if (!result.isEmpty() && result.last().programme == rule.programme)
            result.last() = rule;
        else
            result.append(rule);
    }
    return result;
}

QStringList DtsenThresholds::eligible(const QList<DtsenThreshold>& rules, int desil)
{
    QStringList programmes;
    for (const DtsenThreshold& rule : rules) {
        if (desil >= 1 && desil <= rule.maxDesil)
            programmes << rule.programme;
    }
    return programmes;
}

bool DtsenThresholds::set(const DtsenThreshold& rule, const User& user, const QDateTime& now,
                          QString* errorMessage)
{
    *errorMessage = Permissions::check(user, Action::ManageCatalog);
    if (!errorMessage->isEmpty())
        return false;
    const QString programme = rule.programme.simplified();
    if (programme.isEmpty() || rule.maxDesil < 0 || rule.maxDesil > 10
        || !rule.effectiveFrom.isValid()) {
        *errorMessage = tr("Give the programme, the highest desil it serves (0 to 10; 0: none) "
                           "and the date the rule applies from.");
        return false;
    }
    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return false;
    const QString from = rule.effectiveFrom.toString(Qt::ISODate);
    QSqlQuery remove(m_database.connection());
    remove.prepare(
        QStringLiteral("DELETE FROM dtsen_thresholds WHERE programme = ? AND effective_from = ?"));
    remove.addBindValue(programme);
    remove.addBindValue(from);
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO dtsen_thresholds (programme, max_desil,"
                                  " effective_from, confirmed) VALUES (?, ?, ?, 1)"));
    insert.addBindValue(programme);
    insert.addBindValue(rule.maxDesil);
    insert.addBindValue(from);
    if (!remove.exec() || !insert.exec()) {
        const QSqlError error
            = remove.lastError().isValid() ? remove.lastError() : insert.lastError();
        *errorMessage = tr("Cannot save the DTSEN programme threshold: %1")
                            .arg(DatabaseError::describe(error));
        return false;
    }
    const QJsonObject after { { QStringLiteral("programme"), programme },
                              { QStringLiteral("maxDesil"), rule.maxDesil },
                              { QStringLiteral("effectiveFrom"), from } };
    return AuditLog(m_database)
               .append({ user.id,
                         QStringLiteral("set"),
                         QStringLiteral("dtsen_thresholds"),
                         programme + QLatin1Char('@') + from,
                         {},
                         after,
                         now },
                       errorMessage)
        && transaction.commit(errorMessage);
}

QString DtsenThresholds::describe(const DtsenThreshold& rule)
{
    const QString range = rule.maxDesil == 0 ? tr("no desil")
        : rule.maxDesil == 1                 ? tr("desil 1")
                                             : tr("desil 1–%1").arg(rule.maxDesil);
    const QString text
        = tr("%1: %2 from %3").arg(rule.programme, range, rule.effectiveFrom.toString(Qt::ISODate));
    return rule.confirmed ? text : tr("%1 (default, to be confirmed by the office)").arg(text);
}

} // namespace loket
