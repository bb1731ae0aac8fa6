// DemoSeeder's made-up applicants: persons with valid NIKs from the office's regions, and the
// organisations (foundations, LKS) that apply for the institutional services.
#include "DemoBatch.h"

namespace loket {
namespace {

const char* const kMale[]
    = { "Ahmad",    "Budi",    "Rahmat", "Andi", "Agus",    "Yusuf", "Hendra",
        "Dedi",     "Fajar",   "Rizky",  "Eko",  "Samsul",  "Arif",  "Muhammad",
        "Darmawan", "Yohanes", "Markus", "Iwan", "Syahrul", "Gusti" };
const char* const kFemale[]
    = { "Siti",  "Nur",   "Dewi", "Rina", "Sri",     "Wati",      "Maria",   "Lestari", "Yuliana",
        "Fitri", "Ratna", "Ani",  "Desi", "Kartini", "Nurhayati", "Mariani", "Rosita",  "Erna" };
const char* const kFamily[]
    = { "Saputra",   "Pratama",   "Hidayat", "Santoso", "Wijaya",   "Rahman",     "Hasan",
        "Syahputra", "Anggraini", "Kusuma",  "Nugroho", "Setiawan", "Firmansyah", "Ramadhani",
        "Usop",      "Bahen",     "Ngabut",  "Riwut",   "Noor",     "Hairani" };
const char* const kStreets[]
    = { "Jl. Ahmad Yani",        "Jl. Diponegoro", "Jl. Sudirman",    "Jl. Merdeka",
        "Jl. Pramuka",           "Jl. Kartini",    "Jl. Cilik Riwut", "Jl. Veteran",
        "Jl. Pangeran Antasari", "Jl. Imam Bonjol" };
const char* const kOrganisations[] = { "Yayasan Panti Asuhan Harapan Kasih",
                                       "Yayasan Panti Asuhan Al-Ikhlas",
                                       "LKS Bina Insani",
                                       "Yayasan Nurul Iman",
                                       "LKSA Kasih Bunda",
                                       "Yayasan Peduli Sesama",
                                       "LKS Lanjut Usia Sejahtera",
                                       "Yayasan Bhakti Pertiwi" };

template<size_t N> QString pick(QRandomGenerator& random, const char* const (&items)[N])
{
    return QString::fromUtf8(items[random.bounded(static_cast<int>(N))]);
}

} // namespace

qint64 DemoSeeder::demoPerson(Batch& batch, const QDateTime& received, QString* errorMessage)
{
    // A quarter of the applicants come back with another request.
    if (batch.persons.size() > 20 && m_random.bounded(100) < 25)
        return batch.persons.at(m_random.bounded(static_cast<int>(batch.persons.size())));
    return newDemoPerson(batch, received, errorMessage);
}

qint64 DemoSeeder::newDemoPerson(Batch& batch, const QDateTime& received, QString* errorMessage)
{
    const bool female = m_random.bounded(2) == 1;
    const Region& village
        = batch.villages.at(m_random.bounded(static_cast<int>(batch.villages.size())));
    const QString district = RegionTable::parentCode(village.code);
    const QDate birth = received.date().addDays(-m_random.bounded(18 * 365, 80 * 365));
    Person person;
    for (int serial = m_random.bounded(9000);
         person.nik.isEmpty() || batch.niks.contains(person.nik); ++serial)
        person.nik = randomNik(district, birth, female, serial);
    batch.niks.insert(person.nik);
    // Drawn in this order, so that a seed makes the persons it always made.
    person.fullName = (female ? pick(m_random, kFemale) : pick(m_random, kMale)) + QLatin1Char(' ')
        + pick(m_random, kFamily);
    person.kkNumber = person.nik.left(6)
        + QStringLiteral("%1%2%3%4")
              .arg(m_random.bounded(1, 28), 2, 10, QLatin1Char('0'))
              .arg(m_random.bounded(1, 13), 2, 10, QLatin1Char('0'))
              .arg(m_random.bounded(10, 24), 2, 10, QLatin1Char('0'))
              .arg(m_random.bounded(1, 9999), 4, 10, QLatin1Char('0'));
    person.address = QStringLiteral("%1 No. %2, RT %3/RW %4, %5")
                         .arg(pick(m_random, kStreets))
                         .arg(m_random.bounded(1, 200))
                         .arg(m_random.bounded(1, 30), 3, 10, QLatin1Char('0'))
                         .arg(m_random.bounded(1, 10), 3, 10, QLatin1Char('0'))
                         .arg(village.name);
    person.phone = QStringLiteral("08%1").arg(m_random.bounded(100000000, 999999999));
    person.birthPlace = m_regions.find(RegionTable::parentCode(district))->name;
    person.birthDate = birth;
    person.sex = female ? QStringLiteral("P") : QStringLiteral("L");
    person.provinceCode = village.code.left(2);
    person.regencyCode = village.code.left(5);
    person.districtCode = district;
    person.villageCode = village.code;
    const qint64 personId = batch.applicants.insertPerson(person, received, errorMessage);
    if (personId != 0)
        batch.persons << personId;
    return personId;
}

qint64 DemoSeeder::demoOrganisation(Batch& batch, const QDateTime& at, QString* errorMessage)
{
    // Forty organisations at most, each applying again and again.
    if (batch.organisations.size() < 40) {
        // Drawn in this order, so that a seed makes the organisations it always made.
        Organisation organisation;
        organisation.name = pick(m_random, kOrganisations)
            + QStringLiteral(" %1").arg(batch.organisations.size() + 1);
        organisation.deedNumber = QStringLiteral("Akta Notaris No. %1 Tahun %2")
                                      .arg(m_random.bounded(1, 90))
                                      .arg(m_random.bounded(2005, 2023));
        organisation.decreeNumber = QStringLiteral("AHU-%1.AH.01.04.Tahun %2")
                                        .arg(m_random.bounded(1000, 9999))
                                        .arg(m_random.bounded(2005, 2023));
        organisation.npwp = QStringLiteral("%1.%2.%3.4-%5.000")
                                .arg(m_random.bounded(10, 99))
                                .arg(m_random.bounded(100, 999))
                                .arg(m_random.bounded(100, 999))
                                .arg(m_random.bounded(100, 999));
        organisation.address = QStringLiteral("%1 No. %2")
                                   .arg(pick(m_random, kStreets))
                                   .arg(m_random.bounded(1, 200));
        organisation.chairName = pick(m_random, kMale) + QLatin1Char(' ') + pick(m_random, kFamily);
        organisation.phone = QStringLiteral("08%1").arg(m_random.bounded(100000000, 999999999));
        const qint64 id = batch.applicants.insertOrganisation(organisation, at, errorMessage);
        if (id == 0)
            return 0;
        batch.organisations << id;
    }
    return batch.organisations.at(m_random.bounded(static_cast<int>(batch.organisations.size())));
}

} // namespace loket
