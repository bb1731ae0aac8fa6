#include "Letterhead.h"

#include "DocumentHtml.h"

namespace loket {

using html::escaped;

QString Letterhead::contacts(const Office& office)
{
    QStringList contacts;
    if (!office.phone.isEmpty())
        contacts << QStringLiteral("Telepon ") + office.phone;
    if (!office.emails.isEmpty())
        contacts << QStringLiteral("Email ") + office.emails.join(QStringLiteral(", "));
    if (!office.website.isEmpty())
        contacts << QStringLiteral("Laman ") + office.website;
    return contacts.join(QStringLiteral(" \u2013 "));
}

QHash<QString, QString> Letterhead::values(const Office& office)
{
    QString address = office.address;
    if (!office.postalCode.isEmpty())
        address += QStringLiteral(" ") + office.postalCode;
    const QString contactLine = contacts(office);
    return {
        { QStringLiteral("governmentLine"), escaped(office.governmentLine) },
        { QStringLiteral("unitLine"), escaped(office.unitLine) },
        { QStringLiteral("officeName"), escaped(office.name) },
        { QStringLiteral("address"), escaped(address) },
        { QStringLiteral("contactLine"),
          contactLine.isEmpty() ? QString() : QStringLiteral("<br/>") + escaped(contactLine) },
    };
}

QString Letterhead::compactHtml(const Office& office)
{
    const QHash<QString, QString> parts = values(office);
    // An address typed on several lines keeps them here.
    const QString address = parts.value(QStringLiteral("address"))
                                .replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return QStringLiteral(
               "<p align=\"center\" style=\"margin:0\"><span style=\"font-size:large\"><b>%1</b>"
               "</span><br/><span style=\"font-size:x-large\"><b>%2</b></span><br/>"
               "<span style=\"font-size:small\">%3</span></p><hr/>")
        .arg(parts.value(QStringLiteral("governmentLine")), parts.value(QStringLiteral("unitLine")),
             address + parts.value(QStringLiteral("contactLine")));
}

} // namespace loket
