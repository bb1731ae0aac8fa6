#pragma once

#include "CaseModel.h"

#include <QWidget>
#include <functional>
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

    // What the panel shows on the DTKS line for a case (empty: no line), e.g. the applicant's
    // DTKS lookup in the DTKS services.
    void setDtksSource(std::function<QString(const Case&)> source) { m_dtks = std::move(source); }
    void setCase(const Case& record);
    void clear();
    int checklistRows() const;

private:
    std::unique_ptr<Ui::CaseApplicantPanel> m_ui;
    std::function<QString(const Case&)> m_dtks;
};

} // namespace loket::ui
