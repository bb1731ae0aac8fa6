// A service's complete standard (standar pelayanan) as offices must display it: the components
// of the decree, in the decree's order, with its number and the head of office at the foot.
#include "DocumentHtml.h"
#include "DocumentRenderer.h"

#include <algorithm>
#include <array>
#include <utility>

namespace loket {
namespace {

using html::escaped;
using html::multiline;

QString conditionLabel(Requirement::Condition condition)
{
    switch (condition) {
    case Requirement::Condition::Always:
        break;
    case Requirement::Condition::Renewal:
        return QStringLiteral("(khusus perpanjangan)");
    case Requirement::Condition::New:
        return QStringLiteral("(khusus permohonan baru)");
    case Requirement::Condition::IfPresent:
        return QStringLiteral("(jika ada)");
    case Requirement::Condition::CaseSpecific:
        return QStringLiteral("(sesuai kasus)");
    case Requirement::Condition::Alternative:
        return QStringLiteral("(salah satu)");
    }
    return QString();
}

QString requirementList(const QList<Requirement>& requirements)
{
    QStringList items;
    for (const Requirement& requirement : requirements) {
        QString item = escaped(requirement.text);
        const QString condition = conditionLabel(requirement.condition);
        if (!condition.isEmpty())
            item += QStringLiteral(" <i>") + condition + QStringLiteral("</i>");
        items << item;
    }
    return html::numberedList(items);
}

QString stepList(QList<ProcedureStep> steps)
{
    std::stable_sort(
        steps.begin(), steps.end(),
        [](const ProcedureStep& a, const ProcedureStep& b) { return a.order < b.order; });
    QStringList items;
    for (const ProcedureStep& step : steps)
        items << escaped(step.text);
    return html::numberedList(items);
}

QString escapedList(const QStringList& texts)
{
    QStringList items;
    for (const QString& text : texts)
        items << escaped(text);
    return html::numberedList(items);
}

QString complaintsHtml(const Office& office, const Service& service)
{
    // A service's own complaint text already names its channels and officers (Kotabaru).
    if (!service.complaints.trimmed().isEmpty())
        return multiline(service.complaints);
    QString result;
    const QString handling = service.components.value(QStringLiteral("complaintHandling"));
    if (!handling.trimmed().isEmpty())
        result += multiline(handling) + QStringLiteral("<br/>");
    QStringList channels;
    for (const ComplaintChannel& channel : office.complaintChannels) {
        const QString text = channel.label == channel.value
            ? escaped(channel.value)
            : escaped(channel.label) + QStringLiteral(": ") + escaped(channel.value);
        if (!channels.contains(text))
            channels << text;
    }
    if (!channels.isEmpty())
        result += QStringLiteral("Saluran pengaduan:") + html::numberedList(channels);
    return result;
}

// The components after the complaint handling, in the order of the decrees (and the keys of
// the catalog format).
const std::array<std::pair<const char*, const char*>, 8> kOtherComponents = { {
    { "competence", "Kompetensi Pelaksana" },
    { "supervision", "Pengawasan Internal" },
    { "facilities", "Sarana, Prasarana dan/atau Fasilitas" },
    { "staffing", "Jumlah Pelaksana" },
    { "guarantee", "Jaminan Pelayanan" },
    { "security", "Jaminan Keamanan dan Keselamatan Pelayanan" },
    { "evaluation", "Evaluasi Kinerja Pelaksana" },
    { "other", "Lain-lain" },
} };

class ComponentRows
{
public:
    void add(const QString& label, const QString& valueHtml)
    {
        m_rows += QStringLiteral("<tr><td align=\"center\" valign=\"top\">%1</td>"
                                 "<td valign=\"top\"><b>%2</b></td><td valign=\"top\">%3</td>"
                                 "</tr>\n")
                      .arg(QString::number(++m_count), escaped(label), valueHtml);
    }
    QString html() const { return m_rows; }

private:
    QString m_rows;
    int m_count = 0;
};

} // namespace

QString DocumentRenderer::serviceStandardHtml(const Office& office, const Service& service) const
{
    ComponentRows rows;
    if (!service.legalBasis.isEmpty())
        rows.add(QStringLiteral("Dasar Hukum"), escapedList(service.legalBasis));
    rows.add(QStringLiteral("Persyaratan Pelayanan"), requirementList(service.requirements));
    rows.add(QStringLiteral("Sistem, Mekanisme dan Prosedur"), stepList(service.steps));
    rows.add(QStringLiteral("Jangka Waktu Penyelesaian"), multiline(service.serviceTime.text));
    rows.add(QStringLiteral("Biaya/Tarif"), multiline(service.feeText));
    rows.add(QStringLiteral("Produk Pelayanan"), multiline(service.product.name));
    rows.add(QStringLiteral("Penanganan Pengaduan, Saran dan Masukan"),
             complaintsHtml(office, service));
    for (const auto& [key, label] : kOtherComponents) {
        const QString text = service.components.value(QString::fromLatin1(key));
        if (!text.trimmed().isEmpty())
            rows.add(QString::fromUtf8(label), multiline(text));
    }

    QString headRank = office.head.rank;
    if (!office.head.grade.isEmpty())
        headRank += QStringLiteral(" (") + office.head.grade + QLatin1Char(')');
    QString headNip;
    if (!office.head.nip.isEmpty())
        headNip = QStringLiteral("<br/>NIP. ") + escaped(office.head.nip);
    QString division;
    if (!service.division.isEmpty())
        division = QStringLiteral("<br/>") + escaped(service.division);

    const QHash<QString, QString> values = {
        { QStringLiteral("letterhead"), letterheadHtml(office) },
        { QStringLiteral("officeName"), escaped(office.name) },
        { QStringLiteral("officeNameUpper"), escaped(office.name.toUpper()) },
        { QStringLiteral("serviceCode"), escaped(service.code) },
        { QStringLiteral("serviceName"), escaped(service.name) },
        { QStringLiteral("divisionLine"), division },
        { QStringLiteral("componentRows"), rows.html() },
        { QStringLiteral("decreeNumber"), escaped(office.decree.number) },
        { QStringLiteral("decreeTitle"), escaped(office.decree.title) },
        { QStringLiteral("decreeDate"), escaped(office.decree.dateText) },
        { QStringLiteral("decreePlace"), escaped(office.decree.placeIssued) },
        { QStringLiteral("headTitleUpper"),
          escaped((QStringLiteral("Kepala ") + office.name).toUpper()) },
        { QStringLiteral("headName"), escaped(office.head.name) },
        { QStringLiteral("headRank"), escaped(headRank) },
        { QStringLiteral("headNipLine"), headNip },
    };
    return html::fill(templateText(QStringLiteral("service-standard.html")), values);
}

} // namespace loket
