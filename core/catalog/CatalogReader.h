#pragma once

#include "Catalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace loket {

// Walks the JSON tree of a catalog, building the model and collecting every error with its
// path. Kept apart from CatalogLoader so that each reads at one sitting.
class CatalogReader
{
    Q_DECLARE_TR_FUNCTIONS(loket::CatalogReader)
public:
    Catalog read(const QJsonObject& root);
    const QStringList& errors() const { return m_errors; }

private:
    void error(const QString& path, const QString& message);
    void checkKeys(const QJsonObject& object, const QString& path, const QStringList& allowed);
    QString string(const QJsonObject& object, const QString& key, const QString& path,
                   bool required);
    QStringList strings(const QJsonObject& object, const QString& key, const QString& path);
    int integer(const QJsonObject& object, const QString& key, const QString& path, bool required,
                int minimum);
    QJsonObject object(const QJsonObject& parent, const QString& key, const QString& path,
                       bool required);
    QJsonArray array(const QJsonObject& parent, const QString& key, const QString& path,
                     bool required);
    int choice(const QJsonObject& object, const QString& key, const QString& path,
               const QStringList& allowed, bool required);
    QDate date(const QJsonObject& object, const QString& key, const QString& path);
    QTime time(const QJsonObject& object, const QString& key, const QString& path);

    Office readOffice(const QJsonObject& json, const QString& path);
    void readOfficeIdentity(const QJsonObject& json, const QString& path, Office& office);
    void readOfficeHours(const QJsonObject& json, const QString& path, Office& office);
    void readOfficeHead(const QJsonObject& json, const QString& path, Office& office);
    void readOfficeDecree(const QJsonObject& json, const QString& path, Office& office);
    void readComplaintContacts(const QJsonObject& json, const QString& path, Office& office);
    Service readService(const QJsonObject& json, const QString& path);
    Requirement readRequirement(const QJsonObject& json, const QString& path);
    ProcedureStep readStep(const QJsonObject& json, const QString& path);
    ServiceTime readServiceTime(const QJsonObject& json, const QString& path);
    Duration readDuration(const QJsonObject& json, const QString& path);
    EligibilityRule readRule(const QJsonObject& json, const QString& path);
    void checkServices(const QList<Service>& services);

    QStringList m_errors;
};

} // namespace loket
