// An office with its staff (WorkflowFixture) and what the complaint suites share: a valid
// complaint draft and recording it at a given moment.
#pragma once

#include "ComplaintQueries.h"
#include "ComplaintStore.h"
#include "WorkflowFixture.h"

namespace loket::test {

struct ComplaintFixture : WorkflowFixture
{
    static ComplaintDraft draft()
    {
        ComplaintDraft d;
        d.kind = ComplaintKind::Complaint;
        d.channel = ComplaintChannelKind::InPerson;
        d.name = QStringLiteral("Rahmat Hidayat");
        d.phone = QStringLiteral("0812-5100-2231");
        d.address = QStringLiteral("Jl. Kinibalu No. 3");
        d.subject = QStringLiteral("Rekomendasi belum selesai");
        d.description = QStringLiteral("Sudah dua minggu belum ada kabar.");
        return d;
    }

    ComplaintStore store() const { return ComplaintStore(*database, *catalog, calendar); }
    ComplaintQueries queries() const { return ComplaintQueries(*database, *catalog, calendar); }

    // Recorded by the front-office clerk when it was received; returns its number.
    QString record(const QDateTime& when, ComplaintDraft d = draft())
    {
        d.receivedAt = when;
        QString error;
        const auto complaint = store().record(d, user(QStringLiteral("siti")), when, &error);
        if (!complaint)
            qWarning("%s", qPrintable(error));
        return complaint ? complaint->number : QString();
    }
};

} // namespace loket::test
