#pragma once

#include "ApplicantStore.h"

#include <QSqlQuery>

namespace loket {

// Inserts new persons (with their name index) and organisations inside the caller's
// transaction, each statement prepared once: a batch (the demo's applicants, a bulk import)
// keeps one writer for all its rows. ApplicantStore inserts through it too, so that the
// tables' columns are written in one place. The caller audits; on failure it rolls back.
class ApplicantStore::Writer
{
public:
    explicit Writer(Database& database);

    // The new person's id; 0 on failure, with the reason in `errorMessage`. The NIK must be
    // new (savePerson looks it up first); `at` stamps the record.
    qint64 insertPerson(const Person& person, const QDateTime& at, QString* errorMessage);
    qint64 insertOrganisation(const Organisation& organisation, const QDateTime& at,
                              QString* errorMessage);
    // Adds the case-folded words of `name` to the person's name index.
    bool indexName(qint64 personId, const QString& name, QString* errorMessage);

private:
    QSqlQuery m_person;
    QSqlQuery m_word;
    QSqlQuery m_organisation;
};

} // namespace loket
