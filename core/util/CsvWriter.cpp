#include "CsvWriter.h"

#include "PrivateFiles.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace loket {

CsvWriter::CsvWriter(const QStringList& header, QChar separator)
    : m_separator(separator)
    , m_data("\xEF\xBB\xBF")
{
    addRow(header);
}

QString CsvWriter::quoted(const QString& field, QChar separator)
{
    const bool needsQuotes = field.contains(separator) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
        || field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

namespace {

bool allDigits(const QString& text)
{
    for (const QChar c : text) {
        if (!c.isDigit())
            return false;
    }
    return !text.isEmpty();
}

} // namespace

QString CsvWriter::spreadsheetSafe(const QString& field)
{
    // 12 digits and more: identity numbers, account and phone numbers, never quantities.
    if (allDigits(field) && (field.size() >= 12 || (field.size() > 1 && field.startsWith(u'0'))))
        return QStringLiteral("=\"%1\"").arg(field);
    const bool formulaLike = field.startsWith(u'=') || field.startsWith(u'+')
        || field.startsWith(u'@') || (field.startsWith(u'-') && field.size() > 1);
    return formulaLike ? QLatin1Char('\'') + field : field;
}

QString CsvWriter::plain(const QString& cell)
{
    if (cell.startsWith(QStringLiteral("=\"")) && cell.endsWith(u'"') && cell.size() >= 3)
        return cell.mid(2, cell.size() - 3);
    if (cell.size() > 1 && cell.startsWith(u'\'')) {
        const QChar next = cell.at(1);
        if (next == u'=' || next == u'+' || next == u'@' || next == u'-')
            return cell.mid(1);
    }
    return cell;
}

void CsvWriter::addRow(const QStringList& fields)
{
    QStringList line;
    line.reserve(fields.size());
    for (const QString& field : fields)
        line << quoted(spreadsheetSafe(field), m_separator);
    m_data += line.join(m_separator).toUtf8();
    m_data += "\r\n";
}

bool CsvWriter::save(const QString& path, QString* errorMessage) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrict(file, nullptr)
        || file.write(m_data) != m_data.size() || !file.commit()) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("loket::CsvWriter", "Cannot write %1: %2")
                                .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace loket
