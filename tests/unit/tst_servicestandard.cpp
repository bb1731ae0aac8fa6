// The service standard (standar pelayanan) of every built-in service: each component, in
// Indonesian, complete; and as a PDF for services of each office.
#include "DocumentRenderer.h"
#include "DocumentTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace loket;
using namespace loket::testing;

class TestServiceStandard : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void serviceStandard_data();
    void serviceStandard();
    void serviceStandardPdf_data();
    void serviceStandardPdf();

private:
    QTemporaryDir m_dir;
};

void TestServiceStandard::init()
{
    // A placeholder the renderer does not fill is a bug in a built-in template.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("unknown placeholder")));
}

void TestServiceStandard::serviceStandard_data()
{
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("code");
    for (const QString& office : CatalogLoader::builtInOfficeIds()) {
        for (const Service& service : builtIn(office).services)
            QTest::addRow("%s", qPrintable(service.code)) << office << service.code;
    }
}

void TestServiceStandard::serviceStandard()
{
    QFETCH(QString, office);
    QFETCH(QString, code);
    const Office& profile = builtIn(office).office;
    const Service& service = serviceOf(office, code);
    const QString html = DocumentRenderer().serviceStandardHtml(profile, service);

    QStringList expected = { profile.governmentLine, service.name,         service.serviceTime.text,
                             service.feeText,        service.product.name, profile.decree.number };
    expected += service.legalBasis;
    for (const Requirement& requirement : service.requirements)
        expected << requirement.text;
    for (const ProcedureStep& step : service.steps)
        expected << step.text;
    for (const QString& fragment : std::as_const(expected))
        QVERIFY2(html.contains(fragment.trimmed().toHtmlEscaped()), qPrintable(fragment));

    const QMap<Requirement::Condition, QString> labels
        = { { Requirement::Condition::Renewal, QStringLiteral("(khusus perpanjangan)") },
            { Requirement::Condition::New, QStringLiteral("(khusus permohonan baru)") },
            { Requirement::Condition::IfPresent, QStringLiteral("(jika ada)") },
            { Requirement::Condition::CaseSpecific, QStringLiteral("(sesuai kasus)") },
            { Requirement::Condition::Alternative, QStringLiteral("(salah satu)") } };
    for (const Requirement& requirement : service.requirements) {
        if (labels.contains(requirement.condition)) {
            const QString marked = requirement.text.toHtmlEscaped() + QStringLiteral(" <i>")
                + labels.value(requirement.condition);
            QVERIFY2(html.contains(marked), qPrintable(marked));
        }
    }
    if (service.components.contains(QStringLiteral("competence")))
        QVERIFY(html.contains(QStringLiteral("Kompetensi Pelaksana")));
    if (service.components.contains(QStringLiteral("evaluation")))
        QVERIFY(html.contains(QStringLiteral("Evaluasi Kinerja Pelaksana")));
    if (!service.legalBasis.isEmpty())
        QVERIFY(html.contains(QStringLiteral("Dasar Hukum")));
    QVERIFY(html.contains(QStringLiteral("Penanganan Pengaduan")));
    QVERIFY(!html.contains(QStringLiteral("{{")));
}

void TestServiceStandard::serviceStandardPdf_data()
{
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("code");
    QTest::newRow("PKY-05") << QStringLiteral("palangka-raya") << QStringLiteral("PKY-05");
    QTest::newRow("KTB-10") << QStringLiteral("kotabaru") << QStringLiteral("KTB-10");
    QTest::newRow("SRY-01") << QStringLiteral("seruyan") << QStringLiteral("SRY-01");
}

void TestServiceStandard::serviceStandardPdf()
{
    QFETCH(QString, office);
    QFETCH(QString, code);
    const Office& profile = builtIn(office).office;
    const Service& service = serviceOf(office, code);
    const QString path = m_dir.filePath(QStringLiteral("standard-%1.pdf").arg(code));
    QString error;
    QVERIFY2(DocumentRenderer().writePdf(DocumentRenderer().serviceStandardHtml(profile, service),
                                         DocumentRenderer::A4, path, &error),
             qPrintable(error));
    const QString text = squeezed(pdfText(path));
    QStringList expected = { QStringLiteral("STANDAR PELAYANAN"), service.name,
                             service.serviceTime.text, profile.decree.number, profile.head.name };
    for (const Requirement& requirement : service.requirements)
        expected << requirement.text;
    for (const ProcedureStep& step : service.steps)
        expected << step.text;
    for (const QString& fragment : std::as_const(expected))
        QVERIFY2(text.contains(squeezed(fragment)), qPrintable(fragment));
}

QTEST_MAIN(TestServiceStandard)
#include "tst_servicestandard.moc"
