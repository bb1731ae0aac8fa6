#include "ReceiptBuilder.h"

#include "CaseModel.h"
#include "IndonesianText.h"
#include "WorkingCalendar.h"

namespace loket {
namespace {

// Documents are in formal Indonesian whatever the interface language: no tr() here.
QString deadline(const Duration& duration, const QDateTime& due, const QString& zone)
{
    QString text = QStringLiteral("paling lambat %1").arg(text::longDateWithDay(due.date()));
    if (duration.unit == TimeUnit::Minutes || duration.unit == TimeUnit::Hours)
        text += QStringLiteral(" pukul %1 %2")
                    .arg(due.time().toString(QStringLiteral("HH.mm")), zone);
    return text;
}

} // namespace

QString ReceiptBuilder::promisedText(const ServiceTime& time, const QDateTime& responseDue,
                                     const QDateTime& due, const QString& zone)
{
    const QTimeZone tz = timeZoneFromName(zone);
    const QDateTime localDue = due.isValid() ? due.toTimeZone(tz) : QDateTime();
    const QDateTime localResponse
        = responseDue.isValid() ? responseDue.toTimeZone(tz) : QDateTime();
    switch (time.kind) {
    case ServiceTime::Kind::Fixed:
        if (!localDue.isValid())
            return {};
        return QStringLiteral("%1, %2").arg(durationText(time.duration),
                                            deadline(time.duration, localDue, zone));
    case ServiceTime::Kind::Range:
        if (!localDue.isValid())
            return {};
        return QStringLiteral("%1 sampai %2, %3")
            .arg(durationText(time.min), durationText(time.max),
                 deadline(time.max, localDue, zone));
    case ServiceTime::Kind::TwoStage: {
        if (!localResponse.isValid())
            return {};
        QString text
            = QStringLiteral("respon awal %1, %2")
                  .arg(durationText(time.initial), deadline(time.initial, localResponse, zone));
        if (time.followUp && localDue.isValid())
            text
                += QStringLiteral("; tindak lanjut %1, %2")
                       .arg(durationText(*time.followUp), deadline(*time.followUp, localDue, zone));
        else
            text += QStringLiteral("; tindak lanjut sesuai kebutuhan layanan");
        return text;
    }
    case ServiceTime::Kind::OpenEnded:
        break;
    }
    return {};
}

ReceiptData ReceiptBuilder::build(const Case& record, const Catalog& catalog, const User& clerk)
{
    ReceiptData data;
    const Service* service = catalog.service(record.serviceCode);
    data.kind = record.status == CaseStatus::WaitingDocuments ? ReceiptData::Kind::MissingDocuments
                                                              : ReceiptData::Kind::Receipt;
    data.office = catalog.office;
    data.caseNumber = record.number;
    const QDateTime issued
        = record.clockStartedAt.isValid() ? record.clockStartedAt : record.receivedAt;
    data.issuedAt = issued.toTimeZone(timeZoneFromName(catalog.office.timeZone));
    data.serviceCode = record.serviceCode;
    if (service) {
        data.serviceName = service->name;
        data.productName = service->product.name;
        data.serviceTimeText = service->serviceTime.text;
        data.promisedText = promisedText(service->serviceTime, record.responseDueAt, record.dueAt,
                                         catalog.office.timeZone);
        data.feeText = service->feeAmount == 0 ? QStringLiteral("Rp0 (Gratis)")
                                               : QStringLiteral("Rp%L1").arg(service->feeAmount);
    }
    data.renewal = record.renewal;
    data.smsConsent = record.smsConsent;
    data.applicantName = record.person.fullName;
    data.applicantNik = record.person.nik;
    data.applicantAddress = record.person.address;
    data.applicantPhone = record.person.phone;
    if (record.organisation) {
        data.organisationName = record.organisation->name;
        data.organisationAddress = record.organisation->address;
    }
    for (const ChecklistItem& item : record.checklist) {
        if (item.state == ChecklistItem::State::NotApplicable)
            continue;
        data.lines.append({ item.text, item.note, item.state == ChecklistItem::State::Present });
    }
    data.clerkName = clerk.fullName;
    data.clerkNip = clerk.nip;
    return data;
}

} // namespace loket
