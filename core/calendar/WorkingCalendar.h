#pragma once

#include <QDate>
#include <QMap>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace loket {

struct Office;

struct Holiday
{
    enum class Kind { NationalHoliday, CollectiveLeave, OfficeClosure };
    QDate date;
    Kind kind = Kind::NationalHoliday;
    QString description;
};

QString holidayKindKey(Holiday::Kind kind); // "libur_nasional", "cuti_bersama", "libur_kantor"
bool holidayKindFromKey(const QString& key, Holiday::Kind* kind);

// Monday to Friday, minus national holidays, collective leave (cuti bersama) and days the
// office itself closes. The administrator may add or change days; years are added yearly.
class WorkingCalendar
{
public:
    // The national calendar shipped with Loket (SKB 3 Menteri 2024–2026).
    static WorkingCalendar builtIn();

    // Parses "tanggal,hari,jenis,keterangan" CSV text.
    bool addCsv(const QByteArray& csv, QString* errorMessage);

    void setHoliday(const Holiday& holiday);
    void removeHoliday(const QDate& date);
    QList<Holiday> holidays() const { return m_holidays.values(); }
    const Holiday* holiday(const QDate& date) const;

    bool isWorkingDay(const QDate& date) const;
    QDate nextWorkingDay(const QDate& date) const; // the first working day after `date`
    bool coversYear(int year) const; // has holidays been entered for that year?

private:
    QMap<QDate, Holiday> m_holidays;
};

// When the office is open, and in which time zone (WIB = UTC+7, WITA = UTC+8, WIT = UTC+9).
struct OfficeHours
{
    QTime open = QTime(8, 0);
    QTime close = QTime(16, 0);
    QTimeZone zone = QTimeZone(7 * 3600);
};

// "WIB" → UTC+7; returns an invalid zone for an unknown name.
QTimeZone timeZoneFromName(const QString& name);

// The hours and time zone the office's catalog gives.
OfficeHours officeHoursOf(const Office& office);

} // namespace loket
