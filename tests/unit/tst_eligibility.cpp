#include "CatalogLoader.h"
#include "EligibilityChecker.h"

#include <QTest>

using namespace loket;
using Outcome = EligibilityResult::Outcome;

namespace {

EligibilityRule ageRule(std::optional<int> min, std::optional<int> max)
{
    EligibilityRule rule;
    rule.type = EligibilityRule::Type::Age;
    rule.min = min;
    rule.max = max;
    return rule;
}

EligibilityRule domicileRule(const QString& regionCode)
{
    EligibilityRule rule;
    rule.type = EligibilityRule::Type::Domicile;
    rule.regionCode = regionCode;
    return rule;
}

Person bornOn(const QDate& birth)
{
    Person person;
    person.fullName = QStringLiteral("Pemohon");
    person.birthDate = birth;
    return person;
}

const QDate kToday(2026, 11, 22);

} // namespace

Q_DECLARE_METATYPE(EligibilityResult::Outcome)
Q_DECLARE_METATYPE(Person)
Q_DECLARE_METATYPE(std::optional<int>)

class TestEligibility : public QObject
{
    Q_OBJECT
private slots:
    void ageOn_data();
    void ageOn();
    void age_data();
    void age();
    void ageUnknownWithoutBirthDate();
    void domicile_data();
    void domicile();
    void marriageYearsAlwaysUnknown_data();
    void marriageYearsAlwaysUnknown();
    void catalogRules();
};

void TestEligibility::ageOn_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("age");

    QTest::addRow("birthday today") << QDate(1996, 11, 22) << kToday << 30;
    QTest::addRow("birthday tomorrow") << QDate(1996, 11, 23) << kToday << 29;
    QTest::addRow("birthday yesterday") << QDate(1996, 11, 21) << kToday << 30;
    QTest::addRow("birthday next month") << QDate(1996, 12, 1) << kToday << 29;
    QTest::addRow("birthday last month") << QDate(1996, 10, 31) << kToday << 30;
    QTest::addRow("born today") << kToday << kToday << 0;
    QTest::addRow("29 February, non-leap 28 February")
        << QDate(2000, 2, 29) << QDate(2026, 2, 28) << 25;
    QTest::addRow("29 February, non-leap 1 March") << QDate(2000, 2, 29) << QDate(2026, 3, 1) << 26;
    QTest::addRow("29 February, leap year") << QDate(2000, 2, 29) << QDate(2024, 2, 29) << 24;
}

void TestEligibility::ageOn()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, on);
    QFETCH(int, age);
    QCOMPARE(EligibilityChecker::ageOn(birth, on), age);
}

void TestEligibility::age_data()
{
    QTest::addColumn<std::optional<int>>("min");
    QTest::addColumn<std::optional<int>>("max");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("ageText");

    // Adoptive parents 30–55 (PKY-10, KTB-10). Today is 22 November 2026.
    const std::optional<int> none;
    QTest::addRow("30-55: 29, turns 30 tomorrow")
        << std::optional<int>(30) << std::optional<int>(55) << QDate(1996, 11, 23)
        << Outcome::NotMet << QStringLiteral("29");
    QTest::addRow("30-55: 30 today") << std::optional<int>(30) << std::optional<int>(55)
                                     << QDate(1996, 11, 22) << Outcome::Met << QStringLiteral("30");
    QTest::addRow("30-55: 42") << std::optional<int>(30) << std::optional<int>(55)
                               << QDate(1984, 1, 15) << Outcome::Met << QStringLiteral("42");
    QTest::addRow("30-55: 55, turns 56 tomorrow")
        << std::optional<int>(30) << std::optional<int>(55) << QDate(1970, 11, 23) << Outcome::Met
        << QStringLiteral("55");
    QTest::addRow("30-55: 56 today")
        << std::optional<int>(30) << std::optional<int>(55) << QDate(1970, 11, 22)
        << Outcome::NotMet << QStringLiteral("56");
    // Elderly: 60 or older (PKY-15).
    QTest::addRow("min 60: 59, turns 60 next month")
        << std::optional<int>(60) << none << QDate(1966, 12, 1) << Outcome::NotMet
        << QStringLiteral("59");
    QTest::addRow("min 60: 60 today") << std::optional<int>(60) << none << QDate(1966, 11, 22)
                                      << Outcome::Met << QStringLiteral("60");
    QTest::addRow("min 60: 92") << std::optional<int>(60) << none << QDate(1934, 5, 1)
                                << Outcome::Met << QStringLiteral("92");
    // Children: 17 or younger (PKY-16).
    QTest::addRow("max 17: 17, turns 18 tomorrow")
        << none << std::optional<int>(17) << QDate(2008, 11, 23) << Outcome::Met
        << QStringLiteral("17");
    QTest::addRow("max 17: 18 today") << none << std::optional<int>(17) << QDate(2008, 11, 22)
                                      << Outcome::NotMet << QStringLiteral("18");
    QTest::addRow("max 17: a baby") << none << std::optional<int>(17) << QDate(2026, 6, 1)
                                    << Outcome::Met << QStringLiteral("0");
}

void TestEligibility::age()
{
    QFETCH(std::optional<int>, min);
    QFETCH(std::optional<int>, max);
    QFETCH(QDate, birth);
    QFETCH(Outcome, outcome);
    QFETCH(QString, ageText);

    const EligibilityResult result
        = EligibilityChecker::check(ageRule(min, max), bornOn(birth), kToday);
    QCOMPARE(result.outcome, outcome);
    QVERIFY2(result.explanation.contains(ageText), qPrintable(result.explanation));
    for (const std::optional<int>& bound : { min, max }) {
        if (bound)
            QVERIFY2(result.explanation.contains(QString::number(*bound)),
                     qPrintable(result.explanation));
    }
}

void TestEligibility::ageUnknownWithoutBirthDate()
{
    Person person = bornOn(QDate());
    person.nik = QStringLiteral("6271014503900002"); // the checker reads the birth date field only
    for (const EligibilityRule& rule : { ageRule(30, 55), ageRule(60, {}), ageRule({}, 17) }) {
        const EligibilityResult result = EligibilityChecker::check(rule, person, kToday);
        QCOMPARE(result.outcome, Outcome::Unknown);
        QVERIFY(!result.explanation.isEmpty());
    }
}

void TestEligibility::domicile_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("regencyCode");
    QTest::addColumn<QString>("nik");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("source");

    const QString kotabaru = QStringLiteral("63.02");
    const QString kotabaruNik = QStringLiteral("6302010101800001");
    const QString palangkaNik = QStringLiteral("6271014503900002");
    QTest::addRow("address in Kotabaru")
        << kotabaru << kotabaru << QString() << Outcome::Met << QStringLiteral("address");
    QTest::addRow("address elsewhere") << kotabaru << QStringLiteral("62.71") << QString()
                                       << Outcome::NotMet << QStringLiteral("address");
    QTest::addRow("address wins over the NIK") << kotabaru << QStringLiteral("63.01") << kotabaruNik
                                               << Outcome::NotMet << QStringLiteral("address");
    QTest::addRow("moved to Kotabaru: address wins")
        << kotabaru << kotabaru << palangkaNik << Outcome::Met << QStringLiteral("address");
    QTest::addRow("no address, NIK of Kotabaru")
        << kotabaru << QString() << kotabaruNik << Outcome::Met << QStringLiteral("NIK");
    QTest::addRow("no address, NIK elsewhere")
        << kotabaru << QString() << palangkaNik << Outcome::NotMet << QStringLiteral("NIK");
    QTest::addRow("neither address nor NIK")
        << kotabaru << QString() << QString() << Outcome::Unknown << QString();
}

void TestEligibility::domicile()
{
    QFETCH(QString, rule);
    QFETCH(QString, regencyCode);
    QFETCH(QString, nik);
    QFETCH(Outcome, outcome);
    QFETCH(QString, source);

    Person person = bornOn(QDate(1980, 1, 1));
    person.regencyCode = regencyCode;
    person.nik = nik;
    const EligibilityResult result = EligibilityChecker::check(domicileRule(rule), person, kToday);
    QCOMPARE(result.outcome, outcome);
    QVERIFY(!result.explanation.isEmpty());
    if (outcome != Outcome::Unknown) {
        QVERIFY2(result.explanation.contains(rule), qPrintable(result.explanation));
        QVERIFY2(result.explanation.contains(source), qPrintable(result.explanation));
    }
}

void TestEligibility::marriageYearsAlwaysUnknown_data()
{
    QTest::addColumn<Person>("person");
    Person complete = bornOn(QDate(1985, 4, 10));
    complete.nik = QStringLiteral("6271011004850001");
    complete.regencyCode = QStringLiteral("62.71");
    complete.sex = QStringLiteral("L");
    QTest::addRow("everything known") << complete;
    QTest::addRow("nothing known") << Person {};
}

void TestEligibility::marriageYearsAlwaysUnknown()
{
    QFETCH(Person, person);
    EligibilityRule rule;
    rule.type = EligibilityRule::Type::MarriageYears;
    rule.min = 5;
    const EligibilityResult result = EligibilityChecker::check(rule, person, kToday);
    QCOMPARE(result.outcome, Outcome::Unknown);
    QVERIFY2(result.explanation.contains(QStringLiteral("5")), qPrintable(result.explanation));
}

// The rules as the catalogs state them give the same answers as the rules built by hand.
void TestEligibility::catalogRules()
{
    const std::optional<Catalog> kotabaru
        = CatalogLoader::builtIn(QStringLiteral("kotabaru")).catalog;
    QVERIFY(kotabaru);
    const Service* adoption = kotabaru->service(QStringLiteral("KTB-10"));
    QVERIFY(adoption);
    int checked = 0;
    for (const Requirement& requirement : adoption->requirements) {
        if (!requirement.rule)
            continue;
        const EligibilityRule& rule = *requirement.rule;
        if (rule.type == EligibilityRule::Type::Age) {
            QCOMPARE(EligibilityChecker::check(rule, bornOn(QDate(1996, 11, 23)), kToday).outcome,
                     Outcome::NotMet);
            QCOMPARE(EligibilityChecker::check(rule, bornOn(QDate(1970, 11, 23)), kToday).outcome,
                     Outcome::Met);
        } else {
            QCOMPARE(EligibilityChecker::check(rule, bornOn(QDate(1980, 1, 1)), kToday).outcome,
                     Outcome::Unknown);
        }
        ++checked;
    }
    QCOMPARE(checked, 2);

    const Service* rutilahu = kotabaru->service(QStringLiteral("KTB-06"));
    QVERIFY(rutilahu);
    Person local = bornOn(QDate(1970, 1, 1));
    local.nik = QStringLiteral("6302010101700001");
    for (const Requirement& requirement : rutilahu->requirements) {
        if (requirement.rule)
            QCOMPARE(EligibilityChecker::check(*requirement.rule, local, kToday).outcome,
                     Outcome::Met);
    }
}

QTEST_GUILESS_MAIN(TestEligibility)
#include "tst_eligibility.moc"
