#include "SatisfactionIndex.h"

#include <cmath>

namespace loket {

QString SatisfactionIndex::check(const QList<Answers>& answers)
{
    if (answers.isEmpty())
        return tr("There are no answers yet.");
    for (qsizetype r = 0; r < answers.size(); ++r) {
        for (int e = 0; e < ElementCount; ++e) {
            const int value = answers.at(r).at(static_cast<size_t>(e));
            if (value < 1 || value > 4)
                return tr("Respondent %1, element %2: %3 is not on the 1–4 scale.")
                    .arg(r + 1)
                    .arg(e + 1)
                    .arg(value);
        }
    }
    return {};
}

double SatisfactionIndex::weightOf(Weight weight)
{
    return weight == Weight::Printed011 ? 0.11 : 1.0 / ElementCount;
}

SatisfactionIndex::Result SatisfactionIndex::compute(const QList<Answers>& answers, Weight weight)
{
    Result result;
    result.respondents = static_cast<int>(answers.size());
    if (answers.isEmpty())
        return result;
    for (int e = 0; e < ElementCount; ++e) {
        double sum = 0;
        for (const Answers& respondent : answers)
            sum += respondent.at(static_cast<size_t>(e));
        result.average[static_cast<size_t>(e)] = sum / result.respondents;
        result.index += result.average[static_cast<size_t>(e)] * weightOf(weight);
    }
    // Graded on the converted value as printed, to two decimals.
    // Half up, as printed by hand (83,875 → 83,88); the epsilon absorbs binary fractions.
    result.converted = std::round(result.index * 25.0 * 100.0 + 1e-6) / 100.0;
    if (result.converted >= 88.31) {
        result.grade = QLatin1Char('A');
        result.gradeText = QStringLiteral("Sangat baik");
    } else if (result.converted >= 76.61) {
        result.grade = QLatin1Char('B');
        result.gradeText = QStringLiteral("Baik");
    } else if (result.converted >= 65.00) {
        result.grade = QLatin1Char('C');
        result.gradeText = QStringLiteral("Kurang baik");
    } else {
        result.grade = QLatin1Char('D');
        result.gradeText = QStringLiteral("Tidak baik");
    }
    return result;
}

QStringList SatisfactionIndex::elementNames()
{
    // The regulation's own wording: reports are printed in Indonesian.
    return { QStringLiteral("Persyaratan"),
             QStringLiteral("Sistem, mekanisme dan prosedur"),
             QStringLiteral("Waktu penyelesaian"),
             QStringLiteral("Biaya/tarif"),
             QStringLiteral("Produk spesifikasi jenis pelayanan"),
             QStringLiteral("Kompetensi pelaksana"),
             QStringLiteral("Perilaku pelaksana"),
             QStringLiteral("Penanganan pengaduan, saran dan masukan"),
             QStringLiteral("Sarana dan prasarana") };
}

} // namespace loket
