#include "DtksLookup.h"

#include "DatabaseError.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace loket {
namespace {

// The one reading of a row of DtksLookup::find's query.
DtksHit hitFromRow(const QSqlRecord& row)
{
    DtksHit hit;
    hit.extractId = row.value(QStringLiteral("extract_id")).toLongLong();
    hit.extractDate
        = QDate::fromString(row.value(QStringLiteral("extract_date")).toString(), Qt::ISODate);
    hit.line = row.value(QStringLiteral("line_number")).toInt();
    hit.nik = row.value(QStringLiteral("nik")).toString();
    hit.kkNumber = row.value(QStringLiteral("kk_number")).toString();
    hit.name = row.value(QStringLiteral("name")).toString();
    hit.birthDate
        = QDate::fromString(row.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
    hit.address = row.value(QStringLiteral("address")).toString();
    hit.village = row.value(QStringLiteral("village")).toString();
    hit.district = row.value(QStringLiteral("district")).toString();
    hit.regency = row.value(QStringLiteral("regency")).toString();
    hit.programs = row.value(QStringLiteral("programs")).toString();
    hit.status = row.value(QStringLiteral("status")).toString();
    return hit;
}

} // namespace

DtksLookup::DtksLookup(Database& database)
    : m_database(database)
{
}

std::optional<QList<DtksExtract>> DtksLookup::extracts(QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(
            QStringLiteral("SELECT e.id, e.extract_date, e.source_file, e.imported_at, u.username,"
                           " e.row_count, e.bad_row_count FROM dtks_extracts e"
                           " LEFT JOIN users u ON u.id = e.imported_by ORDER BY e.extract_date "
                           "DESC, e.id DESC"))) {
        *errorMessage = tr("Cannot read the DTKS extracts: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return std::nullopt;
    }
    QList<DtksExtract> result;
    while (query.next()) {
        result.append({ query.value(QStringLiteral("id")).toLongLong(),
                        QDate::fromString(query.value(QStringLiteral("extract_date")).toString(),
                                          Qt::ISODate),
                        query.value(QStringLiteral("source_file")).toString(),
                        QDateTime::fromString(query.value(QStringLiteral("imported_at")).toString(),
                                              Qt::ISODate),
                        query.value(QStringLiteral("username")).toString(),
                        query.value(QStringLiteral("row_count")).toLongLong(),
                        query.value(QStringLiteral("bad_row_count")).toLongLong() });
    }
    return result;
}

std::optional<DtksResult> DtksLookup::find(const QString& condition, const QVariantList& values,
                                           QString* errorMessage) const
{
    DtksResult result;
    QSqlQuery newest(m_database.connection());
    if (!newest.exec(QStringLiteral("SELECT MAX(extract_date) AS newest FROM dtks_extracts"))) {
        *errorMessage = tr("Cannot read the DTKS extracts: %1")
                            .arg(DatabaseError::describe(newest.lastError()));
        return std::nullopt;
    }
    if (newest.next())
        result.newestExtract
            = QDate::fromString(newest.value(QStringLiteral("newest")).toString(), Qt::ISODate);
    if (!result.newestExtract.isValid())
        return result; // nothing imported yet
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT r.extract_id, e.extract_date, r.line_number, r.nik, r.kk_number,"
                       " r.name, r.birth_date, r.address, r.village, r.district, r.regency,"
                       " r.programs, r.status FROM dtks_records r"
                       " JOIN dtks_extracts e ON e.id = r.extract_id WHERE %1"
                       " ORDER BY e.extract_date DESC, e.id DESC, r.line_number LIMIT %2")
            .arg(condition)
            .arg(MaxHits + 1));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        *errorMessage = tr("Cannot search the DTKS extracts: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return std::nullopt;
    }
    while (query.next()) {
        if (result.hits.size() == MaxHits) {
            result.truncated = true;
            break;
        }
        result.hits.append(hitFromRow(query.record()));
    }
    result.state = result.hits.isEmpty() ? DtksResult::State::NotFound : DtksResult::State::Found;
    return result;
}

std::optional<DtksResult> DtksLookup::byNik(const QString& nik, QString* errorMessage) const
{
    QString digits = nik.trimmed();
    digits.remove(QLatin1Char(' '));
    return find(QStringLiteral("r.nik = ?"), { digits }, errorMessage);
}

std::optional<DtksResult> DtksLookup::byName(const QString& text, QString* errorMessage) const
{
    const QStringList words = dtksNameKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        *errorMessage = tr("Type an NIK (16 digits) or at least part of a name.");
        return std::nullopt;
    }
    // Keys hold only letters, digits and single spaces, so a word needs no LIKE escaping.
    QStringList conditions;
    QVariantList values;
    for (int i = 0; i < words.size(); ++i) {
        const bool last = i + 1 == words.size();
        conditions << (last ? QStringLiteral("(' ' || r.name_key) LIKE ?")
                            : QStringLiteral("(' ' || r.name_key || ' ') LIKE ?"));
        values << QString(QLatin1String("% ") + words.at(i)
                          + (last ? QLatin1String("%") : QLatin1String(" %")));
    }
    return find(conditions.join(QStringLiteral(" AND ")), values, errorMessage);
}

std::optional<DtksResult> DtksLookup::search(const QString& text, QString* errorMessage) const
{
    QString compact = text.trimmed();
    compact.remove(QLatin1Char(' '));
    static const QRegularExpression nik(QStringLiteral("^[0-9]{16}$"));
    return nik.match(compact).hasMatch() ? byNik(compact, errorMessage)
                                         : byName(text, errorMessage);
}

DtksNikStatus DtksLookup::nikStatus(const QString& nik, QString* errorMessage) const
{
    DtksNikStatus status;
    const std::optional<DtksResult> result = byNik(nik, errorMessage);
    if (!result)
        return status;
    status.state = result->state;
    status.extractDate = result->newestExtract;
    if (result->hits.isEmpty())
        return status;
    status.extractDate = result->hits.first().extractDate;
    static const QRegularExpression separators(QStringLiteral("[,;/|+]"));
    for (const DtksHit& hit : result->hits) {
        if (hit.extractId != result->hits.first().extractId)
            break;
        for (const QString& program : hit.programs.split(separators, Qt::SkipEmptyParts)) {
            const QString trimmed = program.trimmed();
            if (!trimmed.isEmpty() && !status.programs.contains(trimmed, Qt::CaseInsensitive))
                status.programs << trimmed;
        }
    }
    return status;
}

bool DtksLookup::isDtksService(const QStringList& keywords)
{
    return keywords.contains(QStringLiteral("DTKS"), Qt::CaseInsensitive);
}

} // namespace loket
