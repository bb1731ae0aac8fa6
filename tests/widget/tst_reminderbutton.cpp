// The status bar's reminder: counts, colour, opening the list once per new item, and opening a
// case from the list with the keyboard.
#include "ReminderButton.h"
#include "RemindersDialog.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace loket;
using namespace loket::ui;

namespace {

Reminder reminder(Reminder::Kind kind, Reminder::Urgency urgency, const char* reference,
                  int days = 0)
{
    Reminder r;
    r.kind = kind;
    r.urgency = urgency;
    r.reference = QString::fromLatin1(reference);
    r.text = QStringLiteral("Rekomendasi KIS-PBI for Budi <b>Santoso</b>");
    r.due = QDateTime(QDate(2024, 2, 7), QTime(16, 0), QTimeZone(7 * 3600));
    r.workingDays = days;
    return r;
}

} // namespace

class TestReminderButton : public QObject
{
    Q_OBJECT
private slots:
    void countsAndColour();
    void opensOnlyForSomethingNew();
    void enterOpensTheCase();
    void saysWhenTheyCannotBeRead();
    void urgencyText_data();
    void urgencyText();
};

void TestReminderButton::countsAndColour()
{
    QList<Reminder> current;
    ReminderButton button([&](const QDateTime&, QString*) { return current; },
                          [] { return QDateTime(QDate(2024, 3, 12), QTime(3, 0), Qt::UTC); });
    button.refresh();
    QCOMPARE(button.text(), QStringLiteral("No reminders"));
    QVERIFY(!button.dialog()->isVisible());
    current = { reminder(Reminder::Kind::Case, Reminder::Urgency::Overdue, "PKY-08/2024/0001", 2),
                reminder(Reminder::Kind::Case, Reminder::Urgency::DueToday, "PKY-08/2024/0002"),
                reminder(Reminder::Kind::CollectiveDecree, Reminder::Urgency::Approaching, "PKY-01",
                         5) };
    button.refresh();
    QCOMPARE(button.text(), QStringLiteral("1 overdue · 1 due today · 1 approaching"));
    QCOMPARE(button.palette().color(QPalette::ButtonText), QColor(0xa0, 0x00, 0x00));
    QVERIFY(button.font().bold());
    // The list's window keeps the ordinary look.
    QVERIFY(!button.dialog()->font().bold());
    QTableWidget* table = button.dialog()->table();
    QCOMPARE(table->rowCount(), 3);
    // User-entered text is shown literally, not as markup.
    QCOMPARE(table->item(0, 3)->text(),
             QStringLiteral("Rekomendasi KIS-PBI for Budi <b>Santoso</b>"));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("2 working day(s) late"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("7 Februari 2024"));
}

void TestReminderButton::opensOnlyForSomethingNew()
{
    QList<Reminder> current
        = { reminder(Reminder::Kind::Case, Reminder::Urgency::DueToday, "PKY-08/2024/0002") };
    ReminderButton button([&](const QDateTime&, QString*) { return current; },
                          [] { return QDateTime(QDate(2024, 3, 12), QTime(3, 0), Qt::UTC); });
    button.refresh();
    QVERIFY(button.dialog()->isVisible());
    button.dialog()->close();
    button.refresh(); // the same thing again: no interruption
    QVERIFY(!button.dialog()->isVisible());
    current = { reminder(Reminder::Kind::Case, Reminder::Urgency::Overdue, "PKY-08/2024/0002", 1) };
    button.refresh(); // it became overdue: that is news
    QVERIFY(button.dialog()->isVisible());
    QCOMPARE(button.palette().color(QPalette::ButtonText), QColor(0xa0, 0x00, 0x00));
}

void TestReminderButton::enterOpensTheCase()
{
    const QList<Reminder> current
        = { reminder(Reminder::Kind::Case, Reminder::Urgency::Overdue, "PKY-08/2024/0001", 2),
            reminder(Reminder::Kind::Case, Reminder::Urgency::DueToday, "PKY-08/2024/0002") };
    ReminderButton button([&](const QDateTime&, QString*) { return current; },
                          [] { return QDateTime(QDate(2024, 3, 12), QTime(3, 0), Qt::UTC); });
    QSignalSpy opened(&button, &ReminderButton::openRequested);
    button.refresh();
    QTableWidget* table = button.dialog()->table();
    QVERIFY(QTest::qWaitForWindowExposed(button.dialog()));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().value<Reminder>().reference,
             QStringLiteral("PKY-08/2024/0002"));
}

// A database that cannot be read is not "No reminders": the button says so, in red, and the
// list says why; the list does not pop up every few minutes for it.
void TestReminderButton::saysWhenTheyCannotBeRead()
{
    QList<Reminder> current
        = { reminder(Reminder::Kind::Case, Reminder::Urgency::DueToday, "PKY-08/2024/0002") };
    QString failure;
    ReminderButton button(
        [&](const QDateTime&, QString* error) {
            *error = failure;
            return failure.isEmpty() ? current : QList<Reminder>();
        },
        [] { return QDateTime::currentDateTimeUtc(); });
    button.refresh();
    button.dialog()->close();
    failure = QStringLiteral("Cannot read the worklist: the database is in use.");
    button.refresh();
    QCOMPARE(button.text(), QStringLiteral("Reminders could not be read"));
    QCOMPARE(button.toolTip(), failure);
    QCOMPARE(button.errorText(), failure);
    QCOMPARE(button.palette().color(QPalette::ButtonText), QColor(0xa0, 0x00, 0x00));
    QVERIFY(!button.dialog()->isVisible());
    QCOMPARE(button.dialog()->table()->rowCount(), 0);
    QCOMPARE(button.dialog()->findChild<QLabel*>(QStringLiteral("remindersSummary"))->text(),
             failure);
    failure.clear();
    button.refresh(); // readable again: the same item is no news
    QCOMPARE(button.text(), QStringLiteral("0 overdue · 1 due today · 0 approaching"));
    QVERIFY(button.errorText().isEmpty());
    QVERIFY(!button.dialog()->isVisible());
}

void TestReminderButton::urgencyText_data()
{
    QTest::addColumn<int>("urgency");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("expected");
    QTest::newRow("late") << int(Reminder::Urgency::Overdue) << 3
                          << QStringLiteral("3 working day(s) late");
    QTest::newRow("late today") << int(Reminder::Urgency::Overdue) << 0
                                << QStringLiteral("late since today");
    QTest::newRow("today") << int(Reminder::Urgency::DueToday) << 0 << QStringLiteral("due today");
    QTest::newRow("approaching") << int(Reminder::Urgency::Approaching) << 5
                                 << QStringLiteral("5 working day(s) left");
}

void TestReminderButton::urgencyText()
{
    QFETCH(int, urgency);
    QFETCH(int, days);
    QFETCH(QString, expected);
    Reminder r = reminder(Reminder::Kind::Case, Reminder::Urgency(urgency), "X", days);
    QCOMPARE(RemindersDialog::urgencyText(r), expected);
}

QTEST_MAIN(TestReminderButton)
#include "tst_reminderbutton.moc"
