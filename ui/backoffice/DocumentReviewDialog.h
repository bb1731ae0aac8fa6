#pragma once

#include "WorkflowModel.h"

#include <QDialog>
#include <memory>

class QTextDocument;

namespace Ui {
class DocumentReviewDialog;
}

namespace loket::ui {

// The draft as it will be issued, shown to whoever initials or signs it before they act: they
// initial (or sign, choosing in whose name), or return it to the drafter with a note.
// Ctrl+Enter approves, Ctrl+R returns, Esc cancels.
class DocumentReviewDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Initial, Sign };
    enum class Outcome { Cancelled, Approved, Returned };

    DocumentReviewDialog(Mode mode, const QString& heading, std::unique_ptr<QTextDocument> document,
                         QWidget* parent = nullptr);
    ~DocumentReviewDialog() override;

    void setSignForm(SignForm form); // preselected: the chain's
    SignForm signForm() const;
    void setNote(const QString& note);
    QString note() const;
    Outcome outcome() const { return m_outcome; }
    QString documentText() const; // what the reader sees, as plain text

    void approve();
    void returnToDrafter();

private:
    std::unique_ptr<Ui::DocumentReviewDialog> m_ui;
    std::unique_ptr<QTextDocument> m_document;
    Outcome m_outcome = Outcome::Cancelled;
};

} // namespace loket::ui
