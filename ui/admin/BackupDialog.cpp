#include "BackupDialog.h"

#include "AutoBackup.h"
#include "BackupFile.h"
#include "BackupRestorer.h"
#include "BackupVerifier.h"
#include "BackupWriter.h"
#include "ui_backupdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>

namespace loket::ui {

namespace {
enum Column { TakenColumn, FileColumn, SizeColumn, CheckColumn };
}

BackupDialog::BackupDialog(Database& database, const User& user, Clock clock, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BackupDialog>())
    , m_database(database)
    , m_user(user)
    , m_clock(std::move(clock))
{
    m_ui->setupUi(this);
    m_ui->backupsTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, windowTitle(), question) == QMessageBox::Yes;
    };
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BackupDialog::reject);
    connect(m_ui->chooseFolderButton, &QPushButton::clicked, this, &BackupDialog::chooseFolder);
    connect(m_ui->saveSettingsButton, &QPushButton::clicked, this, &BackupDialog::saveSettings);
    connect(m_ui->backupNowButton, &QPushButton::clicked, this, &BackupDialog::backUpNow);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &BackupDialog::chooseRestoreFile);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] { m_cancel = true; });
    if (!m_user.hasRole(UserRole::Administrator)) {
        // Backups hold everyone's personal data: administrators only.
        m_ui->settingsGroupBox->setEnabled(false);
        m_ui->backupNowButton->setEnabled(false);
        m_ui->restoreButton->setEnabled(false);
        m_ui->statusLabel->setText(tr("Only an administrator may back up and restore."));
        return;
    }
    loadSettings();
}

BackupDialog::~BackupDialog()
{
    if (m_worker) {
        m_cancel = true;
        m_worker->wait();
    }
}

void BackupDialog::reject()
{
    if (busy()) {
        m_cancel = true;
        m_closeWhenDone = true; // the worker stops at its next step; a half file is removed
        return;
    }
    QDialog::reject();
}

void BackupDialog::loadSettings()
{
    QString error;
    const AutoBackupSettings settings = AutoBackup::settings(m_database, &error);
    m_ui->folderLineEdit->setText(settings.folder);
    m_ui->folderLineEdit->setPlaceholderText(AutoBackup::defaultFolder(m_database));
    m_ui->keepDaysSpinBox->setValue(settings.keepDays);
    m_ui->hourSpinBox->setValue(settings.hour);
    m_folder = AutoBackup::officeFolder(m_database, &error);
    if (!error.isEmpty())
        m_ui->statusLabel->setText(error);
    showLastGood();
    listBackups();
}

void BackupDialog::saveSettings()
{
    QString error;
    AutoBackupSettings settings = AutoBackup::settings(m_database, &error);
    settings.folder = m_ui->folderLineEdit->text().trimmed();
    settings.keepDays = m_ui->keepDaysSpinBox->value();
    settings.hour = m_ui->hourSpinBox->value();
    if (!AutoBackup::saveSettings(m_database, settings, &error)) {
        m_ui->statusLabel->setText(error);
        return;
    }
    m_ui->statusLabel->setText(tr("Settings saved."));
    loadSettings();
}

void BackupDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup folder"),
                                                             m_ui->folderLineEdit->text());
    if (!folder.isEmpty())
        m_ui->folderLineEdit->setText(QDir::toNativeSeparators(folder));
}

void BackupDialog::showLastGood()
{
    QString error;
    const QDateTime last = AutoBackup::settings(m_database, &error).lastGood;
    const bool stale = AutoBackup::isStale(last, m_clock());
    const QString when = last.isValid()
        ? QLocale().toString(last.toLocalTime(), QLocale::ShortFormat)
        : tr("never");
    m_ui->lastGoodLabel->setText(stale ? tr("Last good backup: %1. That is more than %2 days "
                                            "ago: back up now.")
                                             .arg(when)
                                             .arg(AutoBackup::StaleAfterDays)
                                       : tr("Last good backup: %1.").arg(when));
    m_ui->lastGoodLabel->setStyleSheet(stale ? QStringLiteral("color: #b00020; font-weight: bold")
                                             : QString());
}

void BackupDialog::listBackups()
{
    // A file with a backup's name was verified before it got that name; "complete" checks
    // again that nothing cut it since.
    const QList<QFileInfo> files = AutoBackup::backupsIn(m_folder);
    QTableWidget* table = m_ui->backupsTableWidget;
    table->setRowCount(int(files.size()));
    for (int row = 0; row < files.size(); ++row) {
        const QFileInfo& file = files.at(row);
        QString problem;
        const bool complete = BackupFile::checkComplete(file.filePath(), &problem);
        table->setItem(
            row, TakenColumn,
            new QTableWidgetItem(QLocale().toString(file.lastModified(), QLocale::ShortFormat)));
        auto* name = new QTableWidgetItem(file.fileName());
        name->setData(Qt::UserRole, file.filePath());
        table->setItem(row, FileColumn, name);
        table->setItem(row, SizeColumn,
                       new QTableWidgetItem(QLocale().formattedDataSize(file.size())));
        auto* check = new QTableWidgetItem(complete ? tr("verified") : tr("damaged"));
        check->setToolTip(problem);
        table->setItem(row, CheckColumn, check);
    }
    table->resizeColumnsToContents();
}

bool BackupDialog::reportProgress(int done, int total)
{
    QMetaObject::invokeMethod(
        this,
        [this, done, total] {
            m_ui->progressBar->setMaximum(qMax(total, 1));
            m_ui->progressBar->setValue(done);
        },
        Qt::QueuedConnection);
    return !m_cancel;
}

void BackupDialog::setBusy(bool busy)
{
    m_ui->backupNowButton->setEnabled(!busy);
    m_ui->restoreButton->setEnabled(!busy);
    m_ui->settingsGroupBox->setEnabled(!busy);
    m_ui->cancelButton->setEnabled(busy);
}

void BackupDialog::startWork(const QString& what, std::function<bool(Database&, QString*)> work)
{
    m_cancel = false;
    setBusy(true);
    m_ui->progressBar->setValue(0);
    m_ui->statusLabel->setText(what);
    const QString location = m_database.location();
    auto outcome = std::make_shared<std::pair<bool, QString>>(false, QString());
    // Its own connection: Qt's connections belong to the thread that opened them.
    m_worker = QThread::create([location, work, outcome] {
        Database database;
        outcome->first = database.open(location, Database::OpenMode::MustExist, &outcome->second)
            && work(database, &outcome->second);
    });
    connect(m_worker, &QThread::finished, this, [this, outcome] {
        m_worker->deleteLater();
        m_worker = nullptr;
        workDone(outcome->first, outcome->second);
    });
    m_worker->start();
}

void BackupDialog::workDone(bool ok, const QString& message)
{
    setBusy(false);
    if (ok && !m_pendingRestore.isEmpty())
        m_restored = m_pendingRestore;
    m_pendingRestore.clear();
    m_ui->statusLabel->setText(message);
    if (ok)
        m_ui->progressBar->setValue(m_ui->progressBar->maximum());
    showLastGood();
    listBackups();
    emit workFinished(ok);
    if (m_closeWhenDone)
        QDialog::reject();
}

void BackupDialog::backUpNow()
{
    if (busy())
        return;
    const QDateTime now = m_clock();
    // Today's daily file if it is not there yet, else one with the time; both rotate.
    QString target = QDir(m_folder).filePath(AutoBackup::fileName(now.toLocalTime().date()));
    if (QFileInfo::exists(target))
        target.replace(QStringLiteral(".sqlite"),
                       now.toLocalTime().toString(QStringLiteral("-HHmmss"))
                           + QStringLiteral(".sqlite"));
    const Clock clock = m_clock;
    startWork(tr("Backing up to %1…").arg(target),
              [this, target, clock](Database& database, QString* message) {
                  BackupWriter writer(database, clock);
                  writer.setProgress([this](const BackupProgress& progress) {
                      return reportProgress(progress.tablesDone, progress.tableCount);
                  });
                  BackupManifest manifest;
                  if (!writer.write(target, &manifest, message)
                      || !AutoBackup::recordGood(database, manifest.takenAt, message))
                      return false;
                  *message = tr("Backup written to %1 and verified: %n row(s).", nullptr,
                                int(manifest.totalRows()))
                                 .arg(target);
                  return true;
              });
}

QString BackupDialog::restoreTarget() const
{
    const QString folder = m_database.directory().isEmpty() ? m_folder : m_database.directory();
    return QDir(folder).filePath(
        QStringLiteral("loket-restored-%1.sqlite")
            .arg(m_clock().toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"))));
}

void BackupDialog::chooseRestoreFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Restore a backup"), m_folder,
                                                      tr("Loket backups (*.sqlite)"));
    if (!file.isEmpty())
        restoreFrom(file);
}

void BackupDialog::restoreFrom(const QString& backup)
{
    if (busy())
        return;
    // Checked before anything is asked or written.
    const BackupCheck check = BackupVerifier::verifyFile(backup);
    if (!check.ok()) {
        m_ui->statusLabel->setText(check.problem);
        emit workFinished(false);
        return;
    }
    const QString target = restoreTarget();
    const QString taken = check.manifest && check.manifest->takenAt.isValid()
        ? QLocale().toString(check.manifest->takenAt.toLocalTime(), QLocale::ShortFormat)
        : tr("unknown");
    const QString question
        = tr("Restore the backup %1 (office %2, taken %3)?\n\nThe database in use, %4, is "
             "not deleted and stays as it is: the backup is restored into the new file %5, "
             "which replaces it as this computer's database from the next start of Loket. "
             "An office server is restored with \"loketctl restore\" instead (see the README).")
              .arg(QDir::toNativeSeparators(backup), check.officeId, taken,
                   Database::displayLocation(m_database.location()),
                   QDir::toNativeSeparators(target));
    if (!m_confirm(question)) {
        m_ui->statusLabel->setText(tr("Nothing was restored."));
        emit workFinished(false);
        return;
    }
    m_pendingRestore = target;
    startWork(tr("Restoring %1…").arg(backup), [this, backup, target](Database&, QString* message) {
        BackupRestorer restorer;
        restorer.setProgress([this](const BackupProgress& progress) {
            return reportProgress(progress.tablesDone, progress.tableCount);
        });
        QStringList report;
        if (!restorer.restore(backup, target, &report, message))
            return false;
        *message = tr("Restored into %1.").arg(target);
        return true;
    });
}

} // namespace loket::ui
