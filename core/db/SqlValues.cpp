#include "SqlValues.h"

namespace loket {

QString storedTime(const QDateTime& moment)
{
    return moment.isValid() ? moment.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime fromStoredTime(const QString& text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODate);
}

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace loket
