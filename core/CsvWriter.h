#pragma once

#include <QByteArray>
#include <QStringList>

namespace loket {

// CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads "Jl. Cempaka No. 5 — RT 03"
// as UTF-8, not ANSI), a header row, CRLF line ends, and fields quoted when they hold the
// separator, a quote or a line break. LibreOffice Calc and Excel both open it as is.
class CsvWriter
{
public:
    explicit CsvWriter(const QStringList& header, QChar separator = QLatin1Char(','));

    void addRow(const QStringList& fields);
    QByteArray data() const { return m_data; }
    // Writes the file whole, or nothing (QSaveFile); false with the reason in `errorMessage`.
    bool save(const QString& path, QString* errorMessage) const;

    static QString quoted(const QString& field, QChar separator);

private:
    QChar m_separator;
    QByteArray m_data;
};

} // namespace loket
