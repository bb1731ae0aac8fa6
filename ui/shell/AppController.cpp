#include "AppController.h"

#include "AuditViewerDialog.h"
#include "BackupDialog.h"
#include "DailyBackup.h"
#include "DatabaseDialog.h"
#include "IdleLock.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "NotificationTemplatesDialog.h"
#include "NotificationsDialog.h"
#include "OfficeDatabase.h"
#include "Permissions.h"
#include "ReminderButton.h"
#include "SettingsDialog.h"
#include "SettingsStore.h"
#include "Startup.h"
#include "UserAdminDialog.h"
#include "VerifyDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace loket::ui {
namespace {

constexpr int kMillisecondsPerMinute = 60 * 1000;

QAction* addAction(QMenu* menu, const QString& objectName, const QString& text, const QString& tip,
                   const QKeySequence& shortcut = QKeySequence())
{
    QAction* action = menu->addAction(text);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setToolTip(shortcut.isEmpty() ? tip
                                          : QStringLiteral("%1 (%2)").arg(
                                              tip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(action->toolTip());
    return action;
}

} // namespace

AppController::AppController(WorkstationSettings& settings, Clock clock, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(std::move(clock))
    , m_regions(RegionTable::builtIn())
{
    // Closing the main window to log out must not end the application: it ends when the main
    // window is closed otherwise, or when nobody logs in.
    QApplication::setQuitOnLastWindowClosed(false);
}

AppController::~AppController()
{
    m_dailyBackup.reset(); // lets a running backup finish its file
    m_idleLock.reset();
    if (m_window) {
        disconnect(m_window, nullptr, this, nullptr);
        delete m_window.data();
    }
}

QString AppController::interfaceLanguage(const QString& commandLine,
                                         const WorkstationSettings& settings)
{
    if (!commandLine.isEmpty())
        return commandLine;
    const QString environment = qEnvironmentVariable("LOKET_LANG");
    return environment.isEmpty() ? settings.language() : environment;
}

QString AppController::demoLocation()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("loket-demo.sqlite"));
}

QString AppController::databaseLocation(const QString& commandLine, bool demo)
{
    if (demo)
        return commandLine.isEmpty() ? demoLocation() : commandLine;
    return Database::resolveLocation(commandLine);
}

QString AppController::databaseLocation(const QString& commandLine, bool demo,
                                        const WorkstationSettings& settings)
{
    if (demo || !commandLine.isEmpty() || !qEnvironmentVariableIsEmpty("LOKET_DB"))
        return databaseLocation(commandLine, demo);
    if (!settings.databaseLocation().isEmpty())
        return settings.databaseLocation();
    // An installation older than the choice goes on with its file.
    return QFileInfo::exists(Database::defaultLocation()) ? Database::defaultLocation() : QString();
}

AppController::Started AppController::start(const LaunchOptions& options)
{
    QString location = options.location;
    if (location.isEmpty()) {
        DatabaseDialog choice(m_settings, QString(), DatabaseDialog::Purpose::FirstStart);
        if (choice.exec() != QDialog::Accepted)
            return Started::Cancelled;
        location = choice.chosenLocation();
    }
    Startup startup(m_database, m_regions, m_clock);
    m_catalog = startup.run(location, options.officeId, options.demo);
    if (!m_catalog)
        return startup.cancelled() ? Started::Cancelled : Started::Failed;
    m_users = std::make_unique<UserStore>(m_database);
    std::optional<User> user = startup.firstAdministrator();
    if (!user)
        user = askLogin();
    if (!user)
        return Started::Cancelled;
    openMainWindow(*user);
    return Started::Running;
}

std::optional<User> AppController::askLogin(const QString& username)
{
    LoginDialog dialog(*m_users, m_catalog->office.name, SettingsStore::isDemoDatabase(m_database));
    dialog.setUsername(username);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.user();
}

void AppController::openMainWindow(const User& user)
{
    WorkingCalendar calendar;
    QString error;
    if (!OfficeDatabase::calendar(m_database, &calendar, &error))
        qWarning("Using the built-in calendar: %s", qPrintable(error));
    m_session.reset(new Session { m_database, *m_catalog, calendar, m_regions, user,
                                  SettingsStore::isDemoDatabase(m_database), &m_settings,
                                  m_clock });
    m_window = new MainWindow(*m_session);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &QObject::destroyed, this, &AppController::windowDestroyed);
    addOfficeActions();

    m_idleLock = std::make_unique<IdleLock>(*m_users, user, m_window);
    m_idleLock->setTimeout(m_settings.idleLockMinutes() * kMillisecondsPerMinute);
    connect(m_idleLock.get(), &IdleLock::logoutRequested, this, [this] {
        m_lockedBeforeLogout = true;
        logOut();
    });
    m_window->showPlaced(&m_settings);
    m_window->reminders()->refresh(); // on start: what is due today or overdue
    showPrivacyNotices();
    startDailyBackup();
}

// The database or its WAL files were readable by other accounts and have been made private at
// open (UU 27/2022): the administrator should know, and look at who else had access.
void AppController::showPrivacyNotices()
{
    const QStringList notices = m_database.privacyNotices();
    if (notices.isEmpty() || !m_session->user.hasRole(UserRole::Administrator))
        return;
    auto* label = new QLabel(notices.first(), m_window);
    label->setObjectName(QStringLiteral("privacyNoticeLabel"));
    label->setToolTip(notices.join(QLatin1Char('\n')));
    m_window->statusBar()->addPermanentWidget(label);
}

void AppController::startDailyBackup()
{
    if (m_session->demo)
        return; // training data needs no backup
    if (!m_dailyBackup) {
        m_dailyBackup = std::make_unique<DailyBackup>(m_database, m_clock);
        connect(m_dailyBackup.get(), &DailyBackup::finished, this,
                &AppController::showBackupWarning);
    }
    m_dailyBackup->start();
}

void AppController::showBackupWarning()
{
    if (m_window && m_session && m_dailyBackup && m_session->user.hasRole(UserRole::Administrator))
        m_dailyBackup->showWarning(m_window);
}

void AppController::addOfficeActions()
{
    QMenu* menu = m_window->officeMenu();
    menu->setToolTipsVisible(true);
    if (!menu->isEmpty())
        menu->addSeparator();
    if (m_session->user.hasRole(UserRole::Administrator)) {
        connect(addAction(menu, QStringLiteral("usersAction"), tr("&Users…"),
                          tr("Add users, change their roles, reset passwords")),
                &QAction::triggered, this, &AppController::showUsers);
        connect(addAction(menu, QStringLiteral("backupAction"), tr("&Backup and restore…"),
                          tr("Back up the database now, the daily backup, restore a backup")),
                &QAction::triggered, this, &AppController::showBackup);
    }
    connect(addAction(menu, QStringLiteral("verifyAction"), tr("&Verify a document…"),
                      tr("Was a paper issued by this office? Check its verification code"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)),
            &QAction::triggered, this, &AppController::showVerify);
    connect(addAction(menu, QStringLiteral("notificationsAction"),
                      tr("&Notifications to applicants…"),
                      tr("Today's SMS to applicants: send, or copy into WhatsApp")),
            &QAction::triggered, this, &AppController::showNotifications);
    if (m_session->user.hasRole(UserRole::Administrator)) {
        connect(addAction(menu, QStringLiteral("smsSettingsAction"), tr("SMS &messages…"),
                          tr("The texts sent to applicants and the office's SMS modem")),
                &QAction::triggered, this, &AppController::showSmsSettings);
    }
    if (Permissions::allows(m_session->user, Action::ViewAudit)) {
        connect(addAction(menu, QStringLiteral("auditAction"), tr("&Audit log…"),
                          tr("Who did what and when; check the log's hash chain"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)),
                &QAction::triggered, this, &AppController::showAudit);
    }
    if (m_session->user.hasRole(UserRole::Administrator)) {
        connect(addAction(menu, QStringLiteral("databaseAction"), tr("&Database…"),
                          tr("Where this computer finds the office's data: this computer or the "
                             "office server")),
                &QAction::triggered, this, &AppController::showDatabase);
    }
    connect(addAction(menu, QStringLiteral("settingsAction"), tr("&Settings…"),
                      tr("Language, screen lock and receipt paper of this computer")),
            &QAction::triggered, this, &AppController::showSettings);
    menu->addSeparator();
    connect(addAction(menu, QStringLiteral("lockAction"), tr("&Lock screen"),
                      tr("Hide Loket until your password is entered"),
                      QKeySequence(Qt::CTRL | Qt::Key_L)),
            &QAction::triggered, this, &AppController::lockScreen);
    connect(addAction(menu, QStringLiteral("logoutAction"), tr("Log &out"),
                      tr("Close your session so that the next user can log in"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q)),
            &QAction::triggered, this, &AppController::logOut);
}

// Heap dialogs parented to the window: if a logout closes the window while one is open, it is
// deleted with the window and exec() simply returns.
void AppController::showUsers()
{
    // The dialog refuses non-administrators too, and UserStore refuses their changes.
    QPointer<UserAdminDialog> dialog = new UserAdminDialog(*m_users, m_session->user, m_window);
    dialog->exec();
    delete dialog.data();
}

void AppController::showBackup()
{
    QPointer<BackupDialog> dialog
        = new BackupDialog(m_session->database, m_session->user, m_session->clock, m_window);
    dialog->exec();
    const QString restored = dialog ? dialog->restoredLocation() : QString();
    delete dialog.data();
    showBackupWarning();
    // One computer with its own file: the restored file becomes this computer's database at
    // the next start (a file in use is never swapped under a running Loket). An office server
    // is restored with loketctl restore --db, never switched to a local file.
    if (!restored.isEmpty() && !Database::isServerLocation(m_database.location())) {
        m_settings.setDatabaseLocation(restored);
        QMessageBox::information(
            m_window, tr("Backup restored"),
            tr("From the next start, Loket on this computer works with the restored database "
               "%1. The database used until now stays as it is: %2.")
                .arg(QDir::toNativeSeparators(restored),
                     QDir::toNativeSeparators(m_database.location())));
    }
}

void AppController::showVerify()
{
    QPointer<VerifyDialog> dialog
        = new VerifyDialog(m_session->database, m_session->catalog, m_window);
    dialog->exec();
    delete dialog.data();
}

void AppController::showAudit()
{
    // The dialog refuses users without ViewAudit too.
    QPointer<AuditViewerDialog> dialog
        = new AuditViewerDialog(m_session->database, m_session->catalog, m_session->user, m_window);
    dialog->exec();
    delete dialog.data();
}

void AppController::showNotifications()
{
    QPointer<NotificationsDialog> dialog = new NotificationsDialog(*m_session, m_window);
    dialog->exec();
    delete dialog.data();
}

void AppController::showSmsSettings()
{
    QPointer<NotificationTemplatesDialog> dialog
        = new NotificationTemplatesDialog(m_session->database, m_session->catalog, m_window);
    dialog->exec();
    delete dialog.data();
}

void AppController::showSettings()
{
    QPointer<SettingsDialog> dialog = new SettingsDialog(m_settings, m_window);
    dialog->setOfficeSettings(m_session->database, m_session->user); // the IKM weight
    dialog->setClock(m_session->clock);
    if (dialog->exec() == QDialog::Accepted && m_idleLock)
        m_idleLock->setTimeout(m_settings.idleLockMinutes() * kMillisecondsPerMinute);
    delete dialog.data();
}

void AppController::showDatabase()
{
    QPointer<DatabaseDialog> dialog = new DatabaseDialog(m_settings, m_database.location(),
                                                         DatabaseDialog::Purpose::Change, m_window);
    dialog->exec();
    delete dialog.data();
}

void AppController::lockScreen()
{
    if (m_idleLock)
        m_idleLock->lock();
}

void AppController::logOut()
{
    if (!m_window || m_loggingOut)
        return;
    m_loggingOut = true;
    m_logoutAttempts = 0;
    QTimer::singleShot(0, this, &AppController::closeForLogout);
}

void AppController::closeForLogout()
{
    if (!m_window)
        return;
    // Dialogs still open on the window are closed first, each from the event loop, so that
    // none is deleted under its own exec().
    QWidget* modal = QApplication::activeModalWidget();
    const bool lockOpen = m_idleLock && modal == m_idleLock->lockDialog();
    if (modal && !lockOpen && ++m_logoutAttempts < 20) {
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
        else
            modal->close();
        QTimer::singleShot(0, this, &AppController::closeForLogout);
        return;
    }
    // The window may refuse (unsaved work); then the user stays logged in, and a screen that
    // was locked locks again.
    if (modal || !m_window->close()) {
        m_loggingOut = false;
        if (m_idleLock && m_lockedBeforeLogout)
            m_idleLock->lock();
    }
    m_lockedBeforeLogout = false;
}

void AppController::windowDestroyed()
{
    m_idleLock.reset();
    if (!m_loggingOut) {
        QCoreApplication::quit();
        return;
    }
    m_loggingOut = false;
    // Ask for the next user once the old window is wholly gone.
    QTimer::singleShot(0, this, [this] {
        m_session.reset();
        const std::optional<User> user = askLogin();
        if (user)
            openMainWindow(*user);
        else
            QCoreApplication::quit();
    });
}

} // namespace loket::ui
