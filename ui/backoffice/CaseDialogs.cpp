#include "CaseDialogs.h"

#include "CaseHistoryPanel.h"
#include "Permissions.h"
#include "ui_handoverdialog.h"
#include "ui_reassigndialog.h"

#include <QPushButton>
#include <QRegularExpression>

namespace loket::ui {

ReassignDialog::ReassignDialog(const QList<User>& officers, qint64 current, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReassignDialog>())
{
    m_ui->setupUi(this);
    for (const User& officer : officers) {
        if (officer.id == current)
            continue;
        QStringList roles;
        for (const UserRole role : Permissions::caseOfficerRoles()) {
            if (officer.hasRole(role))
                roles << userRoleTitle(role);
        }
        m_ui->officerComboBox->addItem(
            QStringLiteral("%1 (%2)").arg(officer.fullName, roles.join(QStringLiteral(", "))),
            officer.id);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Reassign"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setToolTip(tr("Reassign (Enter)"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setToolTip(tr("Cancel (Esc)"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReassignDialog::~ReassignDialog() = default;

bool ReassignDialog::selectOfficer(qint64 id)
{
    const int index = m_ui->officerComboBox->findData(id);
    m_ui->officerComboBox->setCurrentIndex(index);
    return index >= 0;
}

qint64 ReassignDialog::officerId() const
{
    return m_ui->officerComboBox->currentData().toLongLong();
}

void ReassignDialog::setNote(const QString& note)
{
    m_ui->noteLineEdit->setText(note);
}

QString ReassignDialog::note() const
{
    return m_ui->noteLineEdit->text().trimmed();
}

int ReassignDialog::officerCount() const
{
    return m_ui->officerComboBox->count();
}

HandoverDialog::HandoverDialog(const Case& record, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HandoverDialog>())
    , m_applicant(record.person)
{
    m_ui->setupUi(this);
    m_ui->headingLabel->setText(
        tr("Product of %1 for %2").arg(record.number, record.person.fullName));
    for (const char* key : { "self", "spouse", "child", "parent", "sibling", "kuasa" })
        m_ui->relationComboBox->addItem(relationTitle(QLatin1String(key)), QLatin1String(key));
    m_ui->relationComboBox->setToolTip(
        tr("The applicant, a relative, or someone with a power of attorney; or type another "
           "relation"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Hand over"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setToolTip(tr("Record the handover (Enter)"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setToolTip(tr("Cancel (Esc)"));
    connect(m_ui->relationComboBox, &QComboBox::activated, this, &HandoverDialog::relationChosen);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &HandoverDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    relationChosen();
}

HandoverDialog::~HandoverDialog() = default;

void HandoverDialog::relationChosen()
{
    const bool self = m_ui->relationComboBox->currentData().toString() == QLatin1String("self")
        && m_ui->relationComboBox->currentText() == m_ui->relationComboBox->itemText(0);
    if (self) {
        m_ui->nameLineEdit->setText(m_applicant.fullName);
        m_ui->nikLineEdit->setText(m_applicant.nik);
    } else if (m_ui->nameLineEdit->text() == m_applicant.fullName) {
        m_ui->nameLineEdit->clear();
        m_ui->nikLineEdit->clear();
    }
}

void HandoverDialog::setRecipient(const QString& relation, const QString& name, const QString& nik)
{
    const int index = m_ui->relationComboBox->findData(relation);
    if (index >= 0)
        m_ui->relationComboBox->setCurrentIndex(index);
    else
        m_ui->relationComboBox->setEditText(relation);
    m_ui->nameLineEdit->setText(name);
    m_ui->nikLineEdit->setText(nik);
}

Handover HandoverDialog::handover() const
{
    Handover result;
    result.recipientName = m_ui->nameLineEdit->text().trimmed();
    result.recipientNik = m_ui->nikLineEdit->text().trimmed();
    const QString typed = m_ui->relationComboBox->currentText().trimmed();
    const int index = m_ui->relationComboBox->findText(typed);
    result.relation = index >= 0 ? m_ui->relationComboBox->itemData(index).toString() : typed;
    return result;
}

void HandoverDialog::setProblem(const QString& text)
{
    m_ui->problemLabel->setText(text);
}

void HandoverDialog::accept()
{
    const Handover entered = handover();
    static const QRegularExpression sixteenDigits(QStringLiteral("^[0-9]{16}$"));
    if (entered.recipientName.isEmpty()) {
        setProblem(tr("Type the name of the person who collects the product."));
        m_ui->nameLineEdit->setFocus();
        return;
    }
    if (!sixteenDigits.match(entered.recipientNik).hasMatch()) {
        setProblem(tr("The NIK has 16 digits; %1 typed.").arg(entered.recipientNik.size()));
        m_ui->nikLineEdit->setFocus();
        return;
    }
    if (entered.relation.isEmpty()) {
        setProblem(tr("Choose or type the relation to the applicant."));
        m_ui->relationComboBox->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace loket::ui
