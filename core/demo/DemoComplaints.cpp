#include "DemoComplaints.h"

#include "CaseModel.h"
#include "CaseQueries.h"
#include "ComplaintQueries.h"
#include "ComplaintStore.h"
#include "DatabaseError.h"
#include "UserStore.h"
#include "WorkingCalendar.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <functional>

namespace loket {
namespace {

using K = ComplaintKind;
using C = ComplaintChannelKind;
using S = ComplaintStatus;

struct DemoComplaint
{
    int workingDaysAgo;
    int hour, minute;
    K kind;
    C channel;
    const char* ticket;
    const char* name; // nullptr: anonymous
    const char* phone;
    const char* subject;
    const char* description;
    S stage;
    int respondAfterDays; // 0: the same day, as the standard asks
    bool relatedCase;
};

// Names and stories are invented for training.
const DemoComplaint kComplaints[] = {
    { 14, 9, 10, K::Complaint, C::InPerson, "", "Rahmat Hidayat", "0812-5100-2231",
      "Rekomendasi KIS-PBI belum selesai",
      "Berkas rekomendasi KIS-PBI diserahkan dua minggu lalu, tetapi belum ada kabar.", S::Closed,
      0, true },
    { 13, 10, 25, K::Information, C::Phone, "", "Siti Aminah", "0813-4800-1177",
      "Syarat surat keterangan terdaftar DTKS",
      "Menanyakan dokumen yang perlu dibawa untuk surat keterangan terdaftar DTKS.", S::Closed, 0,
      false },
    { 12, 13, 40, K::Complaint, C::Lapor, "LAPOR-4827195", "Yulius Dandan", "",
      "Bantuan sosial tidak diterima sejak tiga bulan",
      "Pelapor terdaftar sebagai penerima bantuan tetapi sejak tiga bulan tidak menerima "
      "penyaluran.",
      S::Answered, 0, false },
    { 11, 8, 30, K::Aspiration, C::Instagram, "", nullptr, "",
      "Usulan layanan jemput berkas bagi lansia",
      "Mengusulkan petugas menjemput berkas permohonan lansia yang tidak dapat datang ke kantor.",
      S::FollowedUp, 0, false },
    { 10, 14, 5, K::Complaint, C::SmsWhatsapp, "", "Marlina Sari", "0852-4900-3310",
      "Petugas loket tidak ada saat jam layanan",
      "Pada pukul 13.30 loket kosong, pemohon menunggu hampir satu jam.", S::Forwarded, 0, false },
    { 9, 11, 0, K::Complaint, C::Written, "", nullptr, "",
      "Antrean loket terlalu lama pada hari Senin",
      "Surat di kotak pengaduan: antrean hari Senin sangat panjang dan tidak ada nomor antrean.",
      S::Responded, 2, false },
    { 9, 9, 45, K::Information, C::Email, "", "Andreas Tingang", "",
      "Jadwal penyaluran bantuan permakanan lansia",
      "Menanyakan jadwal penyaluran bantuan permakanan bagi lansia di kelurahan Menteng.",
      S::Answered, 0, false },
    { 3, 10, 15, K::Complaint, C::Facebook, "", nullptr, "",
      "Informasi di halaman Facebook tidak diperbarui",
      "Persyaratan layanan yang diunggah di Facebook berbeda dengan yang diminta di loket.",
      S::Received, 0, false },
    { 2, 15, 20, K::Complaint, C::Website, "", "Hj. Norhayati", "0811-5200-9088",
      "Status usulan DTKS tidak dapat dicek",
      "Halaman cek status usulan DTKS di website tidak dapat dibuka sejak minggu lalu.",
      S::Received, 0, false },
    { 0, 8, 20, K::Information, C::Phone, "", "Dedi Kurniawan", "0821-5300-4411",
      "Prosedur pengangkatan anak",
      "Menanyakan tahapan dan lama proses rekomendasi calon orang tua angkat.", S::Received, 0,
      false },
    { 8, 9, 0, K::Aspiration, C::InPerson, "", "Bambang Irawan", "0813-4900-7720",
      "Sosialisasi program bantuan di tingkat kelurahan",
      "Ketua RT 05 mengusulkan sosialisasi program bantuan sosial di kantor kelurahan.", S::Closed,
      0, false },
    { 7, 10, 50, K::Complaint, C::Lapor, "LAPOR-4830552", nullptr, "",
      "Dugaan pungutan dalam pengurusan rekomendasi",
      "Pelapor menyebut diminta uang untuk mempercepat rekomendasi; layanan ini gratis.",
      S::FollowedUp, 0, false },
    { 0, 9, 5, K::Complaint, C::SmsWhatsapp, "", "Rusdiansyah", "0852-5100-6632",
      "Kartu KIS belum aktif setelah rekomendasi terbit",
      "Rekomendasi KIS-PBI sudah terbit bulan lalu, tetapi kartu belum aktif di puskesmas.",
      S::Received, 0, true },
    { 6, 13, 10, K::Information, C::Email, "", "Fransiska Dewi", "",
      "Persyaratan izin operasional LKS",
      "Yayasan kami ingin mengurus izin operasional LKS; mohon daftar persyaratannya.",
      S::Responded, 0, false },
    { 6, 10, 30, K::Complaint, C::InPerson, "", "Agus Salim", "0812-5000-1290",
      "Berkas hilang setelah diserahkan di loket",
      "Berkas asli kartu keluarga tidak dikembalikan setelah pemeriksaan di loket.", S::Forwarded,
      0, true },
};

QDate workingDaysBefore(const WorkingCalendar& calendar, QDate day, int count)
{
    while (!calendar.isWorkingDay(day))
        day = day.addDays(-1);
    for (int i = 0; i < count; ++i) {
        day = day.addDays(-1);
        while (!calendar.isWorkingDay(day))
            day = day.addDays(-1);
    }
    return day;
}

QDate workingDaysAfter(const WorkingCalendar& calendar, QDate day, int count)
{
    for (int i = 0; i < count; ++i) {
        day = day.addDays(1);
        while (!calendar.isWorkingDay(day))
            day = day.addDays(1);
    }
    return day;
}

std::optional<User> firstWith(const QList<User>& users, std::initializer_list<UserRole> roles)
{
    for (UserRole role : roles) {
        for (const User& user : users) {
            if (user.active && user.hasRole(role))
                return user;
        }
    }
    return std::nullopt;
}

struct DemoActors
{
    User clerk;
    User officer;
    User head;
};

ComplaintDraft draftOf(const DemoComplaint& demo)
{
    ComplaintDraft draft;
    draft.kind = demo.kind;
    draft.channel = demo.channel;
    draft.laporTicket = QString::fromLatin1(demo.ticket);
    draft.anonymous = demo.name == nullptr;
    draft.name = demo.name ? QString::fromUtf8(demo.name) : QString();
    draft.phone = QString::fromLatin1(demo.phone);
    draft.subject = QString::fromUtf8(demo.subject);
    draft.description = QString::fromUtf8(demo.description);
    return draft;
}

// Takes a recorded complaint through the stages up to `stage` (its index among the statuses),
// each at the moment `stepAt` gives for it.
bool advance(ComplaintStore& store, const QString& number, int stage, const DemoActors& actors,
             const std::function<QDateTime(int)>& stepAt, QString* errorMessage)
{
    bool ok = true;
    if (ok && stage >= 1)
        ok = store.respond(number,
                           QStringLiteral("Pengaduan diterima dan sedang ditelaah; "
                                          "tanggapan lengkap menyusul."),
                           actors.clerk, stepAt(1), errorMessage);
    if (ok && stage >= 2)
        ok = store.forward(number, actors.head.id, QStringLiteral("Mohon arahan tindak lanjut."),
                           actors.officer, stepAt(2), errorMessage);
    if (ok && stage >= 3)
        ok = store.followUp(number,
                            QStringLiteral("Dikoordinasikan dengan bidang terkait; "
                                           "pemeriksaan berkas dan konfirmasi kepada petugas."),
                            actors.officer, stepAt(3), errorMessage);
    if (ok && stage >= 4)
        ok = store
                 .answer(number,
                         QStringLiteral("Permasalahan telah kami periksa bersama bidang "
                                        "terkait dan telah ditindaklanjuti. Mohon maaf atas "
                                        "ketidaknyamanan yang Saudara alami."),
                         actors.officer, stepAt(4), errorMessage)
                 .has_value();
    if (ok && stage >= 5)
        ok = store.close(number, QStringLiteral("Pengadu menyatakan puas."), actors.officer,
                         stepAt(5), errorMessage);
    return ok;
}

// The demo complaints in the order they arrived, so that the numbers follow the dates.
QList<DemoComplaint> inArrivalOrder()
{
    QList<DemoComplaint> ordered(std::begin(kComplaints), std::end(kComplaints));
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const DemoComplaint& a, const DemoComplaint& b) {
                         if (a.workingDaysAgo != b.workingDaysAgo)
                             return a.workingDaysAgo > b.workingDaysAgo;
                         return a.hour * 60 + a.minute < b.hour * 60 + b.minute;
                     });
    return ordered;
}

} // namespace

int seedDemoComplaints(Database& database, const Catalog& catalog, const WorkingCalendar& calendar,
                       const QDateTime& now, QString* errorMessage)
{
    QSqlQuery existing(database.connection());
    if (!existing.exec(QStringLiteral("SELECT COUNT(*) FROM complaints")) || !existing.next()) {
        *errorMessage = QCoreApplication::translate("loket::ComplaintQueries",
                                                    "Cannot read the complaints: %1")
                            .arg(DatabaseError::describe(existing.lastError()));
        return -1;
    }
    if (existing.value(0).toInt() > 0)
        return 0;
    const QList<User> users = UserStore(database).all();
    const std::optional<User> clerk = firstWith(users, { UserRole::FrontOffice });
    const std::optional<User> officer = firstWith(users, { UserRole::BackOffice });
    const std::optional<User> head
        = firstWith(users, { UserRole::HeadOfDivision, UserRole::HeadOfOffice });
    if (!clerk || !officer || !head) {
        *errorMessage = ComplaintStore::tr(
            "Demo complaints need a front-office, a back-office and a head user.");
        return -1;
    }
    const DemoActors actors { *clerk, *officer, *head };
    QString error;
    const QList<CaseSummary> cases = CaseQueries(database).list(std::nullopt, 3, &error);
    if (!error.isEmpty()) {
        *errorMessage = error;
        return -1;
    }
    const QTimeZone zone = officeHoursOf(catalog.office).zone;
    const QDate today = now.toTimeZone(zone).date();
    ComplaintStore store(database, catalog, calendar);
    int added = 0;
    int caseIndex = 0;
    for (const DemoComplaint& demo : inArrivalOrder()) {
        ComplaintDraft draft = draftOf(demo);
        if (demo.relatedCase && !cases.isEmpty())
            draft.caseNumber = cases.at(caseIndex++ % cases.size()).number;
        const QDate day = workingDaysBefore(calendar, today, demo.workingDaysAgo);
        draft.receivedAt
            = std::min(QDateTime(day, QTime(demo.hour, demo.minute), zone), now.addSecs(-1800));
        // Step 1 (the response) the same working day, later steps a working day apart, during
        // office hours; never after now.
        const auto stepAt = [&](int step) {
            const int days = demo.respondAfterDays + std::max(0, step - 1);
            const QDate stepDay = workingDaysAfter(calendar, day, days);
            const QTime time = step == 1 ? draft.receivedAt.toTimeZone(zone).time().addSecs(5400)
                                         : QTime(9, 0).addSecs(step * 1800);
            return std::min(QDateTime(stepDay, std::min(time, QTime(15, 45)), zone),
                            now.addSecs(-60 * (6 - step)));
        };
        const std::optional<Complaint> recorded
            = store.record(draft, actors.clerk, draft.receivedAt.addSecs(120), errorMessage);
        if (!recorded
            || !advance(store, recorded->number, int(allComplaintStatuses().indexOf(demo.stage)),
                        actors, stepAt, errorMessage))
            return -1;
        ++added;
    }
    return added;
}

} // namespace loket
