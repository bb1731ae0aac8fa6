#include "Complaint.h"

#include <QCoreApplication>

namespace loket {
namespace {

const char* const kContext = "loket::Complaint";

template<typename E> struct Names
{
    E value;
    const char* key;
    const char* title; // translated for people
    const char* document; // formal Indonesian for printed documents
};

const Names<ComplaintKind> kKinds[] = {
    { ComplaintKind::Complaint, "complaint", QT_TRANSLATE_NOOP("loket::Complaint", "Complaint"),
      "Pengaduan" },
    { ComplaintKind::Aspiration, "aspiration", QT_TRANSLATE_NOOP("loket::Complaint", "Aspiration"),
      "Aspirasi" },
    { ComplaintKind::Information, "information",
      QT_TRANSLATE_NOOP("loket::Complaint", "Information request"), "Permintaan Informasi" },
};

const Names<ComplaintChannelKind> kChannels[] = {
    { ComplaintChannelKind::InPerson, "in-person",
      QT_TRANSLATE_NOOP("loket::Complaint", "In person"), "Tatap muka" },
    { ComplaintChannelKind::Written, "written",
      QT_TRANSLATE_NOOP("loket::Complaint", "Letter / complaint box"), "Surat / kotak pengaduan" },
    { ComplaintChannelKind::Phone, "phone", QT_TRANSLATE_NOOP("loket::Complaint", "Telephone"),
      "Telepon" },
    { ComplaintChannelKind::SmsWhatsapp, "sms-whatsapp",
      QT_TRANSLATE_NOOP("loket::Complaint", "SMS / WhatsApp"), "SMS/WhatsApp" },
    { ComplaintChannelKind::Email, "email", QT_TRANSLATE_NOOP("loket::Complaint", "E-mail"),
      "E-mail" },
    { ComplaintChannelKind::Website, "website", QT_TRANSLATE_NOOP("loket::Complaint", "Website"),
      "Website" },
    { ComplaintChannelKind::Instagram, "instagram",
      QT_TRANSLATE_NOOP("loket::Complaint", "Instagram"), "Instagram" },
    { ComplaintChannelKind::Facebook, "facebook", QT_TRANSLATE_NOOP("loket::Complaint", "Facebook"),
      "Facebook" },
    { ComplaintChannelKind::Lapor, "lapor", QT_TRANSLATE_NOOP("loket::Complaint", "SP4N-LAPOR!"),
      "SP4N-LAPOR!" },
};

const Names<ComplaintStatus> kStatuses[] = {
    { ComplaintStatus::Received, "received", QT_TRANSLATE_NOOP("loket::Complaint", "Received"),
      "Diterima" },
    { ComplaintStatus::Responded, "responded", QT_TRANSLATE_NOOP("loket::Complaint", "Responded"),
      "Ditanggapi" },
    { ComplaintStatus::Forwarded, "forwarded",
      QT_TRANSLATE_NOOP("loket::Complaint", "Forwarded to the head"), "Diteruskan ke pimpinan" },
    { ComplaintStatus::FollowedUp, "followed-up",
      QT_TRANSLATE_NOOP("loket::Complaint", "Being followed up"), "Ditindaklanjuti" },
    { ComplaintStatus::Answered, "answered", QT_TRANSLATE_NOOP("loket::Complaint", "Answered"),
      "Dijawab" },
    { ComplaintStatus::Closed, "closed", QT_TRANSLATE_NOOP("loket::Complaint", "Closed"),
      "Selesai" },
};

template<typename E, std::size_t N> const Names<E>* entry(const Names<E> (&table)[N], E value)
{
    for (const Names<E>& names : table) {
        if (names.value == value)
            return &names;
    }
    return nullptr;
}

template<typename E, std::size_t N>
std::optional<E> fromKey(const Names<E> (&table)[N], const QString& key)
{
    for (const Names<E>& names : table) {
        if (key == QLatin1String(names.key))
            return names.value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N> QList<E> all(const Names<E> (&table)[N])
{
    QList<E> values;
    for (const Names<E>& names : table)
        values << names.value;
    return values;
}

template<typename E, std::size_t N> QString key(const Names<E> (&table)[N], E value)
{
    const Names<E>* names = entry(table, value);
    return names ? QString::fromLatin1(names->key) : QString();
}

template<typename E, std::size_t N> QString title(const Names<E> (&table)[N], E value)
{
    const Names<E>* names = entry(table, value);
    return names ? QCoreApplication::translate(kContext, names->title) : QString();
}

template<typename E, std::size_t N> QString document(const Names<E> (&table)[N], E value)
{
    const Names<E>* names = entry(table, value);
    return names ? QString::fromUtf8(names->document) : QString();
}

} // namespace

QList<ComplaintKind> allComplaintKinds()
{
    return all(kKinds);
}
QList<ComplaintChannelKind> allComplaintChannels()
{
    return all(kChannels);
}
QList<ComplaintStatus> allComplaintStatuses()
{
    return all(kStatuses);
}

QString complaintKindKey(ComplaintKind kind)
{
    return key(kKinds, kind);
}
std::optional<ComplaintKind> complaintKindFromKey(const QString& text)
{
    return fromKey(kKinds, text);
}
QString complaintChannelKey(ComplaintChannelKind channel)
{
    return key(kChannels, channel);
}
std::optional<ComplaintChannelKind> complaintChannelFromKey(const QString& text)
{
    return fromKey(kChannels, text);
}
QString complaintStatusKey(ComplaintStatus status)
{
    return key(kStatuses, status);
}
std::optional<ComplaintStatus> complaintStatusFromKey(const QString& text)
{
    return fromKey(kStatuses, text);
}

QString complaintKindTitle(ComplaintKind kind)
{
    return title(kKinds, kind);
}
QString complaintChannelTitle(ComplaintChannelKind channel)
{
    return title(kChannels, channel);
}
QString complaintStatusTitle(ComplaintStatus status)
{
    return title(kStatuses, status);
}

QString complaintKindDocumentTitle(ComplaintKind kind)
{
    return document(kKinds, kind);
}
QString complaintChannelDocumentTitle(ComplaintChannelKind channel)
{
    return document(kChannels, channel);
}
QString complaintStatusDocumentTitle(ComplaintStatus status)
{
    return document(kStatuses, status);
}

QString Complaint::complainant() const
{
    return anonymous ? QStringLiteral("Anonim") : name;
}

bool Complaint::responseOverdue(const QDateTime& now) const
{
    return !respondedAt.isValid() && responseDueAt.isValid() && now > responseDueAt;
}

bool Complaint::answerOverdue(const QDateTime& now) const
{
    return !answeredAt.isValid() && status != ComplaintStatus::Closed && answerDueAt.isValid()
        && now > answerDueAt;
}

} // namespace loket
