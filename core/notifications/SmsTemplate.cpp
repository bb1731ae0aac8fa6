#include "SmsTemplate.h"

#include "Catalog.h"

#include <QRegularExpression>

namespace loket {

SmsFields SmsFields::worstCase(const Catalog& catalog)
{
    SmsFields fields;
    for (const Service& service : catalog.services) {
        if (service.name.size() > fields.service.size())
            fields.service = service.name;
    }
    fields.number = QStringLiteral("ADU/2026/00001-PKY-000-00000"); // longer than any number
    fields.place = catalog.office.address;
    fields.date = QStringLiteral("30 September 2026");
    fields.office = catalog.office.name;
    return fields;
}

QStringList SmsTemplate::placeholders()
{
    return { QStringLiteral("{nomor}"), QStringLiteral("{layanan}"), QStringLiteral("{tempat}"),
             QStringLiteral("{tanggal}"), QStringLiteral("{kantor}") };
}

QString SmsTemplate::plainPunctuation(const QString& text)
{
    QString plain = text;
    plain.replace(QChar(0x2013), QLatin1Char('-')); // en dash
    plain.replace(QChar(0x2014), QLatin1Char('-')); // em dash
    plain.replace(QChar(0x2018), QLatin1Char('\''));
    plain.replace(QChar(0x2019), QLatin1Char('\''));
    plain.replace(QChar(0x201C), QLatin1Char('"'));
    plain.replace(QChar(0x201D), QLatin1Char('"'));
    plain.replace(QChar(0x2026), QStringLiteral("..."));
    plain.replace(QChar(0x00A0), QLatin1Char(' '));
    return plain;
}

QString SmsTemplate::render(const QString& text, const SmsFields& fields)
{
    QString result = text;
    const QStringList names = placeholders();
    const QStringList values
        = { fields.number, fields.service, fields.place, fields.date, fields.office };
    for (qsizetype i = 0; i < names.size(); ++i)
        result.replace(names.at(i), values.at(i).simplified());
    return plainPunctuation(result.simplified());
}

QString SmsTemplate::check(const QString& text, const SmsFields& worstCase, int maxParts)
{
    if (text.trimmed().isEmpty())
        return tr("Write the message text.");
    static const QRegularExpression placeholder(QStringLiteral("\\{[^{}]*\\}"));
    for (auto match = placeholder.globalMatch(text); match.hasNext();) {
        const QString found = match.next().captured();
        if (!placeholders().contains(found))
            return tr("%1 is not a placeholder Loket knows; use %2.")
                .arg(found, placeholders().join(QStringLiteral(", ")));
    }
    const SmsLength length = SmsLength::of(render(text, worstCase));
    if (length.parts > maxParts)
        return tr("With this office's longest service name the message takes %1 SMS parts; "
                  "at most %2 are allowed. Shorten the text.")
            .arg(length.parts)
            .arg(maxParts);
    return {};
}

} // namespace loket
