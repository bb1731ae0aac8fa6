#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace loket {

// RFC 4180 CSV as spreadsheets write it: quoted fields may hold commas, quotes ("") and line
// breaks; CRLF or LF; a UTF-8 byte-order mark is skipped. The separator may be ',' or ';'
// (Indonesian-locale spreadsheets save with ';'): the header line decides.
struct CsvRecord
{
    int line = 0; // where the record starts, 1-based
    QStringList fields;
};

QList<CsvRecord> readCsv(const QByteArray& data);

} // namespace loket
