// Reminders: a user's cases due today or overdue, and the monthly collective KIS-PBI decree as
// the 15th approaches, across weekends and holidays.
#include "CaseTestBase.h"
#include "ComplaintStore.h"
#include "LetterNumbering.h"
#include "Reminders.h"
#include "Worklist.h"

#include <QTest>

using namespace loket;
using namespace loket::test;

class TestReminders : public QObject, private CaseTestBase
{
    Q_OBJECT
private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void caseDueTodayThenOverdue();
    void complaintResponseAcrossHoliday();
    void collectiveDecree_data();
    void collectiveDecree();
    void collectiveDecreeGoneOnceNumbered();

private:
    QList<Reminder> remindersOf(const char* user, const QDateTime& now) const
    {
        return Reminders(*m_f->database, *m_f->catalog, m_f->calendar, { QStringLiteral("PKY-01") })
            .forUser(as(user), now);
    }
    static QList<Reminder> ofKind(const QList<Reminder>& all, Reminder::Kind kind)
    {
        QList<Reminder> result;
        for (const Reminder& reminder : all)
            if (reminder.kind == kind)
                result << reminder;
        return result;
    }
};

void TestReminders::caseDueTodayThenOverdue()
{
    QVERIFY(open());
    // PKY-08 takes working days; registered on Tuesday 2 January 2024.
    const QString number = newCase();
    QVERIFY(!number.isEmpty());
    QString error;
    QVERIFY2(m_flow->start(number, as("budi"), m_f->tick(), &error), qPrintable(error));
    const QDateTime due = CaseQueries(*m_f->database).find(number)->dueAt;
    QVERIFY(due.isValid());
    const QTimeZone wib(7 * 3600);
    const QDate dueDay = due.toTimeZone(wib).date();

    const auto casesFor = [&](const char* user, const QDate& day) {
        return ofKind(remindersOf(user, QDateTime(day, QTime(9, 0), wib)), Reminder::Kind::Case);
    };
    QVERIFY(casesFor("budi", dueDay.addDays(-1)).isEmpty());

    QList<Reminder> today = casesFor("budi", dueDay);
    QCOMPARE(today.size(), 1);
    QCOMPARE(today.first().reference, number);
    QCOMPARE(today.first().urgency, Reminder::Urgency::DueToday);
    QVERIFY(today.first().text.contains(QStringLiteral("Budi Santoso")));

    // The next working day after the due day it is one working day late.
    const QDate next = m_f->calendar.nextWorkingDay(dueDay);
    QList<Reminder> late = casesFor("budi", next);
    QCOMPARE(late.size(), 1);
    QCOMPARE(late.first().urgency, Reminder::Urgency::Overdue);
    QCOMPARE(late.first().workingDays, 1);
    // Not the counter clerk's: the case waits for the back office.
    QVERIFY(casesFor("siti", next).isEmpty());
}

void TestReminders::complaintResponseAcrossHoliday()
{
    QVERIFY(open());
    // Wednesday 7 February 2024 after office hours: 8 February (Isra Mikraj) and 9 February
    // (cuti bersama) are holidays, so the day's work is Monday 12 February.
    ComplaintDraft draft;
    draft.channel = ComplaintChannelKind::Phone;
    draft.name = QStringLiteral("Rahmat Hidayat");
    draft.subject = QStringLiteral("Rekomendasi belum selesai");
    draft.description = QStringLiteral("Sudah lewat janji penyelesaian.");
    draft.receivedAt = at("2024-02-07T16:30:00+07:00");
    QString error;
    const std::optional<Complaint> complaint
        = ComplaintStore(*m_f->database, *m_f->catalog, m_f->calendar)
              .record(draft, as("siti"), draft.receivedAt, &error);
    QVERIFY2(complaint, qPrintable(error));
    const auto complaintsAt = [&](const char* iso) {
        return ofKind(remindersOf("siti", at(iso)), Reminder::Kind::Complaint);
    };
    QVERIFY(complaintsAt("2024-02-09T10:00:00+07:00").isEmpty());
    QList<Reminder> monday = complaintsAt("2024-02-12T09:00:00+07:00");
    QCOMPARE(monday.size(), 1);
    QCOMPARE(monday.first().reference, complaint->number);
    QCOMPARE(monday.first().urgency, Reminder::Urgency::DueToday);
    QVERIFY(monday.first().text.contains(QStringLiteral("Rekomendasi belum selesai")));
    QList<Reminder> tuesday = complaintsAt("2024-02-13T09:00:00+07:00");
    QCOMPARE(tuesday.size(), 1);
    QCOMPARE(tuesday.first().urgency, Reminder::Urgency::Overdue);
    QCOMPARE(tuesday.first().workingDays, 1);
}

void TestReminders::collectiveDecree_data()
{
    QTest::addColumn<QString>("today");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("urgency");
    QTest::addColumn<int>("workingDays");
    // 15 November 2026 is a Sunday: from Friday the 6th, 9–13 November are the working days left.
    QTest::newRow("too early") << "2026-11-04"
                               << "budi" << 0 << 0 << 0;
    QTest::newRow("ten days before") << "2026-11-05"
                                     << "budi" << 1 << 2 << 6;
    QTest::newRow("friday before") << "2026-11-06"
                                   << "budi" << 1 << 2 << 5;
    QTest::newRow("head of office") << "2026-11-06"
                                    << "kadis" << 1 << 2 << 5;
    QTest::newRow("not the clerk") << "2026-11-06"
                                   << "siti" << 0 << 0 << 0;
    QTest::newRow("deadline day") << "2026-11-15"
                                  << "budi" << 1 << 1 << 0;
    QTest::newRow("late") << "2026-11-17"
                          << "budi" << 1 << 0 << 2;
}

void TestReminders::collectiveDecree()
{
    QFETCH(QString, today);
    QFETCH(QString, user);
    QFETCH(int, count);
    QVERIFY(open());
    // Two KIS-PBI files in October, one in November (next month's decree).
    m_f->registerCase(QStringLiteral("PKY-01"), at("2026-10-05T09:00:00+07:00"));
    m_f->registerCase(QStringLiteral("PKY-01"), at("2026-10-30T15:00:00+07:00"),
                      QStringLiteral("Sari Dewi"), QStringLiteral("6271014506850002"));
    m_f->registerCase(QStringLiteral("PKY-01"), at("2026-11-02T09:00:00+07:00"),
                      QStringLiteral("Ani Lestari"), QStringLiteral("6271014506850003"));
    // A refused October file is not in the decree.
    const QString refused
        = m_f->registerCase(QStringLiteral("PKY-01"), at("2026-10-12T09:00:00+07:00"),
                            QStringLiteral("Rudi Hartono"), QStringLiteral("6271010101800004"));
    QString error;
    QVERIFY2(m_flow->reject(refused, QStringLiteral("bukan warga kota"), as("budi"),
                            at("2026-10-12T10:00:00+07:00"), &error),
             qPrintable(error));

    const QDateTime now(QDate::fromString(today, Qt::ISODate), QTime(10, 0), QTimeZone(7 * 3600));
    const QList<Reminder> decrees
        = ofKind(remindersOf(user.toLatin1().constData(), now), Reminder::Kind::CollectiveDecree);
    QCOMPARE(decrees.size(), count);
    if (count == 0)
        return;
    QFETCH(int, urgency);
    QFETCH(int, workingDays);
    QCOMPARE(int(decrees.first().urgency), urgency);
    QCOMPARE(decrees.first().workingDays, workingDays);
    QCOMPARE(decrees.first().reference, QStringLiteral("PKY-01"));
    QVERIFY2(decrees.first().text.contains(QStringLiteral("Oktober 2026"))
                 && decrees.first().text.contains(QStringLiteral("2 recipient"))
                 && decrees.first().text.contains(QStringLiteral("15 November 2026")),
             qPrintable(decrees.first().text));
}

void TestReminders::collectiveDecreeGoneOnceNumbered()
{
    QVERIFY(open());
    m_f->registerCase(QStringLiteral("PKY-01"), at("2026-10-05T09:00:00+07:00"));
    const QDateTime now = at("2026-11-09T10:00:00+07:00");
    QCOMPARE(ofKind(remindersOf("budi", now), Reminder::Kind::CollectiveDecree).size(), 1);
    LetterDraft draft;
    draft.documentType = QStringLiteral("decree");
    draft.subject = QStringLiteral("Penambahan Kepesertaan KIS-PBI Bulan Oktober 2026");
    draft.addressee = QStringLiteral("BPJS Kesehatan");
    QString error;
    QVERIFY2(LetterNumbering(*m_f->database, m_f->catalog->office)
                 .issue(draft, as("kadis").id, now, &error),
             qPrintable(error));
    QVERIFY(ofKind(remindersOf("budi", now), Reminder::Kind::CollectiveDecree).isEmpty());
}

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
