// The longer tables of the back-office documents: a decree's sections and recipients, a cover
// letter's rows, and the parties of minutes.
#include "DocumentHtml.h"
#include "LetterParts.h"

namespace loket::letters {
namespace {

using html::escaped;

const QString kTable
    = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">\n");
const QString kTableEnd = QStringLiteral("</table>\n");

struct Party
{
    QString name, idLabel, id, position, address;
};

Party officeParty(const LetterData& data)
{
    const LetterHandover& handover = *data.handover;
    Party party;
    party.name = handover.officerName.isEmpty() ? data.signer.name : handover.officerName;
    party.idLabel = QStringLiteral("NIP");
    party.id = formatNip(handover.officerNip.isEmpty() ? data.signer.nip : handover.officerNip);
    party.position = handover.officerPosition.isEmpty() ? titleCase(data.signer.position)
                                                        : handover.officerPosition;
    party.address = data.office.address;
    return party;
}

Party applicantParty(const LetterData& data)
{
    Party party { data.person.fullName, QStringLiteral("NIK"), data.person.nik, QString(),
                  data.person.address };
    if (data.organisation)
        party.position = QStringLiteral("Wakil ") + data.organisation->name;
    else
        party.position = data.personRole;
    return party;
}

QString partyRows(int number, const Party& party, const QString& called)
{
    QString rows = QStringLiteral("<tr><td width=\"5%\" valign=\"top\">%1.</td>").arg(number)
        + QStringLiteral("<td width=\"25%\" valign=\"top\">Nama</td><td width=\"2%\" "
                         "valign=\"top\">:</td><td valign=\"top\"><b>%1</b></td></tr>\n")
              .arg(orDots(party.name, 30));
    auto line = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td></td><td valign=\"top\">%1</td><td valign=\"top\">:</td>"
                              "<td valign=\"top\">%2</td></tr>\n")
            .arg(escaped(label), orDots(value, 30));
    };
    rows += line(party.idLabel, party.id);
    rows += line(QStringLiteral("Jabatan"), party.position);
    rows += line(QStringLiteral("Alamat"), party.address);
    rows += QStringLiteral("<tr><td></td><td colspan=\"3\">Selanjutnya disebut <b>%1</b>.</td>"
                           "</tr>\n")
                .arg(called);
    return rows;
}

QString partySignature(const QString& called, const Party& party)
{
    QString lines = QStringLiteral("<b>%1,</b><br/><br/><br/><br/><br/><b><u>%2</u></b>")
                        .arg(called, orDots(party.name, 30));
    if (party.idLabel == QLatin1String("NIP") && !party.id.isEmpty())
        lines += QStringLiteral("<br/>NIP. ") + escaped(party.id);
    return lines;
}

} // namespace

QString decreeSection(const QString& label, const QStringList& filledItems, bool letters)
{
    QString rows;
    for (qsizetype i = 0; i < filledItems.size(); ++i) {
        const QString mark = letters ? QString(QChar(char16_t(u'a' + i))) : QString::number(i + 1);
        rows += QStringLiteral("<tr><td width=\"16%\" valign=\"top\">%1</td><td width=\"3%\" "
                               "valign=\"top\">%2</td><td width=\"5%\" valign=\"top\">%3.</td>"
                               "<td align=\"justify\" valign=\"top\">%4</td></tr>\n")
                    .arg(i == 0 ? escaped(label) : QString(),
                         i == 0 ? QStringLiteral(":") : QString(), mark, filledItems.at(i));
    }
    return rows.isEmpty() ? QString() : kTable + rows + kTableEnd;
}

QString decreeDecisions(const QString& enactedHtml, const QStringList& filledDecisions)
{
    static const QStringList ordinals
        = { QStringLiteral("KESATU"),   QStringLiteral("KEDUA"),     QStringLiteral("KETIGA"),
            QStringLiteral("KEEMPAT"),  QStringLiteral("KELIMA"),    QStringLiteral("KEENAM"),
            QStringLiteral("KETUJUH"),  QStringLiteral("KEDELAPAN"), QStringLiteral("KESEMBILAN"),
            QStringLiteral("KESEPULUH") };
    QString rows = QStringLiteral("<tr><td width=\"16%\" valign=\"top\">Menetapkan</td><td "
                                  "width=\"3%\" valign=\"top\">:</td><td align=\"justify\" "
                                  "valign=\"top\"><b>%1</b></td></tr>\n")
                       .arg(enactedHtml);
    for (qsizetype i = 0; i < filledDecisions.size(); ++i) {
        const QString ordinal
            = i < ordinals.size() ? ordinals.at(i) : QStringLiteral("KE-%1").arg(i + 1);
        rows += QStringLiteral("<tr><td valign=\"top\" style=\"padding-top:4px\">%1</td><td "
                               "valign=\"top\" style=\"padding-top:4px\">:</td><td "
                               "align=\"justify\" valign=\"top\" style=\"padding-top:4px\">%2"
                               "</td></tr>\n")
                    .arg(ordinal, filledDecisions.at(i));
    }
    return kTable + rows + kTableEnd;
}

QString recipientsTable(const QList<LetterRecipient>& recipients)
{
    QString rows = QStringLiteral(
        "<tr><td width=\"5%\" align=\"center\"><b>No.</b></td><td width=\"21%\" align=\"center\">"
        "<b>Nama</b></td><td width=\"20%\" align=\"center\"><b>NIK</b></td><td width=\"20%\" "
        "align=\"center\"><b>Nomor KK</b></td><td width=\"22%\" align=\"center\"><b>Alamat</b>"
        "</td><td width=\"12%\" align=\"center\"><b>Keterangan</b></td></tr>\n");
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        const LetterRecipient& recipient = recipients.at(i);
        rows += QStringLiteral("<tr><td align=\"right\" valign=\"top\">%1.</td><td valign=\"top\">"
                               "%2</td><td valign=\"top\">%3</td><td valign=\"top\">%4</td><td "
                               "valign=\"top\">%5</td><td valign=\"top\">%6</td></tr>\n")
                    .arg(QString::number(i + 1), escaped(recipient.name), escaped(recipient.nik),
                         escaped(recipient.kkNumber), escaped(recipient.address),
                         escaped(recipient.note));
    }
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                          "style=\"border-collapse:collapse; border-color:#000000; "
                          "font-size:8.5pt\">\n")
        + rows + kTableEnd;
}

QString coverRows(const QStringList& filledItems, const QStringList& documentsReceived)
{
    QString rows;
    for (qsizetype i = 0; i < filledItems.size(); ++i) {
        const QStringList cells = filledItems.at(i).split(QStringLiteral(" | "));
        QString naskah = cells.value(0);
        if (i == 0 && !documentsReceived.isEmpty()) {
            QStringList items;
            for (const QString& document : documentsReceived)
                items << escaped(document);
            naskah += QStringLiteral("<br/>") + html::numberedList(items);
        }
        rows += QStringLiteral("<tr><td align=\"center\" valign=\"top\">%1.</td><td valign=\"top\">"
                               "%2</td><td align=\"center\" valign=\"top\">%3</td><td "
                               "valign=\"top\">%4</td></tr>\n")
                    .arg(QString::number(i + 1), naskah, cells.value(1), cells.value(2));
    }
    return rows;
}

QString handoverParties(const LetterData& data)
{
    if (!data.handover)
        return QString();
    const bool fromApplicant = data.handover->fromApplicant;
    const Party first = fromApplicant ? applicantParty(data) : officeParty(data);
    const Party second = fromApplicant ? officeParty(data) : applicantParty(data);
    return kTable + partyRows(1, first, QStringLiteral("PIHAK PERTAMA"))
        + partyRows(2, second, QStringLiteral("PIHAK KEDUA")) + kTableEnd;
}

QString handoverItems(const LetterData& data)
{
    QStringList items;
    if (data.handover) {
        for (const QString& item : data.handover->items)
            items << escaped(item);
    }
    if (items.isEmpty()) // a draft: lines to be written by hand
        items = QStringList { dots(36), dots(36), dots(36) };
    return html::numberedList(items);
}

QString partySignatures(const LetterData& data)
{
    if (!data.handover)
        return QString();
    const bool fromApplicant = data.handover->fromApplicant;
    const Party first = fromApplicant ? applicantParty(data) : officeParty(data);
    const Party second = fromApplicant ? officeParty(data) : applicantParty(data);
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                          "style=\"margin-top:12px\"><tr><td width=\"50%\" align=\"center\" "
                          "valign=\"top\"><a name=\"loket-keep\"></a>%1</td><td width=\"50%\" "
                          "align=\"center\" valign=\"top\">%2</td></tr></table>\n")
        .arg(partySignature(QStringLiteral("PIHAK KEDUA"), second),
             partySignature(QStringLiteral("PIHAK PERTAMA"), first));
}

} // namespace loket::letters
