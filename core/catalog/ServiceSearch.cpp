#include "ServiceSearch.h"

#include <QRegularExpression>
#include <algorithm>
#include <tuple>

namespace loket {

namespace {

// Words an abbreviation may leave out: PUB is "Pengumpulan Uang dan Barang", ABH "Anak
// Berhadapan dengan Hukum" — while ODGJ keeps the "Dengan" of "Orang Dengan Gangguan Jiwa".
bool isLinkWord(const QString& word)
{
    static const QStringList links { QStringLiteral("dan"),     QStringLiteral("atau"),
                                     QStringLiteral("dengan"),  QStringLiteral("bagi"),
                                     QStringLiteral("ke"),      QStringLiteral("di"),
                                     QStringLiteral("dari"),    QStringLiteral("dalam"),
                                     QStringLiteral("untuk"),   QStringLiteral("yang"),
                                     QStringLiteral("melalui"), QStringLiteral("pada") };
    return links.contains(word);
}

// "KIS-PBI" is also found as "kispbi", "UEP-P" as "uepp".
QStringList joinedTokens(const QString& text)
{
    QStringList result;
    for (const QString& token : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        result << ServiceSearch::words(token).join(QString());
    return result;
}

QStringList withoutRepeats(QStringList words)
{
    words.removeAll(QString());
    words.removeDuplicates();
    return words;
}

} // namespace

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
    for (const Service& service : catalog.services)
        m_entries << entryFor(service);
}

ServiceSearch::Entry ServiceSearch::entryFor(const Service& service)
{
    Entry entry;
    const QStringList nameWords = words(service.name);
    // "PKY-05" is also found as "pky05".
    entry.words[Name] = withoutRepeats(
        nameWords + words(service.code) + joinedTokens(service.name)
        + QStringList { QString(service.code).remove(QLatin1Char('-')).toCaseFolded() });
    entry.words[Product]
        = withoutRepeats(words(service.product.name) + joinedTokens(service.product.name));
    QStringList keywords;
    for (const QString& keyword : service.keywords)
        keywords << words(keyword) << words(keyword).join(QString());
    entry.words[Keywords] = withoutRepeats(keywords);
    entry.words[Division] = withoutRepeats(words(service.division));
    entry.nameInitials = initialsOf(nameWords);
    return entry;
}

// "Rekomendasi Izin Pengumpulan Uang dan Barang" gives "riuidb" and, without its link words,
// "riupb": an abbreviation is a run of either.
QStringList ServiceSearch::initialsOf(const QStringList& nameWords)
{
    QString all;
    QString content;
    for (const QString& word : nameWords) {
        if (word.front().isDigit())
            continue;
        all += word.front();
        if (!isLinkWord(word))
            content += word.front();
    }
    return { all, content };
}

std::optional<ServiceSearch::Score> ServiceSearch::score(const Entry& entry,
                                                         const QStringList& typed)
{
    Score total;
    for (const QString& word : typed) {
        int found = -1; // the best field the word starts a word of
        bool whole = false;
        for (int field = Name; field >= Division && found < 0; --field) {
            for (const QString& candidate : entry.words[field]) {
                if (candidate.startsWith(word)) {
                    found = field;
                    whole = whole || candidate.size() == word.size();
                }
            }
        }
        if (found < 0)
            return std::nullopt;
        // Initials alone are too loose to find a service by, but an abbreviation found among
        // the keywords that stands for words of the name ("LKS" for "Lembaga Kesejahteraan
        // Sosial") belongs to the name.
        if (found != Name && word.size() >= 2
            && std::any_of(entry.nameInitials.cbegin(), entry.nameInitials.cend(),
                           [&word](const QString& initials) { return initials.contains(word); })) {
            found = Name;
            whole = true;
        }
        total.weight += found;
        total.nameWords += found == Name ? 1 : 0;
        total.wholeWords += whole ? 1 : 0;
    }
    return total;
}

QList<int> ServiceSearch::find(const QString& query) const
{
    const QStringList typed = words(query);
    QList<std::pair<Score, int>> matches;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (const std::optional<Score> found = score(m_entries.at(i), typed))
            matches.append({ *found, i });
    }
    std::stable_sort(matches.begin(), matches.end(), [](const auto& a, const auto& b) {
        return std::tie(a.first.weight, a.first.nameWords, a.first.wholeWords)
            > std::tie(b.first.weight, b.first.nameWords, b.first.wholeWords);
    });
    QList<int> result;
    for (const auto& match : matches)
        result << match.second;
    return result;
}

} // namespace loket
