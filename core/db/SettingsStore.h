#pragma once

#include "Database.h"

#include <QCoreApplication>

namespace loket {

// Key–value settings kept in the database (the office it belongs to, numbering patterns…).
class SettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(loket::SettingsStore)
public:
    static const QString OfficeId;
    static const QString DemoMarker; // "1" marks a training (demo) database

    // A training database, seeded with made-up data (DemoMarker set)?
    static bool isDemoDatabase(Database& database);

    explicit SettingsStore(Database& database);
    QString value(const QString& key, QString* errorMessage) const;
    bool setValue(const QString& key, const QString& value, QString* errorMessage);

private:
    Database& m_database;
};

} // namespace loket
