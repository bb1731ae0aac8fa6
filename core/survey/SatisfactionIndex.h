#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <array>

namespace loket {

// The community satisfaction index (Indeks Kepuasan Masyarakat) of PermenPANRB 14/2017:
// nine elements answered on a 1–4 scale; each element's average (NRR) is weighted, summed and
// converted ×25, then graded A–D.
class SatisfactionIndex
{
    Q_DECLARE_TR_FUNCTIONS(loket::SatisfactionIndex)
public:
    static constexpr int ElementCount = 9;
    using Answers = std::array<int, ElementCount>; // one respondent, each 1–4

    // The weight of each element: exactly 1/9, or 0,11 as the regulation prints it (the sum
    // of the weights is then 0,99). Reports say which was used.
    enum class Weight { NinthExact, Printed011 };

    struct Result
    {
        int respondents = 0;
        std::array<double, ElementCount> average {}; // NRR per element
        double index = 0; // sum of weighted NRR, 1–4
        double converted = 0; // index × 25, rounded to two decimals as reports print it
        QChar grade; // A, B, C or D
        QString gradeText; // "Sangat baik", "Baik", "Kurang baik", "Tidak baik"
    };

    // Empty when every answer is 1–4; else which respondent and element is wrong.
    static QString check(const QList<Answers>& answers);
    static Result compute(const QList<Answers>& answers, Weight weight);
    static double weightOf(Weight weight);
    static QStringList elementNames(); // the nine elements, as the regulation names them
};

} // namespace loket
