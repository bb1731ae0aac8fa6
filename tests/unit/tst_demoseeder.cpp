// DemoSeeder's cases, written through the stores' writers (ApplicantStore, CaseStore and
// CaseWorkflow's history) as the counter and the back office write them: the same seed and
// moment make the same cases; every step carries the role that records it; a case awaiting
// sign-off has its draft sent to its chain's initials, as the workflow does, so that the head
// of office is told what it waits for; a failure anywhere leaves no demo case at all.
#include "CaseWorkflow.h"
#include "DemoSeeder.h"
#include "OfficeDatabase.h"
#include "RegionTable.h"
#include "SignoffSettings.h"
#include "UserStore.h"
#include "WorkflowQueries.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace loket;

namespace {

// A fixed "now": no test depends on the day it runs.
const QDateTime kUntil(QDate(2024, 4, 8), QTime(2, 0), Qt::UTC);

// A new office database with the demo users.
struct DemoOffice
{
    QTemporaryDir dir;
    Database database;
    std::optional<Catalog> catalog;
    WorkingCalendar calendar = WorkingCalendar::builtIn();
    RegionTable regions = RegionTable::builtIn();

    bool open(const QString& officeId)
    {
        QString error;
        QStringList errors;
        const bool ok = database.open(dir.filePath(QStringLiteral("demo.sqlite")),
                                      Database::OpenMode::CreateIfMissing, &error)
            && OfficeDatabase::initialise(database, officeId, &error)
            && (catalog = OfficeDatabase::catalog(database, &errors))
            && OfficeDatabase::calendar(database, &calendar, &error)
            && DemoSeeder(database, *catalog, calendar, regions).seedUsers(&error);
        if (!ok)
            qWarning("%s%s", qPrintable(error), qPrintable(errors.join(QLatin1Char('\n'))));
        return ok;
    }
    int seed(int count, quint32 seed, QString* error)
    {
        return DemoSeeder(database, *catalog, calendar, regions, seed)
            .seedCases(count, kUntil, 30, error);
    }
    // Every row of `sql`'s result, its values joined.
    QStringList rows(const QString& sql) const
    {
        QStringList result;
        QSqlQuery query(database.connection());
        if (!query.exec(sql))
            return { QStringLiteral("failed: ") + sql };
        while (query.next()) {
            QStringList values;
            for (int c = 0; c < query.record().count(); ++c)
                values << query.value(c).toString();
            result << values.join(QLatin1Char('|'));
        }
        return result;
    }
    int count(const QString& table) const
    {
        return rows(QStringLiteral("SELECT COUNT(*) FROM ") + table).value(0).toInt();
    }
};

const QStringList kCaseTables = { QStringLiteral("cases"),
                                  QStringLiteral("persons"),
                                  QStringLiteral("person_name_words"),
                                  QStringLiteral("organisations"),
                                  QStringLiteral("case_requirements"),
                                  QStringLiteral("case_steps"),
                                  QStringLiteral("case_status_history"),
                                  QStringLiteral("case_number_counters"),
                                  QStringLiteral("signoff_records") };

} // namespace

class TestDemoSeeder : public QObject
{
    Q_OBJECT
private slots:
    void sameSeedSameCases();
    void stepsCarryTheirRole_data();
    void stepsCarryTheirRole();
    void awaitingSignoffWaitsForItsInitials();
    void failureLeavesNoDemoCase();
};

void TestDemoSeeder::sameSeedSameCases()
{
    DemoOffice first, second, other;
    for (DemoOffice* office : { &first, &second, &other })
        QVERIFY(office->open(QStringLiteral("palangka-raya")));
    QString error;
    QCOMPARE(first.seed(150, 7, &error), 150);
    QCOMPARE(second.seed(150, 7, &error), 150);
    QCOMPARE(other.seed(150, 8, &error), 150);
    for (const QString& table : kCaseTables) {
        const QString sql = QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table);
        QCOMPARE(second.rows(sql), first.rows(sql));
    }
    const QString cases = QStringLiteral("SELECT * FROM cases ORDER BY id");
    QVERIFY(other.rows(cases) != first.rows(cases));
}

void TestDemoSeeder::stepsCarryTheirRole_data()
{
    QTest::addColumn<QString>("officeId");
    for (const char* office : { "palangka-raya", "seruyan", "kotabaru" })
        QTest::addRow("%s", office) << QString::fromLatin1(office);
}

// As CaseStore writes a registered case's steps: each with the role its catalog step names.
void TestDemoSeeder::stepsCarryTheirRole()
{
    QFETCH(QString, officeId);
    DemoOffice office;
    QVERIFY(office.open(officeId));
    QString error;
    QVERIFY2(office.seed(120, 7, &error) == 120, qPrintable(error));
    const QStringList steps = office.rows(
        QStringLiteral("SELECT c.service_code, s.step_order, s.step_role FROM case_steps s"
                       " JOIN cases c ON c.id = s.case_id ORDER BY s.id"));
    QVERIFY(steps.size() > 120);
    for (const QString& row : steps) {
        const QStringList parts = row.split(QLatin1Char('|'));
        const Service* service = office.catalog->service(parts.at(0));
        QVERIFY(service);
        QString expected;
        for (const ProcedureStep& step : service->steps) {
            if (step.order == parts.at(1).toInt())
                expected = catalogkeys::roleKey(step.role);
        }
        QCOMPARE(parts.at(2), expected);
    }
    // The counter took every number: the next registration gets the next one.
    QCOMPARE(office.rows(QStringLiteral("SELECT SUM(last_value) FROM case_number_counters")),
             QStringList { QStringLiteral("120") });
}

// As CaseWorkflow::submitForSignoff leaves it: round 1 sent by the officer with the case, with
// the service's chain; the head of office is told whose initials it waits for.
void TestDemoSeeder::awaitingSignoffWaitsForItsInitials()
{
    DemoOffice office;
    QVERIFY(office.open(QStringLiteral("palangka-raya")));
    QString error;
    QVERIFY2(office.seed(300, 7, &error) == 300, qPrintable(error));
    const QStringList awaiting
        = office.rows(QStringLiteral("SELECT id, case_number, service_code, assigned_to FROM cases"
                                     " WHERE status = 'awaiting-signoff' ORDER BY id"));
    QVERIFY(awaiting.size() >= 3);
    const WorkflowQueries queries(office.database, *office.catalog);
    const SignoffSettings settings(office.database, *office.catalog);
    const std::optional<User> head = UserStore(office.database).byUsername(QStringLiteral("kadis"));
    QVERIFY(head);
    CaseWorkflow flow(office.database, *office.catalog);
    for (const QString& row : awaiting) {
        const QStringList parts = row.split(QLatin1Char('|'));
        error.clear();
        const SignoffState state = queries.signoff(parts.at(0).toLongLong(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(state.open);
        QCOMPARE(state.round, 1);
        QCOMPARE(state.initialsDone, 0);
        QCOMPARE(state.drafterId, parts.at(3).toLongLong());
        QCOMPARE(state.chain, settings.config(parts.at(2), &error)->chain);
        QVERIFY(!state.chain.initials.isEmpty());
        QVERIFY(!flow.sign(parts.at(1), std::nullopt, *head, kUntil, &error));
        QVERIFY2(error.startsWith(QStringLiteral("The draft still needs the initials of ")),
                 qPrintable(error));
    }
}

// One transaction for the whole seed: a write that fails halfway leaves nothing behind.
void TestDemoSeeder::failureLeavesNoDemoCase()
{
    DemoOffice office;
    QVERIFY(office.open(QStringLiteral("palangka-raya")));
    QSqlQuery query(office.database.connection());
    QVERIFY(query.exec(QStringLiteral(
        "CREATE TRIGGER demo_disk_full BEFORE INSERT ON case_steps WHEN NEW.case_id > 50"
        " BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    QString error;
    QCOMPARE(office.seed(120, 7, &error), -1);
    QVERIFY2(error.startsWith(QStringLiteral("Cannot write the demo cases: ")), qPrintable(error));
    for (const QString& table : kCaseTables)
        QCOMPARE(office.count(table), 0);

    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER demo_disk_full")));
    QCOMPARE(office.seed(120, 7, &error), 120);
    QCOMPARE(office.count(QStringLiteral("cases")), 120);
}

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
