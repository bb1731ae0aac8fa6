#include "DtksLookup.h"

#include "DatabaseError.h"
#include "DtksNameWords.h"
#include "DtsenThresholds.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <tuple>

namespace loket {
namespace {

QString hitColumns()
{
    return QStringLiteral("r.extract_id, e.extract_date, e.kind, r.line_number, r.nik, r.kk_number,"
                          " r.name, r.birth_date, r.address, r.village, r.district, r.regency,"
                          " r.programs, r.status, r.desil, r.household_id");
}

// The one reading of a row of hitColumns().
DtksHit hitFromRow(const QSqlRecord& row)
{
    DtksHit hit;
    hit.extractId = row.value(QStringLiteral("extract_id")).toLongLong();
    hit.extractDate
        = QDate::fromString(row.value(QStringLiteral("extract_date")).toString(), Qt::ISODate);
    extractKindFromKey(row.value(QStringLiteral("kind")).toString(), &hit.kind);
    hit.line = row.value(QStringLiteral("line_number")).toInt();
    hit.desil = row.value(QStringLiteral("desil")).toInt();
    hit.householdId = row.value(QStringLiteral("household_id")).toString();
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
            QStringLiteral("SELECT e.id, e.extract_date, e.source_file, e.kind, e.source,"
                           " e.imported_at, u.username, e.row_count, e.bad_row_count"
                           " FROM dtks_extracts e"
                           " LEFT JOIN users u ON u.id = e.imported_by ORDER BY e.extract_date "
                           "DESC, e.id DESC"))) {
        *errorMessage = tr("Cannot read the DTKS extracts: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return std::nullopt;
    }
    QList<DtksExtract> result;
    while (query.next()) {
        DtksExtract extract;
        extract.id = query.value(QStringLiteral("id")).toLongLong();
        extract.extractDate = QDate::fromString(
            query.value(QStringLiteral("extract_date")).toString(), Qt::ISODate);
        extract.sourceFile = query.value(QStringLiteral("source_file")).toString();
        extractKindFromKey(query.value(QStringLiteral("kind")).toString(), &extract.kind);
        extract.source = query.value(QStringLiteral("source")).toString();
        extract.importedAt = QDateTime::fromString(
            query.value(QStringLiteral("imported_at")).toString(), Qt::ISODate);
        extract.importedBy = query.value(QStringLiteral("username")).toString();
        extract.rows = query.value(QStringLiteral("row_count")).toLongLong();
        extract.badRows = query.value(QStringLiteral("bad_row_count")).toLongLong();
        result.append(extract);
    }
    return result;
}

bool DtksLookup::readNewest(DtksResult* result, QString* errorMessage) const
{
    QSqlQuery newest(m_database.connection());
    if (!newest.exec(QStringLiteral("SELECT extract_date, kind FROM dtks_extracts"
                                    " ORDER BY extract_date DESC, id DESC LIMIT 1"))) {
        *errorMessage = tr("Cannot read the DTKS extracts: %1")
                            .arg(DatabaseError::describe(newest.lastError()));
        return false;
    }
    if (newest.next()) {
        result->newestExtract = QDate::fromString(
            newest.value(QStringLiteral("extract_date")).toString(), Qt::ISODate);
        extractKindFromKey(newest.value(QStringLiteral("kind")).toString(), &result->newestKind);
    }
    return true;
}

std::optional<QDate> DtksLookup::newestDtsen(QString* errorMessage) const
{
    QSqlQuery newest(m_database.connection());
    newest.prepare(
        QStringLiteral("SELECT MAX(extract_date) AS newest FROM dtks_extracts WHERE kind = ?"));
    newest.addBindValue(extractKindKey(ExtractKind::Dtsen));
    if (!newest.exec()) {
        *errorMessage = tr("Cannot read the DTKS extracts: %1")
                            .arg(DatabaseError::describe(newest.lastError()));
        return std::nullopt;
    }
    return newest.next()
        ? QDate::fromString(newest.value(QStringLiteral("newest")).toString(), Qt::ISODate)
        : QDate();
}

// Runs a prepared query of hitColumns() and reads up to `maxHits` distinct rows (a name search
// meets a row once per matching word), then puts them newest extract first.
bool DtksLookup::readHits(QSqlQuery& query, int maxHits, DtksResult* result,
                          QString* errorMessage) const
{
    query.setForwardOnly(true);
    if (!query.exec()) {
        *errorMessage = tr("Cannot search the DTKS extracts: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return false;
    }
    QSet<QPair<qint64, int>> seen;
    while (query.next()) {
        const DtksHit hit = hitFromRow(query.record());
        if (seen.contains({ hit.extractId, hit.line }))
            continue;
        if (result->hits.size() == maxHits) {
            result->truncated = true;
            break;
        }
        seen.insert({ hit.extractId, hit.line });
        result->hits.append(hit);
    }
    std::stable_sort(result->hits.begin(), result->hits.end(),
                     [](const DtksHit& a, const DtksHit& b) {
                         return std::tie(b.extractDate, b.extractId, a.line)
                             < std::tie(a.extractDate, a.extractId, b.line);
                     });
    result->state = result->hits.isEmpty() ? DtksResult::State::NotFound : DtksResult::State::Found;
    return true;
}

std::optional<DtksResult> DtksLookup::byNik(const QString& nik, QString* errorMessage) const
{
    QString digits = nik.trimmed();
    digits.remove(QLatin1Char(' '));
    DtksResult result;
    if (!readNewest(&result, errorMessage))
        return std::nullopt;
    if (!result.newestExtract.isValid())
        return result; // nothing imported yet
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM dtks_records r"
                                 " JOIN dtks_extracts e ON e.id = r.extract_id WHERE r.nik = ?"
                                 " ORDER BY e.extract_date DESC, e.id DESC, r.line_number LIMIT %2")
                      .arg(hitColumns())
                      .arg(MaxHits + 1));
    query.addBindValue(digits);
    if (!readHits(query, MaxHits, &result, errorMessage))
        return std::nullopt;
    return result;
}

std::optional<DtksResult> DtksLookup::byName(const QString& text, QString* errorMessage) const
{
    const QStringList words = dtksNameKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        *errorMessage = tr("Type an NIK (16 digits) or at least part of a name.");
        return std::nullopt;
    }
    DtksResult result;
    if (!readNewest(&result, errorMessage))
        return std::nullopt;
    if (!result.newestExtract.isValid())
        return result; // nothing imported yet
    // The index is read for the longest word (the most selective); the other words are checked
    // on the rows it finds. Every word but the last is whole; the last may be a prefix. Keys hold
    // only letters, digits and single spaces, so a word needs no LIKE escaping.
    int driver = int(words.size()) - 1;
    for (int i = 0; i < words.size(); ++i) {
        if (words.at(i).size() > words.at(driver).size())
            driver = i;
    }
    const bool prefix = driver + 1 == words.size();
    QStringList conditions { prefix ? QStringLiteral("w.word >= ? AND w.word < ?")
                                    : QStringLiteral("w.word = ?") };
    QVariantList values { words.at(driver) };
    if (prefix)
        values << DtksNameWords::prefixEnd(words.at(driver));
    for (int i = 0; i < words.size(); ++i) {
        if (i == driver)
            continue;
        const bool last = i + 1 == words.size();
        conditions << (last ? QStringLiteral("(' ' || w.name_key) LIKE ?")
                            : QStringLiteral("(' ' || w.name_key || ' ') LIKE ?"));
        values << QString(QLatin1String("% ") + words.at(i)
                          + (last ? QLatin1String("%") : QLatin1String(" %")));
    }
    // In the index's order, so that the database stops after the first rows.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM dtks_name_words w"
                                 " JOIN dtks_records r ON r.extract_id = w.extract_id"
                                 " AND r.line_number = w.line_number"
                                 " JOIN dtks_extracts e ON e.id = r.extract_id WHERE %2"
                                 " ORDER BY w.word, w.extract_id DESC, w.line_number LIMIT %3")
                      .arg(hitColumns(), conditions.join(QStringLiteral(" AND ")))
                      .arg((MaxNameHits + 1) * 4));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!readHits(query, MaxNameHits, &result, errorMessage))
        return std::nullopt;
    return result;
}

std::optional<DtksResult> DtksLookup::search(const QString& text, QString* errorMessage) const
{
    QString compact = text.trimmed();
    compact.remove(QLatin1Char(' '));
    static const QRegularExpression nik(QStringLiteral("^[0-9]{16}$"));
    return nik.match(compact).hasMatch() ? byNik(compact, errorMessage)
                                         : byName(text, errorMessage);
}

DtksNikStatus DtksLookup::nikStatus(const QString& nik, const QDate& day,
                                    QString* errorMessage) const
{
    DtksNikStatus status;
    const std::optional<DtksResult> result = byNik(nik, errorMessage);
    if (!result)
        return status;
    const std::optional<QDate> newestDtsenDate = newestDtsen(errorMessage);
    if (!newestDtsenDate)
        return status;
    status.state = result->state;
    status.extractDate = result->newestExtract;
    status.kind = result->newestKind;
    status.newestDtsen = *newestDtsenDate;
    if (result->hits.isEmpty())
        return status;
    // DTSEN replaced DTKS: the newest DTSEN extract holding the NIK, else the newest DTKS one.
    const auto dtsen
        = std::find_if(result->hits.cbegin(), result->hits.cend(),
                       [](const DtksHit& hit) { return hit.kind == ExtractKind::Dtsen; });
    const DtksHit& used = dtsen != result->hits.cend() ? *dtsen : result->hits.first();
    status.extractDate = used.extractDate;
    status.kind = used.kind;
    static const QRegularExpression separators(QStringLiteral("[,;/|+]"));
    for (const DtksHit& hit : result->hits) {
        if (hit.extractId != used.extractId)
            continue;
        if (status.desil == 0 && hit.desil > 0) {
            status.desil = hit.desil;
            status.householdId = hit.householdId;
        }
        for (const QString& program : hit.programs.split(separators, Qt::SkipEmptyParts)) {
            const QString trimmed = program.trimmed();
            if (!trimmed.isEmpty() && !status.programs.contains(trimmed, Qt::CaseInsensitive))
                status.programs << trimmed;
        }
    }
    if (status.householdId.isEmpty())
        status.householdId = used.householdId;
    if (status.desil > 0) {
        const auto rules = DtsenThresholds(m_database).inForce(day, errorMessage);
        if (rules)
            status.eligible = DtsenThresholds::eligible(*rules, status.desil);
    }
    return status;
}

bool DtksLookup::isDtksService(const QStringList& keywords)
{
    return keywords.contains(QStringLiteral("DTKS"), Qt::CaseInsensitive);
}

} // namespace loket
