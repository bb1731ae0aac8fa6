#include "ApplicantValidator.h"
#include "RegionTable.h"

#include <QTest>

using namespace loket;

namespace {

// A woman born 5 March 1990 in Pahandut, Kota Palangka Raya: everything consistent.
Person validPerson()
{
    Person person;
    person.nik = QStringLiteral("6271014503900002");
    person.kkNumber = QStringLiteral("6271011502200001");
    person.fullName = QStringLiteral("Sari Dewi Lestari");
    person.birthPlace = QStringLiteral("Palangka Raya");
    person.birthDate = QDate(1990, 3, 5);
    person.sex = QStringLiteral("P");
    person.address = QStringLiteral("Jl. Tjilik Riwut Km. 1 No. 12, RT 002/RW 003");
    person.provinceCode = QStringLiteral("62");
    person.regencyCode = QStringLiteral("62.71");
    person.districtCode = QStringLiteral("62.71.01");
    person.phone = QStringLiteral("0812-3456-7890");
    return person;
}

Organisation validOrganisation()
{
    Organisation organisation;
    organisation.name = QStringLiteral("Yayasan Kasih Bunda");
    organisation.deedNumber = QStringLiteral("Akta No. 12 Tanggal 3 Mei 2019");
    organisation.decreeNumber = QStringLiteral("AHU-0012345.AH.01.04.Tahun 2019");
    organisation.npwp = QStringLiteral("01.234.567.8-901.000");
    organisation.address = QStringLiteral("Jl. G. Obos No. 5, Palangka Raya");
    organisation.chairName = QStringLiteral("Maria Ulfah");
    organisation.phone = QStringLiteral("0536-3221234");
    return organisation;
}

enum class Expect { Nothing, Error, Warning };

} // namespace

Q_DECLARE_METATYPE(Person)
Q_DECLARE_METATYPE(Organisation)
Q_DECLARE_METATYPE(Expect)

class TestApplicantValidator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void person_data();
    void person();
    void organisation_data();
    void organisation();

private:
    void verifyProblems(const QList<FieldProblem>& problems);
    const QDate m_today = QDate(2026, 11, 22);
    RegionTable m_regions;
};

void TestApplicantValidator::initTestCase()
{
    m_regions = RegionTable::builtIn();
    QVERIFY(m_regions.size() > 7000);
}

// Checks the rows' expectations: the problems are on `field` only, with the expected severity,
// and each message names what the clerk must know.
void TestApplicantValidator::verifyProblems(const QList<FieldProblem>& problems)
{
    QFETCH(Expect, expect);
    QFETCH(QString, field);
    QFETCH(QStringList, mentions);

    QStringList seen;
    for (const FieldProblem& problem : problems)
        seen << problem.field + QStringLiteral(": ") + problem.message;
    const QString all = seen.join(QLatin1Char('\n'));

    if (expect == Expect::Nothing) {
        QVERIFY2(problems.isEmpty(), qPrintable(all));
        QVERIFY(!ApplicantValidator::hasErrors(problems));
        return;
    }
    QVERIFY2(!problems.isEmpty(), "a problem was expected");
    const auto severity
        = expect == Expect::Error ? FieldProblem::Severity::Error : FieldProblem::Severity::Warning;
    for (const FieldProblem& problem : problems) {
        QVERIFY2(problem.field == field, qPrintable(all));
        QVERIFY2(problem.severity == severity, qPrintable(all));
        QVERIFY2(!problem.message.isEmpty(), qPrintable(all));
    }
    QCOMPARE(ApplicantValidator::hasErrors(problems), expect == Expect::Error);
    for (const QString& text : mentions)
        QVERIFY2(all.contains(text), qPrintable(QStringLiteral("no \"%1\" in: %2").arg(text, all)));
}

void TestApplicantValidator::person_data()
{
    QTest::addColumn<Person>("person");
    QTest::addColumn<Expect>("expect");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("mentions");

    const Person valid = validPerson();
    QTest::addRow("valid person") << valid << Expect::Nothing << QString() << QStringList();

    Person p = valid;
    p.kkNumber.clear();
    p.birthDate = QDate();
    p.sex.clear();
    p.phone.clear();
    p.address.clear();
    p.provinceCode.clear();
    QTest::addRow("NIK and name only") << p << Expect::Nothing << QString() << QStringList();

    p = valid;
    p.sex = QStringLiteral("L");
    p.nik = QStringLiteral("6271010503900001");
    QTest::addRow("valid man") << p << Expect::Nothing << QString() << QStringList();

    const QString nik = QStringLiteral("nik");
    p = valid;
    p.nik = QStringLiteral("627101450390000");
    QTest::addRow("NIK of 15 digits")
        << p << Expect::Error << nik << QStringList { QStringLiteral("16"), QStringLiteral("15") };
    p.nik = QStringLiteral("62710145039000021");
    QTest::addRow("NIK of 17 digits")
        << p << Expect::Error << nik << QStringList { QStringLiteral("16"), QStringLiteral("17") };
    p.nik.clear();
    QTest::addRow("empty NIK") << p << Expect::Error << nik << QStringList { QStringLiteral("16") };
    p.nik = QStringLiteral("62710145O3900002");
    QTest::addRow("NIK with a letter O")
        << p << Expect::Error << nik << QStringList { QStringLiteral("\"O\"") };
    p.nik = QStringLiteral("6271013102900001");
    p.birthDate = QDate();
    p.sex.clear();
    QTest::addRow("NIK with 31 February")
        << p << Expect::Error << nik << QStringList { QStringLiteral("310290") };
    p.nik = QStringLiteral("6271017503900002");
    QTest::addRow("NIK with day 35 for a woman")
        << p << Expect::Error << nik << QStringList { QStringLiteral("750390") };
    p = valid;
    p.nik = QStringLiteral("9901014503900002");
    QTest::addRow("NIK of an unknown province")
        << p << Expect::Error << nik << QStringList { QStringLiteral("99") };

    p = valid;
    p.nik = QStringLiteral("6271094503900002");
    QTest::addRow("NIK of an unknown district: warning only")
        << p << Expect::Warning << nik
        << QStringList { QStringLiteral("09"), QStringLiteral("Kota Palangkaraya") };

    p = valid;
    p.birthDate = QDate(1990, 3, 6);
    QTest::addRow("birth date contradicts the NIK")
        << p << Expect::Error << QStringLiteral("birthDate")
        << QStringList { QStringLiteral("1990"), QStringLiteral("NIK") };
    p.birthDate = QDate(1990, 5, 3);
    QTest::addRow("day and month swapped")
        << p << Expect::Error << QStringLiteral("birthDate") << QStringList();

    p = valid;
    p.sex = QStringLiteral("L");
    QTest::addRow("sex contradicts the NIK (woman)")
        << p << Expect::Error << QStringLiteral("sex") << QStringList { QStringLiteral("female") };
    p = valid;
    p.nik = QStringLiteral("6271010503900001");
    QTest::addRow("sex contradicts the NIK (man)")
        << p << Expect::Error << QStringLiteral("sex") << QStringList { QStringLiteral("male") };

    p = valid;
    p.fullName.clear();
    QTest::addRow("empty name") << p << Expect::Error << QStringLiteral("fullName")
                                << QStringList { QStringLiteral("name") };
    p.fullName = QStringLiteral("   \t ");
    QTest::addRow("blank name") << p << Expect::Error << QStringLiteral("fullName")
                                << QStringList();
    p.fullName = QString(151, QLatin1Char('a'));
    QTest::addRow("name of 151 characters")
        << p << Expect::Error << QStringLiteral("fullName")
        << QStringList { QStringLiteral("150"), QStringLiteral("151") };
    p.fullName = QString(150, QLatin1Char('a'));
    QTest::addRow("name of 150 characters") << p << Expect::Nothing << QString() << QStringList();

    p = valid;
    p.address = QString(5000, QLatin1Char('x'));
    QTest::addRow("address of 5,000 characters")
        << p << Expect::Error << QStringLiteral("address")
        << QStringList { QStringLiteral("500"), QStringLiteral("5000") };
    p.address = QString(500, QLatin1Char('x'));
    QTest::addRow("address of 500 characters")
        << p << Expect::Nothing << QString() << QStringList();

    const QString phone = QStringLiteral("phone");
    p = valid;
    p.phone = QStringLiteral("0812-ABC-7890");
    QTest::addRow("phone with letters") << p << Expect::Error << phone << QStringList();
    p.phone = QStringLiteral("0812");
    QTest::addRow("phone too short") << p << Expect::Error << phone << QStringList();
    p.phone = QString(21, QLatin1Char('1'));
    QTest::addRow("phone too long") << p << Expect::Error << phone << QStringList();
    p.phone = QStringLiteral("08123+4567890");
    QTest::addRow("plus inside the phone") << p << Expect::Error << phone << QStringList();
    p.phone = QStringLiteral("+62 812 3456 7890");
    QTest::addRow("international phone") << p << Expect::Nothing << QString() << QStringList();

    const QString kk = QStringLiteral("kkNumber");
    p = valid;
    p.kkNumber = QStringLiteral("6271014502200001");
    QTest::addRow("KK with day 45")
        << p << Expect::Error << kk << QStringList { QStringLiteral("450220") };
    p.kkNumber = QStringLiteral("62710115022000");
    QTest::addRow("KK too short") << p << Expect::Error << kk
                                  << QStringList { QStringLiteral("14") };
    p.kkNumber = QStringLiteral("6271011502200A01");
    QTest::addRow("KK with a letter")
        << p << Expect::Error << kk << QStringList { QStringLiteral("\"A\"") };

    p = valid;
    p.provinceCode = QStringLiteral("99");
    QTest::addRow("unknown province code")
        << p << Expect::Error << QStringLiteral("province") << QStringList { QStringLiteral("99") };
}

void TestApplicantValidator::person()
{
    QFETCH(Person, person);
    verifyProblems(ApplicantValidator(m_regions, m_today).checkPerson(person));
}

void TestApplicantValidator::organisation_data()
{
    QTest::addColumn<Organisation>("organisation");
    QTest::addColumn<Expect>("expect");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("mentions");

    const Organisation valid = validOrganisation();
    QTest::addRow("valid organisation") << valid << Expect::Nothing << QString() << QStringList();
    Organisation o = valid;
    o.npwp = QStringLiteral("0123456789012345");
    QTest::addRow("16-digit NPWP") << o << Expect::Nothing << QString() << QStringList();
    o.npwp.clear();
    o.deedNumber.clear();
    o.address.clear();
    QTest::addRow("name only") << o << Expect::Nothing << QString() << QStringList();

    o = valid;
    o.name.clear();
    QTest::addRow("empty name") << o << Expect::Error << QStringLiteral("organisation.name")
                                << QStringList { QStringLiteral("name") };
    o.name = QStringLiteral("  ");
    QTest::addRow("blank name") << o << Expect::Error << QStringLiteral("organisation.name")
                                << QStringList();
    o.name = QString(151, QLatin1Char('y'));
    QTest::addRow("name too long") << o << Expect::Error << QStringLiteral("organisation.name")
                                   << QStringList { QStringLiteral("150") };

    const QString npwp = QStringLiteral("organisation.npwp");
    o = valid;
    o.npwp = QStringLiteral("12.345");
    QTest::addRow("NPWP too short")
        << o << Expect::Error << npwp << QStringList { QStringLiteral("15") };
    o.npwp = QStringLiteral("01.234.567.8-901.00A");
    QTest::addRow("NPWP with a letter") << o << Expect::Error << npwp << QStringList();
    o.npwp = QStringLiteral("01234567890123456");
    QTest::addRow("NPWP of 17 digits") << o << Expect::Error << npwp << QStringList();

    o = valid;
    o.address = QString(5000, QLatin1Char('x'));
    QTest::addRow("address of 5,000 characters")
        << o << Expect::Error << QStringLiteral("organisation.address")
        << QStringList { QStringLiteral("500"), QStringLiteral("5000") };

    o = valid;
    o.chairName = QString(201, QLatin1Char('z'));
    QTest::addRow("chair's name too long") << o << Expect::Error << QStringLiteral("organisation")
                                           << QStringList { QStringLiteral("200") };
}

void TestApplicantValidator::organisation()
{
    QFETCH(Organisation, organisation);
    verifyProblems(ApplicantValidator(m_regions, m_today).checkOrganisation(organisation));
}

QTEST_GUILESS_MAIN(TestApplicantValidator)
#include "tst_applicantvalidator.moc"
