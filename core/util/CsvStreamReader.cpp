#include "CsvStreamReader.h"

#include <QBuffer>

namespace loket {
namespace {
constexpr qint64 ChunkSize = 1 << 20;
} // namespace

CsvStreamReader::CsvStreamReader(QIODevice& device)
    : m_device(device)
{
}

bool CsvStreamReader::fill()
{
    if (m_atEnd)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray chunk = m_device.read(ChunkSize);
    if (chunk.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    m_buffer += chunk;
    return true;
}

void CsvStreamReader::detectSeparator()
{
    // The header line decides; quoted header names are skipped over.
    while (m_buffer.indexOf('\n', m_pos) < 0 && fill()) { }
    if (m_buffer.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
        m_consumed = 3;
    }
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_buffer.size() && (quoted || m_buffer.at(i) != '\n'); ++i) {
        const char c = m_buffer.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
        else if (!quoted && c == '\t')
            ++tabs;
    }
    m_separator = semicolons > commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
}

bool CsvStreamReader::next(Record* record)
{
    if (!m_started) {
        m_started = true;
        detectSeparator();
    }
    while (readRecord(record)) {
        for (const QString& field : std::as_const(record->fields)) {
            if (!field.trimmed().isEmpty())
                return true;
        }
    }
    return false;
}

bool CsvStreamReader::readRecord(Record* record)
{
    record->line = m_line;
    record->fields.clear();
    record->unterminated = false;
    QByteArray field;
    bool quoted = false;
    bool any = false;
    const auto endField = [&] {
        if (field.endsWith('\r'))
            field.chop(1);
        record->fields << QString::fromUtf8(field);
        field.clear();
    };
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (quoted)
                record->unterminated = true;
            if (!any && field.isEmpty() && record->fields.isEmpty())
                return false;
            endField();
            return true;
        }
        const char c = m_buffer.at(m_pos);
        ++m_pos;
        ++m_consumed;
        any = true;
        if (quoted) {
            if (c == '"') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '"') {
                    field += '"';
                    ++m_pos;
                    ++m_consumed;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                field += c;
            }
        } else if (c == '"' && field.isEmpty()) {
            quoted = true;
        } else if (c == m_separator) {
            endField();
        } else if (c == '\n') {
            ++m_line;
            endField();
            return true;
        } else {
            field += c;
        }
    }
}

QList<CsvRecord> readCsv(const QByteArray& data)
{
    QByteArray bytes = data;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvStreamReader reader(buffer);
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.next(&record))
        records << record;
    return records;
}

} // namespace loket
