// DemoSeeder::seedCases: many varied, realistic cases written fast in batches.
#include "ApplicantStore.h"
#include "AuditLog.h"
#include "CaseModel.h"
#include "CaseNumberFormat.h"
#include "DatabaseError.h"
#include "DemoSeeder.h"
#include "DueDateCalculator.h"
#include "SettingsStore.h"
#include "SqlValues.h"
#include "UserStore.h"
#include "WorkingCalendar.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

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

CaseStatus statusForAge(int days, QRandomGenerator& random)
{
    if (random.bounded(100) < 3)
        return CaseStatus::Rejected;
    if (days < 1)
        return CaseStatus::Registered;
    if (days < 3)
        return CaseStatus::InVerification;
    if (days < 7)
        return CaseStatus::InProcess;
    if (days < 10)
        return CaseStatus::AwaitingSignoff;
    if (days < 15)
        return CaseStatus::ProductReady;
    return CaseStatus::HandedOver;
}

// When a finished demo case became ready: mostly within its service time, about one in five
// a few days late, so that the service recap shows both. Never after `until`.
QDateTime demoCompletion(const QDateTime& received, const QDateTime& due, const QDateTime& until,
                         QRandomGenerator& random)
{
    QDateTime done;
    if (due.isValid() && random.bounded(100) >= 20)
        done = received.addSecs(qint64(received.secsTo(due) * (0.3 + random.bounded(0.7))));
    else if (due.isValid())
        done = due.addDays(1 + random.bounded(5));
    else
        done = received.addDays(1 + random.bounded(10));
    return qMax(received, qMin(done, until));
}

} // namespace

int DemoSeeder::seedCases(int count, const QDateTime& until, int days, QString* errorMessage)
{
    QList<qint64> clerks;
    QList<qint64> officers; // who the back office's demo cases are assigned to
    for (const User& user : UserStore(m_database).all()) {
        if (user.hasRole(UserRole::BackOffice))
            officers << user.id;
    }
    // Its own generator, so that the cases themselves stay what they were before outcomes.
    QRandomGenerator outcomes(quint32(count) ^ 0x5eed2026u);
    for (const User& user : UserStore(m_database).all()) {
        if (user.hasRole(UserRole::FrontOffice))
            clerks << user.id;
    }
    if (clerks.isEmpty()) {
        *errorMessage = tr("The database has no front-office user to register the cases.");
        return -1;
    }
    QList<Region> villages;
    for (const Region& district : m_regions.children(m_catalog.office.regionCode))
        villages += m_regions.children(district.code);
    if (villages.isEmpty()) {
        *errorMessage
            = tr("No villages are known for the region %1.").arg(m_catalog.office.regionCode);
        return -1;
    }

    QList<QDateTime> moments;
    moments.reserve(count);
    for (int i = 0; i < count; ++i)
        moments << randomWorkingMoment(until, days);
    std::sort(moments.begin(), moments.end());

    QString pattern = SettingsStore(m_database).value(CaseNumberFormat::SettingKey, errorMessage);
    if (pattern.isEmpty())
        pattern = CaseNumberFormat::DefaultPattern;
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    QMap<int, int> serials;
    query.prepare(QStringLiteral("SELECT counter_year, last_value FROM case_number_counters"
                                 " WHERE office_id = :office"));
    query.bindValue(QStringLiteral(":office"), m_catalog.office.id);
    if (query.exec()) {
        while (query.next())
            serials.insert(query.value(0).toInt(), query.value(1).toInt());
    }
    QSet<QString> niks;
    query.prepare(QStringLiteral("SELECT nik FROM persons"));
    if (query.exec()) {
        while (query.next())
            niks.insert(query.value(0).toString());
    }

    const OfficeHours hours = officeHoursOf(m_catalog.office);
    const DueDateCalculator calculator(m_calendar, hours);
    QSqlQuery insertPerson(db), insertOrganisation(db), insertCase(db), insertItem(db),
        insertStep(db), insertWord(db);
    insertWord.prepare(
        QStringLiteral("INSERT INTO person_name_words (person_id, word) VALUES (?, ?)"));
    insertPerson.prepare(QStringLiteral(
        "INSERT INTO persons (nik, kk_number, full_name, birth_place, birth_date, sex, address,"
        " province_code, regency_code, district_code, village_code, phone, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insertOrganisation.prepare(QStringLiteral(
        "INSERT INTO organisations (name, deed_number, decree_number, npwp, address, chair_name,"
        " phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insertCase.prepare(QStringLiteral(
        "INSERT INTO cases (case_number, office_id, service_code, catalog_version, status,"
        " is_renewal, person_id, organisation_id, received_at, response_due_at, due_at,"
        " clock_started_at, registered_by, rejection_reason, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insertItem.prepare(QStringLiteral(
        "INSERT INTO case_requirements (case_id, item_index, requirement_text, state, note,"
        " override_reason, updated_by, updated_at) VALUES (?, ?, ?, ?, NULL, NULL, ?, ?)"));
    QSqlQuery insertHistory(db), updateOutcome(db);
    insertHistory.prepare(QStringLiteral(
        "INSERT INTO case_status_history (case_id, from_status, to_status, changed_by,"
        " changed_at, note) VALUES (?, ?, ?, ?, ?, NULL)"));
    updateOutcome.prepare(QStringLiteral("UPDATE cases SET assigned_to = ?, clock_stopped_at = ?,"
                                         " updated_at = ? WHERE id = ?"));
    insertStep.prepare(QStringLiteral("INSERT INTO case_steps (case_id, step_order, step_text,"
                                      " state) VALUES (?, ?, ?, ?)"));

    QList<qint64> persons;
    QList<qint64> organisations;
    auto fail = [&](const QSqlQuery& failed) {
        *errorMessage = tr("Cannot write the demo cases: %1")
                            .arg(DatabaseError::describe(failed.lastError()));
        db.rollback();
        return -1;
    };
    const int batch = 20000;
    for (int i = 0; i < count; ++i) {
        if (i % batch == 0 && !db.transaction()) {
            *errorMessage
                = tr("Cannot start a transaction: %1").arg(DatabaseError::describe(db.lastError()));
            return -1;
        }
        const QDateTime received = moments.at(i);
        const QString at = storedTime(received);
        const Service& service
            = m_catalog.services.at(m_random.bounded(static_cast<int>(m_catalog.services.size())));

        qint64 personId = 0;
        if (persons.size() > 20 && m_random.bounded(100) < 25) {
            personId = persons.at(m_random.bounded(static_cast<int>(persons.size())));
        } else {
            const bool female = m_random.bounded(2) == 1;
            const Region& village
                = villages.at(m_random.bounded(static_cast<int>(villages.size())));
            const QString district = RegionTable::parentCode(village.code);
            const QDate birth = received.date().addDays(-m_random.bounded(18 * 365, 80 * 365));
            QString nik;
            for (int serial = m_random.bounded(9000); nik.isEmpty() || niks.contains(nik); ++serial)
                nik = randomNik(district, birth, female, serial);
            niks.insert(nik);
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
                                        QStringLiteral("08%1").arg(
                                            m_random.bounded(100000000, 999999999)),
                                        at,
                                        at };
            for (int v = 0; v < values.size(); ++v)
                insertPerson.bindValue(v, values.at(v));
            if (!insertPerson.exec())
                return fail(insertPerson);
            personId = insertPerson.lastInsertId().toLongLong();
            persons << personId;
            for (const QString& word : ApplicantStore::nameWords(name)) {
                insertWord.bindValue(0, personId);
                insertWord.bindValue(1, word);
                if (!insertWord.exec())
                    return fail(insertWord);
            }
        }

        qint64 organisationId = 0;
        if (service.applicantKind == Service::ApplicantKind::Organisation) {
            if (organisations.size() < 40) {
                const QVariantList values {
                    pick(m_random, kOrganisations)
                        + QStringLiteral(" %1").arg(organisations.size() + 1),
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
                    QStringLiteral("%1 No. %2")
                        .arg(pick(m_random, kStreets))
                        .arg(m_random.bounded(1, 200)),
                    pick(m_random, kMale) + QLatin1Char(' ') + pick(m_random, kFamily),
                    QStringLiteral("08%1").arg(m_random.bounded(100000000, 999999999)),
                    at,
                    at
                };
                for (int v = 0; v < values.size(); ++v)
                    insertOrganisation.bindValue(v, values.at(v));
                if (!insertOrganisation.exec())
                    return fail(insertOrganisation);
                organisations << insertOrganisation.lastInsertId().toLongLong();
            }
            organisationId
                = organisations.at(m_random.bounded(static_cast<int>(organisations.size())));
        }

        bool hasRenewalItems = false;
        for (const Requirement& requirement : service.requirements)
            hasRenewalItems
                = hasRenewalItems || requirement.condition == Requirement::Condition::Renewal;
        const bool renewal = hasRenewalItems && m_random.bounded(100) < 35;
        const bool incomplete = m_random.bounded(100) < 12;
        QList<ChecklistItem::State> states;
        int missingAt = -1;
        for (int r = 0; r < service.requirements.size(); ++r) {
            const Requirement::Condition condition = service.requirements.at(r).condition;
            ChecklistItem::State state = ChecklistItem::State::Present;
            if ((condition == Requirement::Condition::Renewal && !renewal)
                || (condition == Requirement::Condition::New && renewal)
                || ((condition == Requirement::Condition::IfPresent
                     || condition == Requirement::Condition::CaseSpecific)
                    && m_random.bounded(2) == 0))
                state = ChecklistItem::State::NotApplicable;
            if (incomplete && missingAt < 0 && state == ChecklistItem::State::Present)
                missingAt = r;
            states << state;
        }
        if (missingAt >= 0)
            states[missingAt] = ChecklistItem::State::Missing;

        const int age = static_cast<int>(received.daysTo(until));
        const CaseStatus status
            = missingAt >= 0 ? CaseStatus::WaitingDocuments : statusForAge(age, m_random);
        const DueDate due
            = missingAt >= 0 ? DueDate {} : calculator.compute(service.serviceTime, received);
        const int year = received.toTimeZone(hours.zone).date().year();
        const int serial = ++serials[year];
        const QString number
            = CaseNumberFormat::format(pattern, serial, received.toTimeZone(hours.zone).date(),
                                       service.code, m_catalog.office.id);
        const QVariantList values {
            number,
            m_catalog.office.id,
            service.code,
            m_catalog.version(),
            caseStatusKey(status),
            renewal ? 1 : 0,
            personId,
            organisationId > 0 ? QVariant(organisationId)
                               : QVariant(QMetaType(QMetaType::LongLong)),
            at,
            nullableText(storedTime(due.responseDue)),
            nullableText(storedTime(due.due)),
            missingAt >= 0 ? QVariant(QMetaType(QMetaType::QString)) : QVariant(at),
            clerks.at(m_random.bounded(static_cast<int>(clerks.size()))),
            status == CaseStatus::Rejected
                ? QVariant(QStringLiteral("Persyaratan tidak memenuhi ketentuan (data demo)."))
                : QVariant(QMetaType(QMetaType::QString)),
            at,
            at
        };
        for (int v = 0; v < values.size(); ++v)
            insertCase.bindValue(v, values.at(v));
        if (!insertCase.exec())
            return fail(insertCase);
        const qint64 caseId = insertCase.lastInsertId().toLongLong();
        for (int r = 0; r < service.requirements.size(); ++r) {
            const QVariantList item {
                caseId,        r, service.requirements.at(r).text, checklistStateKey(states.at(r)),
                values.at(12), at
            };
            for (int v = 0; v < item.size(); ++v)
                insertItem.bindValue(v, item.at(v));
            if (!insertItem.exec())
                return fail(insertItem);
        }
        const bool finished
            = status == CaseStatus::HandedOver || status == CaseStatus::ProductReady;
        if (!officers.isEmpty() && status != CaseStatus::Registered
            && status != CaseStatus::WaitingDocuments && status != CaseStatus::Rejected) {
            const qint64 officer = officers.at(outcomes.bounded(static_cast<int>(officers.size())));
            QDateTime last = received;
            QVariant stopped(QMetaType(QMetaType::QString));
            if (finished) {
                const QDateTime ready = demoCompletion(received, due.due, until, outcomes);
                const QDateTime handed = qMin(until, ready.addDays(1 + outcomes.bounded(3)));
                last = status == CaseStatus::HandedOver ? handed : ready;
                stopped = storedTime(ready);
                const QList<QVariantList> changes {
                    { caseId, caseStatusKey(CaseStatus::AwaitingSignoff),
                      caseStatusKey(CaseStatus::ProductReady), officer, storedTime(ready) },
                    { caseId, caseStatusKey(CaseStatus::ProductReady),
                      caseStatusKey(CaseStatus::HandedOver), values.at(12), storedTime(handed) }
                };
                for (qsizetype c = 0; c < (status == CaseStatus::HandedOver ? 2 : 1); ++c) {
                    for (int v = 0; v < changes.at(c).size(); ++v)
                        insertHistory.bindValue(v, changes.at(c).at(v));
                    if (!insertHistory.exec())
                        return fail(insertHistory);
                }
            }
            const QVariantList outcome { officer, stopped, storedTime(last), caseId };
            for (int v = 0; v < outcome.size(); ++v)
                updateOutcome.bindValue(v, outcome.at(v));
            if (!updateOutcome.exec())
                return fail(updateOutcome);
        }
        for (const ProcedureStep& step : service.steps) {
            const QVariantList row { caseId, step.order, step.text,
                                     finished ? QStringLiteral("done")
                                              : QStringLiteral("pending") };
            for (int v = 0; v < row.size(); ++v)
                insertStep.bindValue(v, row.at(v));
            if (!insertStep.exec())
                return fail(insertStep);
        }
        if ((i + 1) % batch == 0 || i + 1 == count) {
            for (auto it = serials.cbegin(); it != serials.cend(); ++it) {
                QSqlQuery counter(db);
                counter.prepare(QStringLiteral(
                    "INSERT INTO case_number_counters (office_id, counter_year, last_value)"
                    " VALUES (:office, :year, :value) ON CONFLICT (office_id, counter_year)"
                    " DO UPDATE SET last_value = excluded.last_value"));
                counter.bindValue(QStringLiteral(":office"), m_catalog.office.id);
                counter.bindValue(QStringLiteral(":year"), it.key());
                counter.bindValue(QStringLiteral(":value"), it.value());
                if (!counter.exec())
                    return fail(counter);
            }
            if (!AuditLog(m_database)
                     .append({ 0,
                               QStringLiteral("seed"),
                               QStringLiteral("cases"),
                               QString(),
                               {},
                               { { QStringLiteral("demoCases"), (i % batch) + 1 } },
                               {} },
                             errorMessage)
                || !db.commit()) {
                db.rollback();
                return -1;
            }
        }
    }
    return count;
}

} // namespace loket
