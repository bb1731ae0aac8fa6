#pragma once

#include "Applicant.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace loket {

enum class CaseStatus {
    Registered,
    WaitingDocuments,
    InVerification,
    InProcess,
    AwaitingSignoff,
    ProductReady,
    HandedOver,
    Rejected
};
QString caseStatusKey(CaseStatus status); // "waiting-documents"
bool caseStatusFromKey(const QString& key, CaseStatus* status);
QString caseStatusTitle(CaseStatus status); // translated, for people
bool isOpen(CaseStatus status);

// One requirement of the case's service, as the clerk checked it.
struct ChecklistItem
{
    enum class State { Present, Missing, NotApplicable };
    int index = 0; // the requirement's position in the service
    QString text; // the requirement as the decree words it (kept with the case)
    State state = State::Missing;
    QString note;
    QString overrideReason; // an eligibility rule overridden by the clerk, with the reason
};
QString checklistStateKey(ChecklistItem::State state);
bool checklistStateFromKey(const QString& key, ChecklistItem::State* state);
QString checklistStateTitle(ChecklistItem::State state); // translated, for people

// What the counter hands to CaseStore to register.
struct CaseDraft
{
    QString serviceCode;
    bool renewal = false;
    Person person; // the applicant, or the person who submits for an organisation
    std::optional<Organisation> organisation;
    QList<ChecklistItem> checklist;
    bool smsConsent = false; // agreed to SMS notifications at intake (UU 27/2022)
};

struct Case
{
    qint64 id = 0;
    QString number;
    QString officeId;
    QString serviceCode;
    QString catalogVersion;
    CaseStatus status = CaseStatus::Registered;
    bool renewal = false;
    bool smsConsent = false;
    Person person;
    std::optional<Organisation> organisation;
    QList<ChecklistItem> checklist;
    QDateTime receivedAt; // when the file first came in
    QDateTime clockStartedAt; // when it was complete; invalid while waiting for documents
    QDateTime responseDueAt;
    QDateTime dueAt; // invalid when open-ended or waiting
    qint64 registeredBy = 0;
    QString registeredByName;
    bool isComplete() const;
};

// What happened to a case after its registration, for a case written as it stands now rather
// than registered at the counter (the demo's past cases; a bulk import of earlier cases).
struct CaseOutcome
{
    qint64 assignedTo = 0; // the back-office officer with the case; 0: nobody yet
    QDateTime clockStoppedAt; // its product was ready or it was rejected
    QString rejectionReason;
    QDateTime lastChange; // invalid: nothing changed since its registration
    int stepsDone = 0; // the first steps of its procedure, done
};

// A line of a case list: enough to find and open a case.
struct CaseSummary
{
    qint64 id = 0;
    QString number;
    QString serviceCode;
    CaseStatus status = CaseStatus::Registered;
    QString applicantName;
    QString nik;
    QString organisationName;
    QDateTime receivedAt;
    QDateTime dueAt;
};

} // namespace loket
