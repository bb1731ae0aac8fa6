#pragma once

#include "Catalog.h"
#include "SatisfactionIndex.h"

#include <QDate>
#include <QStringList>

namespace loket {

// The printed questionnaire of the satisfaction survey, after the appendix of PermenPANRB
// 14/2017: the respondent's profile, the nine questions U1–U9 with their four answers (a–d
// score 1–4) and room for suggestions. In formal Indonesian: these texts are the regulation's
// wording, data rather than interface.
//
// The questions follow the elements' numbering U1–U9 (U8 complaint handling, U9 facilities),
// so that a paper's answers are typed in the same order as the screen shows them.
class SurveyQuestionnaire
{
public:
    struct Prefill
    {
        QString caseNumber; // empty: blank
        QString serviceText; // "KTB-01 Pelayanan Izin Ziarah …"; empty: a line to write on
        QDate date; // invalid: blank
    };

    static QString question(int element); // 0–8
    static QStringList options(int element); // four answers, a (1) to d (4)
    static QStringList educationOptions(); // the profile's boxes
    static QStringList occupationOptions();

    static QString html(const Office& office, const Prefill& prefill);
};

} // namespace loket
