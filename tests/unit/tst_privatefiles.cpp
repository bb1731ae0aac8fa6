// Personal data readable by its owner only (UU 27/2022): the helper, and every file Loket
// writes that holds such data — the database and its WAL files, backups, CSV and PDF exports.
// The suite runs with umask 022, under which a file is created 0644 unless Loket sees to it.
#include "CsvWriter.h"
#include "Database.h"
#include "DatabaseMaintenance.h"
#include "OfficeDatabase.h"
#include "PdfFile.h"
#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QPageLayout>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <functional>
#include <sys/stat.h>

using namespace loket;
using namespace Qt::StringLiterals;

using Writer = std::function<bool(const QString& path, QString* error)>;
Q_DECLARE_METATYPE(Writer)

class TestPrivateFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { ::umask(022); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void tighten_data();
    void tighten();
    void createFolderLeavesExistingFolders();
    void writersCreateOwnerOnlyFiles_data();
    void writersCreateOwnerOnlyFiles();
    void newDatabaseAndWalAreOwnerOnly();
    void openTightensWiderDatabase();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPrivateFiles::tighten_data()
{
    QTest::addColumn<bool>("folder");
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("after");
    QTest::addColumn<PrivateFiles::Tightening>("outcome");
    QTest::addRow("file 0644") << false << 0644 << 0600 << PrivateFiles::Tightening::Tightened;
    QTest::addRow("file 0666") << false << 0666 << 0600 << PrivateFiles::Tightening::Tightened;
    QTest::addRow("file 0640") << false << 0640 << 0600 << PrivateFiles::Tightening::Tightened;
    QTest::addRow("file 0600") << false << 0600 << 0600 << PrivateFiles::Tightening::AlreadyPrivate;
    QTest::addRow("file 0400") << false << 0400 << 0400 << PrivateFiles::Tightening::AlreadyPrivate;
    QTest::addRow("folder 0755") << true << 0755 << 0700 << PrivateFiles::Tightening::Tightened;
    QTest::addRow("folder 0700") << true << 0700 << 0700
                                 << PrivateFiles::Tightening::AlreadyPrivate;
}

void TestPrivateFiles::tighten()
{
    QFETCH(bool, folder);
    QFETCH(int, before);
    QFETCH(int, after);
    QFETCH(PrivateFiles::Tightening, outcome);
    const QString target = path(u"data"_s);
    if (folder)
        QVERIFY(QDir().mkdir(target));
    else
        QVERIFY(QFile(target).open(QIODevice::WriteOnly));
    QCOMPARE(::chmod(QFile::encodeName(target).constData(), mode_t(before)), 0);
    QString notice;
    QCOMPARE(PrivateFiles::tighten(target, &notice), outcome);
    QCOMPARE(PrivateFiles::mode(target), after);
    // The administrator is told what was changed, and only then.
    QCOMPARE(notice.contains(QString::number(before, 8)),
             outcome == PrivateFiles::Tightening::Tightened);
    QCOMPARE(PrivateFiles::tighten(path(u"missing"_s)), PrivateFiles::Tightening::Missing);
}

void TestPrivateFiles::createFolderLeavesExistingFolders()
{
    QVERIFY(QDir().mkdir(path(u"shared"_s)));
    QCOMPARE(::chmod(QFile::encodeName(path(u"shared"_s)).constData(), 0755), 0);
    QString error;
    QVERIFY2(PrivateFiles::createFolder(path(u"shared/loket/2026"_s), &error), qPrintable(error));
    QCOMPARE(PrivateFiles::mode(path(u"shared"_s)), 0755);
    QCOMPARE(PrivateFiles::mode(path(u"shared/loket"_s)), 0700);
    QCOMPARE(PrivateFiles::mode(path(u"shared/loket/2026"_s)), 0700);
    QVERIFY(PrivateFiles::createFolder(path(u"shared/loket"_s), &error)); // exists: fine
}

void TestPrivateFiles::writersCreateOwnerOnlyFiles_data()
{
    QTest::addColumn<Writer>("writer");
    QTest::addRow("empty file") << Writer([](const QString& target, QString* error) {
        return PrivateFiles::createFile(target, error);
    });
    QTest::addRow("csv export") << Writer([](const QString& target, QString* error) {
        CsvWriter csv({ u"NIK"_s, u"Nama"_s });
        csv.addRow({ u"6207010101900001"_s, u"Ahmad"_s });
        return csv.save(target, error);
    });
    QTest::addRow("pdf export") << Writer([](const QString& target, QString* error) {
        QTextDocument document;
        document.setPlainText(u"Ahmad, NIK 6207010101900001"_s);
        return PdfFile::write(document,
                              QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, {}),
                              target, error);
    });
    QTest::addRow("backup") << Writer([this](const QString& target, QString* error) {
        Database database;
        QStringList report;
        return database.open(path(u"kantor.sqlite"_s), Database::OpenMode::CreateIfMissing, error)
            && OfficeDatabase::initialise(database, u"seruyan"_s, error)
            && DatabaseMaintenance(database).backup(target, error, &report);
    });
}

void TestPrivateFiles::writersCreateOwnerOnlyFiles()
{
    QFETCH(Writer, writer);
    const QString target = path(u"keluar"_s);
    QString error;
    QVERIFY2(writer(target, &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(target));
    QCOMPARE(PrivateFiles::mode(target), 0600);
}

void TestPrivateFiles::newDatabaseAndWalAreOwnerOnly()
{
    const QString file = path(u"baru/kantor.sqlite"_s);
    Database database;
    QString error;
    QVERIFY2(database.open(file, Database::OpenMode::CreateIfMissing, &error), qPrintable(error));
    QVERIFY2(OfficeDatabase::initialise(database, u"seruyan"_s, &error), qPrintable(error));
    QVERIFY(database.privacyNotices().isEmpty());
    QCOMPARE(PrivateFiles::mode(path(u"baru"_s)), 0700);
    for (const QString& name : { file, file + u"-wal"_s, file + u"-shm"_s }) {
        QVERIFY2(QFileInfo::exists(name), qPrintable(name)); // open: the WAL files are there
        QCOMPARE(PrivateFiles::mode(name), 0600);
    }
}

void TestPrivateFiles::openTightensWiderDatabase()
{
    const QString file = path(u"kantor.sqlite"_s);
    {
        Database database;
        QString error;
        QVERIFY2(database.open(file, Database::OpenMode::CreateIfMissing, &error),
                 qPrintable(error));
        QVERIFY2(OfficeDatabase::initialise(database, u"seruyan"_s, &error), qPrintable(error));
    }
    // As an older Loket, or a copy by hand, left it: readable by every account.
    QVERIFY(QFile(file + u"-wal"_s).open(QIODevice::WriteOnly));
    for (const QString& name : { file, file + u"-wal"_s })
        QCOMPARE(::chmod(QFile::encodeName(name).constData(), 0644), 0);
    Database database;
    QString error;
    QVERIFY2(database.open(file, Database::OpenMode::MustExist, &error), qPrintable(error));
    const QStringList notices = database.privacyNotices();
    QCOMPARE(notices.size(), 2);
    QVERIFY2(notices.first().contains(file) && notices.first().contains(u"644"_s),
             qPrintable(notices.first()));
    QVERIFY(notices.last().contains(file + u"-wal"_s));
    for (const QString& name : { file, file + u"-wal"_s, file + u"-shm"_s })
        QCOMPARE(PrivateFiles::mode(name), 0600);
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM settings"_s)); // still a working database
    database.close();
    QVERIFY(database.open(file, Database::OpenMode::MustExist, &error));
    QVERIFY(database.privacyNotices().isEmpty()); // told once, not at every start
}

QTEST_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
