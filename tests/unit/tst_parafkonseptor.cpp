// Who may initial a draft (CaseWorkflow::initialRefusal): the drafter's own initial on the tier
// they hold is the paraf konseptor, recorded as such per round; nobody initials two tiers, yet
// whoever initialled may sign for the head; the worklists list a draft for whoever may give the
// next initial, the drafter included.
#include "AuditQueries.h"
#include "CaseQueries.h"
#include "SignoffSettings.h"
#include "WorkflowFixture.h"
#include "WorkflowQueries.h"
#include "Worklist.h"

using namespace loket;
using namespace loket::test;

class TestParafKonseptor : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void drafterInitialsTheirTier();
    void eachRoundHasItsKonseptor();
    void nobodyInitialsTwoTiers();
    void worklistOffersTheDrafterTheirTier();

private:
    User as(const char* name) const { return m_f->user(QString::fromLatin1(name)); }
    // A PKY-08 case whose chain is the back office's tier, then the head of division's, sent
    // for initials by `drafter`.
    QString submittedBy(const User& drafter);
    bool initial(const QString& number, const User& user)
    {
        return m_flow->initial(number, QString(), user, m_f->tick(), &m_error);
    }
    // The initials of the case in the audit log, oldest first: "user:tier", with ":konseptor"
    // for a drafter's own.
    QStringList auditedInitials(const QString& number) const;

    std::unique_ptr<WorkflowFixture> m_f;
    std::unique_ptr<FakeIssuer> m_issuer;
    std::unique_ptr<CaseWorkflow> m_flow;
    QString m_error;
};

void TestParafKonseptor::init()
{
    m_f = std::make_unique<WorkflowFixture>();
    QVERIFY(m_f->open());
    m_issuer = std::make_unique<FakeIssuer>(*m_f->database);
    m_flow = std::make_unique<CaseWorkflow>(*m_f->database, *m_f->catalog, m_issuer.get());
    SignoffChain chain;
    chain.initials = { Role::Supervisor, Role::HeadOfDivision };
    QVERIFY(SignoffSettings(*m_f->database, *m_f->catalog)
                .set(QStringLiteral("PKY-08"), chain, as("admin"), m_f->tick(), &m_error));
}

void TestParafKonseptor::cleanup()
{
    m_flow.reset();
    m_issuer.reset();
    m_f.reset();
}

QString TestParafKonseptor::submittedBy(const User& drafter)
{
    const QString number
        = m_f->registerCase(QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"));
    if (!m_f->bringTo(*m_flow, number, CaseStatus::InProcess)
        || !m_flow->submitForSignoff(number, QString(), drafter, m_f->tick(), &m_error)) {
        qWarning("%s", qPrintable(m_error));
        return {};
    }
    return number;
}

QStringList TestParafKonseptor::auditedInitials(const QString& number) const
{
    AuditFilter filter;
    filter.caseNumber = number;
    QString error;
    QStringList initials;
    for (const AuditRecord& record : AuditQueries(*m_f->database).list(filter, &error)) {
        if (record.action != QLatin1String("initial"))
            continue;
        QString text = record.username + QLatin1Char(':')
            + record.after.value(QStringLiteral("role")).toString();
        if (record.after.contains(QStringLiteral("paraf")))
            text += QLatin1Char(':') + record.after.value(QStringLiteral("paraf")).toString();
        initials.prepend(text);
    }
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return initials;
}

void TestParafKonseptor::drafterInitialsTheirTier()
{
    const QString number = submittedBy(as("budi"));
    QVERIFY(!number.isEmpty());
    QVERIFY2(initial(number, as("budi")), qPrintable(m_error));
    // One initial each: the drafter's tier is given, the next is the head of division's.
    QVERIFY(!initial(number, as("budi")));
    QCOMPARE(m_error,
             QStringLiteral("The draft waits for the initials of the head of division first."));
    QVERIFY2(initial(number, as("hadi")), qPrintable(m_error));
    QVERIFY2(m_flow->sign(number, std::nullopt, as("kadis"), m_f->tick(), &m_error),
             qPrintable(m_error));
    QCOMPARE(auditedInitials(number),
             QStringList({ QStringLiteral("budi:supervisor:konseptor"),
                           QStringLiteral("hadi:head-of-division") }));
    const qint64 id = CaseQueries(*m_f->database).idOf(number).value_or(0);
    const QList<SignoffEntry> entries
        = WorkflowQueries(*m_f->database, *m_f->catalog).signoffHistory(id);
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(1).role, Role::Supervisor); // the tier it stands for
    QVERIFY(entries.at(1).byDrafter);
    QVERIFY(!entries.at(2).byDrafter);
}

void TestParafKonseptor::eachRoundHasItsKonseptor()
{
    const QString number = submittedBy(as("budi"));
    QVERIFY(!number.isEmpty());
    QVERIFY2(initial(number, as("budi")), qPrintable(m_error));
    QVERIFY(m_flow->returnDraft(number, QStringLiteral("Lengkapi dasar hukum."), as("hadi"),
                                m_f->tick(), &m_error));
    // Bayu takes the case over and sends it again; Budi's initial is now another officer's.
    QVERIFY(m_flow->reassign(number, as("bayu").id, QString(), as("hadi"), m_f->tick(), &m_error));
    QVERIFY(m_flow->submitForSignoff(number, QString(), as("bayu"), m_f->tick(), &m_error));
    QVERIFY2(initial(number, as("budi")), qPrintable(m_error));
    QVERIFY2(initial(number, as("hadi")), qPrintable(m_error));
    QCOMPARE(auditedInitials(number),
             QStringList({ QStringLiteral("budi:supervisor:konseptor"),
                           QStringLiteral("budi:supervisor"),
                           QStringLiteral("hadi:head-of-division") }));
    const qint64 id = CaseQueries(*m_f->database).idOf(number).value_or(0);
    QStringList konseptor;
    for (const SignoffEntry& entry :
         WorkflowQueries(*m_f->database, *m_f->catalog).signoffHistory(id))
        konseptor << QStringLiteral("%1:%2%3")
                         .arg(entry.round)
                         .arg(signoffKindKey(entry.kind),
                              entry.byDrafter ? QStringLiteral("*") : QString());
    QCOMPARE(konseptor.join(QLatin1Char(' ')),
             QStringLiteral("1:submit 1:initial* 1:return 2:submit 2:initial 2:initial"));
}

void TestParafKonseptor::nobodyInitialsTwoTiers()
{
    // A head of division who also drafts: the paraf konseptor is their one initial.
    User both;
    both.username = QStringLiteral("rangkap");
    both.fullName = QStringLiteral("Rangkap (uji)");
    both.roles = { UserRole::BackOffice, UserRole::HeadOfDivision };
    const std::optional<User> drafter
        = UserStore(*m_f->database)
              .create(both, QStringLiteral("sandi-uji-123"), as("admin").id, &m_error);
    QVERIFY2(drafter, qPrintable(m_error));
    const QString number = submittedBy(*drafter);
    QVERIFY(!number.isEmpty());
    QVERIFY2(initial(number, *drafter), qPrintable(m_error));
    QVERIFY(!initial(number, *drafter));
    QCOMPARE(m_error, QStringLiteral("You have already initialled this draft."));
    QVERIFY2(initial(number, as("hadi")), qPrintable(m_error));
    // Signing is not an initial: the head of division who initialled signs Plh. for the head.
    QVERIFY2(m_flow->sign(number, SignForm::Plh, as("hadi"), m_f->tick(), &m_error),
             qPrintable(m_error));
    QCOMPARE(m_f->status(number), QStringLiteral("product-ready"));
    QCOMPARE(auditedInitials(number),
             QStringList({ QStringLiteral("rangkap:supervisor:konseptor"),
                           QStringLiteral("hadi:head-of-division") }));
}

void TestParafKonseptor::worklistOffersTheDrafterTheirTier()
{
    const QString number = submittedBy(as("budi"));
    QVERIFY(!number.isEmpty());
    const Worklist worklist(*m_f->database, *m_f->catalog, m_f->calendar);
    const QDateTime now = at("2024-01-02T10:00:00+07:00");
    const auto listed = [&](const char* who) {
        QStringList numbers;
        for (const WorklistItem& item : worklist.forUser(as(who), {}, now))
            numbers << item.summary.number;
        return numbers.contains(number);
    };
    // The back office's tier: the drafter's and any other back-office officer's to give.
    QVERIFY(listed("budi"));
    QVERIFY(listed("bayu"));
    QVERIFY(!listed("hadi"));
    QVERIFY(initial(number, as("budi")));
    QVERIFY(!listed("budi"));
    QVERIFY(!listed("bayu"));
    QVERIFY(listed("hadi"));
    QVERIFY(initial(number, as("hadi")));
    QVERIFY(!listed("hadi"));
    QVERIFY(listed("kadis"));
}

QTEST_GUILESS_MAIN(TestParafKonseptor)
#include "tst_parafkonseptor.moc"
