// The workflow's other rules, without a database: what may be attached (by content, at most
// 10 MB), which sign-off chains are valid and what the catalog gives by default, and how the
// stand-in forms are typed.
#include "Attachments.h"
#include "CatalogLoader.h"
#include "SignoffSettings.h"

#include <QTest>

using namespace loket;

namespace {

QByteArray bytes(const char* data, int size)
{
    return QByteArray(data, size);
}

} // namespace

class TestWorkflowRules : public QObject
{
    Q_OBJECT
private slots:
    void attachmentContent_data();
    void attachmentContent();
    void chainValidation_data();
    void chainValidation();
    void defaultChainFromTheCatalog_data();
    void defaultChainFromTheCatalog();
    void signForms_data();
    void signForms();
};

void TestWorkflowRules::attachmentContent_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("type"); // empty: refused
    QTest::addColumn<QString>("refusal"); // part of the sentence
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
    const QByteArray png = bytes("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    const QByteArray jpeg = bytes("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11);
    const QByteArray exe = QByteArrayLiteral("MZ\x90\0\x03\0\0\0This program cannot be run in DOS");
    QTest::addRow("pdf") << QStringLiteral("surat.pdf") << pdf << QStringLiteral("application/pdf")
                         << QString();
    QTest::addRow("png") << QStringLiteral("foto.png") << png << QStringLiteral("image/png")
                         << QString();
    QTest::addRow("jpeg named .jpg")
        << QStringLiteral("rumah.JPG") << jpeg << QStringLiteral("image/jpeg") << QString();
    QTest::addRow("png named .pdf is fine")
        << QStringLiteral("ktp.pdf") << png << QStringLiteral("image/png") << QString();
    QTest::addRow("pdf without extension")
        << QStringLiteral("scan") << pdf << QStringLiteral("application/pdf") << QString();
    QTest::addRow("exe renamed .pdf") << QStringLiteral("surat.pdf") << exe << QString()
                                      << QStringLiteral("surat.pdf is a program");
    QTest::addRow("linux program") << QStringLiteral("foto.png")
                                   << QByteArrayLiteral("\x7F"
                                                        "ELF\x02\x01\x01")
                                   << QString() << QStringLiteral("is a program");
    QTest::addRow("text named .pdf")
        << QStringLiteral("C:\\Users\\loket\\catatan.pdf") << QByteArrayLiteral("hello %PDF-1.4")
        << QString() << QStringLiteral("catatan.pdf is not a PDF, JPEG or PNG file");
    QTest::addRow("word document")
        << QStringLiteral("surat.docx") << QByteArrayLiteral("PK\x03\x04\x14\0\x06\0") << QString()
        << QStringLiteral("not a PDF, JPEG or PNG");
    QTest::addRow("empty") << QStringLiteral("kosong.pdf") << QByteArray() << QString()
                           << QStringLiteral("kosong.pdf is empty");
    QByteArray limit = pdf;
    limit.resize(Attachments::MaxSize, ' ');
    QTest::addRow("exactly 10 MB")
        << QStringLiteral("besar.pdf") << limit << QStringLiteral("application/pdf") << QString();
    QByteArray large = png;
    large.resize(Attachments::MaxSize + 512 * 1024, '\0');
    QTest::addRow("10.5 MB") << QStringLiteral("foto.png") << large << QString()
                             << QStringLiteral("foto.png is 10.5 MB; an attachment may be at most "
                                               "10 MB.");
}

void TestWorkflowRules::attachmentContent()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, type);
    QFETCH(QString, refusal);
    const QString message = Attachments::check(name, content);
    QCOMPARE(message.isEmpty(), refusal.isEmpty());
    QVERIFY2(message.contains(refusal), qPrintable(message));
    if (refusal.isEmpty())
        QCOMPARE(Attachments::mediaType(content), type);
    QVERIFY(!Attachments::storedName(name).contains(QLatin1Char('\\')));
}

void TestWorkflowRules::chainValidation_data()
{
    QTest::addColumn<QString>("chain"); // SignoffChain::encode()
    QTest::addColumn<QString>("refusal"); // part of the sentence; empty: valid
    QTest::addRow("head of division, head signs")
        << QStringLiteral("head-of-division|head-of-office|") << QString();
    QTest::addRow("three tiers") << QStringLiteral(
        "supervisor,head-of-division,secretary|head-of-office|")
                                 << QString();
    QTest::addRow("no initials") << QStringLiteral("|head-of-office|") << QString();
    QTest::addRow("secretary signs a.n.")
        << QStringLiteral("supervisor,head-of-division|secretary|a.n.") << QString();
    QTest::addRow("four tiers") << QStringLiteral("supervisor,head-of-division,secretary,"
                                                  "supervisor|head-of-office|")
                                << QStringLiteral("at most 3 initials");
    QTest::addRow("twice") << QStringLiteral("head-of-division,head-of-division|head-of-office|")
                           << QStringLiteral("only once");
    QTest::addRow("verifier initials")
        << QStringLiteral("verifier|head-of-office|") << QStringLiteral("not a verifier");
    QTest::addRow("head signs a.n. for themself")
        << QStringLiteral("head-of-division|head-of-office|a.n.")
        << QStringLiteral("in their own name");
    QTest::addRow("secretary signs in own name") << QStringLiteral("head-of-division|secretary|")
                                                 << QStringLiteral("choose a.n., Plt. or Plh.");
    QTest::addRow("back office signs") << QStringLiteral("head-of-division|back-office|a.n.")
                                       << QStringLiteral("not by a back-office officer");
}

void TestWorkflowRules::chainValidation()
{
    QFETCH(QString, chain);
    QFETCH(QString, refusal);
    SignoffChain decoded;
    QVERIFY(SignoffChain::decode(chain, &decoded));
    QCOMPARE(decoded.encode(), chain);
    const QString message = SignoffSettings::validate(decoded);
    QCOMPARE(message.isEmpty(), refusal.isEmpty());
    QVERIFY2(message.contains(refusal), qPrintable(message));
}

void TestWorkflowRules::defaultChainFromTheCatalog_data()
{
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("chain");
    // No tier in its steps: the head of division alone.
    QTest::addRow("PKY-01") << QStringLiteral("palangka-raya") << QStringLiteral("PKY-01")
                            << QStringLiteral("head-of-division|head-of-office|");
    QTest::addRow("PKY-07 supervisor")
        << QStringLiteral("palangka-raya") << QStringLiteral("PKY-07")
        << QStringLiteral("supervisor|head-of-office|");
    QTest::addRow("SRY-02 paraf koordinasi")
        << QStringLiteral("seruyan") << QStringLiteral("SRY-02")
        << QStringLiteral("head-of-division|head-of-office|");
    // The hierarchy's order, whatever the order of the steps.
    QTest::addRow("KTB-01") << QStringLiteral("kotabaru") << QStringLiteral("KTB-01")
                            << QStringLiteral("supervisor,head-of-division|head-of-office|");
}

void TestWorkflowRules::defaultChainFromTheCatalog()
{
    QFETCH(QString, office);
    QFETCH(QString, service);
    QFETCH(QString, chain);
    const CatalogLoadResult loaded = CatalogLoader::builtIn(office);
    const std::optional<Catalog>& catalog = loaded.catalog;
    QVERIFY2(catalog, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    const Service* s = catalog->service(service);
    QVERIFY(s);
    const SignoffChain defaults = SignoffSettings::defaultChain(*s);
    QCOMPARE(defaults.encode(), chain);
    QVERIFY(SignoffSettings::validate(defaults).isEmpty());
}

void TestWorkflowRules::signForms_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("key");
    QTest::addRow("a.n.") << QStringLiteral("a.n.") << true << QStringLiteral("a.n.");
    QTest::addRow("an") << QStringLiteral("AN") << true << QStringLiteral("a.n.");
    QTest::addRow("Plt.") << QStringLiteral("Plt.") << true << QStringLiteral("Plt.");
    QTest::addRow("plh") << QStringLiteral("plh") << true << QStringLiteral("Plh.");
    QTest::addRow("own") << QString() << true << QString();
    QTest::addRow("u.b.") << QStringLiteral("u.b.") << false << QString();
}

void TestWorkflowRules::signForms()
{
    QFETCH(QString, typed);
    QFETCH(bool, known);
    QFETCH(QString, key);
    SignForm form = SignForm::Own;
    QCOMPARE(signFormFromKey(typed, &form), known);
    if (known)
        QCOMPARE(signFormKey(form), key);
}

QTEST_GUILESS_MAIN(TestWorkflowRules)
#include "tst_workflowrules.moc"
