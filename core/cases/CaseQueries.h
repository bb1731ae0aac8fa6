#pragma once

#include "CaseModel.h"
#include "Database.h"

#include <QCoreApplication>
#include <optional>

namespace loket {

// Reading cases: one case whole, or lists of summaries to find one. When a query fails, the
// result is empty and `errorMessage` (where given) says why: a list that could not be read
// must never look like an empty one. Callers that show a result pass it.
class CaseQueries
{
    Q_DECLARE_TR_FUNCTIONS(loket::CaseQueries)
public:
    explicit CaseQueries(Database& database);

    std::optional<qint64> idOf(const QString& caseNumber, QString* errorMessage = nullptr) const;
    std::optional<Case> find(const QString& caseNumber, QString* errorMessage = nullptr) const;
    // find for showing the case, its applicant's full record included, to `viewerId`: the view
    // of the person is recorded in the audit log (UU 27/2022). Empty also when it could not be.
    std::optional<Case> view(const QString& caseNumber, qint64 viewerId,
                             QString* errorMessage) const;

    // The applicant's cases, newest first (by NIK; also cases they submitted for organisations).
    QList<CaseSummary> forNik(const QString& nik, QString* errorMessage = nullptr) const;
    // Cases a clerk registered between two moments (today's cases at the counter).
    QList<CaseSummary> registeredBy(qint64 userId, const QDateTime& from, const QDateTime& to,
                                    QString* errorMessage = nullptr) const;
    // By case number, NIK or name (part of any of them), newest first (CaseSearch).
    QList<CaseSummary> search(const QString& text, int limit = 50,
                              QString* errorMessage = nullptr) const;
    // All cases, or those with a status, newest first.
    QList<CaseSummary> list(std::optional<CaseStatus> status, int limit = 1000,
                            QString* errorMessage = nullptr) const;
    // Open cases (not handed over, not rejected) of this person for this service, newest
    // first: the counter warns of a duplicate, an import skips the row. A failed query sets
    // `errorMessage` when one is given, so that "none" is never a database error.
    QList<CaseSummary> openFor(const QString& nik, const QString& serviceCode,
                               QString* errorMessage = nullptr) const;

private:
    QList<CaseSummary> summaries(const QString& where, const QList<QPair<QString, QVariant>>& binds,
                                 int limit, QString* errorMessage) const;
    QList<ChecklistItem> checklist(qint64 caseId, QString* errorMessage) const;

    Database& m_database;
};

} // namespace loket
