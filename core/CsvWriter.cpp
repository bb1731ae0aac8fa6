#include "CsvWriter.h"

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

void CsvWriter::addRow(const QStringList& fields)
{
    QStringList line;
    line.reserve(fields.size());
    for (const QString& field : fields)
        line << quoted(field, m_separator);
    m_data += line.join(m_separator).toUtf8();
    m_data += "\r\n";
}

bool CsvWriter::save(const QString& path, QString* errorMessage) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_data) != m_data.size() || !file.commit()) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("loket::CsvWriter", "Cannot write %1: %2")
                                .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace loket
