// The IKM of PermenPANRB 14/2017 against examples worked out by hand, with both weights.
#include "SatisfactionIndex.h"

#include <QTest>

using namespace loket;
using Answers = SatisfactionIndex::Answers;
using Weight = SatisfactionIndex::Weight;

class TestSatisfactionIndex : public QObject
{
    Q_OBJECT
private slots:
    void workedExample_data();
    void workedExample();
    void averagesPerElement();
    void badAnswers_data();
    void badAnswers();
};

namespace {

// Four respondents. Element sums 14, 14, 11, 16, 14, 13, 15, 11, 14; NRR 3,5 3,5 2,75 4 3,5
// 3,25 3,75 2,75 3,5; their sum 30,5.
QList<Answers> fourRespondents()
{
    return { Answers { 4, 4, 3, 4, 4, 3, 4, 3, 4 }, Answers { 3, 4, 3, 4, 3, 3, 4, 3, 3 },
             Answers { 4, 3, 3, 4, 4, 4, 3, 3, 4 }, Answers { 3, 3, 2, 4, 3, 3, 4, 2, 3 } };
}

QList<Answers> all(int value, int respondents)
{
    Answers answers;
    answers.fill(value);
    return QList<Answers>(respondents, answers);
}

} // namespace

void TestSatisfactionIndex::workedExample_data()
{
    QTest::addColumn<QList<Answers>>("answers");
    QTest::addColumn<int>("weight");
    QTest::addColumn<double>("converted");
    QTest::addColumn<QString>("grade");
    QTest::addColumn<QString>("gradeText");

    // 30,5 / 9 = 3,3889 → × 25 = 84,72 → B.
    QTest::addRow("four respondents, 1/9")
        << fourRespondents() << int(Weight::NinthExact) << 84.72 << "B"
        << "Baik";
    // 30,5 × 0,11 = 3,355 → × 25 = 83,875 → 83,88 → B.
    QTest::addRow("four respondents, 0,11")
        << fourRespondents() << int(Weight::Printed011) << 83.88 << "B"
        << "Baik";
    QTest::addRow("all 4, 1/9") << all(4, 10) << int(Weight::NinthExact) << 100.0 << "A"
                                << "Sangat baik";
    // 4 × 9 × 0,11 = 3,96 → 99,00.
    QTest::addRow("all 4, 0,11") << all(4, 10) << int(Weight::Printed011) << 99.0 << "A"
                                 << "Sangat baik";
    QTest::addRow("all 3, 1/9") << all(3, 5) << int(Weight::NinthExact) << 75.0 << "C"
                                << "Kurang baik";
    QTest::addRow("all 1, 1/9") << all(1, 3) << int(Weight::NinthExact) << 25.0 << "D"
                                << "Tidak baik";
}

void TestSatisfactionIndex::workedExample()
{
    QFETCH(QList<Answers>, answers);
    QFETCH(int, weight);
    QFETCH(double, converted);
    QFETCH(QString, grade);
    QFETCH(QString, gradeText);
    const SatisfactionIndex::Result result
        = SatisfactionIndex::compute(answers, static_cast<Weight>(weight));
    QCOMPARE(result.respondents, answers.size());
    QCOMPARE(result.converted, converted);
    QCOMPARE(QString(result.grade), grade);
    QCOMPARE(result.gradeText, gradeText);
}

void TestSatisfactionIndex::averagesPerElement()
{
    const SatisfactionIndex::Result result
        = SatisfactionIndex::compute(fourRespondents(), Weight::NinthExact);
    const std::array<double, 9> expected { 3.5, 3.5, 2.75, 4.0, 3.5, 3.25, 3.75, 2.75, 3.5 };
    for (size_t e = 0; e < expected.size(); ++e)
        QCOMPARE(result.average.at(e), expected.at(e));
    QCOMPARE(SatisfactionIndex::elementNames().size(), 9);
}

void TestSatisfactionIndex::badAnswers_data()
{
    QTest::addColumn<QList<Answers>>("answers");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("none") << QList<Answers>() << "no answers";
    QList<Answers> five = fourRespondents();
    five[2][6] = 5;
    QTest::addRow("a 5") << five << "Respondent 3, element 7: 5";
    QList<Answers> zero = fourRespondents();
    zero[0][0] = 0;
    QTest::addRow("a 0") << zero << "Respondent 1, element 1: 0";
}

void TestSatisfactionIndex::badAnswers()
{
    QFETCH(QList<Answers>, answers);
    QFETCH(QString, mentions);
    const QString problem = SatisfactionIndex::check(answers);
    QVERIFY2(problem.contains(mentions), qPrintable(problem));
    QVERIFY(SatisfactionIndex::check(fourRespondents()).isEmpty());
}

QTEST_GUILESS_MAIN(TestSatisfactionIndex)
#include "tst_satisfactionindex.moc"
