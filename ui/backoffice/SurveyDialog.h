#pragma once

#include "CaseModel.h"
#include "Clock.h"
#include "Session.h"
#include "SurveyStore.h"

#include <QDialog>
#include <memory>

class QButtonGroup;
class QRadioButton;

namespace Ui {
class SurveyDialog;
}

namespace loket::ui {

// Records one respondent's answers to the satisfaction survey (SKM): nine rows, one per
// element U1–U9, each with four options; the keys 1–4 answer the row with the focus and move
// to the next. Where the answers come from (the screen or a paper questionnaire), the date,
// and an optional profile and suggestion. Save refuses while an element is unanswered and keeps
// everything typed; core (SurveyStore) checks again and its refusal is shown in the dialog.
//
// `caseNumber` empty: a respondent without a case, whose service is chosen in the dialog.
class SurveyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SurveyDialog(Session& session, const QString& caseNumber = QString(),
                          QWidget* parent = nullptr);
    ~SurveyDialog() override;

    void setClock(Clock clock);

    // 1–4, or 0 to clear; `element` 0–8.
    void setAnswer(int element, int value);
    int answer(int element) const;
    QRadioButton* optionButton(int element, int value) const;
    void setSource(SurveyResponse::Source source);
    void setService(const QString& code); // without a case
    SurveyResponse response() const; // as typed

    QString problem() const;
    qint64 recordedId() const { return m_recordedId; }

    bool save(); // what Save does: true when stored (the dialog then closes)
    void printQuestionnaire();

    // The short question and the four options of the screen, translated.
    static QString shortQuestion(int element);
    static QStringList optionTexts(int element);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildAnswerRows();
    void setProblem(const QString& text);
    void focusRow(int element);

    std::unique_ptr<Ui::SurveyDialog> m_ui;
    Session& m_session;
    std::optional<Case> m_case;
    Clock m_clock = m_session.clock; // the session's, unless set otherwise
    QList<QButtonGroup*> m_groups;
    qint64 m_recordedId = 0;
};

} // namespace loket::ui
