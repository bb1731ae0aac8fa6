#include "CatalogReader.h"

#include "TextLists.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>

namespace loket {
void CatalogReader::error(const QString& path, const QString& message)
{
    m_errors << path + QStringLiteral(": ") + message;
}

void CatalogReader::checkKeys(const QJsonObject& object, const QString& path,
                              const QStringList& allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            error(jsonPath(path, it.key()),
                  tr("unknown key (allowed: %1)").arg(allowed.join(QStringLiteral(", "))));
    }
}

QString CatalogReader::string(const QJsonObject& object, const QString& key, const QString& path,
                              bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            error(jsonPath(path, key), tr("missing"));
        return {};
    }
    if (!value.isString()) {
        error(jsonPath(path, key), tr("must be text"));
        return {};
    }
    const QString text = value.toString().trimmed();
    if (required && text.isEmpty())
        error(jsonPath(path, key), tr("must not be empty"));
    return text;
}

QStringList CatalogReader::strings(const QJsonObject& object, const QString& key,
                                   const QString& path)
{
    QStringList result;
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return result;
    if (!value.isArray()) {
        error(jsonPath(path, key), tr("must be a list of texts"));
        return result;
    }
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString() || items.at(i).toString().trimmed().isEmpty())
            error(jsonIndex(jsonPath(path, key), i), tr("must be a non-empty text"));
        else
            result << items.at(i).toString().trimmed();
    }
    return result;
}

int CatalogReader::integer(const QJsonObject& object, const QString& key, const QString& path,
                           bool required, int minimum)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            error(jsonPath(path, key), tr("missing"));
        return 0;
    }
    const double number = value.toDouble(-1.5);
    if (!value.isDouble() || number != static_cast<double>(static_cast<int>(number))) {
        error(jsonPath(path, key), tr("must be a whole number"));
        return 0;
    }
    if (number < minimum) {
        error(jsonPath(path, key), tr("must be at least %1").arg(minimum));
        return 0;
    }
    return static_cast<int>(number);
}

QJsonObject CatalogReader::object(const QJsonObject& parent, const QString& key,
                                  const QString& path, bool required)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            error(jsonPath(path, key), tr("missing"));
        return {};
    }
    if (!value.isObject())
        error(jsonPath(path, key), tr("must be an object"));
    return value.toObject();
}

QJsonArray CatalogReader::array(const QJsonObject& parent, const QString& key, const QString& path,
                                bool required)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            error(jsonPath(path, key), tr("missing"));
        return {};
    }
    if (!value.isArray())
        error(jsonPath(path, key), tr("must be a list"));
    else if (required && value.toArray().isEmpty())
        error(jsonPath(path, key), tr("must not be empty"));
    return value.toArray();
}

int CatalogReader::choice(const QJsonObject& object, const QString& key, const QString& path,
                          const QStringList& allowed, bool required)
{
    const QString value = string(object, key, path, required);
    if (value.isEmpty())
        return 0;
    const int position = static_cast<int>(allowed.indexOf(value));
    if (position < 0) {
        error(jsonPath(path, key),
              tr("unknown value \"%1\" (allowed: %2)")
                  .arg(value, allowed.join(QStringLiteral(", "))));
        return 0;
    }
    return position;
}

QDate CatalogReader::date(const QJsonObject& object, const QString& key, const QString& path)
{
    const QString text = string(object, key, path, false);
    if (text.isEmpty())
        return {};
    const QDate result = QDate::fromString(text, Qt::ISODate);
    if (!result.isValid())
        error(jsonPath(path, key), tr("\"%1\" is not a date in the form YYYY-MM-DD").arg(text));
    return result;
}

QTime CatalogReader::time(const QJsonObject& object, const QString& key, const QString& path)
{
    const QString text = string(object, key, path, true);
    const QTime result = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!text.isEmpty() && !result.isValid())
        error(jsonPath(path, key), tr("\"%1\" is not a time in the form HH:MM").arg(text));
    return result;
}

Catalog CatalogReader::read(const QJsonObject& root)
{
    Catalog catalog;
    checkKeys(root, QString(), latin1List({ "formatVersion", "office", "services" }));
    if (integer(root, QStringLiteral("formatVersion"), QString(), true, 1) > 1)
        error(QStringLiteral("formatVersion"), tr("this version of Loket reads format 1 only"));
    catalog.office = readOffice(object(root, QStringLiteral("office"), QString(), true),
                                QStringLiteral("office"));
    const QJsonArray services = array(root, QStringLiteral("services"), QString(), true);
    for (qsizetype i = 0; i < services.size(); ++i)
        catalog.services << readService(services.at(i).toObject(),
                                        jsonIndex(QStringLiteral("services"), i));
    checkServices(catalog.services);
    return catalog;
}

void CatalogReader::checkServices(const QList<Service>& services)
{
    QSet<QString> codes;
    for (qsizetype i = 0; i < services.size(); ++i) {
        const Service& service = services.at(i);
        if (!service.code.isEmpty() && codes.contains(service.code))
            error(jsonIndex(QStringLiteral("services"), i) + QStringLiteral(".code"),
                  tr("\"%1\" is used by another service").arg(service.code));
        codes.insert(service.code);
        for (qsizetype s = 0; s < service.steps.size(); ++s) {
            if (service.steps.at(s).order != s + 1)
                error(jsonIndex(jsonIndex(QStringLiteral("services"), i) + QStringLiteral(".steps"),
                                s)
                          + QStringLiteral(".order"),
                      tr("expected %1: steps are numbered 1, 2, 3… in order").arg(s + 1));
        }
    }
}

} // namespace loket
