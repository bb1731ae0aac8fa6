#include "RecipientRegisterReport.h"

#include "CaseModel.h"
#include "DocumentHtml.h"
#include "Letterhead.h"
#include "RegisterDocument.h"
#include "WorkingCalendar.h"

#include <QMap>

namespace loket {
namespace {

using html::escaped;

QString localText(const QDateTime& moment, const QTimeZone& zone, const QString& format)
{
    return moment.isValid() ? moment.toTimeZone(zone).toString(format) : QString();
}

QString orDash(const QString& html)
{
    return html.isEmpty() ? QStringLiteral("&ndash;") : html;
}

QStringList cells(int number, const RecipientEntry& entry, const QTimeZone& zone)
{
    const QString dateTime = QStringLiteral("dd-MM-yyyy'<br/>'HH.mm");
    QString applicant = escaped(entry.applicantName);
    if (!entry.organisationName.isEmpty())
        applicant = QStringLiteral("%1<br/>(diajukan oleh %2)")
                        .arg(escaped(entry.organisationName), orDash(applicant));
    QString done;
    if (entry.completedAt.isValid())
        done = (entry.status == CaseStatus::Rejected ? QStringLiteral("Ditolak: ")
                                                     : QStringLiteral("Selesai: "))
            + localText(entry.completedAt, zone, QStringLiteral("dd-MM-yyyy"));
    if (entry.handedOverAt.isValid())
        done += (done.isEmpty() ? QString() : QStringLiteral("<br/>"))
            + QStringLiteral("Diserahkan: ")
            + localText(entry.handedOverAt, zone, QStringLiteral("dd-MM-yyyy"));
    QString officers = QStringLiteral("Penerima: ") + orDash(escaped(entry.registeredByName));
    if (!entry.assignedToName.isEmpty())
        officers += QStringLiteral("<br/>Pengolah: ") + escaped(entry.assignedToName);
    return {
        QString::number(number),
        escaped(entry.caseNumber),
        localText(entry.receivedAt, zone, dateTime),
        applicant,
        orDash(escaped(entry.nik)),
        orDash(escaped(entry.address)),
        QStringLiteral("%1<br/>%2").arg(escaped(entry.serviceCode), escaped(entry.serviceName)),
        escaped(RecipientRegisterReport::statusText(entry.status)),
        orDash(done),
        officers
    };
}

// "Jumlah: 12 berkas (Sudah diserahkan 7, Ditolak 1, Dalam proses 4)" in the order of the flow.
QString totals(const QList<RecipientEntry>& entries)
{
    QMap<int, int> perStatus;
    for (const RecipientEntry& entry : entries)
        ++perStatus[static_cast<int>(entry.status)];
    QStringList parts;
    for (auto it = perStatus.cbegin(); it != perStatus.cend(); ++it)
        parts << QStringLiteral("%1 %2")
                     .arg(escaped(
                         RecipientRegisterReport::statusText(static_cast<CaseStatus>(it.key()))))
                     .arg(it.value());
    return QStringLiteral("<p><b>Jumlah: %1 berkas</b>%2</p>")
        .arg(entries.size())
        .arg(parts.isEmpty()
                 ? QString()
                 : QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')'));
}

} // namespace

QString RecipientRegisterReport::statusText(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Registered:
        return QStringLiteral("Terdaftar");
    case CaseStatus::WaitingDocuments:
        return QStringLiteral("Menunggu kelengkapan berkas");
    case CaseStatus::InVerification:
        return QStringLiteral("Dalam verifikasi");
    case CaseStatus::InProcess:
        return QStringLiteral("Dalam proses");
    case CaseStatus::AwaitingSignoff:
        return QStringLiteral("Menunggu tanda tangan");
    case CaseStatus::ProductReady:
        return QStringLiteral("Produk siap diambil");
    case CaseStatus::HandedOver:
        return QStringLiteral("Sudah diserahkan");
    case CaseStatus::Rejected:
        return QStringLiteral("Ditolak");
    }
    return {};
}

QString RecipientRegisterReport::fileBaseName(const RegisterPeriod& period)
{
    return QStringLiteral("buku-daftar-penerima-layanan-") + period.key();
}

QString RecipientRegisterReport::html(const Catalog& catalog, const RegisterPeriod& period,
                                      const QString& serviceCode,
                                      const QList<RecipientEntry>& entries, const QDate& printedOn,
                                      const QString& preparedBy)
{
    static const QList<RegisterDocument::Column> columns {
        { QStringLiteral("No."), 3, true },
        { QStringLiteral("Nomor Berkas"), 11 },
        { QStringLiteral("Tanggal Diterima"), 7 },
        { QStringLiteral("Nama Pemohon"), 13 },
        { QStringLiteral("NIK"), 12 },
        { QStringLiteral("Alamat"), 14 },
        { QStringLiteral("Layanan"), 15 },
        { QStringLiteral("Status"), 8 },
        { QStringLiteral("Tanggal Selesai / Diserahkan"), 8 },
        { QStringLiteral("Petugas"), 9 },
    };
    const Office& office = catalog.office;
    const QTimeZone zone = officeHoursOf(office).zone;
    QString body = Letterhead::compactHtml(office)
        + RegisterDocument::title(QStringLiteral("BUKU DAFTAR PENERIMA LAYANAN"), period.heading());
    if (!serviceCode.isEmpty()) {
        const Service* service = catalog.service(serviceCode);
        body += QStringLiteral("<p align=\"center\">Layanan: %1 %2</p>")
                    .arg(escaped(serviceCode), service ? escaped(service->name) : QString());
    }
    if (entries.isEmpty()) {
        body += QStringLiteral("<p>Tidak ada berkas yang diterima pada %1.</p>")
                    .arg(escaped(period.phrase()));
    } else {
        QList<QStringList> rows;
        rows.reserve(entries.size());
        for (int i = 0; i < entries.size(); ++i)
            rows << cells(i + 1, entries.at(i), zone);
        body += RegisterDocument::table(columns, rows) + totals(entries);
    }
    body += RegisterDocument::signatureBlock(office, printedOn, preparedBy)
        + RegisterDocument::printedNote(printedOn);
    return RegisterDocument::page(QStringLiteral("Buku Daftar Penerima Layanan ") + period.phrase(),
                                  body);
}

RegisterTable RecipientRegisterReport::table(const Office& office,
                                             const QList<RecipientEntry>& entries)
{
    const QTimeZone zone = officeHoursOf(office).zone;
    const QString minute = QStringLiteral("yyyy-MM-dd HH:mm");
    RegisterTable table;
    table.header = { QStringLiteral("No"),
                     QStringLiteral("Nomor Berkas"),
                     QStringLiteral("Tanggal Diterima"),
                     QStringLiteral("Nama Pemohon"),
                     QStringLiteral("Lembaga"),
                     QStringLiteral("NIK"),
                     QStringLiteral("Alamat"),
                     QStringLiteral("Kode Layanan"),
                     QStringLiteral("Layanan"),
                     QStringLiteral("Status"),
                     QStringLiteral("Tanggal Selesai"),
                     QStringLiteral("Tanggal Diserahkan"),
                     QStringLiteral("Petugas Penerima"),
                     QStringLiteral("Petugas Pengolah") };
    table.rows.reserve(entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        const RecipientEntry& entry = entries.at(i);
        table.rows << QStringList { QString::number(i + 1),
                                    entry.caseNumber,
                                    localText(entry.receivedAt, zone, minute),
                                    entry.applicantName,
                                    entry.organisationName,
                                    entry.nik,
                                    entry.address,
                                    entry.serviceCode,
                                    entry.serviceName,
                                    statusText(entry.status),
                                    localText(entry.completedAt, zone, minute),
                                    localText(entry.handedOverAt, zone, minute),
                                    entry.registeredByName,
                                    entry.assignedToName };
    }
    return table;
}

} // namespace loket
