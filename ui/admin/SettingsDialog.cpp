#include "SettingsDialog.h"

#include "FieldMessage.h"
#include "IkmWeightSetting.h"
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

    m_ui->csvSeparatorComboBox->addItem(tr("Semicolon ; (Indonesian regional settings)"),
                                        QStringLiteral(";"));
    m_ui->csvSeparatorComboBox->addItem(tr("Comma , (English regional settings)"),
                                        QStringLiteral(","));
    m_ui->csvSeparatorComboBox->setCurrentIndex(
        m_ui->csvSeparatorComboBox->findData(QString(settings.csvSeparator())));
    m_ui->csvSeparatorComboBox->setToolTip(
        tr("What separates the fields of exported CSV files. Choose what the spreadsheet on this "
           "computer expects: with Indonesian regional settings (decimal comma) a semicolon."));

    m_ui->ikmWeightComboBox->addItem(tr("1/9 (exact)"),
                                     IkmWeightSetting::key(SatisfactionIndex::Weight::NinthExact));
    m_ui->ikmWeightComboBox->addItem(tr("0,11 (as printed in the regulation)"),
                                     IkmWeightSetting::key(SatisfactionIndex::Weight::Printed011));
    for (QWidget* office : std::initializer_list<QWidget*> {
             m_ui->ikmWeightLabel, m_ui->ikmWeightComboBox, m_ui->ikmWeightNoteLabel })
        office->hide();

    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setOfficeSettings(Database& database, const User& user)
{
    m_database = &database;
    m_user = user;
    QString error;
    const auto weight = IkmWeightSetting::load(database, &error);
    if (weight)
        m_ui->ikmWeightComboBox->setCurrentIndex(
            m_ui->ikmWeightComboBox->findData(IkmWeightSetting::key(*weight)));
    const QString refusal = IkmWeightSetting::refusal(user);
    m_ui->ikmWeightComboBox->setEnabled(weight.has_value() && refusal.isEmpty());
    m_ui->ikmWeightComboBox->setToolTip(
        tr("The weight of each of the nine elements in the satisfaction index: exactly 1/9, or "
           "0,11 as PermenPANRB 14/2017 prints it. Every IKM report says which it used."));
    m_ui->ikmWeightLabel->show();
    m_ui->ikmWeightComboBox->show();
    if (!error.isEmpty())
        showFieldMessage(m_ui->ikmWeightNoteLabel, error);
    else if (!refusal.isEmpty())
        showFieldNote(m_ui->ikmWeightNoteLabel, refusal);
}

void SettingsDialog::accept()
{
    if (m_database && m_ui->ikmWeightComboBox->isEnabled()) {
        SatisfactionIndex::Weight weight = SatisfactionIndex::Weight::NinthExact;
        IkmWeightSetting::fromKey(m_ui->ikmWeightComboBox->currentData().toString(), &weight);
        QString error;
        const auto stored = IkmWeightSetting::load(*m_database, &error);
        if (stored && *stored != weight
            && !IkmWeightSetting::save(*m_database, weight, &m_user, m_clock(), &error)) {
            showFieldMessage(m_ui->ikmWeightNoteLabel, error);
            m_ui->ikmWeightComboBox->setFocus();
            return; // nothing of this computer's settings saved either: the dialog stays
        }
    }
    m_settings.setLanguage(m_ui->languageComboBox->currentData().toString());
    m_settings.setIdleLockMinutes(m_ui->idleLockSpinBox->value());
    m_settings.setReceiptPageSize(
        DocumentRenderer::PageSize(m_ui->paperComboBox->currentData().toInt()));
    m_settings.setCsvSeparator(m_ui->csvSeparatorComboBox->currentData().toString().at(0));
    m_settings.sync();
    emit settingsChanged();
    QDialog::accept();
}

} // namespace loket::ui
