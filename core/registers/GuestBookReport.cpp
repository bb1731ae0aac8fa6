#include "GuestBookReport.h"

#include "DocumentHtml.h"
#include "Letterhead.h"
#include "RegisterDocument.h"
#include "WorkingCalendar.h"

namespace loket {
namespace {

using html::escaped;

QString orDash(const QString& html)
{
    return html.isEmpty() ? QStringLiteral("&ndash;") : html;
}

QString serviceName(const Catalog& catalog, const QString& code)
{
    const Service* service = catalog.service(code);
    return service ? service->name : QString();
}

} // namespace

QString GuestBookReport::fileBaseName(const RegisterPeriod& period)
{
    return QStringLiteral("buku-tamu-") + period.key();
}

QString GuestBookReport::html(const Catalog& catalog, const RegisterPeriod& period,
                              const QList<GuestEntry>& entries, const QDate& printedOn,
                              const QString& preparedBy)
{
    static const QList<RegisterDocument::Column> columns {
        { QStringLiteral("No."), 3, true },
        { QStringLiteral("Tanggal / Jam"), 7 },
        { QStringLiteral("Nama"), 13 },
        { QStringLiteral("NIK"), 12 },
        { QStringLiteral("Telepon"), 9 },
        { QStringLiteral("Asal / Instansi"), 12 },
        { QStringLiteral("Keperluan"), 16 },
        { QStringLiteral("Layanan"), 10 },
        { QStringLiteral("Jawaban / Tindak Lanjut"), 11 },
        { QStringLiteral("Petugas"), 7 },
    };
    const QTimeZone zone = officeHoursOf(catalog.office).zone;
    QString body = Letterhead::compactHtml(catalog.office)
        + RegisterDocument::title(QStringLiteral("BUKU TAMU"), period.heading());
    if (entries.isEmpty()) {
        body += QStringLiteral("<p>Tidak ada tamu yang tercatat pada %1.</p>")
                    .arg(escaped(period.phrase()));
    } else {
        QList<QStringList> rows;
        rows.reserve(entries.size());
        for (int i = 0; i < entries.size(); ++i) {
            const GuestEntry& entry = entries.at(i);
            const QString service = entry.serviceCode.isEmpty()
                ? QString()
                : QStringLiteral("%1<br/>%2")
                      .arg(escaped(entry.serviceCode),
                           escaped(serviceName(catalog, entry.serviceCode)));
            rows << QStringList {
                QString::number(i + 1),
                entry.visitedAt.toTimeZone(zone).toString(QStringLiteral("dd-MM-yyyy'<br/>'HH.mm")),
                escaped(entry.name),
                orDash(escaped(entry.nik)),
                orDash(escaped(entry.phone)),
                orDash(escaped(entry.origin)),
                html::multiline(entry.purpose),
                orDash(service),
                orDash(html::multiline(entry.outcome)),
                escaped(entry.servedByName),
            };
        }
        body += RegisterDocument::table(columns, rows)
            + QStringLiteral("<p><b>Jumlah: %1 tamu</b></p>").arg(entries.size());
    }
    body += RegisterDocument::signatureBlock(catalog.office, printedOn, preparedBy)
        + RegisterDocument::printedNote(printedOn);
    return RegisterDocument::page(QStringLiteral("Buku Tamu ") + period.phrase(), body);
}

RegisterTable GuestBookReport::table(const Catalog& catalog, const QList<GuestEntry>& entries)
{
    const QTimeZone zone = officeHoursOf(catalog.office).zone;
    RegisterTable table;
    table.header = { QStringLiteral("No"),
                     QStringLiteral("Tanggal"),
                     QStringLiteral("Jam"),
                     QStringLiteral("Nama"),
                     QStringLiteral("NIK"),
                     QStringLiteral("Telepon"),
                     QStringLiteral("Asal / Instansi"),
                     QStringLiteral("Keperluan"),
                     QStringLiteral("Kode Layanan"),
                     QStringLiteral("Layanan"),
                     QStringLiteral("Jawaban / Tindak Lanjut"),
                     QStringLiteral("Petugas") };
    table.rows.reserve(entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        const GuestEntry& entry = entries.at(i);
        const QDateTime local = entry.visitedAt.toTimeZone(zone);
        table.rows << QStringList { QString::number(i + 1),
                                    local.date().toString(Qt::ISODate),
                                    local.time().toString(QStringLiteral("HH:mm")),
                                    entry.name,
                                    entry.nik,
                                    entry.phone,
                                    entry.origin,
                                    entry.purpose,
                                    entry.serviceCode,
                                    serviceName(catalog, entry.serviceCode),
                                    entry.outcome,
                                    entry.servedByName };
    }
    return table;
}

} // namespace loket
