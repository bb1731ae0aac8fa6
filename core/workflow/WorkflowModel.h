#pragma once

#include "CaseModel.h"
#include "Catalog.h"
#include "Users.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace loket {

// One procedure step of a case, as the back office works it through.
struct CaseStep
{
    enum class State { Pending, Done, Skipped };
    int order = 0;
    QString text;
    Role role = Role::BackOffice; // as the catalog names it
    State state = State::Pending;
    qint64 doneBy = 0;
    QString doneByName;
    QDateTime doneAt;
    QString note;
    bool isFinished() const { return state != State::Pending; }
};
QString caseStepStateKey(CaseStep::State state); // "pending", "done", "skipped"

struct StatusChange
{
    CaseStatus from = CaseStatus::Registered;
    CaseStatus to = CaseStatus::Registered;
    qint64 changedBy = 0;
    QString changedByName;
    QDateTime at;
    QString note;
};

// A visit to verify the file in the field, or a home visit to the applicant.
struct FieldVisit
{
    enum class Kind { Verification, HomeVisit };
    qint64 id = 0;
    Kind kind = Kind::Verification;
    QDate date;
    qint64 officerId = 0;
    QString officerName;
    QString findings;
    QDateTime recordedAt;
};
QString fieldVisitKindKey(FieldVisit::Kind kind); // "verification", "home-visit"
bool fieldVisitKindFromKey(const QString& key, FieldVisit::Kind* kind);

struct AssessmentNote
{
    qint64 id = 0;
    QString text;
    qint64 authorId = 0;
    QString authorName;
    QDateTime writtenAt;
};

// A file kept with a case; its content is read separately (WorkflowQueries::attachmentContent).
struct AttachmentInfo
{
    qint64 id = 0;
    QString fileName;
    QString mediaType; // from the content: application/pdf, image/jpeg, image/png
    qint64 size = 0;
    QString sha256;
    qint64 attachedBy = 0;
    QString attachedByName;
    QDateTime attachedAt;
};

struct Assignment
{
    qint64 fromUser = 0; // 0: nobody had it
    qint64 toUser = 0;
    QString toUserName;
    qint64 assignedBy = 0;
    QDateTime at;
    QString note;
};

// Who collected the product.
struct Handover
{
    QString recipientName;
    QString recipientNik;
    QString relation; // to the applicant: "self", "spouse", "kuasa" …
    qint64 handedOverBy = 0;
    QDateTime at;
};

// How a stand-in signs for the head of office: atas nama, pelaksana tugas, pelaksana harian.
enum class SignForm { Own, AtasNama, Plt, Plh };
QString signFormKey(SignForm form); // "", "a.n.", "Plt.", "Plh."
bool signFormFromKey(const QString& key, SignForm* form); // also accepts "an", "plt", "plh"

// The initials a service's drafts collect, in order, and who signs them (paraf berjenjang).
struct SignoffChain
{
    static constexpr int MaxInitials = 3;
    QList<Role> initials; // supervisor, head-of-division, secretary
    Role signer = Role::HeadOfOffice;
    SignForm form = SignForm::Own; // how the configured signer signs unless told otherwise
    QString encode() const; // "supervisor,head-of-division|head-of-office|"
    static bool decode(const QString& text, SignoffChain* chain);
    bool operator==(const SignoffChain& other) const
    {
        return initials == other.initials && signer == other.signer && form == other.form;
    }
};

struct SignoffConfig
{
    QString serviceCode;
    SignoffChain chain;
    bool isDefault = true; // derived from the catalog, not stored by an administrator
};

// One act on a draft: sent to initials, initialled, returned, signed.
struct SignoffEntry
{
    enum class Kind { Submit, Initial, Return, Sign };
    int round = 0; // a return ends a round; the next submission starts another
    Kind kind = Kind::Submit;
    Role role = Role::BackOffice; // the tier (or signer) acted for
    qint64 userId = 0;
    QString userName;
    SignForm form = SignForm::Own;
    QString note;
    QString letterNumber;
    QDateTime at;
    bool byDrafter = false; // an initial by the round's drafter: the paraf konseptor
};
QString signoffKindKey(SignoffEntry::Kind kind); // "submit", "initial", "return", "sign"

// Where the current draft stands.
struct SignoffState
{
    int round = 0; // 0: never submitted
    bool open = false; // submitted and neither returned nor signed
    SignoffChain chain;
    qint64 drafterId = 0;
    QString drafterName;
    QList<SignoffEntry> entries; // of this round
    int initialsDone = 0;
    bool waitsForSigner() const { return open && initialsDone >= chain.initials.size(); }
    std::optional<Role> nextRole() const; // the tier or signer the draft waits for
};

// What the signer's act gives the document issuer.
struct Signature
{
    User signer;
    SignForm form = SignForm::Own;
    QDateTime at;
};

// A numbered, frozen document; see DocumentIssuer. CaseWorkflow keeps its number and id with
// the signature (signoff_records.letter_number, document_id).
struct IssuedDocument
{
    qint64 documentId = 0; // the issuer's record of it (the letter register's row)
    QString documentType;
    QString letterNumber;
    QString contentHash;
};

Role roleFromKey(const QString& key, bool* ok);

} // namespace loket
