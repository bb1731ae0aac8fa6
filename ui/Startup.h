#pragma once

#include "Catalog.h"
#include "Database.h"

#include <QCoreApplication>
#include <optional>

class QWidget;

namespace loket::ui {

// Opens the database and its office's catalog for the desktop application, asking the
// administrator for the office on first start. Every failure is shown in a message box;
// the application never starts half-configured.
class Startup
{
    Q_DECLARE_TR_FUNCTIONS(loket::ui::Startup)
public:
    explicit Startup(Database& database);
    std::optional<Catalog> run(const QString& location, const QString& officeId);

private:
    bool ensureOffice(const QString& officeId);
    void fail(const QString& title, const QString& message) const;

    Database& m_database;
};

} // namespace loket::ui
