#include "CaseNumberFormat.h"
#include "CaseQueries.h"
#include "CaseStore.h"
#include "Database.h"
#include "OfficeDatabase.h"
#include "SettingsStore.h"
#include "UserStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace loket;

namespace {

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Person person(const QString& nik, const QString& name)
{
    Person p;
    p.nik = nik;
    p.fullName = name;
    p.birthPlace = QStringLiteral("Palangka Raya");
    p.address = QStringLiteral("Jl. Tjilik Riwut Km. 1");
    p.regencyCode = QStringLiteral("62.71");
    p.phone = QStringLiteral("0812-3456-7890");
    return p;
}

const QString kBudiNik = QStringLiteral("6271010503900001");
const QString kSariNik = QStringLiteral("6271014503900002");

} // namespace

class TestCaseStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void registersCompletePersonFile();
    void numbersRunPerYear();
    void customNumberPattern();
    void unusableNumberPatternIsRefused();
    void incompleteFileWaitsWithoutClock();
    void completingLaterStartsTheClockThen();
    void saysWhichCaseWasAddedOrCompleted();
    void returningApplicantIsReused();
    void queries();
    void organisationServiceNeedsOrganisation_data();
    void organisationServiceNeedsOrganisation();
    void hostileTextIsStoredLiterally();
    void auditEntries();
    void failureHalfWayLeavesNothing();

private:
    CaseDraft draft(const QString& service, const Person& applicant, bool complete = true) const;
    Organisation organisation(const QString& name) const;
    std::optional<Case> registerCase(const CaseDraft& draft, const QDateTime& now);
    QString numberOf(const CaseDraft& draft, const QDateTime& now); // empty on failure
    int count(const QString& sql) const;
    QMap<QString, int> snapshot() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<Catalog> m_catalog;
    WorkingCalendar m_calendar;
    std::unique_ptr<CaseStore> m_store;
    User m_clerk;
};

void TestCaseStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("cases.sqlite")),
                        Database::OpenMode::CreateIfMissing, &error),
             qPrintable(error));
    QVERIFY2(OfficeDatabase::initialise(*m_db, QStringLiteral("palangka-raya"), &error),
             qPrintable(error));
    QStringList errors;
    m_catalog = OfficeDatabase::catalog(*m_db, &errors);
    QVERIFY2(m_catalog, qPrintable(errors.join(QLatin1Char('\n'))));
    m_calendar = WorkingCalendar();
    QVERIFY2(OfficeDatabase::calendar(*m_db, &m_calendar, &error), qPrintable(error));
    m_store = std::make_unique<CaseStore>(*m_db, *m_catalog, m_calendar);

    // Accounts are made by an administrator; the first one by the system.
    UserStore users(*m_db);
    User admin;
    admin.username = QStringLiteral("admin");
    admin.fullName = QStringLiteral("Administrator");
    admin.roles = { UserRole::Administrator };
    const std::optional<User> administrator
        = users.create(admin, QStringLiteral("sandi-admin-1"), 0, &error);
    QVERIFY2(administrator, qPrintable(error));
    User clerk;
    clerk.username = QStringLiteral("siti");
    clerk.fullName = QStringLiteral("Siti Rahmawati");
    clerk.roles = { UserRole::FrontOffice };
    const std::optional<User> created
        = users.create(clerk, QStringLiteral("sandi-loket-1"), administrator->id, &error);
    QVERIFY2(created, qPrintable(error));
    m_clerk = *created;
}

void TestCaseStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

CaseDraft TestCaseStore::draft(const QString& service, const Person& applicant, bool complete) const
{
    CaseDraft d;
    d.serviceCode = service;
    d.person = applicant;
    const Service* s = m_catalog->service(service);
    for (int i = 0; s && i < s->requirements.size(); ++i) {
        ChecklistItem item;
        item.index = i;
        item.state
            = complete || i > 0 ? ChecklistItem::State::Present : ChecklistItem::State::Missing;
        d.checklist << item;
    }
    return d;
}

Organisation TestCaseStore::organisation(const QString& name) const
{
    Organisation o;
    o.name = name;
    o.npwp = QStringLiteral("01.234.567.8-901.000");
    o.address = QStringLiteral("Jl. G. Obos No. 5");
    o.chairName = QStringLiteral("Maria Ulfah");
    return o;
}

std::optional<Case> TestCaseStore::registerCase(const CaseDraft& d, const QDateTime& now)
{
    QString error;
    std::optional<Case> result = m_store->registerCase(d, m_clerk, now, &error);
    if (!result)
        qWarning("registration failed: %s", qPrintable(error));
    return result;
}

QString TestCaseStore::numberOf(const CaseDraft& d, const QDateTime& now)
{
    const std::optional<Case> registered = registerCase(d, now);
    return registered ? registered->number : QString();
}

int TestCaseStore::count(const QString& sql) const
{
    QSqlQuery query(m_db->connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

QMap<QString, int> TestCaseStore::snapshot() const
{
    QMap<QString, int> rows;
    for (const char* table : { "persons", "organisations", "cases", "case_requirements",
                               "case_steps", "audit_log", "case_number_counters" })
        rows[QString::fromLatin1(table)]
            = count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    rows[QStringLiteral("serial")]
        = count(QStringLiteral("SELECT COALESCE(SUM(last_value), 0) FROM case_number_counters"));
    return rows;
}

void TestCaseStore::registersCompletePersonFile()
{
    const QDateTime received = at("2024-01-02T09:00:00+07:00"); // a Tuesday
    const std::optional<Case> c = registerCase(
        draft(QStringLiteral("PKY-01"), person(kBudiNik, QStringLiteral("Budi"))), received);
    QVERIFY(c);
    QCOMPARE(c->number, QStringLiteral("0001/PKY-01/I/2024"));
    QCOMPARE(c->status, CaseStatus::Registered);
    QCOMPARE(c->officeId, QStringLiteral("palangka-raya"));
    QCOMPARE(c->catalogVersion, m_catalog->version());
    QCOMPARE(c->receivedAt, received);
    QCOMPARE(c->clockStartedAt, received);
    QCOMPARE(c->dueAt, at("2024-01-02T16:00:00+07:00")); // "1 (satu) hari kerja"
    QCOMPARE(c->registeredBy, m_clerk.id);
    QCOMPARE(c->registeredByName, QStringLiteral("Siti Rahmawati"));
    QCOMPARE(c->person.nik, kBudiNik);
    QVERIFY(!c->organisation);
    const Service* service = m_catalog->service(QStringLiteral("PKY-01"));
    QCOMPARE(c->checklist.size(), service->requirements.size());
    for (const ChecklistItem& item : c->checklist) {
        QCOMPARE(item.state, ChecklistItem::State::Present);
        QCOMPARE(item.text, service->requirements.at(item.index).text);
    }
    QVERIFY(c->isComplete());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM case_steps WHERE state = 'pending'")),
             service->steps.size());

    // An organisation service: "3 (tiga) hari kerja" from Tuesday 09:00 is Thursday 16:00.
    CaseDraft lks = draft(QStringLiteral("PKY-05"), person(kSariNik, QStringLiteral("Sari")));
    lks.organisation = organisation(QStringLiteral("LKS Harapan Bangsa"));
    const std::optional<Case> second = registerCase(lks, received.addSecs(600));
    QVERIFY(second);
    QCOMPARE(second->number, QStringLiteral("0002/PKY-05/I/2024"));
    QCOMPARE(second->dueAt, at("2024-01-04T16:00:00+07:00"));
    QVERIFY(second->organisation);
    QCOMPARE(second->organisation->name, QStringLiteral("LKS Harapan Bangsa"));
}

void TestCaseStore::numbersRunPerYear()
{
    const Person budi = person(kBudiNik, QStringLiteral("Budi"));
    QCOMPARE(numberOf(draft(QStringLiteral("PKY-08"), budi), at("2024-01-02T09:00:00+07:00")),
             QStringLiteral("0001/PKY-08/I/2024"));
    QCOMPARE(numberOf(draft(QStringLiteral("PKY-01"), budi), at("2024-12-31T15:00:00+07:00")),
             QStringLiteral("0002/PKY-01/XII/2024"));
    // 17:30 UTC on 31 December is already 1 January in Palangka Raya (WIB): a new year.
    QCOMPARE(numberOf(draft(QStringLiteral("PKY-01"), budi), at("2024-12-31T17:30:00Z")),
             QStringLiteral("0001/PKY-01/I/2025"));
    QCOMPARE(numberOf(draft(QStringLiteral("PKY-08"), budi), at("2025-02-03T09:00:00+07:00")),
             QStringLiteral("0002/PKY-08/II/2025"));
}

void TestCaseStore::customNumberPattern()
{
    QString error;
    QVERIFY(SettingsStore(*m_db).setValue(
        CaseNumberFormat::SettingKey, QStringLiteral("460/{serial:3}/{office}/{year}"), &error));
    const std::optional<Case> c
        = registerCase(draft(QStringLiteral("PKY-08"), person(kBudiNik, QStringLiteral("Budi"))),
                       at("2024-03-04T10:00:00+07:00"));
    QVERIFY(c);
    QCOMPARE(c->number, QStringLiteral("460/001/PALANGKA-RAYA/2024"));
}

// A pattern without a serial would give every case the same number.
void TestCaseStore::unusableNumberPatternIsRefused()
{
    QString error;
    QVERIFY(SettingsStore(*m_db).setValue(CaseNumberFormat::SettingKey,
                                          QStringLiteral("{service}/{year}"), &error));
    const QMap<QString, int> before = snapshot();
    QVERIFY(!m_store->registerCase(
        draft(QStringLiteral("PKY-08"), person(kBudiNik, QStringLiteral("Budi"))), m_clerk,
        at("2024-03-04T10:00:00+07:00"), &error));
    QVERIFY2(error.contains(QStringLiteral("{serial}")), qPrintable(error));
    QCOMPARE(snapshot(), before);
}

void TestCaseStore::incompleteFileWaitsWithoutClock()
{
    const std::optional<Case> c = registerCase(
        draft(QStringLiteral("PKY-01"), person(kBudiNik, QStringLiteral("Budi")), false),
        at("2024-01-02T09:00:00+07:00"));
    QVERIFY(c);
    QCOMPARE(c->status, CaseStatus::WaitingDocuments);
    QVERIFY(!c->isComplete());
    QCOMPARE(c->checklist.first().state, ChecklistItem::State::Missing);
    QVERIFY(!c->dueAt.isValid());
    QVERIFY(!c->responseDueAt.isValid());
    QVERIFY(!c->clockStartedAt.isValid());
    QCOMPARE(c->receivedAt, at("2024-01-02T09:00:00+07:00"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE due_at IS NULL AND"
                                  " clock_started_at IS NULL AND response_due_at IS NULL")),
             1);
}

void TestCaseStore::completingLaterStartsTheClockThen()
{
    const std::optional<Case> waiting = registerCase(
        draft(QStringLiteral("PKY-01"), person(kBudiNik, QStringLiteral("Budi")), false),
        at("2024-01-02T09:00:00+07:00"));
    QVERIFY(waiting);
    QString error;
    // Still something missing: the file keeps waiting.
    QList<ChecklistItem> items = waiting->checklist;
    items[0].note = QStringLiteral("fotokopi KTP belum dibawa");
    std::optional<Case> c = m_store->updateChecklist(waiting->number, items, m_clerk,
                                                     at("2024-01-03T09:00:00+07:00"), &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->status, CaseStatus::WaitingDocuments);
    QVERIFY(!c->dueAt.isValid());
    QCOMPARE(c->checklist.first().note, QStringLiteral("fotokopi KTP belum dibawa"));

    // Monday 8 January the applicant brings the rest: the clock starts then.
    items[0].state = ChecklistItem::State::Present;
    const QDateTime completed = at("2024-01-08T10:00:00+07:00");
    c = m_store->updateChecklist(waiting->number, items, m_clerk, completed, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->status, CaseStatus::Registered);
    QCOMPARE(c->clockStartedAt, completed);
    QCOMPARE(c->dueAt, at("2024-01-08T16:00:00+07:00"));
    QCOMPARE(c->receivedAt, at("2024-01-02T09:00:00+07:00"));
    QVERIFY(c->isComplete());

    // A later change of the checklist does not start the clock again.
    c = m_store->updateChecklist(waiting->number, items, m_clerk, at("2024-01-09T10:00:00+07:00"),
                                 &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->clockStartedAt, completed);
    QCOMPARE(c->dueAt, at("2024-01-08T16:00:00+07:00"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'checklist'")), 3);

    QVERIFY(!m_store->updateChecklist(QStringLiteral("9999/PKY-01/I/2024"), items, m_clerk,
                                      completed, &error));
    QVERIFY(error.contains(QStringLiteral("9999/PKY-01/I/2024")));
}

// Lists elsewhere update one row: the store names the case it added or completed, after the
// commit, and nothing for a registration that failed or a file still waiting.
void TestCaseStore::saysWhichCaseWasAddedOrCompleted()
{
    QSignalSpy added(m_store.get(), &CaseStore::caseAdded);
    QSignalSpy changed(m_store.get(), &CaseStore::statusChanged);
    QString error;
    QVERIFY(!m_store->registerCase(
        draft(QStringLiteral("XXX-99"), person(kBudiNik, QStringLiteral("Budi")), true), m_clerk,
        at("2024-01-02T08:30:00+07:00"), &error));
    QCOMPARE(added.size(), 0);

    const std::optional<Case> waiting = registerCase(
        draft(QStringLiteral("PKY-01"), person(kBudiNik, QStringLiteral("Budi")), false),
        at("2024-01-02T09:00:00+07:00"));
    QVERIFY(waiting);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().at(0).toLongLong(), waiting->id);
    QCOMPARE(added.first().at(1).toString(), waiting->number);
    QVERIFY(waiting->id > 0);

    QList<ChecklistItem> items = waiting->checklist;
    items[0].note = QStringLiteral("masih kurang");
    QVERIFY(m_store->updateChecklist(waiting->number, items, m_clerk,
                                     at("2024-01-03T09:00:00+07:00"), &error));
    QCOMPARE(changed.size(), 0); // still waiting for documents

    items[0].state = ChecklistItem::State::Present;
    QVERIFY2(m_store->updateChecklist(waiting->number, items, m_clerk,
                                      at("2024-01-08T10:00:00+07:00"), &error),
             qPrintable(error));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toLongLong(), waiting->id);
    QCOMPARE(changed.first().at(1).value<CaseStatus>(), CaseStatus::WaitingDocuments);
    QCOMPARE(changed.first().at(2).value<CaseStatus>(), CaseStatus::Registered);
    QCOMPARE(added.size(), 1);
}

void TestCaseStore::returningApplicantIsReused()
{
    Person budi = person(kBudiNik, QStringLiteral("Budi Santoso"));
    const std::optional<Case> first
        = registerCase(draft(QStringLiteral("PKY-08"), budi), at("2024-01-02T09:00:00+07:00"));
    QVERIFY(first);
    budi.address = QStringLiteral("Jl. RTA Milono Km. 3");
    budi.phone = QStringLiteral("0813-1111-2222");
    const std::optional<Case> second
        = registerCase(draft(QStringLiteral("PKY-01"), budi), at("2024-02-05T09:00:00+07:00"));
    QVERIFY(second);
    QCOMPARE(second->person.id, first->person.id);
    QCOMPARE(second->person.address, QStringLiteral("Jl. RTA Milono Km. 3"));
    QCOMPARE(second->person.phone, QStringLiteral("0813-1111-2222"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM persons")), 1);
    QCOMPARE(CaseQueries(*m_db).find(first->number).value().person.address,
             QStringLiteral("Jl. RTA Milono Km. 3"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'persons'"
                                  " AND action = 'update'")),
             1);
}

void TestCaseStore::queries()
{
    const Person budi = person(kBudiNik, QStringLiteral("Budi Santoso"));
    const Person sari = person(kSariNik, QStringLiteral("Sari Dewi"));
    const QString a
        = numberOf(draft(QStringLiteral("PKY-01"), budi), at("2024-01-02T09:00:00+07:00"));
    const QString b
        = numberOf(draft(QStringLiteral("PKY-08"), sari), at("2024-01-02T11:00:00+07:00"));
    const QString c
        = numberOf(draft(QStringLiteral("PKY-08"), budi), at("2024-01-03T09:00:00+07:00"));
    CaseQueries queries(*m_db);
    auto numbers = [](const QList<CaseSummary>& list) {
        QStringList result;
        for (const CaseSummary& summary : list)
            result << summary.number;
        return result;
    };

    QCOMPARE(queries.find(b).value().person.fullName, QStringLiteral("Sari Dewi"));
    QVERIFY(!queries.find(QStringLiteral("0404/PKY-01/I/2024")));
    QCOMPARE(numbers(queries.forNik(kBudiNik)), QStringList({ c, a })); // newest first
    QCOMPARE(numbers(queries.search(b)), QStringList { b });
    QCOMPARE(numbers(queries.search(QStringLiteral("pky-08"))), QStringList({ c, b }));
    QCOMPARE(numbers(queries.search(kSariNik)), QStringList { b });
    QCOMPARE(numbers(queries.search(QStringLiteral("627101050390"))), QStringList({ c, a }));
    QCOMPARE(numbers(queries.search(QStringLiteral("SANTO"))), QStringList({ c, a }));
    QCOMPARE(numbers(queries.search(QStringLiteral("dewi"))), QStringList { b });
    QVERIFY(queries.search(QStringLiteral("xyz")).isEmpty());
    QVERIFY(queries.search(QStringLiteral("  ")).isEmpty());
    QVERIFY2(queries.search(QStringLiteral("%")).isEmpty(), "a wildcard is not a search");

    const QList<CaseSummary> tuesday = queries.registeredBy(
        m_clerk.id, at("2024-01-02T00:00:00+07:00"), at("2024-01-03T00:00:00+07:00"));
    QCOMPARE(numbers(tuesday), QStringList({ b, a }));
    QCOMPARE(tuesday.last().applicantName, QStringLiteral("Budi Santoso"));
    QCOMPARE(tuesday.last().status, CaseStatus::Registered);
    QVERIFY(queries
                .registeredBy(m_clerk.id + 1, at("2024-01-01T00:00:00+07:00"),
                              at("2024-12-31T00:00:00+07:00"))
                .isEmpty());

    QCOMPARE(numbers(queries.openFor(kBudiNik, QStringLiteral("PKY-01"))), QStringList { a });
    QVERIFY(queries.openFor(kSariNik, QStringLiteral("PKY-01")).isEmpty());
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("UPDATE cases SET status = 'handed-over' WHERE case_number = :n"));
    query.bindValue(QStringLiteral(":n"), a);
    QVERIFY(query.exec());
    QVERIFY2(queries.openFor(kBudiNik, QStringLiteral("PKY-01")).isEmpty(), "handed over");
}

void TestCaseStore::organisationServiceNeedsOrganisation_data()
{
    QTest::addColumn<QString>("service");
    QTest::addRow("PKY-05 LKS registration") << QStringLiteral("PKY-05");
    QTest::addRow("PKY-03 PUB") << QStringLiteral("PKY-03");
    QTest::addRow("unknown service") << QStringLiteral("SRY-01");
}

void TestCaseStore::organisationServiceNeedsOrganisation()
{
    QFETCH(QString, service);
    const QMap<QString, int> before = snapshot();
    QString error;
    QVERIFY(!m_store->registerCase(draft(service, person(kBudiNik, QStringLiteral("Budi"))),
                                   m_clerk, at("2024-01-02T09:00:00+07:00"), &error));
    QVERIFY(!error.isEmpty());
    if (m_catalog->service(service))
        QVERIFY2(error.contains(QStringLiteral("organisation")), qPrintable(error));
    else
        QVERIFY2(error.contains(service), qPrintable(error));
    QCOMPARE(snapshot(), before);
    QCOMPARE(before.value(QStringLiteral("persons")), 0);
    QCOMPARE(before.value(QStringLiteral("serial")), 0);
}

void TestCaseStore::hostileTextIsStoredLiterally()
{
    const QString name = QStringLiteral("<b>Budi</b> & \"Sari\" O'Neil; DROP TABLE cases;--");
    Person p = person(kBudiNik, name);
    p.address = QStringLiteral("Jl. %_' OR '1'='1 \\ \u00e9");
    CaseDraft d = draft(QStringLiteral("PKY-01"), p);
    d.checklist[0].note = name;
    const std::optional<Case> c = registerCase(d, at("2024-01-02T09:00:00+07:00"));
    QVERIFY(c);
    QVERIFY(m_db->connection().tables().contains(QStringLiteral("cases")));
    const std::optional<Case> read = CaseQueries(*m_db).find(c->number);
    QVERIFY(read);
    QCOMPARE(read->person.fullName, name);
    QCOMPARE(read->person.address, p.address);
    QCOMPARE(read->checklist.first().note, name);
    const QList<CaseSummary> found = CaseQueries(*m_db).search(QStringLiteral("o'neil"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().applicantName, name);
}

void TestCaseStore::auditEntries()
{
    const std::optional<Case> c
        = registerCase(draft(QStringLiteral("PKY-01"), person(kBudiNik, QStringLiteral("Budi"))),
                       at("2024-01-02T09:00:00+07:00"));
    QVERIFY(c);
    QString error;
    QVERIFY2(m_store->recordPrint(c->number, QStringLiteral("receipt"), m_clerk, &error),
             qPrintable(error));

    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT action, user_id, after_data FROM audit_log WHERE"
                                 " table_name = 'cases' AND record_id = :number ORDER BY id"));
    query.bindValue(QStringLiteral(":number"), c->number);
    QVERIFY(query.exec());
    QStringList actions;
    while (query.next()) {
        actions << query.value(0).toString();
        QCOMPARE(query.value(1).toLongLong(), m_clerk.id);
        if (actions.last() == QLatin1String("print"))
            QVERIFY(query.value(2).toString().contains(QStringLiteral("receipt")));
        else
            QVERIFY(query.value(2).toString().contains(c->number));
    }
    QCOMPARE(actions, QStringList({ QStringLiteral("create"), QStringLiteral("print") }));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'persons'"
                                  " AND action = 'create'")),
             1);
    // Every entry is chained to the one before it.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log a JOIN audit_log b"
                                  " ON b.id = (SELECT MAX(id) FROM audit_log WHERE id < a.id)"
                                  " WHERE a.previous_hash <> b.entry_hash")),
             0);
}

void TestCaseStore::failureHalfWayLeavesNothing()
{
    CaseDraft first = draft(QStringLiteral("PKY-05"), person(kBudiNik, QStringLiteral("Budi")));
    first.organisation = organisation(QStringLiteral("LKS Harapan Bangsa"));
    QVERIFY(registerCase(first, at("2024-01-02T09:00:00+07:00")));
    // The counter goes back, so that the next number is one that is already taken: the insert
    // of the case fails after the person, organisation and counter have been written.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE case_number_counters SET last_value = 0")));
    const QMap<QString, int> before = snapshot();

    CaseDraft second = draft(QStringLiteral("PKY-05"), person(kSariNik, QStringLiteral("Sari")));
    second.organisation = organisation(QStringLiteral("Yayasan Kasih Bunda"));
    QString error;
    QVERIFY(!m_store->registerCase(second, m_clerk, at("2024-01-02T10:00:00+07:00"), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(snapshot(), before);
    QVERIFY(!CaseQueries(*m_db).forNik(kSariNik).size());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM persons WHERE nik = '%1'").arg(kSariNik)),
             0);

    // The connection is usable afterwards: no transaction was left open.
    QVERIFY(query.exec(QStringLiteral("UPDATE case_number_counters SET last_value = 1")));
    const std::optional<Case> retry = registerCase(second, at("2024-01-02T10:05:00+07:00"));
    QVERIFY(retry);
    QCOMPARE(retry->number, QStringLiteral("0002/PKY-05/I/2024"));
}

QTEST_GUILESS_MAIN(TestCaseStore)
#include "tst_casestore.moc"
