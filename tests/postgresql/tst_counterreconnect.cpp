// The counter while the office server restarts (offscreen, a real server stopped and started on
// its port): the registration fails, the counter says it is reconnecting and disables Register,
// the form stays filled; once the server is back it says so, and the same form registers with
// the next number.
#include "ChecklistWidget.h"
#include "ConnectionWatch.h"
#include "CounterFixture.h"
#include "CounterWidget.h"
#include "PostgresServer.h"
#include "RealComponent.h"
#include "ServicePanel.h"

#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>

using namespace loket;
using namespace loket::testing;
using loket::test::PostgresServer;

class TestCounterReconnect : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void formWaitsForTheServer();

private:
    void fill(const QString& nik, const QString& name);
    QStringList caseNumbers() const;

    std::unique_ptr<PostgresServer> m_server;
    std::unique_ptr<CounterFixture> m_fixture;
    std::unique_ptr<QMainWindow> m_window;
    ui::CounterWidget* m_counter = nullptr;
};

void TestCounterReconnect::initTestCase()
{
    m_server = std::make_unique<PostgresServer>();
    LOKET_REQUIRE_COMPONENT(m_server->isRunning(),
                            QStringLiteral("no PostgreSQL server: ") + m_server->problem());
    const QString location = m_server->createDatabase(QStringLiteral("loket_counter"));
    QVERIFY2(!location.isEmpty(), qPrintable(m_server->problem()));
    m_fixture = std::make_unique<CounterFixture>();
    QVERIFY(m_fixture->open(QStringLiteral("palangka-raya"), location));
    m_window = std::make_unique<QMainWindow>();
    m_counter = new ui::CounterWidget(*m_fixture->session, m_window.get());
    m_window->setCentralWidget(m_counter);
    m_counter->connectionWatch().setRetryInterval(100);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_counter->servicePanel().selectService(QStringLiteral("PKY-08"));
}

void TestCounterReconnect::cleanupTestCase()
{
    m_window.reset();
    m_fixture.reset();
}

void TestCounterReconnect::fill(const QString& nik, const QString& name)
{
    for (const auto& [field, value] :
         { std::pair { "nikLineEdit", nik }, std::pair { "nameLineEdit", name },
           std::pair { "addressLineEdit", QStringLiteral("Jl. Tjilik Riwut Km. 3") } }) {
        auto* line = m_counter->findChild<QLineEdit*>(QString::fromLatin1(field));
        line->clear();
        line->setFocus();
        QTest::keyClicks(line, value);
    }
    m_counter->checklist().markAllPresent();
}

QStringList TestCounterReconnect::caseNumbers() const
{
    QStringList numbers;
    QSqlQuery query(m_fixture->database.connection());
    if (query.exec(QStringLiteral("SELECT case_number FROM cases ORDER BY id")))
        while (query.next())
            numbers << query.value(0).toString();
    return numbers;
}

void TestCounterReconnect::formWaitsForTheServer()
{
    fill(QStringLiteral("6271014503900002"), QStringLiteral("Siti Rahmawati"));
    QVERIFY2(m_counter->registerCurrent(), qPrintable(m_counter->message()));
    const QString first = m_counter->currentCase()->number;
    m_counter->nextApplicant();
    fill(QStringLiteral("6271010101800003"), QStringLiteral("Ahmad Yani"));

    QVERIFY2(m_server->stop(), qPrintable(m_server->problem()));
    auto* registerButton = m_counter->findChild<QPushButton*>(QStringLiteral("registerButton"));
    QVERIFY(!m_counter->registerCurrent());
    QVERIFY(m_counter->connectionWatch().isLost());
    QCOMPARE(m_counter->message(), ui::ConnectionWatch::lostMessage());
    QCOMPARE(m_window->statusBar()->currentMessage(), ui::ConnectionWatch::lostMessage());
    QVERIFY(!registerButton->isEnabled());
    QTest::qWait(300); // a few retries against the stopped server
    QVERIFY(m_counter->connectionWatch().isLost());
    QVERIFY(!m_counter->registerCurrent()); // Ctrl+Enter meanwhile does nothing
    QCOMPARE(m_counter->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->text(),
             QStringLiteral("Ahmad Yani"));

    QVERIFY2(m_server->startAgain(), qPrintable(m_server->problem()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_counter->connectionWatch().isLost(), 10000);
    QVERIFY(registerButton->isEnabled());
    QCOMPARE(m_counter->message(), ui::ConnectionWatch::restoredMessage());
    QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
    QVERIFY2(m_counter->registerCurrent(), qPrintable(m_counter->message()));
    const QString second = m_counter->currentCase()->number;
    QCOMPARE(caseNumbers(), QStringList({ first, second }));
    QCOMPARE(second.section(QLatin1Char('/'), 0, 0).toInt(),
             first.section(QLatin1Char('/'), 0, 0).toInt() + 1);
}

QTEST_MAIN(TestCounterReconnect)
#include "tst_counterreconnect.moc"
