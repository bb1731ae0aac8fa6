#pragma once

#include "CaseModel.h"
#include "Users.h"
#include "WorkflowModel.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ReassignDialog;
class HandoverDialog;
} // namespace Ui

namespace loket::ui {

// Choose the officer a case goes to, with an optional note.
class ReassignDialog : public QDialog
{
    Q_OBJECT
public:
    // `officers`: the active back-office officers and verifiers; `current` is not offered.
    ReassignDialog(const QList<User>& officers, qint64 current, QWidget* parent = nullptr);
    ~ReassignDialog() override;

    bool selectOfficer(qint64 id);
    qint64 officerId() const;
    void setNote(const QString& note);
    QString note() const;
    int officerCount() const;

private:
    std::unique_ptr<Ui::ReassignDialog> m_ui;
};

// Who collects the product: the applicant themself (name and NIK filled in) or someone else,
// with their NIK and relation to the applicant. Core checks the NIK again.
class HandoverDialog : public QDialog
{
    Q_OBJECT
public:
    HandoverDialog(const Case& record, QWidget* parent = nullptr);
    ~HandoverDialog() override;

    // `relation`: a key ("self", "spouse", "child", "parent", "sibling", "kuasa") or own words.
    void setRecipient(const QString& relation, const QString& name, const QString& nik);
    Handover handover() const; // without who handed over and when
    void setProblem(const QString& text);
    void accept() override; // refuses an empty name or an NIK that is not 16 digits

private:
    void relationChosen();

    std::unique_ptr<Ui::HandoverDialog> m_ui;
    Person m_applicant;
};

} // namespace loket::ui
