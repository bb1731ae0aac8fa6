#pragma once

#include "Clock.h"
#include "ComplaintQueries.h"
#include "ComplaintStore.h"
#include "PrintFlow.h"
#include "Session.h"

#include <QWidget>
#include <memory>

class QTableView;
class QTimer;

namespace Ui {
class ComplaintsWidget;
}

namespace loket::ui {

class ComplaintActionDialog;
class ComplaintsModel;
class LetterPrinter;

// The complaints tab: complaints, aspirations and information requests, newest first, with
// the overdue ones in red ("response 2 working days late") and those due today in amber;
// filtered by status, channel, period and lateness, searched by number, ticket, complainant or
// subject; the selected one's timeline below. The buttons follow the timeline and the user's
// roles (ComplaintStore::allowedRoles): New… and Respond… for the counter and the back office,
// Forward… to a head, Follow-up…, Answer… (the numbered letter in the print preview; for an
// answered complaint it shows the issued letter again, a reprint marked SALINAN), Close, and
// Print register… (print, PDF or CSV of a month or a year).
class ComplaintsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ComplaintsWidget(Session& session, QWidget* parent = nullptr);
    ~ComplaintsWidget() override;

    // Whether `user` gets the tab: everyone who takes part in a step (not an administrator
    // alone).
    static bool isFor(const User& user) { return ComplaintStore::mayView(user); }

    void setClock(Clock clock);
    // Where PDF and CSV files go (the register); tests choose without a file dialog.
    void setPathChooser(PrintFlow::PathChooser chooser) { m_chooser = std::move(chooser); }
    LetterPrinter& letterPrinter() { return *m_printer; }

    void refresh(); // keeps the selected complaint selected when it is still listed
    // Reads the one complaint again after it was recorded or changed, and updates, moves,
    // inserts or removes its row alone.
    void updateComplaint(qint64 complaintId);
    bool selectComplaint(const QString& number);
    QString currentNumber() const;
    void focusSearch();

    ComplaintsModel& model() { return *m_model; }
    ComplaintStore& store() { return m_store; } // what it changes: for the SMS notifier
    QTableView& view();

    // The buttons' actions, each through its dialog.
    void newComplaint();
    void respond();
    void forward();
    void followUp();
    void answer();
    void closeComplaint();
    void printRegister();

signals:
    // A complaint was recorded or moved along its timeline (e.g. to refresh reminders).
    void complaintsChanged();

private:
    void fillFilters();
    void updateButtons();
    void showDetail();
    ComplaintFilter filter() const;
    std::optional<Complaint> current() const;
    // Opens the action dialog; `step` records the note and returns an error, or empty.
    bool runStep(const QString& title, const QString& prompt,
                 const std::function<QString(const QString&, qint64)>& step,
                 const std::function<void(ComplaintActionDialog&)>& prepare = {});
    void showAnswerLetter(const Complaint& complaint);
    void changed(const QString& number);

    std::unique_ptr<Ui::ComplaintsWidget> m_ui;
    Session& m_session;
    ComplaintStore m_store;
    ComplaintQueries m_queries;
    ComplaintsModel* m_model;
    LetterPrinter* m_printer;
    QTimer* m_searchDelay;
    Clock m_clock = m_session.clock; // the session's, unless set otherwise
    PrintFlow::PathChooser m_chooser;
};

} // namespace loket::ui
