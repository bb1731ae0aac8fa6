// The survey dialog offscreen: the keys 1–4 answer the row with the focus and move on; Save
// refuses while an element is unanswered and keeps the answers; core's refusals show in the
// dialog; a respondent without a case chooses the service. The case view offers the survey for
// a handed-over case until it is recorded. The IKM report dialog shows core's figures.
#include "BackOfficeFixture.h"
#include "CaseQueries.h"
#include "CaseViewWidget.h"
#include "IkmReportDialog.h"
#include "IkmWeightSetting.h"
#include "ProductIssuer.h"
#include "SettingsDialog.h"
#include "SurveyDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>

using namespace loket;
using namespace loket::test;

class TestSurveyDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void keysAnswerAndMoveOn();
    void saveRefusesAnUnansweredElement();
    void coreRefusalIsShown();
    void respondentWithoutACase();
    void caseViewOffersTheSurvey();
    void reportDialogShowsTheIndex();
    void settingsChangeTheWeight();

private:
    QString handedOverCase()
    {
        FakeIssuer issuer(*m_f->database);
        CaseWorkflow flow(*m_f->database, *m_f->catalog, &issuer);
        const QString number = m_f->registerCase(QStringLiteral("PKY-08"), m_f->tick());
        return m_f->bringTo(flow, number, CaseStatus::HandedOver) ? number : QString();
    }
    std::unique_ptr<ui::SurveyDialog> dialogFor(const QString& number)
    {
        auto dialog = std::make_unique<ui::SurveyDialog>(*m_f->session, number);
        dialog->setClock([] { return at("2024-01-03T10:00:00+07:00"); });
        return dialog;
    }
    // With LOKET_SCREENSHOT_DIR set, keeps a picture of the widget (for the documentation).
    static void keepPicture(QWidget* widget, const char* name)
    {
        const QString dir = qEnvironmentVariable("LOKET_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name));
    }
    int responses() const
    {
        return m_f->count(QStringLiteral("SELECT COUNT(*) FROM survey_responses"));
    }

    std::unique_ptr<BackOfficeFixture> m_f;
};

void TestSurveyDialog::init()
{
    m_f = std::make_unique<BackOfficeFixture>();
    QVERIFY(m_f->openAs(QStringLiteral("siti")));
}

void TestSurveyDialog::cleanup()
{
    m_f.reset();
}

void TestSurveyDialog::keysAnswerAndMoveOn()
{
    const QString number = handedOverCase();
    auto dialog = dialogFor(number);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    dialog->optionButton(0, 1)->setFocus();
    const int keys[9] = { 4, 3, 3, 4, 4, 2, 3, 1, 4 };
    for (int e = 0; e < 9; ++e) {
        QWidget* focused = QApplication::focusWidget();
        QVERIFY2(focused
                     && focused->objectName().startsWith(QStringLiteral("answer%1_").arg(e + 1)),
                 qPrintable(focused ? focused->objectName() : QStringLiteral("none")));
        QTest::keyClick(focused, Qt::Key(Qt::Key_0 + keys[e]));
        QCOMPARE(dialog->answer(e), keys[e]);
        QVERIFY(dialog->optionButton(e, keys[e])->isChecked());
    }
    // After U9 the keyboard goes on to the respondent's profile.
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("genderComboBox"));
    // Labelled with the option words.
    QVERIFY(dialog->optionButton(3, 4)->text().contains(QStringLiteral("Free")));
    QVERIFY(dialog->optionButton(0, 1)->text().contains(QStringLiteral("Not suitable")));
    keepPicture(dialog.get(), "survey-dialog.png");
    QVERIFY(dialog->save());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(responses(), 1);
    QString error;
    const auto stored = SurveyStore(*m_f->database, *m_f->catalog)
                            .forCase(CaseQueries(*m_f->database).idOf(number).value_or(0), &error);
    QVERIFY(stored);
    QCOMPARE(stored->answers, (SatisfactionIndex::Answers { 4, 3, 3, 4, 4, 2, 3, 1, 4 }));
    QCOMPARE(stored->answeredOn, QDate(2024, 1, 3));
}

void TestSurveyDialog::saveRefusesAnUnansweredElement()
{
    const QString number = handedOverCase();
    auto dialog = dialogFor(number);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    for (int e = 0; e < 9; ++e) {
        if (e != 4)
            dialog->setAnswer(e, 3);
    }
    auto* suggestion
        = dialog->findChild<QPlainTextEdit*>(QStringLiteral("suggestionPlainTextEdit"));
    QTest::keyClicks(suggestion, QStringLiteral("Petugas ramah"));
    QPushButton* save = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                            ->button(QDialogButtonBox::Save);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->problem().contains(QStringLiteral("Answer U5")),
             qPrintable(dialog->problem()));
    QCOMPARE(responses(), 0);
    QCOMPARE(dialog->answer(0), 3); // nothing lost
    QCOMPARE(suggestion->toPlainText(), QStringLiteral("Petugas ramah"));
    QVERIFY(QApplication::focusWidget()->objectName().startsWith(QStringLiteral("answer5_")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
    QVERIFY(!dialog->isVisible());
    QCOMPARE(responses(), 1);
}

void TestSurveyDialog::coreRefusalIsShown()
{
    const QString number = handedOverCase();
    auto first = dialogFor(number);
    for (int e = 0; e < 9; ++e)
        first->setAnswer(e, 4);
    QVERIFY(first->save());
    auto second = dialogFor(number);
    for (int e = 0; e < 9; ++e)
        second->setAnswer(e, 2);
    QVERIFY(!second->save());
    QVERIFY2(second->problem().contains(QStringLiteral("already has a survey response")),
             qPrintable(second->problem()));
    QCOMPARE(second->answer(8), 2);
    QCOMPARE(responses(), 1);

    // A back-office officer does not take the survey: core says who does.
    m_f->switchTo(QStringLiteral("budi"));
    auto other = dialogFor(QString());
    other->setService(QStringLiteral("PKY-01"));
    for (int e = 0; e < 9; ++e)
        other->setAnswer(e, 3);
    QVERIFY(!other->save());
    QVERIFY2(other->problem().contains(QStringLiteral("front-office")),
             qPrintable(other->problem()));
}

void TestSurveyDialog::respondentWithoutACase()
{
    auto dialog = dialogFor(QString());
    for (int e = 0; e < 9; ++e)
        dialog->setAnswer(e, 3);
    QVERIFY(!dialog->save());
    QVERIFY2(dialog->problem().contains(QStringLiteral("Choose the service")),
             qPrintable(dialog->problem()));
    dialog->setService(QStringLiteral("PKY-02"));
    dialog->setSource(SurveyResponse::Source::Paper);
    auto* gender = dialog->findChild<QComboBox*>(QStringLiteral("genderComboBox"));
    gender->setCurrentIndex(gender->findData(QStringLiteral("L")));
    QVERIFY2(dialog->save(), qPrintable(dialog->problem()));
    QString error;
    const auto stored = SurveyStore(*m_f->database, *m_f->catalog)
                            .responses(QDate(2024, 1, 3), QDate(2024, 1, 3), QString(), &error);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().serviceCode, QStringLiteral("PKY-02"));
    QCOMPARE(stored.first().source, SurveyResponse::Source::Paper);
    QCOMPARE(stored.first().gender, QStringLiteral("L"));
    QCOMPARE(stored.first().caseId, 0);
}

void TestSurveyDialog::caseViewOffersTheSurvey()
{
    const QString number = handedOverCase();
    ProductIssuer issuer(*m_f->database, *m_f->catalog,
                         m_f->dir->filePath(QStringLiteral("templates")));
    CaseWorkflow flow(*m_f->database, *m_f->catalog, &issuer);
    ui::CaseViewWidget view(*m_f->session, flow, issuer);
    view.setClock([] { return at("2024-01-03T10:00:00+07:00"); });
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QVERIFY(view.openCase(number));
    auto* button = view.findChild<QPushButton*>(QStringLiteral("surveyButton"));
    QVERIFY(button->isEnabled());
    bool answered = false;
    whenShown<ui::SurveyDialog>(
        [](ui::SurveyDialog* dialog) {
            for (int e = 0; e < 9; ++e)
                dialog->setAnswer(e, 4);
            dialog->save();
        },
        &answered);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(answered);
    QVERIFY2(view.message().contains(
                 QStringLiteral("satisfaction survey of %1 is recorded").arg(number)),
             qPrintable(view.message()));
    QVERIFY(!button->isEnabled());
    QCOMPARE(responses(), 1);

    // Not for a case still in work, nor for a back-office officer.
    QVERIFY(view.openCase(m_f->registerCase(QStringLiteral("PKY-08"), m_f->tick())));
    QVERIFY(!button->isEnabled());
    const QString another = handedOverCase();
    m_f->switchTo(QStringLiteral("budi"));
    QVERIFY(view.openCase(another));
    QVERIFY(!button->isEnabled());
    QVERIFY(button->toolTip().contains(QStringLiteral("front-office")));
}

void TestSurveyDialog::reportDialogShowsTheIndex()
{
    SurveyStore store(*m_f->database, *m_f->catalog);
    QString error;
    for (int r = 0; r < 4; ++r) {
        SurveyResponse response;
        response.serviceCode = QStringLiteral("PKY-01");
        response.answeredOn = QDate(2024, 1, 2);
        response.answers.fill(r < 2 ? 4 : 3); // NRR 3,5 each: IKM 87,50, B
        QVERIFY2(store.record(response, m_f->user(QStringLiteral("siti")),
                              at("2024-01-03T10:00:00+07:00"), &error),
                 qPrintable(error));
    }
    ui::IkmReportDialog dialog(*m_f->session);
    dialog.setPeriod(QDate(2024, 1, 1), QDate(2024, 1, 31));
    QVERIFY(dialog.data());
    QCOMPARE(dialog.data()->result.respondents, 4);
    QCOMPARE(dialog.data()->result.converted, 87.5);
    QVERIFY2(dialog.summaryText().contains(QStringLiteral("87,50")),
             qPrintable(dialog.summaryText()));
    QVERIFY(dialog.summaryText().contains(QStringLiteral("B (Baik)")));
    QVERIFY(dialog.summaryText().contains(QStringLiteral("Bobot: 1/9")));
    auto* elements = dialog.findChild<QTableWidget*>(QStringLiteral("elementsTableWidget"));
    QCOMPARE(elements->rowCount(), 9);
    QCOMPARE(elements->item(0, 2)->text(), QStringLiteral("14"));
    QCOMPARE(elements->item(0, 3)->text(), QStringLiteral("3,500"));
    auto* services = dialog.findChild<QTableWidget*>(QStringLiteral("servicesTableWidget"));
    QCOMPARE(services->rowCount(), 1);
    dialog.resize(860, 680);
    keepPicture(&dialog, "ikm-dialog.png");

    dialog.setService(QStringLiteral("PKY-02"));
    QCOMPARE(dialog.data()->result.respondents, 0);
    QCOMPARE(elements->rowCount(), 0);

    dialog.setService(QString());
    const QString pdf = m_f->dir->filePath(QStringLiteral("ikm.pdf"));
    dialog.setPathChooser([pdf](QWidget*, const QString&) { return pdf; });
    QString written;
    QVERIFY(dialog.savePdf(&written));
    QCOMPARE(written, pdf);
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

void TestSurveyDialog::settingsChangeTheWeight()
{
    const QString ini = m_f->dir->filePath(QStringLiteral("loket.ini"));
    QString error;
    {
        ui::WorkstationSettings settings(ini);
        ui::SettingsDialog dialog(settings);
        dialog.setOfficeSettings(*m_f->database, m_f->user(QStringLiteral("admin")));
        auto* weight = dialog.findChild<QComboBox*>(QStringLiteral("ikmWeightComboBox"));
        QVERIFY(weight->isEnabled());
        QCOMPARE(weight->currentText(), QStringLiteral("1/9 (exact)"));
        weight->setCurrentIndex(1);
        QCOMPARE(weight->currentText(), QStringLiteral("0,11 (as printed in the regulation)"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(IkmWeightSetting::load(*m_f->database, &error), SatisfactionIndex::Weight::Printed011);
    {
        ui::WorkstationSettings settings(ini);
        ui::SettingsDialog dialog(settings);
        dialog.setOfficeSettings(*m_f->database, m_f->user(QStringLiteral("siti")));
        auto* weight = dialog.findChild<QComboBox*>(QStringLiteral("ikmWeightComboBox"));
        QCOMPARE(weight->currentIndex(), 1);
        QVERIFY(!weight->isEnabled()); // only an administrator changes it
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("ikmWeightNoteLabel"))
                    ->text()
                    .contains(QStringLiteral("administrator")));
    }
}

QTEST_MAIN(TestSurveyDialog)
#include "tst_surveydialog.moc"
