// loketctl's case commands as an administrator runs them: demo data, listing and showing cases,
// importing a kelurahan's list, and rendering a receipt headless.
#include "LoketctlClock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestLoketctlCases : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void demoSeedFillsRealisticCases();
    void demoRefusesARealDatabase();
    void listAndShow();
    void importValidatesEveryRow();
    void importRejectsABadHeader();
    void receiptPdf();

private:
    struct Result
    {
        int status = -1;
        QByteArray out, err;
    };
    Result run(const QStringList& arguments) const;
    QString db() const { return m_dir.filePath(QStringLiteral("demo.sqlite")); }
    QTemporaryDir m_dir;
};

TestLoketctlCases::Result TestLoketctlCases::run(const QStringList& arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LOKET_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LOKETCTL_PATH), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
}

void TestLoketctlCases::initTestCase()
{
    useLoketctlClock();
    QVERIFY(m_dir.isValid());
    const Result seeded
        = run({ QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--seed"),
                QStringLiteral("7"), QStringLiteral("--db"), db(), QStringLiteral("--cases"),
                QStringLiteral("300"), QStringLiteral("--office"), QStringLiteral("kotabaru") });
    QVERIFY2(seeded.status == 0, seeded.err.constData());
}

void TestLoketctlCases::demoSeedFillsRealisticCases()
{
    const Result listed = run({ QStringLiteral("case"), QStringLiteral("list"),
                                QStringLiteral("--db"), db(), QStringLiteral("--json") });
    QCOMPARE(listed.status, 0);
    const QJsonArray cases = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(cases.size(), 300);
    QSet<QString> services, statuses;
    for (const QJsonValue& value : cases) {
        const QJsonObject c = value.toObject();
        services.insert(c.value(QStringLiteral("service")).toString());
        statuses.insert(c.value(QStringLiteral("status")).toString());
        // Applicants from the office's real regions: Kotabaru NIKs start with 63.02.
        QVERIFY(c.value(QStringLiteral("nik")).toString().startsWith(QLatin1String("6302")));
        QVERIFY(c.value(QStringLiteral("number")).toString().contains(QLatin1String("/KTB-")));
    }
    QVERIFY2(services.size() >= 14, "cases across (nearly) all 16 services");
    QVERIFY(statuses.contains(QStringLiteral("waiting-documents")));
    QVERIFY(statuses.size() >= 4);
}

void TestLoketctlCases::demoRefusesARealDatabase()
{
    const QString real = m_dir.filePath(QStringLiteral("real.sqlite"));
    QCOMPARE(run({ QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--office"),
                   QStringLiteral("seruyan"), QStringLiteral("--db"), real })
                 .status,
             0);
    // A real administrator exists once the office set up its database.
    QVERIFY(QFile::exists(real));
    const Result imported
        = run({ QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--seed"),
                QStringLiteral("7"), QStringLiteral("--db"), real, QStringLiteral("--cases"),
                QStringLiteral("5") });
    QCOMPARE(imported.status, 0); // no users yet: it becomes a demo database
    const Result again
        = run({ QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--seed"),
                QStringLiteral("7"), QStringLiteral("--db"), real, QStringLiteral("--cases"),
                QStringLiteral("5") });
    QCOMPARE(again.status, 0); // a demo database may be topped up
}

void TestLoketctlCases::listAndShow()
{
    const Result waiting = run({ QStringLiteral("case"), QStringLiteral("list"),
                                 QStringLiteral("--db"), db(), QStringLiteral("--status"),
                                 QStringLiteral("waiting-documents"), QStringLiteral("--json") });
    QCOMPARE(waiting.status, 0);
    const QJsonArray cases = QJsonDocument::fromJson(waiting.out).array();
    QVERIFY(!cases.isEmpty());
    for (const QJsonValue& value : cases)
        QCOMPARE(value.toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("waiting-documents"));

    const QString number = cases.first().toObject().value(QStringLiteral("number")).toString();
    const Result shown = run({ QStringLiteral("case"), QStringLiteral("show"), number,
                               QStringLiteral("--db"), db(), QStringLiteral("--json") });
    QCOMPARE(shown.status, 0);
    const QJsonObject record = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(record.value(QStringLiteral("number")).toString(), number);
    QCOMPARE(record.value(QStringLiteral("catalogVersion")).toString(),
             QStringLiteral("188.4/25/DINSOS/2024"));
    QVERIFY(record.value(QStringLiteral("dueAt")).toString().isEmpty()); // the clock waits
    bool missing = false;
    for (const QJsonValue& item : record.value(QStringLiteral("checklist")).toArray())
        missing = missing
            || item.toObject().value(QStringLiteral("state")).toString()
                == QLatin1String("missing");
    QVERIFY(missing);

    QCOMPARE(run({ QStringLiteral("case"), QStringLiteral("show"),
                   QStringLiteral("9999/XXX/I/2024"), QStringLiteral("--db"), db() })
                 .status,
             1);
    QCOMPARE(run({ QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--db"), db(),
                   QStringLiteral("--status"), QStringLiteral("sometimes") })
                 .status,
             1);
}

void TestLoketctlCases::importValidatesEveryRow()
{
    QFile csv(m_dir.filePath(QStringLiteral("kelurahan.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    // Columns in another order; a quoted address with a comma; bad rows among good ones.
    csv.write("nama;nik;tanggal_lahir;jenis_kelamin;alamat;no_kk;telepon;tempat_lahir\r\n"
              "Siti Rahmawati;6302014503900002;05-03-1990;P;\"Jl. Veteran No. 2, RT "
              "001\";6302011502200001;081255551234;Kotabaru\r\n"
              "Budi Santoso;6302010503900003;1990-03-05;L;Jl. Pangeran Hidayat;;;\r\n"
              "Tanpa NIK;63020105039;1990-03-05;L;;;;\r\n"
              "Salah Tanggal;6302010503900004;31-02-1990;L;;;;\r\n"
              "Salah Kelamin;6302010503900005;05-03-1990;X;;;;\r\n"
              "Kembar;6302014503900002;05-03-1990;P;;;;\r\n");
    csv.close();
    const Result imported = run({ QStringLiteral("case"), QStringLiteral("import"), csv.fileName(),
                                  QStringLiteral("--service"), QStringLiteral("KTB-13"),
                                  QStringLiteral("--db"), db() });
    QCOMPARE(imported.status, 1); // some rows were skipped
    QVERIFY2(imported.out.contains("2 registered, 1 already registered, 3 rejected of 6 rows"),
             imported.out.constData());
    for (const char* line : { "skipped: line 4:", "skipped: line 5:", "skipped: line 6:" })
        QVERIFY2(imported.err.contains(line), imported.err.constData());
    QVERIFY(!imported.err.contains("line 2:"));
    QVERIFY(!imported.err.contains("line 7:"));
    QVERIFY(imported.err.contains("16 digits"));

    // Siti twice in the file: the second row is the case the first one registered.
    const QString number = QString::fromUtf8(imported.out.split('\n').first());
    QVERIFY2(imported.out.contains(
                 QStringLiteral("line 7: NIK 6302014503900002 already registered as %1\n")
                     .arg(number)
                     .toUtf8()),
             imported.out.constData());
    const QJsonObject record
        = QJsonDocument::fromJson(run({ QStringLiteral("case"), QStringLiteral("show"), number,
                                        QStringLiteral("--db"), db(), QStringLiteral("--json") })
                                      .out)
              .object();
    const QJsonObject applicant = record.value(QStringLiteral("applicant")).toObject();
    QCOMPARE(applicant.value(QStringLiteral("name")).toString(), QStringLiteral("Siti Rahmawati"));
    QCOMPARE(applicant.value(QStringLiteral("address")).toString(),
             QStringLiteral("Jl. Veteran No. 2, RT 001"));
    QCOMPARE(applicant.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1990-03-05"));
}

void TestLoketctlCases::importRejectsABadHeader()
{
    QFile csv(m_dir.filePath(QStringLiteral("header.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("nik,nama,warna\n6302014503900002,Siti,merah\n");
    csv.close();
    const Result result = run({ QStringLiteral("case"), QStringLiteral("import"), csv.fileName(),
                                QStringLiteral("--service"), QStringLiteral("KTB-13"),
                                QStringLiteral("--db"), db() });
    QCOMPARE(result.status, 1);
    QVERIFY(result.err.contains("warna"));
    QCOMPARE(
        run({ QStringLiteral("case"), QStringLiteral("import"), csv.fileName(),
              QStringLiteral("--service"), QStringLiteral("KTB-03"), QStringLiteral("--db"), db() })
            .status,
        1); // an organisation service
}

void TestLoketctlCases::receiptPdf()
{
    const QJsonArray cases
        = QJsonDocument::fromJson(run({ QStringLiteral("case"), QStringLiteral("list"),
                                        QStringLiteral("--db"), db(), QStringLiteral("--status"),
                                        QStringLiteral("registered"), QStringLiteral("--json") })
                                      .out)
              .array();
    QVERIFY(!cases.isEmpty());
    const QJsonObject summary = cases.first().toObject();
    const QString pdf = m_dir.filePath(QStringLiteral("receipt.pdf"));
    const Result rendered
        = run({ QStringLiteral("receipt"), QStringLiteral("--db"), db(), QStringLiteral("--case"),
                summary.value(QStringLiteral("number")).toString(), QStringLiteral("--pdf"), pdf });
    QVERIFY2(rendered.status == 0, rendered.err.constData());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(content.contains(QStringLiteral("PEMERINTAH KABUPATEN KOTABARU")));
    QVERIFY(content.contains(QStringLiteral("TANDA TERIMA BERKAS")));
    QVERIFY(content.contains(summary.value(QStringLiteral("number")).toString()));
}

QTEST_GUILESS_MAIN(TestLoketctlCases)
#include "tst_loketctlcases.moc"
