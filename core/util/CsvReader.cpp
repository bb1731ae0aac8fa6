#include "CsvReader.h"

namespace loket {

QList<CsvRecord> readCsv(const QByteArray& data)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
    const QString header = text.left(firstBreak < 0 ? text.size() : firstBreak);
    const QChar separator = header.count(QLatin1Char(';')) > header.count(QLatin1Char(','))
        ? QLatin1Char(';')
        : QLatin1Char(',');

    QList<CsvRecord> records;
    CsvRecord record { 1, {} };
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    auto endRecord = [&]() {
        record.fields << field;
        bool blank = true;
        for (const QString& value : std::as_const(record.fields))
            blank = blank && value.trimmed().isEmpty();
        if (!blank)
            records << record;
        record = { line + 1, {} };
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('"')) {
                field += QLatin1Char('"');
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            record.fields << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
        } else if (c != QLatin1Char('\r')) {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return records;
}

} // namespace loket
