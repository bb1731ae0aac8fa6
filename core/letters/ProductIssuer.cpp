#include "ProductIssuer.h"

#include "AuditLog.h"
#include "CaseModel.h"
#include "IssuedDocuments.h"
#include "LetterBuilder.h"
#include "LetterNumbering.h"
#include "Permissions.h"
#include "WorkflowQueries.h"
#include "WorkingCalendar.h"
#include "WriteTransaction.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace loket {
namespace {

// Documents are in formal Indonesian: the positions of the paraf box as offices write them.
QString positionOf(Role role)
{
    switch (role) {
    case Role::Supervisor:
        return QStringLiteral("Sub Koordinator");
    case Role::HeadOfDivision:
        return QStringLiteral("Kepala Bidang");
    case Role::Secretary:
        return QStringLiteral("Sekretaris");
    case Role::BackOffice:
        return QStringLiteral("Konseptor");
    default:
        return QStringLiteral("Pejabat");
    }
}

QString plainText(const QString& html)
{
    QString text = html;
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.remove(QRegularExpression(QStringLiteral("\\{\\{[^}]*\\}\\}")));
    return text.simplified();
}

// Signed by someone outside the office, as the mapping says (the regent's decrees).
bool signedOutside(const LetterData& data)
{
    return data.signer.position != LetterBuilder::headSigner(data.office).position;
}

} // namespace

ProductIssuer::ProductIssuer(Database& database, const Catalog& catalog,
                             const QString& overrideDirectory)
    : m_database(database)
    , m_catalog(catalog)
    , m_renderer(overrideDirectory)
{
    QStringList errors; // a broken office mapping falls back to the built-in one
    m_specs = LetterSpecs::load(overrideDirectory, &errors);
}

LetterSigner ProductIssuer::signerFor(const Signature& signature) const
{
    LetterSigner signer = LetterBuilder::headSigner(m_catalog.office);
    const User& user = signature.signer;
    signer.name = user.fullName;
    signer.nip = user.nip;
    // The catalog's rank is the head's own: a stand-in prints theirs, or none.
    if (!user.rankGrade.isEmpty() || signature.form != SignForm::Own) {
        signer.rank = user.rankGrade;
        signer.grade.clear();
    }
    switch (signature.form) {
    case SignForm::Own:
        signer.form = LetterSigner::Form::Direct;
        break;
    case SignForm::AtasNama:
        signer.form = LetterSigner::Form::OnBehalf;
        signer.ownPosition = user.position.isEmpty()
            ? (user.hasRole(UserRole::Secretary) ? QStringLiteral("Sekretaris")
                                                 : QStringLiteral("Kepala Bidang"))
            : user.position;
        break;
    case SignForm::Plt:
        signer.form = LetterSigner::Form::Acting;
        break;
    case SignForm::Plh:
        signer.form = LetterSigner::Form::Daily;
        break;
    }
    return signer;
}

QList<LetterInitial> ProductIssuer::initialsGiven(const Case& record) const
{
    QList<LetterInitial> rows;
    const SignoffState state = WorkflowQueries(m_database, m_catalog).signoff(record.id);
    const QTimeZone zone = timeZoneFromName(m_catalog.office.timeZone);
    for (const SignoffEntry& entry : state.entries) {
        // The drafter's own initial is the paraf konseptor, whichever tier it stands for.
        if (entry.kind == SignoffEntry::Kind::Initial)
            rows.append({ positionOf(entry.byDrafter ? Role::BackOffice : entry.role),
                          entry.userName, entry.at.toTimeZone(zone).date() });
    }
    return rows;
}

QString ProductIssuer::findingsOf(const Case& record) const
{
    const WorkflowQueries queries(m_database, m_catalog);
    QStringList lines;
    for (const FieldVisit& visit : queries.visits(record.id))
        lines << visit.findings;
    for (const AssessmentNote& note : queries.notes(record.id))
        lines << note.text;
    return lines.join(QLatin1Char('\n'));
}

std::optional<LetterData> ProductIssuer::draft(const Case& record, const QDateTime& now,
                                               QString* errorMessage) const
{
    const QDate today = now.toTimeZone(timeZoneFromName(m_catalog.office.timeZone)).date();
    std::optional<LetterData> data
        = LetterBuilder(m_catalog, m_specs).build(record, QString(), today, errorMessage);
    if (!data)
        return std::nullopt;
    if (data->findings.isEmpty())
        data->findings = findingsOf(record);
    const QList<LetterInitial> given = initialsGiven(record);
    if (!given.isEmpty() && !signedOutside(*data))
        data->initials = given;
    return data;
}

std::optional<IssuedDocument> ProductIssuer::issue(const Case& record, const Signature& signature,
                                                   QString* errorMessage)
{
    const QTimeZone zone = timeZoneFromName(m_catalog.office.timeZone);
    std::optional<LetterData> data
        = LetterBuilder(m_catalog, m_specs)
              .build(record, QString(), signature.at.toTimeZone(zone).date(), errorMessage);
    if (!data)
        return std::nullopt;
    if (data->findings.isEmpty())
        data->findings = findingsOf(record);
    // A document the mapping has signed outside the office (the regent's decree the office
    // drafts) keeps its signer, who signs by hand, and its paraf rows: signing in Loket is the
    // head of office's paraf on it.
    const bool outside = signedOutside(*data);
    const QList<LetterInitial> given = initialsGiven(record);
    if (!given.isEmpty() && !outside)
        data->initials = given;
    const QString headPosition = LetterBuilder::headSigner(m_catalog.office).position;
    for (LetterInitial& row : data->initials) {
        if (outside && headPosition.startsWith(row.position.toUpper())) {
            row.initialledBy = signature.signer.fullName;
            row.date = signature.at.toTimeZone(zone).date();
        }
    }

    LetterDraft draft;
    draft.documentType = data->documentType;
    draft.caseId = record.id;
    draft.subject = plainText(data->subject.isEmpty() ? data->title : data->subject);
    draft.addressee = plainText(data->addressee);
    LetterNumbering numbering(m_database, m_catalog.office);
    const std::optional<Letter> letter
        = numbering.issueWithinTransaction(draft, signature.signer.id, signature.at, errorMessage);
    if (!letter)
        return std::nullopt;

    data->number = letter->number;
    if (!outside)
        data->signer = signerFor(signature);
    data->draft = false;
    data->verificationCode = IssuedDocuments::newVerificationCode();
    StoredDocument document;
    document.caseId = record.id;
    document.documentType = data->documentType;
    document.number = letter->number;
    document.issuedAt = signature.at;
    document.issuedByName = signature.signer.fullName;
    document.verificationCode = data->verificationCode;
    document.content = m_renderer.html(*data);
    document.contentHash = IssuedDocuments::hashOf(document.content);

    IssuedDocuments store(m_database);
    const qint64 id
        = store.insertWithinTransaction(document, letter->id, signature.signer.id, errorMessage);
    if (id == 0
        || !numbering.freezeWithinTransaction(letter->id, document.contentHash,
                                              document.verificationCode, signature.signer.id,
                                              errorMessage)
        || !AuditLog(m_database)
                .append({ signature.signer.id,
                          QStringLiteral("issue-document"),
                          QStringLiteral("documents"),
                          QString::number(id),
                          {},
                          { { QStringLiteral("case"), record.number },
                            { QStringLiteral("number"), letter->number },
                            { QStringLiteral("type"), document.documentType },
                            { QStringLiteral("hash"), document.contentHash },
                            { QStringLiteral("code"), document.verificationCode } },
                          signature.at },
                        errorMessage))
        return std::nullopt;
    return IssuedDocument { id, document.documentType, letter->number, document.contentHash };
}

std::optional<StoredDocument> ProductIssuer::issueRejection(const Case& record,
                                                            const QString& reason,
                                                            const User& actor, const QDateTime& at,
                                                            QString* errorMessage)
{
    *errorMessage = Permissions::check(actor, Action::Reject);
    if (!errorMessage->isEmpty())
        return std::nullopt;
    if (record.status != CaseStatus::Rejected) {
        *errorMessage = tr("%1 is not rejected: it has no rejection letter.").arg(record.number);
        return std::nullopt;
    }
    const QTimeZone zone = timeZoneFromName(m_catalog.office.timeZone);
    std::optional<LetterData> data
        = LetterBuilder(m_catalog, m_specs)
              .build(record, QStringLiteral("rejection"), at.toTimeZone(zone).date(), errorMessage);
    if (!data)
        return std::nullopt;
    data->reason = reason;
    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return std::nullopt;
    LetterDraft draft;
    draft.documentType = data->documentType;
    draft.caseId = record.id;
    draft.subject = plainText(data->subject.isEmpty() ? data->title : data->subject);
    draft.addressee = plainText(data->addressee);
    LetterNumbering numbering(m_database, m_catalog.office);
    const std::optional<Letter> letter
        = numbering.issueWithinTransaction(draft, actor.id, at, errorMessage);
    if (!letter)
        return std::nullopt;
    data->number = letter->number;
    data->draft = false;
    data->verificationCode = IssuedDocuments::newVerificationCode();
    StoredDocument document;
    document.caseId = record.id;
    document.caseNumber = record.number;
    document.documentType = data->documentType;
    document.number = letter->number;
    document.issuedAt = at;
    document.issuedByName = data->signer.name;
    document.verificationCode = data->verificationCode;
    document.content = m_renderer.html(*data);
    document.contentHash = IssuedDocuments::hashOf(document.content);
    IssuedDocuments store(m_database);
    document.id = store.insertWithinTransaction(document, letter->id, actor.id, errorMessage);
    if (document.id == 0
        || !numbering.freezeWithinTransaction(letter->id, document.contentHash,
                                              document.verificationCode, actor.id, errorMessage)
        || !AuditLog(m_database)
                .append({ actor.id,
                          QStringLiteral("issue-document"),
                          QStringLiteral("documents"),
                          QString::number(document.id),
                          {},
                          { { QStringLiteral("case"), record.number },
                            { QStringLiteral("number"), letter->number },
                            { QStringLiteral("type"), document.documentType },
                            { QStringLiteral("hash"), document.contentHash },
                            { QStringLiteral("code"), document.verificationCode } },
                          at },
                        errorMessage)
        || !transaction.commit(errorMessage))
        return std::nullopt;
    return document;
}

} // namespace loket
