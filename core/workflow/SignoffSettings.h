#pragma once

#include "Catalog.h"
#include "Database.h"
#include "Users.h"
#include "WorkflowModel.h"

#include <QCoreApplication>
#include <QDateTime>

namespace loket {

// Each service's tiered initials (paraf berjenjang) and signer. Without a stored setting a
// service takes its default from the catalog's procedure: the supervisor, head-of-division and
// secretary roles its steps name, in that order, or else the head of division alone; the head
// of office signs. Administrators change it (ManageCatalog); a draft keeps the chain it was
// sent with, so a change applies from the next submission.
class SignoffSettings
{
    Q_DECLARE_TR_FUNCTIONS(loket::SignoffSettings)
public:
    SignoffSettings(Database& database, const Catalog& catalog);

    static SignoffChain defaultChain(const Service& service);
    // Empty when the chain may be used, else why not.
    static QString validate(const SignoffChain& chain);

    // The stored chain, else the default; nothing for a service the catalog lacks.
    std::optional<SignoffConfig> config(const QString& serviceCode, QString* errorMessage) const;
    QList<SignoffConfig> all(QString* errorMessage) const; // every service of the catalog

    // One transaction each, with its audit entry.
    bool set(const QString& serviceCode, const SignoffChain& chain, const User& user,
             const QDateTime& now, QString* errorMessage);
    bool reset(const QString& serviceCode, const User& user, const QDateTime& now,
               QString* errorMessage); // back to the default

private:
    bool write(const QString& serviceCode, const std::optional<SignoffChain>& chain,
               const User& user, const QDateTime& now, QString* errorMessage);

    Database& m_database;
    const Catalog& m_catalog;
};

} // namespace loket
