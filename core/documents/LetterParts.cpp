#include "LetterParts.h"

#include "DocumentHtml.h"
#include "IndonesianText.h"

#include <QRegularExpression>

namespace loket::letters {
namespace {

using html::escaped;

const QString kTableEnd = QStringLiteral("</table>\n");

QString row(const QString& label, const QString& valueHtml, int labelWidth = 30)
{
    return QStringLiteral("<tr><td width=\"%1%\" valign=\"top\">%2</td><td width=\"2%\" "
                          "valign=\"top\">:</td><td valign=\"top\">%3</td></tr>\n")
        .arg(labelWidth)
        .arg(escaped(label), valueHtml);
}

QString birthText(const Person& person)
{
    QStringList parts;
    if (!person.birthPlace.isEmpty())
        parts << person.birthPlace;
    if (person.birthDate.isValid())
        parts << text::longDate(person.birthDate);
    return parts.join(QStringLiteral(", "));
}

QString sexText(const QString& sex)
{
    if (sex == QLatin1String("L"))
        return QStringLiteral("Laki-laki");
    if (sex == QLatin1String("P"))
        return QStringLiteral("Perempuan");
    return sex;
}

} // namespace

QString dots(int count)
{
    return QString(count, QChar(0x2026));
}

QString fillInLines(int groups)
{
    // Groups of dots a line can break between: a justified line is not stretched apart.
    QStringList parts;
    for (int i = 0; i < groups; ++i)
        parts << dots(6);
    return parts.join(QLatin1Char(' '));
}

QString orDots(const QString& value, int count)
{
    return value.trimmed().isEmpty() ? dots(count) : escaped(value);
}

QString formatNip(const QString& nip)
{
    static const QRegularExpression eighteen(QStringLiteral("^\\d{18}$"));
    if (!eighteen.match(nip).hasMatch())
        return nip;
    // Birth date, appointment month, sex, serial: 8, 6, 1 and 3 digits.
    return QStringLiteral("%1 %2 %3 %4")
        .arg(nip.left(8), nip.mid(8, 6), nip.mid(14, 1), nip.mid(15, 3));
}

QString titleCase(const QString& text)
{
    QStringList words = text.toLower().split(QLatin1Char(' '));
    for (QString& word : words) {
        if (!word.isEmpty())
            word[0] = word.at(0).toUpper();
    }
    return words.join(QLatin1Char(' '));
}

QString countText(int count, const QString& unit)
{
    if (count <= 0)
        return QStringLiteral("\u2013");
    return text::numberWithWords(count) + QLatin1Char(' ') + unit;
}

QString paragraphs(const QStringList& filledHtml)
{
    QString result;
    for (const QString& paragraph : filledHtml)
        result += QStringLiteral("<p align=\"justify\" style=\"margin-top:6px; margin-bottom:0px; "
                                 "text-indent:36px\">%1</p>\n")
                      .arg(paragraph);
    return result;
}

QString detailsTable(const LetterData& data)
{
    QString rows;
    const Person& person = data.person;
    if (data.organisation) {
        const Organisation& organisation = *data.organisation;
        rows += row(QStringLiteral("Nama Lembaga"),
                    QStringLiteral("<b>%1</b>").arg(orDots(organisation.name, 30)));
        rows += row(QStringLiteral("Alamat"), orDots(organisation.address, 30));
        rows += row(QStringLiteral("Ketua/Pimpinan"), orDots(organisation.chairName));
        rows += row(QStringLiteral("Akta Pendirian"), orDots(organisation.deedNumber));
        rows += row(QStringLiteral("Pengesahan Badan Hukum"), orDots(organisation.decreeNumber));
        rows += row(QStringLiteral("NPWP"), orDots(organisation.npwp));
        rows += row(QStringLiteral("Diajukan oleh"),
                    QStringLiteral("%1, NIK %2").arg(orDots(person.fullName), orDots(person.nik)));
    } else {
        rows += row(QStringLiteral("Nama"),
                    QStringLiteral("<b>%1</b>").arg(orDots(person.fullName, 30)));
        rows += row(QStringLiteral("NIK"), orDots(person.nik));
        rows += row(QStringLiteral("Nomor KK"), orDots(person.kkNumber));
        rows += row(QStringLiteral("Tempat/Tanggal Lahir"), orDots(birthText(person), 30));
        rows += row(QStringLiteral("Jenis Kelamin"), orDots(sexText(person.sex)));
        rows += row(QStringLiteral("Alamat"), orDots(person.address, 30));
    }
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\" "
                          "style=\"margin-top:6px; margin-left:36px\">\n")
        + rows + kTableEnd;
}

QString addresseeBlock(const QString& addresseeHtml, const QString& placeHtml)
{
    if (addresseeHtml.isEmpty())
        return QString();
    return QStringLiteral("<p style=\"margin-top:12px; margin-bottom:0px\">Yth. %1<br/>di \u2013"
                          "<br/>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%2</p>\n")
        .arg(addresseeHtml, placeHtml.isEmpty() ? QStringLiteral("Tempat") : placeHtml);
}

QString signatureForm(const LetterSigner& signer)
{
    const QString position = escaped(signer.position);
    switch (signer.form) {
    case LetterSigner::Form::OnBehalf:
        return QStringLiteral("a.n. %1<br/>%2,").arg(position, orDots(signer.ownPosition));
    case LetterSigner::Form::Acting:
        return QStringLiteral("Plt. %1,").arg(position);
    case LetterSigner::Form::Daily:
        return QStringLiteral("Plh. %1,").arg(position);
    case LetterSigner::Form::Direct:
        break;
    }
    return position + QLatin1Char(',');
}

QString signerRankLine(const LetterSigner& signer)
{
    if (signer.rank.isEmpty())
        return QString();
    QString rank = signer.rank;
    if (!signer.grade.isEmpty())
        rank += QStringLiteral(" (%1)").arg(signer.grade);
    return QStringLiteral("<br/>") + escaped(rank);
}

QString signerNipLine(const LetterSigner& signer)
{
    if (signer.nip.isEmpty())
        return QString();
    return QStringLiteral("<br/>NIP. ") + escaped(formatNip(signer.nip));
}

QString initialRows(const QList<LetterInitial>& initials)
{
    QString rows;
    for (const LetterInitial& initial : initials) {
        rows
            += QStringLiteral("<tr><td>%1</td><td align=\"center\">%2</td><td align=\"center\""
                              " style=\"white-space:nowrap\">%3</td></tr>\n")
                   .arg(escaped(initial.position),
                        initial.initialledBy.isEmpty() ? QStringLiteral("&nbsp;")
                                                       : escaped(initial.initialledBy),
                        initial.date.isValid() ? initial.date.toString(QStringLiteral("dd-MM-yyyy"))
                                               : QStringLiteral("&nbsp;"));
    }
    return rows;
}

QString titledList(const QString& title, const QStringList& filledItems)
{
    if (filledItems.isEmpty())
        return QString();
    return QStringLiteral("<p style=\"margin-top:10px; margin-bottom:0px\">%1</p>\n")
               .arg(escaped(title))
        + html::numberedList(filledItems);
}

QString imageTag(const QByteArray& png, int width, int height)
{
    if (png.isEmpty())
        return QString();
    return QStringLiteral("<img src=\"data:image/png;base64,%1\" width=\"%2\" height=\"%3\"/>")
        .arg(QString::fromLatin1(png.toBase64()))
        .arg(width)
        .arg(height);
}

} // namespace loket::letters
