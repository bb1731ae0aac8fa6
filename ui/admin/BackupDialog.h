#pragma once

#include "Clock.h"
#include "Database.h"
#include "Users.h"

#include <QDialog>
#include <atomic>
#include <functional>
#include <memory>

namespace Ui {
class BackupDialog;
}
class QThread;

namespace loket::ui {

// Office → Backup and restore, for administrators: when the last good backup was taken, the
// daily backup's folder and keep period, the backups in that folder, "Back up now" with a
// progress bar, and restoring a chosen file. The work runs on its own connection in a worker
// thread, so the window stays responsive and the counters keep working.
//
// A restore never overwrites the database in use: the backup is verified, then restored into
// a new file beside it (for a PostgreSQL office, in the backup folder), and the administrator
// is told how to start Loket with that file. What is lost if something goes wrong is nothing.
class BackupDialog : public QDialog
{
    Q_OBJECT
public:
    BackupDialog(Database& database, const User& user, Clock clock, QWidget* parent = nullptr);
    ~BackupDialog() override;

    // Asks the administrator a yes/no question; a message box unless a test sets another.
    using Confirm = std::function<bool(const QString& question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    void backUpNow();
    // Verifies `backup`, asks, then restores it into a new file; returns at once, the work
    // goes on in the background (busy() until it ends).
    void restoreFrom(const QString& backup);
    bool busy() const { return m_worker != nullptr; }
    QString restoredLocation() const { return m_restored; }

    void reject() override;

signals:
    void workFinished(bool ok);

private:
    void loadSettings();
    void saveSettings();
    void chooseFolder();
    void chooseRestoreFile();
    void listBackups();
    void showLastGood();
    void startWork(const QString& what, std::function<bool(Database&, QString*)> work);
    void workDone(bool ok, const QString& message);
    void setBusy(bool busy);
    bool reportProgress(int done, int total);
    QString restoreTarget() const;

    std::unique_ptr<Ui::BackupDialog> m_ui;
    Database& m_database;
    User m_user;
    Clock m_clock;
    Confirm m_confirm;
    QString m_folder;
    QString m_restored;
    QString m_pendingRestore; // the file a running restore writes
    QThread* m_worker = nullptr;
    std::atomic_bool m_cancel { false };
    bool m_closeWhenDone = false;
};

} // namespace loket::ui
