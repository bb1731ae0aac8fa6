#pragma once

#include "Notification.h"
#include "Session.h"

#include <QDesktopServices>
#include <QDialog>
#include <functional>
#include <memory>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace loket {
class GammuGateway;
}

namespace loket::ui {

// The day's messages to applicants for the clerk: number, text and what became of each. With
// the office's modem (gammu-smsd) set up, "Send by SMS" hands the queued ones over and "Read
// status" tells which went; without one, the clerk copies each text or opens its WhatsApp link
// (wa.me) and marks it sent by hand.
class NotificationsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NotificationsDialog(Session& session, QWidget* parent = nullptr);
    ~NotificationsDialog() override;

    void refresh(); // rereads the chosen day
    void setDay(const QDate& day);
    int rowCount() const;
    void selectRow(int row);
    const Notification* selected() const;

    bool copySelected(); // the text to the clipboard
    bool markSelectedCopied();
    bool sendBySms();
    bool readStatus();
    QString message() const; // what the last action said

    // Opens a wa.me link: the desktop's browser, unless a test puts something else.
    using LinkOpener = std::function<bool(const QUrl&)>;
    void setLinkOpener(LinkOpener opener) { m_openLink = std::move(opener); }
    bool openWhatsApp();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fitRows();
    void updateButtons();
    void showMessage(const QString& text, bool problem = false);

    Session& m_session;
    QDateEdit* m_dayEdit = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_whatsAppButton = nullptr;
    QPushButton* m_markButton = nullptr;
    QPushButton* m_sendButton = nullptr;
    QPushButton* m_statusButton = nullptr;
    QList<Notification> m_rows;
    std::unique_ptr<GammuGateway> m_gateway;
    LinkOpener m_openLink = [](const QUrl& link) { return QDesktopServices::openUrl(link); };
};

} // namespace loket::ui
