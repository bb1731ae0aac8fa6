// The IKM report on a worked example computed by hand, with both weight settings: the report
// object, `loketctl skm --json` run as a process on the same database, and the PDF's text.
//
// Ten respondents answered U1–U9 (1–4) between 1 and 10 March 2024; R1–R6 received PKY-01,
// R7–R10 PKY-02:
//
//        U1 U2 U3 U4 U5 U6 U7 U8 U9   sum
//   R1    4  4  4  4  4  4  4  4  4    36
//   R2    4  4  4  4  4  4  4  4  3    35
//   R3    4  4  4  4  4  4  4  3  4    35
//   R4    4  4  4  4  4  4  4  4  4    36
//   R5    4  4  3  4  4  4  4  3  3    33
//   R6    4  3  3  4  3  4  4  4  4    33
//   R7    3  3  3  4  4  4  3  3  3    30
//   R8    3  3  3  4  3  3  4  3  4    30
//   R9    3  3  3  4  3  3  3  2  3    27
//   R10   3  3  2  4  3  2  3  2  3    25
//   total 36 35 33 40 36 36 37 32 35   320
//
// NRR = total ÷ 10: 3,6  3,5  3,3  4,0  3,6  3,6  3,7  3,2  3,5 (sum 32,0).
// Weight 1/9:  NRR × 1/9 = 0,400 0,389 0,367 0,444 0,400 0,400 0,411 0,356 0,389;
//              IKM = 32,0 ÷ 9 = 3,5556; × 25 = 88,888… → 88,89 ≥ 88,31: A (Sangat baik).
// Weight 0,11: NRR × 0,11 = 0,396 0,385 0,363 0,440 0,396 0,396 0,407 0,352 0,385;
//              IKM = 32,0 × 0,11 = 3,52; × 25 = 88,00 < 88,31: B (Baik).
// Per service: PKY-01 (R1–R6) total 208, NRR sum 208 ÷ 6 = 34,667:
//              1/9 → 34,667 ÷ 9 × 25 = 96,30 A; 0,11 → 34,667 × 0,11 × 25 = 95,33 A.
//              PKY-02 (R7–R10) total 112, NRR sum 112 ÷ 4 = 28:
//              1/9 → 28 ÷ 9 × 25 = 77,78 B; 0,11 → 28 × 0,11 × 25 = 77,00 B.
// A response of 1 April (all 1s) lies outside March and must not count.
#include "IkmReport.h"
#include "IkmWeightSetting.h"
#include "LoketctlProcess.h"
#include "RealComponent.h"
#include "SurveyDocument.h"
#include "WorkflowFixture.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

using namespace loket;
using namespace loket::test;

namespace {

const int sheet[10][9] = {
    { 4, 4, 4, 4, 4, 4, 4, 4, 4 }, { 4, 4, 4, 4, 4, 4, 4, 4, 3 }, { 4, 4, 4, 4, 4, 4, 4, 3, 4 },
    { 4, 4, 4, 4, 4, 4, 4, 4, 4 }, { 4, 4, 3, 4, 4, 4, 4, 3, 3 }, { 4, 3, 3, 4, 3, 4, 4, 4, 4 },
    { 3, 3, 3, 4, 4, 4, 3, 3, 3 }, { 3, 3, 3, 4, 3, 3, 4, 3, 4 }, { 3, 3, 3, 4, 3, 3, 3, 2, 3 },
    { 3, 3, 2, 4, 3, 2, 3, 2, 3 },
};
const int totals[9] = { 36, 35, 33, 40, 36, 36, 37, 32, 35 };

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  { QStringLiteral("-layout"), path, QStringLiteral("-") });
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestIkmReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void workedExample_data();
    void workedExample();
    void noRespondents();
    void refusesABadPeriod();
    void htmlEscapesAndSaysTheWeight();
    void pdfSaysTheWeightAndGrade_data();
    void pdfSaysTheWeightAndGrade();
    void questionnairePdf();

private:
    QString path() const { return m_f.dir->filePath(QStringLiteral("loket.sqlite")); }
    void setWeight(SatisfactionIndex::Weight weight)
    {
        QString error;
        QVERIFY2(IkmWeightSetting::save(*m_f.database, weight, nullptr,
                                        at("2024-03-11T08:00:00+07:00"), &error),
                 qPrintable(error));
    }

    WorkflowFixture m_f;
};

void TestIkmReport::initTestCase()
{
    useLoketctlClock();
    QVERIFY(m_f.open());
    SurveyStore store(*m_f.database, *m_f.catalog);
    QString error;
    const QDateTime now = at("2024-04-02T10:00:00+07:00");
    for (int r = 0; r < 10; ++r) {
        SurveyResponse response;
        response.serviceCode = r < 6 ? QStringLiteral("PKY-01") : QStringLiteral("PKY-02");
        response.answeredOn = QDate(2024, 3, 1 + r);
        std::copy(std::begin(sheet[r]), std::end(sheet[r]), response.answers.begin());
        if (r == 3)
            response.suggestion = QStringLiteral("Antrean <b>lebih</b> cepat & rapi");
        QVERIFY2(store.record(response, m_f.user(QStringLiteral("siti")), now, &error),
                 qPrintable(error));
    }
    SurveyResponse outside;
    outside.serviceCode = QStringLiteral("PKY-01");
    outside.answeredOn = QDate(2024, 4, 1);
    outside.answers.fill(1);
    QVERIFY2(store.record(outside, m_f.user(QStringLiteral("siti")), now, &error),
             qPrintable(error));
}

void TestIkmReport::workedExample_data()
{
    QTest::addColumn<int>("weight");
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("ikm");
    QTest::addColumn<double>("converted");
    QTest::addColumn<QString>("grade");
    QTest::addColumn<double>("pky01");
    QTest::addColumn<double>("pky02");
    QTest::addRow("1/9") << int(SatisfactionIndex::Weight::NinthExact) << "ninth" << 32.0 / 9
                         << 88.89 << "A" << 96.30 << 77.78;
    QTest::addRow("0,11") << int(SatisfactionIndex::Weight::Printed011) << "0.11" << 3.52 << 88.00
                          << "B" << 95.33 << 77.00;
}

void TestIkmReport::workedExample()
{
    QFETCH(int, weight);
    QFETCH(QString, key);
    QFETCH(double, ikm);
    QFETCH(double, converted);
    QFETCH(QString, grade);
    QFETCH(double, pky01);
    QFETCH(double, pky02);
    const auto chosen = SatisfactionIndex::Weight(weight);
    setWeight(chosen);

    // The report object.
    QString error;
    const auto data = IkmReport::build(*m_f.database, *m_f.catalog, QDate(2024, 3, 1),
                                       QDate(2024, 3, 31), QString(), &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->weight, chosen);
    QCOMPARE(data->result.respondents, 10);
    for (int e = 0; e < 9; ++e) {
        QCOMPARE(data->totals.at(size_t(e)), totals[e]);
        QCOMPARE(data->result.average.at(size_t(e)), totals[e] / 10.0);
        QCOMPARE(data->weighted(e), totals[e] / 10.0 * SatisfactionIndex::weightOf(chosen));
    }
    QCOMPARE(data->result.index, ikm);
    QCOMPARE(data->result.converted, converted);
    QCOMPARE(QString(data->result.grade), grade);
    QCOMPARE(data->services.size(), 2);
    QCOMPARE(data->services.at(0).code, QStringLiteral("PKY-01"));
    QCOMPARE(data->services.at(0).result.respondents, 6);
    QCOMPARE(data->services.at(0).result.converted, pky01);
    QCOMPARE(data->services.at(1).result.respondents, 4);
    QCOMPARE(data->services.at(1).result.converted, pky02);
    QCOMPARE(data->suggestions,
             QStringList { QStringLiteral("Antrean <b>lebih</b> cepat & rapi") });

    // One service only.
    const auto one = IkmReport::build(*m_f.database, *m_f.catalog, QDate(2024, 3, 1),
                                      QDate(2024, 3, 31), QStringLiteral("PKY-02"), &error);
    QVERIFY2(one, qPrintable(error));
    QCOMPARE(one->result.respondents, 4);
    QCOMPARE(one->result.converted, pky02);

    // loketctl, as a process on the same database: the same figures.
    const LoketctlResult run = runLoketctl({ QStringLiteral("skm"), QStringLiteral("--db"), path(),
                                             QStringLiteral("--from"), QStringLiteral("2024-03-01"),
                                             QStringLiteral("--to"), QStringLiteral("2024-03-31"),
                                             QStringLiteral("--json") });
    QVERIFY2(run.status == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("respondents")).toInt(), 10);
    QCOMPARE(json.value(QStringLiteral("weight")).toString(), key);
    QCOMPARE(json.value(QStringLiteral("ikm")).toDouble(), data->result.index);
    QCOMPARE(json.value(QStringLiteral("converted")).toDouble(), converted);
    QCOMPARE(json.value(QStringLiteral("grade")).toString(), grade);
    QCOMPARE(json.value(QStringLiteral("weightLine")).toString(), IkmReport::weightLine(chosen));
    const QJsonArray elements = json.value(QStringLiteral("elements")).toArray();
    QCOMPARE(elements.size(), 9);
    for (int e = 0; e < 9; ++e) {
        const QJsonObject element = elements.at(e).toObject();
        QCOMPARE(element.value(QStringLiteral("code")).toString(),
                 QStringLiteral("U%1").arg(e + 1));
        QCOMPARE(element.value(QStringLiteral("total")).toInt(), totals[e]);
        QCOMPARE(element.value(QStringLiteral("nrr")).toDouble(), totals[e] / 10.0);
        QCOMPARE(element.value(QStringLiteral("weighted")).toDouble(), data->weighted(e));
    }
    const QJsonArray services = json.value(QStringLiteral("services")).toArray();
    QCOMPARE(services.size(), 2);
    QCOMPARE(services.at(0).toObject().value(QStringLiteral("converted")).toDouble(), pky01);
    QCOMPARE(services.at(1).toObject().value(QStringLiteral("converted")).toDouble(), pky02);

    // The text output says the same.
    const LoketctlResult text = runLoketctl(
        { QStringLiteral("skm"), QStringLiteral("--db"), path(), QStringLiteral("--from"),
          QStringLiteral("2024-03-01"), QStringLiteral("--to"), QStringLiteral("2024-03-31") });
    QVERIFY2(text.status == 0, text.err.constData());
    const QString printed = QString::fromUtf8(text.out);
    QVERIFY2(printed.contains(IkmReport::decimal(converted, 2)), qPrintable(printed));
    QVERIFY2(printed.contains(IkmReport::weightLine(chosen)), qPrintable(printed));
}

void TestIkmReport::noRespondents()
{
    QString error;
    const auto data = IkmReport::build(*m_f.database, *m_f.catalog, QDate(2023, 1, 1),
                                       QDate(2023, 12, 31), QString(), &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->result.respondents, 0);
    QVERIFY(data->services.isEmpty());
    QVERIFY(IkmReport::html(m_f.catalog->office, *data, QDate(2024, 1, 2))
                .contains(QStringLiteral("Belum ada responden")));
}

void TestIkmReport::refusesABadPeriod()
{
    QString error;
    QVERIFY(!IkmReport::build(*m_f.database, *m_f.catalog, QDate(2024, 3, 31), QDate(2024, 3, 1),
                              QString(), &error));
    QVERIFY2(error.contains(QStringLiteral("period")), qPrintable(error));
    QVERIFY(!IkmReport::build(*m_f.database, *m_f.catalog, QDate(2024, 3, 1), QDate(2024, 3, 31),
                              QStringLiteral("NOPE-1"), &error));
    QVERIFY2(error.contains(QStringLiteral("NOPE-1")), qPrintable(error));
    const LoketctlResult run = runLoketctl(
        { QStringLiteral("skm"), QStringLiteral("--db"), path(), QStringLiteral("--from"),
          QStringLiteral("2024-03-31"), QStringLiteral("--to"), QStringLiteral("2024-03-01") });
    QCOMPARE(run.status, 1);
    QCOMPARE(runLoketctl({ QStringLiteral("skm"), QStringLiteral("--db"), path() }).status, 2);
    QCOMPARE(runLoketctl({ QStringLiteral("skm"), QStringLiteral("weight"), QStringLiteral("half"),
                           QStringLiteral("--db"), path() })
                 .status,
             1);
}

void TestIkmReport::htmlEscapesAndSaysTheWeight()
{
    setWeight(SatisfactionIndex::Weight::Printed011);
    QString error;
    const auto data = IkmReport::build(*m_f.database, *m_f.catalog, QDate(2024, 3, 1),
                                       QDate(2024, 3, 31), QString(), &error);
    QVERIFY2(data, qPrintable(error));
    Office office = m_f.catalog->office;
    office.name = QStringLiteral("Dinas <i>Sosial</i> & Co");
    const QString html = IkmReport::html(office, *data, QDate(2024, 4, 2));
    QVERIFY(html.contains(QStringLiteral("Dinas &lt;i&gt;Sosial&lt;/i&gt; &amp; Co")));
    QVERIFY(!html.contains(QStringLiteral("<i>Sosial")));
    QVERIFY(html.contains(QStringLiteral("Antrean &lt;b&gt;lebih&lt;/b&gt; cepat &amp; rapi")));
    QVERIFY(html.contains(QStringLiteral("Bobot: 0,11 sebagaimana tercantum dalam PermenPANRB "
                                         "14/2017")));
    QVERIFY(html.contains(QStringLiteral("1 Maret 2024 s.d. 31 Maret 2024")));
}

void TestIkmReport::pdfSaysTheWeightAndGrade_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("weightText");
    QTest::addColumn<QString>("converted");
    QTest::addColumn<QString>("grade");
    QTest::addRow("1/9") << "ninth"
                         << "Bobot: 1/9 (0,111"
                         << "88,89"
                         << "A (Sangat baik)";
    QTest::addRow("0,11") << "0.11"
                          << "Bobot: 0,11 sebagaimana tercantum dalam PermenPANRB"
                          << "88,00"
                          << "B (Baik)";
}

void TestIkmReport::pdfSaysTheWeightAndGrade()
{
    QFETCH(QString, key);
    QFETCH(QString, weightText);
    QFETCH(QString, converted);
    QFETCH(QString, grade);
    LOKET_REQUIRE_COMPONENT(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                            QStringLiteral("pdftotext (poppler-utils) is not installed"));
    const LoketctlResult set = runLoketctl(
        { QStringLiteral("skm"), QStringLiteral("weight"), key, QStringLiteral("--db"), path() });
    QVERIFY2(set.status == 0, set.err.constData());
    const QString pdf = m_f.dir->filePath(QStringLiteral("ikm-%1.pdf").arg(key));
    const LoketctlResult run = runLoketctl({ QStringLiteral("skm"), QStringLiteral("--db"), path(),
                                             QStringLiteral("--from"), QStringLiteral("2024-03-01"),
                                             QStringLiteral("--to"), QStringLiteral("2024-03-31"),
                                             QStringLiteral("--pdf"), pdf });
    QVERIFY2(run.status == 0, run.err.constData());
    const QString text = pdfText(pdf).simplified();
    QVERIFY2(text.contains(weightText), qPrintable(text));
    QVERIFY2(text.contains(converted), qPrintable(text));
    QVERIFY2(text.contains(grade), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT")));
    QVERIFY(text.contains(QStringLiteral("1 Maret 2024 s.d. 31 Maret 2024")));
    QVERIFY(text.contains(QStringLiteral("10 orang")));
}

void TestIkmReport::questionnairePdf()
{
    LOKET_REQUIRE_COMPONENT(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                            QStringLiteral("pdftotext (poppler-utils) is not installed"));
    const QString pdf = m_f.dir->filePath(QStringLiteral("kuesioner.pdf"));
    const LoketctlResult run = runLoketctl(
        { QStringLiteral("skm"), QStringLiteral("questionnaire"), QStringLiteral("--db"), path(),
          QStringLiteral("--service"), QStringLiteral("PKY-01"), QStringLiteral("--pdf"), pdf });
    QVERIFY2(run.status == 0, run.err.constData());
    const QString text = pdfText(pdf).simplified();
    for (const char* expected :
         { "KUESIONER SURVEI KEPUASAN MASYARAKAT", "PKY-01", "kesesuaian persyaratan pelayanan",
           "Sangat sesuai", "Sangat mahal", "Gratis", "Dikelola dengan baik", "SARAN DAN MASUKAN",
           "Jenis kelamin" })
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    QCOMPARE(runLoketctl({ QStringLiteral("skm"), QStringLiteral("questionnaire"),
                           QStringLiteral("--db"), path(), QStringLiteral("--case"),
                           QStringLiteral("0999/X/2024"), QStringLiteral("--pdf"), pdf })
                 .status,
             1);
}

int main(int argc, char* argv[])
{
    // The report's fonts need a QGuiApplication (offscreen in CTest).
    QGuiApplication app(argc, argv);
    TestIkmReport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ikmreport.moc"
