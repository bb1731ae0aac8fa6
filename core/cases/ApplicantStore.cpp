#include "ApplicantStore.h"

#include "ApplicantStoreWriter.h"
#include "AuditLog.h"
#include "DatabaseError.h"
#include "PersonalDataAudit.h"
#include "SqlValues.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace loket {
namespace {

const char* const kPersonColumns
    = "id, nik, kk_number, full_name, birth_place, birth_date, sex, address, province_code,"
      " regency_code, district_code, village_code, phone";
const char* const kOrganisationColumns
    = "id, name, deed_number, decree_number, npwp, address, chair_name, phone";

Person personFrom(const QSqlRecord& row)
{
    Person p;
    p.id = row.value(QStringLiteral("id")).toLongLong();
    p.nik = row.value(QStringLiteral("nik")).toString();
    p.kkNumber = row.value(QStringLiteral("kk_number")).toString();
    p.fullName = row.value(QStringLiteral("full_name")).toString();
    p.birthPlace = row.value(QStringLiteral("birth_place")).toString();
    p.birthDate
        = QDate::fromString(row.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
    p.sex = row.value(QStringLiteral("sex")).toString();
    p.address = row.value(QStringLiteral("address")).toString();
    p.provinceCode = row.value(QStringLiteral("province_code")).toString();
    p.regencyCode = row.value(QStringLiteral("regency_code")).toString();
    p.districtCode = row.value(QStringLiteral("district_code")).toString();
    p.villageCode = row.value(QStringLiteral("village_code")).toString();
    p.phone = row.value(QStringLiteral("phone")).toString();
    return p;
}

Organisation organisationFrom(const QSqlRecord& row)
{
    Organisation o;
    o.id = row.value(QStringLiteral("id")).toLongLong();
    o.name = row.value(QStringLiteral("name")).toString();
    o.deedNumber = row.value(QStringLiteral("deed_number")).toString();
    o.decreeNumber = row.value(QStringLiteral("decree_number")).toString();
    o.npwp = row.value(QStringLiteral("npwp")).toString();
    o.address = row.value(QStringLiteral("address")).toString();
    o.chairName = row.value(QStringLiteral("chair_name")).toString();
    o.phone = row.value(QStringLiteral("phone")).toString();
    return o;
}

QJsonObject auditView(const Person& p)
{
    return { { QStringLiteral("nik"), p.nik },
             { QStringLiteral("kk"), p.kkNumber },
             { QStringLiteral("name"), p.fullName },
             { QStringLiteral("birthPlace"), p.birthPlace },
             { QStringLiteral("birthDate"), p.birthDate.toString(Qt::ISODate) },
             { QStringLiteral("sex"), p.sex },
             { QStringLiteral("address"), p.address },
             { QStringLiteral("village"), p.villageCode },
             { QStringLiteral("phone"), p.phone } };
}

} // namespace

ApplicantStore::ApplicantStore(Database& database)
    : m_database(database)
{
}

QString ApplicantStore::normalisedNik(const QString& nik)
{
    QString digits = nik;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('.')).remove(QLatin1Char('-'));
    return digits.trimmed();
}

QStringList ApplicantStore::nameWords(const QString& name)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList words = name.toCaseFolded().split(separators, Qt::SkipEmptyParts);
    words.removeDuplicates();
    return words;
}

bool ApplicantStore::indexName(qint64 personId, const QString& name, QString* errorMessage)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM person_name_words WHERE person_id = :id"));
    query.bindValue(QStringLiteral(":id"), personId);
    if (!query.exec()) {
        *errorMessage
            = tr("Cannot save the applicant: %1").arg(DatabaseError::describe(query.lastError()));
        return false;
    }
    return Writer(m_database).indexName(personId, name, errorMessage);
}

QSet<QString> ApplicantStore::allNiks(QString* errorMessage) const
{
    QSet<QString> niks;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT nik FROM persons"));
    if (!read(query, errorMessage))
        return {};
    while (query.next())
        niks.insert(query.value(QStringLiteral("nik")).toString());
    return niks;
}

bool ApplicantStore::read(QSqlQuery& query, QString* errorMessage) const
{
    if (query.exec())
        return true;
    if (errorMessage)
        *errorMessage
            = tr("Cannot read the applicant: %1").arg(DatabaseError::describe(query.lastError()));
    return false;
}

qint64 ApplicantStore::organisationNamed(const QString& name, QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT id, name FROM organisations WHERE LOWER(name) = LOWER(:name)"));
    query.bindValue(QStringLiteral(":name"), name.trimmed());
    if (!read(query, errorMessage))
        return 0;
    // LOWER() folds ASCII only: compare again with Unicode case folding.
    while (query.next()) {
        if (query.value(QStringLiteral("name")).toString().trimmed().toCaseFolded()
            == name.trimmed().toCaseFolded())
            return query.value(QStringLiteral("id")).toLongLong();
    }
    return 0;
}

std::optional<Person> ApplicantStore::findPerson(const QString& nik, QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM persons WHERE nik = :nik")
                      .arg(QLatin1String(kPersonColumns)));
    query.bindValue(QStringLiteral(":nik"), normalisedNik(nik));
    if (read(query, errorMessage) && query.next())
        return personFrom(query.record());
    return std::nullopt;
}

std::optional<Person> ApplicantStore::lookUpPerson(const QString& nik, qint64 viewerId,
                                                   QString* errorMessage)
{
    std::optional<Person> found = findPerson(nik, errorMessage);
    if (found
        && !PersonalDataAudit(m_database)
                .viewed(viewerId, found->id, QStringLiteral("counter"), errorMessage))
        return std::nullopt;
    return found;
}

std::optional<Person> ApplicantStore::person(qint64 id, QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM persons WHERE id = :id").arg(QLatin1String(kPersonColumns)));
    query.bindValue(QStringLiteral(":id"), id);
    if (read(query, errorMessage) && query.next())
        return personFrom(query.record());
    return std::nullopt;
}

std::optional<Organisation> ApplicantStore::organisation(qint64 id, QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM organisations WHERE id = :id")
                      .arg(QLatin1String(kOrganisationColumns)));
    query.bindValue(QStringLiteral(":id"), id);
    if (read(query, errorMessage) && query.next())
        return organisationFrom(query.record());
    return std::nullopt;
}

QList<Organisation> ApplicantStore::findOrganisations(const QString& text, int limit,
                                                      QString* errorMessage) const
{
    QList<Organisation> result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM organisations WHERE LOWER(name) LIKE :pattern"
                                 " ORDER BY name LIMIT :limit")
                      .arg(QLatin1String(kOrganisationColumns)));
    QString escaped = text.trimmed().toLower();
    escaped.replace(QLatin1Char('%'), QString()).replace(QLatin1Char('_'), QString());
    query.bindValue(QStringLiteral(":pattern"), QStringLiteral("%%1%").arg(escaped));
    query.bindValue(QStringLiteral(":limit"), limit);
    if (read(query, errorMessage)) {
        while (query.next())
            result << organisationFrom(query.record());
    }
    return result;
}

qint64 ApplicantStore::savePerson(const Person& given, qint64 userId, const QDateTime& at,
                                  QString* errorMessage)
{
    Person person = given;
    person.nik = normalisedNik(given.nik);
    person.kkNumber = normalisedNik(given.kkNumber);
    errorMessage->clear();
    const std::optional<Person> known = findPerson(person.nik, errorMessage);
    if (!errorMessage->isEmpty())
        return 0;
    const qint64 id = known ? updatePerson(known->id, person, at, errorMessage)
                            : Writer(m_database).insertPerson(person, at, errorMessage);
    if (id == 0
        || (known && known->fullName != person.fullName
            && !indexName(id, person.fullName, errorMessage)))
        return 0;
    const bool changed = !known || auditView(*known) != auditView(person);
    if (changed
        && !AuditLog(m_database)
                .append({ userId, known ? QStringLiteral("update") : QStringLiteral("create"),
                          QStringLiteral("persons"), QString::number(id),
                          known ? auditView(*known) : QJsonObject(), auditView(person), at },
                        errorMessage))
        return 0;
    return id;
}

qint64 ApplicantStore::updatePerson(qint64 id, const Person& person, const QDateTime& at,
                                    QString* errorMessage)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE persons SET kk_number = :kk, full_name = :name, birth_place = :place,"
        " birth_date = :birth, sex = :sex, address = :address, province_code = :province,"
        " regency_code = :regency, district_code = :district, village_code = :village,"
        " phone = :phone, updated_at = :at WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":kk"), nullableText(person.kkNumber.trimmed()));
    query.bindValue(QStringLiteral(":name"), person.fullName.trimmed());
    query.bindValue(QStringLiteral(":place"), nullableText(person.birthPlace.trimmed()));
    query.bindValue(QStringLiteral(":birth"), nullableText(person.birthDate.toString(Qt::ISODate)));
    query.bindValue(QStringLiteral(":sex"), nullableText(person.sex.trimmed()));
    query.bindValue(QStringLiteral(":address"), nullableText(person.address.trimmed()));
    query.bindValue(QStringLiteral(":province"), nullableText(person.provinceCode.trimmed()));
    query.bindValue(QStringLiteral(":regency"), nullableText(person.regencyCode.trimmed()));
    query.bindValue(QStringLiteral(":district"), nullableText(person.districtCode.trimmed()));
    query.bindValue(QStringLiteral(":village"), nullableText(person.villageCode.trimmed()));
    query.bindValue(QStringLiteral(":phone"), nullableText(person.phone.trimmed()));
    query.bindValue(QStringLiteral(":at"), storedTime(at));
    if (query.exec())
        return id;
    *errorMessage
        = tr("Cannot save the applicant: %1").arg(DatabaseError::describe(query.lastError()));
    return 0;
}

qint64 ApplicantStore::saveOrganisation(const Organisation& given, qint64 userId,
                                        const QDateTime& at, QString* errorMessage)
{
    // A returning organisation typed again by name is the same organisation, updated.
    Organisation organisation = given;
    errorMessage->clear();
    if (organisation.id == 0)
        organisation.id = organisationNamed(organisation.name, errorMessage);
    const std::optional<Organisation> before
        = organisation.id > 0 ? this->organisation(organisation.id, errorMessage) : std::nullopt;
    if (!errorMessage->isEmpty())
        return 0;
    qint64 id = organisation.id;
    if (id > 0) {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "UPDATE organisations SET name = :name, deed_number = :deed, decree_number = :decree,"
            " npwp = :npwp, address = :address, chair_name = :chair, phone = :phone,"
            " updated_at = :at WHERE id = :id"));
        query.bindValue(QStringLiteral(":id"), id);
        query.bindValue(QStringLiteral(":name"), organisation.name.trimmed());
        query.bindValue(QStringLiteral(":deed"), nullableText(organisation.deedNumber.trimmed()));
        query.bindValue(QStringLiteral(":decree"),
                        nullableText(organisation.decreeNumber.trimmed()));
        query.bindValue(QStringLiteral(":npwp"), nullableText(organisation.npwp.trimmed()));
        query.bindValue(QStringLiteral(":address"), nullableText(organisation.address.trimmed()));
        query.bindValue(QStringLiteral(":chair"), nullableText(organisation.chairName.trimmed()));
        query.bindValue(QStringLiteral(":phone"), nullableText(organisation.phone.trimmed()));
        query.bindValue(QStringLiteral(":at"), storedTime(at));
        if (!query.exec()) {
            *errorMessage = tr("Cannot save the organisation: %1")
                                .arg(DatabaseError::describe(query.lastError()));
            return 0;
        }
    } else {
        id = Writer(m_database).insertOrganisation(organisation, at, errorMessage);
        if (id == 0)
            return 0;
    }
    auto view = [](const Organisation& o) {
        return QJsonObject {
            { QStringLiteral("name"), o.name },           { QStringLiteral("deed"), o.deedNumber },
            { QStringLiteral("decree"), o.decreeNumber }, { QStringLiteral("npwp"), o.npwp },
            { QStringLiteral("address"), o.address },     { QStringLiteral("chair"), o.chairName }
        };
    };
    if (!AuditLog(m_database)
             .append({ userId,
                       organisation.id > 0 ? QStringLiteral("update") : QStringLiteral("create"),
                       QStringLiteral("organisations"), QString::number(id),
                       before ? view(*before) : QJsonObject(), view(organisation), at },
                     errorMessage))
        return 0;
    return id;
}

} // namespace loket
