// The SMS consent tick at the counter (UU 27/2022): offered only with a mobile number, stored
// with the case when ticked, and printed on the receipt either way.
#include "CaseQueries.h"
#include "ChecklistWidget.h"
#include "CounterFixture.h"
#include "CounterWidget.h"
#include "DocumentPrinter.h"
#include "ServicePanel.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace loket;
using namespace loket::testing;

class TestSmsConsent : public QObject
{
    Q_OBJECT
private slots:
    void offeredOnlyWithAMobileNumber_data();
    void offeredOnlyWithAMobileNumber();
    void storedAndPrinted_data();
    void storedAndPrinted();

private:
    static void type(QWidget* root, const char* name, const QString& text)
    {
        auto* edit = root->findChild<QLineEdit*>(QString::fromLatin1(name));
        QVERIFY2(edit, name);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
};

void TestSmsConsent::offeredOnlyWithAMobileNumber_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("offered");
    QTest::addRow("none") << "" << false;
    QTest::addRow("landline") << "0536-3221234" << false;
    QTest::addRow("too short") << "08123" << false;
    QTest::addRow("letters") << "0812-34x6-7890" << false;
    QTest::addRow("mobile 08") << "0812-5555-1234" << true;
    QTest::addRow("mobile +62") << "+62 812 5555 1234" << true;
}

void TestSmsConsent::offeredOnlyWithAMobileNumber()
{
    QFETCH(QString, phone);
    QFETCH(bool, offered);
    CounterFixture fixture;
    QVERIFY(fixture.open(QStringLiteral("palangka-raya")));
    ui::CounterWidget counter(*fixture.session);
    counter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&counter));
    auto* consent = counter.findChild<QCheckBox*>(QStringLiteral("smsConsentCheckBox"));
    QVERIFY(consent);
    QVERIFY(!consent->isEnabled());
    type(&counter, "phoneLineEdit", QStringLiteral("081255551234"));
    QVERIFY(consent->isEnabled());
    consent->setChecked(true);
    // Another number asks again: the consent was given for the one written before.
    counter.findChild<QLineEdit*>(QStringLiteral("phoneLineEdit"))->clear();
    QVERIFY(!consent->isChecked());
    if (!phone.isEmpty())
        type(&counter, "phoneLineEdit", phone);
    QCOMPARE(consent->isEnabled(), offered);
    if (!offered)
        QVERIFY2(consent->toolTip().contains(QStringLiteral("mobile")),
                 qPrintable(consent->toolTip()));
}

void TestSmsConsent::storedAndPrinted_data()
{
    QTest::addColumn<bool>("ticked");
    QTest::addColumn<QString>("printed");
    QTest::addRow("agreed") << true << "Ya";
    QTest::addRow("not agreed") << false << "Tidak";
}

void TestSmsConsent::storedAndPrinted()
{
    QFETCH(bool, ticked);
    QFETCH(QString, printed);
    CounterFixture fixture;
    QVERIFY(fixture.open(QStringLiteral("palangka-raya")));
    ui::CounterWidget counter(*fixture.session);
    counter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&counter));
    counter.servicePanel().selectService(QStringLiteral("PKY-01"));
    type(&counter, "nikLineEdit", QStringLiteral("6271014503900002"));
    type(&counter, "nameLineEdit", QStringLiteral("Sari Wulandari"));
    type(&counter, "addressLineEdit", QStringLiteral("Jl. Ahmad Yani No. 7"));
    type(&counter, "phoneLineEdit", QStringLiteral("0812-5555-1234"));
    auto* consent = counter.findChild<QCheckBox*>(QStringLiteral("smsConsentCheckBox"));
    if (ticked)
        QTest::mouseClick(consent, Qt::LeftButton, {}, QPoint(4, consent->height() / 2));
    QCOMPARE(consent->isChecked(), ticked);
    QTest::mouseClick(counter.findChild<QPushButton*>(QStringLiteral("allPresentButton")),
                      Qt::LeftButton);
    QList<ChecklistItem> items = counter.checklist().items();
    for (ChecklistItem& item : items)
        item.state = ChecklistItem::State::Present;
    counter.checklist().setItems(items);
    QTest::keyClick(&counter, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(counter.currentCase().has_value(), qPrintable(counter.message()));
    const QString number = counter.currentCase()->number;

    const std::optional<Case> stored = CaseQueries(fixture.database).find(number);
    QVERIFY(stored);
    QCOMPARE(stored->smsConsent, ticked);
    QSqlQuery query(fixture.database.connection());
    query.prepare(QStringLiteral("SELECT sms_consent_at FROM cases WHERE case_number = :n"));
    query.bindValue(QStringLiteral(":n"), number);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).isNull(), !ticked); // when it was given

    const QString pdf = fixture.dir.filePath(QStringLiteral("receipt.pdf"));
    counter.printer().setPathChooser([&pdf](QWidget*, const QString&) { return pdf; });
    QVERIFY(counter.saveReceiptPdf());
    const QString text = pdfText(pdf);
    // After the phone number; pdftotext may break the line anywhere.
    const QRegularExpression line(
        QStringLiteral("0812-5555-1234\\s+\\(bersedia\\s+menerima\\s+pemberitahuan\\s+SMS:\\s*")
        + printed + QStringLiteral("\\)"));
    QVERIFY2(line.match(text).hasMatch(), qPrintable(text));
}

QTEST_MAIN(TestSmsConsent)
#include "tst_smsconsent.moc"
