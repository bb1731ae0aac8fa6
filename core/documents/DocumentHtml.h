#pragma once
// Building blocks of the documents' HTML, shared by the renderer's parts. Internal to core.

#include <QHash>
#include <QString>
#include <QStringList>

namespace loket::html {

// Every user-entered or catalog value passes through one of these two before it meets markup:
// a name like <b>Budi</b> must print literally, never as bold text.
inline QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// Catalog texts keep their own line structure ("1. …\n2. …"); HTML would fold it into one line.
inline QString multiline(const QString& text)
{
    return escaped(text.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

// Drops the template's <!-- comments --> and replaces each {{name}} with values[name], in one pass:
// a value that itself contains "{{…}}" (typed by an applicant) stays literal. Values are HTML
// already. An unknown name becomes empty and is reported, so that a typo in an office's own
// template shows up in the log.
QString fill(const QString& templateText, const QHash<QString, QString>& values);

// "Label : value" as a row of a three-column details table (label, colon, value).
QString detailRow(const QString& label, const QString& valueHtml);

// Items numbered 1., 2., … as a borderless table: numbers right-aligned, wrapped lines indented
// under the text rather than under the number. `emptyHtml` stands in for an empty list.
QString numberedList(const QStringList& itemsHtml, const QString& emptyHtml = QString());

} // namespace loket::html
