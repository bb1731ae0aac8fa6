#include "WorkingCalendar.h"

#include "Catalog.h"
#include "CsvStreamReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

namespace loket {

QString holidayKindKey(Holiday::Kind kind)
{
    switch (kind) {
    case Holiday::Kind::NationalHoliday:
        return QStringLiteral("libur_nasional");
    case Holiday::Kind::CollectiveLeave:
        return QStringLiteral("cuti_bersama");
    case Holiday::Kind::OfficeClosure:
        return QStringLiteral("libur_kantor");
    }
    return {};
}

bool holidayKindFromKey(const QString& key, Holiday::Kind* kind)
{
    for (Holiday::Kind candidate : { Holiday::Kind::NationalHoliday, Holiday::Kind::CollectiveLeave,
                                     Holiday::Kind::OfficeClosure }) {
        if (holidayKindKey(candidate) == key) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

WorkingCalendar WorkingCalendar::builtIn()
{
    WorkingCalendar calendar;
    QFile file(QStringLiteral(":/data/hari-libur-2024-2026.csv"));
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !calendar.addCsv(file.readAll(), &error))
        qFatal("Built-in holiday calendar is missing or broken: %s", qPrintable(error));
    return calendar;
}

bool WorkingCalendar::addCsv(const QByteArray& csv, QString* errorMessage)
{
    const QList<CsvRecord> records = readCsv(csv);
    for (qsizetype i = 1; i < records.size(); ++i) { // after the header
        const QStringList& fields = records.at(i).fields;
        Holiday holiday;
        if (fields.size() >= 4) {
            holiday.date = QDate::fromString(fields.at(0), Qt::ISODate);
            holiday.description = fields.mid(3).join(QLatin1Char(','));
        }
        if (fields.size() < 4 || !holiday.date.isValid()
            || !holidayKindFromKey(fields.at(2), &holiday.kind)) {
            if (errorMessage)
                *errorMessage
                    = QCoreApplication::translate("loket::WorkingCalendar",
                                                  "line %1: expected date,day,kind,description")
                          .arg(records.at(i).line);
            return false;
        }
        setHoliday(holiday);
    }
    return true;
}

void WorkingCalendar::setHoliday(const Holiday& holiday)
{
    m_holidays.insert(holiday.date, holiday);
}

void WorkingCalendar::removeHoliday(const QDate& date)
{
    m_holidays.remove(date);
}

const Holiday* WorkingCalendar::holiday(const QDate& date) const
{
    const auto it = m_holidays.constFind(date);
    return it == m_holidays.constEnd() ? nullptr : &it.value();
}

bool WorkingCalendar::isWorkingDay(const QDate& date) const
{
    return date.dayOfWeek() <= 5 && !m_holidays.contains(date);
}

QDate WorkingCalendar::nextWorkingDay(const QDate& date) const
{
    QDate day = date.addDays(1);
    while (!isWorkingDay(day))
        day = day.addDays(1);
    return day;
}

bool WorkingCalendar::coversYear(int year) const
{
    const auto it = m_holidays.lowerBound(QDate(year, 1, 1));
    return it != m_holidays.constEnd() && it.key().year() == year;
}

QTimeZone timeZoneFromName(const QString& name)
{
    if (name == QLatin1String("WIB"))
        return QTimeZone(7 * 3600);
    if (name == QLatin1String("WITA"))
        return QTimeZone(8 * 3600);
    if (name == QLatin1String("WIT"))
        return QTimeZone(9 * 3600);
    return {};
}

OfficeHours officeHoursOf(const Office& office)
{
    OfficeHours hours;
    hours.open = office.opens;
    hours.close = office.closes;
    hours.zone = timeZoneFromName(office.timeZone);
    return hours;
}

} // namespace loket
