#pragma once

#include "Database.h"
#include "Dtks.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {

// The word index of the extracts' names (dtks_name_words): one row per distinct word of a row's
// name key, with the key, so that a name search reads an index range (`word >= :p AND word <
// :p_end`) and checks the other words there, instead of scanning every name, on SQLite and
// PostgreSQL alike.
class DtksNameWords
{
public:
    // The distinct words of a name key ("SITI NUR SITI" → SITI, NUR).
    static QStringList wordsOf(const QString& nameKey);
    // The first text after every text that starts with `prefix`.
    static QString prefixEnd(const QString& prefix);

    // Prepares the insert for one extract's import (inside its transaction).
    DtksNameWords(Database& database, qint64 extractId);
    bool prepared() const;
    // Indexes the words of the row at `line`; false (see lastError) on a database error.
    bool add(int line, const QString& nameKey);
    QSqlError lastError() const { return m_insert.lastError(); }

private:
    QSqlQuery m_insert;
    qint64 m_extractId;
    bool m_prepared;
};

} // namespace loket
