// This computer's settings, offscreen: defaults, saving, cancelling, and the typed wrapper.
#include "AppController.h"
#include "SettingsDialog.h"
#include "WorkstationSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace loket;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void defaults();
    void dialogSavesTheChoices();
    void escapeKeepsTheSettings();
    void outOfRangeValuesAreBounded();
    void languageAndDatabaseOfAStart();

private:
    QString m_file;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // no test touches the real settings
}

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = m_dir->filePath(QStringLiteral("loket.ini"));
}

void TestSettingsDialog::defaults()
{
    ui::WorkstationSettings settings(m_file);
    QCOMPARE(settings.language(), QStringLiteral("id"));
    QCOMPARE(settings.idleLockMinutes(), 10);
    QCOMPARE(settings.receiptPageSize(), DocumentRenderer::A4);
    QCOMPARE(settings.csvSeparator(), QLatin1Char(';')); // Indonesian regional settings

    ui::SettingsDialog dialog(settings);
    dialog.show();
    QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("languageComboBox"))->currentText(),
             QStringLiteral("Bahasa Indonesia"));
    QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("idleLockSpinBox"))->value(), 10);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("languageNoteLabel"))
                ->text()
                .contains(QStringLiteral("next time")));
}

void TestSettingsDialog::dialogSavesTheChoices()
{
    {
        ui::WorkstationSettings settings(m_file);
        ui::SettingsDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
        language->setFocus();
        QTest::keyClick(language, Qt::Key_Down);
        QCOMPARE(language->currentText(), QStringLiteral("English"));
        QTest::keyClick(language, Qt::Key_Tab);
        auto* minutes = dialog.findChild<QSpinBox*>(QStringLiteral("idleLockSpinBox"));
        QVERIFY(minutes->hasFocus());
        minutes->selectAll();
        QTest::keyClicks(minutes, QStringLiteral("5"));
        QTest::keyClick(minutes, Qt::Key_Tab);
        auto* paper = dialog.findChild<QComboBox*>(QStringLiteral("paperComboBox"));
        QVERIFY(paper->hasFocus());
        QTest::keyClick(paper, Qt::Key_Down);
        QTest::keyClick(paper, Qt::Key_Tab);
        auto* separator = dialog.findChild<QComboBox*>(QStringLiteral("csvSeparatorComboBox"));
        QVERIFY(separator->hasFocus());
        QTest::keyClick(separator, Qt::Key_Down);
        QTest::keyClick(separator, Qt::Key_Return); // Enter = Save
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    const ui::WorkstationSettings reread(m_file);
    QCOMPARE(reread.language(), QStringLiteral("en"));
    QCOMPARE(reread.idleLockMinutes(), 5);
    QCOMPARE(reread.receiptPageSize(), DocumentRenderer::A5);
    QCOMPARE(reread.csvSeparator(), QLatin1Char(','));

    ui::WorkstationSettings settings(m_file);
    ui::SettingsDialog dialog(settings);
    auto* minutes = dialog.findChild<QSpinBox*>(QStringLiteral("idleLockSpinBox"));
    minutes->setValue(0);
    QCOMPARE(minutes->text(), QStringLiteral("never"));
}

void TestSettingsDialog::escapeKeepsTheSettings()
{
    ui::WorkstationSettings settings(m_file);
    ui::SettingsDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(ui::WorkstationSettings(m_file).language(), QStringLiteral("id"));
}

void TestSettingsDialog::outOfRangeValuesAreBounded()
{
    ui::WorkstationSettings settings(m_file);
    settings.setIdleLockMinutes(100000);
    QCOMPARE(settings.idleLockMinutes(), ui::WorkstationSettings::MaximumIdleLockMinutes);
    settings.setIdleLockMinutes(-3);
    QCOMPARE(settings.idleLockMinutes(), 0);
    settings.setLanguage(QStringLiteral("fr"));
    QCOMPARE(settings.language(), QStringLiteral("id"));
}

void TestSettingsDialog::languageAndDatabaseOfAStart()
{
    using ui::AppController;
    ui::WorkstationSettings settings(m_file);
    const QByteArray environment = qgetenv("LOKET_LANG");
    qunsetenv("LOKET_LANG");
    QCOMPARE(AppController::interfaceLanguage(QString(), settings), QStringLiteral("id"));
    settings.setLanguage(QStringLiteral("en"));
    QCOMPARE(AppController::interfaceLanguage(QString(), settings), QStringLiteral("en"));
    QCOMPARE(AppController::interfaceLanguage(QStringLiteral("id"), settings),
             QStringLiteral("id")); // --lang wins
    qputenv("LOKET_LANG", "id");
    QCOMPARE(AppController::interfaceLanguage(QString(), settings), QStringLiteral("id"));
    qputenv("LOKET_LANG", environment);

    // Training never opens the real database, not even the one LOKET_DB names.
    qputenv("LOKET_DB", "/srv/loket/asli.sqlite");
    QVERIFY(AppController::databaseLocation(QString(), true)
                .endsWith(QStringLiteral("/loket-demo.sqlite")));
    QCOMPARE(AppController::databaseLocation(QString(), false),
             QStringLiteral("/srv/loket/asli.sqlite"));
    QCOMPARE(AppController::databaseLocation(QStringLiteral("/tmp/latihan.sqlite"), true),
             QStringLiteral("/tmp/latihan.sqlite"));
    qunsetenv("LOKET_DB");
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
