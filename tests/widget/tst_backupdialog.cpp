// Office → Backup and restore, offscreen: settings, "Back up now" with its list and progress,
// restoring with a confirmation that names the database in use, refusals, administrators only.
#include "AutoBackup.h"
#include "BackupDialog.h"
#include "OfficeDatabase.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace loket;

namespace {
const QDateTime morning(QDate(2026, 3, 10), QTime(9, 0), Qt::LocalTime);

User administrator()
{
    User user;
    user.id = 1;
    user.username = QStringLiteral("admin");
    user.roles = { UserRole::Administrator };
    return user;
}
} // namespace

class TestBackupDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void backUpNowListsTheVerifiedBackup();
    void restoreAsksNamingTheDatabaseInUse();
    void declinedRestoreWritesNothing();
    void damagedFileIsRefusedBeforeAsking();
    void staleBackupIsShown();
    void administratorsOnly();

private:
    template<typename T> T* child(QDialog& dialog, const char* name)
    {
        return dialog.findChild<T*>(QString::fromLatin1(name));
    }
    bool backUp(ui::BackupDialog& dialog);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestBackupDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QString error;
    QVERIFY(m_database->open(m_dir->filePath(QStringLiteral("loket.sqlite")),
                             Database::OpenMode::CreateIfMissing, &error));
    QVERIFY2(OfficeDatabase::initialise(*m_database, QStringLiteral("seruyan"), &error),
             qPrintable(error));
}

bool TestBackupDialog::backUp(ui::BackupDialog& dialog)
{
    QSignalSpy finished(&dialog, &ui::BackupDialog::workFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "backupNowButton"), Qt::LeftButton);
    if (!finished.wait(30000) && finished.isEmpty())
        return false;
    return finished.first().first().toBool();
}

void TestBackupDialog::backUpNowListsTheVerifiedBackup()
{
    ui::BackupDialog dialog(*m_database, administrator(), [] { return morning; });
    dialog.show();
    const QString folder = m_dir->filePath(QStringLiteral("usb"));
    child<QLineEdit>(dialog, "folderLineEdit")->setText(folder);
    child<QSpinBox>(dialog, "keepDaysSpinBox")->setValue(14);
    child<QSpinBox>(dialog, "hourSpinBox")->setValue(7);
    QTest::mouseClick(child<QPushButton>(dialog, "saveSettingsButton"), Qt::LeftButton);
    QString error;
    QCOMPARE(AutoBackup::settings(*m_database, &error).keepDays, 14);
    QCOMPARE(AutoBackup::settings(*m_database, &error).hour, 7);
    QCOMPARE(AutoBackup::settings(*m_database, &error).folder, folder);

    QVERIFY2(backUp(dialog), qPrintable(child<QLabel>(dialog, "statusLabel")->text()));
    const QString file = QDir(folder).filePath(QStringLiteral("seruyan/loket-2026-03-10.sqlite"));
    QVERIFY(QFileInfo::exists(file));
    QVERIFY(child<QLabel>(dialog, "statusLabel")->text().contains(QStringLiteral("verified")));
    auto* table = child<QTableWidget>(dialog, "backupsTableWidget");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("loket-2026-03-10.sqlite"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("verified"));
    auto* progress = child<QProgressBar>(dialog, "progressBar");
    QCOMPARE(progress->value(), progress->maximum());
    QVERIFY(!child<QLabel>(dialog, "lastGoodLabel")->text().contains(QStringLiteral("ago")));

    // A second one the same day keeps the first and adds the time.
    QVERIFY(backUp(dialog));
    QCOMPARE(table->rowCount(), 2);
}

void TestBackupDialog::restoreAsksNamingTheDatabaseInUse()
{
    ui::BackupDialog dialog(*m_database, administrator(), [] { return morning; });
    QVERIFY(backUp(dialog));
    auto* table = child<QTableWidget>(dialog, "backupsTableWidget");
    const QString backup = table->item(0, 1)->data(Qt::UserRole).toString();

    QString asked;
    dialog.setConfirm([&asked](const QString& question) {
        asked = question;
        return true;
    });
    QSignalSpy finished(&dialog, &ui::BackupDialog::workFinished);
    dialog.restoreFrom(backup);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().first().toBool(),
             qPrintable(child<QLabel>(dialog, "statusLabel")->text()));
    QVERIFY2(asked.contains(m_database->location()), qPrintable(asked));
    QVERIFY(asked.contains(QStringLiteral("seruyan")));
    const QString restored = dialog.restoredLocation();
    QVERIFY(asked.contains(QDir::toNativeSeparators(restored)));
    QVERIFY(restored != m_database->location());
    Database copy;
    QString error;
    QVERIFY(copy.open(restored, Database::OpenMode::MustExist, &error));
    QCOMPARE(OfficeDatabase::officeId(copy, &error), QStringLiteral("seruyan"));
}

void TestBackupDialog::declinedRestoreWritesNothing()
{
    ui::BackupDialog dialog(*m_database, administrator(), [] { return morning; });
    QVERIFY(backUp(dialog));
    const QString backup = child<QTableWidget>(dialog, "backupsTableWidget")
                               ->item(0, 1)
                               ->data(Qt::UserRole)
                               .toString();
    dialog.setConfirm([](const QString&) { return false; });
    const QStringList before = QDir(m_dir->path()).entryList(QDir::Files);
    dialog.restoreFrom(backup);
    QVERIFY(!dialog.busy());
    QVERIFY(dialog.restoredLocation().isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), before);
}

void TestBackupDialog::damagedFileIsRefusedBeforeAsking()
{
    ui::BackupDialog dialog(*m_database, administrator(), [] { return morning; });
    QFile notes(m_dir->filePath(QStringLiteral("catatan.sqlite")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("bukan database");
    notes.close();
    bool asked = false;
    dialog.setConfirm([&asked](const QString&) {
        asked = true;
        return true;
    });
    dialog.restoreFrom(notes.fileName());
    QVERIFY(!asked);
    QVERIFY(!dialog.busy());
    QVERIFY(child<QLabel>(dialog, "statusLabel")->text().contains(QStringLiteral("not a Loket")));
}

void TestBackupDialog::staleBackupIsShown()
{
    QString error;
    QVERIFY(AutoBackup::recordGood(*m_database, morning.addDays(-3), &error));
    ui::BackupDialog dialog(*m_database, administrator(), [] { return morning; });
    QVERIFY(child<QLabel>(dialog, "lastGoodLabel")->text().contains(QStringLiteral("2 days ago")));
}

void TestBackupDialog::administratorsOnly()
{
    User clerk = administrator();
    clerk.roles = { UserRole::FrontOffice };
    ui::BackupDialog dialog(*m_database, clerk, [] { return morning; });
    QVERIFY(!child<QPushButton>(dialog, "backupNowButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "restoreButton")->isEnabled());
    QVERIFY(child<QLabel>(dialog, "statusLabel")->text().contains(QStringLiteral("administrator")));
}

QTEST_MAIN(TestBackupDialog)
#include "tst_backupdialog.moc"
