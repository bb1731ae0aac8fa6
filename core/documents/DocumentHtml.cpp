#include "DocumentHtml.h"

#include <QRegularExpression>

namespace loket::html {

QString fill(const QString& templateWithComments, const QHash<QString, QString>& values)
{
    // Comments document a template's placeholders for whoever edits it; filled, they would name
    // values inside a comment, and a filled-in fragment's own comment would end it early.
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QString templateText = QString(templateWithComments).remove(comment);
    static const QRegularExpression placeholder(
        QStringLiteral("\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
    QString result;
    result.reserve(templateText.size() * 2);
    qsizetype copiedUpTo = 0;
    auto match = placeholder.globalMatch(templateText);
    while (match.hasNext()) {
        const QRegularExpressionMatch found = match.next();
        result += QStringView(templateText).mid(copiedUpTo, found.capturedStart() - copiedUpTo);
        const QString name = found.captured(1);
        const auto value = values.constFind(name);
        if (value != values.constEnd())
            result += *value;
        else
            qWarning("document template: unknown placeholder {{%s}}", qUtf8Printable(name));
        copiedUpTo = found.capturedEnd();
    }
    result += QStringView(templateText).mid(copiedUpTo);
    return result;
}

QString detailRow(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><td valign=\"top\">%1</td><td valign=\"top\">:</td>"
                          "<td valign=\"top\">%2</td></tr>\n")
        .arg(escaped(label), valueHtml);
}

QString numberedList(const QStringList& itemsHtml, const QString& emptyHtml)
{
    if (itemsHtml.isEmpty())
        return emptyHtml;
    QString rows;
    for (qsizetype i = 0; i < itemsHtml.size(); ++i) {
        rows += QStringLiteral("<tr><td width=\"6%\" align=\"right\" valign=\"top\">%1.</td>"
                               "<td width=\"94%\" valign=\"top\">%2</td></tr>\n")
                    .arg(QString::number(i + 1), itemsHtml.at(i));
    }
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">\n") + rows
        + QStringLiteral("</table>\n");
}

} // namespace loket::html
