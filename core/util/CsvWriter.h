#pragma once

#include <QByteArray>
#include <QStringList>

namespace loket {

// CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads "Jl. Cempaka No. 5 — RT 03"
// as UTF-8, not ANSI), a header row, CRLF line ends, and fields quoted when they hold the
// separator, a quote or a line break. LibreOffice Calc and Excel both open it as is.
// Spreadsheets take a cell for a number or a formula when it looks like one: a NIK of 16 digits
// would lose its last digit (they keep 15 significant digits) and "0123" its zero, and text
// that starts with = + - @ would run as a formula. So long or zero-led digit strings are written
// as ="6271010503900001" (shown as the text itself) and such text gets a leading apostrophe.
class CsvWriter
{
public:
    explicit CsvWriter(const QStringList& header, QChar separator = QLatin1Char(','));

    void addRow(const QStringList& fields);
    QByteArray data() const { return m_data; }
    // Writes the file whole, or nothing (QSaveFile); false with the reason in `errorMessage`.
    bool save(const QString& path, QString* errorMessage) const;

    static QString quoted(const QString& field, QChar separator);
    // The field as a spreadsheet must read it (see above); `plain` reverses it, for readers.
    static QString spreadsheetSafe(const QString& field);
    static QString plain(const QString& cell);

private:
    QChar m_separator;
    QByteArray m_data;
};

} // namespace loket
