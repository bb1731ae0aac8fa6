// Row-for-row comparison of two Loket databases (SQLite or PostgreSQL), for the backup and
// restore suites; and a database with something in every kind of column to back up.
#pragma once

#include "Database.h"
#include "DemoSeeder.h"
#include "OfficeDatabase.h"
#include "RegionTable.h"
#include "TableCopier.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <algorithm>

namespace loket::test {

// Every row of `table` as text, sorted in C++ (the servers' collations differ); NULL and binary
// content spelled out so that a NULL never equals an empty text.
inline QStringList rowsOf(Database& database, const QString& table, const QSqlRecord& columns)
{
    QStringList names;
    for (int i = 0; i < columns.count(); ++i)
        names << QLatin1Char('"') + columns.fieldName(i) + QLatin1Char('"');
    QSqlQuery query(database.connection());
    QStringList rows;
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM \"%2\"").arg(names.join(QStringLiteral(", ")), table)))
        return { QStringLiteral("cannot read %1").arg(table) };
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < columns.count(); ++i) {
            const QVariant value = query.value(i);
            if (value.isNull())
                values << QStringLiteral("<null>");
            else if (value.typeId() == QMetaType::QByteArray)
                values << QStringLiteral("blob:")
                        + QString::fromLatin1(value.toByteArray().toHex());
            else
                values << value.toString();
        }
        rows << values.join(QChar(0x1f));
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

// Tables (from `sqliteSchema`, a SQLite database of the same schema) whose rows differ; each
// entry names the table and the row counts.
inline QStringList differingTables(Database& sqliteSchema, Database& left, Database& right,
                                   qint64* rowsCompared)
{
    QString error;
    QStringList differing;
    const QStringList tables = TableCopier::tablesInOrder(sqliteSchema, &error);
    if (tables.isEmpty())
        return { QStringLiteral("no tables: ") + error };
    for (const QString& table : tables) {
        const QSqlRecord columns = sqliteSchema.connection().record(table);
        const QStringList a = rowsOf(left, table, columns);
        const QStringList b = rowsOf(right, table, columns);
        *rowsCompared += a.size();
        if (a != b)
            differing
                << QStringLiteral("%1 (%2 rows against %3)").arg(table).arg(a.size()).arg(b.size());
    }
    return differing;
}

// An office database with demo users, cases, office records and one attachment whose binary
// content holds every byte value, so that BLOBs, NULLs and text all travel.
inline bool fillOffice(Database& database, QString* error)
{
    if (!OfficeDatabase::initialise(database, QStringLiteral("palangka-raya"), error))
        return false;
    QStringList errors;
    const auto catalog = OfficeDatabase::catalog(database, &errors);
    if (!catalog) {
        *error = errors.join(QLatin1Char('\n'));
        return false;
    }
    const QDateTime until(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC);
    // The seeder keeps references: the calendar and regions must outlive it.
    const RegionTable regions = RegionTable::builtIn();
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    DemoSeeder seeder(database, *catalog, calendar, regions);
    if (!seeder.seedUsers(error) || seeder.seedCases(25, until, 20, error) < 0
        || !seeder.seedOfficeRecords(until, 20, error))
        return false;
    QByteArray content;
    for (int byte = 0; byte < 256; ++byte)
        content.append(char(byte));
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO case_attachments (case_id, file_name, media_type, size_bytes, sha256,"
        " content, attached_by, attached_at) SELECT MIN(id), 'ktp.png', 'image/png', 256,"
        " 'x', :content, 1, '2026-03-02T08:00:00Z' FROM cases"));
    query.bindValue(QStringLiteral(":content"), content);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace loket::test
