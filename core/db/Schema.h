#pragma once

#include "Database.h"

#include <QList>
#include <QStringList>

namespace loket {

// One forward step of the schema. Statements may use {id} (an auto-numbered primary key)
// and {ref} (a column that refers to one): the only places SQLite and PostgreSQL differ in
// tables, with {blob} (binary content: BLOB or BYTEA). A statement that begins with {sqlite}
// or {postgresql} runs on that dialect only (triggers are written differently).
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

// Every migration, in order; the last one's version is the current schema version.
const QList<Migration>& schemaMigrations();

// Replaces the placeholders for a dialect; empty for a statement of the other dialect.
QString sqlForDialect(const QString& statement, Database::Dialect dialect);

} // namespace loket
