// From what happens to a case or complaint to a queued message: only with the applicant's (or
// the complainant's own) consent and a mobile number, with the office's text filled in, by SMS
// where a modem is set up and by hand otherwise.
#include "ComplaintTestSupport.h"
#include "NotificationSettings.h"
#include "NotificationStore.h"
#include "Notifier.h"
#include "SmsLength.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace loket;
using namespace loket::test;

class TestNotifier : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void productReadyQueuedWithConsent();
    void consentAndPhoneRespected_data();
    void consentAndPhoneRespected();
    void incompleteFileAtIntake();
    void smsChannelWhenGatewaySet();
    void complaintAnsweredForTheCasesApplicant_data();
    void complaintAnsweredForTheCasesApplicant();
    void complaintAnsweredWithItsOwnConsent_data();
    void complaintAnsweredWithItsOwnConsent();
    void markCopiedOnlyOnce();
    void whatsAppLinkEncodesTheText();

private:
    // Registers a case at the counter through the notifier-watched store; returns its id.
    qint64 registerCase(bool consent, const QString& phone, bool complete = true);
    QList<Notification> all() const;

    std::unique_ptr<ComplaintFixture> m_f;
    std::unique_ptr<CaseStore> m_cases;
    std::unique_ptr<Notifier> m_notifier;
    QDateTime m_now = at("2024-01-02T09:00:00+07:00");
};

void TestNotifier::init()
{
    m_f = std::make_unique<ComplaintFixture>();
    QVERIFY(m_f->open());
    m_cases = std::make_unique<CaseStore>(*m_f->database, *m_f->catalog, m_f->calendar);
    m_notifier
        = std::make_unique<Notifier>(*m_f->database, *m_f->catalog, [this] { return m_now; });
    m_notifier->watch(m_cases.get());
}

void TestNotifier::cleanup()
{
    m_notifier.reset();
    m_cases.reset();
    m_f.reset();
}

qint64 TestNotifier::registerCase(bool consent, const QString& phone, bool complete)
{
    CaseDraft draft;
    draft.serviceCode = QStringLiteral("PKY-08");
    draft.person.nik = QStringLiteral("6271010503900001");
    draft.person.fullName = QStringLiteral("Budi Santoso");
    draft.person.address = QStringLiteral("Jl. Tjilik Riwut Km. 1");
    draft.person.phone = phone;
    draft.smsConsent = consent;
    const Service* service = m_f->catalog->service(draft.serviceCode);
    for (int i = 0; i < service->requirements.size(); ++i) {
        ChecklistItem item;
        item.index = i;
        item.state
            = complete || i > 0 ? ChecklistItem::State::Present : ChecklistItem::State::Missing;
        draft.checklist << item;
    }
    QString error;
    const auto registered
        = m_cases->registerCase(draft, m_f->user(QStringLiteral("siti")), m_now, &error);
    if (!registered)
        qWarning("%s", qPrintable(error));
    return registered ? registered->id : 0;
}

QList<Notification> TestNotifier::all() const
{
    QString error;
    const QList<Notification> rows
        = NotificationStore(*m_f->database).forDay(m_now.date(), m_now.timeZone(), &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return rows;
}

void TestNotifier::productReadyQueuedWithConsent()
{
    const qint64 id = registerCase(true, QStringLiteral("0812-3456-7890"));
    QVERIFY(id > 0);
    QVERIFY(all().isEmpty()); // a complete file says nothing yet
    QSignalSpy queued(m_notifier.get(), &Notifier::queued);
    m_notifier->caseStatusChanged(id, CaseStatus::AwaitingSignoff, CaseStatus::ProductReady);
    QCOMPARE(queued.size(), 1);
    const QList<Notification> rows = all();
    QCOMPARE(rows.size(), 1);
    const Notification& sms = rows.first();
    QCOMPARE(sms.id, queued.first().first().toLongLong());
    QCOMPARE(sms.caseId, id);
    QCOMPARE(sms.event, NotificationEvent::ProductReady);
    QCOMPARE(sms.phone, QStringLiteral("+6281234567890"));
    QCOMPARE(sms.channel, NotificationChannel::Manual); // no modem configured
    QCOMPARE(sms.state, NotificationState::Queued);
    QVERIFY(sms.gatewayRef.isEmpty());
    const QString number = sms.reference;
    QVERIFY(!number.isEmpty());
    // The office's default text, filled in.
    QVERIFY2(sms.text.startsWith(QStringLiteral("Dinas Sosial Kota Palangka Raya: ")),
             qPrintable(sms.text));
    QVERIFY2(sms.text.contains(QStringLiteral("nomor ") + number), qPrintable(sms.text));
    QVERIFY2(sms.text.contains(QStringLiteral("mulai 2 Januari 2024")), qPrintable(sms.text));
    QVERIFY(!sms.text.contains(QLatin1Char('{')));
    QVERIFY(!SmsLength::of(sms.text).unicode); // the address's dash went plain
    // Other moves say nothing.
    m_notifier->caseStatusChanged(id, CaseStatus::Registered, CaseStatus::InVerification);
    QCOMPARE(all().size(), 1);
}

void TestNotifier::consentAndPhoneRespected_data()
{
    QTest::addColumn<bool>("consent");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("reason");
    QTest::addRow("no consent") << false << "081234567890"
                                << "did not agree";
    QTest::addRow("consent, no phone") << true << ""
                                       << "mobile number";
    QTest::addRow("consent, landline") << true << "0536-3221234"
                                       << "not a mobile";
}

void TestNotifier::consentAndPhoneRespected()
{
    QFETCH(bool, consent);
    QFETCH(QString, phone);
    QFETCH(QString, reason);
    const qint64 id = registerCase(consent, phone);
    QVERIFY(id > 0);
    QString why, error;
    QCOMPARE(m_notifier->notifyCase(id, NotificationEvent::ProductReady, &why, &error), 0);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(why.contains(reason), qPrintable(why));
    m_notifier->caseStatusChanged(id, CaseStatus::AwaitingSignoff, CaseStatus::ProductReady);
    QVERIFY(all().isEmpty());
}

void TestNotifier::incompleteFileAtIntake()
{
    const qint64 id = registerCase(true, QStringLiteral("+62 812 3456 7890"), false);
    QVERIFY(id > 0);
    const QList<Notification> rows = all();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().event, NotificationEvent::Incomplete);
    QVERIFY2(rows.first().text.contains(QStringLiteral("belum lengkap")),
             qPrintable(rows.first().text));
    // Completing it later tells nothing more: the clock starts, the product is not ready.
    QCOMPARE(all().size(), 1);
}

void TestNotifier::smsChannelWhenGatewaySet()
{
    QString error;
    NotificationSettings settings(*m_f->database);
    QVERIFY(settings.setGammuConfig(QStringLiteral("/etc/gammu-smsdrc"), &error));
    QVERIFY(settings.setTemplateText(NotificationEvent::ProductReady,
                                     QStringLiteral("{nomor} siap, {kantor}"), &error));
    const qint64 id = registerCase(true, QStringLiteral("081234567890"));
    m_notifier->caseStatusChanged(id, CaseStatus::AwaitingSignoff, CaseStatus::ProductReady);
    const QList<Notification> rows = all();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().channel, NotificationChannel::Sms);
    QCOMPARE(rows.first().text,
             rows.first().reference + QStringLiteral(" siap, Dinas Sosial Kota Palangka Raya"));
    QCOMPARE(NotificationStore(*m_f->database).awaitingGateway(&error).size(), 1);

    // The modem taken away: the next message is the clerk's to send.
    QVERIFY2(settings.setGammuConfig(QString(), &error), qPrintable(error));
    QCOMPARE(settings.gammuConfig(&error), QString());
    QString reason;
    const qint64 next
        = m_notifier->notifyCase(id, NotificationEvent::ProductReady, &reason, &error);
    QVERIFY2(next > 0, qPrintable(reason + error));
    QCOMPARE(NotificationStore(*m_f->database).find(next, &error)->channel,
             NotificationChannel::Manual);
}

void TestNotifier::complaintAnsweredForTheCasesApplicant_data()
{
    QTest::addColumn<bool>("consent");
    QTest::addColumn<QString>("complainantNik");
    QTest::addColumn<bool>("aboutCase");
    QTest::addColumn<bool>("queued");
    QTest::addRow("the applicant, consented") << true << "6271010503900001" << true << true;
    QTest::addRow("the applicant, no consent") << false << "6271010503900001" << true << false;
    QTest::addRow("someone else") << true << "6271010503900002" << true << false;
    QTest::addRow("about no case") << true << "6271010503900001" << false << false;
}

void TestNotifier::complaintAnsweredForTheCasesApplicant()
{
    QFETCH(bool, consent);
    QFETCH(QString, complainantNik);
    QFETCH(bool, aboutCase);
    QFETCH(bool, queued);
    const qint64 caseId = registerCase(consent, QStringLiteral("081234567890"));
    QSqlQuery query(m_f->database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT case_number FROM cases WHERE id = %1").arg(caseId))
            && query.next());
    ComplaintDraft draft = ComplaintFixture::draft();
    draft.nik = complainantNik;
    if (aboutCase)
        draft.caseNumber = query.value(0).toString();
    const QString number = m_f->record(m_now, draft);
    QVERIFY(!number.isEmpty());
    const qint64 complaintId = m_f->queries().idOf(number).value_or(0);
    m_notifier->complaintChanged(complaintId, ComplaintStatus::FollowedUp,
                                 ComplaintStatus::Answered);
    const QList<Notification> rows = all();
    QCOMPARE(rows.size(), queued ? 1 : 0);
    if (queued) {
        QCOMPARE(rows.first().event, NotificationEvent::ComplaintAnswered);
        QCOMPARE(rows.first().complaintId, complaintId);
        QCOMPARE(rows.first().caseId, caseId); // shown with the case too
        QCOMPARE(rows.first().reference, number);
        QVERIFY2(rows.first().text.contains(number), qPrintable(rows.first().text));
    }
}

void TestNotifier::complaintAnsweredWithItsOwnConsent_data()
{
    QTest::addColumn<bool>("consent");
    QTest::addColumn<bool>("anonymous");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("aboutCase"); // another applicant's case, without consent
    QTest::addColumn<QString>("sentTo"); // empty: nothing queued
    QTest::addRow("consented, no case")
        << true << false << "0812-5100-2231" << false << "+6281251002231";
    QTest::addRow("consented, someone else's case")
        << true << false << "0812-5100-2231" << true << "+6281251002231";
    QTest::addRow("no consent") << false << false << "0812-5100-2231" << false << "";
    QTest::addRow("no consent, someone else's case")
        << false << false << "0812-5100-2231" << true << "";
    QTest::addRow("consented, landline") << true << false << "0536-3221234" << false << "";
    QTest::addRow("anonymous") << true << true << "0812-5100-2231" << false << "";
}

void TestNotifier::complaintAnsweredWithItsOwnConsent()
{
    QFETCH(bool, consent);
    QFETCH(bool, anonymous);
    QFETCH(QString, phone);
    QFETCH(bool, aboutCase);
    QFETCH(QString, sentTo);
    ComplaintDraft draft = ComplaintFixture::draft();
    draft.nik = QStringLiteral("6271010503900002");
    draft.phone = phone;
    draft.anonymous = anonymous;
    draft.smsConsent = consent;
    if (aboutCase) {
        const qint64 caseId = registerCase(false, QStringLiteral("081234567890"));
        QSqlQuery query(m_f->database->connection());
        QVERIFY(
            query.exec(QStringLiteral("SELECT case_number FROM cases WHERE id = %1").arg(caseId))
            && query.next());
        draft.caseNumber = query.value(0).toString();
    }
    const QString number = m_f->record(m_now, draft);
    QVERIFY(!number.isEmpty());
    const auto stored = m_f->queries().find(number);
    QVERIFY(stored);
    QCOMPARE(stored->smsConsent, consent && !anonymous);
    QCOMPARE(stored->smsConsentAt.isValid(), consent && !anonymous);
    m_notifier->complaintChanged(stored->id, ComplaintStatus::FollowedUp,
                                 ComplaintStatus::Answered);
    const QList<Notification> rows = all();
    QCOMPARE(rows.size(), sentTo.isEmpty() ? 0 : 1);
    if (!sentTo.isEmpty()) {
        QCOMPARE(rows.first().event, NotificationEvent::ComplaintAnswered);
        QCOMPARE(rows.first().complaintId, stored->id);
        QCOMPARE(rows.first().phone, sentTo);
        QVERIFY2(rows.first().text.contains(number), qPrintable(rows.first().text));
    }
}

void TestNotifier::markCopiedOnlyOnce()
{
    const qint64 id = registerCase(true, QStringLiteral("081234567890"));
    QString reason, error;
    const qint64 sms = m_notifier->notifyCase(id, NotificationEvent::ProductReady, &reason, &error);
    QVERIFY2(sms > 0, qPrintable(reason + error));
    NotificationStore store(*m_f->database);
    QVERIFY2(store.markCopied(sms, m_now.addSecs(60), &error), qPrintable(error));
    QCOMPARE(store.find(sms, &error)->state, NotificationState::Copied);
    QVERIFY(!store.markCopied(sms, m_now.addSecs(120), &error));
    QVERIFY2(error.contains(QStringLiteral("no longer waiting")), qPrintable(error));
    QCOMPARE(store.forCase(id, &error).size(), 1);
}

void TestNotifier::whatsAppLinkEncodesTheText()
{
    Notification sms;
    sms.phone = QStringLiteral("+6281234567890");
    sms.text = QStringLiteral("Nomor 0001/PKY-08 siap & gratis: 100% + ✓?");
    const QUrl link = whatsAppLink(sms);
    QCOMPARE(link.toString(QUrl::FullyEncoded),
             QStringLiteral("https://wa.me/6281234567890?text=Nomor%200001%2FPKY-08%20siap%20%26%20"
                            "gratis%3A%20100%25%20%2B%20%E2%9C%93%3F"));
    QCOMPARE(QUrlQuery(link).queryItemValue(QStringLiteral("text"), QUrl::FullyDecoded), sms.text);
}

QTEST_GUILESS_MAIN(TestNotifier)
#include "tst_notifier.moc"
