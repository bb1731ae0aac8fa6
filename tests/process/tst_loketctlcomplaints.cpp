// loketctl complaints as a real process: add (with its checks), numbers taken by several
// processes at once without duplicates, list (text, JSON, overdue) and the register as CSV and PDF.
#include "LoketctlProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestLoketctlComplaints : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void addChecksItsInput();
    void concurrentNumbersAreUnique();
    void listAndRegister();

private:
    QStringList add(const QStringList& more) const
    {
        return QStringList { QStringLiteral("complaints"), QStringLiteral("add"),
                             QStringLiteral("--db"),       m_db,
                             QStringLiteral("--as"),       QStringLiteral("petugas") }
        + more;
    }

    qsizetype listSize(const QStringList& more) const
    {
        const LoketctlResult result
            = runLoketctl(QStringList { QStringLiteral("complaints"), QStringLiteral("list"),
                                        QStringLiteral("--db"), m_db, QStringLiteral("--json") }
                          + more);
        return QJsonDocument::fromJson(result.out).array().size();
    }

    QTemporaryDir m_dir;
    QString m_db;
    qsizetype m_demoAll = 0;
    qsizetype m_demoOverdue = 0;
};

void TestLoketctlComplaints::initTestCase()
{
    useLoketctlClock();
    qputenv("LOKET_LANG", "en");
    m_db = m_dir.filePath(QStringLiteral("complaints.sqlite"));
    QVERIFY(initOffice(m_db));
    const LoketctlResult seeded
        = runLoketctl({ QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--seed"),
                        QStringLiteral("7"), QStringLiteral("--db"), m_db,
                        QStringLiteral("--cases"), QStringLiteral("1") });
    QVERIFY2(seeded.status == 0, seeded.err.constData());
    // The demo office comes with complaints of its own (received around today).
    m_demoAll = listSize({});
    m_demoOverdue = listSize({ QStringLiteral("--overdue") });
    QVERIFY(m_demoAll > 0);
}

void TestLoketctlComplaints::addChecksItsInput()
{
    LoketctlResult result = runLoketctl(
        add({ QStringLiteral("--channel"), QStringLiteral("lapor"), QStringLiteral("--subject"),
              QStringLiteral("S"), QStringLiteral("--description"), QStringLiteral("D"),
              QStringLiteral("--anonymous") }));
    QCOMPARE(result.status, 1);
    QVERIFY2(result.err.contains("SP4N-LAPOR! ticket"), result.err.constData());
    result = runLoketctl(add({ QStringLiteral("--channel"), QStringLiteral("pigeon") }));
    QCOMPARE(result.status, 2);
    result = runLoketctl(
        add({ QStringLiteral("--channel"), QStringLiteral("lapor"), QStringLiteral("--ticket"),
              QStringLiteral("LAPOR-4827195"), QStringLiteral("--subject"),
              QStringLiteral("Bantuan <b>belum</b>"), QStringLiteral("--description"),
              QStringLiteral("D"), QStringLiteral("--anonymous"), QStringLiteral("--received"),
              QStringLiteral("2024-02-07T16:30:00+07:00") }));
    QVERIFY2(result.status == 0, result.err.constData());
    QVERIFY2(result.out.contains("ADU/2024/0001 recorded; initial response due 2024-02-12 16:00"),
             result.out.constData());
}

void TestLoketctlComplaints::concurrentNumbersAreUnique()
{
    // Eight workstations at once: each waits its turn for the write lock.
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < 8; ++i) {
        auto process = std::make_unique<QProcess>();
        process->start(
            QStringLiteral(LOKETCTL_PATH),
            add({ QStringLiteral("--name"), QStringLiteral("Warga %1").arg(i),
                  QStringLiteral("--subject"), QStringLiteral("Serentak"),
                  QStringLiteral("--description"), QStringLiteral("D"),
                  QStringLiteral("--received"), QStringLiteral("2025-03-03T09:00:00+07:00") }));
        processes.push_back(std::move(process));
    }
    QSet<QString> numbers;
    for (const auto& process : processes) {
        QVERIFY(process->waitForFinished(60000));
        QCOMPARE(process->exitCode(), 0);
        numbers
            << QString::fromUtf8(process->readAllStandardOutput()).section(QLatin1Char(' '), 0, 0);
    }
    QCOMPARE(numbers.size(), 8);
    for (int serial = 1; serial <= 8; ++serial)
        QVERIFY(
            numbers.contains(QStringLiteral("ADU/2025/%1").arg(serial, 4, 10, QLatin1Char('0'))));
}

void TestLoketctlComplaints::listAndRegister()
{
    LoketctlResult result = runLoketctl({ QStringLiteral("complaints"), QStringLiteral("list"),
                                          QStringLiteral("--db"), m_db, QStringLiteral("--json") });
    QVERIFY2(result.status == 0, result.err.constData());
    const QJsonArray all = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(all.size(), m_demoAll + 9);
    result = runLoketctl({ QStringLiteral("complaints"), QStringLiteral("list"),
                           QStringLiteral("--db"), m_db, QStringLiteral("--overdue"),
                           QStringLiteral("--json") });
    const QJsonArray overdue = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(overdue.size(), m_demoOverdue + 9); // none of ours has had an initial response
    result = runLoketctl(
        { QStringLiteral("complaints"), QStringLiteral("list"), QStringLiteral("--db"), m_db });
    QVERIFY(result.out.contains("ADU/2024/0001"));
    QVERIFY(result.out.contains("Anonim"));
    QVERIFY(result.out.contains(QStringLiteral("%1 complaint(s)").arg(m_demoAll + 9).toUtf8()));

    const QString csv = m_dir.filePath(QStringLiteral("register.csv"));
    result = runLoketctl({ QStringLiteral("complaints"), QStringLiteral("register"),
                           QStringLiteral("--db"), m_db, QStringLiteral("--month"),
                           QStringLiteral("2024-02"), QStringLiteral("--csv"), csv });
    QVERIFY2(result.status == 0, result.err.constData());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll().mid(3))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).contains(
        QStringLiteral("SP4N-LAPOR!,LAPOR-4827195,Anonim,Bantuan <b>belum</b>")));

    const QString pdf = m_dir.filePath(QStringLiteral("register.pdf"));
    result = runLoketctl({ QStringLiteral("complaints"), QStringLiteral("register"),
                           QStringLiteral("--db"), m_db, QStringLiteral("--month"),
                           QStringLiteral("2025-03"), QStringLiteral("--pdf"), pdf });
    QVERIFY2(result.status == 0, result.err.constData());
    QVERIFY(result.out.contains("8 complaint(s)"));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");

    result = runLoketctl({ QStringLiteral("complaints"), QStringLiteral("register"),
                           QStringLiteral("--db"), m_db, QStringLiteral("--month"),
                           QStringLiteral("2025-03") });
    QCOMPARE(result.status, 2);
}

QTEST_GUILESS_MAIN(TestLoketctlComplaints)
#include "tst_loketctlcomplaints.moc"
