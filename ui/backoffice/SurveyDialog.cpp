#include "SurveyDialog.h"

#include "CaseModel.h"
#include "CaseQueries.h"
#include "IndonesianText.h"
#include "PrintFlow.h"
#include "SurveyDocument.h"
#include "SurveyQuestionnaire.h"
#include "WorkingCalendar.h"
#include "ui_surveydialog.h"

#include <QButtonGroup>
#include <QKeyEvent>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QTextDocument>

namespace loket::ui {
namespace {

struct Row
{
    const char* question;
    const char* options[4][2]; // English source and the regulation's words, for translators
};

#define OPTION(en, id) QT_TRANSLATE_NOOP3("loket::ui::SurveyDialog", en, id)
// Short forms of PermenPANRB 14/2017's nine questions; translate the options with the
// regulation's own words (the second value of each pair).
const Row rows[SatisfactionIndex::ElementCount] = {
    { QT_TRANSLATE_NOOP("loket::ui::SurveyDialog", "Requirements match the service"),
      { OPTION("Not suitable", "Tidak sesuai"), OPTION("Hardly suitable", "Kurang sesuai"),
        OPTION("Suitable", "Sesuai"), OPTION("Very suitable", "Sangat sesuai") } },
    { QT_TRANSLATE_NOOP("loket::ui::SurveyDialog", "Ease of the procedure"),
      { OPTION("Not easy", "Tidak mudah"), OPTION("Hardly easy", "Kurang mudah"),
        OPTION("Easy", "Mudah"), OPTION("Very easy", "Sangat mudah") } },
    { QT_TRANSLATE_NOOP("loket::ui::SurveyDialog", "Speed of the service"),
      { OPTION("Not fast", "Tidak cepat"), OPTION("Hardly fast", "Kurang cepat"),
        OPTION("Fast", "Cepat"), OPTION("Very fast", "Sangat cepat") } },
    { QT_TRANSLATE_NOOP("loket::ui::SurveyDialog", "Fairness of the fee"),
      { OPTION("Very expensive", "Sangat mahal"), OPTION("Fairly expensive", "Cukup mahal"),
        OPTION("Cheap", "Murah"), OPTION("Free", "Gratis") } },
    { QT_TRANSLATE_NOOP("loket::ui::SurveyDialog", "Product matches the service standard"),
      { OPTION("Not suitable", "Tidak sesuai"), OPTION("Hardly suitable", "Kurang sesuai"),
        OPTION("Suitable", "Sesuai"), OPTION("Very suitable", "Sangat sesuai") } },
    { QT_TRANSLATE_NOOP("loket::ui::SurveyDialog", "Competence of the staff"),
      { OPTION("Not competent", "Tidak kompeten"), OPTION("Hardly competent", "Kurang kompeten"),
        OPTION("Competent", "Kompeten"), OPTION("Very competent", "Sangat kompeten") } },
    { QT_TRANSLATE_NOOP("loket::ui::SurveyDialog", "Courtesy and friendliness of the staff"),
      { OPTION("Not polite and friendly", "Tidak sopan dan ramah"),
        OPTION("Hardly polite and friendly", "Kurang sopan dan ramah"),
        OPTION("Polite and friendly", "Sopan dan ramah"),
        OPTION("Very polite and friendly", "Sangat sopan dan ramah") } },
    { QT_TRANSLATE_NOOP("loket::ui::SurveyDialog", "Handling of complaints"),
      { OPTION("None", "Tidak ada"),
        OPTION("Exists but does not work", "Ada tetapi tidak berfungsi"),
        OPTION("Works, not fully", "Berfungsi kurang maksimal"),
        OPTION("Well managed", "Dikelola dengan baik") } },
    { QT_TRANSLATE_NOOP("loket::ui::SurveyDialog", "Quality of the facilities"),
      { OPTION("Poor", "Buruk"), OPTION("Fair", "Cukup"), OPTION("Good", "Baik"),
        OPTION("Very good", "Sangat baik") } },
};
#undef OPTION

QDate officeToday(const Session& session, const QDateTime& now)
{
    return now.toTimeZone(officeHoursOf(session.catalog.office).zone).date();
}

} // namespace

QString SurveyDialog::shortQuestion(int element)
{
    return tr(rows[element].question);
}

QStringList SurveyDialog::optionTexts(int element)
{
    QStringList texts;
    for (const auto& option : rows[element].options)
        texts << tr(option[0], option[1]);
    return texts;
}

SurveyDialog::SurveyDialog(Session& session, const QString& caseNumber, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SurveyDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    QString readError;
    if (!caseNumber.isEmpty())
        m_case = CaseQueries(session.database).find(caseNumber, &readError);
    for (const Service& service : session.catalog.services)
        m_ui->serviceComboBox->addItem(service.code + QStringLiteral("  ") + service.name,
                                       service.code);
    m_ui->headingLabel->setTextFormat(Qt::PlainText); // the applicant's name as typed
    if (m_case) {
        const Service* service = session.catalog.service(m_case->serviceCode);
        m_ui->headingLabel->setText(tr("Case %1 — %2 — %3")
                                        .arg(m_case->number, m_case->person.fullName,
                                             service ? service->name : m_case->serviceCode));
        setService(m_case->serviceCode);
        m_ui->serviceComboBox->setEnabled(false);
    } else {
        m_ui->headingLabel->setText(
            caseNumber.isEmpty() ? tr("A respondent without a case: choose the service received.")
                : !readError.isEmpty() ? readError
                                       : tr("There is no case %1.").arg(caseNumber));
        m_ui->serviceComboBox->setCurrentIndex(-1);
    }
    m_ui->sourceComboBox->addItem(tr("On screen, by the respondent"),
                                  surveySourceKey(SurveyResponse::Source::Screen));
    m_ui->sourceComboBox->addItem(tr("From a paper questionnaire"),
                                  surveySourceKey(SurveyResponse::Source::Paper));
    m_ui->genderComboBox->addItem(tr("not given"), QString());
    m_ui->genderComboBox->addItem(tr("Male (L)"), QStringLiteral("L"));
    m_ui->genderComboBox->addItem(tr("Female (P)"), QStringLiteral("P"));
    m_ui->ageSpinBox->setRange(0, SurveyStore::MaximumAge);
    m_ui->ageSpinBox->setSpecialValueText(tr("not given"));
    m_ui->ageSpinBox->setSuffix(tr(" years"));
    m_ui->educationComboBox->addItem(QString());
    m_ui->educationComboBox->addItems(SurveyQuestionnaire::educationOptions());
    m_ui->occupationComboBox->addItem(QString());
    m_ui->occupationComboBox->addItems(SurveyQuestionnaire::occupationOptions());
    buildAnswerRows();
    setClock(m_session.clock);

    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)
        ->setToolTip(tr("Store the answers (all nine elements must be answered)"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->questionnaireButton->setToolTip(
        tr("Print the questionnaire for the respondent to fill in on paper"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SurveyDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->questionnaireButton, &QPushButton::clicked, this,
            &SurveyDialog::printQuestionnaire);
    setProblem(QString());
}

SurveyDialog::~SurveyDialog() = default;

void SurveyDialog::buildAnswerRows()
{
    QWidget* previous = m_ui->sourceComboBox;
    for (int e = 0; e < SatisfactionIndex::ElementCount; ++e) {
        auto* label = new QLabel(
            QStringLiteral("<b>U%1</b> %2").arg(e + 1).arg(shortQuestion(e).toHtmlEscaped()),
            m_ui->answersGroupBox);
        label->setToolTip(SurveyQuestionnaire::question(e)); // the paper's wording
        m_ui->answersLayout->addWidget(label, e, 0);
        auto* group = new QButtonGroup(this);
        const QStringList texts = optionTexts(e);
        for (int o = 0; o < texts.size(); ++o) {
            auto* button = new QRadioButton(
                QStringLiteral("%1 \u2013 %2").arg(o + 1).arg(texts.at(o)), m_ui->answersGroupBox);
            button->setObjectName(QStringLiteral("answer%1_%2").arg(e + 1).arg(o + 1));
            button->setToolTip(tr("Key %1; answer %2 on the paper questionnaire")
                                   .arg(o + 1)
                                   .arg(QChar(QLatin1Char('a').unicode() + o)));
            button->installEventFilter(this);
            group->addButton(button, o + 1);
            m_ui->answersLayout->addWidget(button, e, o + 1);
            setTabOrder(previous, button);
            previous = button;
        }
        m_groups << group;
    }
    setTabOrder(previous, m_ui->genderComboBox);
}

void SurveyDialog::setClock(Clock clock)
{
    m_clock = std::move(clock);
    const QDate today = officeToday(m_session, m_clock());
    m_ui->answeredOnDateEdit->setMaximumDate(today);
    if (m_case && m_case->receivedAt.isValid())
        m_ui->answeredOnDateEdit->setMinimumDate(
            m_case->receivedAt.toTimeZone(officeHoursOf(m_session.catalog.office).zone).date());
    m_ui->answeredOnDateEdit->setDate(today);
}

bool SurveyDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key >= Qt::Key_1 && key <= Qt::Key_4) {
            for (int e = 0; e < m_groups.size(); ++e) {
                if (m_groups.at(e)->buttons().contains(watched)) {
                    setAnswer(e, key - Qt::Key_0);
                    focusRow(e + 1);
                    return true;
                }
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SurveyDialog::focusRow(int element)
{
    if (element >= m_groups.size()) {
        m_ui->genderComboBox->setFocus(Qt::TabFocusReason);
        return;
    }
    QAbstractButton* target = m_groups.at(element)->checkedButton();
    (target ? target : m_groups.at(element)->buttons().first())->setFocus(Qt::TabFocusReason);
}

void SurveyDialog::setAnswer(int element, int value)
{
    QButtonGroup* group = m_groups.value(element);
    if (!group)
        return;
    if (value >= 1 && value <= 4) {
        group->button(value)->setChecked(true);
    } else if (QAbstractButton* checked = group->checkedButton()) {
        group->setExclusive(false);
        checked->setChecked(false);
        group->setExclusive(true);
    }
}

int SurveyDialog::answer(int element) const
{
    const QButtonGroup* group = m_groups.value(element);
    return group && group->checkedId() > 0 ? group->checkedId() : 0;
}

QRadioButton* SurveyDialog::optionButton(int element, int value) const
{
    const QButtonGroup* group = m_groups.value(element);
    return group ? qobject_cast<QRadioButton*>(group->button(value)) : nullptr;
}

void SurveyDialog::setSource(SurveyResponse::Source source)
{
    m_ui->sourceComboBox->setCurrentIndex(m_ui->sourceComboBox->findData(surveySourceKey(source)));
}

void SurveyDialog::setService(const QString& code)
{
    m_ui->serviceComboBox->setCurrentIndex(m_ui->serviceComboBox->findData(code));
}

SurveyResponse SurveyDialog::response() const
{
    SurveyResponse response;
    response.caseId = m_case ? m_case->id : 0;
    response.serviceCode
        = m_case ? m_case->serviceCode : m_ui->serviceComboBox->currentData().toString();
    response.answeredOn = m_ui->answeredOnDateEdit->date();
    surveySourceFromKey(m_ui->sourceComboBox->currentData().toString(), &response.source);
    for (int e = 0; e < SatisfactionIndex::ElementCount; ++e)
        response.answers[static_cast<size_t>(e)] = answer(e);
    response.gender = m_ui->genderComboBox->currentData().toString();
    response.age = m_ui->ageSpinBox->value();
    response.education = m_ui->educationComboBox->currentText().trimmed();
    response.occupation = m_ui->occupationComboBox->currentText().trimmed();
    response.suggestion = m_ui->suggestionPlainTextEdit->toPlainText().trimmed();
    return response;
}

QString SurveyDialog::problem() const
{
    return m_ui->problemLabel->text();
}

void SurveyDialog::setProblem(const QString& text)
{
    m_ui->problemLabel->setText(text);
    m_ui->problemLabel->setVisible(!text.isEmpty());
}

bool SurveyDialog::save()
{
    for (int e = 0; e < SatisfactionIndex::ElementCount; ++e) {
        if (answer(e) == 0) {
            setProblem(tr("Answer U%1 (%2) before saving; the other answers are kept.")
                           .arg(e + 1)
                           .arg(shortQuestion(e)));
            focusRow(e);
            return false;
        }
    }
    if (!m_case && m_ui->serviceComboBox->currentIndex() < 0) {
        setProblem(tr("Choose the service the respondent received."));
        m_ui->serviceComboBox->setFocus();
        return false;
    }
    QString error;
    const std::optional<qint64> id = SurveyStore(m_session.database, m_session.catalog)
                                         .record(response(), m_session.user, m_clock(), &error);
    if (!id) {
        setProblem(error);
        return false;
    }
    m_recordedId = *id;
    setProblem(QString());
    accept();
    return true;
}

void SurveyDialog::printQuestionnaire()
{
    SurveyQuestionnaire::Prefill prefill;
    const QString code
        = m_case ? m_case->serviceCode : m_ui->serviceComboBox->currentData().toString();
    if (const Service* service = m_session.catalog.service(code))
        prefill.serviceText = service->code + QLatin1Char(' ') + service->name;
    if (m_case)
        prefill.caseNumber = m_case->number;
    const auto document
        = SurveyDocument::document(SurveyQuestionnaire::html(m_session.catalog.office, prefill),
                                   SurveyDocument::QuestionnairePointSize);
    PrintFlow::preview(SurveyDocument::pageLayout(), tr("Satisfaction survey questionnaire"), this,
                       [&document](QPrinter* printer, QString*) {
                           document->print(printer);
                           return true;
                       });
}

} // namespace loket::ui
