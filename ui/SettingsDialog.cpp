#include "SettingsDialog.h"

#include "FieldMessage.h"
#include "ui_settingsdialog.h"

#include <QPushButton>

namespace loket::ui {

SettingsDialog::SettingsDialog(WorkstationSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    showFieldNote(m_ui->languageNoteLabel, m_ui->languageNoteLabel->text());
    // Each language is named in itself, so that anyone can find their own.
    m_ui->languageComboBox->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_ui->languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageComboBox->setCurrentIndex(m_ui->languageComboBox->findData(settings.language()));

    m_ui->idleLockSpinBox->setRange(0, WorkstationSettings::MaximumIdleLockMinutes);
    m_ui->idleLockSpinBox->setSuffix(tr(" min"));
    m_ui->idleLockSpinBox->setSpecialValueText(tr("never"));
    m_ui->idleLockSpinBox->setValue(settings.idleLockMinutes());
    m_ui->idleLockSpinBox->setToolTip(
        tr("Minutes without keyboard or mouse before Loket hides its windows and asks for the "
           "password again; 0 never locks."));

    m_ui->paperComboBox->addItem(tr("A4"), int(DocumentRenderer::A4));
    m_ui->paperComboBox->addItem(tr("A5 (half an A4 sheet)"), int(DocumentRenderer::A5));
    m_ui->paperComboBox->setCurrentIndex(
        m_ui->paperComboBox->findData(int(settings.receiptPageSize())));

    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    m_settings.setLanguage(m_ui->languageComboBox->currentData().toString());
    m_settings.setIdleLockMinutes(m_ui->idleLockSpinBox->value());
    m_settings.setReceiptPageSize(
        DocumentRenderer::PageSize(m_ui->paperComboBox->currentData().toInt()));
    m_settings.sync();
    emit settingsChanged();
    QDialog::accept();
}

} // namespace loket::ui
