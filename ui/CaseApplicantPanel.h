#pragma once

#include "CaseModel.h"

#include <QWidget>
#include <memory>

namespace Ui {
class CaseApplicantPanel;
}

namespace loket::ui {

// The case view's first page: the applicant (and organisation) and the requirement checklist as
// the counter checked it, with notes and the reasons for overridden rules. Read-only.
class CaseApplicantPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CaseApplicantPanel(QWidget* parent = nullptr);
    ~CaseApplicantPanel() override;

    void setCase(const Case& record);
    void clear();
    int checklistRows() const;

private:
    std::unique_ptr<Ui::CaseApplicantPanel> m_ui;
};

} // namespace loket::ui
