#include "TodayCasesPanel.h"

#include "CaseModel.h"
#include "CaseQueries.h"
#include "FieldMessage.h"
#include "WorkingCalendar.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

TodayCasesPanel::TodayCasesPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_search(new QLineEdit(this))
    , m_table(new QTableWidget(this))
    , m_error(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("Today's cases — search b&y number, NIK or name:"), this);
    label->setBuddy(m_search);
    label->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("todaySearchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Find a case by number, NIK or name (F6)"));
    m_table->setObjectName(QStringLiteral("todayTableWidget"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({ tr("Time"), tr("Case"), tr("Applicant"), tr("Status") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setColumnWidth(2, 120);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setToolTip(tr("Enter or double-click opens the case"));
    layout->addWidget(label);
    m_error->setObjectName(QStringLiteral("todayErrorLabel"));
    m_error->hide();
    layout->addWidget(m_search);
    layout->addWidget(m_error);
    layout->addWidget(m_table);
    connect(m_search, &QLineEdit::textChanged, this, &TodayCasesPanel::refresh);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_table->rowCount() > 0) {
            m_table->setFocus();
            m_table->selectRow(0);
        }
    });
    connect(m_table, &QTableWidget::cellActivated, this,
            [this](int row, int) { emit caseOpened(numberAt(row)); });
    refresh();
}

void TodayCasesPanel::refresh()
{
    const QTimeZone zone = officeHoursOf(m_session.catalog.office).zone;
    const QDateTime start(m_session.clock().toTimeZone(zone).date(), QTime(0, 0), zone);
    CaseQueries queries(m_session.database);
    QString error;
    const QList<CaseSummary> cases = m_search->text().trimmed().isEmpty()
        ? queries.registeredBy(m_session.user.id, start, start.addDays(1), &error)
        : queries.search(m_search->text(), 50, &error);
    showFieldMessage(m_error, error);
    m_table->setRowCount(static_cast<int>(cases.size()));
    for (int row = 0; row < cases.size(); ++row) {
        const CaseSummary& summary = cases.at(row);
        const QDateTime local = summary.receivedAt.toTimeZone(zone);
        const QString when = local.date() == start.date()
            ? local.time().toString(QStringLiteral("HH.mm"))
            : local.date().toString(QStringLiteral("dd-MM-yyyy"));
        const QString who
            = summary.organisationName.isEmpty() ? summary.applicantName : summary.organisationName;
        const QStringList cells { when, summary.number, who, caseStatusTitle(summary.status) };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (summary.status == CaseStatus::WaitingDocuments)
            m_table->item(row, 3)->setForeground(QColor(0x8a, 0x5a, 0x00));
    }
}

void TodayCasesPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

QString TodayCasesPanel::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

int TodayCasesPanel::rowCount() const
{
    return m_table->rowCount();
}

QString TodayCasesPanel::numberAt(int row) const
{
    const QTableWidgetItem* item = m_table->item(row, 1);
    return item ? item->text() : QString();
}

} // namespace loket::ui
