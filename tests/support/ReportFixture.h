// The service recap's test office: Palangka Raya with a generated two-month dataset (January
// and February 2024, across the Isra Mikraj holiday, the Imlek collective leave, a weekend and
// the election day) of six services in three divisions and every status, some completed on
// time, some late, some overdue. Palangka Raya's catalog names no divisions; the report is
// given a copy that does, as an office's own catalog would.
#pragma once

#include "CaseReport.h"
#include "SqlValues.h"
#include "WorkflowFixture.h"

#include <QSqlError>

namespace loket::test {

inline const QString kProtection = QStringLiteral("Bidang Perlindungan dan Jaminan Sosial");
inline const QString kEmpowerment = QStringLiteral("Bidang Pemberdayaan Sosial");
// Non-ASCII on purpose: it must survive CSV, LibreOffice and PDF.
inline const QString kRehabilitation = QStringLiteral("Bidang Rehabilitasi Sosial \u2013 Anak & "
                                                      "Lansia");
inline QStringList strings(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list << QString::fromUtf8(text);
    return list;
}

inline const QStringList kReportServices
    = strings({ "PKY-02", "PKY-05", "PKY-07", "PKY-08", "PKY-12", "PKY-17" });

inline Catalog withDivisions(Catalog catalog)
{
    for (Service& service : catalog.services) {
        const int number = service.code.mid(4).toInt();
        service.division = number <= 6 ? kProtection
            : number <= 12             ? kEmpowerment
                                       : kRehabilitation;
    }
    return catalog;
}

// "2024-02-05T09:00" in the office's zone (WIB).
inline QDateTime wib(const char* text)
{
    return QDateTime(QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).date(),
                     QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).time(),
                     QTimeZone(7 * 3600));
}

struct ReportFixture : WorkflowFixture
{
    QDateTime asOf = wib("2024-02-20T10:00");

    // A distinct applicant for each case: Pahandut, born 5 March 1990, serial `serial`.
    static QString nik(int serial)
    {
        return QStringLiteral("627101050390%1").arg(serial, 4, 10, QLatin1Char('0'));
    }

    qint64 idOf(const QString& number) const
    {
        QSqlQuery query(database->connection());
        query.prepare(QStringLiteral("SELECT id FROM cases WHERE case_number = :n"));
        query.bindValue(QStringLiteral(":n"), number);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }

    QDateTime dueOf(const QString& number) const
    {
        QSqlQuery query(database->connection());
        query.prepare(QStringLiteral("SELECT due_at FROM cases WHERE case_number = :n"));
        query.bindValue(QStringLiteral(":n"), number);
        return query.exec() && query.next() ? fromStoredTime(query.value(0).toString())
                                            : QDateTime();
    }

    // A status change written as CaseWorkflow writes it (cases row and, unless `history` is
    // false, case_status_history), without the workflow's rules: the tests choose the moments.
    bool move(const QString& number, CaseStatus to, const QDateTime& when, bool history = true)
    {
        const bool stops = to == CaseStatus::ProductReady || to == CaseStatus::Rejected;
        const QString from = status(number);
        QSqlQuery query(database->connection());
        query.prepare(QStringLiteral("UPDATE cases SET status = :to, updated_at = :at%1"
                                     " WHERE case_number = :n")
                          .arg(stops ? QStringLiteral(", clock_stopped_at = :at") : QString()));
        query.bindValue(QStringLiteral(":to"), caseStatusKey(to));
        query.bindValue(QStringLiteral(":at"), storedTime(when));
        query.bindValue(QStringLiteral(":n"), number);
        bool ok = query.exec();
        if (ok && history) {
            query.prepare(QStringLiteral(
                "INSERT INTO case_status_history (case_id, from_status, to_status, changed_by,"
                " changed_at) VALUES (:case, :from, :to, :user, :at)"));
            query.bindValue(QStringLiteral(":case"), idOf(number));
            query.bindValue(QStringLiteral(":from"), from);
            query.bindValue(QStringLiteral(":to"), caseStatusKey(to));
            query.bindValue(QStringLiteral(":user"), user(QStringLiteral("budi")).id);
            query.bindValue(QStringLiteral(":at"), storedTime(when));
            ok = query.exec();
        }
        if (!ok)
            qWarning("cannot move %s: %s", qPrintable(number),
                     qPrintable(query.lastError().text()));
        return ok;
    }

    // 72 generated cases, plus three that go through the real workflow; false on any failure.
    bool generate()
    {
        for (int i = 0; i < 72; ++i) {
            const QString service = kReportServices.at(i % kReportServices.size());
            const QDate day = QDate(2024, 1, 8).addDays((i * 37) % 43);
            const QDateTime received
                = QDateTime(day, QTime(8, 0).addSecs(60 * ((i * 53) % 540)), QTimeZone(7 * 3600));
            const int kind = i % 8;
            const QString number = registerCase(
                service, received, QStringLiteral("Pemohon %1").arg(i), nik(i + 1), kind != 1);
            if (number.isEmpty())
                return false;
            const QDateTime due = dueOf(number);
            bool ok = true;
            if (kind >= 2 && kind <= 4)
                ok = move(number, CaseStatus::InVerification, received.addSecs(3600));
            if (ok && (kind == 3 || kind == 4))
                ok = move(number, CaseStatus::InProcess, received.addSecs(7200));
            if (ok && kind == 4)
                ok = move(number, CaseStatus::AwaitingSignoff, received.addSecs(10800));
            if (ok && kind == 5)
                ok = move(number, CaseStatus::Rejected, received.addDays(1));
            if (ok && (kind == 6 || kind == 7)) {
                // On time: two hours before the due time; late: a few days after it. A service
                // without a due date (PKY-07) finishes five days on.
                QDateTime done = !due.isValid() ? received.addDays(5)
                    : kind == 6                 ? due.addSecs(-7200)
                                                : due.addDays(1 + i % 3);
                done = qMax(done, received.addSecs(60));
                // Case 15 has only its handover in the history, case 23 no history at all.
                ok = move(number, CaseStatus::ProductReady, done, i != 15 && i != 23);
                if (ok && (i % 16 >= 6 || i == 23))
                    ok = move(number, CaseStatus::HandedOver, done.addDays(1), i != 23);
            }
            if (!ok)
                return false;
        }
        return realWorkflowCases();
    }

    // PKY-08 (1 working day, chain: the head of division) through CaseWorkflow itself.
    bool realWorkflowCases()
    {
        FakeIssuer issuer(*database);
        CaseWorkflow flow(*database, *catalog, &issuer);
        QString error;
        const QString late
            = registerCase(QStringLiteral("PKY-08"), wib("2024-02-05T09:00"),
                           QStringLiteral("Sari <b>Tebal</b> & \"Kutip\""), nik(901));
        clock = wib("2024-02-06T10:00");
        const QString onTime = registerCase(QStringLiteral("PKY-08"), wib("2024-02-12T09:00"),
                                            QStringLiteral("Budi Santoso"), nik(902));
        const bool first = bringTo(flow, late, CaseStatus::ProductReady);
        clock = wib("2024-02-12T10:00");
        const bool second = bringTo(flow, onTime, CaseStatus::HandedOver);
        const QString overdue = registerCase(QStringLiteral("PKY-08"), wib("2024-02-01T09:00"),
                                             QStringLiteral("Yanti <i>Miring</i>"), nik(903));
        clock = wib("2024-02-01T10:00");
        return first && second && bringTo(flow, overdue, CaseStatus::InProcess)
            && flow.reassign(overdue, user(QStringLiteral("bayu")).id, QString(),
                             user(QStringLiteral("budi")), tick(), &error);
    }
};

} // namespace loket::test
