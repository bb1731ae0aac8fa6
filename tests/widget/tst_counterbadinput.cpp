// Bad input at the counter: each gets a clear message next to its field, nothing typed is lost,
// and nothing half-done reaches the database.
#include "ApplicantForm.h"
#include "CaseQueries.h"
#include "ChecklistWidget.h"
#include "CounterFixture.h"
#include "CounterWidget.h"
#include "DatabaseError.h"
#include "DatabaseTrouble.h"
#include "DocumentPrinter.h"
#include "ServicePanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>

using namespace loket;
using namespace loket::testing;

class TestCounterBadInput : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void fieldProblem_data();
    void fieldProblem();
    void markupAndQuotesPrintLiterally();
    void readOnlyDatabaseKeepsTheForm();
    void lockedDatabaseKeepsTheForm();

private:
    void fill(const QString& nik, const QString& name, const QString& birthDate,
              const QString& address);
    QLineEdit* edit(const char* name) const
    {
        return m_counter->findChild<QLineEdit*>(QString::fromLatin1(name));
    }
    QLabel* label(const char* name) const
    {
        return m_counter->findChild<QLabel*>(QString::fromLatin1(name));
    }
    int caseCount() const
    {
        QSqlQuery query(m_fixture->database.connection());
        query.exec(QStringLiteral("SELECT COUNT(*) FROM cases"));
        return query.next() ? query.value(0).toInt() : -1;
    }

    std::unique_ptr<CounterFixture> m_fixture;
    std::unique_ptr<ui::CounterWidget> m_counter;
};

void TestCounterBadInput::init()
{
    m_fixture = std::make_unique<CounterFixture>();
    QVERIFY(m_fixture->open(QStringLiteral("palangka-raya")));
    m_counter = std::make_unique<ui::CounterWidget>(*m_fixture->session);
    m_counter->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_counter.get()));
    m_counter->servicePanel().selectService(QStringLiteral("PKY-08"));
}

void TestCounterBadInput::cleanup()
{
    m_counter.reset();
    m_fixture.reset();
}

void TestCounterBadInput::fill(const QString& nik, const QString& name, const QString& birthDate,
                               const QString& address)
{
    for (const auto& [field, value] :
         { std::pair { "nikLineEdit", nik }, std::pair { "nameLineEdit", name },
           std::pair { "birthDateLineEdit", birthDate },
           std::pair { "addressLineEdit", address } }) {
        QLineEdit* line = edit(field);
        line->clear();
        line->setFocus();
        QTest::keyClicks(line, value);
    }
    m_counter->checklist().markAllPresent();
}

void TestCounterBadInput::fieldProblem_data()
{
    QTest::addColumn<QString>("nik");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("birthDate");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("messageLabel");
    QTest::addColumn<QString>("mentions");

    const QString nik = QStringLiteral("6271014503900002");
    QTest::addRow("NIK too short") << "627101450390"
                                   << "Siti"
                                   << ""
                                   << ""
                                   << "nikMessageLabel"
                                   << "16";
    QTest::addRow("NIK with letters") << "62710145O3900002"
                                      << "Siti"
                                      << ""
                                      << ""
                                      << "nikMessageLabel"
                                      << "\"O\"";
    QTest::addRow("NIK with an impossible date") << "6271013102900002"
                                                 << "Siti"
                                                 << ""
                                                 << ""
                                                 << "nikMessageLabel"
                                                 << "310290";
    QTest::addRow("NIK of no province") << "9971014503900002"
                                        << "Siti"
                                        << ""
                                        << ""
                                        << "nikMessageLabel"
                                        << "99";
    QTest::addRow("birth date contradicting the NIK") << nik << "Siti"
                                                      << "06-03-1990"
                                                      << ""
                                                      << "birthDateMessageLabel"
                                                      << "1990";
    QTest::addRow("birth date not a date") << nik << "Siti"
                                           << "31-02-1990"
                                           << ""
                                           << "birthDateMessageLabel"
                                           << "31-02-1990";
    QTest::addRow("empty name") << nik << ""
                                << ""
                                << ""
                                << "nameMessageLabel"
                                << "name";
    QTest::addRow("5,000-character address")
        << nik << "Siti"
        << "" << QString(5000, QLatin1Char('a')) << "addressMessageLabel"
        << "5000";
}

void TestCounterBadInput::fieldProblem()
{
    QFETCH(QString, nik);
    QFETCH(QString, name);
    QFETCH(QString, birthDate);
    QFETCH(QString, address);
    QFETCH(QString, messageLabel);
    QFETCH(QString, mentions);

    fill(nik, name, birthDate, address);
    QVERIFY(!m_counter->registerCurrent());
    QLabel* message = label(qPrintable(messageLabel));
    QVERIFY(message);
    QVERIFY2(message->isVisibleTo(m_counter.get()), qPrintable(messageLabel));
    QVERIFY2(message->text().contains(mentions), qPrintable(message->text()));
    // Nothing typed is lost, nothing is saved.
    QCOMPARE(edit("nikLineEdit")->text(), nik);
    QCOMPARE(edit("nameLineEdit")->text(), name);
    QCOMPARE(edit("addressLineEdit")->text(), address);
    QCOMPARE(caseCount(), 0);
    QVERIFY(!m_counter->message().isEmpty());
}

void TestCounterBadInput::markupAndQuotesPrintLiterally()
{
    const QString name = QStringLiteral("<b>Budi</b> & \"Sari\" O'Neil'); DROP TABLE cases;--");
    fill(QStringLiteral("6271014503900002"), name, QString(),
         QStringLiteral("Jl. <i>Merdeka</i> & Co"));
    QVERIFY2(m_counter->registerCurrent(), qPrintable(m_counter->message()));
    const std::optional<Case> stored
        = CaseQueries(m_fixture->database).find(m_counter->currentCase()->number);
    QCOMPARE(stored->person.fullName, name);
    QCOMPARE(stored->person.address, QStringLiteral("Jl. <i>Merdeka</i> & Co"));
    const QString pdf = m_fixture->dir.filePath(QStringLiteral("literal.pdf"));
    m_counter->printer().setPathChooser([&pdf](QWidget*, const QString&) { return pdf; });
    QVERIFY(m_counter->saveReceiptPdf());
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(name), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Jl. <i>Merdeka</i> & Co")));
    QCOMPARE(caseCount(), 1);
}

void TestCounterBadInput::readOnlyDatabaseKeepsTheForm()
{
    fill(QStringLiteral("6271014503900002"), QStringLiteral("Siti Rahmawati"), QString(),
         QStringLiteral("Jl. Obos"));
    // The database refuses every write, as a read-only file does.
    QSqlQuery(m_fixture->database.connection()).exec(QStringLiteral("PRAGMA query_only = 1"));
    QVERIFY(!m_counter->registerCurrent());
    QVERIFY2(m_counter->message().contains(QStringLiteral("Nothing typed is lost")),
             qPrintable(m_counter->message()));
    QVERIFY2(m_counter->message().contains(DatabaseError::message(DatabaseError::Kind::ReadOnly)),
             qPrintable(m_counter->message()));
    QVERIFY2(test::driverTextIn(m_counter->message()).isEmpty(), qPrintable(m_counter->message()));
    QCOMPARE(edit("nameLineEdit")->text(), QStringLiteral("Siti Rahmawati"));
    QSqlQuery(m_fixture->database.connection()).exec(QStringLiteral("PRAGMA query_only = 0"));
    QCOMPARE(caseCount(), 0);
    // Once writable again, the same form registers without re-typing.
    QVERIFY2(m_counter->registerCurrent(), qPrintable(m_counter->message()));
    QCOMPARE(caseCount(), 1);
}

void TestCounterBadInput::lockedDatabaseKeepsTheForm()
{
    fill(QStringLiteral("6271014503900002"), QStringLiteral("Siti Rahmawati"), QString(),
         QStringLiteral("Jl. Obos"));
    // Another program holds the file's write lock past the busy timeout.
    Database other;
    QString error;
    QVERIFY(other.open(m_fixture->database.location(), Database::OpenMode::MustExist, &error));
    QSqlQuery lock(other.connection());
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QVERIFY(!m_counter->registerCurrent());
    QVERIFY2(m_counter->message().contains(QStringLiteral("Nothing typed is lost")),
             qPrintable(m_counter->message()));
    // What to do, in words; SQLite's "database is locked" only goes to the log.
    QVERIFY2(m_counter->message().contains(DatabaseError::message(DatabaseError::Kind::Busy)),
             qPrintable(m_counter->message()));
    QVERIFY2(test::driverTextIn(m_counter->message()).isEmpty(), qPrintable(m_counter->message()));
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(edit("nameLineEdit")->text(), QStringLiteral("Siti Rahmawati"));
    QVERIFY2(m_counter->registerCurrent(), qPrintable(m_counter->message()));
    QCOMPARE(caseCount(), 1);
}

QTEST_MAIN(TestCounterBadInput)
#include "tst_counterbadinput.moc"
