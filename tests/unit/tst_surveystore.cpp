// The satisfaction survey's storage: a response per handed-over case, validated element by
// element, written with its audit entry or not at all; read back by period and service. Also
// the office's IKM weight setting.
#include "CaseTestBase.h"
#include "IkmWeightSetting.h"
#include "SettingsStore.h"
#include "SurveyStore.h"

using namespace loket;
using namespace loket::test;

namespace {

SatisfactionIndex::Answers answers(std::initializer_list<int> values)
{
    SatisfactionIndex::Answers result {};
    std::copy(values.begin(), values.end(), result.begin());
    return result;
}

} // namespace

class TestSurveyStore : public QObject, protected CaseTestBase
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void recordsTheResponseOfAHandedOverCase();
    void refusesBadInput_data();
    void refusesBadInput();
    void oneResponsePerCase();
    void onlyAfterTheHandover();
    void notBeforeTheCaseWasReceived();
    void onlyWhoHandsOver();
    void periodAndServiceQueries();
    void textIsStoredLiterally();
    void weightSetting();

private:
    SurveyStore store() const { return SurveyStore(*m_f->database, *m_f->catalog); }
    QString handedOverCase()
    {
        FakeIssuer issuer(*m_f->database);
        CaseWorkflow flow(*m_f->database, *m_f->catalog, &issuer);
        const QString number = newCase();
        return m_f->bringTo(flow, number, CaseStatus::HandedOver) ? number : QString();
    }
    SurveyResponse withoutCase(const QString& service, const char* date,
                               const SatisfactionIndex::Answers& given) const
    {
        SurveyResponse response;
        response.serviceCode = service;
        response.answeredOn = QDate::fromString(QString::fromLatin1(date), Qt::ISODate);
        response.answers = given;
        return response;
    }
    int responses() const
    {
        return m_f->count(QStringLiteral("SELECT COUNT(*) FROM survey_responses"));
    }
    int auditEntries() const
    {
        return m_f->count(
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'survey_responses'"));
    }
};

void TestSurveyStore::init()
{
    setUp();
    QVERIFY(open());
}

void TestSurveyStore::cleanup()
{
    tearDown();
}

void TestSurveyStore::recordsTheResponseOfAHandedOverCase()
{
    const QString number = handedOverCase();
    QVERIFY(!number.isEmpty());
    SurveyResponse response;
    response.caseId = caseId(number);
    response.answeredOn = QDate(2024, 1, 2);
    response.source = SurveyResponse::Source::Paper;
    response.answers = answers({ 4, 3, 3, 4, 4, 3, 4, 2, 3 });
    response.gender = QStringLiteral("P");
    response.age = 42;
    response.education = QStringLiteral("SMA");
    response.occupation = QStringLiteral("Wirausaha");
    response.suggestion = QStringLiteral("  Ruang tunggu kurang kursi.  ");
    QString error;
    const auto id = store().record(response, as("siti"), m_f->tick(), &error);
    QVERIFY2(id, qPrintable(error));

    const auto stored = store().forCase(caseId(number), &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->id, *id);
    QCOMPARE(stored->caseNumber, number);
    QCOMPARE(stored->serviceCode, QStringLiteral("PKY-08")); // from the case
    QCOMPARE(stored->answeredOn, QDate(2024, 1, 2));
    QCOMPARE(stored->source, SurveyResponse::Source::Paper);
    QCOMPARE(stored->answers, response.answers);
    QCOMPARE(stored->gender, QStringLiteral("P"));
    QCOMPARE(stored->age, 42);
    QCOMPARE(stored->suggestion, QStringLiteral("Ruang tunggu kurang kursi."));

    QCOMPARE(auditEntries(), 1);
    QSqlQuery audit(m_f->database->connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT user_id, action, record_id, after_data FROM audit_log"
                                      " WHERE table_name = 'survey_responses'"))
            && audit.next());
    QCOMPARE(audit.value(0).toLongLong(), as("siti").id);
    QCOMPARE(audit.value(1).toString(), QStringLiteral("create"));
    QCOMPARE(audit.value(2).toString(), QString::number(*id));
    QVERIFY(audit.value(3).toString().contains(QStringLiteral("4,3,3,4,4,3,4,2,3")));
    QVERIFY(audit.value(3).toString().contains(number));
    QVERIFY(!store().forCase(caseId(newCase()), &error));
    QVERIFY(error.isEmpty());
}

void TestSurveyStore::refusesBadInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message");
    QTest::addRow("unanswered") << "u3" << QVariant(0)
                                << "Element U3 (Waktu penyelesaian) is not answered.";
    QTest::addRow("off the scale") << "u5" << QVariant(5)
                                   << "Element U5 (Produk spesifikasi jenis pelayanan): 5 is not "
                                      "on the 1–4 scale.";
    QTest::addRow("zero is below") << "u9" << QVariant(-1) << "U9 (Sarana dan prasarana): -1";
    QTest::addRow("no service") << "service" << QVariant(QString())
                                << "Choose the service the respondent received.";
    QTest::addRow("unknown service")
        << "service" << QVariant(QStringLiteral("XYZ-01")) << "There is no service XYZ-01";
    QTest::addRow("future") << "date" << QVariant(QStringLiteral("2024-01-03"))
                            << "The answer date 2024-01-03 is in the future.";
    QTest::addRow("no date") << "date" << QVariant(QString()) << "Give the date";
    QTest::addRow("sex") << "gender" << QVariant(QStringLiteral("X")) << "L or P";
    QTest::addRow("age") << "age" << QVariant(7) << "The age is 10 to 120 years";
    QTest::addRow("suggestion") << "suggestion" << QVariant(QString(2001, QLatin1Char('x')))
                                << "at most 2000 characters";
}

void TestSurveyStore::refusesBadInput()
{
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    SurveyResponse response = withoutCase(QStringLiteral("PKY-01"), "2024-01-02",
                                          answers({ 4, 4, 4, 4, 4, 4, 4, 4, 4 }));
    if (field.startsWith(QLatin1Char('u')))
        response.answers[static_cast<size_t>(field.mid(1).toInt() - 1)] = value.toInt();
    else if (field == QLatin1String("service"))
        response.serviceCode = value.toString();
    else if (field == QLatin1String("date"))
        response.answeredOn = QDate::fromString(value.toString(), Qt::ISODate);
    else if (field == QLatin1String("gender"))
        response.gender = value.toString();
    else if (field == QLatin1String("age"))
        response.age = value.toInt();
    else
        response.suggestion = value.toString();
    QString error;
    QVERIFY(!store().record(response, as("siti"), at("2024-01-02T10:00:00+07:00"), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(responses(), 0); // nothing half-written
    QCOMPARE(auditEntries(), 0);
}

void TestSurveyStore::oneResponsePerCase()
{
    const QString number = handedOverCase();
    SurveyResponse response;
    response.caseId = caseId(number);
    response.answeredOn = QDate(2024, 1, 2);
    response.answers = answers({ 3, 3, 3, 3, 3, 3, 3, 3, 3 });
    QString error;
    QVERIFY2(store().record(response, as("siti"), m_f->tick(), &error), qPrintable(error));
    QVERIFY(!store().record(response, as("siti"), m_f->tick(), &error));
    QVERIFY2(error.contains(QStringLiteral("Case %1 already has a survey response (answered on "
                                           "2024-01-02)")
                                .arg(number)),
             qPrintable(error));
    QCOMPARE(responses(), 1);
    QCOMPARE(auditEntries(), 1);
}

void TestSurveyStore::onlyAfterTheHandover()
{
    const QString number = newCase();
    SurveyResponse response;
    response.caseId = caseId(number);
    response.answeredOn = QDate(2024, 1, 2);
    response.answers = answers({ 3, 3, 3, 3, 3, 3, 3, 3, 3 });
    QString error;
    QVERIFY(!store().record(response, as("siti"), m_f->tick(), &error));
    QVERIFY2(error.contains(QStringLiteral("the survey is taken once the product is handed over")),
             qPrintable(error));
    response.caseId = 999999;
    QVERIFY(!store().record(response, as("siti"), m_f->tick(), &error));
    QCOMPARE(error, QStringLiteral("There is no case with id 999999."));
    QCOMPARE(responses(), 0);
}

void TestSurveyStore::notBeforeTheCaseWasReceived()
{
    const QString number = handedOverCase();
    SurveyResponse response;
    response.caseId = caseId(number);
    response.answeredOn = QDate(2024, 1, 1);
    response.answers = answers({ 3, 3, 3, 3, 3, 3, 3, 3, 3 });
    QString error;
    QVERIFY(!store().record(response, as("siti"), m_f->tick(), &error));
    QVERIFY2(error.contains(QStringLiteral("before case %1 was received (2024-01-02)").arg(number)),
             qPrintable(error));
    response.serviceCode = QStringLiteral("PKY-01");
    response.answeredOn = QDate(2024, 1, 2);
    QVERIFY(!store().record(response, as("siti"), m_f->tick(), &error));
    QVERIFY2(error.contains(QStringLiteral("is of service PKY-08, not PKY-01")), qPrintable(error));
}

void TestSurveyStore::onlyWhoHandsOver()
{
    QString error;
    const SurveyResponse response = withoutCase(QStringLiteral("PKY-01"), "2024-01-02",
                                                answers({ 4, 4, 4, 4, 4, 4, 4, 4, 4 }));
    QVERIFY(!store().record(response, as("budi"), at("2024-01-02T10:00:00+07:00"), &error));
    QVERIFY2(error.contains(QStringLiteral("front-office")), qPrintable(error));
    QCOMPARE(responses(), 0);
}

void TestSurveyStore::periodAndServiceQueries()
{
    const QDateTime now = at("2024-06-01T10:00:00+07:00");
    const QList<QPair<const char*, const char*>> rows {
        { "PKY-01", "2024-01-31" }, { "PKY-01", "2024-02-01" }, { "PKY-02", "2024-02-15" },
        { "PKY-01", "2024-02-29" }, { "PKY-02", "2024-03-01" },
    };
    QString error;
    for (const auto& [service, date] : rows)
        QVERIFY2(store().record(withoutCase(QString::fromLatin1(service), date,
                                            answers({ 3, 3, 3, 3, 3, 3, 3, 3, 3 })),
                                as("siti"), now, &error),
                 qPrintable(error));
    const QDate from(2024, 2, 1), to(2024, 2, 29);
    const QList<SurveyResponse> february = store().responses(from, to, QString(), &error);
    QCOMPARE(february.size(), 3); // both ends included
    QCOMPARE(february.first().answeredOn, from);
    QCOMPARE(february.last().answeredOn, to);
    QCOMPARE(store().responses(from, to, QStringLiteral("PKY-02"), &error).size(), 1);
    QCOMPARE(store().responses(QDate(2024, 4, 1), QDate(2024, 4, 30), QString(), &error).size(), 0);
    const QMap<QString, int> counts = store().respondentsPerService(from, to, &error);
    QCOMPARE(counts.value(QStringLiteral("PKY-01")), 2);
    QCOMPARE(counts.value(QStringLiteral("PKY-02")), 1);
    QCOMPARE(counts.size(), 2);
    QVERIFY(error.isEmpty());
}

void TestSurveyStore::textIsStoredLiterally()
{
    SurveyResponse response = withoutCase(QStringLiteral("PKY-01"), "2024-01-02",
                                          answers({ 2, 2, 2, 2, 2, 2, 2, 2, 2 }));
    response.suggestion = QStringLiteral("<b>Cepat</b> & \"ramah\"'); DROP TABLE cases; --");
    response.occupation = QStringLiteral("<i>Petani</i>");
    QString error;
    QVERIFY2(store().record(response, as("siti"), at("2024-01-02T10:00:00+07:00"), &error),
             qPrintable(error));
    const auto back = store().responses(QDate(2024, 1, 2), QDate(2024, 1, 2), QString(), &error);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().suggestion, response.suggestion);
    QCOMPARE(back.first().occupation, response.occupation);
}

void TestSurveyStore::weightSetting()
{
    Database& db = *m_f->database;
    QString error;
    QCOMPARE(IkmWeightSetting::load(db, &error), SatisfactionIndex::Weight::NinthExact);
    const User admin = m_f->user(QStringLiteral("admin"));
    QVERIFY2(IkmWeightSetting::save(db, SatisfactionIndex::Weight::Printed011, &admin, m_f->tick(),
                                    &error),
             qPrintable(error));
    QCOMPARE(IkmWeightSetting::load(db, &error), SatisfactionIndex::Weight::Printed011);
    QCOMPARE(SettingsStore(db).value(IkmWeightSetting::Key, &error), QStringLiteral("0.11"));
    QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = "
                                       "'settings' AND record_id = 'ikm_weight'")),
             1);

    const User clerk = as("siti");
    QVERIFY(!IkmWeightSetting::save(db, SatisfactionIndex::Weight::NinthExact, &clerk, m_f->tick(),
                                    &error));
    QVERIFY2(error.contains(QStringLiteral("administrator")), qPrintable(error));
    QCOMPARE(IkmWeightSetting::load(db, &error), SatisfactionIndex::Weight::Printed011);

    // loketctl without --as: the system.
    QVERIFY(IkmWeightSetting::save(db, SatisfactionIndex::Weight::NinthExact, nullptr, m_f->tick(),
                                   &error));
    QCOMPARE(IkmWeightSetting::load(db, &error), SatisfactionIndex::Weight::NinthExact);

    QVERIFY(SettingsStore(db).setValue(IkmWeightSetting::Key, QStringLiteral("half"), &error));
    QVERIFY(!IkmWeightSetting::load(db, &error));
    QVERIFY2(error.contains(QStringLiteral("\"half\"")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSurveyStore)
#include "tst_surveystore.moc"
