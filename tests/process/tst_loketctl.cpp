// loketctl as the administrator runs it: real processes, exit statuses and output.
#include "LoketctlClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestLoketctl : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exitStatus_data();
    void exitStatus();
    void catalogListJson_data();
    void catalogListJson();
    void nikJson();
    void nikJsonInvalid();
    void kkJson();
    void terbilang();
    void calendarDue_data();
    void calendarDue();
    void databaseLifecycle();
    void brokenCatalogFile();
    void indonesianByDefault();

private:
    struct Result
    {
        int status = -1;
        QByteArray out, err;
    };
    Result run(const QStringList& arguments, const QString& language = QStringLiteral("en")) const;
    QTemporaryDir m_dir;
};

TestLoketctl::Result TestLoketctl::run(const QStringList& arguments, const QString& language) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LOKET_LANG"), language);
    environment.insert(QStringLiteral("LOKET_DB"),
                       m_dir.filePath(QStringLiteral("default.sqlite")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LOKETCTL_PATH), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
}

void TestLoketctl::initTestCase()
{
    useLoketctlClock();
    QVERIFY(m_dir.isValid());
}

void TestLoketctl::exitStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addRow("no command") << QStringList() << 2;
    QTest::addRow("unknown command") << QStringList { QStringLiteral("fly") } << 2;
    QTest::addRow("unknown option")
        << QStringList { QStringLiteral("nik"), QStringLiteral("check"),
                         QStringLiteral("6271010503900001"), QStringLiteral("--colour") }
        << 2;
    QTest::addRow("missing NIK") << QStringList { QStringLiteral("nik"), QStringLiteral("check") }
                                 << 2;
    QTest::addRow("valid NIK") << QStringList { QStringLiteral("nik"), QStringLiteral("check"),
                                                QStringLiteral("6271010503900001") }
                               << 0;
    QTest::addRow("invalid NIK") << QStringList { QStringLiteral("nik"), QStringLiteral("check"),
                                                  QStringLiteral("12345") }
                                 << 1;
    QTest::addRow("terbilang not a number")
        << QStringList { QStringLiteral("terbilang"), QStringLiteral("tiga") } << 1;
    QTest::addRow("calendar due without --service")
        << QStringList { QStringLiteral("calendar"), QStringLiteral("due"),
                         QStringLiteral("--office"), QStringLiteral("seruyan"),
                         QStringLiteral("--from"),   QStringLiteral("2024-01-02T09:00") }
        << 2;
    QTest::addRow("unknown office")
        << QStringList { QStringLiteral("catalog"), QStringLiteral("list"),
                         QStringLiteral("--office"), QStringLiteral("jakarta") }
        << 1;
    QTest::addRow("db check of a missing file")
        << QStringList { QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"),
                         m_dir.filePath(QStringLiteral("absent.sqlite")) }
        << 1;
    QTest::addRow("help") << QStringList { QStringLiteral("--help") } << 0;
}

void TestLoketctl::exitStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    const Result result = run(arguments);
    QCOMPARE(result.status, status);
    if (status != 0)
        QVERIFY2(!result.err.isEmpty(), "a failure always says why on stderr");
}

void TestLoketctl::catalogListJson_data()
{
    QTest::addColumn<QString>("office");
    QTest::addColumn<int>("count");
    QTest::addRow("palangka-raya") << QStringLiteral("palangka-raya") << 23;
    QTest::addRow("seruyan") << QStringLiteral("seruyan") << 6;
    QTest::addRow("kotabaru") << QStringLiteral("kotabaru") << 16;
}

void TestLoketctl::catalogListJson()
{
    QFETCH(QString, office);
    QFETCH(int, count);
    const Result result = run({ QStringLiteral("catalog"), QStringLiteral("list"),
                                QStringLiteral("--office"), office, QStringLiteral("--json") });
    QCOMPARE(result.status, 0);
    const QJsonArray services = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(services.size(), count);
    for (const QJsonValue& value : services) {
        const QJsonObject service = value.toObject();
        QVERIFY(!service.value(QStringLiteral("code")).toString().isEmpty());
        QVERIFY(!service.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(!service.value(QStringLiteral("requirements")).toArray().isEmpty());
        QVERIFY(!service.value(QStringLiteral("requirements"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString()
                     .isEmpty());
        QVERIFY(!service.value(QStringLiteral("steps"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString()
                     .isEmpty());
        QVERIFY(!service.value(QStringLiteral("serviceTime"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString()
                     .isEmpty());
        QVERIFY(!service.value(QStringLiteral("product"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString()
                     .isEmpty());
    }
}

void TestLoketctl::nikJson()
{
    const Result result = run({ QStringLiteral("nik"), QStringLiteral("check"),
                                QStringLiteral("6271014503900002"), QStringLiteral("--json") });
    QCOMPARE(result.status, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1990-03-05"));
    QCOMPARE(json.value(QStringLiteral("sex")).toString(), QStringLiteral("P"));
    QCOMPARE(json.value(QStringLiteral("province")).toString(),
             QStringLiteral("Kalimantan Tengah"));
    QCOMPARE(json.value(QStringLiteral("regency")).toString(), QStringLiteral("Kota Palangkaraya"));
    QCOMPARE(json.value(QStringLiteral("district")).toString(), QStringLiteral("Pahandut"));
    QVERIFY(json.value(QStringLiteral("warnings")).toArray().isEmpty());
    QVERIFY(json.value(QStringLiteral("errors")).toArray().isEmpty());
}

void TestLoketctl::nikJsonInvalid()
{
    const Result result = run({ QStringLiteral("nik"), QStringLiteral("check"),
                                QStringLiteral("6271013102900001"), QStringLiteral("--json") });
    QCOMPARE(result.status, 1);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QStringLiteral("valid")).toBool(), false);
    QVERIFY(json.value(QStringLiteral("birthDate")).isNull());
    QCOMPARE(json.value(QStringLiteral("errors")).toArray().size(), 1);

    const Result warned = run({ QStringLiteral("nik"), QStringLiteral("check"),
                                QStringLiteral("6271090503900001"), QStringLiteral("--json") });
    QCOMPARE(warned.status, 0);
    QCOMPARE(QJsonDocument::fromJson(warned.out)
                 .object()
                 .value(QStringLiteral("warnings"))
                 .toArray()
                 .size(),
             1);
}

void TestLoketctl::kkJson()
{
    const Result result = run({ QStringLiteral("kk"), QStringLiteral("check"),
                                QStringLiteral("6271011502200001"), QStringLiteral("--json") });
    QCOMPARE(result.status, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QStringLiteral("registrationDate")).toString(),
             QStringLiteral("2020-02-15"));
}

void TestLoketctl::terbilang()
{
    QCOMPARE(run({ QStringLiteral("terbilang"), QStringLiteral("1500000") }).out.trimmed(),
             QByteArray("satu juta lima ratus ribu"));
    QCOMPARE(run({ QStringLiteral("terbilang"), QStringLiteral("1.500.000") }).out.trimmed(),
             QByteArray("satu juta lima ratus ribu"));
}

void TestLoketctl::calendarDue_data()
{
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("due");
    QTest::addRow("1 working day") << "palangka-raya"
                                   << "PKY-01"
                                   << "2024-01-02T09:00"
                                   << "2024-01-02T16:00:00+07:00";
    QTest::addRow("14 working days, Seruyan LKS") << "seruyan"
                                                  << "SRY-02"
                                                  << "2024-02-05T09:00:00+07:00"
                                                  << "2024-02-27T16:00:00+07:00";
    QTest::addRow("open-ended") << "seruyan"
                                << "SRY-04"
                                << "2024-01-02T09:00"
                                << "none";
    QTest::addRow("30 minutes, WITA") << "kotabaru"
                                      << "KTB-01"
                                      << "2024-01-02T09:00"
                                      << "2024-01-02T09:30:00+08:00";
}

void TestLoketctl::calendarDue()
{
    QFETCH(QString, office);
    QFETCH(QString, service);
    QFETCH(QString, from);
    QFETCH(QString, due);
    const Result result
        = run({ QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--office"),
                office, QStringLiteral("--service"), service, QStringLiteral("--from"), from });
    QCOMPARE(result.status, 0);
    QCOMPARE(QString::fromUtf8(result.out.trimmed()), due);
}

void TestLoketctl::databaseLifecycle()
{
    const QString db = m_dir.filePath(QStringLiteral("office.sqlite"));
    QCOMPARE(run({ QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--office"),
                   QStringLiteral("kotabaru"), QStringLiteral("--db"), db })
                 .status,
             0);
    QCOMPARE(run({ QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--office"),
                   QStringLiteral("seruyan"), QStringLiteral("--db"), db })
                 .status,
             1);
    QCOMPARE(
        run({ QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), db }).status,
        0);
    const Result check
        = run({ QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db });
    QCOMPARE(check.status, 0);
    QVERIFY(check.out.contains("kotabaru"));

    // The catalog in force for the database, without naming the office.
    const Result list = run({ QStringLiteral("catalog"), QStringLiteral("list"),
                              QStringLiteral("--db"), db, QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 16);

    // The administrator closes the office for a day: due dates move.
    const QStringList due = { QStringLiteral("calendar"),  QStringLiteral("due"),
                              QStringLiteral("--office"),  QStringLiteral("kotabaru"),
                              QStringLiteral("--service"), QStringLiteral("KTB-01"),
                              QStringLiteral("--from"),    QStringLiteral("2026-03-02T09:00"),
                              QStringLiteral("--db"),      db };
    QCOMPARE(run(due).out.trimmed(), QByteArray("2026-03-02T09:30:00+08:00"));
    QCOMPARE(run({ QStringLiteral("calendar"), QStringLiteral("set"), QStringLiteral("2026-03-02"),
                   QStringLiteral("--kind"), QStringLiteral("libur_kantor"),
                   QStringLiteral("--description"), QStringLiteral("Hari Jadi"),
                   QStringLiteral("--db"), db })
                 .status,
             0);
    QCOMPARE(run(due).out.trimmed(), QByteArray("2026-03-03T08:30:00+08:00"));

    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    const Result backup = run({ QStringLiteral("backup"), QStringLiteral("--db"), db, copy });
    QCOMPARE(backup.status, 0);
    QVERIFY(backup.out.contains("verified"));
    QCOMPARE(
        run({ QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), copy }).status,
        0);
    QCOMPARE(run({ QStringLiteral("backup"), QStringLiteral("--db"), db, copy }).status,
             1); // never overwrites
}

void TestLoketctl::brokenCatalogFile()
{
    QFile source(QStringLiteral(LOKET_SOURCE_DIR "/resources/catalog/kotabaru.json"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(source.readAll()).object();
    QJsonArray services = root.value(QStringLiteral("services")).toArray();
    QJsonObject service = services.at(4).toObject();
    QJsonArray requirements = service.value(QStringLiteral("requirements")).toArray();
    QJsonObject requirement = requirements.at(2).toObject();
    requirement.insert(QStringLiteral("condition"), QStringLiteral("sometimes"));
    requirements.replace(2, requirement);
    service.insert(QStringLiteral("requirements"), requirements);
    services.replace(4, service);
    root.insert(QStringLiteral("services"), services);

    QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(QJsonDocument(root).toJson());
    broken.close();

    const Result result
        = run({ QStringLiteral("catalog"), QStringLiteral("check"), broken.fileName() });
    QCOMPARE(result.status, 1);
    QVERIFY2(
        result.err.contains("services[4].requirements[2].condition: unknown value \"sometimes\""),
        result.err.constData());
    QCOMPARE(run({ QStringLiteral("catalog"), QStringLiteral("check"),
                   QStringLiteral(LOKET_SOURCE_DIR "/resources/catalog/kotabaru.json") })
                 .status,
             0);
}

void TestLoketctl::indonesianByDefault()
{
    const Result result
        = run({ QStringLiteral("nik"), QStringLiteral("check"), QStringLiteral("627101050390000") },
              QString());
    QCOMPARE(result.status, 1);
    QVERIFY2(result.err.contains("NIK harus 16 digit"), result.err.constData());
}

QTEST_GUILESS_MAIN(TestLoketctl)
#include "tst_loketctl.moc"
