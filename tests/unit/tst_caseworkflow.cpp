// CaseWorkflow's permission checks: every action by every role (and a disabled account and an
// administrator), with the case ready for the action; refusals are the policy's own sentence
// and write nothing.
#include "WorkflowOperations.h"

using namespace loket;
using namespace loket::test;

class TestCaseWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void everyActionByEveryRole_data();
    void everyActionByEveryRole();
    void unknownUserIsRefused();

private:
    std::unique_ptr<WorkflowFixture> m_f;
    std::unique_ptr<FakeIssuer> m_issuer;
    std::unique_ptr<CaseWorkflow> m_flow;
};

void TestCaseWorkflow::init()
{
    m_f = std::make_unique<WorkflowFixture>();
    QVERIFY(m_f->open());
    m_issuer = std::make_unique<FakeIssuer>(*m_f->database);
    m_flow = std::make_unique<CaseWorkflow>(*m_f->database, *m_f->catalog, m_issuer.get());
}

void TestCaseWorkflow::cleanup()
{
    m_flow.reset();
    m_issuer.reset();
    m_f.reset();
}

void TestCaseWorkflow::everyActionByEveryRole_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("succeeds");
    // Who succeeds when the case is ready for the operation; everybody else is refused.
    const QMap<QString, QStringList> succeed = {
        { QStringLiteral("start"),
          { QStringLiteral("budi"), QStringLiteral("bayu"), QStringLiteral("vera") } },
        { QStringLiteral("process"), { QStringLiteral("budi"), QStringLiteral("bayu") } },
        { QStringLiteral("step applicant"), { QStringLiteral("budi"), QStringLiteral("bayu") } },
        { QStringLiteral("step verifier"), { QStringLiteral("vera") } },
        { QStringLiteral("step back-office"), { QStringLiteral("budi"), QStringLiteral("bayu") } },
        { QStringLiteral("step front-office"), { QStringLiteral("siti") } },
        { QStringLiteral("visit"), { QStringLiteral("vera") } },
        { QStringLiteral("note"),
          { QStringLiteral("budi"), QStringLiteral("bayu"), QStringLiteral("vera") } },
        { QStringLiteral("attach"),
          { QStringLiteral("budi"), QStringLiteral("bayu"), QStringLiteral("vera") } },
        { QStringLiteral("reassign"),
          { QStringLiteral("budi"), QStringLiteral("bayu"), QStringLiteral("hadi") } },
        { QStringLiteral("reject"),
          { QStringLiteral("budi"), QStringLiteral("bayu"), QStringLiteral("hadi"),
            QStringLiteral("kadis") } },
        { QStringLiteral("submit"), { QStringLiteral("budi"), QStringLiteral("bayu") } },
        { QStringLiteral("initial"), { QStringLiteral("hadi") } },
        { QStringLiteral("return"), { QStringLiteral("hadi") } },
        { QStringLiteral("sign"), { QStringLiteral("kadis") } },
        { QStringLiteral("sign a.n."), { QStringLiteral("hadi"), QStringLiteral("sekar") } },
        { QStringLiteral("handover"), { QStringLiteral("siti") } },
    };
    for (const Operation& operation : operations()) {
        const QString name = QString::fromLatin1(operation.name);
        QStringList people { QStringLiteral("admin") };
        for (const auto& [username, roles] : staff())
            people << username;
        for (const QString& username : std::as_const(people))
            QTest::addRow("%s by %s", operation.name, qPrintable(username))
                << name << username << succeed.value(name).contains(username);
    }
}

void TestCaseWorkflow::everyActionByEveryRole()
{
    QFETCH(QString, operation);
    QFETCH(QString, username);
    QFETCH(bool, succeeds);
    const Operation* op = operationNamed(operation);
    QVERIFY(op);
    const QString number
        = m_f->registerCase(QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"));
    QVERIFY(m_f->bringTo(*m_flow, number, op->status));
    const QList<QPair<int, const char*>> stepUsers
        = { { 1, "budi" }, { 2, "vera" }, { 3, "budi" } };
    QString error;
    for (int step = 1; step <= op->stepsDone; ++step)
        QVERIFY2(m_flow->markStep(number, step, CaseStep::State::Done, QString(),
                                  m_f->user(QString::fromLatin1(stepUsers.at(step - 1).second)),
                                  m_f->tick(), &error),
                 qPrintable(error));
    const User user = m_f->user(username);
    const bool policyAllows = Permissions::allows(user, op->action);
    const QString status = m_f->status(number);
    const int audit = m_f->count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const int signoffs = m_f->count(QStringLiteral("SELECT COUNT(*) FROM signoff_records"));

    const bool done = perform(*m_f, *m_flow, operation, number, user, &error);
    QVERIFY2(done == succeeds, qPrintable(error));
    if (!policyAllows) {
        // The refusal is the policy's own sentence, and nothing of the action is written.
        QCOMPARE(error, Permissions::check(user, op->action));
        QVERIFY(!error.isEmpty());
    }
    if (!done) {
        QVERIFY(!error.isEmpty());
        QCOMPARE(m_f->status(number), status);
        // Signing rows first record the head of division's initials (not part of the action).
        const bool initialled = operation.startsWith(QLatin1String("sign"));
        QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM signoff_records")),
                 signoffs + (initialled ? 1 : 0));
        QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM audit_log")),
                 audit + (initialled ? 1 : 0));
    } else {
        QVERIFY(error.isEmpty());
        QVERIFY(m_f->count(QStringLiteral("SELECT COUNT(*) FROM audit_log")) > audit);
    }
}

void TestCaseWorkflow::unknownUserIsRefused()
{
    const QString number
        = m_f->registerCase(QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"));
    // A made-up user with every role is not in the database.
    User forged;
    forged.id = 999;
    forged.username = QStringLiteral("penyusup");
    forged.roles = { UserRole::BackOffice, UserRole::HeadOfOffice };
    QString error;
    QVERIFY(!m_flow->start(number, forged, m_f->tick(), &error));
    QVERIFY2(error.contains(QStringLiteral("penyusup")), qPrintable(error));
    // Roles come from the database, not from the caller's copy of the user.
    User promoted = m_f->user(QStringLiteral("siti"));
    promoted.roles.insert(UserRole::BackOffice);
    QVERIFY(!m_flow->start(number, promoted, m_f->tick(), &error));
    QCOMPARE(error, Permissions::check(m_f->user(QStringLiteral("siti")), Action::StartWork));
    QCOMPARE(m_f->status(number), QStringLiteral("registered"));
}

QTEST_GUILESS_MAIN(TestCaseWorkflow)
#include "tst_caseworkflow.moc"
