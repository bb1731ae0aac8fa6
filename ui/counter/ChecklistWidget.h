#pragma once

#include "CaseModel.h"
#include "Catalog.h"

#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class ChecklistWidget;
}

namespace loket::ui {

// The requirement checklist: one line per requirement of the service, with its condition
// (renewals only, if any, one of several…). A tick means present; items that need not be
// there can be marked "not applicable". Eligibility rules are checked against the applicant;
// ticking an item whose rule is not met asks for a written reason, which is kept.
class ChecklistWidget : public QWidget
{
    Q_OBJECT
public:
    // Asks the clerk why an unmet rule is overridden; empty = cancelled. Injected for tests.
    using ReasonPrompt = std::function<QString(const QString& requirement, const QString& finding)>;

    // `today` dates the eligibility rules (age from the NIK): the session's, never the system's.
    explicit ChecklistWidget(std::function<QDate()> today, QWidget* parent = nullptr);
    ~ChecklistWidget() override;

    void setService(const Service* service);
    void setApplicant(const Person& person);
    void setRenewal(bool renewal);
    bool isRenewal() const;
    void setItems(const QList<ChecklistItem>& items); // a returning file
    QList<ChecklistItem> items() const;
    QStringList missing() const;
    void setReasonPrompt(ReasonPrompt prompt) { m_prompt = std::move(prompt); }
    void markAllPresent();
    void focusItems(); // keyboard focus on the first visible item

signals:
    void changed();

private:
    enum Column { StateColumn, RequirementColumn, CheckColumn, NoteColumn };
    void rebuild();
    void refreshEligibility();
    void updateSummary();
    void onItemChanged(int row, int column);
    bool applies(const Requirement& requirement) const;
    QString conditionText(const Requirement& requirement) const;

    std::unique_ptr<Ui::ChecklistWidget> m_ui;
    const Service* m_service = nullptr;
    Person m_person;
    QList<QString> m_overrideReasons; // per requirement
    QList<bool> m_ruleUnmet; // per requirement
    ReasonPrompt m_prompt;
    bool m_updating = false;
    std::function<QDate()> m_today;
};

} // namespace loket::ui
