#include "CaseApplicantPanel.h"

#include "IndonesianText.h"
#include "ui_caseapplicantpanel.h"

#include <QHeaderView>

namespace loket::ui {
namespace {

QString row(const QString& label, const QString& value)
{
    if (value.trimmed().isEmpty())
        return QString();
    return QStringLiteral("<tr><td style=\"padding-right:12px;color:#555\">%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

CaseApplicantPanel::CaseApplicantPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CaseApplicantPanel>())
{
    m_ui->setupUi(this);
    m_ui->checklistTableWidget->setColumnCount(3);
    m_ui->checklistTableWidget->setHorizontalHeaderLabels(
        { tr("Requirement"), tr("State"), tr("Note") });
    QHeaderView* header = m_ui->checklistTableWidget->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Interactive);
    header->resizeSection(2, 200);
    header->setStretchLastSection(false);
    m_ui->checklistTableWidget->verticalHeader()->setSectionResizeMode(
        QHeaderView::ResizeToContents);
}

CaseApplicantPanel::~CaseApplicantPanel() = default;

void CaseApplicantPanel::clear()
{
    m_ui->applicantLabel->clear();
    m_ui->checklistTableWidget->setRowCount(0);
}

int CaseApplicantPanel::checklistRows() const
{
    return m_ui->checklistTableWidget->rowCount();
}

void CaseApplicantPanel::setCase(const Case& record)
{
    const Person& person = record.person;
    QString birth = person.birthPlace;
    if (person.birthDate.isValid())
        birth += (birth.isEmpty() ? QString() : QStringLiteral(", "))
            + text::longDate(person.birthDate);
    QString html = QStringLiteral("<table>")
        + row(record.organisation ? tr("Submitted by") : tr("Applicant"), person.fullName)
        + row(tr("NIK"), person.nik) + row(tr("Family card (KK)"), person.kkNumber)
        + row(tr("Born"), birth) + row(tr("Sex"), person.sex) + row(tr("Address"), person.address)
        + row(tr("Phone"), person.phone);
    if (record.organisation) {
        const Organisation& org = *record.organisation;
        html += row(tr("Organisation"), org.name) + row(tr("Deed"), org.deedNumber)
            + row(tr("Decree"), org.decreeNumber) + row(tr("NPWP"), org.npwp)
            + row(tr("Organisation address"), org.address) + row(tr("Chair"), org.chairName);
    }
    html += row(tr("Application"), record.renewal ? tr("renewal") : tr("new"));
    html += row(tr("DTKS"), m_dtks ? m_dtks(record) : QString());
    html += QStringLiteral("</table>");
    m_ui->applicantLabel->setText(html);

    QTableWidget* table = m_ui->checklistTableWidget;
    table->setRowCount(int(record.checklist.size()));
    for (int i = 0; i < record.checklist.size(); ++i) {
        const ChecklistItem& item = record.checklist.at(i);
        QStringList notes;
        if (!item.note.isEmpty())
            notes << item.note;
        if (!item.overrideReason.isEmpty())
            notes << tr("Rule overridden: %1").arg(item.overrideReason);
        const QString requirement = QStringLiteral("%1. %2").arg(item.index + 1).arg(item.text);
        auto* text = new QTableWidgetItem(requirement);
        text->setToolTip(requirement);
        auto* state = new QTableWidgetItem(checklistStateTitle(item.state));
        state->setCheckState(item.state == ChecklistItem::State::Present ? Qt::Checked
                                                                         : Qt::Unchecked);
        state->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable); // shown, not changed here
        auto* note = new QTableWidgetItem(notes.join(QStringLiteral("; ")));
        note->setToolTip(note->text());
        table->setItem(i, 0, text);
        table->setItem(i, 1, state);
        table->setItem(i, 2, note);
    }
}

} // namespace loket::ui
