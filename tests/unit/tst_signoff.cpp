// Tiered initials (paraf berjenjang) and signing: the per-service chain an administrator sets,
// initials in order with a return to the drafter, stand-in signatures, and the document issuer
// called inside the signing transaction.
#include "CaseQueries.h"
#include "SignoffSettings.h"
#include "WorkflowFixture.h"
#include "WorkflowQueries.h"

using namespace loket;
using namespace loket::test;

class TestSignoff : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void administratorSetsTheChain();
    void initialsInOrderWithReturnToDrafter();
    void signingTakesTheNumberInsideTheTransaction();
    void issuerFailureRollsEverythingBack();
    void standInSignatures();
    void draftNeverSentIsNotSigned();

private:
    User as(const char* name) const { return m_f->user(QString::fromLatin1(name)); }
    qint64 caseId(const QString& number) const
    {
        return CaseQueries(*m_f->database).idOf(number).value_or(0);
    }
    QString awaitingSignoff(); // a PKY-08 case whose draft went to initials
    SignoffState state(const QString& number) const
    {
        return WorkflowQueries(*m_f->database, *m_f->catalog).signoff(caseId(number));
    }
    bool setChain(const QString& encoded);

    std::unique_ptr<WorkflowFixture> m_f;
    std::unique_ptr<FakeIssuer> m_issuer;
    std::unique_ptr<CaseWorkflow> m_flow;
};

void TestSignoff::init()
{
    m_f = std::make_unique<WorkflowFixture>();
    QVERIFY(m_f->open());
    m_issuer = std::make_unique<FakeIssuer>(*m_f->database);
    m_flow = std::make_unique<CaseWorkflow>(*m_f->database, *m_f->catalog, m_issuer.get());
}

void TestSignoff::cleanup()
{
    m_flow.reset();
    m_issuer.reset();
    m_f.reset();
}

QString TestSignoff::awaitingSignoff()
{
    const QString number
        = m_f->registerCase(QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"));
    return m_f->bringTo(*m_flow, number, CaseStatus::AwaitingSignoff) ? number : QString();
}

bool TestSignoff::setChain(const QString& encoded)
{
    SignoffChain chain;
    QString error;
    const bool ok = SignoffChain::decode(encoded, &chain)
        && SignoffSettings(*m_f->database, *m_f->catalog)
               .set(QStringLiteral("PKY-08"), chain, as("admin"), m_f->tick(), &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

void TestSignoff::administratorSetsTheChain()
{
    SignoffSettings settings(*m_f->database, *m_f->catalog);
    QString error;
    std::optional<SignoffConfig> config = settings.config(QStringLiteral("PKY-08"), &error);
    QVERIFY(config);
    QVERIFY(config->isDefault);
    QCOMPARE(config->chain.encode(), QStringLiteral("head-of-division|head-of-office|"));
    QCOMPARE(settings.all(&error).size(), m_f->catalog->services.size());
    QVERIFY(!settings.config(QStringLiteral("XXX-01"), &error));

    SignoffChain three;
    three.initials = { Role::Supervisor, Role::HeadOfDivision, Role::Secretary };
    const int audit = m_f->count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QVERIFY(!settings.set(QStringLiteral("PKY-08"), three, as("kadis"), m_f->tick(), &error));
    QCOMPARE(error, Permissions::check(as("kadis"), Action::ManageCatalog));
    SignoffChain broken = three;
    broken.form = SignForm::AtasNama;
    QVERIFY(!settings.set(QStringLiteral("PKY-08"), broken, as("admin"), m_f->tick(), &error));
    QVERIFY2(error.contains(QStringLiteral("own name")), qPrintable(error));
    QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);

    QVERIFY2(settings.set(QStringLiteral("pky-08"), three, as("admin"), m_f->tick(), &error),
             qPrintable(error));
    config = settings.config(QStringLiteral("PKY-08"), &error);
    QVERIFY(!config->isDefault);
    QCOMPARE(config->chain, three);
    QSqlQuery query(m_f->database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT user_id, record_id, before_data, after_data FROM"
                                      " audit_log WHERE table_name = 'signoff_configs'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), as("admin").id);
    QCOMPARE(query.value(1).toString(), QStringLiteral("PKY-08"));
    QVERIFY(query.value(2).toString().contains(QStringLiteral("head-of-division|head-of-office|")));
    QVERIFY(query.value(3).toString().contains(
        QStringLiteral("supervisor,head-of-division,secretary|head-of-office|")));

    QVERIFY(settings.reset(QStringLiteral("PKY-08"), as("admin"), m_f->tick(), &error));
    QVERIFY(settings.config(QStringLiteral("PKY-08"), &error)->isDefault);
    QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE"
                                       " table_name = 'signoff_configs'")),
             2);
}

void TestSignoff::initialsInOrderWithReturnToDrafter()
{
    QVERIFY(setChain(QStringLiteral("supervisor,head-of-division,secretary|head-of-office|")));
    const QString number = awaitingSignoff(); // drafted by budi
    QVERIFY(!number.isEmpty());
    // The chain is the draft's own from now on: a change applies to the next submission.
    QVERIFY(setChain(QStringLiteral("head-of-division|head-of-office|")));
    QCOMPARE(state(number).chain.initials.size(), 3);

    QString error;
    const auto initial = [&](const char* who) {
        return m_flow->initial(number, QString(), as(who), m_f->tick(), &error);
    };
    QVERIFY(!initial("sekar"));
    QCOMPARE(error,
             QStringLiteral("The draft waits for the initials of a back-office officer "
                            "first."));
    QVERIFY(!initial("hadi"));
    // The drafter initials the back office's tier: the paraf konseptor.
    QVERIFY2(initial("budi"), qPrintable(error));
    QVERIFY(!initial("bayu"));
    QCOMPARE(error,
             QStringLiteral("The draft waits for the initials of the head of division "
                            "first."));
    QVERIFY(!m_flow->sign(number, std::nullopt, as("kadis"), m_f->tick(), &error));
    QCOMPARE(error, QStringLiteral("The draft still needs the initials of the head of division."));
    QVERIFY2(initial("hadi"), qPrintable(error));
    QCOMPARE(state(number).initialsDone, 2);
    QCOMPARE(m_f->status(number), QStringLiteral("awaiting-signoff"));

    // The secretary sends it back: only whoever the draft is with may, and says why.
    QVERIFY(!m_flow->returnDraft(number, QStringLiteral("x"), as("hadi"), m_f->tick(), &error));
    QCOMPARE(error,
             QStringLiteral("The draft is with the secretary; only they can return it now."));
    QVERIFY(!m_flow->returnDraft(number, QString(), as("sekar"), m_f->tick(), &error));
    QVERIFY2(error.contains(QStringLiteral("drafter")), qPrintable(error));
    QVERIFY2(m_flow->returnDraft(number, QStringLiteral("Dasar hukum belum dicantumkan."),
                                 as("sekar"), m_f->tick(), &error),
             qPrintable(error));
    QCOMPARE(m_f->status(number), QStringLiteral("in-process"));
    WorkflowQueries queries(*m_f->database, *m_f->catalog);
    QCOMPARE(queries.assignedTo(caseId(number)), as("budi").id);
    QCOMPARE(queries.statusHistory(caseId(number)).last().note,
             QStringLiteral("Dasar hukum belum dicantumkan."));
    QVERIFY(!state(number).open);
    QVERIFY(!initial("sekar"));

    // Sent again, the draft starts a new round under the chain now in force.
    QVERIFY(m_flow->submitForSignoff(number, QStringLiteral("sudah diperbaiki"), as("budi"),
                                     m_f->tick(), &error));
    SignoffState second = state(number);
    QCOMPARE(second.round, 2);
    QCOMPARE(second.initialsDone, 0);
    QCOMPARE(second.chain.encode(), QStringLiteral("head-of-division|head-of-office|"));
    QCOMPARE(second.drafterId, as("budi").id);
    QVERIFY2(initial("hadi"), qPrintable(error));
    QVERIFY(state(number).waitsForSigner());
    QVERIFY(!initial("sekar"));
    QVERIFY2(error.contains(QStringLiteral("waits for the signature of the head of office")),
             qPrintable(error));
    QVERIFY2(m_flow->sign(number, std::nullopt, as("kadis"), m_f->tick(), &error),
             qPrintable(error));

    QStringList acts;
    for (const SignoffEntry& entry : queries.signoffHistory(caseId(number)))
        acts << QStringLiteral("%1:%2:%3")
                    .arg(entry.round)
                    .arg(signoffKindKey(entry.kind),
                         entry.userName.section(QLatin1Char(' '), 0, 0));
    QCOMPARE(acts.join(QLatin1Char(' ')),
             QStringLiteral("1:submit:Budi 1:initial:Budi 1:initial:Hadi 1:return:Sekar "
                            "2:submit:Budi 2:initial:Hadi 2:sign:Kadis"));
}

void TestSignoff::signingTakesTheNumberInsideTheTransaction()
{
    const QString number = awaitingSignoff();
    QString error;
    QVERIFY(m_flow->initial(number, QStringLiteral("setuju"), as("hadi"), m_f->tick(), &error));
    const QDateTime when = m_f->tick();
    const std::optional<IssuedDocument> issued
        = m_flow->sign(number, std::nullopt, as("kadis"), when, &error);
    QVERIFY2(issued, qPrintable(error));
    QCOMPARE(issued->letterNumber, QStringLiteral("400.9/1/DINSOS/2024"));
    QCOMPARE(m_issuer->calls, 1);
    // The issuer ran before the status changed, on the signer's behalf, at the signing time.
    QCOMPARE(m_issuer->statusSeen, QStringLiteral("awaiting-signoff"));
    QCOMPARE(m_issuer->lastSignature.signer.username, QStringLiteral("kadis"));
    QCOMPARE(m_issuer->lastSignature.form, SignForm::Own);
    QCOMPARE(m_issuer->lastSignature.at, when);
    QCOMPARE(m_f->status(number), QStringLiteral("product-ready"));
    const SignoffEntry last
        = WorkflowQueries(*m_f->database, *m_f->catalog).signoffHistory(caseId(number)).last();
    QCOMPARE(last.kind, SignoffEntry::Kind::Sign);
    QCOMPARE(last.letterNumber, issued->letterNumber);
    QCOMPARE(last.role, Role::HeadOfOffice);
    // The issuer's own writes and the signature are in one chain of audit entries, in order.
    QSqlQuery query(m_f->database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 3")));
    QStringList actions;
    while (query.next())
        actions.prepend(query.value(0).toString());
    QCOMPARE(
        actions,
        QStringList({ QStringLiteral("issue"), QStringLiteral("sign"), QStringLiteral("status") }));
}

void TestSignoff::issuerFailureRollsEverythingBack()
{
    const QString number = awaitingSignoff();
    QString error;
    QVERIFY(m_flow->initial(number, QString(), as("hadi"), m_f->tick(), &error));
    const int audit = m_f->count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const int records = m_f->count(QStringLiteral("SELECT COUNT(*) FROM signoff_records"));
    m_issuer->fail = true;
    QVERIFY(!m_flow->sign(number, std::nullopt, as("kadis"), m_f->tick(), &error));
    QCOMPARE(error, QStringLiteral("the letter register is full"));
    QCOMPARE(m_issuer->calls, 1);
    // The issuer's audit entry went with the rest: nothing of the signing remains.
    QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
    QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM signoff_records")), records);
    QCOMPARE(m_f->status(number), QStringLiteral("awaiting-signoff"));
    QCOMPARE(
        m_f->count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE clock_stopped_at IS NULL")), 1);
    // The connection is usable at once, and signing succeeds when the issuer does.
    m_issuer->fail = false;
    QVERIFY2(m_flow->sign(number, std::nullopt, as("kadis"), m_f->tick(), &error),
             qPrintable(error));
    QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'issue'")),
             1);
}

void TestSignoff::standInSignatures()
{
    // The secretary signs this service's letters "a.n. Kepala Dinas".
    QVERIFY(setChain(QStringLiteral("head-of-division|secretary|a.n.")));
    const QString number = awaitingSignoff();
    QString error;
    QVERIFY(m_flow->initial(number, QString(), as("hadi"), m_f->tick(), &error));
    // The chain's form applies unless the signer says otherwise; the head of office signs in
    // their own name only.
    QVERIFY(!m_flow->sign(number, std::nullopt, as("kadis"), m_f->tick(), &error));
    QCOMPARE(error, Permissions::check(as("kadis"), Action::SignAsStandIn));
    QVERIFY(!m_flow->sign(number, std::nullopt, as("vera"), m_f->tick(), &error));
    QVERIFY(m_flow->sign(number, std::nullopt, as("sekar"), m_f->tick(), &error));
    QCOMPARE(m_issuer->lastSignature.form, SignForm::AtasNama);
    QCOMPARE(m_issuer->lastSignature.signer.username, QStringLiteral("sekar"));
    SignoffEntry last
        = WorkflowQueries(*m_f->database, *m_f->catalog).signoffHistory(caseId(number)).last();
    QCOMPARE(last.form, SignForm::AtasNama);
    QCOMPARE(last.role, Role::Secretary);
    QCOMPARE(last.userId, as("sekar").id);

    // Another case: the head is away, the head of division signs as Plh.; the head of office
    // may still sign in person.
    const QString other
        = m_f->registerCase(QStringLiteral("PKY-08"), m_f->tick(), QStringLiteral("Sari Dewi"),
                            QStringLiteral("6271014503900002"));
    QVERIFY(m_f->bringTo(*m_flow, other, CaseStatus::AwaitingSignoff));
    QVERIFY(m_flow->initial(other, QString(), as("hadi"), m_f->tick(), &error));
    QVERIFY2(m_flow->sign(other, SignForm::Plh, as("hadi"), m_f->tick(), &error),
             qPrintable(error));
    last = WorkflowQueries(*m_f->database, *m_f->catalog).signoffHistory(caseId(other)).last();
    QCOMPARE(last.form, SignForm::Plh);
    QCOMPARE(last.role, Role::HeadOfDivision);
    QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM signoff_records WHERE kind = 'sign'"
                                       " AND sign_form = 'Plh.'")),
             1);
}

// A case awaiting sign-off whose draft was never sent to initials (the demo data made them so;
// older data may hold them): nothing to sign yet — the paraf berjenjang would be skipped. The
// signer is told so, instead of an assertion ending the program, and can return the draft.
void TestSignoff::draftNeverSentIsNotSigned()
{
    const QString number
        = m_f->registerCase(QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"));
    QVERIFY(m_f->bringTo(*m_flow, number, CaseStatus::InProcess));
    QSqlQuery query(m_f->database->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE cases SET status = 'awaiting-signoff'")));
    QVERIFY(!state(number).open);

    QString error;
    for (const std::optional<SignForm>& form : { std::optional<SignForm>(), { SignForm::Own } }) {
        QVERIFY(!m_flow->sign(number, form, as("kadis"), m_f->tick(), &error));
        QCOMPARE(error,
                 QStringLiteral("The draft of case %1 was never sent for initials, so it cannot "
                                "be signed: return it to the drafter, who sends it again.")
                     .arg(number));
    }
    QCOMPARE(m_issuer->calls, 0);
    QCOMPARE(m_f->status(number), QStringLiteral("awaiting-signoff"));
    QVERIFY(!m_flow->initial(number, QString(), as("hadi"), m_f->tick(), &error));
    QCOMPARE(error, QStringLiteral("No draft is waiting for initials."));

    // The way on: the signer returns it, the drafter sends it, it goes through its chain.
    QVERIFY2(m_flow->returnDraft(number, QStringLiteral("Ajukan untuk paraf."), as("kadis"),
                                 m_f->tick(), &error),
             qPrintable(error));
    QCOMPARE(m_f->status(number), QStringLiteral("in-process"));
    QVERIFY2(m_flow->submitForSignoff(number, QString(), as("budi"), m_f->tick(), &error),
             qPrintable(error));
    QVERIFY(state(number).open);
    QVERIFY2(m_flow->initial(number, QString(), as("hadi"), m_f->tick(), &error),
             qPrintable(error));
    QVERIFY2(m_flow->sign(number, std::nullopt, as("kadis"), m_f->tick(), &error),
             qPrintable(error));
    QCOMPARE(m_f->status(number), QStringLiteral("product-ready"));
}

QTEST_GUILESS_MAIN(TestSignoff)
#include "tst_signoff.moc"
