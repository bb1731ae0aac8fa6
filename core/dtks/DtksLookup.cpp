#include "DtksLookup.h"

#include "DatabaseError.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {

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
        result.append({ query.value(0).toLongLong(),
                        QDate::fromString(query.value(1).toString(), Qt::ISODate),
                        query.value(2).toString(),
                        QDateTime::fromString(query.value(3).toString(), Qt::ISODate),
                        query.value(4).toString(), query.value(5).toLongLong(),
                        query.value(6).toLongLong() });
    }
    return result;
}

std::optional<DtksResult> DtksLookup::find(const QString& condition, const QVariantList& values,
                                           QString* errorMessage) const
{
    DtksResult result;
    QSqlQuery newest(m_database.connection());
    if (!newest.exec(QStringLiteral("SELECT MAX(extract_date) FROM dtks_extracts"))) {
        *errorMessage = tr("Cannot read the DTKS extracts: %1")
                            .arg(DatabaseError::describe(newest.lastError()));
        return std::nullopt;
    }
    if (newest.next())
        result.newestExtract = QDate::fromString(newest.value(0).toString(), Qt::ISODate);
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
        DtksHit hit;
        hit.extractId = query.value(0).toLongLong();
        hit.extractDate = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        hit.line = query.value(2).toInt();
        hit.nik = query.value(3).toString();
        hit.kkNumber = query.value(4).toString();
        hit.name = query.value(5).toString();
        hit.birthDate = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        hit.address = query.value(7).toString();
        hit.village = query.value(8).toString();
        hit.district = query.value(9).toString();
        hit.regency = query.value(10).toString();
        hit.programs = query.value(11).toString();
        hit.status = query.value(12).toString();
        result.hits.append(hit);
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
