// UU 27/2022: every view of a person's full record and every export of personal data is in the
// audit log (who, when, how many persons), and the audit viewer names these kinds in words.
#include "ApplicantStore.h"
#include "AuditQueries.h"
#include "CaseQueries.h"
#include "PersonalDataAudit.h"
#include "WorkflowFixture.h"

#include <QTest>

using namespace loket;
using namespace loket::test;
using namespace Qt::StringLiterals;

class TestPersonalDataAudit : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void caseViewIsRecorded();
    void counterLookupIsRecorded();
    void readingForWorkIsNotAView();
    void exportRecordsHowManyPersons();
    void actionTitles_data();
    void actionTitles();

private:
    QList<AuditRecord> entries(const QString& action) const;
    std::unique_ptr<WorkflowFixture> m_f;
    QString m_case;
};

void TestPersonalDataAudit::init()
{
    m_f = std::make_unique<WorkflowFixture>();
    QVERIFY(m_f->open());
    m_case = m_f->registerCase(u"PKY-08"_s, at("2024-01-02T09:00:00+07:00"));
    QVERIFY(!m_case.isEmpty());
}

QList<AuditRecord> TestPersonalDataAudit::entries(const QString& action) const
{
    QString error;
    QList<AuditRecord> matching;
    for (const AuditRecord& record : AuditQueries(*m_f->database).list({}, &error)) {
        if (record.action == action)
            matching << record;
    }
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return matching;
}

void TestPersonalDataAudit::caseViewIsRecorded()
{
    const User officer = m_f->user(u"budi"_s);
    QString error;
    const std::optional<Case> shown = CaseQueries(*m_f->database).view(m_case, officer.id, &error);
    QVERIFY2(shown, qPrintable(error));
    QCOMPARE(shown->person.nik, u"6271010503900001"_s);
    const QList<AuditRecord> views = entries(u"view"_s);
    QCOMPARE(views.size(), 1);
    QCOMPARE(views.first().userId, officer.id);
    QCOMPARE(views.first().table, u"persons"_s);
    QCOMPARE(views.first().recordId, QString::number(shown->person.id));
    QCOMPARE(views.first().after.value(u"where"_s).toString(), u"case "_s + m_case);
}

void TestPersonalDataAudit::counterLookupIsRecorded()
{
    const User clerk = m_f->user(u"siti"_s);
    ApplicantStore applicants(*m_f->database);
    QString error;
    const std::optional<Person> known
        = applicants.lookUpPerson(u"6271 0105 0390 0001"_s, clerk.id, &error);
    QVERIFY2(known, qPrintable(error));
    QVERIFY(!applicants.lookUpPerson(u"6271010503900002"_s, clerk.id, &error)); // unknown
    QVERIFY(error.isEmpty());
    const QList<AuditRecord> views = entries(u"view"_s);
    QCOMPARE(views.size(), 1); // nobody's record was shown for the unknown NIK
    QCOMPARE(views.first().userId, clerk.id);
    QCOMPARE(views.first().recordId, QString::number(known->id));
    QCOMPARE(views.first().after.value(u"where"_s).toString(), u"counter"_s);
}

void TestPersonalDataAudit::readingForWorkIsNotAView()
{
    // Stores and the workflow read cases all the time; only showing one to a person counts.
    QString error;
    QVERIFY(CaseQueries(*m_f->database).find(m_case, &error));
    QVERIFY(ApplicantStore(*m_f->database).findPerson(u"6271010503900001"_s, &error));
    QCOMPARE(entries(u"view"_s).size(), 0);
}

void TestPersonalDataAudit::exportRecordsHowManyPersons()
{
    const User clerk = m_f->user(u"siti"_s);
    QString error;
    QVERIFY2(PersonalDataAudit(*m_f->database)
                 .exported(clerk.id, u"register guests 2026-11"_s, 42, u"csv"_s, &error),
             qPrintable(error));
    const QList<AuditRecord> exports = entries(u"export"_s);
    QCOMPARE(exports.size(), 1);
    QCOMPARE(exports.first().userId, clerk.id);
    QCOMPARE(exports.first().after.value(u"persons"_s).toInt(), 42);
    QCOMPARE(exports.first().after.value(u"what"_s).toString(), u"register guests 2026-11"_s);
    QCOMPARE(exports.first().after.value(u"format"_s).toString(), u"csv"_s);
}

void TestPersonalDataAudit::actionTitles_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("title");
    QTest::addRow("view") << u"view"_s << u"viewed personal data"_s;
    QTest::addRow("export") << u"export"_s << u"exported personal data"_s;
    QTest::addRow("erase") << u"erase"_s << u"erased personal data"_s;
    QTest::addRow("create") << u"create"_s << u"created"_s;
    QTest::addRow("unknown, as it is") << u"teleport"_s << u"teleport"_s;
}

void TestPersonalDataAudit::actionTitles()
{
    QFETCH(QString, action);
    QFETCH(QString, title);
    QCOMPARE(PersonalDataAudit::actionTitle(action), title);
}

QTEST_GUILESS_MAIN(TestPersonalDataAudit)
#include "tst_personaldataaudit.moc"
