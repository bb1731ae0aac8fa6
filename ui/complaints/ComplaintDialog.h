#pragma once

#include "Clock.h"
#include "Complaint.h"
#include "Session.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class ComplaintDialog;
}

namespace loket {
class ComplaintStore;
}

namespace loket::ui {

// Records a complaint, aspiration or information request. The LAPOR ticket field is open only
// for the SP4N-LAPOR! channel; "Anonymous" closes the identity fields (nothing of them is
// stored). The complainant's consent to an SMS when answered can be ticked only with a valid
// mobile number, and is unticked when the number changes. Saving checks the entry with
// ComplaintStore: every problem is listed in the dialog and nothing typed is lost; on success the
// dialog closes with the recorded complaint (and the store tells whoever listens, the complaints
// list).
class ComplaintDialog : public QDialog
{
    Q_OBJECT
public:
    ComplaintDialog(Session& session, ComplaintStore& store, QWidget* parent = nullptr);
    // On its own, with a store of its own that nobody listens to.
    explicit ComplaintDialog(Session& session, QWidget* parent = nullptr);
    ~ComplaintDialog() override;

    void setClock(Clock clock);

    void setDraft(const ComplaintDraft& draft);
    ComplaintDraft draft() const;
    // The complaint recorded by the last successful save.
    std::optional<Complaint> recorded() const { return m_recorded; }
    QString message() const; // the problems shown, if any

    void accept() override; // saves; stays open (with the message) when it cannot

private:
    ComplaintDialog(Session& session, ComplaintStore* store, std::unique_ptr<ComplaintStore> own,
                    QWidget* parent);
    void channelChosen();
    void anonymityChanged();
    void updateSmsConsent();
    QDateTime wallClock(const QDateTime& moment) const;

    std::unique_ptr<Ui::ComplaintDialog> m_ui;
    Session& m_session;
    std::unique_ptr<ComplaintStore> m_ownStore; // when on its own
    ComplaintStore& m_store;
    Clock m_clock = m_session.clock; // the session's, unless set otherwise
    std::optional<Complaint> m_recorded;
};

} // namespace loket::ui
