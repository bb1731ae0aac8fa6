// The screens when the database cannot be read (the server or the shared folder gone): the
// worklist, today's cases at the counter, the reminders, the case view and the verification
// of a paper each say so in words, instead of an empty list that reads as "nothing to do" (or
// "not issued"); reconnected, they show their rows again. Offscreen.
#include "BackOfficeFixture.h"
#include "CaseViewWidget.h"
#include "DatabaseError.h"
#include "DatabaseTrouble.h"
#include "ProductIssuer.h"
#include "ReminderButton.h"
#include "RemindersDialog.h"
#include "TodayCasesPanel.h"
#include "VerifyDialog.h"
#include "WorklistModel.h"
#include "WorklistWidget.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

using namespace loket;
using namespace loket::test;

class TestUnreadableLists : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void worklist();
    void todaysCases();
    void reminders();
    void caseView();
    void verification();

private:
    void disconnect() { m_f->database->close(); }
    bool reconnect();
    static void verifyExplains(const QString& message);

    std::unique_ptr<BackOfficeFixture> m_f;
    QString m_number;
};

void TestUnreadableLists::init()
{
    m_f = std::make_unique<BackOfficeFixture>();
    QVERIFY(m_f->openAs(QStringLiteral("budi")));
    m_number = m_f->registerCase(QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"),
                                 QStringLiteral("Sari Dewi"), QStringLiteral("6271014503900002"));
    QVERIFY(!m_number.isEmpty());
    // At the keyboard: the officer whose turn the case is, so that it is in their reminders.
    const QList<WorklistItem> open = Worklist(*m_f->database, *m_f->catalog, m_f->calendar)
                                         .open({}, at("2024-03-01T10:00:00+07:00"));
    QVERIFY(open.size() == 1 && open.first().waitingFor);
    m_f->switchTo(userFor(*open.first().waitingFor));
}

void TestUnreadableLists::cleanup()
{
    m_f.reset();
}

bool TestUnreadableLists::reconnect()
{
    QString error;
    return m_f->database->open(m_f->dir->filePath(QStringLiteral("loket.sqlite")),
                               Database::OpenMode::MustExist, &error);
}

void TestUnreadableLists::verifyExplains(const QString& message)
{
    QVERIFY2(message.contains(DatabaseError::message(DatabaseError::Kind::ConnectionLost)),
             qPrintable(message));
    QVERIFY2(driverTextIn(message).isEmpty(), qPrintable(message));
}

void TestUnreadableLists::worklist()
{
    ui::WorklistWidget widget(*m_f->session);
    widget.setClock([] { return at("2024-03-01T10:00:00+07:00"); });
    widget.setScope(ui::WorklistWidget::Scope::AllOpen);
    widget.show();
    QCOMPARE(widget.model().rowCount(), 1);
    auto* count = widget.findChild<QLabel*>(QStringLiteral("countLabel"));
    disconnect();
    widget.refresh();
    QCOMPARE(widget.model().rowCount(), 0);
    verifyExplains(widget.errorText());
    QVERIFY(widget.findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());
    QVERIFY2(!count->text().contains(QLatin1String("0 case")), qPrintable(count->text()));
    QVERIFY(reconnect());
    widget.refresh();
    QCOMPARE(widget.model().rowCount(), 1);
    QVERIFY(widget.errorText().isEmpty());
    QVERIFY(count->text().startsWith(QLatin1String("1 case")));
}

void TestUnreadableLists::todaysCases()
{
    m_f->switchTo(QStringLiteral("siti"));
    ui::TodayCasesPanel panel(*m_f->session);
    panel.show();
    auto* search = panel.findChild<QLineEdit*>(QStringLiteral("todaySearchLineEdit"));
    search->setText(QStringLiteral("sari"));
    QCOMPARE(panel.rowCount(), 1);
    disconnect();
    search->setText(QStringLiteral("sari d"));
    QCOMPARE(panel.rowCount(), 0);
    verifyExplains(panel.errorText());
    QVERIFY(reconnect());
    search->setText(QStringLiteral("sari de"));
    QCOMPARE(panel.rowCount(), 1);
    QVERIFY(panel.errorText().isEmpty());
}

void TestUnreadableLists::reminders()
{
    const User officer = m_f->session->user;
    Database& database = *m_f->database;
    ui::ReminderButton button(
        [&](const QDateTime& now, QString* error) {
            return Reminders(database, *m_f->catalog, m_f->calendar, {})
                .forUser(officer, now, error);
        },
        [] { return at("2024-03-01T10:00:00+07:00"); });
    button.refresh();
    QVERIFY(button.errorText().isEmpty());
    QVERIFY(!button.reminders().isEmpty()); // the case is long overdue
    button.dialog()->close();
    disconnect();
    button.refresh();
    QCOMPARE(button.text(), QStringLiteral("Reminders could not be read"));
    QVERIFY(button.reminders().isEmpty());
    verifyExplains(button.errorText());
    QVERIFY(reconnect());
    button.refresh();
    QVERIFY(button.errorText().isEmpty());
    QVERIFY(!button.reminders().isEmpty());
}

void TestUnreadableLists::caseView()
{
    ProductIssuer issuer(*m_f->database, *m_f->catalog,
                         m_f->dir->filePath(QStringLiteral("templates")));
    CaseWorkflow flow(*m_f->database, *m_f->catalog, &issuer);
    ui::CaseViewWidget view(*m_f->session, flow, issuer);
    view.show();
    QVERIFY(view.openCase(m_number));
    disconnect();
    view.reload(); // as after another workstation's change
    verifyExplains(view.message());
    QVERIFY(!view.openCase(m_number));
    verifyExplains(view.message());
    QVERIFY2(!view.message().contains(QLatin1String("no case")), "not \"there is no case\"");
    QVERIFY(reconnect());
    QVERIFY(view.openCase(m_number));
    QVERIFY(view.message().isEmpty());
}

// A code that cannot be looked up is not a forged paper.
void TestUnreadableLists::verification()
{
    ui::VerifyDialog dialog(*m_f->database, *m_f->catalog);
    disconnect();
    QVERIFY(!dialog.verify(QStringLiteral("7KQ2-MX4P")));
    verifyExplains(dialog.resultText());
    QVERIFY(!dialog.resultText().contains(QLatin1String("NOT ISSUED")));
    QVERIFY(reconnect());
    QVERIFY(!dialog.verify(QStringLiteral("7KQ2-MX4P")));
    QVERIFY(dialog.resultText().contains(QLatin1String("NOT ISSUED")));
}

QTEST_MAIN(TestUnreadableLists)
#include "tst_unreadablelists.moc"
