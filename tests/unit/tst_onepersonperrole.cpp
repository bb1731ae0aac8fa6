// No case gets stuck in an office with exactly one active user per role: the demo staff of
// training mode (DemoSeeder). Every one of the 45 services of the three built-in catalogs is
// registered at the counter, worked through each procedure step by the one holder of the step's
// role, drafted by the back office, initialled tier by tier by the one holder of each tier's
// role (the back-office tier by the drafter: the paraf konseptor), signed and handed over,
// through the workflow the screens use. Also every sign-off chain an administrator may set, on
// one service. One database per office (password hashing is slow on purpose).
#include "AuditQueries.h"
#include "CatalogLoader.h"
#include "DemoSeeder.h"
#include "EveryProductSupport.h"
#include "IssuedDocuments.h"
#include "ProductIssuer.h"
#include "RegionTable.h"
#include "SignoffSettings.h"
#include "WorkflowFixture.h"
#include "WorkflowQueries.h"

#include <map>

using namespace loket;
using namespace loket::test;

namespace {

// An office whose only users are the demo accounts, with its back office.
struct DemoStaffOffice
{
    WorkflowFixture fixture;
    std::unique_ptr<ProductIssuer> issuer;
    std::unique_ptr<CaseWorkflow> flow;

    bool open(const QString& officeId)
    {
        WorkflowFixture& f = fixture;
        const QString path = f.dir->filePath(QStringLiteral("loket.sqlite"));
        QString error;
        QStringList errors;
        if (!f.database->open(path, Database::OpenMode::CreateIfMissing, &error)
            || !OfficeDatabase::initialise(*f.database, officeId, &error)
            || !(f.catalog = OfficeDatabase::catalog(*f.database, &errors))
            || !OfficeDatabase::calendar(*f.database, &f.calendar, &error)) {
            qWarning("%s%s", qPrintable(error), qPrintable(errors.join(QLatin1Char('\n'))));
            return false;
        }
        const RegionTable regions = RegionTable::builtIn();
        if (!DemoSeeder(*f.database, *f.catalog, f.calendar, regions).seedUsers(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        if (!f.load(DemoSeeder::accounts().size()))
            return false;
        issuer = std::make_unique<ProductIssuer>(*f.database, *f.catalog,
                                                 f.dir->filePath(QStringLiteral("templates")));
        flow = std::make_unique<CaseWorkflow>(*f.database, *f.catalog, issuer.get());
        return true;
    }

    // The one active user who holds `role`; nobody if none or several do.
    User holderOf(UserRole role) const
    {
        User holder;
        for (const User& user : std::as_const(fixture.users)) {
            if (!user.active || !user.hasRole(role))
                continue;
            if (holder.id)
                return {};
            holder = user;
        }
        return holder;
    }
};

// Every chain SignoffSettings::validate accepts: each order of up to three distinct tiers,
// with the head of office signing in person or the secretary or a head of division for them.
QList<SignoffChain> everyValidChain()
{
    const QList<Role> tiers { Role::Supervisor, Role::HeadOfDivision, Role::Secretary };
    QList<QList<Role>> orders { {} };
    for (int length = 1; length <= SignoffChain::MaxInitials; ++length) {
        for (const QList<Role>& shorter : QList<QList<Role>>(orders)) {
            if (shorter.size() != length - 1)
                continue;
            for (Role tier : tiers) {
                if (!shorter.contains(tier))
                    orders << (QList<Role>(shorter) << tier);
            }
        }
    }
    QList<QPair<Role, SignForm>> signers { { Role::HeadOfOffice, SignForm::Own } };
    for (Role standIn : { Role::Secretary, Role::HeadOfDivision }) {
        for (SignForm form : { SignForm::AtasNama, SignForm::Plt, SignForm::Plh })
            signers.append({ standIn, form });
    }
    QList<SignoffChain> chains;
    for (const QList<Role>& order : std::as_const(orders)) {
        for (const auto& [signer, form] : std::as_const(signers))
            chains << SignoffChain { order, signer, form };
    }
    return chains;
}

} // namespace

class TestOnePersonPerRole : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyService_data();
    void everyService();
    void everyChain_data();
    void everyChain();

private:
    DemoStaffOffice* office(const QString& officeId);
    // Registers a complete file of `code` and drives it to handover, each act by the one
    // holder of the role it needs; checks who initialled which tier on the way.
    void registrationToHandover(DemoStaffOffice& office, const QString& code);

    std::map<QString, std::unique_ptr<DemoStaffOffice>> m_offices;
};

void TestOnePersonPerRole::initTestCase()
{
    // The demo staff is exactly one person per role, each with that one role.
    QList<UserRole> roles;
    for (const DemoSeeder::Account& account : DemoSeeder::accounts())
        roles << account.role;
    for (UserRole role : allUserRoles())
        QVERIFY2(roles.count(role) == 1, qPrintable(userRoleKey(role)));
    QCOMPARE(roles.size(), allUserRoles().size());
}

void TestOnePersonPerRole::cleanupTestCase()
{
    m_offices.clear();
}

DemoStaffOffice* TestOnePersonPerRole::office(const QString& officeId)
{
    auto found = m_offices.find(officeId);
    if (found != m_offices.end())
        return found->second.get();
    auto office = std::make_unique<DemoStaffOffice>();
    if (!office->open(officeId))
        return nullptr;
    return m_offices.emplace(officeId, std::move(office)).first->second.get();
}

void TestOnePersonPerRole::registrationToHandover(DemoStaffOffice& office, const QString& code)
{
    WorkflowFixture& f = office.fixture;
    CaseWorkflow& flow = *office.flow;
    const Service* service = f.catalog->service(code);
    QVERIFY(service);
    const User counter = office.holderOf(UserRole::FrontOffice);
    const User drafter = office.holderOf(UserRole::BackOffice);
    QVERIFY(counter.id && drafter.id);

    QString error;
    const std::optional<Case> registered
        = CaseStore(*f.database, *f.catalog, f.calendar)
              .registerCase(completeFile(*f.catalog, *service), counter, f.tick(), &error);
    QVERIFY2(registered, qPrintable(error));
    const QString number = registered->number;
    QVERIFY2(flow.start(number, drafter, f.tick(), &error), qPrintable(error));
    WorkflowQueries queries(*f.database, *f.catalog);
    for (const CaseStep& step : queries.steps(registered->id)) {
        const User who = office.holderOf(Permissions::roleForStep(step.role));
        QVERIFY2(who.id, qPrintable(catalogkeys::roleKey(step.role)));
        QVERIFY2(flow.markStep(number, step.order, CaseStep::State::Done, QString(), who, f.tick(),
                               &error),
                 qPrintable(QStringLiteral("%1 step %2 (%3) by %4: %5")
                                .arg(code)
                                .arg(step.order)
                                .arg(catalogkeys::roleKey(step.role), who.username, error)));
    }
    // A procedure without a back-office step leaves verification to the drafter to close.
    if (f.status(number) == caseStatusKey(CaseStatus::InVerification))
        QVERIFY2(flow.beginProcessing(number, drafter, f.tick(), &error), qPrintable(error));
    QCOMPARE(f.status(number), caseStatusKey(CaseStatus::InProcess));

    QVERIFY2(flow.submitForSignoff(number, QStringLiteral("konsep"), drafter, f.tick(), &error),
             qPrintable(error));
    const SignoffChain chain = queries.signoff(registered->id).chain;
    int konseptor = 0;
    for (const Role tier : chain.initials) {
        const User who = office.holderOf(Permissions::roleForStep(tier));
        QVERIFY2(who.id, qPrintable(catalogkeys::roleKey(tier)));
        QVERIFY2(flow.initial(number, QString(), who, f.tick(), &error),
                 qPrintable(QStringLiteral("%1: %2 initials as %3: %4")
                                .arg(code, who.username, catalogkeys::roleKey(tier), error)));
        konseptor += who.id == drafter.id;
    }
    // With one person per role the back office's tier is the drafter's own.
    QCOMPARE(konseptor, chain.initials.contains(Role::Supervisor) ? 1 : 0);
    const User signer = office.holderOf(Permissions::roleForStep(chain.signer));
    QVERIFY(signer.id);
    const std::optional<IssuedDocument> issued
        = flow.sign(number, std::nullopt, signer, f.tick(), &error);
    QVERIFY2(issued,
             qPrintable(QStringLiteral("%1: %2 signs: %3").arg(code, signer.username, error)));
    QCOMPARE(f.status(number), caseStatusKey(CaseStatus::ProductReady));
    // The paraf box names the drafter's initial for what it is.
    const QList<StoredDocument> documents = IssuedDocuments(*f.database).forCase(registered->id);
    QCOMPARE(documents.size(), 1);
    const QString konseptorRow
        = QStringLiteral("<td>Konseptor</td><td align=\"center\">%1</td>").arg(drafter.fullName);
    QCOMPARE(documents.first().content.contains(konseptorRow), konseptor > 0);
    const Resident resident = residentOf(f.catalog->office.id);
    QVERIFY2(flow.handOver(number, { kApplicant, resident.nik, QStringLiteral("self"), 0, {} },
                           counter, f.tick(), &error),
             qPrintable(error));
    QCOMPARE(f.status(number), caseStatusKey(CaseStatus::HandedOver));

    // The drafter's initial is in the audit log as the paraf konseptor; nobody else's is.
    AuditFilter filter;
    filter.caseNumber = number;
    int audited = 0;
    int drafterInitials = 0;
    for (const AuditRecord& record : AuditQueries(*f.database).list(filter, &error)) {
        if (record.action != QLatin1String("initial"))
            continue;
        ++audited;
        const bool marked
            = record.after.value(QStringLiteral("paraf")).toString() == QLatin1String("konseptor");
        QCOMPARE(marked, record.userId == drafter.id);
        drafterInitials += marked;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(audited, chain.initials.size());
    QCOMPARE(drafterInitials, konseptor);
}

void TestOnePersonPerRole::everyService_data()
{
    QTest::addColumn<QString>("officeId");
    QTest::addColumn<QString>("code");
    // Whose default chain opens with the back office's tier (the supervisor's, Sub Koordinator):
    // stuck while the drafter could not initial it.
    QTest::addColumn<bool>("konseptorTier");
    const QStringList drafterTier { QStringLiteral("PKY-07"), QStringLiteral("KTB-01") };
    int services = 0;
    for (const QString& officeId : CatalogLoader::builtInOfficeIds()) {
        const auto catalog = CatalogLoader::builtIn(officeId).catalog;
        QVERIFY(catalog);
        for (const Service& service : catalog->services) {
            QTest::addRow("%s", qPrintable(service.code))
                << officeId << service.code << drafterTier.contains(service.code);
            ++services;
        }
    }
    QCOMPARE(services, 45);
}

void TestOnePersonPerRole::everyService()
{
    QFETCH(QString, officeId);
    QFETCH(QString, code);
    QFETCH(bool, konseptorTier);
    DemoStaffOffice* run = office(officeId);
    QVERIFY(run);
    const SignoffChain chain = SignoffSettings::defaultChain(*run->fixture.catalog->service(code));
    QCOMPARE(chain.initials.contains(Role::Supervisor), konseptorTier);
    registrationToHandover(*run, code);
}

void TestOnePersonPerRole::everyChain_data()
{
    QTest::addColumn<QString>("chain"); // SignoffChain::encode()
    const QList<SignoffChain> chains = everyValidChain();
    for (const SignoffChain& chain : chains) {
        QVERIFY2(SignoffSettings::validate(chain).isEmpty(), qPrintable(chain.encode()));
        QTest::addRow("%s", qPrintable(chain.encode())) << chain.encode();
    }
    // 16 orders of tiers (none, 3 single, 6 pairs, 6 triples) × 7 ways to sign.
    QCOMPARE(chains.size(), 16 * 7);
}

void TestOnePersonPerRole::everyChain()
{
    QFETCH(QString, chain);
    DemoStaffOffice* run = office(QStringLiteral("palangka-raya"));
    QVERIFY(run);
    WorkflowFixture& f = run->fixture;
    SignoffChain decoded;
    QVERIFY(SignoffChain::decode(chain, &decoded));
    QString error;
    QVERIFY2(SignoffSettings(*f.database, *f.catalog)
                 .set(QStringLiteral("PKY-08"), decoded, run->holderOf(UserRole::Administrator),
                      f.tick(), &error),
             qPrintable(error));
    registrationToHandover(*run, QStringLiteral("PKY-08"));
}

QTEST_MAIN(TestOnePersonPerRole)
#include "tst_onepersonperrole.moc"
