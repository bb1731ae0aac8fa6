// Reading and checking services.json: every problem is listed with its JSON path.
#include "LetterSpecs.h"
#include "TextLists.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <utility>

namespace loket {
namespace {

const QString kRenewal = QStringLiteral("renewal");
const QString kServices = QStringLiteral("services");
const QString kProduct = QStringLiteral("product");
const QString kNotes = QStringLiteral("notes");
QStringList specKeys()
{
    return latin1List({ "template",  "title",          "subject",     "nature",    "attachments",
                        "addressee", "addresseePlace", "opening",     "details",   "body",
                        "closing",   "issuer",         "considering", "observing", "decisions",
                        "items",     "tembusan",       "signer",      "initials",  "handover",
                        "renewal",   "services",       "notes" });
}

QStringList conditions()
{
    return latin1List({ "", "renewal", "new", "organisation", "person", "documents" });
}

// Reads a spec's values, collecting every problem with its path instead of stopping at one.
class Reader
{
public:
    Reader(const QJsonObject& object, QString path, QStringList* errors)
        : m_object(object)
        , m_path(std::move(path))
        , m_errors(errors)
    {
    }

    void unknownKeys(const QStringList& allowed) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!allowed.contains(it.key()))
                error(it.key(), LetterSpecs::tr("unknown key"));
        }
    }
    QString string(const QString& key) const
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isUndefined() && !value.isString())
            error(key, LetterSpecs::tr("must be a text"));
        return value.toString();
    }
    QStringList strings(const QString& key) const
    {
        QStringList result;
        const QJsonValue value = m_object.value(key);
        if (!value.isUndefined() && !value.isArray())
            error(key, LetterSpecs::tr("must be a list of texts"));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                error(jsonIndex(key, i), LetterSpecs::tr("must be a text"));
            result << array.at(i).toString();
        }
        return result;
    }
    QList<LetterParagraph> paragraphs(const QString& key) const
    {
        QList<LetterParagraph> result;
        const QJsonArray array = m_object.value(key).toArray();
        if (!m_object.value(key).isUndefined() && !m_object.value(key).isArray())
            error(key, LetterSpecs::tr("must be a list of paragraphs"));
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            if (item.isString()) {
                result << LetterParagraph { item.toString(), QString() };
                continue;
            }
            const Reader paragraph(item.toObject(), jsonIndex(jsonPath(m_path, key), i), m_errors);
            if (!item.isObject()) {
                paragraph.error(QString(), LetterSpecs::tr("must be a text or an object"));
                continue;
            }
            paragraph.unknownKeys(latin1List({ "text", "when" }));
            const LetterParagraph parsed { paragraph.string(QStringLiteral("text")),
                                           paragraph.string(QStringLiteral("when")) };
            if (!conditions().contains(parsed.when))
                paragraph.error(QStringLiteral("when"),
                                LetterSpecs::tr("unknown value \"%1\"").arg(parsed.when));
            result << parsed;
        }
        return result;
    }
    Reader object(const QString& key) const
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isUndefined() && !value.isObject())
            error(key, LetterSpecs::tr("must be an object"));
        return Reader(value.toObject(), jsonPath(m_path, key), m_errors);
    }
    bool has(const QString& key) const { return m_object.contains(key); }
    void error(const QString& key, const QString& message) const
    {
        if (m_errors)
            *m_errors << QStringLiteral("%1: %2").arg(jsonPath(m_path, key), message);
    }

private:
    QJsonObject m_object;
    QString m_path;
    QStringList* m_errors;
};

std::optional<LetterSigner> signerOf(const Reader& reader)
{
    reader.unknownKeys(
        latin1List({ "position", "form", "ownPosition", "name", "rank", "grade", "nip" }));
    LetterSigner signer;
    const QString form = reader.string(QStringLiteral("form"));
    const QStringList forms = latin1List({ "", "a.n.", "Plt.", "Plh." });
    if (!forms.contains(form))
        reader.error(QStringLiteral("form"), LetterSpecs::tr("unknown value \"%1\"").arg(form));
    signer.form = static_cast<LetterSigner::Form>(qMax(0, int(forms.indexOf(form))));
    signer.position = reader.string(QStringLiteral("position"));
    signer.ownPosition = reader.string(QStringLiteral("ownPosition"));
    signer.name = reader.string(QStringLiteral("name"));
    signer.rank = reader.string(QStringLiteral("rank"));
    signer.grade = reader.string(QStringLiteral("grade"));
    signer.nip = reader.string(QStringLiteral("nip"));
    return signer;
}

} // namespace

LetterSpec LetterSpecs::parse(const QString& type, const QJsonObject& object, const QString& path,
                              QStringList* errors)
{
    const Reader reader(object, path, errors);
    reader.unknownKeys(specKeys());
    LetterSpec spec;
    spec.type = type;
    spec.templateKey = reader.string(QStringLiteral("template"));
    static const QRegularExpression key(QStringLiteral("^[a-z0-9-]+$"));
    if (!key.match(spec.templateKey).hasMatch())
        reader.error(QStringLiteral("template"),
                     LetterSpecs::tr("required: lowercase letters, digits and \"-\" only"));
    spec.title = reader.string(QStringLiteral("title"));
    spec.subject = reader.string(QStringLiteral("subject"));
    spec.nature = reader.string(QStringLiteral("nature"));
    spec.addressee = reader.string(QStringLiteral("addressee"));
    spec.addresseePlace = reader.string(QStringLiteral("addresseePlace"));
    spec.closing = reader.string(QStringLiteral("closing"));
    spec.issuer = reader.string(QStringLiteral("issuer"));
    spec.attachments = object.value(QStringLiteral("attachments")).toInt();
    spec.details = object.value(QStringLiteral("details")).toBool(true);
    spec.opening = reader.paragraphs(QStringLiteral("opening"));
    spec.body = reader.paragraphs(QStringLiteral("body"));
    spec.decisions = reader.paragraphs(QStringLiteral("decisions"));
    spec.considering = reader.strings(QStringLiteral("considering"));
    spec.observing = reader.strings(QStringLiteral("observing"));
    spec.items = reader.strings(QStringLiteral("items"));
    spec.carbonCopies = reader.strings(QStringLiteral("tembusan"));
    spec.initials = reader.strings(QStringLiteral("initials"));
    if (spec.initials.size() > 3)
        reader.error(QStringLiteral("initials"), LetterSpecs::tr("at most 3 rows of initials"));
    if (reader.has(QStringLiteral("signer")))
        spec.signer = signerOf(reader.object(QStringLiteral("signer")));
    if (reader.has(QStringLiteral("handover"))) {
        const Reader handover = reader.object(QStringLiteral("handover"));
        handover.unknownKeys(latin1List({ "items", "from" }));
        spec.handover = true;
        spec.handoverItems = handover.strings(QStringLiteral("items"));
        const QString from = handover.string(QStringLiteral("from"));
        if (from != QLatin1String("office") && from != QLatin1String("applicant"))
            handover.error(QStringLiteral("from"), LetterSpecs::tr("must be office or applicant"));
        spec.handoverFromApplicant = from == QLatin1String("applicant");
    }
    return spec;
}

std::optional<LetterSpecs> LetterSpecs::fromJson(const QByteArray& json, QStringList* errors)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (errors)
            *errors << tr("not valid JSON: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    QStringList problems;
    const Reader top(document.object(), QString(), &problems);
    top.unknownKeys(latin1List({ "formatVersion", "offices", "common", "services", "notes" }));
    LetterSpecs specs;
    specs.m_offices = document.object().value(QStringLiteral("offices")).toObject();
    specs.m_common = document.object().value(QStringLiteral("common")).toObject();
    specs.m_services = document.object().value(kServices).toObject();

    for (auto office = specs.m_offices.begin(); office != specs.m_offices.end(); ++office) {
        const Reader reader(office->toObject(), QStringLiteral("offices.") + office.key(),
                            &problems);
        reader.unknownKeys(latin1List({ "initials", "placeholders" }));
        reader.strings(QStringLiteral("initials"));
    }
    auto check = [&problems](const QString& type, const QJsonObject& raw, const QString& path) {
        parse(type, withRenewal(raw, false), path, &problems);
        if (raw.contains(kRenewal))
            parse(type, withRenewal(raw, true), path + QStringLiteral(".renewal"), &problems);
    };
    for (auto common = specs.m_common.begin(); common != specs.m_common.end(); ++common)
        check(common.key(), common->toObject(), QStringLiteral("common.") + common.key());
    for (auto service = specs.m_services.begin(); service != specs.m_services.end(); ++service) {
        const QString path = QStringLiteral("services.") + service.key();
        const QJsonObject entry = service->toObject();
        for (auto type = entry.begin(); type != entry.end(); ++type) {
            if (type.key() != kProduct && type.key() != kNotes)
                check(type.key(), type->toObject(), path + QLatin1Char('.') + type.key());
        }
        if (!specs.types(service.key()).contains(entry.value(kProduct).toString()))
            problems << path + QStringLiteral(".product: ")
                    + tr("not one of the documents of this service");
    }
    if (errors)
        *errors << problems;
    if (!problems.isEmpty())
        return std::nullopt;
    return specs;
}

} // namespace loket
