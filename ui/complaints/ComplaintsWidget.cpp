// ComplaintsWidget: the list, its filters and the selected complaint's timeline. The buttons'
// actions are in ComplaintsWidgetActions.cpp.
#include "ComplaintsWidget.h"

#include "ComplaintsModel.h"
#include "FieldMessage.h"
#include "LetterPrinter.h"
#include "WorkingCalendar.h"
#include "ui_complaintswidget.h"

#include <QHeaderView>
#include <QShortcut>
#include <QTimer>

namespace loket::ui {
namespace {

constexpr int kSearchDelayMs = 250;
enum Period { AllDates, ThisMonth, LastMonth, ThisYear };

QString templateDirectory(const Database& database)
{
    return database.directory().isEmpty() ? QString()
                                          : database.directory() + QStringLiteral("/templates");
}

QString eventTitle(const QString& event)
{
    if (event == QLatin1String("recorded"))
        return ComplaintsWidget::tr("Recorded");
    if (event == QLatin1String("responded"))
        return ComplaintsWidget::tr("Initial response");
    if (event == QLatin1String("forwarded"))
        return ComplaintsWidget::tr("Forwarded to the head");
    if (event == QLatin1String("follow-up"))
        return ComplaintsWidget::tr("Follow-up");
    if (event == QLatin1String("answered"))
        return ComplaintsWidget::tr("Answered");
    if (event == QLatin1String("closed"))
        return ComplaintsWidget::tr("Closed");
    return event;
}

// A complaint as the list shows it: with the deadline that matters now.
ComplaintsModel::Row rowFor(const ComplaintQueries& queries, const Complaint& complaint,
                            const QDateTime& now)
{
    return { complaint, queries.timeLeft(complaint, now),
             ComplaintQueries::tracksAnswer(complaint) };
}

} // namespace

ComplaintsWidget::ComplaintsWidget(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ComplaintsWidget>())
    , m_session(session)
    , m_store(session.database, session.catalog, session.calendar,
              templateDirectory(session.database))
    , m_queries(session.database, session.catalog, session.calendar)
    , m_model(new ComplaintsModel(this))
    , m_printer(new LetterPrinter(m_store.renderer(), this))
    , m_searchDelay(new QTimer(this))
    , m_chooser(PrintFlow::defaultPathChooser())
{
    m_ui->setupUi(this);
    m_ui->complaintsTableView->setModel(m_model);
    QHeaderView* header = m_ui->complaintsTableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(ComplaintsModel::DueColumn, 340);
    header->resizeSection(ComplaintsModel::NumberColumn, 120);
    header->resizeSection(ComplaintsModel::ReceivedColumn, 120);
    header->resizeSection(ComplaintsModel::ChannelColumn, 130);
    header->resizeSection(ComplaintsModel::ComplainantColumn, 150);
    header->resizeSection(ComplaintsModel::SubjectColumn, 280);
    m_ui->splitter->setSizes({ 420, 160 });
    fillFilters();

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &ComplaintsWidget::refresh);
    connect(m_ui->searchLineEdit, &QLineEdit::textEdited, m_searchDelay,
            qOverload<>(&QTimer::start));
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        refresh();
        m_ui->complaintsTableView->setFocus();
    });
    for (QComboBox* box : { m_ui->statusComboBox, m_ui->channelComboBox, m_ui->periodComboBox })
        connect(box, &QComboBox::activated, this, &ComplaintsWidget::refresh);
    connect(m_ui->overdueCheckBox, &QCheckBox::toggled, this, &ComplaintsWidget::refresh);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ComplaintsWidget::refresh);
    connect(m_ui->complaintsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, [this] {
                updateButtons();
                showDetail();
            });
    connect(m_ui->newButton, &QPushButton::clicked, this, &ComplaintsWidget::newComplaint);
    connect(m_ui->respondButton, &QPushButton::clicked, this, &ComplaintsWidget::respond);
    connect(m_ui->forwardButton, &QPushButton::clicked, this, &ComplaintsWidget::forward);
    connect(m_ui->followUpButton, &QPushButton::clicked, this, &ComplaintsWidget::followUp);
    connect(m_ui->answerButton, &QPushButton::clicked, this, &ComplaintsWidget::answer);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ComplaintsWidget::closeComplaint);
    connect(m_ui->registerButton, &QPushButton::clicked, this, &ComplaintsWidget::printRegister);
    auto* search = new QShortcut(QKeySequence::Find, this);
    search->setContext(Qt::WidgetWithChildrenShortcut);
    connect(search, &QShortcut::activated, this, &ComplaintsWidget::focusSearch);
    auto* reload = new QShortcut(QKeySequence(Qt::Key_F5), this);
    reload->setContext(Qt::WidgetWithChildrenShortcut);
    connect(reload, &QShortcut::activated, this, &ComplaintsWidget::refresh);
    // The store says which complaint changed: its row alone is read again.
    connect(&m_store, &ComplaintStore::complaintAdded, this,
            [this](qint64 id) { updateComplaint(id); });
    connect(&m_store, &ComplaintStore::complaintChanged, this,
            [this](qint64 id) { updateComplaint(id); });
    refresh();
}

ComplaintsWidget::~ComplaintsWidget() = default;

QTableView& ComplaintsWidget::view()
{
    return *m_ui->complaintsTableView;
}

void ComplaintsWidget::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refresh();
}

void ComplaintsWidget::focusSearch()
{
    m_ui->searchLineEdit->setFocus();
    m_ui->searchLineEdit->selectAll();
}

void ComplaintsWidget::fillFilters()
{
    m_ui->statusComboBox->addItem(tr("Open"), -1);
    m_ui->statusComboBox->addItem(tr("Every status"), -2);
    for (ComplaintStatus status : allComplaintStatuses())
        m_ui->statusComboBox->addItem(complaintStatusTitle(status), int(status));
    m_ui->channelComboBox->addItem(tr("Every channel"), -1);
    for (ComplaintChannelKind channel : allComplaintChannels())
        m_ui->channelComboBox->addItem(complaintChannelTitle(channel), int(channel));
    m_ui->periodComboBox->addItem(tr("All dates"), AllDates);
    m_ui->periodComboBox->addItem(tr("This month"), ThisMonth);
    m_ui->periodComboBox->addItem(tr("Last month"), LastMonth);
    m_ui->periodComboBox->addItem(tr("This year"), ThisYear);
}

ComplaintFilter ComplaintsWidget::filter() const
{
    ComplaintFilter filter;
    const int status = m_ui->statusComboBox->currentData().toInt();
    filter.openOnly = status == -1;
    if (status >= 0)
        filter.status = ComplaintStatus(status);
    const int channel = m_ui->channelComboBox->currentData().toInt();
    if (channel >= 0)
        filter.channel = ComplaintChannelKind(channel);
    const QDate today = m_clock().toTimeZone(officeHoursOf(m_session.catalog.office).zone).date();
    const QDate monthStart(today.year(), today.month(), 1);
    switch (m_ui->periodComboBox->currentData().toInt()) {
    case ThisMonth:
        filter.from = monthStart;
        break;
    case LastMonth:
        filter.from = monthStart.addMonths(-1);
        filter.to = monthStart.addDays(-1);
        break;
    case ThisYear:
        filter.from = QDate(today.year(), 1, 1);
        break;
    default:
        break;
    }
    filter.overdueOnly = m_ui->overdueCheckBox->isChecked();
    filter.search = m_ui->searchLineEdit->text();
    return filter;
}

void ComplaintsWidget::refresh()
{
    const QString selected = currentNumber();
    const QDateTime now = m_clock();
    QList<ComplaintsModel::Row> rows;
    QString error;
    const QList<Complaint> complaints = m_queries.list(filter(), now, &error);
    showFieldMessage(m_ui->errorLabel, error);
    for (const Complaint& complaint : complaints)
        rows << rowFor(m_queries, complaint, now);
    m_model->setRows(rows, officeHoursOf(m_session.catalog.office).zone);
    if (!selected.isEmpty())
        selectComplaint(selected);
    updateButtons();
    showDetail();
}

void ComplaintsWidget::updateComplaint(qint64 complaintId)
{
    ComplaintFilter only = filter();
    only.complaintId = complaintId;
    const QDateTime now = m_clock();
    QString error;
    const QList<Complaint> found = m_queries.list(only, now, &error);
    if (!error.isEmpty())
        return refresh(); // says what went wrong, as any reading of the list does
    const QString selected = currentNumber();
    if (found.isEmpty())
        m_model->removeComplaint(complaintId);
    else
        m_model->putRow(rowFor(m_queries, found.first(), now), &ComplaintQueries::newestFirst);
    // As after reading the whole list: a selected complaint that left it leaves no selection.
    if (!selected.isEmpty() && m_model->rowOf(selected) < 0)
        m_ui->complaintsTableView->setCurrentIndex(QModelIndex());
    updateButtons();
    showDetail();
}

bool ComplaintsWidget::selectComplaint(const QString& number)
{
    const int row = m_model->rowOf(number);
    if (row < 0)
        return false;
    m_ui->complaintsTableView->setCurrentIndex(m_model->index(row, ComplaintsModel::NumberColumn));
    return true;
}

QString ComplaintsWidget::currentNumber() const
{
    const QModelIndex index = m_ui->complaintsTableView->currentIndex();
    return index.isValid() ? index.data(ComplaintsModel::NumberRole).toString() : QString();
}

std::optional<Complaint> ComplaintsWidget::current() const
{
    const QString number = currentNumber();
    QString error;
    const std::optional<Complaint> found
        = number.isEmpty() ? std::nullopt : m_queries.find(number, &error);
    if (!error.isEmpty())
        showFieldMessage(m_ui->errorLabel, error);
    return found;
}

void ComplaintsWidget::updateButtons()
{
    const User& user = m_session.user;
    const QModelIndex index = m_ui->complaintsTableView->currentIndex();
    const bool selected = index.isValid();
    const auto status = ComplaintStatus(index.data(ComplaintsModel::StatusRole).toInt());
    const auto may
        = [&user](ComplaintAction action) { return ComplaintStore::allows(user, action); };
    const bool forwarded
        = status == ComplaintStatus::Forwarded || status == ComplaintStatus::FollowedUp;
    const bool answered = status == ComplaintStatus::Answered || status == ComplaintStatus::Closed;
    m_ui->newButton->setEnabled(may(ComplaintAction::Record));
    m_ui->respondButton->setEnabled(selected && may(ComplaintAction::Respond)
                                    && status == ComplaintStatus::Received);
    m_ui->forwardButton->setEnabled(selected && may(ComplaintAction::Forward)
                                    && status == ComplaintStatus::Responded);
    m_ui->followUpButton->setEnabled(selected && may(ComplaintAction::FollowUp) && forwarded);
    // An answered complaint's letter can be shown (and printed again) by whoever sees it.
    m_ui->answerButton->setText(selected && answered ? tr("&Answer letter…") : tr("&Answer…"));
    m_ui->answerButton->setEnabled(selected
                                   && ((may(ComplaintAction::Answer) && forwarded) || answered));
    m_ui->closeButton->setEnabled(selected && may(ComplaintAction::Close)
                                  && status == ComplaintStatus::Answered);
    // Say why a button is unavailable to this user rather than leave them guessing.
    for (auto [button, action] : { std::pair { m_ui->newButton, ComplaintAction::Record },
                                   std::pair { m_ui->respondButton, ComplaintAction::Respond },
                                   std::pair { m_ui->forwardButton, ComplaintAction::Forward },
                                   std::pair { m_ui->followUpButton, ComplaintAction::FollowUp },
                                   std::pair { m_ui->closeButton, ComplaintAction::Close } })
        button->setToolTip(ComplaintStore::check(user, action));
}

void ComplaintsWidget::showDetail()
{
    const std::optional<Complaint> complaint = current();
    if (!complaint) {
        m_ui->detailTextBrowser->clear();
        return;
    }
    const QTimeZone zone = officeHoursOf(m_session.catalog.office).zone;
    const auto when = [&zone](const QDateTime& at) {
        return at.toTimeZone(zone).toString(QStringLiteral("dd-MM-yyyy HH.mm"));
    };
    const Complaint& c = *complaint;
    QString html = QStringLiteral("<p><b>%1</b> — %2: %3</p>")
                       .arg(c.number.toHtmlEscaped(), complaintKindTitle(c.kind).toHtmlEscaped(),
                            c.subject.toHtmlEscaped());
    QStringList who;
    who << (c.anonymous ? tr("Anonymous") : c.name);
    for (const QString& detail : { c.nik, c.phone, c.address }) {
        if (!detail.isEmpty())
            who << detail;
    }
    html += QStringLiteral("<p>%1<br/>%2</p>")
                .arg(who.join(QStringLiteral(" · ")).toHtmlEscaped(),
                     c.description.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                           QStringLiteral("<br/>")));
    if (!c.caseNumber.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Related case: %1").arg(c.caseNumber).toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const ComplaintEvent& event : c.events)
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td><td>%4</td></tr>")
                    .arg(when(event.occurredAt), eventTitle(event.event).toHtmlEscaped(),
                         event.userName.toHtmlEscaped(),
                         event.note.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                            QStringLiteral("<br/>")));
    html += QStringLiteral("</table>");
    if (!c.letterNumber.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Answer letter %1").arg(c.letterNumber).toHtmlEscaped());
    m_ui->detailTextBrowser->setHtml(html);
}

void ComplaintsWidget::changed(const QString& number)
{
    // Its row is up to date already (the store said it changed); the complaint stays in view.
    selectComplaint(number);
    updateButtons();
    showDetail();
    emit complaintsChanged();
}

} // namespace loket::ui
