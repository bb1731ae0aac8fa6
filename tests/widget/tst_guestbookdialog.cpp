// The guest book at the counter, driven by the keyboard offscreen: Enter moves on, Ctrl+Enter
// saves and clears the form for the next visitor, today's visitors are listed, and a bad NIK
// is shown next to its field with nothing saved and nothing typed lost.
#include "BackOfficeFixture.h"
#include "GuestBookDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>

using namespace loket;
using namespace loket::test;

class TestGuestBookDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_f.reset(); }
    void enterMovesOnAndCtrlEnterSaves();
    void badNikIsShownAndNothingSaved();

private:
    template<typename T> T* child(QWidget& parent, const char* name)
    {
        return parent.findChild<T*>(QString::fromLatin1(name));
    }
    std::unique_ptr<BackOfficeFixture> m_f;
};

void TestGuestBookDialog::init()
{
    m_f = std::make_unique<BackOfficeFixture>();
    QVERIFY(m_f->openAs(QStringLiteral("siti")));
}

void TestGuestBookDialog::enterMovesOnAndCtrlEnterSaves()
{
    ui::GuestBookDialog dialog(*m_f->session);
    dialog.setClock([] { return at("2026-11-22T10:00:00+07:00"); });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* name = child<QLineEdit>(dialog, "nameLineEdit");
    QTRY_VERIFY(name->hasFocus());
    QSignalSpy added(&dialog, &ui::GuestBookDialog::guestAdded);

    QTest::keyClicks(name, QStringLiteral("Rahmat <b>Hidayat</b>"));
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(child<QLineEdit>(dialog, "nikLineEdit")->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // no NIK given
    QVERIFY(child<QLineEdit>(dialog, "phoneLineEdit")->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Kel. Langkai"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto* purpose = child<QLineEdit>(dialog, "purposeLineEdit");
    QVERIFY(purpose->hasFocus());
    QTest::keyClicks(purpose, QStringLiteral("Menanyakan syarat KIS-PBI"));
    QTest::keyClick(purpose, Qt::Key_Return);
    auto* service = child<QComboBox>(dialog, "serviceComboBox");
    QVERIFY(service->hasFocus());
    service->setCurrentIndex(service->findData(QStringLiteral("PKY-01")));
    QTest::keyClick(service, Qt::Key_Return);
    QVERIFY(child<QLineEdit>(dialog, "outcomeLineEdit")->hasFocus());
    QVERIFY(dialog.isVisible()); // Enter never closed the dialog
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);

    QCOMPARE(added.size(), 1);
    QCOMPARE(dialog.todayCount(), 1);
    auto* today = child<QTableWidget>(dialog, "todayTableWidget");
    QCOMPARE(today->item(0, 1)->text(), QStringLiteral("Rahmat <b>Hidayat</b>"));
    // What was typed is shown as typed, never as markup.
    auto* saved = child<QLabel>(dialog, "messageLabel");
    QCOMPARE(saved->textFormat(), Qt::PlainText);
    QVERIFY(saved->text().contains(QStringLiteral("Rahmat <b>Hidayat</b>")));
    QCOMPARE(today->item(0, 3)->text(), QStringLiteral("PKY-01"));
    QCOMPARE(today->item(0, 4)->text(), QStringLiteral("Siti (uji)"));
    // Cleared for the next visitor.
    QVERIFY(name->text().isEmpty());
    QVERIFY(purpose->text().isEmpty());
    QCOMPARE(service->currentIndex(), 0);
    QVERIFY(name->hasFocus());
    QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM guest_book WHERE origin = "
                                       "'Kel. Langkai' AND service_code = 'PKY-01'")),
             1);

    // The next visitor, saved with Enter in the last field.
    QTest::keyClicks(name, QStringLiteral("Dewi Anggraini"));
    purpose->setText(QStringLiteral("Mengantar surat"));
    child<QLineEdit>(dialog, "outcomeLineEdit")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.todayCount(), 2);
    QCOMPARE(today->item(0, 1)->text(), QStringLiteral("Dewi Anggraini")); // newest first
}

void TestGuestBookDialog::badNikIsShownAndNothingSaved()
{
    ui::GuestBookDialog dialog(*m_f->session);
    dialog.setClock([] { return at("2026-11-22T10:00:00+07:00"); });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    child<QLineEdit>(dialog, "nameLineEdit")->setText(QStringLiteral("Rahmat"));
    child<QLineEdit>(dialog, "nikLineEdit")->setText(QStringLiteral("627101"));
    QVERIFY(!dialog.save());
    auto* message = child<QLabel>(dialog, "nikMessageLabel");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("16 digits")), qPrintable(message->text()));
    QVERIFY(child<QLabel>(dialog, "purposeMessageLabel")->isVisible());
    QVERIFY(!child<QLabel>(dialog, "nameMessageLabel")->isVisible());
    QVERIFY(child<QLineEdit>(dialog, "nikLineEdit")->hasFocus()); // the first field to fix
    QCOMPARE(child<QLineEdit>(dialog, "nameLineEdit")->text(), QStringLiteral("Rahmat"));
    QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM guest_book")), 0);
    QCOMPARE(dialog.todayCount(), 0);
}

QTEST_MAIN(TestGuestBookDialog)
#include "tst_guestbookdialog.moc"
