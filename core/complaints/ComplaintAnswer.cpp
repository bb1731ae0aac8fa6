// ComplaintStore's answer: the answer letter (surat dinas, formal Indonesian), numbered in the
// outgoing-letter register as "complaint-answer", signed in the head of office's name and frozen
// with a verification code, in the same transaction as the answer itself.
#include "AuditLog.h"
#include "CaseModel.h"
#include "ComplaintStore.h"
#include "DatabaseError.h"
#include "LetterBuilder.h"
#include "LetterNumbering.h"
#include "SqlValues.h"
#include "WorkingCalendar.h"

#include <QJsonObject>
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
    LetterDraft draft;
    draft.documentType = kDocumentType;
    draft.caseId = complaint.caseId;
    draft.subject = QStringLiteral("%1 %2").arg(data.subject, complaint.number);
    draft.addressee = addresseeOf(complaint);
    LetterNumbering numbering(m_database, m_catalog.office);
    const std::optional<Letter> letter
        = numbering.issueWithinTransaction(draft, user.id, now, errorMessage);
    if (!letter)
        return std::nullopt;
    data.number = letter->number;
    data.draft = false;
    data.verificationCode = IssuedDocuments::newVerificationCode();

    StoredDocument document;
    document.caseId = complaint.caseId;
    document.caseNumber = complaint.caseNumber;
    document.documentType = kDocumentType;
    document.number = letter->number;
    document.issuedAt = now;
    document.issuedByName = data.signer.name;
    document.verificationCode = data.verificationCode;
    document.content = m_renderer.html(data);
    document.contentHash = IssuedDocuments::hashOf(document.content);
    // Not IssuedDocuments::insertWithinTransaction: an answer need not concern a case, and the
    // documents row then has no case_id.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO documents (case_id, document_type, document_number, issued_at, issued_by,"
        " content_hash, content, verification_code, letter_id, signed_by_name) VALUES (:case,"
        " :type, :number, :at, :by, :hash, :content, :code, :letter, :signer)"));
    query.bindValue(QStringLiteral(":case"),
                    complaint.caseId > 0 ? QVariant(complaint.caseId)
                                         : QVariant(QMetaType(QMetaType::LongLong)));
    query.bindValue(QStringLiteral(":type"), kDocumentType);
    query.bindValue(QStringLiteral(":number"), document.number);
    query.bindValue(QStringLiteral(":at"), storedTime(now));
    query.bindValue(QStringLiteral(":by"), user.id);
    query.bindValue(QStringLiteral(":hash"), document.contentHash);
    query.bindValue(QStringLiteral(":content"), document.content);
    query.bindValue(QStringLiteral(":code"), document.verificationCode);
    query.bindValue(QStringLiteral(":letter"), letter->id);
    query.bindValue(QStringLiteral(":signer"), document.issuedByName);
    if (!query.exec()) {
        *errorMessage = tr("Cannot store the answer letter: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return std::nullopt;
    }
    const std::optional<StoredDocument> stored
        = IssuedDocuments(m_database).byCode(document.verificationCode, errorMessage);
    if (!stored
        || !numbering.freezeWithinTransaction(letter->id, document.contentHash,
                                              document.verificationCode, user.id, errorMessage)
        || !AuditLog(m_database)
                .append({ user.id,
                          QStringLiteral("issue-document"),
                          QStringLiteral("documents"),
                          QString::number(stored->id),
                          {},
                          { { QStringLiteral("complaint"), complaint.number },
                            { QStringLiteral("number"), letter->number },
                            { QStringLiteral("type"), kDocumentType },
                            { QStringLiteral("hash"), document.contentHash },
                            { QStringLiteral("code"), document.verificationCode } },
                          now },
                        errorMessage)) {
        if (errorMessage->isEmpty())
            *errorMessage = tr("Cannot store the answer letter.");
        return std::nullopt;
    }
    *letterId = letter->id;
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
