// ComplaintStore's answer: the answer letter (surat dinas, formal Indonesian), numbered in the
// outgoing-letter register as "complaint-answer", signed in the head of office's name and frozen
// with a verification code, in the same transaction as the answer itself.
#include "CaseModel.h"
#include "ComplaintStore.h"
#include "DatabaseError.h"
#include "FrozenDocumentIssuer.h"
#include "LetterBuilder.h"
#include "WorkingCalendar.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {
namespace {

const QString kDocumentType = QStringLiteral("complaint-answer");

// Entered text inside the letter's own wording: escaped, and with braces that cannot be taken
// for a {{placeholder}} when the renderer fills the paragraph.
QString literal(const QString& text)
{
    return text.trimmed().toHtmlEscaped().replace(QLatin1Char('{'), QStringLiteral("&#123;"));
}

QString subjectOf(ComplaintKind kind)
{
    switch (kind) {
    case ComplaintKind::Aspiration:
        return QStringLiteral("Tanggapan atas Aspirasi");
    case ComplaintKind::Information:
        return QStringLiteral("Jawaban atas Permintaan Informasi");
    case ComplaintKind::Complaint:
        break;
    }
    return QStringLiteral("Jawaban atas Pengaduan");
}

QString channelPhrase(const Complaint& complaint)
{
    switch (complaint.channel) {
    case ComplaintChannelKind::InPerson:
        return QStringLiteral("secara langsung");
    case ComplaintChannelKind::Written:
        return QStringLiteral("secara tertulis");
    case ComplaintChannelKind::Lapor:
        return QStringLiteral("melalui SP4N-LAPOR! dengan nomor tiket %1")
            .arg(literal(complaint.laporTicket));
    default:
        return QStringLiteral("melalui ") + complaintChannelDocumentTitle(complaint.channel);
    }
}

QString addresseeOf(const Complaint& complaint)
{
    return complaint.anonymous ? QStringLiteral("Sdr. Pengadu")
                               : QStringLiteral("Sdr. ") + complaint.name.trimmed();
}

} // namespace

LetterData ComplaintStore::answerDraft(const Complaint& complaint, const QString& answerText,
                                       const QDate& date) const
{
    const Office& office = m_catalog.office;
    LetterData data;
    data.office = office;
    data.documentType = kDocumentType;
    data.templateKey = QStringLiteral("letter");
    data.place = office.city;
    data.date = date;
    data.subject = subjectOf(complaint.kind);
    // Case values the renderer escapes: the complaint's number and date, the complainant.
    data.caseNumber = complaint.number;
    data.receivedDate = complaint.receivedAt.toTimeZone(officeHoursOf(office).zone).date();
    data.personRole = QStringLiteral("Pengadu");
    data.findings = answerText;
    if (!complaint.anonymous) {
        data.person.fullName = complaint.name.trimmed();
        data.person.address = complaint.address.trimmed();
        data.person.nik = complaint.nik;
    }
    data.addressee
        = complaint.anonymous ? QStringLiteral("Sdr. Pengadu") : QStringLiteral("Sdr. {{name}}");
    data.addresseePlace = !complaint.anonymous && !data.person.address.isEmpty()
        ? QStringLiteral("{{address}}")
        : QStringLiteral("Tempat");
    const QString kind = complaintKindDocumentTitle(complaint.kind).toLower();
    QString opening
        = QStringLiteral("Menindaklanjuti %1 yang Saudara sampaikan kepada %2 %3 pada tanggal "
                         "{{receivedDate}} dengan nomor registrasi {{caseNumber}}, perihal "
                         "\u201c%4\u201d")
              .arg(kind, office.name.toHtmlEscaped(), channelPhrase(complaint),
                   literal(complaint.subject));
    if (!complaint.caseNumber.isEmpty())
        opening += QStringLiteral(" yang berkaitan dengan berkas layanan nomor %1")
                       .arg(literal(complaint.caseNumber));
    opening += QStringLiteral(", setelah dilakukan verifikasi dan tindak lanjut, bersama ini kami "
                              "sampaikan jawaban sebagai berikut:");
    data.opening = { opening, QStringLiteral("{{findings}}") };
    data.showDetails = false;
    data.body
        = { QStringLiteral("Apabila Saudara memerlukan penjelasan lebih lanjut, Saudara dapat "
                           "menghubungi kami melalui saluran pengaduan %1.")
                .arg(office.name.toHtmlEscaped()) };
    data.closing = QStringLiteral(
        "Demikian kami sampaikan. Atas perhatian Saudara, kami ucapkan terima kasih.");
    data.signer = LetterBuilder::headSigner(office);
    data.draft = true;
    return data;
}

std::optional<StoredDocument> ComplaintStore::issueLetter(const Complaint& complaint,
                                                          const QString& answerText,
                                                          const User& user, const QDateTime& now,
                                                          qint64* letterId, QString* errorMessage)
{
    const QDate date = now.toTimeZone(officeHoursOf(m_catalog.office).zone).date();
    LetterData data = answerDraft(complaint, answerText, date);
    IssueRequest request;
    request.registration.documentType = kDocumentType;
    request.registration.caseId = complaint.caseId; // 0: the answer concerns no case
    request.registration.subject = QStringLiteral("%1 %2").arg(data.subject, complaint.number);
    request.registration.addressee = addresseeOf(complaint);
    request.caseNumber = complaint.caseNumber;
    request.userId = user.id;
    request.at = now;
    request.signedByName = data.signer.name;
    request.auditKey = QStringLiteral("complaint");
    request.auditValue = complaint.number;
    const std::optional<StoredDocument> issued
        = FrozenDocumentIssuer(m_database, m_catalog.office, m_renderer)
              .issueWithinTransaction(data, request, errorMessage);
    // The document as stored, read back as every later reader sees it.
    const std::optional<StoredDocument> stored = issued
        ? IssuedDocuments(m_database).byCode(issued->verificationCode, errorMessage)
        : std::nullopt;
    if (!stored) {
        if (errorMessage->isEmpty())
            *errorMessage = tr("Cannot store the answer letter.");
        return std::nullopt;
    }
    *letterId = issued->letterId;
    return stored;
}

std::optional<StoredDocument> ComplaintStore::answerLetter(const Complaint& complaint,
                                                           QString* errorMessage) const
{
    if (complaint.letterId <= 0)
        return std::nullopt;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT verification_code FROM documents WHERE letter_id = :id"));
    query.bindValue(QStringLiteral(":id"), complaint.letterId);
    if (!query.exec()) {
        if (errorMessage)
            *errorMessage = tr("Cannot read the answer letter: %1")
                                .arg(DatabaseError::describe(query.lastError()));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return IssuedDocuments(m_database).byCode(query.value(0).toString(), errorMessage);
}

} // namespace loket
