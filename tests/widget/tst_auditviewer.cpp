// The audit log viewer: newest first, filtered by user, case and office days; the chain
// checked intact, then reported tampered after an entry is edited behind its back; refused to
// users without the right to see it.
#include "AuditViewerDialog.h"
#include "BackOfficeFixture.h"
#include "CaseQueries.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>

using namespace loket;
using namespace loket::test;

class TestAuditViewer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void filtersByUserCaseAndDay();
    void verifiesTheChain();
    void refusedWithoutTheRight();

private:
    enum { Id, When, UserColumn, ActionColumn, Record, Details };
    std::unique_ptr<BackOfficeFixture> m_f;
    std::unique_ptr<FakeIssuer> m_issuer;
    std::unique_ptr<CaseWorkflow> m_flow;
    QString m_first, m_second;
};

void TestAuditViewer::init()
{
    m_f = std::make_unique<BackOfficeFixture>();
    QVERIFY(m_f->openAs(QStringLiteral("kadis")));
    m_issuer = std::make_unique<FakeIssuer>(*m_f->database);
    m_flow = std::make_unique<CaseWorkflow>(*m_f->database, *m_f->catalog, m_issuer.get());
    m_first = m_f->registerCase(QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"));
    QVERIFY(m_f->bringTo(*m_flow, m_first, CaseStatus::InProcess));
    m_f->clock = at("2024-01-03T10:00:00+07:00");
    m_second = m_f->registerCase(QStringLiteral("PKY-01"), m_f->tick(), QStringLiteral("Sari Dewi"),
                                 QStringLiteral("6271014503900002"));
    QString error;
    QVERIFY(m_flow->start(m_second, m_f->user(QStringLiteral("bayu")), m_f->tick(), &error));
}

void TestAuditViewer::cleanup()
{
    m_flow.reset();
    m_issuer.reset();
    m_f.reset();
}

void TestAuditViewer::filtersByUserCaseAndDay()
{
    ui::AuditViewerDialog dialog(*m_f->database, *m_f->catalog, m_f->session->user);
    dialog.show();
    QVERIFY(dialog.refusal().isEmpty());
    const int all = dialog.rowCount();
    QVERIFY(all > 5);
    QVERIFY(dialog.cell(0, Id).toInt() > dialog.cell(1, Id).toInt()); // newest first

    // By user, chosen in the list.
    auto* user = dialog.findChild<QComboBox*>(QStringLiteral("userComboBox"));
    user->setCurrentIndex(user->findData(QStringLiteral("bayu")));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("showButton")), Qt::LeftButton);
    QVERIFY(dialog.rowCount() >= 1 && dialog.rowCount() < all); // starting the second case
    for (int row = 0; row < dialog.rowCount(); ++row) {
        QVERIFY(dialog.cell(row, UserColumn).startsWith(QStringLiteral("bayu (Bayu (uji))")));
        QVERIFY(dialog.cell(row, Record).contains(m_second));
    }

    // By case, typed: that case's entries only.
    user->setCurrentIndex(0);
    auto* number = dialog.findChild<QLineEdit*>(QStringLiteral("caseLineEdit"));
    QTest::keyClicks(number, m_first);
    QTest::keyClick(number, Qt::Key_Return);
    QVERIFY(dialog.rowCount() >= 3); // registered, in verification, in process
    for (int row = 0; row < dialog.rowCount(); ++row)
        QVERIFY2(dialog.cell(row, Record).contains(m_first), qPrintable(dialog.cell(row, Record)));

    // By office day (WIB): 3 January 2024 holds only the second case's entries and those of its
    // applicant's record, stamped when the case was registered.
    const std::optional<Case> second = CaseQueries(*m_f->database).find(m_second);
    QVERIFY(second);
    const QString applicant = QStringLiteral("persons %1").arg(second->person.id);
    dialog.setFilter(QString(), QString(), QDate(2024, 1, 3), QDate(2024, 1, 3));
    QVERIFY(dialog.refresh());
    QVERIFY(dialog.rowCount() >= 3);
    bool applicantShown = false;
    for (int row = 0; row < dialog.rowCount(); ++row) {
        QVERIFY(dialog.cell(row, When).startsWith(QStringLiteral("03-01-2024")));
        const QString record = dialog.cell(row, Record);
        applicantShown = applicantShown || record == applicant;
        QVERIFY2(record.contains(m_second) || record == applicant, qPrintable(record));
    }
    QVERIFY(applicantShown);
    dialog.setFilter(QString(), QString(), QDate(2024, 1, 2), QDate(2024, 1, 2));
    QVERIFY(dialog.refresh());
    for (int row = 0; row < dialog.rowCount(); ++row)
        QVERIFY(dialog.cell(row, When).startsWith(QStringLiteral("02-01-2024")));
    dialog.setFilter(QString(), QString(), QDate(), QDate());
    QVERIFY(dialog.refresh());
    QCOMPARE(dialog.rowCount(), all);
}

void TestAuditViewer::verifiesTheChain()
{
    ui::AuditViewerDialog dialog(*m_f->database, *m_f->catalog, m_f->session->user);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* problems = dialog.findChild<QPlainTextEdit*>(QStringLiteral("problemsPlainTextEdit"));
    QTest::keyClick(&dialog, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(dialog.chainText().contains(QStringLiteral("intact")), qPrintable(dialog.chainText()));
    QVERIFY(!problems->isVisible());

    QSqlQuery query(m_f->database->connection());
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    QVERIFY(query.exec(QStringLiteral("UPDATE audit_log SET after_data = '{}' WHERE id = 3")));
    QVERIFY(!dialog.verifyChain());
    QVERIFY2(dialog.chainText().contains(QStringLiteral("TAMPERED")),
             qPrintable(dialog.chainText()));
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->toPlainText().contains(QStringLiteral("entry 3")),
             qPrintable(problems->toPlainText()));
}

void TestAuditViewer::refusedWithoutTheRight()
{
    ui::AuditViewerDialog dialog(*m_f->database, *m_f->catalog, m_f->user(QStringLiteral("budi")));
    QCOMPARE(dialog.refusal(),
             Permissions::check(m_f->user(QStringLiteral("budi")), Action::ViewAudit));
    QVERIFY(!dialog.refusal().isEmpty());
    QCOMPARE(dialog.rowCount(), 0);
    QVERIFY(!dialog.refresh());
    QVERIFY(!dialog.verifyChain());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("verifyChainButton"))->isEnabled());
}

QTEST_MAIN(TestAuditViewer)
#include "tst_auditviewer.moc"
