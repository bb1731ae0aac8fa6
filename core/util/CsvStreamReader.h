#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QStringList>

namespace loket {

// The one CSV reader, for every file Loket reads (imports, its own exports read back, the
// built-in region and holiday tables). CSV as spreadsheets write it (RFC 4180): a quoted field
// may hold separators, quotes ("") and line breaks; CRLF or LF; a UTF-8 byte-order mark is
// skipped; the separator (',', ';' as Indonesian-locale spreadsheets save, or tab) is decided by
// the header line, outside quotes. Blank records are skipped.

struct CsvRecord
{
    int line = 0; // where the record starts, 1-based
    QStringList fields;
    bool unterminated = false; // a quoted field ran to the end of the file
};

// Reads record by record, for files too large to hold in memory (a DTKS extract of 500,000 rows
// is ~100 MB).
class CsvStreamReader
{
public:
    using Record = CsvRecord;

    explicit CsvStreamReader(QIODevice& device);

    // The next record that is not blank; false at the end of the file.
    bool next(Record* record);

    char separator() const { return m_separator; }
    qint64 bytesRead() const { return m_consumed; } // of the file, for progress

private:
    bool fill(); // appends the next chunk; false at the end of the file
    void detectSeparator();
    bool readRecord(Record* record);

    QIODevice& m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0; // bytes of the file before m_buffer[m_pos]
    int m_line = 1;
    char m_separator = ',';
    bool m_started = false;
    bool m_atEnd = false;
};

// Every record of a file already in memory, the header line first.
QList<CsvRecord> readCsv(const QByteArray& data);

} // namespace loket
