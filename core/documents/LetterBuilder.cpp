#include "LetterBuilder.h"

#include "WorkingCalendar.h"

#include <QLocale>
#include <QRegularExpression>
#include <utility>

namespace loket {
namespace {

// Fills the office's own placeholders ({{regionHead}}, {{officeName}}…) into mapping text and
// leaves the case's ({{name}}, {{findings}}…) for the renderer, which escapes their values.
class OfficeWording
{
public:
    explicit OfficeWording(QHash<QString, QString> values)
        : m_values(std::move(values))
    {
    }
    QString operator()(const QString& text) const
    {
        static const QRegularExpression placeholder(
            QStringLiteral("\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
        QString result;
        qsizetype copied = 0;
        auto match = placeholder.globalMatch(text);
        while (match.hasNext()) {
            const QRegularExpressionMatch found = match.next();
            const auto value = m_values.constFind(found.captured(1));
            if (value == m_values.constEnd())
                continue;
            result += QStringView(text).mid(copied, found.capturedStart() - copied);
            result += *value;
            copied = found.capturedEnd();
        }
        result += QStringView(text).mid(copied);
        return result;
    }
    QStringList operator()(const QStringList& texts) const
    {
        QStringList result;
        for (const QString& text : texts)
            result << (*this)(text);
        return result;
    }

private:
    QHash<QString, QString> m_values;
};

struct Facts
{
    bool renewal = false;
    bool organisation = false;
    bool documents = false;
};

bool holds(const QString& when, const Facts& facts)
{
    if (when.isEmpty())
        return true;
    if (when == QLatin1String("renewal"))
        return facts.renewal;
    if (when == QLatin1String("new"))
        return !facts.renewal;
    if (when == QLatin1String("organisation"))
        return facts.organisation;
    if (when == QLatin1String("person"))
        return !facts.organisation;
    if (when == QLatin1String("documents"))
        return facts.documents;
    return false;
}

QStringList chosen(const QList<LetterParagraph>& paragraphs, const Facts& facts,
                   const OfficeWording& wording)
{
    QStringList result;
    for (const LetterParagraph& paragraph : paragraphs) {
        if (holds(paragraph.when, facts))
            result << wording(paragraph.text);
    }
    return result;
}

// The case's own values in the document (the receipt date in the office's zone); returns what
// the spec's conditional paragraphs ask about.
Facts withCase(LetterData& data, const Case& record)
{
    data.caseNumber = record.number;
    const QTimeZone zone = timeZoneFromName(data.office.timeZone);
    data.receivedDate
        = (zone.isValid() ? record.receivedAt.toTimeZone(zone) : record.receivedAt.toLocalTime())
              .date();
    data.renewal = record.renewal;
    data.person = record.person;
    data.organisation = record.organisation;
    for (const ChecklistItem& item : record.checklist) {
        if (item.state == ChecklistItem::State::Present)
            data.documentsReceived << item.text;
    }
    return { record.renewal, record.organisation.has_value(), !data.documentsReceived.isEmpty() };
}

LetterRecipient recipientOf(const Case& record)
{
    return { record.person.fullName, record.person.nik, record.person.kkNumber,
             record.person.address, record.number };
}

} // namespace

LetterBuilder::LetterBuilder(const Catalog& catalog, LetterSpecs specs)
    : m_catalog(catalog)
    , m_specs(std::move(specs))
{
}

QString LetterBuilder::headPosition(const Office& office)
{
    // "Kepala Dinas" + "Dinas Sosial Kota …": the shared word is written once.
    const QString title = office.head.title.trimmed();
    const QString lastWord = title.section(QLatin1Char(' '), -1);
    if (!lastWord.isEmpty() && office.name.startsWith(lastWord + QLatin1Char(' ')))
        return title + office.name.mid(lastWord.size());
    return title.isEmpty() ? office.name : title + QLatin1Char(' ') + office.name;
}

QString LetterBuilder::regionName(const Office& office)
{
    const QString unit = office.unitLine.simplified();
    if (!unit.isEmpty() && office.name.startsWith(unit, Qt::CaseInsensitive))
        return office.name.mid(unit.size()).trimmed();
    return office.name;
}

LetterSigner LetterBuilder::headSigner(const Office& office)
{
    LetterSigner signer;
    signer.position = headPosition(office).toUpper();
    signer.name = office.head.name;
    signer.rank = office.head.rank;
    signer.grade = office.head.grade;
    signer.nip = office.head.nip;
    return signer;
}

namespace {

// The head of office, or whom the mapping names instead (only what it knows of them).
LetterSigner signerOf(const Office& office, const LetterSpec& spec)
{
    LetterSigner signer = LetterBuilder::headSigner(office);
    if (!spec.signer)
        return signer;
    const LetterSigner& own = *spec.signer;
    const bool forHead = own.position.isEmpty();
    signer.form = own.form;
    signer.ownPosition = own.ownPosition;
    if (!forHead || own.form != LetterSigner::Form::Direct) {
        if (!forHead)
            signer.position = own.position;
        signer.name = own.name;
        signer.rank = own.rank;
        signer.grade = own.grade;
        signer.nip = own.nip;
    }
    return signer;
}

} // namespace

LetterData LetterBuilder::fromSpec(const Service& service, const LetterSpec& spec,
                                   const QDate& date, const Case* record) const
{
    const Office& office = m_catalog.office;
    QHash<QString, QString> officeValues = m_specs.placeholders(office.id);
    officeValues.insert(QStringLiteral("officeName"), office.name.toHtmlEscaped());
    officeValues.insert(QStringLiteral("regionName"), regionName(office).toHtmlEscaped());
    officeValues.insert(QStringLiteral("city"), office.city.toHtmlEscaped());
    officeValues.insert(QStringLiteral("headPosition"), headPosition(office).toHtmlEscaped());
    const OfficeWording wording(officeValues);

    LetterData data;
    data.office = office;
    data.documentType = spec.type;
    data.templateKey = spec.templateKey;
    data.place = office.city;
    data.date = date;
    // DTSEN replaced DTKS on 5 February 2025 (Inpres 4/2025).
    data.registerKind = date < QDate(2025, 2, 5) ? ExtractKind::Dtks : ExtractKind::Dtsen;
    data.registerDate = date;
    data.serviceCode = service.code;
    data.serviceName = service.name;
    data.productName = service.product.name;
    data.personRole = service.applicantKind == Service::ApplicantKind::Report
        ? QStringLiteral("Pelapor")
        : QStringLiteral("Pemohon");

    const Facts facts = record ? withCase(data, *record) : Facts();

    data.title = wording(spec.title);
    data.subject = wording(spec.subject);
    if (!spec.nature.isEmpty())
        data.nature = spec.nature;
    data.attachmentCount = spec.attachments;
    data.addressee = wording(spec.addressee);
    data.addresseePlace = wording(spec.addresseePlace);
    data.opening = chosen(spec.opening, facts, wording);
    data.showDetails = spec.details;
    data.body = chosen(spec.body, facts, wording);
    data.closing = wording(spec.closing);
    data.issuer = spec.issuer.isEmpty() ? headPosition(office).toUpper().toHtmlEscaped()
                                        : wording(spec.issuer);
    data.considering = wording(spec.considering);
    data.observing = spec.observing.isEmpty() ? QStringList() : wording(spec.observing);
    if (data.observing.isEmpty()) {
        for (const QString& basis : service.legalBasis)
            data.observing << basis.toHtmlEscaped();
    }
    data.decisions = chosen(spec.decisions, facts, wording);
    data.items = wording(spec.items);
    data.carbonCopies = wording(spec.carbonCopies);

    data.signer = signerOf(office, spec);
    const QStringList rows = spec.initials.isEmpty() ? m_specs.initials(office.id) : spec.initials;
    for (const QString& position : rows)
        data.initials << LetterInitial { position, QString(), QDate() };

    if (spec.handover)
        data.handover
            = LetterHandover { spec.handoverItems, spec.handoverFromApplicant, {}, {}, {} };
    if (record && spec.templateKey == QLatin1String("decree"))
        data.recipients << recipientOf(*record);
    return data;
}

std::optional<LetterData> LetterBuilder::build(const Case& record, const QString& type,
                                               const QDate& date, QString* error) const
{
    const Service* service = m_catalog.service(record.serviceCode);
    if (!service) {
        if (error)
            *error = tr("Service %1 is not in the catalog.").arg(record.serviceCode);
        return std::nullopt;
    }
    const QString wanted = type.isEmpty() ? m_specs.productType(service->code) : type;
    const std::optional<LetterSpec> spec = m_specs.spec(service->code, wanted, record.renewal);
    if (!spec) {
        if (error)
            *error = tr("Service %1 has no document \"%2\" (it has: %3).")
                         .arg(service->code, wanted,
                              m_specs.types(service->code).join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return fromSpec(*service, *spec, date, &record);
}

std::optional<LetterData> LetterBuilder::collective(const QString& serviceCode, const QString& type,
                                                    const QList<Case>& cases, const QDate& month,
                                                    const QDate& date, QString* error) const
{
    const Service* service = m_catalog.service(serviceCode);
    const std::optional<LetterSpec> spec
        = service ? m_specs.spec(serviceCode, type, false) : std::nullopt;
    if (!spec) {
        if (error)
            *error = tr("Service %1 has no document \"%2\" (it has: %3).")
                         .arg(serviceCode, type,
                              m_specs.types(serviceCode).join(QStringLiteral(", ")));
        return std::nullopt;
    }
    LetterData data = fromSpec(*service, *spec, date, nullptr);
    for (const Case& record : cases)
        data.recipients << recipientOf(record);
    const QDate first(month.year(), month.month(), 1);
    data.period = QLocale(QLocale::Indonesian, QLocale::Indonesia)
                      .toString(first, QStringLiteral("MMMM yyyy"));
    // The decree reaches BPJS Kesehatan by the 15th of the month after the one it covers.
    data.deadline = first.addMonths(1).addDays(14);
    data.showDetails = false;
    return data;
}

} // namespace loket
