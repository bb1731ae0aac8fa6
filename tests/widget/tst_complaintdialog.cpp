// The complaint dialog's SMS consent tick offscreen: open only with a valid mobile number and
// not for an anonymous complainant, unticked when the number changes, stored with the complaint.
#include "BackOfficeFixture.h"
#include "ComplaintDialog.h"
#include "ComplaintQueries.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace loket;
using namespace loket::test;

class TestComplaintDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void consentNeedsAMobileNumber_data();
    void consentNeedsAMobileNumber();
    void consentUntickedAndStored();

private:
    QCheckBox* consent(ui::ComplaintDialog& dialog) const
    {
        return dialog.findChild<QCheckBox*>(QStringLiteral("smsConsentCheckBox"));
    }
    QLineEdit* phone(ui::ComplaintDialog& dialog) const
    {
        return dialog.findChild<QLineEdit*>(QStringLiteral("phoneLineEdit"));
    }

    std::unique_ptr<BackOfficeFixture> m_f;
    QDateTime m_now = at("2024-02-15T10:00:00+07:00");
};

void TestComplaintDialog::init()
{
    m_f = std::make_unique<BackOfficeFixture>();
    QVERIFY(m_f->openAs(QStringLiteral("siti")));
}

void TestComplaintDialog::cleanup()
{
    m_f.reset();
}

void TestComplaintDialog::consentNeedsAMobileNumber_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("enabled");
    QTest::addRow("none") << "" << false;
    QTest::addRow("landline") << "0536-3221234" << false;
    QTest::addRow("too short") << "0812-51" << false;
    QTest::addRow("mobile") << "0812-5100-2231" << true;
    QTest::addRow("mobile, international") << "+62 812 5100 2231" << true;
}

void TestComplaintDialog::consentNeedsAMobileNumber()
{
    QFETCH(QString, typed);
    QFETCH(bool, enabled);
    ui::ComplaintDialog dialog(*m_f->session);
    QVERIFY(!consent(dialog)->isEnabled());
    QTest::keyClicks(phone(dialog), typed);
    QCOMPARE(consent(dialog)->isEnabled(), enabled);
    consent(dialog)->setChecked(true);
    QCOMPARE(dialog.draft().smsConsent, enabled);
}

void TestComplaintDialog::consentUntickedAndStored()
{
    ui::ComplaintDialog dialog(*m_f->session);
    dialog.setClock([this] { return m_now; });
    QTest::keyClicks(phone(dialog), QStringLiteral("0812-5100-223"));
    consent(dialog)->setChecked(true);
    // Another number: what was agreed for the first does not carry over.
    QTest::keyClicks(phone(dialog), QStringLiteral("1"));
    QVERIFY(consent(dialog)->isEnabled());
    QVERIFY(!consent(dialog)->isChecked());
    consent(dialog)->setChecked(true);

    auto* anonymous = dialog.findChild<QCheckBox*>(QStringLiteral("anonymousCheckBox"));
    anonymous->setChecked(true);
    QVERIFY(!consent(dialog)->isEnabled());
    QVERIFY(!dialog.draft().smsConsent);
    anonymous->setChecked(false);
    QVERIFY(consent(dialog)->isEnabled());
    QVERIFY(!consent(dialog)->isChecked());

    consent(dialog)->setChecked(true);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("nameLineEdit")),
                     QStringLiteral("Rahmat Hidayat"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("subjectLineEdit")),
                     QStringLiteral("Rekomendasi belum selesai"));
    QTest::keyClicks(dialog.findChild<QPlainTextEdit*>(QStringLiteral("descriptionPlainTextEdit")),
                     QStringLiteral("Sudah dua minggu belum ada kabar."));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.recorded());
    QVERIFY(dialog.recorded()->smsConsent);
    QString error;
    const auto stored = ComplaintQueries(*m_f->database, *m_f->catalog, m_f->calendar)
                            .find(dialog.recorded()->number, &error);
    QVERIFY2(stored, qPrintable(error));
    QVERIFY(stored->smsConsent);
    QCOMPARE(stored->phone, QStringLiteral("0812-5100-2231"));
    QCOMPARE(stored->smsConsentAt, stored->receivedAt);
}

QTEST_MAIN(TestComplaintDialog)
#include "tst_complaintdialog.moc"
