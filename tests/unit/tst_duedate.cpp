#include "DueDateCalculator.h"

#include <QTest>

using namespace loket;

namespace {

Duration duration(const QString& value, const QString& unit)
{
    return { value.toInt(), *timeUnitFromKey(unit) };
}

// "fixed 3 working-days", "range 3 months 5 months", "two-stage 1 working-days 3 calendar-days",
// "two-stage 1 working-days open", "open-ended": a compact way to write the decrees' times.
ServiceTime serviceTime(const QString& spec)
{
    const QStringList w = spec.split(QLatin1Char(' '));
    ServiceTime time;
    time.text = spec;
    time.kind = *serviceTimeKindFromKey(w.at(0));
    switch (time.kind) {
    case ServiceTime::Kind::Fixed:
        time.duration = duration(w.at(1), w.at(2));
        break;
    case ServiceTime::Kind::Range:
        time.min = duration(w.at(1), w.at(2));
        time.max = duration(w.at(3), w.at(4));
        break;
    case ServiceTime::Kind::TwoStage:
        time.initial = duration(w.at(1), w.at(2));
        if (w.at(3) != QLatin1String("open"))
            time.followUp = duration(w.at(3), w.at(4));
        break;
    case ServiceTime::Kind::OpenEnded:
        break;
    }
    return time;
}

QDateTime iso(const QString& text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODate);
}

} // namespace

class TestDueDate : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void workingDays();
    void due_data();
    void due();
    void timeZones_data();
    void timeZones();
    void administratorAddsAHoliday();
    void warnsAboutYearsWithoutHolidays();
    void durationText_data();
    void durationText();

private:
    WorkingCalendar m_calendar;
    OfficeHours m_wib; // 08:00–16:00 UTC+7
};

void TestDueDate::initTestCase()
{
    m_calendar = WorkingCalendar::builtIn();
    QVERIFY(m_calendar.coversYear(2024) && m_calendar.coversYear(2025)
            && m_calendar.coversYear(2026));
    QVERIFY(!m_calendar.coversYear(2027));
}

void TestDueDate::workingDays()
{
    QVERIFY(m_calendar.isWorkingDay(QDate(2024, 1, 2))); // Tuesday
    QVERIFY(!m_calendar.isWorkingDay(QDate(2024, 1, 1))); // Tahun Baru
    QVERIFY(!m_calendar.isWorkingDay(QDate(2024, 1, 6))); // Saturday
    QVERIFY(!m_calendar.isWorkingDay(QDate(2024, 2, 9))); // cuti bersama Imlek
    QVERIFY(!m_calendar.isWorkingDay(QDate(2026, 12, 24))); // cuti bersama Natal
    QCOMPARE(m_calendar.nextWorkingDay(QDate(2024, 4, 5)), QDate(2024, 4, 16)); // Idul Fitri 2024
    QCOMPARE(m_calendar.holiday(QDate(2024, 2, 9))->kind, Holiday::Kind::CollectiveLeave);
}

void TestDueDate::due_data()
{
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("received");
    QTest::addColumn<QString>("responseDue");
    QTest::addColumn<QString>("due");

    // Working days: the starting day is day 1; due at closing time.
    QTest::addRow("1 working day: the same day") << "fixed 1 working-days"
                                                 << "2024-01-02T09:00:00+07:00"
                                                 << ""
                                                 << "2024-01-02T16:00:00+07:00";
    QTest::addRow("3 working days from Tuesday") << "fixed 3 working-days"
                                                 << "2024-01-02T09:00:00+07:00"
                                                 << ""
                                                 << "2024-01-04T16:00:00+07:00";
    QTest::addRow("before opening counts from opening") << "fixed 1 working-days"
                                                        << "2024-01-02T06:30:00+07:00"
                                                        << ""
                                                        << "2024-01-02T16:00:00+07:00";
    QTest::addRow("after closing: next working day is day 1") << "fixed 3 working-days"
                                                              << "2024-01-05T17:00:00+07:00"
                                                              << ""
                                                              << "2024-01-10T16:00:00+07:00";
    QTest::addRow("on a holiday: next working day is day 1") << "fixed 3 working-days"
                                                             << "2024-01-01T10:00:00+07:00"
                                                             << ""
                                                             << "2024-01-04T16:00:00+07:00";
    QTest::addRow("on a Sunday") << "fixed 2 working-days"
                                 << "2024-01-07T10:00:00+07:00"
                                 << ""
                                 << "2024-01-09T16:00:00+07:00";
    QTest::addRow("across Idul Fitri and cuti bersama") << "fixed 3 working-days"
                                                        << "2024-04-05T10:00:00+07:00"
                                                        << ""
                                                        << "2024-04-17T16:00:00+07:00";
    QTest::addRow("14 working days across Imlek and election day") << "fixed 14 working-days"
                                                                   << "2024-02-05T09:00:00+07:00"
                                                                   << ""
                                                                   << "2024-02-27T16:00:00+07:00";
    QTest::addRow("7 working days across the year end") << "fixed 7 working-days"
                                                        << "2025-12-22T09:00:00+07:00"
                                                        << ""
                                                        << "2026-01-02T16:00:00+07:00";
    // Minutes and hours run round the clock; outside office hours moves to the next opening.
    QTest::addRow("30 minutes") << "fixed 30 minutes"
                                << "2024-01-02T09:00:00+07:00"
                                << ""
                                << "2024-01-02T09:30:00+07:00";
    QTest::addRow("30 minutes just before closing") << "fixed 30 minutes"
                                                    << "2024-01-02T15:50:00+07:00"
                                                    << ""
                                                    << "2024-01-03T08:00:00+07:00";
    QTest::addRow("60 minutes ending at closing") << "fixed 60 minutes"
                                                  << "2024-01-02T15:00:00+07:00"
                                                  << ""
                                                  << "2024-01-02T16:00:00+07:00";
    QTest::addRow("24 hours") << "fixed 24 hours"
                              << "2024-01-02T10:00:00+07:00"
                              << ""
                              << "2024-01-03T10:00:00+07:00";
    QTest::addRow("24 hours from Friday") << "fixed 24 hours"
                                          << "2024-01-05T10:00:00+07:00"
                                          << ""
                                          << "2024-01-08T08:00:00+07:00";
    QTest::addRow("72 hours ending on Sunday") << "fixed 72 hours"
                                               << "2024-02-01T10:00:00+07:00"
                                               << ""
                                               << "2024-02-05T08:00:00+07:00";
    QTest::addRow("48 hours after closing") << "fixed 48 hours"
                                            << "2024-01-02T18:00:00+07:00"
                                            << ""
                                            << "2024-01-05T08:00:00+07:00";
    // Calendar days and months: the starting day is day 1; a non-working due day moves on.
    QTest::addRow("30 days") << "fixed 30 calendar-days"
                             << "2024-01-02T09:00:00+07:00"
                             << ""
                             << "2024-01-31T16:00:00+07:00";
    QTest::addRow("7 days ending on a holiday") << "fixed 7 calendar-days"
                                                << "2024-02-02T09:00:00+07:00"
                                                << ""
                                                << "2024-02-12T16:00:00+07:00";
    QTest::addRow("4 months ending on Labour Day") << "fixed 4 months"
                                                   << "2024-01-02T09:00:00+07:00"
                                                   << ""
                                                   << "2024-05-02T16:00:00+07:00";
    QTest::addRow("1 month from 31 January") << "fixed 1 months"
                                             << "2024-01-31T09:00:00+07:00"
                                             << ""
                                             << "2024-02-28T16:00:00+07:00";
    // Ranges promise their maximum.
    QTest::addRow("3 to 5 months") << "range 3 months 5 months"
                                   << "2024-01-02T09:00:00+07:00"
                                   << ""
                                   << "2024-06-03T16:00:00+07:00";
    QTest::addRow("3 hours, at most 2 working days") << "range 3 hours 2 working-days"
                                                     << "2024-01-02T09:00:00+07:00"
                                                     << ""
                                                     << "2024-01-03T16:00:00+07:00";
    // Two-stage: the follow-up counts from the response.
    QTest::addRow("response 1 working day, follow-up 3 days")
        << "two-stage 1 working-days 3 calendar-days"
        << "2024-01-02T09:00:00+07:00"
        << "2024-01-02T16:00:00+07:00"
        << "2024-01-05T16:00:00+07:00";
    QTest::addRow("response 1 working day, follow-up as needed") << "two-stage 1 working-days open"
                                                                 << "2024-01-02T09:00:00+07:00"
                                                                 << "2024-01-02T16:00:00+07:00"
                                                                 << "";
    QTest::addRow("open-ended") << "open-ended"
                                << "2024-01-02T09:00:00+07:00"
                                << ""
                                << "";
}

void TestDueDate::due()
{
    QFETCH(QString, time);
    QFETCH(QString, received);
    QFETCH(QString, responseDue);
    QFETCH(QString, due);

    const DueDate result
        = DueDateCalculator(m_calendar, m_wib).compute(serviceTime(time), iso(received));
    QCOMPARE(result.responseDue.toString(Qt::ISODate), iso(responseDue).toString(Qt::ISODate));
    QCOMPARE(result.due.toString(Qt::ISODate), iso(due).toString(Qt::ISODate));
    QCOMPARE(result.isOpenEnded(), due.isEmpty());
    QVERIFY(result.warnings.isEmpty());
}

void TestDueDate::timeZones_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("received");
    QTest::addColumn<QString>("due");

    QTest::addRow("WITA office, received in WIB terms") << "WITA"
                                                        << "2024-01-02T09:00:00+07:00"
                                                        << "2024-01-02T16:00:00+08:00";
    QTest::addRow("WIB office, UTC time after closing") << "WIB"
                                                        << "2024-01-02T10:00:00Z"
                                                        << "2024-01-03T16:00:00+07:00";
    QTest::addRow("WITA office, 15:30 WIB is after closing") << "WITA"
                                                             << "2024-01-02T15:30:00+07:00"
                                                             << "2024-01-03T16:00:00+08:00";
}

void TestDueDate::timeZones()
{
    QFETCH(QString, zone);
    QFETCH(QString, received);
    QFETCH(QString, due);

    OfficeHours hours;
    hours.zone = timeZoneFromName(zone);
    QVERIFY(hours.zone.isValid());
    const DueDate result
        = DueDateCalculator(m_calendar, hours)
              .compute(serviceTime(QStringLiteral("fixed 1 working-days")), iso(received));
    QCOMPARE(result.due.toString(Qt::ISODate), due);
}

void TestDueDate::administratorAddsAHoliday()
{
    WorkingCalendar calendar = m_calendar;
    const ServiceTime threeDays = serviceTime(QStringLiteral("fixed 3 working-days"));
    const QDateTime received = iso(QStringLiteral("2024-01-02T09:00:00+07:00"));
    calendar.setHoliday(
        { QDate(2024, 1, 3), Holiday::Kind::OfficeClosure, QStringLiteral("Hari jadi kota") });
    QCOMPARE(DueDateCalculator(calendar, m_wib).compute(threeDays, received).due.date(),
             QDate(2024, 1, 5));
    calendar.removeHoliday(QDate(2024, 1, 3));
    QCOMPARE(DueDateCalculator(calendar, m_wib).compute(threeDays, received).due.date(),
             QDate(2024, 1, 4));
}

void TestDueDate::warnsAboutYearsWithoutHolidays()
{
    const DueDate result = DueDateCalculator(m_calendar, m_wib)
                               .compute(serviceTime(QStringLiteral("fixed 14 working-days")),
                                        iso(QStringLiteral("2026-12-21T09:00:00+07:00")));
    QCOMPARE(result.due.date().year(), 2027);
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(result.warnings.first().contains(QStringLiteral("2027")));
}

void TestDueDate::durationText_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("expected");
    QTest::addRow("working days") << "working-days" << 3 << "3 (tiga) hari kerja";
    QTest::addRow("minutes") << "minutes" << 30 << "30 (tiga puluh) menit";
    QTest::addRow("hours") << "hours" << 24 << "24 (dua puluh empat) jam";
    QTest::addRow("days") << "calendar-days" << 30 << "30 (tiga puluh) hari";
    QTest::addRow("months") << "months" << 4 << "4 (empat) bulan";
}

void TestDueDate::durationText()
{
    QFETCH(QString, unit);
    QFETCH(int, value);
    QFETCH(QString, expected);
    QCOMPARE(loket::durationText({ value, *timeUnitFromKey(unit) }), expected);
}

QTEST_GUILESS_MAIN(TestDueDate)
#include "tst_duedate.moc"
