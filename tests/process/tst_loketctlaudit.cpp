// loketctl audit as a real process: verify finds what an attacker with the file changed,
// list filters the log.
#include "LoketctlProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestLoketctlAudit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { useLoketctlClock(); }
    void init();
    void verifyFindsTampering_data();
    void verifyFindsTampering();
    void list();

private:
    QString m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLoketctlAudit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("kantor.sqlite"));
    QVERIFY(initOffice(m_db));
}

void TestLoketctlAudit::verifyFindsTampering_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("reported");
    QTest::addRow("edited") << QStringList {
        QStringLiteral("UPDATE audit_log SET after_data ="
                       " '{\"subject\":\"lain\"}' WHERE id = 2")
    } << QStringLiteral("entry 2 was changed");
    QTest::addRow("deleted") << QStringList { QStringLiteral("DELETE FROM audit_log WHERE id = 2") }
                             << QStringLiteral("entry 3 does not follow entry 1");
}

void TestLoketctlAudit::verifyFindsTampering()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, reported);
    QCOMPARE(takeLetters(m_db, 3).size(), 3);
    const QStringList verify { QStringLiteral("audit"), QStringLiteral("verify"),
                               QStringLiteral("--db"), m_db };
    LoketctlResult result = runLoketctl(verify);
    QVERIFY2(result.status == 0, result.out.constData());
    QVERIFY(!execSql(m_db, statements)); // the triggers refuse
    QCOMPARE(runLoketctl(verify).status, 0);
    QVERIFY(execSql(m_db,
                    QStringList { QStringLiteral("DROP TRIGGER audit_log_no_update"),
                                  QStringLiteral("DROP TRIGGER audit_log_no_delete") }
                        + statements));
    result = runLoketctl(verify);
    QCOMPARE(result.status, 1);
    QVERIFY2(QString::fromUtf8(result.out).contains(reported), result.out.constData());
    QVERIFY(result.err.contains("TAMPERED"));
}

void TestLoketctlAudit::list()
{
    QCOMPARE(takeLetters(m_db, 2).size(), 2);
    const QString today = officeToday().toString(Qt::ISODate);
    LoketctlResult result
        = runLoketctl({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"),
                        m_db, QStringLiteral("--from"), today, QStringLiteral("--to"), today,
                        QStringLiteral("--json") });
    QVERIFY2(result.status == 0, result.err.constData());
    const QJsonArray entries = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(entries.size(), 2);
    const QJsonObject newest = entries.first().toObject();
    QCOMPARE(newest.value(QStringLiteral("action")).toString(), QStringLiteral("issue"));
    QCOMPARE(newest.value(QStringLiteral("table")).toString(), QStringLiteral("letters"));
    QCOMPARE(
        newest.value(QStringLiteral("after")).toObject().value(QStringLiteral("serial")).toInt(),
        2);
    result = runLoketctl({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"),
                           m_db, QStringLiteral("--user"), QStringLiteral("budi"),
                           QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), 0);
    result = runLoketctl({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"),
                           m_db, QStringLiteral("--to"), QStringLiteral("2020-01-01") });
    QCOMPARE(result.status, 0);
    QVERIFY(result.out.contains("0 entries"));
}

QTEST_GUILESS_MAIN(TestLoketctlAudit)
#include "tst_loketctlaudit.moc"
