#include "CaseRecordsPanel.h"

#include "Permissions.h"
#include "ui_caserecordspanel.h"

#include <QHeaderView>

namespace loket::ui {
namespace {

QString kindTitle(FieldVisit::Kind kind)
{
    return kind == FieldVisit::Kind::HomeVisit ? CaseRecordsPanel::tr("Home visit")
                                               : CaseRecordsPanel::tr("Field verification");
}

void fillRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(cells.at(column));
        table->setItem(row, column, item);
    }
}

void enable(QWidget* button, const QString& refusal, const QString& tip)
{
    button->setEnabled(refusal.isEmpty());
    button->setToolTip(refusal.isEmpty() ? tip : refusal);
}

} // namespace

CaseRecordsPanel::CaseRecordsPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CaseRecordsPanel>())
{
    m_ui->setupUi(this);
    m_ui->visitsTableWidget->setColumnCount(4);
    m_ui->visitsTableWidget->setHorizontalHeaderLabels(
        { tr("Kind"), tr("Date"), tr("Officer"), tr("Findings") });
    m_ui->visitsTableWidget->horizontalHeader()->setSectionResizeMode(
        QHeaderView::ResizeToContents);
    m_ui->visitsTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_ui->notesTableWidget->setColumnCount(3);
    m_ui->notesTableWidget->setHorizontalHeaderLabels({ tr("When"), tr("By"), tr("Note") });
    m_ui->notesTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->notesTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_ui->notesTableWidget->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->visitsTableWidget->setWordWrap(true);
    m_ui->visitsTableWidget->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->visitKindComboBox->addItem(kindTitle(FieldVisit::Kind::Verification),
                                     fieldVisitKindKey(FieldVisit::Kind::Verification));
    m_ui->visitKindComboBox->addItem(kindTitle(FieldVisit::Kind::HomeVisit),
                                     fieldVisitKindKey(FieldVisit::Kind::HomeVisit));
    connect(m_ui->addVisitButton, &QPushButton::clicked, this, &CaseRecordsPanel::requestVisit);
    connect(m_ui->findingsLineEdit, &QLineEdit::returnPressed, this,
            &CaseRecordsPanel::requestVisit);
    connect(m_ui->addNoteButton, &QPushButton::clicked, this, &CaseRecordsPanel::requestNote);
    connect(m_ui->noteLineEdit, &QLineEdit::returnPressed, this, &CaseRecordsPanel::requestNote);
}

CaseRecordsPanel::~CaseRecordsPanel() = default;

void CaseRecordsPanel::clear()
{
    m_ui->visitsTableWidget->setRowCount(0);
    m_ui->notesTableWidget->setRowCount(0);
}

int CaseRecordsPanel::visitRows() const
{
    return m_ui->visitsTableWidget->rowCount();
}

int CaseRecordsPanel::noteRows() const
{
    return m_ui->notesTableWidget->rowCount();
}

void CaseRecordsPanel::setRecords(const QList<FieldVisit>& visits,
                                  const QList<AssessmentNote>& notes, const User& user,
                                  bool caseOpen, const QTimeZone& zone, const QDate& today)
{
    m_ui->visitsTableWidget->setRowCount(int(visits.size()));
    for (int row = 0; row < visits.size(); ++row) {
        const FieldVisit& visit = visits.at(row);
        fillRow(m_ui->visitsTableWidget, row,
                { kindTitle(visit.kind), visit.date.toString(QStringLiteral("dd-MM-yyyy")),
                  visit.officerName, visit.findings });
    }
    m_ui->notesTableWidget->setRowCount(int(notes.size()));
    for (int row = 0; row < notes.size(); ++row) {
        const AssessmentNote& note = notes.at(row);
        fillRow(m_ui->notesTableWidget, row,
                { note.writtenAt.toTimeZone(zone).toString(QStringLiteral("dd-MM-yyyy HH.mm")),
                  note.authorName, note.text });
    }
    if (!m_ui->visitDateEdit->date().isValid() || m_ui->findingsLineEdit->text().isEmpty())
        m_ui->visitDateEdit->setDate(today);
    const QString closed = caseOpen ? QString() : tr("The case is closed.");
    const QString visitRefusal
        = closed.isEmpty() ? Permissions::check(user, Action::RecordFieldVisit) : closed;
    const QString noteRefusal
        = closed.isEmpty() ? Permissions::check(user, Action::AddAssessmentNote) : closed;
    enable(m_ui->addVisitButton, visitRefusal, tr("Record the visit (Ctrl+Shift+F)"));
    enable(m_ui->addNoteButton, noteRefusal, tr("Add the assessment note (Ctrl+Shift+N)"));
}

void CaseRecordsPanel::setVisit(FieldVisit::Kind kind, const QDate& date, const QString& findings)
{
    m_ui->visitKindComboBox->setCurrentIndex(
        m_ui->visitKindComboBox->findData(fieldVisitKindKey(kind)));
    m_ui->visitDateEdit->setDate(date);
    m_ui->findingsLineEdit->setText(findings);
}

void CaseRecordsPanel::setNote(const QString& text)
{
    m_ui->noteLineEdit->setText(text);
}

void CaseRecordsPanel::requestVisit()
{
    const QString findings = m_ui->findingsLineEdit->text().trimmed();
    if (findings.isEmpty()) {
        emit problem(tr("Write the findings of the visit first."));
        m_ui->findingsLineEdit->setFocus();
        return;
    }
    FieldVisit::Kind kind = FieldVisit::Kind::Verification;
    fieldVisitKindFromKey(m_ui->visitKindComboBox->currentData().toString(), &kind);
    emit visitRequested(kind, m_ui->visitDateEdit->date(), findings);
}

void CaseRecordsPanel::requestNote()
{
    const QString text = m_ui->noteLineEdit->text().trimmed();
    if (text.isEmpty()) {
        emit problem(tr("Write the note first."));
        m_ui->noteLineEdit->setFocus();
        return;
    }
    emit noteRequested(text);
}

void CaseRecordsPanel::clearVisitForm()
{
    m_ui->findingsLineEdit->clear();
}

void CaseRecordsPanel::clearNoteForm()
{
    m_ui->noteLineEdit->clear();
}

void CaseRecordsPanel::focusVisit()
{
    m_ui->findingsLineEdit->setFocus();
}

void CaseRecordsPanel::focusNote()
{
    m_ui->noteLineEdit->setFocus();
}

} // namespace loket::ui
