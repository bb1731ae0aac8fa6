#include "IkmReport.h"

#include "DocumentHtml.h"
#include "IkmWeightSetting.h"
#include "IndonesianText.h"
#include "Letterhead.h"
#include "SurveyDocument.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>

namespace loket {
namespace {

using html::escaped;
using Index = SatisfactionIndex;

QString cell(const QString& textHtml, const QString& attributes = QString())
{
    return QStringLiteral("<td%1>%2</td>")
        .arg(attributes.isEmpty() ? QString() : QStringLiteral(" ") + attributes, textHtml);
}

const QString right = QStringLiteral("align=\"right\"");
const QString centre = QStringLiteral("align=\"center\"");
const QString tableOpen
    = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                     "style=\"border-collapse:collapse\">");

QString headings(const QList<QPair<QString, int>>& columns)
{
    QString row = QStringLiteral("<thead><tr>");
    for (const auto& [heading, percent] : columns)
        row += QStringLiteral("<th bgcolor=\"#e0e0e0\" width=\"%1%\">%2</th>")
                   .arg(percent)
                   .arg(escaped(heading));
    return row + QStringLiteral("</tr></thead>");
}

QString gradeText(const Index::Result& result)
{
    return QStringLiteral("%1 (%2)").arg(result.grade, result.gradeText);
}

QString elementTable(const IkmReport::Data& data)
{
    const QStringList names = Index::elementNames();
    QString rows = tableOpen
        + headings({ { QStringLiteral("No."), 5 },
                     { QStringLiteral("Kode"), 8 },
                     { QStringLiteral("Unsur pelayanan"), 39 },
                     { QStringLiteral("Jumlah nilai"), 14 },
                     { QStringLiteral("NRR"), 14 },
                     { QStringLiteral("NRR \u00d7 bobot"), 20 } });
    for (int e = 0; e < Index::ElementCount; ++e) {
        const auto at = static_cast<size_t>(e);
        rows += QStringLiteral("<tr>") + cell(QString::number(e + 1), centre)
            + cell(QStringLiteral("U%1").arg(e + 1), centre) + cell(escaped(names.at(e)))
            + cell(QString::number(data.totals.at(at)), right)
            + cell(IkmReport::decimal(data.result.average.at(at), 3), right)
            + cell(IkmReport::decimal(data.weighted(e), 3), right) + QStringLiteral("</tr>");
    }
    const QString span = QStringLiteral("colspan=\"5\"");
    rows += QStringLiteral("<tr>")
        + cell(QStringLiteral("<b>Nilai IKM unit pelayanan (jumlah NRR \u00d7 bobot)</b>"), span)
        + cell(QStringLiteral("<b>%1</b>").arg(IkmReport::decimal(data.result.index, 3)), right)
        + QStringLiteral("</tr><tr>")
        + cell(QStringLiteral("<b>Nilai konversi (IKM \u00d7 25)</b>"), span)
        + cell(QStringLiteral("<b>%1</b>").arg(IkmReport::decimal(data.result.converted, 2)), right)
        + QStringLiteral("</tr><tr>") + cell(QStringLiteral("<b>Mutu pelayanan</b>"), span)
        + cell(QStringLiteral("<b>%1</b>").arg(escaped(gradeText(data.result))), right)
        + QStringLiteral("</tr></table>");
    return rows;
}

QString serviceTable(const IkmReport::Data& data)
{
    QString rows = tableOpen
        + headings({ { QStringLiteral("No."), 5 },
                     { QStringLiteral("Kode"), 9 },
                     { QStringLiteral("Jenis layanan"), 41 },
                     { QStringLiteral("Responden"), 16 },
                     { QStringLiteral("IKM"), 9 },
                     { QStringLiteral("Mutu"), 20 } });
    int number = 0;
    for (const IkmReport::ServiceLine& line : data.services) {
        rows += QStringLiteral("<tr>") + cell(QString::number(++number), centre)
            + cell(escaped(line.code)) + cell(escaped(line.name))
            + cell(QString::number(line.result.respondents), right)
            + cell(IkmReport::decimal(line.result.converted, 2), right)
            + cell(escaped(gradeText(line.result))) + QStringLiteral("</tr>");
    }
    rows += QStringLiteral("<tr>")
        + cell(QStringLiteral("<b>Seluruh layanan (unit pelayanan)</b>"),
               QStringLiteral("colspan=\"3\""))
        + cell(QStringLiteral("<b>%1</b>").arg(data.result.respondents), right)
        + cell(QStringLiteral("<b>%1</b>").arg(IkmReport::decimal(data.result.converted, 2)), right)
        + cell(QStringLiteral("<b>%1</b>").arg(escaped(gradeText(data.result))))
        + QStringLiteral("</tr></table>");
    return rows;
}

QString signature(const Office& office, const QDate& printedOn)
{
    const Official& head = office.head;
    QString rank = head.rank;
    if (!head.grade.isEmpty())
        rank += QStringLiteral(" (") + head.grade + QLatin1Char(')');
    // "Kepala Dinas" of "Dinas Sosial Kota …": the title's last word starts the office's name.
    const QString lastWord = head.title.section(QLatin1Char(' '), -1);
    const QString title = office.name.startsWith(lastWord + QLatin1Char(' '))
        ? head.title + office.name.mid(lastWord.size())
        : head.title + QLatin1Char(' ') + office.name;
    return QStringLiteral(
               "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"50%\">"
               "</td><td align=\"center\">%1, %2<br/>%3<br/><br/><br/><br/><br/><b><u>%4</u></b>"
               "%5%6</td></tr></table>")
        .arg(escaped(office.city), escaped(text::longDate(printedOn)), escaped(title),
             escaped(head.name),
             rank.isEmpty() ? QString() : QStringLiteral("<br/>") + escaped(rank),
             head.nip.isEmpty() ? QString() : QStringLiteral("<br/>NIP. ") + escaped(head.nip));
}

} // namespace

double IkmReport::Data::weighted(int element) const
{
    return result.average.at(static_cast<size_t>(element)) * Index::weightOf(weight);
}

std::optional<IkmReport::Data> IkmReport::build(Database& database, const Catalog& catalog,
                                                const QDate& from, const QDate& to,
                                                const QString& serviceCode, QString* errorMessage)
{
    errorMessage->clear();
    if (!from.isValid() || !to.isValid() || from > to) {
        *errorMessage = tr("The period runs from a date to the same or a later date.");
        return std::nullopt;
    }
    if (!serviceCode.isEmpty() && !catalog.service(serviceCode)) {
        *errorMessage = tr("There is no service %1 in the office's catalog.").arg(serviceCode);
        return std::nullopt;
    }
    const std::optional<Index::Weight> weight = IkmWeightSetting::load(database, errorMessage);
    if (!weight)
        return std::nullopt;
    const QList<SurveyResponse> responses
        = SurveyStore(database, catalog).responses(from, to, serviceCode, errorMessage);
    if (!errorMessage->isEmpty())
        return std::nullopt;
    return compute(responses, catalog, from, to, serviceCode, *weight);
}

IkmReport::Data IkmReport::compute(const QList<SurveyResponse>& responses, const Catalog& catalog,
                                   const QDate& from, const QDate& to, const QString& serviceCode,
                                   Index::Weight weight)
{
    Data data;
    data.from = from;
    data.to = to;
    data.serviceCode = serviceCode;
    const Service* service = catalog.service(serviceCode);
    data.serviceName = service ? service->name : QString();
    data.weight = weight;
    QList<Index::Answers> all;
    QMap<QString, QList<Index::Answers>> perService;
    for (const SurveyResponse& response : responses) {
        all << response.answers;
        perService[response.serviceCode] << response.answers;
        if (!response.suggestion.trimmed().isEmpty())
            data.suggestions << response.suggestion.trimmed();
        for (int e = 0; e < Index::ElementCount; ++e)
            data.totals[static_cast<size_t>(e)] += response.answers.at(static_cast<size_t>(e));
    }
    data.result = Index::compute(all, weight);
    for (auto it = perService.cbegin(); it != perService.cend(); ++it) {
        const Service* own = catalog.service(it.key());
        data.services << ServiceLine { it.key(), own ? own->name : it.key(),
                                       Index::compute(it.value(), weight) };
    }
    return data;
}

QString IkmReport::weightLine(Index::Weight weight)
{
    return weight == Index::Weight::Printed011
        ? QStringLiteral("Bobot: 0,11 sebagaimana tercantum dalam PermenPANRB 14/2017 "
                         "(jumlah bobot sembilan unsur 0,99)")
        : QStringLiteral("Bobot: 1/9 (0,111\u2026) untuk setiap unsur (jumlah bobot 1)");
}

QString IkmReport::decimal(double value, int decimals)
{
    return QString::number(value, 'f', decimals).replace(QLatin1Char('.'), QLatin1Char(','));
}

QString IkmReport::periodText(const QDate& from, const QDate& to)
{
    return from == to ? text::longDate(from)
                      : QStringLiteral("%1 s.d. %2").arg(text::longDate(from), text::longDate(to));
}

QString IkmReport::html(const Office& office, const Data& data, const QDate& printedOn)
{
    const QString period = periodText(data.from, data.to);
    QString body = Letterhead::compactHtml(office)
        + QStringLiteral("<h3 align=\"center\">LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT (SKM)<br/>"
                         "INDEKS KEPUASAN MASYARAKAT (IKM)</h3>");
    body += QStringLiteral("<table cellpadding=\"1\" cellspacing=\"0\">")
        + html::detailRow(QStringLiteral("Unit pelayanan"), escaped(office.name))
        + html::detailRow(QStringLiteral("Jenis layanan"),
                          data.serviceCode.isEmpty()
                              ? QStringLiteral("Seluruh jenis layanan")
                              : escaped(data.serviceCode + QStringLiteral(" ") + data.serviceName))
        + html::detailRow(QStringLiteral("Periode survei"), escaped(period))
        + html::detailRow(QStringLiteral("Jumlah responden"),
                          QStringLiteral("%1 orang").arg(data.result.respondents))
        + html::detailRow(QStringLiteral("Dasar"),
                          QStringLiteral("Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang "
                                         "Pedoman Penyusunan Survei Kepuasan Masyarakat Unit "
                                         "Penyelenggara Pelayanan Publik"))
        + QStringLiteral("</table>");
    if (data.result.respondents == 0) {
        body += QStringLiteral("<p><b>Belum ada responden pada periode ini; nilai IKM belum "
                               "dapat dihitung.</b></p>");
    } else {
        body += QStringLiteral("<p><b>A. Nilai per unsur pelayanan</b></p>") + elementTable(data)
            + QStringLiteral("<p>%1.<br/>NRR = jumlah nilai unsur \u00f7 jumlah responden; "
                             "IKM = \u03a3 (NRR \u00d7 bobot); nilai konversi = IKM \u00d7 25.</p>")
                  .arg(escaped(weightLine(data.weight)));
        char section = 'B';
        if (data.serviceCode.isEmpty())
            body += QStringLiteral("<p><b>%1. IKM per jenis layanan</b></p>")
                        .arg(QLatin1Char(section++))
                + serviceTable(data);
        if (!data.suggestions.isEmpty()) {
            // The same words from several respondents once, with how many wrote them.
            QStringList distinct;
            QHash<QString, int> times;
            for (const QString& suggestion : data.suggestions) {
                if (times[suggestion]++ == 0)
                    distinct << suggestion;
            }
            QStringList items;
            for (const QString& suggestion : std::as_const(distinct))
                items << html::multiline(suggestion)
                        + (times.value(suggestion) > 1
                               ? QStringLiteral(" (%1 responden)").arg(times.value(suggestion))
                               : QString());
            body += QStringLiteral("<p><b>%1. Saran dan masukan responden</b></p>")
                        .arg(QLatin1Char(section))
                + html::numberedList(items);
        }
        body += QStringLiteral(
            "<p style=\"font-size:small\">Mutu pelayanan menurut nilai konversi: A (88,31\u2013"
            "100,00) Sangat baik; B (76,61\u201388,30) Baik; C (65,00\u201376,60) Kurang baik; "
            "D (25,00\u201364,99) Tidak baik.</p>");
    }
    body += QStringLiteral("<p>&nbsp;</p>") + signature(office, printedOn);
    return QStringLiteral("<html><head><title>Laporan IKM %1</title></head><body>%2</body></html>")
        .arg(escaped(period), body);
}

QJsonObject IkmReport::json(const Data& data)
{
    const QStringList names = Index::elementNames();
    QJsonArray elements;
    for (int e = 0; e < Index::ElementCount; ++e) {
        const auto at = static_cast<size_t>(e);
        elements.append(QJsonObject { { QStringLiteral("code"), QStringLiteral("U%1").arg(e + 1) },
                                      { QStringLiteral("name"), names.at(e) },
                                      { QStringLiteral("total"), data.totals.at(at) },
                                      { QStringLiteral("nrr"), data.result.average.at(at) },
                                      { QStringLiteral("weighted"), data.weighted(e) } });
    }
    const auto resultJson = [](const Index::Result& result) {
        return QJsonObject { { QStringLiteral("respondents"), result.respondents },
                             { QStringLiteral("ikm"), result.index },
                             { QStringLiteral("converted"), result.converted },
                             { QStringLiteral("grade"), QString(result.grade) },
                             { QStringLiteral("gradeText"), result.gradeText } };
    };
    QJsonArray services;
    for (const ServiceLine& line : data.services) {
        QJsonObject entry = resultJson(line.result);
        entry.insert(QStringLiteral("code"), line.code);
        entry.insert(QStringLiteral("name"), line.name);
        services.append(entry);
    }
    QJsonObject root = resultJson(data.result);
    root.insert(QStringLiteral("from"), data.from.toString(Qt::ISODate));
    root.insert(QStringLiteral("to"), data.to.toString(Qt::ISODate));
    root.insert(QStringLiteral("service"), data.serviceCode);
    root.insert(QStringLiteral("weight"), IkmWeightSetting::key(data.weight));
    root.insert(QStringLiteral("weightValue"), Index::weightOf(data.weight));
    root.insert(QStringLiteral("weightLine"), weightLine(data.weight));
    root.insert(QStringLiteral("elements"), elements);
    root.insert(QStringLiteral("services"), services);
    root.insert(QStringLiteral("suggestions"), QJsonArray::fromStringList(data.suggestions));
    return root;
}

} // namespace loket
