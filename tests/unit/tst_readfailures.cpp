// A read that fails must say so. With the connection to the database lost (a server or a
// shared folder gone), every list and lookup that the counter, the back office and loketctl
// show comes back empty *with a message* that says what happened (never the driver's text) —
// a database out of reach must not look like "no work today". Connected again, the same reads
// give their rows, so the emptiness was the failure's.
#include "ApplicantStore.h"
#include "CaseQueries.h"
#include "ComplaintTestSupport.h"
#include "DatabaseError.h"
#include "DatabaseTrouble.h"
#include "IssuedDocuments.h"
#include "Reminders.h"
#include "WorkflowQueries.h"
#include "Worklist.h"

#include <functional>

using namespace loket;
using namespace loket::test;

namespace {

struct Reads
{
    Database& database;
    const Catalog& catalog;
    const WorkingCalendar& calendar;
    const QString& number;
    const User& clerk;
    const User& officer; // whose turn the case is
};

// How many things a read found; its error goes to `error`.
using Read = std::function<qsizetype(const Reads&, QString* error)>;

const QDateTime kNow = at("2024-03-01T10:00:00+07:00"); // the case is long overdue

QMap<QString, Read> allReads()
{
    return {
        { QStringLiteral("worklist, all open"),
          [](const Reads& r, QString* e) {
              return Worklist(r.database, r.catalog, r.calendar).open({}, kNow, e).size();
          } },
        { QStringLiteral("worklist, mine"),
          [](const Reads& r, QString* e) {
              return Worklist(r.database, r.catalog, r.calendar)
                  .forUser(r.officer, {}, kNow, e)
                  .size();
          } },
        { QStringLiteral("worklist, searched"),
          [](const Reads& r, QString* e) {
              WorklistFilter filter;
              filter.search = QStringLiteral("sari");
              return Worklist(r.database, r.catalog, r.calendar).open(filter, kNow, e).size();
          } },
        { QStringLiteral("reminders"),
          [](const Reads& r, QString* e) {
              return Reminders(r.database, r.catalog, r.calendar, {})
                  .forUser(r.officer, kNow, e)
                  .size();
          } },
        { QStringLiteral("case by number"),
          [](const Reads& r, QString* e) {
              return qsizetype(CaseQueries(r.database).find(r.number, e).has_value());
          } },
        { QStringLiteral("case id"),
          [](const Reads& r, QString* e) {
              return qsizetype(CaseQueries(r.database).idOf(r.number, e).has_value());
          } },
        { QStringLiteral("case list"),
          [](const Reads& r, QString* e) {
              return CaseQueries(r.database).list(std::nullopt, 100, e).size();
          } },
        { QStringLiteral("case search"),
          [](const Reads& r, QString* e) {
              return CaseQueries(r.database).search(QStringLiteral("sari dewi"), 50, e).size();
          } },
        { QStringLiteral("applicant's cases"),
          [](const Reads& r, QString* e) {
              return CaseQueries(r.database).forNik(QStringLiteral("6271014503900002"), e).size();
          } },
        { QStringLiteral("today's cases of the clerk"),
          [](const Reads& r, QString* e) {
              return CaseQueries(r.database)
                  .registeredBy(r.clerk.id, at("2024-01-02T00:00:00+07:00"),
                                at("2024-01-03T00:00:00+07:00"), e)
                  .size();
          } },
        { QStringLiteral("applicant by NIK"),
          [](const Reads& r, QString* e) {
              return qsizetype(ApplicantStore(r.database)
                                   .findPerson(QStringLiteral("6271014503900002"), e)
                                   .has_value());
          } },
        { QStringLiteral("procedure steps"),
          [](const Reads& r, QString* e) {
              const qint64 id = CaseQueries(r.database).idOf(r.number).value_or(0);
              return WorkflowQueries(r.database, r.catalog).steps(id, e).size();
          } },
        { QStringLiteral("user accounts"),
          [](const Reads& r, QString* e) { return UserStore(r.database).all(e).size(); } },
        { QStringLiteral("one user"),
          [](const Reads& r, QString* e) {
              return qsizetype(UserStore(r.database).find(r.clerk.id, e).has_value());
          } },
        { QStringLiteral("number of users"),
          [](const Reads& r, QString* e) { return qsizetype(UserStore(r.database).count(e)); } },
        { QStringLiteral("complaints"),
          [](const Reads& r, QString* e) {
              return ComplaintQueries(r.database, r.catalog, r.calendar).list({}, kNow, e).size();
          } },
    };
}

} // namespace

class TestReadFailures : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void reads_data();
    void reads();
    void unreadableIsNotAbsent();

private:
    ComplaintFixture m_f;
    QString m_number;
    User m_officer;
};

void TestReadFailures::initTestCase()
{
    QVERIFY(m_f.open());
    m_number = m_f.registerCase(QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"),
                                QStringLiteral("Sari Dewi"), QStringLiteral("6271014503900002"));
    QVERIFY(!m_number.isEmpty());
    QVERIFY(!m_f.record(at("2024-01-02T10:00:00+07:00")).isEmpty());
    // The officer whose turn the case is, so that their worklist and reminders hold it.
    const QList<WorklistItem> open
        = Worklist(*m_f.database, *m_f.catalog, m_f.calendar).open({}, kNow);
    QCOMPARE(open.size(), 1);
    QVERIFY(open.first().waitingFor.has_value());
    m_officer = m_f.user(userFor(*open.first().waitingFor));
}

void TestReadFailures::reads_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : allReads().keys())
        QTest::addRow("%s", qPrintable(name)) << name;
}

void TestReadFailures::reads()
{
    QFETCH(QString, name);
    const Read read = allReads().value(name);
    Database workstation; // a second workstation on the same file
    const QString path = m_f.dir->filePath(QStringLiteral("loket.sqlite"));
    QString error;
    const User clerk = m_f.user(QStringLiteral("siti"));
    const Reads context { workstation, *m_f.catalog, m_f.calendar, m_number, clerk, m_officer };
    QCOMPARE(read(context, &error), 0); // not connected
    QVERIFY2(error.contains(DatabaseError::message(DatabaseError::Kind::ConnectionLost)),
             qPrintable(error));
    QVERIFY2(driverTextIn(error).isEmpty(), qPrintable(error));

    QVERIFY2(workstation.open(path, Database::OpenMode::MustExist, &error), qPrintable(error));
    error.clear();
    QVERIFY(read(context, &error) > 0);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

// Where "nothing found" is itself an answer — a verification code no document has (the paper
// is forged), a document never printed (this printing is the original) — a failed read must
// not give that answer.
void TestReadFailures::unreadableIsNotAbsent()
{
    Database workstation;
    IssuedDocuments documents(workstation);
    StoredDocument document;
    document.number = QStringLiteral("400.9/0001/SK-DINSOS/I/2024");
    QString error;
    QVERIFY(!documents.byCode(QStringLiteral("7KQ2-MX4P"), &error));
    QVERIFY2(error.contains(DatabaseError::message(DatabaseError::Kind::ConnectionLost)),
             qPrintable(error));
    error.clear();
    QCOMPARE(documents.printCount(document, &error), -1);
    QVERIFY(!error.isEmpty());

    error.clear();
    QVERIFY2(workstation.open(m_f.dir->filePath(QStringLiteral("loket.sqlite")),
                              Database::OpenMode::MustExist, &error),
             qPrintable(error));
    QVERIFY(!documents.byCode(QStringLiteral("7KQ2-MX4P"), &error));
    QCOMPARE(documents.printCount(document, &error), 0);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestReadFailures)
#include "tst_readfailures.moc"
