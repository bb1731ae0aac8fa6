#pragma once

#include "DocumentRenderer.h"
#include "WindowPlacement.h"

#include <QString>
#include <memory>

class QSettings;

namespace loket::ui {

// This computer's preferences (QSettings of the user at this workstation), as opposed to the
// office's settings in the database: where the office's data is, interface language, screen
// lock, receipt paper, the separator of exported CSV files, where the main window was left.
class WorkstationSettings
{
public:
    static constexpr int DefaultIdleLockMinutes = 10;
    static constexpr int MaximumIdleLockMinutes = 240;

    WorkstationSettings(); // the user's settings file for Loket
    explicit WorkstationSettings(const QString& iniFile); // tests, portable set-ups
    ~WorkstationSettings();
    WorkstationSettings(const WorkstationSettings&) = delete;
    WorkstationSettings& operator=(const WorkstationSettings&) = delete;

    // "id" (the default) or "en"; takes effect at the next start.
    QString language() const;
    void setLanguage(const QString& language);

    // Minutes without keyboard or mouse before the screen locks; 0 never locks.
    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);

    // Paper of the receipt printer: A4, or A5 (half an A4 sheet).
    DocumentRenderer::PageSize receiptPageSize() const;
    void setReceiptPageSize(DocumentRenderer::PageSize size);

    // Between the fields of exported CSV files: ';' (the default) is what spreadsheets set to
    // Indonesian regional settings expect — their decimal separator is the comma — and ','
    // suits English ones.
    QChar csvSeparator() const;
    void setCsvSeparator(QChar separator);

    // Where the main window was left on this computer; none before it was first closed.
    std::optional<WindowPlacement> windowPlacement() const;
    void setWindowPlacement(const WindowPlacement& placement);

    // Where this computer's Loket finds the office's data: a SQLite file, or the office
    // server's "postgresql://user@host:port/database" (never a password: see PgPassFile).
    // Empty until chosen at the first start; --db and LOKET_DB override it.
    QString databaseLocation() const;
    void setDatabaseLocation(const QString& location);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

// The CSV separator of this computer; ',' where no settings are given (tests).
inline QChar csvSeparatorOf(const WorkstationSettings* settings)
{
    return settings ? settings->csvSeparator() : QLatin1Char(',');
}

} // namespace loket::ui
