#pragma once

#include "Clock.h"
#include "Database.h"
#include "Users.h"
#include "WorkstationSettings.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace loket::ui {

// This computer's settings: interface language (from the next start), how soon the screen
// locks, and the receipt printer's paper. Saved when accepted. With setOfficeSettings(), also
// the office's IKM weight (stored in the database; only an administrator may change it).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(WorkstationSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Shows the office's settings kept in `database`, changeable if `user` may (ManageCatalog).
    void setOfficeSettings(Database& database, const User& user);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    void accept() override;

signals:
    void settingsChanged();

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    WorkstationSettings& m_settings;
    Database* m_database = nullptr; // null: no office settings shown
    User m_user;
    Clock m_clock = systemClock();
};

} // namespace loket::ui
