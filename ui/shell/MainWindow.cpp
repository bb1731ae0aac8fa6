#include "MainWindow.h"

#include "BackOfficeWidget.h"
#include "ComplaintsWidget.h"
#include "CounterWidget.h"
#include "LetterSpecs.h"
#include "Notifier.h"
#include "Permissions.h"
#include "ReminderButton.h"
#include "Reminders.h"
#include "ReportsMenu.h"
#include "WindowPlacement.h"
#include "WorkstationSettings.h"

#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QShortcut>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace loket::ui {

MainWindow::MainWindow(Session& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
{
    const QString title = tr("Loket — %1").arg(session.catalog.office.name);
    setWindowTitle(session.demo ? tr("%1 [TRAINING / DEMO]").arg(title) : title);
    m_officeMenu = menuBar()->addMenu(tr("&Office"));
    m_officeMenu->setObjectName(QStringLiteral("officeMenu"));
    QMenu* reports = menuBar()->addMenu(tr("&Reports"));
    reports->setObjectName(QStringLiteral("reportsMenu"));
    new ReportsMenu(session, reports, this);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    if (session.demo) {
        auto* banner = new QLabel(tr("TRAINING MODE — demo data, nothing here is real"), central);
        banner->setObjectName(QStringLiteral("demoBanner"));
        banner->setAlignment(Qt::AlignCenter);
        banner->setStyleSheet(
            QStringLiteral("background:#b35900;color:white;font-weight:bold;padding:4px"));
        banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        layout->addWidget(banner);
    }
    const User& user = session.user;
    const bool backOffice = Permissions::hasWorklist(user);
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("workTabWidget"));
    m_tabs->setDocumentMode(true);
    // Anyone else (an administrator only) keeps the counter, as before the back office came.
    if (user.hasRole(UserRole::FrontOffice) || !backOffice) {
        m_counter = new CounterWidget(session, m_tabs);
        m_tabs->addTab(m_counter, tr("Counter"));
    }
    if (backOffice) {
        m_worklist = new BackOfficeWidget(session, WorklistWidget::Scope::Mine, m_tabs);
        m_tabs->addTab(m_worklist, tr("Worklist"));
    }
    if (user.hasRole(UserRole::FrontOffice)) {
        m_collection
            = new BackOfficeWidget(session, WorklistWidget::Scope::ReadyForCollection, m_tabs);
        m_tabs->addTab(m_collection, tr("Ready for collection"));
    }
    if (ComplaintsWidget::isFor(user)) {
        m_complaints = new ComplaintsWidget(session, m_tabs);
        m_tabs->addTab(m_complaints, tr("Complaints"));
    }
    connectCounterToLists();
    connectNotifier();
    m_tabs->tabBar()->setVisible(m_tabs->count() > 1);
    // Alt+1, Alt+2, … move between the tabs (mnemonics would clash with the counter's).
    for (int index = 0; index < m_tabs->count() && index < 9; ++index) {
        const QKeySequence keys(Qt::ALT | Qt::Key(Qt::Key_1 + index));
        connect(new QShortcut(keys, this), &QShortcut::activated, m_tabs,
                [this, index] { m_tabs->setCurrentIndex(index); });
        m_tabs->setTabToolTip(index,
                              QStringLiteral("%1 (%2)").arg(
                                  m_tabs->tabText(index), keys.toString(QKeySequence::NativeText)));
    }
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    statusBar()->showMessage(
        tr("%1 — database: %2")
            .arg(session.user.fullName, Database::displayLocation(session.database.location())));
    QStringList specErrors; // a broken office mapping is reported where letters are printed
    const QStringList collective = Reminders::collectiveServices(LetterSpecs::load(
        session.database.directory() + QStringLiteral("/templates"), &specErrors));
    m_reminders = new ReminderButton(
        [&session, collective](const QDateTime& now, QString* errorMessage) {
            return Reminders(session.database, session.catalog, session.calendar, collective)
                .forUser(session.user, now, errorMessage);
        },
        session.clock, this);
    statusBar()->addPermanentWidget(m_reminders);
    connect(m_reminders, &ReminderButton::openRequested, this, &MainWindow::openReminder);
    if (m_complaints)
        connect(m_complaints, &ComplaintsWidget::complaintsChanged, m_reminders,
                &ReminderButton::refresh);
}

// A case registered or completed at this window's counter joins its lists row by row.
void MainWindow::connectCounterToLists()
{
    for (BackOfficeWidget* list : { m_worklist, m_collection }) {
        if (!m_counter || !list)
            continue;
        connect(&m_counter->cases(), &CaseStore::caseAdded, list,
                [list](qint64 caseId, const QString&) { list->updateCase(caseId); });
        connect(&m_counter->cases(), &CaseStore::statusChanged, list,
                [list](qint64 caseId, CaseStatus, CaseStatus) { list->updateCase(caseId); });
    }
}

// Registration, the back office and complaints tell the applicants who agreed (issue 13 §2).
void MainWindow::connectNotifier()
{
    m_notifier = new Notifier(m_session.database, m_session.catalog, m_session.clock, this);
    if (m_counter)
        m_notifier->watch(&m_counter->cases());
    for (BackOfficeWidget* list : { m_worklist, m_collection }) {
        if (list)
            m_notifier->watch(&list->workflow());
    }
    if (m_complaints)
        m_notifier->watch(&m_complaints->store());
    connect(m_notifier, &Notifier::failed, this, [this](const QString& error) {
        statusBar()->showMessage(tr("An SMS notification was not saved: %1").arg(error));
    });
}

void MainWindow::showPlaced(WorkstationSettings* settings)
{
    m_placementSettings = settings;
    const QRect available = screen()->availableGeometry();
    const WindowPlacement placement
        = WindowPlacement::choose(available, settings ? settings->windowPlacement() : std::nullopt);
    setGeometry(placement.geometry);
    if (placement.maximised)
        showMaximized();
    else
        show();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_placementSettings)
        m_placementSettings->setWindowPlacement({ normalGeometry(), isMaximized() });
    QMainWindow::closeEvent(event);
}

void MainWindow::openReminder(const Reminder& reminder)
{
    if (reminder.kind == Reminder::Kind::Case) {
        // The worklist when the user has one; the counter's collection list otherwise.
        BackOfficeWidget* target = m_worklist ? m_worklist : m_collection;
        if (target) {
            m_tabs->setCurrentWidget(target);
            target->openCase(reminder.reference);
            activateWindow();
        }
    } else if (reminder.kind == Reminder::Kind::Complaint && m_complaints) {
        m_tabs->setCurrentWidget(m_complaints);
        m_complaints->selectComplaint(reminder.reference);
        activateWindow();
    }
}

} // namespace loket::ui
