// The clerk's list of the day's messages (copy, WhatsApp link, marked sent by hand) and the
// administrator's SMS texts with their length in parts.
#include "CaseMessagesPanel.h"
#include "CaseStore.h"
#include "CounterFixture.h"
#include "NotificationSettings.h"
#include "NotificationStore.h"
#include "NotificationTemplatesDialog.h"
#include "NotificationsDialog.h"
#include "Notifier.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUrlQuery>

using namespace loket;
using namespace loket::testing;

namespace {

// With LOKET_SCREENSHOTS=DIR (README's screenshots, taken under Xvfb) the dialog is saved there.
void screenshot(QWidget& widget, const char* name)
{
    const QString dir = qEnvironmentVariable("LOKET_SCREENSHOTS");
    if (!dir.isEmpty())
        widget.grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name));
}

} // namespace

class TestNotificationsDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listCopyWhatsAppAndMarkSent();
    void otherDayIsEmpty();
    void templatesShowPartsAndRefuseTooLong();
    void caseViewShowsTheCasesMessages();

private:
    qint64 queueProductReady(const QString& nik, const QString& phone);
    std::unique_ptr<CounterFixture> m_f;
};

void TestNotificationsDialog::init()
{
    m_f = std::make_unique<CounterFixture>();
    QVERIFY(m_f->open(QStringLiteral("palangka-raya")));
}

void TestNotificationsDialog::cleanup()
{
    m_f.reset();
}

qint64 TestNotificationsDialog::queueProductReady(const QString& nik, const QString& phone)
{
    ui::Session& session = *m_f->session;
    CaseDraft draft;
    draft.serviceCode = QStringLiteral("PKY-08");
    draft.person.nik = nik;
    draft.person.fullName = QStringLiteral("Sari Wulandari");
    draft.person.phone = phone;
    draft.smsConsent = true;
    const Service* service = session.catalog.service(draft.serviceCode);
    for (int i = 0; i < service->requirements.size(); ++i)
        draft.checklist << ChecklistItem { i, {}, ChecklistItem::State::Present, {}, {} };
    QString error, reason;
    const auto registered = CaseStore(session.database, session.catalog, session.calendar)
                                .registerCase(draft, session.user, session.clock(), &error);
    if (!registered) {
        qWarning("%s", qPrintable(error));
        return 0;
    }
    return Notifier(session.database, session.catalog, session.clock)
        .notifyCase(registered->id, NotificationEvent::ProductReady, &reason, &error);
}

void TestNotificationsDialog::listCopyWhatsAppAndMarkSent()
{
    QVERIFY(queueProductReady(QStringLiteral("6271014503900002"), QStringLiteral("0812-5555-1234"))
            > 0);
    QVERIFY(queueProductReady(QStringLiteral("6271014503900003"), QStringLiteral("081255556789"))
            > 0);
    ui::NotificationsDialog dialog(*m_f->session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.rowCount(), 2);
    // No modem set up: the clerk sends by hand.
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("sendButton"))->isVisible());
    QVERIFY(dialog.message().contains(QStringLiteral("WhatsApp")));
    auto* mark = dialog.findChild<QPushButton*>(QStringLiteral("markSentButton"));
    QVERIFY(!mark->isEnabled()); // nothing chosen yet

    dialog.selectRow(1);
    screenshot(dialog, "notifications.png");
    const Notification sms = *dialog.selected();
    QCOMPARE(sms.phone, QStringLiteral("+6281255556789"));
    QVERIFY(dialog.copySelected());
    QCOMPARE(QApplication::clipboard()->text(), sms.text);

    QUrl opened;
    dialog.setLinkOpener([&opened](const QUrl& link) {
        opened = link;
        return true;
    });
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("whatsAppButton")),
                      Qt::LeftButton);
    QCOMPARE(opened.host(), QStringLiteral("wa.me"));
    QCOMPARE(opened.path(), QStringLiteral("/6281255556789"));
    QCOMPARE(QUrlQuery(opened).queryItemValue(QStringLiteral("text"), QUrl::FullyDecoded),
             sms.text);

    QVERIFY(mark->isEnabled());
    QTest::mouseClick(mark, Qt::LeftButton);
    QString error;
    QCOMPARE(NotificationStore(m_f->database).find(sms.id, &error)->state,
             NotificationState::Copied);
    QCOMPARE(dialog.selected()->id, sms.id); // still chosen, now done
    QVERIFY(!mark->isEnabled());
    dialog.selectRow(0);
    QCOMPARE(dialog.selected()->state, NotificationState::Queued);
}

void TestNotificationsDialog::otherDayIsEmpty()
{
    QVERIFY(queueProductReady(QStringLiteral("6271014503900002"), QStringLiteral("081255551234"))
            > 0);
    ui::NotificationsDialog dialog(*m_f->session);
    QCOMPARE(dialog.rowCount(), 1);
    dialog.setDay(m_f->session->today().addDays(-1));
    QCOMPARE(dialog.rowCount(), 0);
    QVERIFY(dialog.message().contains(QStringLiteral("No notifications")));
}

void TestNotificationsDialog::templatesShowPartsAndRefuseTooLong()
{
    ui::NotificationTemplatesDialog dialog(m_f->database, m_f->session->catalog);
    QPlainTextEdit* editor = dialog.editor(NotificationEvent::ProductReady);
    QVERIFY(editor);
    QVERIFY(editor->toPlainText().contains(QStringLiteral("{nomor}"))); // the office's default
    editor->setPlainText(QStringLiteral("{nomor} siap."));
    QVERIFY2(dialog.lengthText(NotificationEvent::ProductReady).contains(QStringLiteral("1 SMS")),
             qPrintable(dialog.lengthText(NotificationEvent::ProductReady)));
    dialog.findChild<QSpinBox*>(QStringLiteral("maxPartsSpinBox"))->setValue(2);
    editor->setPlainText(QStringLiteral("{layanan} {tempat} {kantor} ").repeated(3));
    QVERIFY2(
        dialog.lengthText(NotificationEvent::ProductReady).contains(QStringLiteral("too long")),
        qPrintable(dialog.lengthText(NotificationEvent::ProductReady)));
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.message().contains(QStringLiteral("at most 2")), qPrintable(dialog.message()));
    dialog.show();
    screenshot(dialog, "sms-messages.png");
    QString error;
    QVERIFY(NotificationSettings(m_f->database)
                .templateText(NotificationEvent::ProductReady, &error)
                .contains(QStringLiteral("{tanggal}"))); // nothing saved

    editor->setPlainText(QStringLiteral("{nomor} siap diambil, {kantor}."));
    // The other default texts need three parts with Palangka Raya's longest service name.
    dialog.findChild<QSpinBox*>(QStringLiteral("maxPartsSpinBox"))->setValue(3);
    dialog.findChild<QLineEdit*>(QStringLiteral("gammuConfigLineEdit"))
        ->setText(QStringLiteral("/etc/gammu-smsdrc"));
    QVERIFY2(dialog.save(), qPrintable(dialog.message()));
    NotificationSettings settings(m_f->database);
    QCOMPARE(settings.templateText(NotificationEvent::ProductReady, &error),
             QStringLiteral("{nomor} siap diambil, {kantor}."));
    QCOMPARE(settings.maxParts(&error), 3);
    QCOMPARE(settings.gammuConfig(&error), QStringLiteral("/etc/gammu-smsdrc"));
}

void TestNotificationsDialog::caseViewShowsTheCasesMessages()
{
    const qint64 first
        = queueProductReady(QStringLiteral("6271014503900002"), QStringLiteral("081255551234"));
    QVERIFY(queueProductReady(QStringLiteral("6271014503900003"), QStringLiteral("081255556789"))
            > 0);
    QString error;
    NotificationStore store(m_f->database);
    const Notification sms = *store.find(first, &error);
    const QList<Notification> messages = store.forCase(sms.caseId, &error);
    QCOMPARE(messages.size(), 1); // the other case's message is not this case's
    ui::CaseMessagesPanel panel;
    const QTimeZone zone = QTimeZone(7 * 3600);
    panel.setMessages(messages, true, zone);
    QCOMPARE(panel.rowCount(), 1);
    QVERIFY(panel.consentText().contains(QStringLiteral("agreed")));
    auto* table = panel.findChild<QTableWidget*>(QStringLiteral("messagesTableWidget"));
    QVERIFY(table->item(0, 2)->text().startsWith(sms.text));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Queued"));
    panel.setMessages({}, false, zone);
    QCOMPARE(panel.rowCount(), 0);
    QVERIFY(panel.consentText().contains(QStringLiteral("did not agree")));
}

QTEST_MAIN(TestNotificationsDialog)
#include "tst_notificationsdialog.moc"
