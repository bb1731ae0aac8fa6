#include "HolidayStore.h"

#include "DatabaseError.h"
#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {

HolidayStore::HolidayStore(Database& database)
    : m_database(database)
{
}

bool HolidayStore::load(WorkingCalendar* calendar, QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT holiday_date, kind, description FROM holidays"))) {
        *errorMessage
            = tr("Cannot read the holidays: %1").arg(DatabaseError::describe(query.lastError()));
        return false;
    }
    while (query.next()) {
        Holiday holiday;
        holiday.date = QDate::fromString(query.value(QStringLiteral("holiday_date")).toString(),
                                         Qt::ISODate);
        holidayKindFromKey(query.value(QStringLiteral("kind")).toString(), &holiday.kind);
        holiday.description = query.value(QStringLiteral("description")).toString();
        calendar->setHoliday(holiday);
    }
    return true;
}

int HolidayStore::seed(const WorkingCalendar& calendar, const QString& source,
                       QString* errorMessage)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return -1;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO holidays (holiday_date, kind, description, source)"
                                 " VALUES (:date, :kind, :description, :source)"
                                 " ON CONFLICT (holiday_date) DO NOTHING"));
    int added = 0;
    for (const Holiday& holiday : calendar.holidays()) {
        query.bindValue(QStringLiteral(":date"), holiday.date.toString(Qt::ISODate));
        query.bindValue(QStringLiteral(":kind"), holidayKindKey(holiday.kind));
        query.bindValue(QStringLiteral(":description"), holiday.description);
        query.bindValue(QStringLiteral(":source"), source);
        if (!query.exec()) {
            *errorMessage = tr("Cannot save the holiday %1: %2")
                                .arg(holiday.date.toString(Qt::ISODate),
                                     DatabaseError::describe(query.lastError()));
            return -1;
        }
        added += query.numRowsAffected() > 0 ? 1 : 0;
    }
    return transaction.commit(errorMessage) ? added : -1;
}

bool HolidayStore::save(const Holiday& holiday, const QString& source, QString* errorMessage)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO holidays (holiday_date, kind, description, source)"
                                 " VALUES (:date, :kind, :description, :source)"
                                 " ON CONFLICT (holiday_date) DO UPDATE SET kind = excluded.kind,"
                                 " description = excluded.description, source = excluded.source"));
    query.bindValue(QStringLiteral(":date"), holiday.date.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":kind"), holidayKindKey(holiday.kind));
    query.bindValue(QStringLiteral(":description"), holiday.description);
    query.bindValue(QStringLiteral(":source"), source);
    if (query.exec())
        return true;
    *errorMessage
        = tr("Cannot save the holiday %1: %2")
              .arg(holiday.date.toString(Qt::ISODate), DatabaseError::describe(query.lastError()));
    return false;
}

bool HolidayStore::remove(const QDate& date, QString* errorMessage)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM holidays WHERE holiday_date = :date"));
    query.bindValue(QStringLiteral(":date"), date.toString(Qt::ISODate));
    if (!query.exec()) {
        *errorMessage
            = tr("Cannot remove the holiday %1: %2")
                  .arg(date.toString(Qt::ISODate), DatabaseError::describe(query.lastError()));
        return false;
    }
    if (query.numRowsAffected() == 0) {
        *errorMessage = tr("%1 is not in the holiday calendar.").arg(date.toString(Qt::ISODate));
        return false;
    }
    return true;
}

} // namespace loket
