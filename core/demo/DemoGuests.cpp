// Demo guest-book entries for training mode: visitors who came only to ask.
#include "DemoGuests.h"

#include "DemoSeeder.h"
#include "GuestBook.h"
#include "SettingsStore.h"
#include "UserStore.h"
#include "WorkingCalendar.h"

#include <QRandomGenerator>
#include <algorithm>

namespace loket {
namespace {

const char* const kNames[]
    = { "Ahmad Saputra", "Siti Rahmawati", "Yohanes Ngabut", "Dewi Anggraini", "Rahmat Hidayat",
        "Maria Usop",    "Fajar Nugroho",  "Nurhayati Noor", "Gusti Riwut",    "Lestari Bahen",
        "Eko Setiawan",  "Rosita Hairani", "Samsul Rahman",  "Kartini Hasan",  "Markus Kusuma" };
const char* const kOrigins[] = { "Kel. Langkai",    "Kel. Palangka",
                                 "Kel. Menteng",    "Kel. Bukit Tunggal",
                                 "Kec. Jekan Raya", "Kec. Pahandut",
                                 "LKS Bina Insani", "Yayasan Nurul Iman",
                                 "Puskesmas Kayon", "Kantor Kelurahan Panarung" };
struct Question
{
    const char* purpose;
    const char* outcome;
    bool aboutService;
};
const Question kQuestions[] = {
    { "Menanyakan persyaratan layanan", "Dijelaskan persyaratan; akan kembali membawa berkas.",
      true },
    { "Menanyakan perkembangan berkas keluarga", "Diberi tahu status berkas dan perkiraan selesai.",
      true },
    { "Meminta formulir permohonan", "Diberikan formulir dan contoh pengisian.", true },
    { "Menanyakan jadwal penyaluran bantuan sosial",
      "Diarahkan ke Bidang Perlindungan dan "
      "Jaminan Sosial.",
      false },
    { "Konsultasi pendaftaran DTKS", "Diarahkan ke kelurahan untuk usulan melalui musyawarah.",
      false },
    { "Mengantar surat undangan rapat", "Surat diterima dan diteruskan ke Sekretariat.", false },
    { "Menanyakan biaya layanan", "Dijelaskan bahwa layanan tidak dipungut biaya.", true },
};

template<size_t N> QString pick(QRandomGenerator& random, const char* const (&items)[N])
{
    return QString::fromUtf8(items[random.bounded(static_cast<int>(N))]);
}

} // namespace

int seedDemoGuests(Database& database, const Catalog& catalog, const QDateTime& until, int days,
                   int count, QString* errorMessage, quint32 seed)
{
    if (!SettingsStore::isDemoDatabase(database)) {
        *errorMessage = QCoreApplication::translate(
            "loket::DemoSeeder", "Demo guests are only added to a demo database.");
        return -1;
    }
    std::optional<User> clerk;
    for (const User& user : UserStore(database).all()) {
        if (user.active && user.hasRole(UserRole::FrontOffice)
            && (!clerk || user.username == QLatin1String("petugas")))
            clerk = user;
    }
    if (!clerk) {
        *errorMessage = QCoreApplication::translate(
            "loket::DemoSeeder", "There is no front-office user to serve the demo guests.");
        return -1;
    }
    QRandomGenerator random(seed);
    const QTimeZone zone = officeHoursOf(catalog.office).zone;
    const QDate today = until.toTimeZone(zone).date();
    QList<QDateTime> moments;
    while (moments.size() < count) {
        const QDate day = today.addDays(-random.bounded(qMax(1, days)));
        if (day.dayOfWeek() > 5)
            continue;
        const QDateTime moment(day, QTime(8, 0).addSecs(random.bounded(8 * 3600)), zone);
        if (moment <= until)
            moments << moment;
    }
    std::sort(moments.begin(), moments.end());
    GuestBook book(database, catalog);
    int added = 0;
    for (const QDateTime& moment : std::as_const(moments)) {
        const Question& question
            = kQuestions[random.bounded(static_cast<int>(std::size(kQuestions)))];
        GuestEntry entry;
        entry.visitedAt = moment;
        entry.name = pick(random, kNames) + QStringLiteral(" (demo)");
        if (random.bounded(3) == 0)
            entry.nik = QString(catalog.office.regionCode).remove(QLatin1Char('.'))
                + QStringLiteral("01%1%2%3%4")
                      .arg(random.bounded(1, 29), 2, 10, QLatin1Char('0'))
                      .arg(random.bounded(1, 13), 2, 10, QLatin1Char('0'))
                      .arg(random.bounded(60, 100))
                      .arg(random.bounded(1, 999), 4, 10, QLatin1Char('0'));
        entry.phone = QStringLiteral("0812-%1-%2")
                          .arg(random.bounded(1000, 9999))
                          .arg(random.bounded(1000, 9999));
        entry.origin = pick(random, kOrigins);
        entry.purpose = QString::fromUtf8(question.purpose);
        if (question.aboutService && !catalog.services.isEmpty()) {
            const Service& service
                = catalog.services.at(random.bounded(static_cast<int>(catalog.services.size())));
            entry.serviceCode = service.code;
            entry.purpose += QStringLiteral(" ") + service.name;
        }
        entry.outcome = QString::fromUtf8(question.outcome);
        if (!book.add(entry, *clerk, moment, errorMessage))
            return -1;
        ++added;
    }
    return added;
}

} // namespace loket
