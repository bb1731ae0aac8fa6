#include "OfficeChooserDialog.h"

#include "IndonesianText.h"
#include "ui_officechooserdialog.h"

#include <QPushButton>

namespace loket::ui {

OfficeChooserDialog::OfficeChooserDialog(const QList<Catalog>& catalogs, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OfficeChooserDialog>())
    , m_catalogs(catalogs)
{
    m_ui->setupUi(this);
    for (const Catalog& catalog : catalogs)
        m_ui->officeComboBox->addItem(catalog.office.name, catalog.office.id);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Use this office"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->officeComboBox, &QComboBox::currentIndexChanged, this,
            &OfficeChooserDialog::showDecree);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showDecree(m_ui->officeComboBox->currentIndex());
}

OfficeChooserDialog::~OfficeChooserDialog() = default;

QString OfficeChooserDialog::selectedOfficeId() const
{
    return m_ui->officeComboBox->currentData().toString();
}

void OfficeChooserDialog::showDecree(int index)
{
    if (index < 0 || index >= m_catalogs.size())
        return;
    const Catalog& catalog = m_catalogs.at(index);
    m_ui->decreeLabel->setText(tr("Service standard: decree %1 (%2), %n service(s).", nullptr,
                                  int(catalog.services.size()))
                                   .arg(catalog.version(), catalog.office.decree.dateText));
}

} // namespace loket::ui
