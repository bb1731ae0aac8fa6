#include "DtksNameWords.h"

#include <QSqlError>

namespace loket {

QStringList DtksNameWords::wordsOf(const QString& nameKey)
{
    QStringList words = nameKey.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    words.removeDuplicates();
    return words;
}

QString DtksNameWords::prefixEnd(const QString& prefix)
{
    // Keys hold letters and digits only, all below U+FFFF (the applicants' index does the same).
    return prefix + QChar(0xFFFF);
}

DtksNameWords::DtksNameWords(Database& database, qint64 extractId)
    : m_insert(database.connection())
    , m_extractId(extractId)
{
    m_prepared = m_insert.prepare(
        QStringLiteral("INSERT INTO dtks_name_words (word, extract_id, line_number, name_key)"
                       " VALUES (?, ?, ?, ?)"));
}

bool DtksNameWords::prepared() const
{
    return m_prepared;
}

bool DtksNameWords::add(int line, const QString& nameKey)
{
    for (const QString& word : wordsOf(nameKey)) {
        m_insert.bindValue(0, word);
        m_insert.bindValue(1, m_extractId);
        m_insert.bindValue(2, line);
        m_insert.bindValue(3, nameKey);
        if (!m_insert.exec())
            return false;
    }
    return true;
}

} // namespace loket
