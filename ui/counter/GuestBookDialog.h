#pragma once

#include "Clock.h"
#include "GuestBook.h"
#include "Session.h"

#include <QDialog>
#include <memory>

class QLabel;

namespace Ui {
class GuestBookDialog;
}

namespace loket::ui {

// The guest book at the counter (buku tamu): a quick form for a visitor who only asks for
// information — Enter moves to the next field, Ctrl+Enter saves and clears the form for the
// next visitor — with today's visitors listed below. Problems show next to their field and
// nothing is saved until they are fixed.
class GuestBookDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GuestBookDialog(Session& session, QWidget* parent = nullptr);
    ~GuestBookDialog() override;

    void setClock(Clock clock);
    // Saves the form; true when the entry was written (the form is then cleared).
    bool save();
    // Rereads today's visitors (of the office's day) into the list.
    void refreshToday();
    int todayCount() const;

signals:
    void guestAdded(qint64 entryId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* fieldWidget(const QString& field) const;
    GuestEntry entryFromForm() const;
    void showProblems(const ValidationMessages& problems);
    void clearForm();
    QLabel* messageLabelFor(const QString& field) const;

    std::unique_ptr<Ui::GuestBookDialog> m_ui;
    Session& m_session;
    GuestBook m_book;
    Clock m_clock = m_session.clock; // the session's, unless set otherwise
};

} // namespace loket::ui
