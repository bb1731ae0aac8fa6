// The audit log: append-only in the database, its hash chain verified, its entries queried.
#include "AuditLog.h"
#include "AuditQueries.h"
#include "AuditVerifier.h"
#include "Database.h"
#include "Migrator.h"
#include "Schema.h"
#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace loket;

class TestAuditVerifier : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void emptyLogIsIntact();
    void intactChainVerifies();
    void triggersRefuseChanges_data();
    void triggersRefuseChanges();
    void tamperingIsReported_data();
    void tamperingIsReported();
    void rewrittenEntryBreaksTheNextLink();
    void queriesFilter_data();
    void queriesFilter();
    void dialectSpecificStatements();

private:
    bool exec(const QString& sql);
    void append(qint64 userId, const QString& table, const QString& record, const QDateTime& at);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestAuditVerifier::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("audit.sqlite")),
                       Database::OpenMode::CreateIfMissing, &error));
    QVERIFY2(Migrator(*m_db).migrate(&error) > 0, qPrintable(error));
    for (const char* user : { "budi", "sari" }) {
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral(
            "INSERT INTO users (username, full_name, password_hash, password_salt,"
            " password_iterations, roles, created_at) VALUES (:name, :name, 'x', 'x', 1,"
            " 'front-office', '2024-01-01T00:00:00Z')"));
        query.bindValue(QStringLiteral(":name"), QString::fromLatin1(user));
        QVERIFY(query.exec());
    }
    // Five entries: budi on cases 1 and 2 (2 and 3 January), sari on case 1 (4 January), the
    // system, and budi on a setting.
    const QDateTime day(QDate(2024, 1, 2), QTime(1, 0), Qt::UTC);
    append(1, QStringLiteral("cases"), QStringLiteral("0001/SRY-01/I/2024"), day);
    append(1, QStringLiteral("cases"), QStringLiteral("0002/SRY-01/I/2024"), day.addDays(1));
    append(2, QStringLiteral("cases"), QStringLiteral("0001/SRY-01/I/2024"), day.addDays(2));
    append(0, QStringLiteral("holidays"), QStringLiteral("2024-03-11"), day.addDays(3));
    append(1, QStringLiteral("settings"), QStringLiteral("letter_pattern.umum"), day.addDays(4));
}

bool TestAuditVerifier::exec(const QString& sql)
{
    QSqlQuery query(m_db->connection());
    return query.exec(sql);
}

void TestAuditVerifier::append(qint64 userId, const QString& table, const QString& record,
                               const QDateTime& at)
{
    QString error;
    WriteTransaction transaction(*m_db);
    QVERIFY(transaction.begin(&error));
    QVERIFY2(AuditLog(*m_db).append({ userId,
                                      QStringLiteral("update"),
                                      table,
                                      record,
                                      { { QStringLiteral("state"), QStringLiteral("old") } },
                                      { { QStringLiteral("state"), QStringLiteral("new") } },
                                      at },
                                    &error),
             qPrintable(error));
    QVERIFY(transaction.commit(&error));
}

void TestAuditVerifier::emptyLogIsIntact()
{
    QVERIFY(exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    QVERIFY(exec(QStringLiteral("DELETE FROM audit_log")));
    AuditVerification result;
    QString error;
    QVERIFY(AuditVerifier(*m_db).verify(&result, &error));
    QVERIFY(result.intact());
    QCOMPARE(result.entries, 0);
}

void TestAuditVerifier::intactChainVerifies()
{
    AuditVerification result;
    QString error;
    QVERIFY2(AuditVerifier(*m_db).verify(&result, &error), qPrintable(error));
    QVERIFY(result.intact());
    QCOMPARE(result.entries, 5);
    QCOMPARE(result.lastEntryId, 5);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT entry_hash FROM audit_log WHERE id = 5"))
            && query.next());
    QCOMPARE(result.lastHash, query.value(0).toString());
}

void TestAuditVerifier::triggersRefuseChanges_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addRow("update") << QStringLiteral(
        "UPDATE audit_log SET after_data = '{}' WHERE id = 2");
    QTest::addRow("update hash") << QStringLiteral("UPDATE audit_log SET entry_hash = 'x'");
    QTest::addRow("delete one") << QStringLiteral("DELETE FROM audit_log WHERE id = 5");
    QTest::addRow("delete all") << QStringLiteral("DELETE FROM audit_log");
}

void TestAuditVerifier::triggersRefuseChanges()
{
    QFETCH(QString, statement);
    QSqlQuery query(m_db->connection());
    QVERIFY(!query.exec(statement));
    QVERIFY2(query.lastError().text().contains(QStringLiteral("append-only")),
             qPrintable(query.lastError().text()));
    AuditVerification result;
    QString error;
    QVERIFY(AuditVerifier(*m_db).verify(&result, &error));
    QVERIFY(result.intact());
    QCOMPARE(result.entries, 5);
}

void TestAuditVerifier::tamperingIsReported_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QList<int>>("kinds"); // AuditProblem::Kind per problem
    QTest::addColumn<QList<qint64>>("ids");
    QTest::addColumn<QList<qint64>>("previousIds");
    const int altered = int(AuditProblem::Kind::Altered);
    const int broken = int(AuditProblem::Kind::BrokenLink);
    QTest::addRow("edited after_data")
        << QStringList { QStringLiteral("UPDATE audit_log SET after_data = '{\"state\":\"forged\"}'"
                                        " WHERE id = 3") }
        << QList<int> { altered } << QList<qint64> { 3 } << QList<qint64> { 2 };
    QTest::addRow("edited user") << QStringList { QStringLiteral(
        "UPDATE audit_log SET user_id = 1 WHERE id = 4") }
                                 << QList<int> { altered } << QList<qint64> { 4 }
                                 << QList<qint64> { 3 };
    QTest::addRow("edited with a made-up hash")
        << QStringList { QStringLiteral("UPDATE audit_log SET action = 'view', entry_hash ="
                                        " '%1' WHERE id = 2")
                             .arg(QString(64, QLatin1Char('a'))) }
        << QList<int> { altered, broken } << QList<qint64> { 2, 3 } << QList<qint64> { 1, 2 };
    QTest::addRow("deleted row") << QStringList { QStringLiteral(
        "DELETE FROM audit_log WHERE id = 3") }
                                 << QList<int> { broken } << QList<qint64> { 4 }
                                 << QList<qint64> { 2 };
    QTest::addRow("deleted first rows")
        << QStringList { QStringLiteral("DELETE FROM audit_log WHERE id <= 2") }
        << QList<int> { broken } << QList<qint64> { 3 } << QList<qint64> { 0 };
    QTest::addRow("edited one, deleted another")
        << QStringList { QStringLiteral("UPDATE audit_log SET record_id = 'x' WHERE id = 1"),
                         QStringLiteral("DELETE FROM audit_log WHERE id = 4") }
        << QList<int> { altered, broken } << QList<qint64> { 1, 5 } << QList<qint64> { 0, 3 };
}

void TestAuditVerifier::tamperingIsReported()
{
    QFETCH(QStringList, statements);
    QFETCH(QList<int>, kinds);
    QFETCH(QList<qint64>, ids);
    QFETCH(QList<qint64>, previousIds);
    // An attacker with the file can drop the triggers; the chain still tells.
    QVERIFY(exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    QVERIFY(exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    for (const QString& statement : std::as_const(statements))
        QVERIFY2(exec(statement), qPrintable(statement));
    AuditVerification result;
    QString error;
    QVERIFY2(AuditVerifier(*m_db).verify(&result, &error), qPrintable(error));
    QVERIFY(!result.intact());
    QCOMPARE(result.problems.size(), kinds.size());
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const AuditProblem& problem = result.problems.at(i);
        QCOMPARE(int(problem.kind), kinds.at(i));
        QCOMPARE(problem.entryId, ids.at(i));
        QCOMPARE(problem.previousEntryId, previousIds.at(i));
        QVERIFY2(problem.message.contains(QString::number(ids.at(i))), qPrintable(problem.message));
    }
}

void TestAuditVerifier::rewrittenEntryBreaksTheNextLink()
{
    // The careful attacker recomputes the edited entry's own hash: the entry then looks
    // sound, and its successor gives it away.
    QVERIFY(exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT previous_hash, occurred_at, table_name, record_id,"
                                      " before_data FROM audit_log WHERE id = 2"))
            && query.next());
    const QString forged = QStringLiteral("{\"state\":\"forged\"}");
    const QString hash = AuditLog::entryHash(query.value(0).toString(), query.value(1).toString(),
                                             QStringLiteral("1"), QStringLiteral("update"),
                                             query.value(2).toString(), query.value(3).toString(),
                                             query.value(4).toString(), forged);
    query.prepare(QStringLiteral("UPDATE audit_log SET after_data = :after, entry_hash = :hash"
                                 " WHERE id = 2"));
    query.bindValue(QStringLiteral(":after"), forged);
    query.bindValue(QStringLiteral(":hash"), hash);
    QVERIFY(query.exec());
    AuditVerification result;
    QString error;
    QVERIFY(AuditVerifier(*m_db).verify(&result, &error));
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().kind, AuditProblem::Kind::BrokenLink);
    QCOMPARE(result.problems.first().entryId, 3);
    QCOMPARE(result.problems.first().previousEntryId, 2);
}

void TestAuditVerifier::queriesFilter_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("caseNumber");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("until");
    QTest::addColumn<QList<qint64>>("ids"); // newest first
    QTest::addRow("everything") << QString() << QString() << QDate() << QDate()
                                << QList<qint64> { 5, 4, 3, 2, 1 };
    QTest::addRow("one user") << QStringLiteral("budi") << QString() << QDate() << QDate()
                              << QList<qint64> { 5, 2, 1 };
    QTest::addRow("one case") << QString() << QStringLiteral("0001/SRY-01/I/2024") << QDate()
                              << QDate() << QList<qint64> { 3, 1 };
    QTest::addRow("user and case") << QStringLiteral("budi") << QStringLiteral("0001/SRY-01/I/2024")
                                   << QDate() << QDate() << QList<qint64> { 1 };
    QTest::addRow("dates") << QString() << QString() << QDate(2024, 1, 3) << QDate(2024, 1, 5)
                           << QList<qint64> { 4, 3, 2 };
    QTest::addRow("unknown user") << QStringLiteral("nobody") << QString() << QDate() << QDate()
                                  << QList<qint64> {};
}

void TestAuditVerifier::queriesFilter()
{
    QFETCH(QString, user);
    QFETCH(QString, caseNumber);
    QFETCH(QDate, from);
    QFETCH(QDate, until);
    QFETCH(QList<qint64>, ids);
    AuditFilter filter;
    filter.username = user;
    filter.caseNumber = caseNumber;
    if (from.isValid())
        filter.from = QDateTime(from, QTime(0, 0), Qt::UTC);
    if (until.isValid())
        filter.until = QDateTime(until, QTime(23, 59), Qt::UTC);
    QString error;
    const QList<AuditRecord> records = AuditQueries(*m_db).list(filter, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<qint64> found;
    for (const AuditRecord& record : records)
        found << record.id;
    QCOMPARE(found, ids);
    for (const AuditRecord& record : records)
        QVERIFY(record.occurredAt.isValid() && record.after.contains(QStringLiteral("state")));
}

void TestAuditVerifier::dialectSpecificStatements()
{
    const QString sqlite = QStringLiteral("{sqlite}CREATE TRIGGER t BEFORE DELETE ON x BEGIN"
                                          " SELECT RAISE(ABORT, 'no'); END");
    QCOMPARE(sqlForDialect(sqlite, Database::Dialect::SQLite),
             sqlite.mid(QStringLiteral("{sqlite}").size()));
    QVERIFY(sqlForDialect(sqlite, Database::Dialect::PostgreSQL).isEmpty());
    const QString pg = QStringLiteral("{postgresql}CREATE TABLE t (id {id})");
    QVERIFY(sqlForDialect(pg, Database::Dialect::SQLite).isEmpty());
    QCOMPARE(
        sqlForDialect(pg, Database::Dialect::PostgreSQL),
        QStringLiteral("CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY)"));
    // Migration 3 carries the triggers of both.
    int sqliteOnly = 0;
    int postgresOnly = 0;
    for (const QString& statement : schemaMigrations().at(2).statements) {
        sqliteOnly += sqlForDialect(statement, Database::Dialect::PostgreSQL).isEmpty() ? 1 : 0;
        postgresOnly += sqlForDialect(statement, Database::Dialect::SQLite).isEmpty() ? 1 : 0;
    }
    QCOMPARE(sqliteOnly, 3);
    QCOMPARE(postgresOnly, 4);
}

QTEST_GUILESS_MAIN(TestAuditVerifier)
#include "tst_auditverifier.moc"
