#include "WorklistWidget.h"

#include "FieldMessage.h"
#include "Permissions.h"
#include "UserStore.h"
#include "WorklistModel.h"
#include "ui_worklistwidget.h"

#include <QHeaderView>
#include <QShortcut>
#include <QTimer>

namespace loket::ui {
namespace {

constexpr int kSearchDelayMs = 250;

QString withKey(const QString& text, const QKeySequence& keys)
{
    return QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText));
}

} // namespace

WorklistWidget::WorklistWidget(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WorklistWidget>())
    , m_session(session)
    , m_worklist(session.database, session.catalog, session.calendar)
    , m_model(new WorklistModel(this))
    , m_searchDelay(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->casesTableView->setModel(m_model);
    QHeaderView* header = m_ui->casesTableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(WorklistModel::DueColumn, 315);
    header->resizeSection(WorklistModel::NumberColumn, 140);
    header->resizeSection(WorklistModel::ApplicantColumn, 170);
    header->resizeSection(WorklistModel::ServiceColumn, 220);
    header->resizeSection(WorklistModel::StatusColumn, 130);
    m_ui->casesTableView->verticalHeader()->setDefaultSectionSize(
        m_ui->casesTableView->fontMetrics().height() + 10);

    m_ui->scopeComboBox->addItem(tr("My worklist"), int(Scope::Mine));
    m_ui->scopeComboBox->addItem(tr("All open cases"), int(Scope::AllOpen));
    m_ui->scopeComboBox->addItem(tr("Ready for collection"), int(Scope::ReadyForCollection));
    fillFilters();

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &WorklistWidget::refresh);
    connect(m_ui->searchLineEdit, &QLineEdit::textEdited, m_searchDelay,
            qOverload<>(&QTimer::start));
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        refresh();
        m_ui->casesTableView->setFocus();
    });
    connect(m_ui->scopeComboBox, &QComboBox::activated, this,
            [this](int index) { setScope(Scope(m_ui->scopeComboBox->itemData(index).toInt())); });
    for (QComboBox* box : { m_ui->serviceComboBox, m_ui->statusComboBox, m_ui->divisionComboBox,
                            m_ui->officerComboBox })
        connect(box, &QComboBox::activated, this, &WorklistWidget::refresh);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &WorklistWidget::refresh);
    connect(m_ui->casesTableView, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) {
                emit caseOpened(index.data(WorklistModel::CaseNumberRole).toString());
            });
    connect(m_ui->casesTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentCaseChanged(currentCaseNumber()); });
    setupShortcuts();
    refresh();
}

WorklistWidget::~WorklistWidget() = default;

QTableView& WorklistWidget::view()
{
    return *m_ui->casesTableView;
}

void WorklistWidget::fillFilters()
{
    m_ui->serviceComboBox->addItem(tr("All services"));
    for (const Service& service : m_session.catalog.services)
        m_ui->serviceComboBox->addItem(QStringLiteral("%1 %2").arg(service.code, service.name),
                                       service.code);
    m_ui->statusComboBox->addItem(tr("All statuses"));
    for (const CaseStatus status :
         { CaseStatus::Registered, CaseStatus::WaitingDocuments, CaseStatus::InVerification,
           CaseStatus::InProcess, CaseStatus::AwaitingSignoff, CaseStatus::ProductReady })
        m_ui->statusComboBox->addItem(caseStatusTitle(status), caseStatusKey(status));
    m_ui->divisionComboBox->addItem(tr("All divisions"));
    for (const QString& division : m_worklist.divisions())
        m_ui->divisionComboBox->addItem(division, division);
    m_ui->officerComboBox->addItem(tr("All officers"));
    for (const User& user : UserStore(m_session.database).all(&m_filterError)) {
        if (Permissions::isCaseOfficer(user))
            m_ui->officerComboBox->addItem(user.fullName, user.id);
    }
    m_ui->serviceComboBox->setToolTip(tr("Only cases of this service"));
    m_ui->statusComboBox->setToolTip(tr("Only cases with this status"));
    m_ui->divisionComboBox->setToolTip(tr("Only services of this division"));
    m_ui->officerComboBox->setToolTip(tr("Only cases assigned to this officer"));
}

void WorklistWidget::setupShortcuts()
{
    struct Binding
    {
        QKeySequence keys;
        std::function<void()> action;
    };
    const QList<Binding> bindings {
        { QKeySequence(Qt::CTRL | Qt::Key_1), [this] { setScope(Scope::Mine); } },
        { QKeySequence(Qt::CTRL | Qt::Key_2), [this] { setScope(Scope::AllOpen); } },
        { QKeySequence(Qt::CTRL | Qt::Key_3), [this] { setScope(Scope::ReadyForCollection); } },
        { QKeySequence(Qt::CTRL | Qt::Key_F), [this] { focusSearch(); } },
        { QKeySequence(Qt::Key_F5), [this] { refresh(); } },
    };
    for (const Binding& binding : bindings) {
        auto* shortcut = new QShortcut(binding.keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, binding.action);
    }
    m_ui->scopeComboBox->setToolTip(
        tr("My worklist (Ctrl+1), all open cases (Ctrl+2), ready for collection (Ctrl+3)"));
    m_ui->searchLineEdit->setToolTip(
        withKey(tr("Search by case number, NIK or name"), QKeySequence(Qt::CTRL | Qt::Key_F)));
    m_ui->refreshButton->setToolTip(withKey(tr("Read the list again"), QKeySequence(Qt::Key_F5)));
    m_ui->casesTableView->setToolTip(tr("Enter opens the selected case"));
}

void WorklistWidget::setScope(Scope scope)
{
    m_scope = scope;
    m_ui->scopeComboBox->setCurrentIndex(m_ui->scopeComboBox->findData(int(scope)));
    // Ready for collection is one status: the status filter would only hide it.
    m_ui->statusComboBox->setEnabled(scope != Scope::ReadyForCollection);
    refresh();
}

WorklistFilter WorklistWidget::filter() const
{
    WorklistFilter result;
    result.serviceCode = m_ui->serviceComboBox->currentData().toString();
    CaseStatus status;
    if (m_ui->statusComboBox->isEnabled()
        && caseStatusFromKey(m_ui->statusComboBox->currentData().toString(), &status))
        result.status = status;
    result.division = m_ui->divisionComboBox->currentData().toString();
    result.officerId = m_ui->officerComboBox->currentData().toLongLong();
    result.search = m_ui->searchLineEdit->text().trimmed();
    return result;
}

QList<WorklistItem> WorklistWidget::read(const WorklistFilter& filter, QString* error) const
{
    const QDateTime now = m_clock();
    switch (m_scope) {
    case Scope::Mine:
        return m_worklist.forUser(m_session.user, filter, now, error);
    case Scope::AllOpen:
        return m_worklist.open(filter, now, error);
    case Scope::ReadyForCollection:
        return m_worklist.readyForCollection(filter, now, error);
    }
    return {};
}

void WorklistWidget::refresh()
{
    const QString selected = currentCaseNumber();
    QString error;
    const QList<WorklistItem> items = read(filter(), &error);
    showFieldMessage(m_ui->errorLabel, error.isEmpty() ? m_filterError : error);
    m_model->setItems(items, timeZoneFromName(m_session.catalog.office.timeZone));
    showCounts(error);
    if (!selected.isEmpty() && selectCase(selected))
        return;
    if (!items.isEmpty())
        m_ui->casesTableView->selectRow(0);
    else
        emit currentCaseChanged(QString());
}

void WorklistWidget::updateCase(qint64 caseId)
{
    WorklistFilter only = filter();
    if (!only.search.isEmpty())
        return refresh();
    only.caseId = caseId;
    QString error;
    const QList<WorklistItem> found = read(only, &error);
    if (!error.isEmpty())
        return refresh(); // says what went wrong, as any reading of the list does
    const QString selected = currentCaseNumber();
    if (found.isEmpty())
        m_model->removeCase(caseId);
    else
        m_model->putItem(found.first(),
                         m_scope == Scope::ReadyForCollection ? &Worklist::longestWaitingFirst
                                                              : &Worklist::mostUrgentFirst);
    showCounts(error);
    // As after reading the whole list: when the selected case left it, the first one is
    // selected instead.
    if (!selected.isEmpty() && m_model->rowOf(selected) >= 0)
        return;
    if (m_model->rowCount() > 0)
        m_ui->casesTableView->selectRow(0);
    else
        emit currentCaseChanged(QString());
}

void WorklistWidget::showCounts(const QString& error)
{
    int overdue = 0;
    int today = 0;
    for (const WorklistItem& item : m_model->items()) {
        overdue += item.timeLeft.urgency == TimeLeft::Urgency::Overdue;
        today += item.timeLeft.urgency == TimeLeft::Urgency::DueToday;
    }
    const QString counts = tr("%n case(s)", nullptr, m_model->rowCount())
        + tr("; %n overdue", nullptr, overdue) + tr("; %n due today", nullptr, today);
    // "0 cases" would say there is nothing to do; the message below says the list is unknown.
    m_ui->countLabel->setText(error.isEmpty() ? counts : tr("The list could not be read."));
}

QString WorklistWidget::errorText() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

void WorklistWidget::focusSearch()
{
    m_ui->searchLineEdit->setFocus();
    m_ui->searchLineEdit->selectAll();
}

bool WorklistWidget::selectCase(const QString& caseNumber)
{
    const int row = m_model->rowOf(caseNumber);
    if (row < 0)
        return false;
    m_ui->casesTableView->selectRow(row);
    m_ui->casesTableView->scrollTo(m_model->index(row, 0));
    return true;
}

QString WorklistWidget::currentCaseNumber() const
{
    const QModelIndex index = m_ui->casesTableView->currentIndex();
    return index.isValid() ? index.data(WorklistModel::CaseNumberRole).toString() : QString();
}

} // namespace loket::ui
