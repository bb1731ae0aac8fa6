#pragma once

#include "ApplicantValidator.h"
#include "CaseModel.h"
#include "Session.h"

#include <QSet>
#include <QWidget>
#include <memory>

namespace Ui {
class ApplicantForm;
}

namespace loket::ui {

class RegionPicker;

// The applicant part of the counter screen: NIK first. A known NIK fills in the rest and
// lists the applicant's earlier cases; an unknown one is decoded live (region, birth date,
// sex). For organisation services the organisation's legal details come first, then the
// person who submits. Problems show next to their field; nothing typed is ever cleared by a
// check.
class ApplicantForm : public QWidget
{
    Q_OBJECT
public:
    explicit ApplicantForm(Session& session, QWidget* parent = nullptr);
    ~ApplicantForm() override;

    void setService(const Service* service);
    Person person() const;
    std::optional<Organisation> organisation() const;
    void setApplicant(const Person& person, const std::optional<Organisation>& organisation);
    void clear();
    // The applicant agreed to SMS notifications (only possible with a valid mobile number).
    bool smsConsent() const;

    // Checks every field and shows the problems; true when registration may go ahead.
    bool validate();
    QWidget* firstField() const;

signals:
    void changed();
    // A known applicant already has an open case of the chosen service.
    void duplicateFound(const QString& caseNumber);

private:
    void onNikEdited();
    void showProblems(const QList<FieldProblem>& problems);
    // `lookupError`: the applicant could not be looked up; shown like a failed history.
    void showHistory(const QString& nik, const QString& lookupError = QString());
    // The one line saying whether the NIK is in the imported DTKS extracts.
    void showDtks(const QString& nik);
    void fillFromNik();
    // Shows problems of the NIK and of fields already typed in, as the clerk goes along.
    void checkAsTyped();
    // The consent tick is offered only for a number that can take an SMS.
    void updateSmsConsent();

    std::unique_ptr<Ui::ApplicantForm> m_ui;
    Session& m_session;
    RegionPicker* m_regions = nullptr;
    const Service* m_service = nullptr;
    qint64 m_organisationId = 0;
    QString m_loadedNik; // the NIK whose known data was last filled in
    QSet<QString> m_touched; // fields the clerk has typed in since the form was cleared
};

} // namespace loket::ui
