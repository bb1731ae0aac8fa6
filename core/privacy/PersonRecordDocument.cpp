// PersonRecord as a document for the person who asked: formal Indonesian, the office's
// letterhead and signature, A4 portrait.
#include "DocumentHtml.h"
#include "Letterhead.h"
#include "PageSetup.h"
#include "PdfFile.h"
#include "PersonRecord.h"
#include "RegisterDocument.h"

#include <QJsonArray>
#include <QTextDocument>

namespace loket {
namespace {

using html::escaped;
using Columns = QList<QPair<const char*, const char*>>; // JSON key, heading

QString shown(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("–");
    return value.isDouble() ? QString::number(value.toInteger()) : value.toVariant().toString();
}

QString table(const QJsonArray& rows, const Columns& columns)
{
    if (rows.isEmpty())
        return QStringLiteral("<p>Tidak ada.</p>");
    QString out = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                 "width=\"100%\" style=\"border-collapse:collapse\"><thead><tr>");
    for (const auto& column : columns)
        out += QStringLiteral("<th bgcolor=\"#e0e0e0\">%1</th>")
                   .arg(escaped(QString::fromUtf8(column.second)));
    out += QStringLiteral("</tr></thead>");
    for (const QJsonValue row : rows) {
        out += QStringLiteral("<tr>");
        for (const auto& column : columns)
            out += QStringLiteral("<td>%1</td>")
                       .arg(escaped(shown(row.toObject().value(QLatin1String(column.first)))));
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}

QString fields(const QJsonObject& object, const Columns& labels)
{
    QString out = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto& label : labels)
        out += QStringLiteral("<tr><td width=\"30%\">%1</td><td>: %2</td></tr>")
                   .arg(escaped(QString::fromUtf8(label.second)),
                        escaped(shown(object.value(QLatin1String(label.first)))));
    return out + QStringLiteral("</table>");
}

QString heading(const QString& title)
{
    return QStringLiteral("<h4>%1</h4>").arg(escaped(title));
}

QString caseSection(const QJsonObject& record)
{
    QString out = fields(record,
                         { { "case_number", "Nomor permohonan" },
                           { "service_code", "Layanan" },
                           { "status", "Status" },
                           { "received_at", "Diterima" },
                           { "rejection_reason", "Alasan penolakan" } });
    out += QStringLiteral("<p><i>Persyaratan</i></p>")
        + table(record.value(QStringLiteral("requirements")).toArray(),
                { { "requirement_text", "Persyaratan" },
                  { "state", "Keadaan" },
                  { "note", "Catatan" } });
    out += QStringLiteral("<p><i>Riwayat status</i></p>")
        + table(record.value(QStringLiteral("statusHistory")).toArray(),
                { { "changed_at", "Waktu" },
                  { "from_status", "Dari" },
                  { "to_status", "Menjadi" },
                  { "note", "Catatan" } });
    out += QStringLiteral("<p><i>Lampiran</i></p>")
        + table(record.value(QStringLiteral("attachments")).toArray(),
                { { "file_name", "Berkas" },
                  { "attached_at", "Dilampirkan" },
                  { "sha256", "SHA-256" } });
    out += QStringLiteral("<p><i>Dokumen yang diterbitkan</i></p>")
        + table(record.value(QStringLiteral("documents")).toArray(),
                { { "document_type", "Jenis" },
                  { "document_number", "Nomor" },
                  { "issued_at", "Terbit" },
                  { "content_hash", "Hash isi" } });
    return out;
}

} // namespace

QString PersonRecord::html(const Office& office, const QJsonObject& record, const QDate& printed)
{
    const QJsonObject person = record.value(QStringLiteral("person")).toObject();
    QString body = Letterhead::compactHtml(office)
        + RegisterDocument::title(
                       QStringLiteral("DATA PRIBADI YANG TERSIMPAN"),
                       QStringLiteral("NIK %1").arg(shown(person.value(QStringLiteral("nik")))))
        + QStringLiteral("<p>Sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data "
                         "Pribadi, berikut seluruh data pribadi atas nama subjek data yang "
                         "tersimpan dalam aplikasi Loket pada %1.</p>")
              .arg(escaped(office.name));
    body += heading(QStringLiteral("A. Identitas"))
        + fields(person,
                 { { "nik", "NIK" },
                   { "kk_number", "Nomor KK" },
                   { "full_name", "Nama lengkap" },
                   { "birth_place", "Tempat lahir" },
                   { "birth_date", "Tanggal lahir" },
                   { "sex", "Jenis kelamin" },
                   { "address", "Alamat" },
                   { "village_code", "Kode wilayah" },
                   { "phone", "Telepon" },
                   { "created_at", "Dicatat sejak" },
                   { "updated_at", "Terakhir diubah" } });
    const QJsonArray cases = record.value(QStringLiteral("cases")).toArray();
    body += heading(QStringLiteral("B. Permohonan Layanan (%1)").arg(cases.size()));
    if (cases.isEmpty())
        body += QStringLiteral("<p>Tidak ada.</p>");
    for (const QJsonValue oneCase : cases)
        body += caseSection(oneCase.toObject()) + QStringLiteral("<br/>");
    body += heading(QStringLiteral("C. Pengaduan"))
        + table(record.value(QStringLiteral("complaints")).toArray(),
                { { "complaint_number", "Nomor" },
                  { "received_at", "Diterima" },
                  { "subject", "Perihal" },
                  { "status", "Status" } });
    body += heading(QStringLiteral("D. Buku Tamu"))
        + table(record.value(QStringLiteral("guestBook")).toArray(),
                { { "visited_at", "Waktu" }, { "purpose", "Keperluan" }, { "outcome", "Hasil" } });
    body += heading(QStringLiteral("E. Catatan Audit"))
        + table(record.value(QStringLiteral("audit")).toArray(),
                { { "occurred_at", "Waktu" },
                  { "action", "Tindakan" },
                  { "table_name", "Data" },
                  { "record_id", "Rujukan" } });
    body += RegisterDocument::signatureBlock(office, printed)
        + RegisterDocument::printedNote(printed);
    return RegisterDocument::page(QStringLiteral("Data Pribadi yang Tersimpan"), body);
}

bool PersonRecord::writePdf(const QString& html, const QString& path, QString* errorMessage)
{
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                             QMarginsF(20, 15, 15, 15), QPageLayout::Millimeter);
    const std::unique_ptr<QTextDocument> laidOut = PageSetup(layout, 9).document(html);
    return PdfFile::write(*laidOut, layout, path, errorMessage);
}

} // namespace loket
