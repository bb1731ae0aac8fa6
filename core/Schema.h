#pragma once

#include "Database.h"

#include <QList>
#include <QStringList>

namespace loket {

// One forward step of the schema. Statements may use {id} (an auto-numbered primary key)
// and {ref} (a column that refers to one): the only places SQLite and PostgreSQL differ.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

// Every migration, in order; the last one's version is the current schema version.
const QList<Migration>& schemaMigrations();

// Replaces the placeholders for a dialect.
QString sqlForDialect(const QString& statement, Database::Dialect dialect);

} // namespace loket
