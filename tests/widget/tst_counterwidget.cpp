// The counter screen driven as a clerk drives it, offscreen: a complete intake for a person
// service and an organisation service of every office, checked in the database and in the
// receipt's PDF text; a returning applicant served without re-typing; drafts kept.
#include "ApplicantForm.h"
#include "CaseQueries.h"
#include "ChecklistWidget.h"
#include "CounterFixture.h"
#include "CounterWidget.h"
#include "DocumentPrinter.h"
#include "ServicePanel.h"
#include "TodayCasesPanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>

using namespace loket;
using namespace loket::testing;

class TestCounterWidget : public QObject
{
    Q_OBJECT
private slots:
    void intake_data();
    void intake();
    void knownNikFillsTheForm();
    void returningApplicantCompletesWithoutRetyping();
    void nextApplicantKeepsTheDraft();
    void shortcutsAreShownInTooltips();

private:
    static void type(QWidget* root, const char* name, const QString& text)
    {
        auto* edit = root->findChild<QLineEdit*>(QString::fromLatin1(name));
        QVERIFY2(edit, name);
        edit->setFocus();
        QTest::keyClicks(edit, text);
    }
};

void TestCounterWidget::intake_data()
{
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("nik");
    QTest::addColumn<QString>("organisation");

    QTest::addRow("Palangka Raya, KIS-PBI (person)") << "palangka-raya"
                                                     << "kis pbi"
                                                     << "PKY-01"
                                                     << "6271014503900002"
                                                     << "";
    QTest::addRow("Palangka Raya, LKS (organisation)") << "palangka-raya"
                                                       << "tanda daftar lks"
                                                       << "PKY-05"
                                                       << "6271031208750001"
                                                       << "Yayasan Panti Asuhan Harapan Kasih";
    QTest::addRow("Seruyan, DTKS (person)") << "seruyan"
                                            << "dtks"
                                            << "SRY-05"
                                            << "6207010101850003"
                                            << "";
    QTest::addRow("Seruyan, PUB/UGB (organisation)") << "seruyan"
                                                     << "UGB"
                                                     << "SRY-01"
                                                     << "6207014404800005"
                                                     << "Yayasan Peduli Sesama Seruyan";
    QTest::addRow("Kotabaru, TMP (person)") << "kotabaru"
                                            << "tmp"
                                            << "KTB-01"
                                            << "6302011507770004"
                                            << "";
    QTest::addRow("Kotabaru, LKS (organisation)") << "kotabaru"
                                                  << "rekom lks"
                                                  << "KTB-03"
                                                  << "6302015001820006"
                                                  << "LKSA Kasih Bunda";
}

void TestCounterWidget::intake()
{
    QFETCH(QString, office);
    QFETCH(QString, search);
    QFETCH(QString, service);
    QFETCH(QString, nik);
    QFETCH(QString, organisation);

    CounterFixture fixture;
    QVERIFY(fixture.open(office));
    ui::CounterWidget counter(*fixture.session);
    counter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&counter));

    // What do you need? Type a few words; the match is chosen.
    counter.servicePanel().focusSearch();
    QTest::keyClicks(counter.findChild<QLineEdit*>(QStringLiteral("searchLineEdit")), search);
    QVERIFY2(counter.servicePanel().visibleCodes().contains(service),
             qPrintable(counter.servicePanel().visibleCodes().join(QLatin1Char(','))));
    counter.servicePanel().selectService(service);
    QCOMPARE(counter.servicePanel().currentService()->code, service);

    if (!organisation.isEmpty()) {
        type(&counter, "orgNameLineEdit", organisation);
        type(&counter, "orgDeedLineEdit", QStringLiteral("Akta Notaris No. 12 Tahun 2015"));
        type(&counter, "orgNpwpLineEdit", QStringLiteral("01.234.567.8-901.000"));
        type(&counter, "orgAddressLineEdit", QStringLiteral("Jl. Merdeka No. 5"));
        type(&counter, "orgChairLineEdit", QStringLiteral("Yohanes Ngabut"));
    }
    type(&counter, "nikLineEdit", nik);
    // Decoded live: the birth date comes from the NIK.
    QVERIFY(!counter.findChild<QLineEdit*>(QStringLiteral("birthDateLineEdit"))->text().isEmpty());
    type(&counter, "nameLineEdit", QStringLiteral("<b>Budi</b> & \"Sari\" O'Neil"));
    type(&counter, "addressLineEdit", QStringLiteral("Jl. Ahmad Yani No. 7, RT 002/RW 001"));
    type(&counter, "phoneLineEdit", QStringLiteral("0812-5555-1234"));

    QTest::mouseClick(counter.findChild<QPushButton*>(QStringLiteral("allPresentButton")),
                      Qt::LeftButton);
    // Eligibility conditions without a rule, and items only "if any", are the clerk's call.
    QList<ChecklistItem> items = counter.checklist().items();
    for (ChecklistItem& item : items) {
        if (item.state == ChecklistItem::State::Missing)
            item.state = ChecklistItem::State::Present;
    }
    counter.checklist().setItems(items);
    QVERIFY2(counter.checklist().missing().isEmpty(),
             qPrintable(counter.checklist().missing().join(QLatin1Char('\n'))));

    QTest::keyClick(&counter, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(counter.currentCase().has_value(), qPrintable(counter.message()));
    const Case registered = *counter.currentCase();
    QCOMPARE(registered.serviceCode, service);
    QCOMPARE(registered.status, CaseStatus::Registered);
    QCOMPARE(registered.person.fullName, QStringLiteral("<b>Budi</b> & \"Sari\" O'Neil"));

    // In the database, under the clerk's name, with the catalog version.
    const std::optional<Case> stored = CaseQueries(fixture.database).find(registered.number);
    QVERIFY(stored);
    QCOMPARE(stored->registeredBy, fixture.session->user.id);
    QCOMPARE(stored->catalogVersion, fixture.session->catalog.version());
    QCOMPARE(stored->person.nik, nik);
    QCOMPARE(stored->organisation.has_value(), !organisation.isEmpty());
    if (!organisation.isEmpty())
        QCOMPARE(stored->organisation->name, organisation);
    QCOMPARE(counter.todayCases().rowCount(), 1);
    // Received at the session's clock (Tuesday 12 March 2024), never the computer's.
    QCOMPARE(stored->receivedAt.toOffsetFromUtc(7 * 3600).date(), QDate(2024, 3, 12));
    QVERIFY2(registered.number.contains(QStringLiteral("2024")), qPrintable(registered.number));
    // So are the audit log's entries of the applicant's record.
    QSqlQuery audit(fixture.database.connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT occurred_at FROM audit_log WHERE table_name IN "
                                      "('persons', 'organisations')")));
    int audited = 0;
    while (audit.next()) {
        ++audited;
        QCOMPARE(QDateTime::fromString(audit.value(0).toString(), Qt::ISODateWithMs)
                     .toOffsetFromUtc(7 * 3600)
                     .date(),
                 QDate(2024, 3, 12));
    }
    QVERIFY(audited >= 1);

    // The receipt, as PDF text.
    const QString pdf = fixture.dir.filePath(QStringLiteral("receipt.pdf"));
    counter.printer().setPathChooser([&pdf](QWidget*, const QString&) { return pdf; });
    QVERIFY(counter.saveReceiptPdf());
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(fixture.session->catalog.office.governmentLine), qPrintable(text));
    QVERIFY(text.contains(registered.number));
    QVERIFY(text.contains(QStringLiteral("<b>Budi</b> & \"Sari\" O'Neil")));
    QVERIFY(text.contains(QStringLiteral("Rp0 (Gratis)")));
    QVERIFY(text.contains(QStringLiteral("Rina Anggraini")));
    QVERIFY(text.contains(QStringLiteral("TANDA TERIMA BERKAS")));
    if (!organisation.isEmpty())
        QVERIFY(text.contains(organisation));
}

void TestCounterWidget::knownNikFillsTheForm()
{
    CounterFixture fixture;
    QVERIFY(fixture.open(QStringLiteral("palangka-raya")));
    {
        ui::CounterWidget first(*fixture.session);
        first.servicePanel().selectService(QStringLiteral("PKY-08"));
        type(&first, "nikLineEdit", QStringLiteral("6271014503900002"));
        type(&first, "kkLineEdit", QStringLiteral("6271011502200001"));
        type(&first, "nameLineEdit", QStringLiteral("Siti Rahmawati"));
        type(&first, "addressLineEdit", QStringLiteral("Jl. G. Obos No. 12"));
        first.checklist().markAllPresent();
        QVERIFY2(first.registerCurrent(), qPrintable(first.message()));
    }
    ui::CounterWidget counter(*fixture.session);
    counter.servicePanel().selectService(QStringLiteral("PKY-08"));
    type(&counter, "nikLineEdit", QStringLiteral("6271014503900002"));
    QCOMPARE(counter.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->text(),
             QStringLiteral("Siti Rahmawati"));
    QCOMPARE(counter.findChild<QLineEdit*>(QStringLiteral("kkLineEdit"))->text(),
             QStringLiteral("6271011502200001"));
    QCOMPARE(counter.findChild<QLineEdit*>(QStringLiteral("addressLineEdit"))->text(),
             QStringLiteral("Jl. G. Obos No. 12"));
    // The earlier case is listed, and an open case of the same service is flagged.
    QCOMPARE(counter.findChild<QListWidget*>(QStringLiteral("historyListWidget"))->count(), 1);
    QVERIFY(counter.findChild<QLabel*>(QStringLiteral("duplicateLabel"))->isVisibleTo(&counter));
    // Showing the known applicant's record is a view in the audit log (UU 27/2022); typing a
    // new NIK showed nobody's.
    QSqlQuery views(fixture.session->database.connection());
    QVERIFY(views.exec(QStringLiteral("SELECT user_id, after_data FROM audit_log"
                                      " WHERE action = 'view'")));
    QVERIFY(views.next());
    QCOMPARE(views.value(0).toLongLong(), fixture.session->user.id);
    QVERIFY(views.value(1).toString().contains(QStringLiteral("counter")));
    QVERIFY(!views.next());
}

void TestCounterWidget::returningApplicantCompletesWithoutRetyping()
{
    CounterFixture fixture;
    QVERIFY(fixture.open(QStringLiteral("palangka-raya")));
    QString number;
    {
        ui::CounterWidget counter(*fixture.session);
        counter.servicePanel().selectService(QStringLiteral("PKY-01"));
        type(&counter, "nikLineEdit", QStringLiteral("6271014503900002"));
        type(&counter, "nameLineEdit", QStringLiteral("Siti Rahmawati"));
        QList<ChecklistItem> items = counter.checklist().items();
        items[0].state = ChecklistItem::State::Missing; // no SKTM yet
        items[1].state = ChecklistItem::State::Present;
        counter.checklist().setItems(items);
        QVERIFY(counter.registerCurrent());
        QCOMPARE(counter.currentCase()->status, CaseStatus::WaitingDocuments);
        QVERIFY(!counter.currentCase()->dueAt.isValid()); // the clock does not run
        number = counter.currentCase()->number;
        const QString pdf = fixture.dir.filePath(QStringLiteral("slip.pdf"));
        counter.printer().setPathChooser([&pdf](QWidget*, const QString&) { return pdf; });
        QVERIFY(counter.saveReceiptPdf());
        const QString slip = pdfText(pdf);
        QVERIFY(slip.contains(QStringLiteral("KEKURANGAN BERKAS")));
        QVERIFY(slip.contains(QStringLiteral("Surat Keterangan Tidak Mampu")));
    }
    // Days later the applicant returns: find by NIK, tick what was brought, complete.
    ui::CounterWidget counter(*fixture.session);
    counter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&counter));
    auto* search = counter.findChild<QLineEdit*>(QStringLiteral("todaySearchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("6271014503900002"));
    QCOMPARE(counter.todayCases().numberAt(0), number);
    counter.openCase(number);
    QCOMPARE(counter.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->text(),
             QStringLiteral("Siti Rahmawati"));
    QCOMPARE(counter.checklist().missing().size(), 1);
    QList<ChecklistItem> items = counter.checklist().items();
    items[0].state = ChecklistItem::State::Present;
    counter.checklist().setItems(items);
    QTest::keyClick(&counter, Qt::Key_Return, Qt::ControlModifier);
    const std::optional<Case> completed = CaseQueries(fixture.database).find(number);
    QVERIFY2(completed->status == CaseStatus::Registered, qPrintable(counter.message()));
    QCOMPARE(completed->status, CaseStatus::Registered);
    QVERIFY(completed->clockStartedAt.isValid());
    QVERIFY(completed->dueAt.isValid());
    QCOMPARE(CaseQueries(fixture.database).forNik(QStringLiteral("6271014503900002")).size(), 1);
}

void TestCounterWidget::nextApplicantKeepsTheDraft()
{
    CounterFixture fixture;
    QVERIFY(fixture.open(QStringLiteral("kotabaru")));
    ui::CounterWidget counter(*fixture.session);
    counter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&counter));
    counter.servicePanel().selectService(QStringLiteral("KTB-10"));
    type(&counter, "nikLineEdit", QStringLiteral("6302011507770004"));
    type(&counter, "nameLineEdit", QStringLiteral("Ahmad Hidayat"));
    QTest::keyClick(&counter, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(counter.draftCount(), 1);
    QVERIFY(counter.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->text().isEmpty());
    counter.restoreDraft(0);
    QCOMPARE(counter.draftCount(), 0);
    QCOMPARE(counter.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->text(),
             QStringLiteral("Ahmad Hidayat"));
    QCOMPARE(counter.servicePanel().currentService()->code, QStringLiteral("KTB-10"));
}

void TestCounterWidget::shortcutsAreShownInTooltips()
{
    CounterFixture fixture;
    QVERIFY(fixture.open(QStringLiteral("seruyan")));
    ui::CounterWidget counter(*fixture.session);
    for (const char* name : { "registerButton", "printButton", "pdfButton", "newButton" }) {
        const QString tip = counter.findChild<QPushButton*>(QString::fromLatin1(name))->toolTip();
        QVERIFY2(tip.contains(QLatin1String("Ctrl+")), qPrintable(tip));
    }
}

QTEST_MAIN(TestCounterWidget)
#include "tst_counterwidget.moc"
