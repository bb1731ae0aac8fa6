// Two workstations on one database file: the second waits for the first's lock and gets the
// next number. (tst_loketctlletters proves the same with two loketctl processes.)
#include "Catalog.h"
#include "Database.h"
#include "LetterNumbering.h"
#include "OfficeDatabase.h"
#include "WriteTransaction.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace loket;

class TestLettersConcurrency : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void secondWorkstationWaitsForTheLock();
    void deferredTransactionWouldFailInstead();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Catalog m_catalog;
};

void TestLettersConcurrency::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("letters.sqlite")),
                       Database::OpenMode::CreateIfMissing, &error));
    QVERIFY2(OfficeDatabase::initialise(*m_db, QStringLiteral("seruyan"), &error),
             qPrintable(error));
    QStringList errors;
    const auto catalog = OfficeDatabase::catalog(*m_db, &errors);
    QVERIFY2(catalog, qPrintable(errors.join(QLatin1Char('\n'))));
    m_catalog = *catalog;
}

void TestLettersConcurrency::secondWorkstationWaitsForTheLock()
{
    const QDateTime at(QDate(2024, 1, 2), QTime(2, 0), Qt::UTC);
    const LetterDraft draft { QStringLiteral("umum"), QStringLiteral("permit"), 0, {}, {} };
    QString error;
    // Workstation A holds its number in an open transaction (rendering the document)…
    WriteTransaction first(*m_db);
    QVERIFY(first.begin(&error));
    const auto held
        = LetterNumbering(*m_db, m_catalog.office).issueWithinTransaction(draft, 0, at, &error);
    QVERIFY2(held && held->serial == 1, qPrintable(error));
    // … while workstation B, its own connection, asks for one: it waits, then gets the next.
    int serial = 0;
    QString otherError;
    const QString path = m_db->location();
    const Office office = m_catalog.office;
    std::unique_ptr<QThread> other(QThread::create([&serial, &otherError, path, office, draft, at] {
        Database database;
        if (!database.open(path, Database::OpenMode::MustExist, &otherError))
            return;
        const auto letter = LetterNumbering(database, office).issue(draft, 0, at, &otherError);
        serial = letter ? letter->serial : -1;
    }));
    other->start();
    QVERIFY(!other->wait(400)); // still waiting for the lock
    QVERIFY(first.commit(&error));
    QVERIFY(other->wait(10000));
    QVERIFY2(serial == 2, qPrintable(otherError));
}

void TestLettersConcurrency::deferredTransactionWouldFailInstead()
{
    // Why WriteTransaction: a plain (deferred) transaction that reads before it writes cannot
    // wait for a lock another workstation holds. SQLite refuses it at once.
    Database other;
    QString error;
    QVERIFY(other.open(m_db->location(), Database::OpenMode::MustExist, &error));
    WriteTransaction first(*m_db);
    QVERIFY(first.begin(&error));
    QVERIFY(LetterNumbering(*m_db, m_catalog.office)
                .issueWithinTransaction(
                    { QStringLiteral("umum"), QStringLiteral("permit"), 0, {}, {} }, 0,
                    QDateTime(QDate(2024, 3, 12), QTime(3, 0), Qt::UTC), &error));
    QSqlDatabase plain = other.connection();
    QVERIFY(plain.transaction());
    QSqlQuery query(plain);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM letters")) && query.next());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!query.exec(QStringLiteral("UPDATE letter_counters SET last_value = last_value")));
    QVERIFY(timer.elapsed() < 2000); // no wait on the 5-second busy timeout
    plain.rollback();
}

QTEST_GUILESS_MAIN(TestLettersConcurrency)
#include "tst_lettersconcurrency.moc"
