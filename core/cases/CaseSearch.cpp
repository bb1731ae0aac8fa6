#include "CaseSearch.h"

#include "ApplicantStore.h"

#include <QRegularExpression>

namespace loket {
namespace {

// The smallest string after every string that starts with `prefix`, for index range scans.
QString prefixEnd(const QString& prefix)
{
    return prefix + QChar(0xFFFF);
}

SqlCondition startsWith(const QString& column, const QString& prefix, const QString& name)
{
    return { QStringLiteral("(%1 >= :%2from AND %1 < :%2to)").arg(column, name),
             { { QStringLiteral(":%1from").arg(name), prefix },
               { QStringLiteral(":%1to").arg(name), prefixEnd(prefix) } } };
}

std::optional<SqlCondition> nameWords(const QString& text)
{
    // Every typed word must begin a word of the applicant's name, in any order.
    const QStringList words = ApplicantStore::nameWords(text);
    if (words.isEmpty())
        return std::nullopt;
    QStringList parts;
    SqlCondition condition;
    for (int i = 0; i < words.size(); ++i) {
        parts << QStringLiteral("SELECT person_id FROM person_name_words WHERE word >= :word%1from"
                                " AND word < :word%1to")
                     .arg(i);
        condition.binds.append({ QStringLiteral(":word%1from").arg(i), words.at(i) });
        condition.binds.append({ QStringLiteral(":word%1to").arg(i), prefixEnd(words.at(i)) });
    }
    // Organisations are few: their names may match anywhere.
    QString pattern = text.toLower();
    pattern.remove(QLatin1Char('%')).remove(QLatin1Char('_'));
    condition.binds.append(
        { QStringLiteral(":organisation"), QStringLiteral("%%1%").arg(pattern) });
    condition.sql = QStringLiteral("(c.person_id IN (%1) OR c.organisation_id IN (SELECT id FROM"
                                   " organisations WHERE LOWER(name) LIKE :organisation))")
                        .arg(parts.join(QStringLiteral(" INTERSECT ")));
    return condition;
}

} // namespace

QList<SqlCondition> CaseSearch::alternatives(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QList<SqlCondition> result;
    result.append(
        { QStringLiteral("c.case_number = :number"), { { QStringLiteral(":number"), trimmed } } });
    const QString nik = ApplicantStore::normalisedNik(trimmed);
    static const QRegularExpression digits(QStringLiteral("^\\d{4,16}$"));
    if (digits.match(nik).hasMatch())
        result.append(startsWith(QStringLiteral("p.nik"), nik, QStringLiteral("nik")));
    // A service code ("pky-08"): that service's cases, as the number carries the code too.
    static const QRegularExpression serviceCode(QStringLiteral("^[A-Za-z]{3}-\\d{2}$"));
    if (serviceCode.match(trimmed).hasMatch()) {
        result.append({ QStringLiteral("c.service_code = :code"),
                        { { QStringLiteral(":code"), trimmed.toUpper() } } });
    } else if (trimmed.contains(QLatin1Char('/')) || trimmed.front().isDigit()) {
        result.append(startsWith(QStringLiteral("c.case_number"), trimmed.toUpper(),
                                 QStringLiteral("prefix")));
    } else if (const std::optional<SqlCondition> names = nameWords(trimmed)) {
        result.append(*names);
    }
    return result;
}

} // namespace loket
