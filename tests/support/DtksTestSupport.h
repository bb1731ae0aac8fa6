#pragma once
// Importing DTKS extracts from bytes in tests: a fresh office database (WorkflowFixture) per test.

#include "DtksImporter.h"
#include "WorkflowFixture.h"

#include <QBuffer>

namespace loket::test {

inline QString sampleExtractPath()
{
    return QStringLiteral(LOKET_SOURCE_DIR "/tests/data/dtks-contoh-fiktif.csv");
}

// Imports `csv` with the guessed mapping as the administrator; returns what import() returned.
inline bool importCsv(WorkflowFixture& fixture, const QByteArray& csv, const QDate& date,
                      DtksImportReport* report, QString* error,
                      const QString& user = QStringLiteral("admin"))
{
    QBuffer header;
    header.setData(csv);
    header.open(QIODevice::ReadOnly);
    DtksPreview preview;
    if (!DtksImporter::preview(header, 0, &preview, error))
        return false;
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return DtksImporter(*fixture.database)
        .import(buffer, QStringLiteral("ekstrak.csv"), date, DtksText::guessMapping(preview.header),
                fixture.user(user), at("2026-11-20T09:00:00+07:00"), report, error);
}

} // namespace loket::test
