// The complaints tab offscreen: overdue rows red with words, due today amber, the model under
// QAbstractItemModelTester, the recording dialog (LAPOR ticket, anonymity, bad input kept), the
// timeline through the buttons and their dialogs, the answer letter in the (stubbed) preview,
// roles, and the register as PDF and CSV.
#include "AuditQueries.h"
#include "BackOfficeFixture.h"
#include "ComplaintDialog.h"
#include "ComplaintDialogs.h"
#include "ComplaintQueries.h"
#include "ComplaintStore.h"
#include "ComplaintsModel.h"
#include "ComplaintsWidget.h"
#include "LetterPrinter.h"
#include "PersonalDataAudit.h"
#include "PrivateFiles.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace loket;
using namespace loket::test;

class TestComplaintsWidget : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void overdueRedDueTodayAmber();
    void dialogLaporTicketAndAnonymity();
    void dialogKeepsBadInput();
    void timelineThroughTheButtons();
    void aStepUpdatesItsRowOnly();
    void buttonsFollowRoles();
    void registerAsPdfAndCsv();

private:
    QString record(const char* when, const QString& subject, bool anonymous = false);
    QPushButton* button(const char* name) const
    {
        return m_widget->findChild<QPushButton*>(QString::fromLatin1(name));
    }
    void openWidget();

    std::unique_ptr<BackOfficeFixture> m_f;
    std::unique_ptr<ui::ComplaintsWidget> m_widget;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QDateTime m_now = at("2024-02-15T10:00:00+07:00");
};

void TestComplaintsWidget::init()
{
    m_f = std::make_unique<BackOfficeFixture>();
    QVERIFY(m_f->openAs(QStringLiteral("siti")));
}

void TestComplaintsWidget::openWidget()
{
    m_widget = std::make_unique<ui::ComplaintsWidget>(*m_f->session);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        &m_widget->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime now = m_now;
    m_widget->setClock([now] { return now; });
    m_widget->resize(1100, 600);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

void TestComplaintsWidget::cleanup()
{
    m_tester.reset();
    m_widget.reset();
    m_f.reset();
}

QString TestComplaintsWidget::record(const char* when, const QString& subject, bool anonymous)
{
    ComplaintDraft draft;
    draft.name = QStringLiteral("Rahmat Hidayat");
    draft.anonymous = anonymous;
    draft.subject = subject;
    draft.description = QStringLiteral("Uraian pengaduan.");
    draft.receivedAt = at(when);
    QString error;
    const auto complaint = ComplaintStore(*m_f->database, *m_f->catalog, m_f->calendar)
                               .record(draft, m_f->user(QStringLiteral("siti")), at(when), &error);
    if (!complaint)
        qWarning("%s", qPrintable(error));
    return complaint ? complaint->number : QString();
}

void TestComplaintsWidget::overdueRedDueTodayAmber()
{
    // Received Wednesday 7 February after closing: due Monday 12th (8th holiday, 9th cuti
    // bersama, weekend); on Thursday 15th (the 14th was election day) 2 working days late.
    const QString late = record("2024-02-07T16:30:00+07:00", QStringLiteral("Terlambat"));
    const QString today = record("2024-02-15T08:30:00+07:00", QStringLiteral("Hari ini"), true);
    openWidget();
    ui::ComplaintsModel& model = m_widget->model();
    QCOMPARE(model.rowCount(), 2);
    const int lateRow = model.rowOf(late);
    const int todayRow = model.rowOf(today);
    const auto due = [&model](int row, int role = Qt::DisplayRole) {
        return model.index(row, ui::ComplaintsModel::DueColumn).data(role);
    };
    QVERIFY2(due(lateRow).toString().startsWith(QStringLiteral("response 2 working day(s) late")),
             qPrintable(due(lateRow).toString()));
    QCOMPARE(due(lateRow, Qt::BackgroundRole).value<QColor>(), QColor(0xf8, 0xd7, 0xda));
    QVERIFY(!due(lateRow, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(due(todayRow).toString().startsWith(QStringLiteral("response due today")));
    QCOMPARE(due(todayRow, Qt::BackgroundRole).value<QColor>(), QColor(0xff, 0xe8, 0xa3));
    QCOMPARE(model.index(todayRow, ui::ComplaintsModel::ComplainantColumn).data().toString(),
             QStringLiteral("Anonymous"));
    const QString screenshot = qEnvironmentVariable("COMPLAINTS_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        m_widget->selectComplaint(late);
        QVERIFY(m_widget->grab().save(screenshot));
    }
    // Overdue only, then a search.
    m_widget->findChild<QCheckBox*>(QStringLiteral("overdueCheckBox"))->setChecked(true);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ui::ComplaintsModel::NumberColumn).data().toString(), late);
    m_widget->findChild<QCheckBox*>(QStringLiteral("overdueCheckBox"))->setChecked(false);
    auto* search = m_widget->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("hari ini"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ui::ComplaintsModel::NumberColumn).data().toString(), today);
}

void TestComplaintsWidget::dialogLaporTicketAndAnonymity()
{
    ui::ComplaintDialog dialog(*m_f->session);
    auto* channel = dialog.findChild<QComboBox*>(QStringLiteral("channelComboBox"));
    auto* ticket = dialog.findChild<QLineEdit*>(QStringLiteral("laporTicketLineEdit"));
    auto* anonymous = dialog.findChild<QCheckBox*>(QStringLiteral("anonymousCheckBox"));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
    QVERIFY(!ticket->isEnabled());
    channel->setCurrentIndex(channel->findData(int(ComplaintChannelKind::Lapor)));
    QVERIFY(ticket->isEnabled());
    channel->setCurrentIndex(channel->findData(int(ComplaintChannelKind::Email)));
    QVERIFY(!ticket->isEnabled());
    QVERIFY(name->isEnabled());
    anonymous->setChecked(true);
    QVERIFY(!name->isEnabled());
    QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("nikLineEdit"))->isEnabled());
    name->setText(QStringLiteral("tidak disimpan"));
    QVERIFY(dialog.draft().name.isEmpty());
}

void TestComplaintsWidget::dialogKeepsBadInput()
{
    ui::ComplaintDialog dialog(*m_f->session);
    dialog.setClock([this] { return m_now; });
    dialog.show();
    auto* channel = dialog.findChild<QComboBox*>(QStringLiteral("channelComboBox"));
    channel->setCurrentIndex(channel->findData(int(ComplaintChannelKind::Lapor)));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("nameLineEdit")),
                     QStringLiteral("Yulius <b>Dandan</b>"));
    QTest::keyClicks(dialog.findChild<QPlainTextEdit*>(QStringLiteral("descriptionPlainTextEdit")),
                     QStringLiteral("Bantuan tidak diterima."));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message().contains(QStringLiteral("subject")), qPrintable(dialog.message()));
    QVERIFY(dialog.message().contains(QStringLiteral("ticket")));
    const QString screenshot = qEnvironmentVariable("COMPLAINT_DIALOG_SCREENSHOT");
    if (!screenshot.isEmpty())
        QVERIFY(dialog.grab().save(screenshot));
    QCOMPARE(dialog.draft().description, QStringLiteral("Bantuan tidak diterima."));
    QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM complaints")), 0);

    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("subjectLineEdit")),
                     QStringLiteral("Bantuan sosial"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("laporTicketLineEdit")),
                     QStringLiteral("LAPOR-4827195"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.recorded());
    QCOMPARE(dialog.recorded()->number, QStringLiteral("ADU/2024/0001"));
    QCOMPARE(dialog.recorded()->laporTicket, QStringLiteral("LAPOR-4827195"));
    QCOMPARE(dialog.recorded()->name, QStringLiteral("Yulius <b>Dandan</b>"));
    // Received "now" by the dialog's clock, in the office's zone.
    QCOMPARE(dialog.recorded()->receivedAt, m_now.addSecs(-m_now.time().second()));
}

void TestComplaintsWidget::aStepUpdatesItsRowOnly()
{
    const QString older = record("2024-02-14T08:30:00+07:00", QStringLiteral("Antrean lama"));
    const QString newer = record("2024-02-15T08:30:00+07:00", QStringLiteral("Ruang tunggu"));
    openWidget();
    ui::ComplaintsModel& model = m_widget->model();
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(m_widget->selectComplaint(older));
    const int row = model.rowOf(older);
    QSignalSpy reset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // The initial response: that row alone changes, and stays selected.
    whenShown<ui::ComplaintActionDialog>([](ui::ComplaintActionDialog* dialog) {
        dialog->setNote(QStringLiteral("Diterima, sedang ditelaah."));
        dialog->accept();
    });
    QTest::mouseClick(button("respondButton"), Qt::LeftButton);
    QVERIFY(reset.isEmpty());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(row, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(),
             model.index(row, ui::ComplaintsModel::ColumnCount - 1));
    QCOMPARE(model.row(row).complaint.status, ComplaintStatus::Responded);
    QCOMPARE(m_widget->currentNumber(), older);
    QCOMPARE(model.rowOf(newer), 1 - row);

    // A new complaint is inserted where the list puts it: the newest first.
    whenShown<ui::ComplaintDialog>([](ui::ComplaintDialog* dialog) {
        ComplaintDraft draft;
        draft.name = QStringLiteral("Marlina Sari");
        draft.subject = QStringLiteral("Petugas tidak ada");
        draft.description = QStringLiteral("Loket kosong pukul 13.30.");
        dialog->setDraft(draft);
        dialog->accept();
    });
    QTest::mouseClick(button("newButton"), Qt::LeftButton);
    QVERIFY(reset.isEmpty());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(newer), 1);
    QCOMPARE(m_widget->currentNumber(), model.row(0).complaint.number);
}

void TestComplaintsWidget::timelineThroughTheButtons()
{
    openWidget();
    QSignalSpy changed(m_widget.get(), &ui::ComplaintsWidget::complaintsChanged);
    bool answered = false;
    whenShown<ui::ComplaintDialog>(
        [](ui::ComplaintDialog* dialog) {
            ComplaintDraft draft;
            draft.name = QStringLiteral("Marlina Sari");
            draft.subject = QStringLiteral("Petugas tidak ada");
            draft.description = QStringLiteral("Loket kosong pukul 13.30.");
            dialog->setDraft(draft);
            dialog->accept();
        },
        &answered);
    QTest::mouseClick(button("newButton"), Qt::LeftButton);
    QVERIFY(answered);
    const QString number = m_widget->currentNumber();
    QCOMPARE(number, QStringLiteral("ADU/2024/0001"));
    QCOMPARE(changed.count(), 1);

    // An empty response is refused inside the dialog; then the response is recorded.
    QString refusal;
    whenShown<ui::ComplaintActionDialog>([&refusal](ui::ComplaintActionDialog* dialog) {
        dialog->accept();
        refusal = dialog->message();
        dialog->setNote(QStringLiteral("Diterima, sedang ditelaah."));
        dialog->accept();
    });
    QVERIFY(button("respondButton")->isEnabled());
    QTest::mouseClick(button("respondButton"), Qt::LeftButton);
    QVERIFY2(refusal.contains(QStringLiteral("initial response")), qPrintable(refusal));
    QVERIFY(!button("respondButton")->isEnabled());

    const qint64 kadis = m_f->user(QStringLiteral("kadis")).id;
    whenShown<ui::ComplaintActionDialog>([kadis](ui::ComplaintActionDialog* dialog) {
        QVERIFY(dialog->selectHead(kadis));
        dialog->accept();
    });
    QTest::mouseClick(button("forwardButton"), Qt::LeftButton);
    // The counter may not answer: the back office does.
    QVERIFY(!button("answerButton")->isEnabled());
    QVERIFY(!button("followUpButton")->isEnabled());

    m_f->switchTo(QStringLiteral("budi"));
    m_widget->refresh();
    QVERIFY(button("followUpButton")->isEnabled());
    whenShown<ui::ComplaintActionDialog>([](ui::ComplaintActionDialog* dialog) {
        dialog->setNote(QStringLiteral("Petugas dikonfirmasi."));
        dialog->accept();
    });
    QTest::mouseClick(button("followUpButton"), Qt::LeftButton);

    QStringList previewed;
    m_widget->letterPrinter().setPreviewer(
        [&previewed](const QString& html, const QString&, QWidget*) {
            previewed << html;
            return true;
        });
    whenShown<ui::ComplaintActionDialog>([](ui::ComplaintActionDialog* dialog) {
        dialog->setNote(QStringLiteral("Petugas telah <b>ditegur</b>."));
        // The draft first, unnumbered.
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("previewButton")),
                          Qt::LeftButton);
        dialog->accept();
    });
    QVERIFY(button("answerButton")->isEnabled());
    QTest::mouseClick(button("answerButton"), Qt::LeftButton);
    QCOMPARE(previewed.size(), 2);
    QVERIFY(previewed.first().contains(QStringLiteral("KONSEP")));
    const auto complaint
        = ComplaintQueries(*m_f->database, *m_f->catalog, m_f->calendar).find(number);
    QVERIFY(!complaint->letterNumber.isEmpty());
    QVERIFY(previewed.last().contains(complaint->letterNumber));
    QVERIFY(previewed.last().contains(QStringLiteral("Petugas telah &lt;b&gt;ditegur&lt;/b&gt;.")));
    QVERIFY(!previewed.last().contains(QStringLiteral("SALINAN")));
    // Shown again: a copy.
    QCOMPARE(button("answerButton")->text(), QStringLiteral("&Answer letter…"));
    QTest::mouseClick(button("answerButton"), Qt::LeftButton);
    QCOMPARE(previewed.size(), 3);
    QVERIFY(previewed.last().contains(QStringLiteral("SALINAN")));

    whenShown<ui::ComplaintActionDialog>(
        [](ui::ComplaintActionDialog* dialog) { dialog->accept(); });
    QTest::mouseClick(button("closeButton"), Qt::LeftButton);
    // Closed complaints leave the default "Open" list.
    QCOMPARE(m_widget->model().rowCount(), 0);
    QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM complaint_events")), 6);
    QCOMPARE(changed.count(), 6);
}

void TestComplaintsWidget::buttonsFollowRoles()
{
    record("2024-02-15T08:30:00+07:00", QStringLiteral("Apa saja"));
    m_f->switchTo(QStringLiteral("admin"));
    QVERIFY(!ui::ComplaintsWidget::isFor(m_f->session->user));
    openWidget();
    QVERIFY(!button("newButton")->isEnabled());
    QVERIFY(!button("newButton")->toolTip().isEmpty());
    QVERIFY(m_widget->selectComplaint(QStringLiteral("ADU/2024/0001")));
    QVERIFY(!button("respondButton")->isEnabled());
    m_f->switchTo(QStringLiteral("kadis"));
    QVERIFY(ui::ComplaintsWidget::isFor(m_f->session->user));
    m_widget->refresh();
    QVERIFY(!button("newButton")->isEnabled());
    QVERIFY(!button("respondButton")->isEnabled());
    m_f->switchTo(QStringLiteral("budi"));
    m_widget->refresh();
    QVERIFY(button("newButton")->isEnabled());
    QVERIFY(button("respondButton")->isEnabled());
}

void TestComplaintsWidget::registerAsPdfAndCsv()
{
    record("2024-02-07T16:30:00+07:00", QStringLiteral("Pertama"));
    record("2024-02-12T09:00:00+07:00", QStringLiteral("Kedua"), true);
    openWidget();
    const QString pdf = m_f->dir->filePath(QStringLiteral("register.pdf"));
    const QString csv = m_f->dir->filePath(QStringLiteral("register.csv"));
    m_widget->setPathChooser([pdf, csv](QWidget*, const QString& suggested) {
        return suggested.endsWith(QLatin1String(".csv")) ? csv : pdf;
    });
    QString suggested;
    whenShown<ui::ComplaintRegisterDialog>([](ui::ComplaintRegisterDialog* dialog) {
        dialog->setPeriod(2024, 2);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("pdfButton")),
                          Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("csvButton")),
                          Qt::LeftButton);
        dialog->reject();
    });
    QTest::mouseClick(button("registerButton"), Qt::LeftButton);
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csvFile.readAll().mid(3))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(2).contains(QStringLiteral("Anonim")));
    // The register names complainants: owner-only files, each one in the audit log.
    QCOMPARE(PrivateFiles::mode(pdf), 0600);
    QCOMPARE(PrivateFiles::mode(csv), 0600);
    QString error;
    QStringList formats;
    for (const AuditRecord& record : AuditQueries(*m_f->database).list({}, &error)) {
        if (record.action != QLatin1String(PersonalDataAudit::ExportAction))
            continue;
        QCOMPARE(record.after.value(QStringLiteral("what")).toString(),
                 QStringLiteral("Register Pengaduan Februari 2024"));
        QCOMPARE(record.after.value(QStringLiteral("persons")).toInt(), 2);
        formats << record.after.value(QStringLiteral("format")).toString();
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    formats.sort();
    QCOMPARE(formats, QStringList({ QStringLiteral("csv"), QStringLiteral("pdf") }));
}

QTEST_MAIN(TestComplaintsWidget)
#include "tst_complaintswidget.moc"
