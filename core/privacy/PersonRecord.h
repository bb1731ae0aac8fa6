#pragma once

#include "Catalog.h"
#include "Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <optional>

namespace loket {

// Everything Loket holds about one person, for a data-subject request (UU 27/2022): the
// persons row; every case with its requirements, steps, status history, visits, notes,
// attachments (their names and hashes, not the scans) and issued documents (metadata and
// hashes); letters for those cases; complaints and guest-book visits under the NIK; survey
// answers linked to the cases; and the audit entries about the person and the cases.
class PersonRecord
{
    Q_DECLARE_TR_FUNCTIONS(loket::PersonRecord)
public:
    explicit PersonRecord(Database& database);

    // The record as JSON. Taking it out is an export of one person's data: it is recorded in
    // the audit log as done by `actorId`. Empty, with `errorMessage`, when the NIK is unknown,
    // a query failed or the export could not be recorded.
    std::optional<QJsonObject> exportFor(const QString& nik, qint64 actorId,
                                         QString* errorMessage) const;

    // The record as a formal Indonesian document, "Data Pribadi yang Tersimpan", under the
    // office's letterhead; written to a PDF (0600) by writePdf, which needs a QGuiApplication.
    static QString html(const Office& office, const QJsonObject& record, const QDate& printed);
    static bool writePdf(const QString& html, const QString& path, QString* errorMessage);
    // The JSON, indented, to a file readable by its owner only.
    static bool writeJson(const QJsonObject& record, const QString& path, QString* errorMessage);

private:
    std::optional<QJsonObject> collect(const QString& nik, QString* errorMessage) const;
    QJsonObject caseRecord(const QJsonObject& caseRow, QString* errorMessage) const;

    Database& m_database;
};

} // namespace loket
