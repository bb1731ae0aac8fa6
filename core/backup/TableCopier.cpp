#include "TableCopier.h"

#include "BackupManifest.h"
#include "DatabaseError.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace loket {

namespace {

QString quoted(const QString& identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

// Depth first over the references, so each table comes after those it refers to.
void visit(const QString& table, const QMap<QString, QStringList>& references, QSet<QString>* seen,
           QStringList* ordered)
{
    if (seen->contains(table))
        return;
    seen->insert(table);
    for (const QString& parent : references.value(table)) {
        if (references.contains(parent))
            visit(parent, references, seen, ordered);
    }
    ordered->append(table);
}

constexpr qint64 RowsPerReport = 1000;

} // namespace

QStringList TableCopier::tablesInOrder(Database& sqlite, QString* errorMessage)
{
    QSqlQuery query(sqlite.connection());
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                   " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"))) {
        *errorMessage = tr("Cannot list the tables of the backup: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return {};
    }
    QMap<QString, QStringList> references;
    while (query.next()) {
        const QString table = query.value(0).toString();
        if (table != BackupManifest::TableName)
            references.insert(table, {});
    }
    QSqlQuery keys(sqlite.connection());
    keys.prepare(QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list(:table)"));
    for (auto it = references.begin(); it != references.end(); ++it) {
        keys.bindValue(QStringLiteral(":table"), it.key());
        if (!keys.exec()) {
            *errorMessage = tr("Cannot read the references of %1: %2")
                                .arg(it.key(), DatabaseError::describe(keys.lastError()));
            return {};
        }
        while (keys.next()) {
            const QString parent = keys.value(0).toString();
            if (parent != it.key())
                it.value().append(parent);
        }
    }
    QSet<QString> seen;
    QStringList ordered;
    for (auto it = references.cbegin(); it != references.cend(); ++it)
        visit(it.key(), references, &seen, &ordered);
    return ordered;
}

TableCopier::TableCopier(Database& source, Database& target)
    : m_source(source)
    , m_target(target)
{
}

bool TableCopier::report(const QString& table)
{
    m_state.table = table;
    return !m_progress || m_progress(m_state);
}

bool TableCopier::copy(const QStringList& tables, QMap<QString, qint64>* copied,
                       QString* errorMessage)
{
    m_state = {};
    m_state.tableCount = int(tables.size());
    // The target was just built by the migrations, and some of them seed rows (the DTSEN
    // thresholds' defaults): the source's own rows replace them. Children first, for the keys.
    for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
        QSqlQuery clear(m_target.connection());
        if (!clear.exec(QStringLiteral("DELETE FROM %1").arg(quoted(*table)))) {
            *errorMessage = tr("Cannot write the table %1: %2")
                                .arg(*table, DatabaseError::describe(clear.lastError()));
            return false;
        }
    }
    for (const QString& table : tables) {
        if (!report(table)) {
            *errorMessage = tr("Cancelled.");
            return false;
        }
        qint64 rows = 0;
        if (!copyTable(table, &rows, errorMessage))
            return false;
        copied->insert(table, rows);
        ++m_state.tablesDone;
    }
    if (!report(QString())) {
        *errorMessage = tr("Cancelled.");
        return false;
    }
    return true;
}

bool TableCopier::copyTable(const QString& table, qint64* rows, QString* errorMessage)
{
    // The target's columns decide: PostgreSQL gives names back in lower case, and both
    // schemas were built by the same migrations.
    const QSqlRecord columns = m_target.connection().record(table);
    if (columns.isEmpty()) {
        *errorMessage = tr("The table %1 is missing from the target database.").arg(table);
        return false;
    }
    QStringList names;
    QStringList placeholders;
    for (int i = 0; i < columns.count(); ++i) {
        names << quoted(columns.fieldName(i));
        placeholders << QStringLiteral(":c%1").arg(i);
    }
    const bool hasId = columns.contains(QStringLiteral("id"));
    // Table and column names come from the database's own catalogue, never from input.
    QSqlQuery read(m_source.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2%3")
                       .arg(names.join(QStringLiteral(", ")), quoted(table),
                            hasId ? QStringLiteral(" ORDER BY id") : QString()))) {
        *errorMessage = tr("Cannot read the table %1: %2")
                            .arg(table, DatabaseError::describe(read.lastError()));
        return false;
    }
    QSqlQuery write(m_target.connection());
    if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(quoted(table), names.join(QStringLiteral(", ")),
                                placeholders.join(QStringLiteral(", "))))) {
        *errorMessage = tr("Cannot write the table %1: %2")
                            .arg(table, DatabaseError::describe(write.lastError()));
        return false;
    }
    while (read.next()) {
        for (int i = 0; i < columns.count(); ++i)
            write.bindValue(placeholders.at(i), read.value(i));
        if (!write.exec()) {
            *errorMessage = tr("Cannot copy row %1 of the table %2: %3")
                                .arg(*rows + 1)
                                .arg(table, DatabaseError::describe(write.lastError()));
            return false;
        }
        ++*rows;
        ++m_state.rowsDone;
        if (m_state.rowsDone % RowsPerReport == 0 && !report(table)) {
            *errorMessage = tr("Cancelled.");
            return false;
        }
    }
    if (read.lastError().isValid()) {
        *errorMessage = tr("Cannot read the table %1: %2")
                            .arg(table, DatabaseError::describe(read.lastError()));
        return false;
    }
    return true;
}

bool TableCopier::resetIdentities(Database& postgres, const QStringList& tables,
                                  QString* errorMessage)
{
    QSqlQuery query(postgres.connection());
    for (const QString& table : tables) {
        if (!postgres.connection().record(table).contains(QStringLiteral("id")))
            continue;
        // pg_get_serial_sequence is NULL for an id that is no identity, and setval(NULL)
        // does nothing.
        query.prepare(QStringLiteral("SELECT setval(pg_get_serial_sequence(:table, 'id'),"
                                     " COALESCE(MAX(id), 0) + 1, false) FROM %1")
                          .arg(quoted(table)));
        query.bindValue(QStringLiteral(":table"), table);
        if (!query.exec()) {
            *errorMessage = tr("Cannot continue the numbering of %1: %2")
                                .arg(table, DatabaseError::describe(query.lastError()));
            return false;
        }
    }
    return true;
}

} // namespace loket
