// DemoSeeder's made-up applicants: persons with valid NIKs from the office's regions, and the
// organisations (foundations, LKS) that apply for the institutional services.
#include "ApplicantStore.h"
#include "DatabaseError.h"
#include "DemoBatch.h"
#include "SqlValues.h"

#include <QSqlError>

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

bool bindAndRun(QSqlQuery& query, const QVariantList& values, QString* errorMessage)
{
    for (int v = 0; v < values.size(); ++v)
        query.bindValue(v, values.at(v));
    if (query.exec())
        return true;
    *errorMessage = DemoSeeder::tr("Cannot write the demo cases: %1")
                        .arg(DatabaseError::describe(query.lastError()));
    return false;
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
    const QString at = storedTime(received);
    const bool female = m_random.bounded(2) == 1;
    const Region& village
        = batch.villages.at(m_random.bounded(static_cast<int>(batch.villages.size())));
    const QString district = RegionTable::parentCode(village.code);
    const QDate birth = received.date().addDays(-m_random.bounded(18 * 365, 80 * 365));
    QString nik;
    for (int serial = m_random.bounded(9000); nik.isEmpty() || batch.niks.contains(nik); ++serial)
        nik = randomNik(district, birth, female, serial);
    batch.niks.insert(nik);
    const QString name = (female ? pick(m_random, kFemale) : pick(m_random, kMale))
        + QLatin1Char(' ') + pick(m_random, kFamily);
    QString kk = nik.left(6)
        + QStringLiteral("%1%2%3%4")
              .arg(m_random.bounded(1, 28), 2, 10, QLatin1Char('0'))
              .arg(m_random.bounded(1, 13), 2, 10, QLatin1Char('0'))
              .arg(m_random.bounded(10, 24), 2, 10, QLatin1Char('0'))
              .arg(m_random.bounded(1, 9999), 4, 10, QLatin1Char('0'));
    const QString address = QStringLiteral("%1 No. %2, RT %3/RW %4, %5")
                                .arg(pick(m_random, kStreets))
                                .arg(m_random.bounded(1, 200))
                                .arg(m_random.bounded(1, 30), 3, 10, QLatin1Char('0'))
                                .arg(m_random.bounded(1, 10), 3, 10, QLatin1Char('0'))
                                .arg(village.name);
    const QVariantList values { nik,
                                kk,
                                name,
                                m_regions.find(RegionTable::parentCode(district))->name,
                                birth.toString(Qt::ISODate),
                                female ? QStringLiteral("P") : QStringLiteral("L"),
                                address,
                                village.code.left(2),
                                village.code.left(5),
                                district,
                                village.code,
                                QStringLiteral("08%1").arg(m_random.bounded(100000000, 999999999)),
                                at,
                                at };
    if (!bindAndRun(batch.insertPerson, values, errorMessage))
        return 0;
    const qint64 personId = batch.insertPerson.lastInsertId().toLongLong();
    batch.persons << personId;
    for (const QString& word : ApplicantStore::nameWords(name)) {
        if (!bindAndRun(batch.insertWord, { personId, word }, errorMessage))
            return 0;
    }
    return personId;
}

qint64 DemoSeeder::demoOrganisation(Batch& batch, const QString& at, QString* errorMessage)
{
    // Forty organisations at most, each applying again and again.
    if (batch.organisations.size() < 40) {
        const QVariantList values {
            pick(m_random, kOrganisations)
                + QStringLiteral(" %1").arg(batch.organisations.size() + 1),
            QStringLiteral("Akta Notaris No. %1 Tahun %2")
                .arg(m_random.bounded(1, 90))
                .arg(m_random.bounded(2005, 2023)),
            QStringLiteral("AHU-%1.AH.01.04.Tahun %2")
                .arg(m_random.bounded(1000, 9999))
                .arg(m_random.bounded(2005, 2023)),
            QStringLiteral("%1.%2.%3.4-%5.000")
                .arg(m_random.bounded(10, 99))
                .arg(m_random.bounded(100, 999))
                .arg(m_random.bounded(100, 999))
                .arg(m_random.bounded(100, 999)),
            QStringLiteral("%1 No. %2").arg(pick(m_random, kStreets)).arg(m_random.bounded(1, 200)),
            pick(m_random, kMale) + QLatin1Char(' ') + pick(m_random, kFamily),
            QStringLiteral("08%1").arg(m_random.bounded(100000000, 999999999)),
            at,
            at
        };
        if (!bindAndRun(batch.insertOrganisation, values, errorMessage))
            return 0;
        batch.organisations << batch.insertOrganisation.lastInsertId().toLongLong();
    }
    return batch.organisations.at(m_random.bounded(static_cast<int>(batch.organisations.size())));
}

} // namespace loket
