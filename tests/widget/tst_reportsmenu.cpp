// The Reports menu offers each role its own registers, reports and DTKS actions, and its
// dialogs open; the DTKS lookup offers removing an extract to those who may import.
#include "BackOfficeFixture.h"
#include "ReportsMenu.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>

using namespace loket;
using namespace loket::test;

class TestReportsMenu : public QObject
{
    Q_OBJECT
private slots:
    void actionsFollowTheRoles_data();
    void actionsFollowTheRoles();
    void dialogsOpen();
};

void TestReportsMenu::actionsFollowTheRoles_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QStringList>("actions");
    const QString guest = QStringLiteral("guestBookAction");
    const QString survey = QStringLiteral("surveyAction");
    const QString registers = QStringLiteral("registersAction");
    const QString recap = QStringLiteral("serviceReportAction");
    const QString ikm = QStringLiteral("ikmAction");
    const QString lookup = QStringLiteral("dtksLookupAction");
    const QString import = QStringLiteral("dtksImportAction");
    QTest::newRow("front office") << "siti" << QStringList { guest, survey, registers, lookup };
    QTest::newRow("back office") << "budi" << QStringList { registers, lookup, import };
    QTest::newRow("verifier") << "vera" << QStringList { lookup };
    QTest::newRow("head of division")
        << "hadi" << QStringList { registers, recap, ikm, lookup, import };
    QTest::newRow("head of office") << "kadis" << QStringList { registers, recap, ikm, lookup };
    QTest::newRow("administrator")
        << "admin" << QStringList { registers, recap, ikm, lookup, import };
}

void TestReportsMenu::actionsFollowTheRoles()
{
    QFETCH(QString, username);
    QFETCH(QStringList, actions);
    BackOfficeFixture f;
    QVERIFY(f.openAs(username));
    QMainWindow window;
    QMenu* menu = window.menuBar()->addMenu(QStringLiteral("Reports"));
    ui::ReportsMenu reports(*f.session, menu, &window);
    QStringList names;
    for (const QAction* action : menu->actions()) {
        if (!action->isSeparator())
            names << action->objectName();
    }
    QCOMPARE(names, actions);
}

void TestReportsMenu::dialogsOpen()
{
    BackOfficeFixture f;
    QVERIFY(f.openAs(QStringLiteral("hadi")));
    QMainWindow window;
    QMenu* menu = window.menuBar()->addMenu(QStringLiteral("Reports"));
    new ui::ReportsMenu(*f.session, menu, &window);
    window.show();
    const QStringList names
        = { QStringLiteral("registersAction"), QStringLiteral("serviceReportAction"),
            QStringLiteral("ikmAction"), QStringLiteral("dtksLookupAction") };
    for (const QString& name : names) {
        auto* action = menu->findChild<QAction*>(name);
        QVERIFY2(action, qPrintable(name));
        action->trigger();
        QDialog* opened = nullptr;
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<QDialog*>(top); dialog && dialog->isVisible())
                opened = dialog;
        }
        QVERIFY2(opened, qPrintable(name));
        if (name == QLatin1String("dtksLookupAction"))
            QVERIFY(opened->findChild<QPushButton*>(QStringLiteral("removeDtksExtractButton")));
        opened->close(); // deleted on close
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

QTEST_MAIN(TestReportsMenu)
#include "tst_reportsmenu.moc"
