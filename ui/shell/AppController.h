#pragma once

#include "Catalog.h"
#include "Database.h"
#include "MainWindow.h"
#include "RegionTable.h"
#include "Session.h"
#include "UserStore.h"
#include "WorkstationSettings.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

namespace loket::ui {

class DailyBackup;
class IdleLock;

// What the command line asked for.
struct LaunchOptions
{
    QString location; // the database, already resolved (see databaseLocation); empty: ask
    QString officeId; // --office: the office of a new database
    bool demo = false; // --demo: training mode
};

// Runs the desktop application's life: opening the database (first run, or training set-up),
// login, the main window with the office menu's actions, the idle lock, and logging out back
// to the login screen for the next user.
class AppController : public QObject
{
    Q_OBJECT
public:
    // `clock`: the moment the whole application acts at (cases, letters, reminders…).
    explicit AppController(WorkstationSettings& settings, Clock clock = systemClock(),
                           QObject* parent = nullptr);
    ~AppController() override;

    // --lang wins, then LOKET_LANG, then this computer's setting (Indonesian by default).
    static QString interfaceLanguage(const QString& commandLine,
                                     const WorkstationSettings& settings);
    // --db wins; training uses its own loket-demo.sqlite, never the real database or LOKET_DB.
    static QString databaseLocation(const QString& commandLine, bool demo);
    // The same, then the location chosen on this computer, then the default file if it exists;
    // empty at the very first start, when the user is asked (DatabaseDialog).
    static QString databaseLocation(const QString& commandLine, bool demo,
                                    const WorkstationSettings& settings);
    static QString demoLocation();

    enum class Started { Running, Cancelled, Failed };
    // Unless Running, the application ends: nobody logged in, or the database cannot be used.
    Started start(const LaunchOptions& options);

    MainWindow* mainWindow() const { return m_window; }
    IdleLock* idleLock() const { return m_idleLock.get(); }
    const Session* session() const { return m_session.get(); }

    void lockScreen();
    void logOut();

private:
    std::optional<User> askLogin(const QString& username = QString());
    void openMainWindow(const User& user);
    void addOfficeActions();
    void showUsers();
    void showBackup();
    // The daily backup after login, and the administrator's warning when the last good
    // backup is too old or today's failed.
    void startDailyBackup();
    void showPrivacyNotices();
    void showBackupWarning();
    void showSettings();
    void showDatabase();
    void showVerify();
    void showAudit();
    void showNotifications();
    void showSmsSettings();
    void closeForLogout();
    void windowDestroyed();

    WorkstationSettings& m_settings;
    Clock m_clock;
    Database m_database;
    RegionTable m_regions;
    std::unique_ptr<UserStore> m_users;
    std::optional<Catalog> m_catalog;
    std::unique_ptr<Session> m_session;
    QPointer<MainWindow> m_window;
    std::unique_ptr<IdleLock> m_idleLock;
    bool m_loggingOut = false;
    bool m_lockedBeforeLogout = false;
    int m_logoutAttempts = 0;
    std::unique_ptr<DailyBackup> m_dailyBackup;
};

} // namespace loket::ui
