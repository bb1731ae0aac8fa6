#include "ProductIssuer.h"

#include "CaseModel.h"
#include "FrozenDocumentIssuer.h"
#include "LetterBuilder.h"
#include "Permissions.h"
#include "SocialRegisterFacts.h"
#include "WorkflowQueries.h"
#include "WorkingCalendar.h"
#include "WriteTransaction.h"

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
    if (!data || !applySocialRegisterFacts(*data, m_database, m_catalog, record, errorMessage))
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
    if (!data || !applySocialRegisterFacts(*data, m_database, m_catalog, record, errorMessage))
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
    const IssueRequest request
        = requestFor(*data, record, signature.signer.id, signature.at, signature.signer.fullName);
    if (!outside)
        data->signer = signerFor(signature);
    const std::optional<StoredDocument> document
        = FrozenDocumentIssuer(m_database, m_catalog.office, m_renderer)
              .issueWithinTransaction(*data, request, errorMessage);
    if (!document)
        return std::nullopt;
    return IssuedDocument { document->id, document->documentType, document->number,
                            document->contentHash };
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
    const std::optional<StoredDocument> document
        = FrozenDocumentIssuer(m_database, m_catalog.office, m_renderer)
              .issueWithinTransaction(
                  *data, requestFor(*data, record, actor.id, at, data->signer.name), errorMessage);
    if (!document || !transaction.commit(errorMessage))
        return std::nullopt;
    return document;
}

IssueRequest ProductIssuer::requestFor(const LetterData& data, const Case& record, qint64 userId,
                                       const QDateTime& at, const QString& signedByName)
{
    IssueRequest request;
    request.registration.documentType = data.documentType;
    request.registration.caseId = record.id;
    request.registration.subject = plainText(data.subject.isEmpty() ? data.title : data.subject);
    request.registration.addressee = plainText(data.addressee);
    request.caseNumber = record.number;
    request.userId = userId;
    request.at = at;
    request.signedByName = signedByName;
    request.auditKey = QStringLiteral("case");
    request.auditValue = record.number;
    return request;
}

} // namespace loket
