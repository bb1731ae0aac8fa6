// What a clerk reads when the database is busy, read-only or unreachable: one Indonesian-
// translatable sentence per kind of trouble, never the driver's own text; and a writer that
// finds the database taken waits its turn, past one busy timeout, for a bounded time.
#include "DatabaseError.h"
#include "DatabaseTrouble.h"
#include "WorkflowFixture.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QThread>
#include <atomic>
#include <thread>

using namespace loket;
using namespace loket::test;
using Kind = DatabaseError::Kind;

Q_DECLARE_METATYPE(loket::DatabaseError::Kind)

class TestDatabaseError : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void kinds_data();
    void kinds();
    void messagesGiveAdvicePerKind();
    void busyWriterWaitsThenSaysSo();
    void writerWaitsPastOneBusyTimeout();
    void readOnlyDatabaseSaysSo();

private:
    // A second connection to the fixture's file, with short waits.
    std::unique_ptr<Database> openWaiting(int statementMs, int writerMs);
    CaseDraft draft() const;
    QString path() const { return m_f->dir->filePath(QStringLiteral("loket.sqlite")); }

    std::unique_ptr<WorkflowFixture> m_f;
};

void TestDatabaseError::init()
{
    m_f = std::make_unique<WorkflowFixture>();
    QVERIFY(m_f->open());
}

std::unique_ptr<Database> TestDatabaseError::openWaiting(int statementMs, int writerMs)
{
    auto database = std::make_unique<Database>();
    database->setLockWaits(statementMs, writerMs);
    QString error;
    if (!database->open(path(), Database::OpenMode::MustExist, &error))
        qWarning("%s", qPrintable(error));
    return database;
}

CaseDraft TestDatabaseError::draft() const
{
    CaseDraft draft;
    draft.serviceCode = QStringLiteral("PKY-01");
    draft.person.nik = QStringLiteral("6271014503900002");
    draft.person.fullName = QStringLiteral("Sari Dewi");
    const Service* service = m_f->catalog->service(draft.serviceCode);
    for (int i = 0; i < service->requirements.size(); ++i)
        draft.checklist << ChecklistItem { i, QString(), ChecklistItem::State::Present, {}, {} };
    return draft;
}

void TestDatabaseError::kinds_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("type");
    QTest::addColumn<Kind>("kind");
    const int statement = QSqlError::StatementError;
    const int connection = QSqlError::ConnectionError;
    // SQLite's result codes, primary and extended (the low byte is the primary one).
    QTest::addRow("sqlite busy") << "5" << connection << Kind::Busy;
    QTest::addRow("sqlite busy snapshot") << "517" << connection << Kind::Busy;
    QTest::addRow("sqlite locked") << "6" << statement << Kind::Busy;
    QTest::addRow("sqlite read-only") << "8" << connection << Kind::ReadOnly;
    QTest::addRow("sqlite cannot open") << "14" << connection << Kind::ReadOnly;
    QTest::addRow("sqlite disk full") << "13" << connection << Kind::DiskFull;
    QTest::addRow("sqlite i/o error") << "10" << connection << Kind::ConnectionLost;
    QTest::addRow("sqlite unique") << "2067" << connection << Kind::Constraint;
    QTest::addRow("sqlite not a database") << "26" << statement << Kind::Damaged;
    QTest::addRow("sqlite generic") << "1" << statement << Kind::Other;
    // PostgreSQL's SQLSTATEs.
    QTest::addRow("pg serialization") << "40001" << statement << Kind::Busy;
    QTest::addRow("pg deadlock") << "40P01" << statement << Kind::Busy;
    QTest::addRow("pg lock timeout") << "55P03" << statement << Kind::Busy;
    QTest::addRow("pg read-only transaction") << "25006" << statement << Kind::ReadOnly;
    QTest::addRow("pg disk full") << "53100" << statement << Kind::DiskFull;
    QTest::addRow("pg connection failure") << "08006" << connection << Kind::ConnectionLost;
    QTest::addRow("pg shut down") << "57P01" << connection << Kind::ConnectionLost;
    QTest::addRow("pg unique") << "23505" << statement << Kind::Constraint;
    QTest::addRow("pg corrupted") << "XX001" << statement << Kind::Damaged;
    QTest::addRow("pg no such table") << "42P01" << statement << Kind::Other;
    // A dropped server connection often comes without a code.
    QTest::addRow("no code, connection") << "" << connection << Kind::ConnectionLost;
    QTest::addRow("no code, statement") << "" << statement << Kind::Other;
    QTest::addRow("no code, transaction")
        << "" << int(QSqlError::TransactionError) << Kind::ConnectionLost;
    QTest::addRow("pg code, transaction")
        << "40001" << int(QSqlError::TransactionError) << Kind::Busy;
    QTest::addRow("connection not open") << "" << int(QSqlError::NoError) << Kind::ConnectionLost;
}

void TestDatabaseError::kinds()
{
    QFETCH(QString, code);
    QFETCH(int, type);
    QFETCH(Kind, kind);
    const QSqlError error(QStringLiteral("driver"), QStringLiteral("database is locked"),
                          QSqlError::ErrorType(type), code);
    QCOMPARE(DatabaseError::kindOf(error), kind);
    const QString message = DatabaseError::describe(error);
    QCOMPARE(message, DatabaseError::message(kind));
    QVERIFY2(driverTextIn(message).isEmpty(), qPrintable(message));
}

void TestDatabaseError::messagesGiveAdvicePerKind()
{
    QSet<QString> messages;
    for (Kind kind : { Kind::Busy, Kind::ReadOnly, Kind::DiskFull, Kind::ConnectionLost,
                       Kind::Constraint, Kind::Damaged, Kind::Other })
        messages.insert(DatabaseError::message(kind));
    QCOMPARE(messages.size(), 7); // each kind its own advice
    QVERIFY(DatabaseError::message(Kind::Busy).contains(QLatin1String("try again")));
    QVERIFY(DatabaseError::message(Kind::ReadOnly).contains(QLatin1String("administrator")));
}

// Another workstation holds the lock longer than the writer may wait: the registration fails
// after the writer's wait, says so in words, and the same draft registers once it is free.
void TestDatabaseError::busyWriterWaitsThenSaysSo()
{
    std::unique_ptr<Database> counter = openWaiting(100, 600);
    QVERIFY(counter->isOpen());
    CaseStore store(*counter, *m_f->catalog, m_f->calendar);
    const User clerk = m_f->user(QStringLiteral("siti"));
    const CaseDraft filled = draft();
    QString error;
    {
        WriteLockHolder holder(path());
        QVERIFY(holder.isHolding());
        QElapsedTimer waited;
        waited.start();
        QVERIFY(!store.registerCase(filled, clerk, at("2024-01-02T09:00:00+07:00"), &error));
        QVERIFY2(waited.elapsed() >= 600, "waits for its turn first");
        QVERIFY2(waited.elapsed() < 5000, "but not without end");
    }
    QCOMPARE(error, DatabaseError::message(Kind::Busy));
    QVERIFY2(driverTextIn(error).isEmpty(), qPrintable(error));
    const std::optional<Case> registered
        = store.registerCase(filled, clerk, at("2024-01-02T09:01:00+07:00"), &error);
    QVERIFY2(registered, qPrintable(error));
    QVERIFY(registered->number.startsWith(QLatin1String("0001/")));
}

// The lock is held for several busy timeouts (an import's batch on a slow computer): the
// writer tries again until its wait is over instead of failing after the first timeout.
void TestDatabaseError::writerWaitsPastOneBusyTimeout()
{
    std::unique_ptr<Database> counter = openWaiting(100, 10000);
    QVERIFY(counter->isOpen());
    std::atomic<bool> holding { false };
    std::thread holder([this, &holding] {
        WriteLockHolder other(path());
        holding = other.isHolding();
        QThread::msleep(800); // eight busy timeouts of the counter
    });
    QElapsedTimer waited;
    waited.start();
    while (!holding && waited.elapsed() < 5000)
        QThread::msleep(5);
    QVERIFY(holding);
    QString error;
    const std::optional<Case> registered
        = CaseStore(*counter, *m_f->catalog, m_f->calendar)
              .registerCase(draft(), m_f->user(QStringLiteral("siti")),
                            at("2024-01-02T09:00:00+07:00"), &error);
    const qint64 elapsed = waited.elapsed();
    holder.join();
    QVERIFY2(registered, qPrintable(error));
    QVERIFY2(elapsed >= 500, "it did wait for the holder");
}

void TestDatabaseError::readOnlyDatabaseSaysSo()
{
    // As a file on a share mounted read-only: SQLite refuses every change.
    QVERIFY(QSqlQuery(m_f->database->connection()).exec(QStringLiteral("PRAGMA query_only = ON")));
    QString error;
    QVERIFY(!CaseStore(*m_f->database, *m_f->catalog, m_f->calendar)
                 .registerCase(draft(), m_f->user(QStringLiteral("siti")),
                               at("2024-01-02T09:00:00+07:00"), &error));
    QVERIFY2(error.contains(DatabaseError::message(Kind::ReadOnly)), qPrintable(error));
    QVERIFY2(driverTextIn(error).isEmpty(), qPrintable(error));
    QVERIFY(!UserStore(*m_f->database)
                 .setPassword(m_f->user(QStringLiteral("siti")).id,
                              QStringLiteral("sandi-baru-123"),
                              m_f->user(QStringLiteral("siti")).id, &error));
    QVERIFY2(error.contains(DatabaseError::message(Kind::ReadOnly)), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDatabaseError)
#include "tst_databaseerror.moc"
