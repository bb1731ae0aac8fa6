#pragma once

#include "BackupProgress.h"
#include "Database.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace loket {

// Copies every row of Loket's tables from one database to another with the same schema, in
// either direction between SQLite and PostgreSQL. Columns are matched by name; values pass as
// they are read (text, integers, binary content, NULL). The caller holds the transactions.
class TableCopier
{
    Q_DECLARE_TR_FUNCTIONS(loket::TableCopier)
public:
    // The tables of a SQLite database built by the Migrator, each after the tables it refers
    // to, so that rows can be inserted with foreign keys checked. Taken from the file's own
    // catalogue, never from a hand-kept list; SQLite's own tables and the manifest left out.
    static QStringList tablesInOrder(Database& sqlite, QString* errorMessage);

    TableCopier(Database& source, Database& target);
    void setProgress(BackupProgressCallback progress) { m_progress = std::move(progress); }

    // Copies `tables` in order; `copied` gets the rows copied per table. False on an error or
    // when the progress callback cancelled (errorMessage says which).
    bool copy(const QStringList& tables, QMap<QString, qint64>* copied, QString* errorMessage);

    // After rows came in with their own ids, PostgreSQL's identity columns must continue after
    // the largest id, or the next insert would collide.
    static bool resetIdentities(Database& postgres, const QStringList& tables,
                                QString* errorMessage);

private:
    bool copyTable(const QString& table, qint64* rows, QString* errorMessage);
    bool report(const QString& table);

    Database& m_source;
    Database& m_target;
    BackupProgressCallback m_progress;
    BackupProgress m_state;
};

} // namespace loket
