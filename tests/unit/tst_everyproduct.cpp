// Every one of the 45 services of the three built-in catalogs, from the counter to the product:
// a complete file is registered, worked through its procedure step by step by the roles the
// catalog names, sent along its chain of initials, signed by the head of office, and its frozen
// document printed to PDF and read back with pdftotext; then the product is handed over. Also,
// per office, one case signed "a.n." by the secretary. One database per office (users are made
// once: their password hashing is slow on purpose).
#include "CaseQueries.h"
#include "CatalogLoader.h"
#include "EveryProductSupport.h"
#include "IdentityNumbers.h"
#include "IssuedDocuments.h"
#include "LetterBuilder.h"
#include "LetterNumbering.h"
#include "LetterSpecs.h"
#include "ProductIssuer.h"
#include "RegionTable.h"
#include "SignoffSettings.h"
#include "WorkflowFixture.h"
#include "WorkflowQueries.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <map>

using namespace loket;
using namespace loket::test;

namespace {

// One office's database, its users and its back office, kept for all of its services.
struct OfficeRun
{
    WorkflowFixture fixture;
    std::unique_ptr<ProductIssuer> issuer;
    std::unique_ptr<CaseWorkflow> flow;
};

} // namespace

class TestEveryProduct : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void product_data();
    void product();
    void signedOnBehalf_data();
    void signedOnBehalf();

private:
    OfficeRun* officeRun(const QString& officeId);
    // Registers a complete file of the service and brings it to the head of office's desk:
    // started, every step done by its role, sent along its chain and initialled by every tier.
    void bringToSignature(OfficeRun& run, const QString& code, Case* record);
    // Writes the frozen document as PDF and returns its text.
    QString printed(OfficeRun& run, const StoredDocument& document);

    std::map<QString, std::unique_ptr<OfficeRun>> m_offices;
    QTemporaryDir m_pdfs;
    QStringList m_processedByHand; // services whose steps never took the case into processing
};

void TestEveryProduct::initTestCase()
{
    QVERIFY(m_pdfs.isValid());
    if (qEnvironmentVariableIsSet("LOKET_KEEP_LETTERS")) { // for a reader to look at them
        m_pdfs.setAutoRemove(false);
        qInfo("PDFs kept in %s", qPrintable(m_pdfs.path()));
    }
    QCOMPARE(CatalogLoader::builtInOfficeIds(),
             QStringList({ QStringLiteral("palangka-raya"), QStringLiteral("seruyan"),
                           QStringLiteral("kotabaru") }));
    // The applicants' NIKs are valid and belong to their office's regency.
    const RegionTable regions = RegionTable::builtIn();
    const IdentityNumberChecker checker(regions);
    for (const QString& office : CatalogLoader::builtInOfficeIds()) {
        const Resident resident = residentOf(office);
        const NikInfo info = checker.checkNik(resident.nik, QDate(2024, 1, 2));
        QVERIFY2(info.isValid(), qPrintable(resident.nik));
        QVERIFY2(info.warnings.isEmpty(), qPrintable(resident.nik));
        QCOMPARE(info.birthDate, resident.birthDate);
        QCOMPARE(sexCode(info.sex), resident.sex);
        const auto catalog = CatalogLoader::builtIn(office).catalog;
        QVERIFY(catalog);
        QCOMPARE(info.region.regencyCode, catalog->office.regionCode);
    }
}

void TestEveryProduct::cleanupTestCase()
{
    if (!m_processedByHand.isEmpty())
        qInfo("taken into processing by hand (no back-office step does it): %s",
              qPrintable(m_processedByHand.join(QStringLiteral(", "))));
    m_offices.clear();
}

OfficeRun* TestEveryProduct::officeRun(const QString& officeId)
{
    auto found = m_offices.find(officeId);
    if (found != m_offices.end())
        return found->second.get();
    auto run = std::make_unique<OfficeRun>();
    if (!run->fixture.open(officeId))
        return nullptr;
    WorkflowFixture& f = run->fixture;
    if (officeId == QLatin1String("kotabaru")) {
        // An office's own pattern for its general letters (zero-padded serial, no month, the
        // office's name), so the check below reads a pattern other than the default.
        QString error;
        if (!LetterNumbering(*f.database, f.catalog->office)
                 .setPattern(QStringLiteral("umum"),
                             QStringLiteral("{classification}/{serial:3}/DINSOS-{office}/{year}"),
                             f.user(QStringLiteral("admin")).id, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
    }
    run->issuer = std::make_unique<ProductIssuer>(*f.database, *f.catalog,
                                                  f.dir->filePath(QStringLiteral("templates")));
    run->flow = std::make_unique<CaseWorkflow>(*f.database, *f.catalog, run->issuer.get());
    return m_offices.emplace(officeId, std::move(run)).first->second.get();
}

void TestEveryProduct::product_data()
{
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("wording");
    // A document the office drafts for someone outside it (the regent's decree): its heading and
    // who signs it, from the mapping; empty for the office's own letters.
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("outsideSigner");
    const LetterSpecs specs = LetterSpecs::builtIn();
    int services = 0;
    for (const QString& office : CatalogLoader::builtInOfficeIds()) {
        const auto catalog = CatalogLoader::builtIn(office).catalog;
        QVERIFY(catalog);
        for (const Service& service : catalog->services) {
            const QStringList wording = serviceWording(service.code);
            QVERIFY2(!wording.value(0).isEmpty(), qPrintable(service.code));
            const auto spec = specs.spec(service.code, specs.productType(service.code), false);
            QVERIFY(spec);
            QTest::addRow("%s", qPrintable(service.code))
                << office << service.code << wording << spec->issuer
                << (spec->signer ? spec->signer->position : QString());
            ++services;
        }
    }
    QCOMPARE(services, 45);
}

void TestEveryProduct::bringToSignature(OfficeRun& run, const QString& code, Case* record)
{
    WorkflowFixture& f = run.fixture;
    CaseWorkflow& flow = *run.flow;
    const Service* service = f.catalog->service(code);
    QVERIFY(service);
    QString error;
    const std::optional<Case> registered
        = CaseStore(*f.database, *f.catalog, f.calendar)
              .registerCase(completeFile(*f.catalog, *service), f.user(QStringLiteral("siti")),
                            f.tick(), &error);
    QVERIFY2(registered, qPrintable(error));
    QCOMPARE(registered->status, CaseStatus::Registered);
    QVERIFY(registered->isComplete());
    const QString number = registered->number;

    QVERIFY2(flow.start(number, f.user(QStringLiteral("budi")), f.tick(), &error),
             qPrintable(error));
    WorkflowQueries queries(*f.database, *f.catalog);
    const QList<CaseStep> steps = queries.steps(registered->id);
    QCOMPARE(steps.size(), service->steps.size());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const CaseStep& step = steps.at(i);
        QCOMPARE(step.role, service->steps.at(i).role);
        const User who = f.user(userFor(Permissions::roleForStep(step.role)));
        QVERIFY2(flow.markStep(number, step.order, CaseStep::State::Done, QString(), who, f.tick(),
                               &error),
                 qPrintable(QStringLiteral("step %1 (%2) by %3: %4")
                                .arg(step.order)
                                .arg(catalogkeys::roleKey(step.role), who.username, error)));
    }
    for (const CaseStep& step : queries.steps(registered->id))
        QCOMPARE(step.state, CaseStep::State::Done);
    // A procedure without a back-office step of its own leaves the case in verification; the
    // drafter takes it into processing before writing the draft.
    if (f.status(number) == caseStatusKey(CaseStatus::InVerification)) {
        if (!m_processedByHand.contains(code))
            m_processedByHand << code;
        QVERIFY2(flow.beginProcessing(number, f.user(QStringLiteral("budi")), f.tick(), &error),
                 qPrintable(error));
    }
    QCOMPARE(f.status(number), caseStatusKey(CaseStatus::InProcess));

    const std::optional<SignoffConfig> config
        = SignoffSettings(*f.database, *f.catalog).config(code, &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->chain, SignoffSettings::defaultChain(*service));
    const User drafter = f.user(QStringLiteral("budi"));
    QVERIFY2(
        flow.submitForSignoff(number, QStringLiteral("konsep produk"), drafter, f.tick(), &error),
        qPrintable(error));
    QCOMPARE(queries.signoff(registered->id).chain, config->chain);
    QSet<qint64> initialled;
    for (const Role tier : config->chain.initials) {
        User who;
        for (const auto& [name, roles] : staff()) {
            const User candidate = f.user(name);
            if (!who.id && candidate.active && candidate.hasRole(Permissions::roleForStep(tier))
                && candidate.id != drafter.id && !initialled.contains(candidate.id))
                who = candidate;
        }
        QVERIFY2(who.id, qPrintable(catalogkeys::roleKey(tier)));
        QVERIFY2(flow.initial(number, QString(), who, f.tick(), &error),
                 qPrintable(QStringLiteral("%1 initials as %2: %3")
                                .arg(who.username, catalogkeys::roleKey(tier), error)));
        initialled << who.id;
    }
    QVERIFY(queries.signoff(registered->id).waitsForSigner());
    *record = *CaseQueries(*f.database).find(number);
}

QString TestEveryProduct::printed(OfficeRun& run, const StoredDocument& document)
{
    const QString path = m_pdfs.filePath(
        QString(document.number)
            .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")), QStringLiteral("_"))
        + QStringLiteral("-") + QString::number(document.id) + QStringLiteral(".pdf"));
    QString error;
    if (!run.issuer->renderer().writePdf(document.content, path, &error))
        return QStringLiteral("(PDF failed: %1)").arg(error);
    return pdfText(path);
}

void TestEveryProduct::product()
{
    QFETCH(QString, office);
    QFETCH(QString, code);
    QFETCH(QStringList, wording);
    QFETCH(QString, issuer);
    QFETCH(QString, outsideSigner);
    OfficeRun* run = officeRun(office);
    QVERIFY(run);
    WorkflowFixture& f = run->fixture;
    Case record;
    bringToSignature(*run, code, &record);
    if (QTest::currentTestFailed())
        return;

    // The head of office signs: the number is taken and the document frozen.
    QString error;
    const User head = f.user(QStringLiteral("kadis"));
    const QDateTime signedAt = f.tick();
    const std::optional<IssuedDocument> issued
        = run->flow->sign(record.number, std::nullopt, head, signedAt, &error);
    QVERIFY2(issued, qPrintable(error));
    QCOMPARE(f.status(record.number), caseStatusKey(CaseStatus::ProductReady));

    const QList<StoredDocument> documents = IssuedDocuments(*f.database).forCase(record.id);
    QCOMPARE(documents.size(), 1);
    const StoredDocument& document = documents.first();
    QVERIFY(document.intact());
    QCOMPARE(document.id, issued->documentId);
    QCOMPARE(document.number, issued->letterNumber);
    QCOMPARE(document.contentHash, issued->contentHash);
    QCOMPARE(document.documentType, issued->documentType);
    QCOMPARE(document.issuedByName, head.fullName);
    QVERIFY(!document.verificationCode.isEmpty());
    QVERIFY(LetterRenderer::watermarkOf(document.content).isEmpty()); // no KONSEP mark
    QVERIFY(!document.content.contains(QStringLiteral("<script>")));
    QCOMPARE(
        f.count(QStringLiteral("SELECT COUNT(*) FROM letters WHERE case_id = %1").arg(record.id)),
        1);

    // The number follows the pattern of the document type's register, with this year's serial.
    const LetterNumbering numbering(*f.database, f.catalog->office);
    const QString registerKey = LetterNumbering::defaultRegister(document.documentType);
    const QString pattern = numbering.pattern(registerKey, &error);
    QVERIFY2(!pattern.isEmpty(), qPrintable(error));
    const QDate localDate
        = signedAt.toTimeZone(timeZoneFromName(f.catalog->office.timeZone)).date();
    const QRegularExpressionMatch match
        = numberExpression(pattern, numbering.classification(document.documentType, &error), office,
                           localDate)
              .match(document.number);
    QVERIFY2(match.hasMatch(), qPrintable(document.number + QStringLiteral(" ≁ ") + pattern));
    QVERIFY(document.number.endsWith(QString::number(localDate.year())));
    QSqlQuery query(f.database->connection());
    query.prepare(QStringLiteral("SELECT serial, register_key, verification_code FROM letters"
                                 " WHERE letter_number = :number"));
    query.bindValue(QStringLiteral(":number"), document.number);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(match.captured(1).toInt(), query.value(0).toInt());
    QCOMPARE(query.value(1).toString(), registerKey);
    QCOMPARE(query.value(2).toString(), document.verificationCode);

    // The PDF of the frozen document.
    const QString raw = printed(*run, document);
    const QString text = squeezed(raw);
    const auto expect = [&text, &code](const QString& phrase, const char* what) {
        QVERIFY2(text.contains(squeezed(phrase)),
                 qPrintable(QStringLiteral("%1: %2 \"%3\" is not on the PDF")
                                .arg(code, QLatin1String(what), phrase)));
    };
    if (issuer.isEmpty())
        expect(f.catalog->office.governmentLine, "the letterhead");
    else
        expect(QStringLiteral("KEPUTUSAN ") + issuer, "the heading");
    expect(document.number, "the letter number");
    expect(kApplicant, "the applicant");
    for (const QString& phrase : std::as_const(wording))
        expect(phrase, "the service's wording");
    // The head of office signs; or, on a document signed outside the office, initials it.
    expect(head.fullName, "the signer");
    if (!outsideSigner.isEmpty()) {
        expect(outsideSigner + QLatin1Char(','), "the outside signer");
        const QString headPosition = LetterBuilder::headSigner(f.catalog->office).position;
        QVERIFY2(!text.contains(squeezed(headPosition + QLatin1Char(','))),
                 qPrintable(code + QStringLiteral(": the head of office signs it")));
    }
    expect(document.verificationCode, "the verification code");
    // Each initial is dated, on one line of the paraf box.
    const QString day = localDate.toString(QStringLiteral("dd-MM-yyyy"));
    QVERIFY2(raw.contains(day), qPrintable(code + QStringLiteral(": no paraf dated ") + day));
    if (QTest::currentTestFailed())
        return;

    // The applicant collects it at the counter.
    const Resident resident = residentOf(office);
    QVERIFY2(run->flow->handOver(record.number,
                                 { kApplicant, resident.nik, QStringLiteral("self"), 0, {} },
                                 f.user(QStringLiteral("siti")), f.tick(), &error),
             qPrintable(error));
    QCOMPARE(f.status(record.number), caseStatusKey(CaseStatus::HandedOver));
    const std::optional<Handover> handover
        = WorkflowQueries(*f.database, *f.catalog).handover(record.id);
    QVERIFY(handover);
    QCOMPARE(handover->recipientName, kApplicant);
}

void TestEveryProduct::signedOnBehalf_data()
{
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("code");
    QTest::addRow("palangka-raya") << QStringLiteral("palangka-raya") << QStringLiteral("PKY-08");
    QTest::addRow("seruyan") << QStringLiteral("seruyan") << QStringLiteral("SRY-05");
    QTest::addRow("kotabaru") << QStringLiteral("kotabaru") << QStringLiteral("KTB-10");
}

void TestEveryProduct::signedOnBehalf()
{
    QFETCH(QString, office);
    QFETCH(QString, code);
    OfficeRun* run = officeRun(office);
    QVERIFY(run);
    WorkflowFixture& f = run->fixture;
    Case record;
    bringToSignature(*run, code, &record);
    if (QTest::currentTestFailed())
        return;

    QString error;
    const User secretary = f.user(QStringLiteral("sekar"));
    const std::optional<IssuedDocument> issued
        = run->flow->sign(record.number, SignForm::AtasNama, secretary, f.tick(), &error);
    QVERIFY2(issued, qPrintable(error));
    QCOMPARE(f.status(record.number), caseStatusKey(CaseStatus::ProductReady));
    const SignoffState state = WorkflowQueries(*f.database, *f.catalog).signoff(record.id);
    QVERIFY(!state.entries.isEmpty());
    QCOMPARE(state.entries.last().kind, SignoffEntry::Kind::Sign);
    QCOMPARE(state.entries.last().form, SignForm::AtasNama);
    QCOMPARE(state.entries.last().role, Role::Secretary);

    const QList<StoredDocument> documents = IssuedDocuments(*f.database).forCase(record.id);
    QCOMPARE(documents.size(), 1);
    QVERIFY(documents.first().intact());
    QCOMPARE(documents.first().issuedByName, secretary.fullName);
    const QString text = squeezed(printed(*run, documents.first()));
    // "a.n. KEPALA DINAS SOSIAL …" over the secretary's own position and name.
    const QString form = QStringLiteral("a.n. %1 Sekretaris,")
                             .arg(LetterBuilder::headPosition(f.catalog->office).toUpper());
    QVERIFY2(text.contains(squeezed(form)), qPrintable(form + QStringLiteral(" missing")));
    QVERIFY(text.contains(squeezed(secretary.fullName)));
    QVERIFY(text.contains(squeezed(documents.first().number)));
    QVERIFY(text.contains(squeezed(documents.first().verificationCode)));
    QVERIFY(!text.contains(squeezed(f.user(QStringLiteral("kadis")).fullName)));
    // Nor the head's rank under the secretary's name.
    const QString rank = f.catalog->office.head.rank;
    QVERIFY2(rank.isEmpty() || !text.contains(squeezed(rank)), qPrintable(rank));
}

QTEST_MAIN(TestEveryProduct)
#include "tst_everyproduct.moc"
