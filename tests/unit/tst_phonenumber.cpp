// Mobile numbers as the counter writes them, normalised for the SMS gateway (+628…), and the
// numbers that cannot take an SMS refused with what to fix.
#include "PhoneNumber.h"

#include <QTest>

using namespace loket;

class TestPhoneNumber : public QObject
{
    Q_OBJECT
private slots:
    void normalises_data();
    void normalises();
    void refuses_data();
    void refuses();
    void waLinkNumber();
};

void TestPhoneNumber::normalises_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("expected");
    QTest::addRow("08, plain") << "081234567890"
                               << "+6281234567890";
    QTest::addRow("08, dashes") << "0812-3456-7890"
                                << "+6281234567890";
    QTest::addRow("08, spaces and dots") << " 0812 3456.789 "
                                         << "+628123456789";
    QTest::addRow("62") << "6281234567890"
                        << "+6281234567890";
    QTest::addRow("+62") << "+6281234567890"
                         << "+6281234567890";
    QTest::addRow("+62 with spaces") << "+62 812 3456 7890"
                                     << "+6281234567890";
    QTest::addRow("(+62) brackets") << "(0812) 345-678"
                                    << "+62812345678";
    QTest::addRow("8 without 0") << "81234567890"
                                 << "+6281234567890";
    QTest::addRow("shortest: 10 digits") << "0812345678"
                                         << "+62812345678";
    QTest::addRow("longest: 13 digits") << "0812345678901"
                                        << "+62812345678901";
}

void TestPhoneNumber::normalises()
{
    QFETCH(QString, written);
    QFETCH(QString, expected);
    ValidationMessage problem;
    QCOMPARE(PhoneNumber::normalise(written, &problem), expected);
    QVERIFY2(problem.code.isEmpty(), qPrintable(problem.text));
    QVERIFY(PhoneNumber::isValid(written));
}

void TestPhoneNumber::refuses_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions"); // what the message must say
    QTest::addRow("empty") << "  "
                           << "phone.empty"
                           << "08";
    QTest::addRow("letters") << "0812-ABC-789"
                             << "phone.characters"
                             << "\"A\"";
    QTest::addRow("landline Palangka Raya") << "0536-3221234"
                                            << "phone.landline"
                                            << "08";
    QTest::addRow("landline +62") << "+62 536 3221234"
                                  << "phone.landline"
                                  << "08";
    QTest::addRow("too short") << "0812345"
                               << "phone.length"
                               << "10 to 13";
    QTest::addRow("too long") << "08123456789012"
                              << "phone.length"
                              << "10 to 13";
    QTest::addRow("foreign") << "+60123456789"
                             << "phone.country"
                             << "+62";
    QTest::addRow("plus in the middle") << "0812+3456789"
                                        << "phone.characters"
                                        << "\"+\"";
}

void TestPhoneNumber::refuses()
{
    QFETCH(QString, written);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    ValidationMessage problem;
    QCOMPARE(PhoneNumber::normalise(written, &problem), QString());
    QCOMPARE(problem.code, code);
    QVERIFY2(problem.text.contains(mentions), qPrintable(problem.text));
    QVERIFY(!PhoneNumber::isValid(written));
}

void TestPhoneNumber::waLinkNumber()
{
    QCOMPARE(PhoneNumber::withoutPlus(QStringLiteral("+6281234567890")),
             QStringLiteral("6281234567890"));
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
