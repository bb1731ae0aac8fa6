#pragma once

#include <QByteArray>
#include <QStringList>
#include <functional>

namespace loket {

// Calls `row` for each data line of a simple comma-separated file (no quoting; the first line
// is the header) with its 1-based line number; stops and returns false when `row` does.
inline bool forEachCsvRow(const QByteArray& csv,
                          const std::function<bool(int, const QStringList&)>& row)
{
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (!line.isEmpty() && !row(static_cast<int>(i + 1), line.split(QLatin1Char(','))))
            return false;
    }
    return true;
}

} // namespace loket
