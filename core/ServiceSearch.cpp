#include "ServiceSearch.h"

#include <QRegularExpression>

namespace loket {

QStringList ServiceSearch::words(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList result;
    for (const QString& word : text.toCaseFolded().split(separators, Qt::SkipEmptyParts))
        result << word;
    return result;
}

ServiceSearch::ServiceSearch(const Catalog& catalog)
{
    for (const Service& service : catalog.services) {
        QStringList all = words(service.name) + words(service.division) + words(service.code)
            + words(service.product.name);
        for (const QString& keyword : service.keywords)
            all += words(keyword);
        // "KIS-PBI" is also found as "kispbi"; "PKY-05" as "pky05".
        all << QString(service.code).remove(QLatin1Char('-')).toCaseFolded();
        for (const QString& keyword : service.keywords)
            all << words(keyword).join(QString());
        for (const QString& token : QString(service.name + QLatin1Char(' ') + service.product.name)
                                        .split(QLatin1Char(' '), Qt::SkipEmptyParts))
            all << words(token).join(QString());
        all.removeAll(QString());
        all.removeDuplicates();
        m_words << all;
    }
}

QList<int> ServiceSearch::find(const QString& query) const
{
    const QStringList typed = words(query);
    QList<int> matches;
    for (int i = 0; i < m_words.size(); ++i) {
        const QStringList& candidates = m_words.at(i);
        bool all = true;
        for (const QString& word : typed) {
            bool found = false;
            for (const QString& candidate : candidates) {
                if (candidate.startsWith(word)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                all = false;
                break;
            }
        }
        if (all)
            matches << i;
    }
    return matches;
}

} // namespace loket
