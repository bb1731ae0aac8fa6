#include "ApplicantStoreWriter.h"

#include "DatabaseError.h"
#include "SqlValues.h"

#include <QSqlError>

namespace loket {

ApplicantStore::Writer::Writer(Database& database)
    : m_person(database.connection())
    , m_word(database.connection())
    , m_organisation(database.connection())
{
    m_person.prepare(QStringLiteral(
        "INSERT INTO persons (nik, kk_number, full_name, birth_place, birth_date, sex,"
        " address, province_code, regency_code, district_code, village_code, phone,"
        " created_at, updated_at) VALUES (:nik, :kk, :name, :place, :birth, :sex,"
        " :address, :province, :regency, :district, :village, :phone, :at, :at)"));
    m_word.prepare(
        QStringLiteral("INSERT INTO person_name_words (person_id, word) VALUES (:id, :word)"));
    m_organisation.prepare(
        QStringLiteral("INSERT INTO organisations (name, deed_number, decree_number, npwp, address,"
                       " chair_name, phone, created_at, updated_at) VALUES (:name, :deed, :decree,"
                       " :npwp, :address, :chair, :phone, :at, :at)"));
}

qint64 ApplicantStore::Writer::insertPerson(const Person& person, const QDateTime& at,
                                            QString* errorMessage)
{
    m_person.bindValue(QStringLiteral(":nik"), normalisedNik(person.nik));
    m_person.bindValue(QStringLiteral(":kk"), nullableText(normalisedNik(person.kkNumber)));
    m_person.bindValue(QStringLiteral(":name"), person.fullName.trimmed());
    m_person.bindValue(QStringLiteral(":place"), nullableText(person.birthPlace.trimmed()));
    m_person.bindValue(QStringLiteral(":birth"),
                       nullableText(person.birthDate.toString(Qt::ISODate)));
    m_person.bindValue(QStringLiteral(":sex"), nullableText(person.sex.trimmed()));
    m_person.bindValue(QStringLiteral(":address"), nullableText(person.address.trimmed()));
    m_person.bindValue(QStringLiteral(":province"), nullableText(person.provinceCode.trimmed()));
    m_person.bindValue(QStringLiteral(":regency"), nullableText(person.regencyCode.trimmed()));
    m_person.bindValue(QStringLiteral(":district"), nullableText(person.districtCode.trimmed()));
    m_person.bindValue(QStringLiteral(":village"), nullableText(person.villageCode.trimmed()));
    m_person.bindValue(QStringLiteral(":phone"), nullableText(person.phone.trimmed()));
    m_person.bindValue(QStringLiteral(":at"), storedTime(at));
    if (!m_person.exec()) {
        *errorMessage = ApplicantStore::tr("Cannot save the applicant: %1")
                            .arg(DatabaseError::describe(m_person.lastError()));
        return 0;
    }
    const qint64 id = m_person.lastInsertId().toLongLong();
    if (id <= 0) {
        *errorMessage = ApplicantStore::tr("Cannot save the applicant: %1")
                            .arg(DatabaseError::describe(m_person.lastError()));
        return 0;
    }
    return indexName(id, person.fullName, errorMessage) ? id : 0;
}

bool ApplicantStore::Writer::indexName(qint64 personId, const QString& name, QString* errorMessage)
{
    for (const QString& word : nameWords(name)) {
        m_word.bindValue(QStringLiteral(":id"), personId);
        m_word.bindValue(QStringLiteral(":word"), word);
        if (!m_word.exec()) {
            *errorMessage = ApplicantStore::tr("Cannot save the applicant: %1")
                                .arg(DatabaseError::describe(m_word.lastError()));
            return false;
        }
    }
    return true;
}

qint64 ApplicantStore::Writer::insertOrganisation(const Organisation& organisation,
                                                  const QDateTime& at, QString* errorMessage)
{
    m_organisation.bindValue(QStringLiteral(":name"), organisation.name.trimmed());
    m_organisation.bindValue(QStringLiteral(":deed"),
                             nullableText(organisation.deedNumber.trimmed()));
    m_organisation.bindValue(QStringLiteral(":decree"),
                             nullableText(organisation.decreeNumber.trimmed()));
    m_organisation.bindValue(QStringLiteral(":npwp"), nullableText(organisation.npwp.trimmed()));
    m_organisation.bindValue(QStringLiteral(":address"),
                             nullableText(organisation.address.trimmed()));
    m_organisation.bindValue(QStringLiteral(":chair"),
                             nullableText(organisation.chairName.trimmed()));
    m_organisation.bindValue(QStringLiteral(":phone"), nullableText(organisation.phone.trimmed()));
    m_organisation.bindValue(QStringLiteral(":at"), storedTime(at));
    const qint64 id = m_organisation.exec() ? m_organisation.lastInsertId().toLongLong() : 0;
    if (id <= 0)
        *errorMessage = ApplicantStore::tr("Cannot save the organisation: %1")
                            .arg(DatabaseError::describe(m_organisation.lastError()));
    return id > 0 ? id : 0;
}

} // namespace loket
