#pragma once

#include "CaseModel.h"
#include "Database.h"

#include <QCoreApplication>
#include <QSet>
#include <optional>

class QSqlQuery;

namespace loket {

// Persons (by NIK) and organisations. Writes are meant to run inside the caller's transaction.
class ApplicantStore
{
    Q_DECLARE_TR_FUNCTIONS(loket::ApplicantStore)
public:
    explicit ApplicantStore(Database& database);

    // Empty when unknown, or when the query failed: then `errorMessage` (where given) says why.
    std::optional<Person> findPerson(const QString& nik, QString* errorMessage = nullptr) const;
    std::optional<Person> person(qint64 id, QString* errorMessage = nullptr) const;
    // findPerson for showing the person's full record to `viewerId` (the counter's lookup by
    // NIK): the view is recorded in the audit log (UU 27/2022). Empty when the person is
    // unknown, or when the view could not be recorded (then `errorMessage` says why).
    std::optional<Person> lookUpPerson(const QString& nik, qint64 viewerId, QString* errorMessage);
    std::optional<Organisation> organisation(qint64 id, QString* errorMessage = nullptr) const;
    // Organisations whose name contains `text`, for the counter's picker.
    QList<Organisation> findOrganisations(const QString& text, int limit = 20,
                                          QString* errorMessage = nullptr) const;

    // Inserts a new NIK or updates the known person; returns the id, or 0 on error.
    // `at` stamps the record's last change.
    qint64 savePerson(const Person& person, qint64 userId, const QDateTime& at,
                      QString* errorMessage);
    qint64 saveOrganisation(const Organisation& organisation, qint64 userId, const QDateTime& at,
                            QString* errorMessage);

    // "6271 0145 0390 0002" → "6271014503900002": one person, however the NIK was typed.
    static QString normalisedNik(const QString& nik);
    // The case-folded words of a name, as the name index holds them.
    static QStringList nameWords(const QString& name);
    // Every NIK stored, for a batch that adds many persons (the demo); empty on failure, with
    // the reason in `errorMessage`.
    QSet<QString> allNiks(QString* errorMessage) const;

    class Writer; // ApplicantStoreWriter.h: many new applicants in one transaction

private:
    qint64 updatePerson(qint64 id, const Person& person, const QDateTime& at,
                        QString* errorMessage);
    bool indexName(qint64 personId, const QString& name, QString* errorMessage);
    qint64 organisationNamed(const QString& name, QString* errorMessage) const;
    // Runs a prepared query; on failure says so in `errorMessage` (where given).
    bool read(QSqlQuery& query, QString* errorMessage) const;

    Database& m_database;
};

} // namespace loket
