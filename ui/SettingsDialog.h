#pragma once

#include "WorkstationSettings.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace loket::ui {

// This computer's settings: interface language (from the next start), how soon the screen
// locks, and the receipt printer's paper. Saved when accepted.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(WorkstationSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

signals:
    void settingsChanged();

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    WorkstationSettings& m_settings;
};

} // namespace loket::ui
