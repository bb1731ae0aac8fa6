#include "CaseQueries.h"

#include "ApplicantStore.h"
#include "CaseStore.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {
namespace {

const char* const kSummarySelect
    = "SELECT c.id, c.case_number, c.service_code, c.status, p.full_name, p.nik, o.name,"
      " c.received_at, c.due_at FROM cases c LEFT JOIN persons p ON p.id = c.person_id"
      " LEFT JOIN organisations o ON o.id = c.organisation_id";

// The smallest string after every string that starts with `prefix`, for index range scans.
QString prefixEnd(const QString& prefix)
{
    return prefix + QChar(0xFFFF);
}

} // namespace

CaseQueries::CaseQueries(Database& database)
    : m_database(database)
{
}

std::optional<qint64> CaseQueries::idOf(const QString& caseNumber) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM cases WHERE case_number = :number"));
    query.bindValue(QStringLiteral(":number"), caseNumber.trimmed());
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

std::optional<Case> CaseQueries::find(const QString& caseNumber) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT c.id, c.case_number, c.office_id, c.service_code, c.catalog_version, c.status,"
        " c.is_renewal, c.person_id, c.organisation_id, c.received_at, c.clock_started_at,"
        " c.response_due_at, c.due_at, c.registered_by, u.full_name FROM cases c"
        " JOIN users u ON u.id = c.registered_by WHERE c.case_number = :number"));
    query.bindValue(QStringLiteral(":number"), caseNumber.trimmed());
    if (!query.exec() || !query.next())
        return std::nullopt;
    Case record;
    record.id = query.value(0).toLongLong();
    record.number = query.value(1).toString();
    record.officeId = query.value(2).toString();
    record.serviceCode = query.value(3).toString();
    record.catalogVersion = query.value(4).toString();
    caseStatusFromKey(query.value(5).toString(), &record.status);
    record.renewal = query.value(6).toInt() != 0;
    ApplicantStore applicants(m_database);
    record.person = applicants.person(query.value(7).toLongLong()).value_or(Person {});
    if (!query.value(8).isNull())
        record.organisation = applicants.organisation(query.value(8).toLongLong());
    record.receivedAt = fromStoredTime(query.value(9).toString());
    record.clockStartedAt = fromStoredTime(query.value(10).toString());
    record.responseDueAt = fromStoredTime(query.value(11).toString());
    record.dueAt = fromStoredTime(query.value(12).toString());
    record.registeredBy = query.value(13).toLongLong();
    record.registeredByName = query.value(14).toString();
    record.checklist = checklist(record.id);
    return record;
}

QList<ChecklistItem> CaseQueries::checklist(qint64 caseId) const
{
    QList<ChecklistItem> items;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT item_index, requirement_text, state, note, override_reason"
                       " FROM case_requirements WHERE case_id = :case ORDER BY item_index"));
    query.bindValue(QStringLiteral(":case"), caseId);
    if (query.exec()) {
        while (query.next()) {
            ChecklistItem item;
            item.index = query.value(0).toInt();
            item.text = query.value(1).toString();
            checklistStateFromKey(query.value(2).toString(), &item.state);
            item.note = query.value(3).toString();
            item.overrideReason = query.value(4).toString();
            items << item;
        }
    }
    return items;
}

QList<CaseSummary> CaseQueries::summaries(const QString& where,
                                          const QList<QPair<QString, QVariant>>& binds, int limit,
                                          QString* errorMessage) const
{
    QList<CaseSummary> result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("%1 %2 ORDER BY c.received_at DESC, c.id DESC LIMIT :limit")
                      .arg(QLatin1String(kSummarySelect), where));
    for (const auto& [name, value] : binds)
        query.bindValue(name, value);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec()) {
        if (errorMessage)
            *errorMessage = tr("Cannot read the cases: %1").arg(query.lastError().text());
        return result;
    }
    while (query.next()) {
        CaseSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.number = query.value(1).toString();
        summary.serviceCode = query.value(2).toString();
        caseStatusFromKey(query.value(3).toString(), &summary.status);
        summary.applicantName = query.value(4).toString();
        summary.nik = query.value(5).toString();
        summary.organisationName = query.value(6).toString();
        summary.receivedAt = fromStoredTime(query.value(7).toString());
        summary.dueAt = fromStoredTime(query.value(8).toString());
        result << summary;
    }
    return result;
}

QList<CaseSummary> CaseQueries::forNik(const QString& nik) const
{
    return summaries(QStringLiteral("WHERE p.nik = :nik"),
                     { { QStringLiteral(":nik"), nik.trimmed() } }, 200);
}

QList<CaseSummary> CaseQueries::registeredBy(qint64 userId, const QDateTime& from,
                                             const QDateTime& to) const
{
    return summaries(QStringLiteral("WHERE c.registered_by = :user AND c.created_at >= :from"
                                    " AND c.created_at < :to"),
                     { { QStringLiteral(":user"), userId },
                       { QStringLiteral(":from"), storedTime(from) },
                       { QStringLiteral(":to"), storedTime(to) } },
                     500);
}

QList<CaseSummary> CaseQueries::search(const QString& text, int limit) const
{
    // Every branch reads through an index: the counter searches as the clerk types, and an
    // office's database grows to a million cases.
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QList<CaseSummary> exact = summaries(QStringLiteral("WHERE c.case_number = :text"),
                                               { { QStringLiteral(":text"), trimmed } }, limit);
    if (!exact.isEmpty())
        return exact;
    const QString nik = ApplicantStore::normalisedNik(trimmed);
    static const QRegularExpression digits(QStringLiteral("^\\d{4,16}$"));
    if (digits.match(nik).hasMatch()) {
        const QList<CaseSummary> byNik = summaries(
            QStringLiteral("WHERE p.nik >= :from AND p.nik < :to"),
            { { QStringLiteral(":from"), nik }, { QStringLiteral(":to"), prefixEnd(nik) } }, limit);
        if (!byNik.isEmpty())
            return byNik;
    }
    // A service code ("pky-08"): that service's cases, as the number carries the code too.
    static const QRegularExpression serviceCode(QStringLiteral("^[A-Za-z]{3}-\\d{2}$"));
    if (serviceCode.match(trimmed).hasMatch())
        return summaries(QStringLiteral("WHERE c.service_code = :code"),
                         { { QStringLiteral(":code"), trimmed.toUpper() } }, limit);
    if (trimmed.contains(QLatin1Char('/')) || trimmed.front().isDigit())
        return summaries(QStringLiteral("WHERE c.case_number >= :from AND c.case_number < :to"),
                         { { QStringLiteral(":from"), trimmed.toUpper() },
                           { QStringLiteral(":to"), prefixEnd(trimmed.toUpper()) } },
                         limit);
    // Names: every typed word must begin a word of the applicant's name, in any order.
    const QStringList words = ApplicantStore::nameWords(trimmed);
    if (words.isEmpty())
        return {};
    QStringList parts;
    QList<QPair<QString, QVariant>> binds;
    for (int i = 0; i < words.size(); ++i) {
        parts << QStringLiteral("SELECT person_id FROM person_name_words WHERE word >= :from%1"
                                " AND word < :to%1")
                     .arg(i);
        binds.append({ QStringLiteral(":from%1").arg(i), words.at(i) });
        binds.append({ QStringLiteral(":to%1").arg(i), prefixEnd(words.at(i)) });
    }
    // Organisations are few: their names may match anywhere.
    QString pattern = trimmed.toLower();
    pattern.remove(QLatin1Char('%')).remove(QLatin1Char('_'));
    binds.append({ QStringLiteral(":organisation"), QStringLiteral("%%1%").arg(pattern) });
    return summaries(
        QStringLiteral("WHERE c.person_id IN (%1) OR c.organisation_id IN (SELECT id FROM"
                       " organisations WHERE LOWER(name) LIKE :organisation)")
            .arg(parts.join(QStringLiteral(" INTERSECT "))),
        binds, limit);
}

QList<CaseSummary> CaseQueries::list(std::optional<CaseStatus> status, int limit) const
{
    if (!status)
        return summaries(QString(), {}, limit);
    return summaries(QStringLiteral("WHERE c.status = :status"),
                     { { QStringLiteral(":status"), caseStatusKey(*status) } }, limit);
}

QList<CaseSummary> CaseQueries::openFor(const QString& nik, const QString& serviceCode,
                                        QString* errorMessage) const
{
    // Filtered by service in SQL, so that a person's many other cases cannot push an open one
    // past the limit; isOpen() alone says which statuses are closed.
    QList<CaseSummary> open;
    const QList<CaseSummary> ofService = summaries(
        QStringLiteral("WHERE p.nik = :nik AND c.service_code = :service"),
        { { QStringLiteral(":nik"), nik.trimmed() }, { QStringLiteral(":service"), serviceCode } },
        1000, errorMessage);
    for (const CaseSummary& summary : ofService) {
        if (isOpen(summary.status))
            open << summary;
    }
    return open;
}

} // namespace loket
