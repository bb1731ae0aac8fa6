#pragma once

#include "Database.h"

#include <QCoreApplication>

namespace loket {

// UU 27/2022 asks who saw or took out personal data, not only who changed it: these entries
// go into the same tamper-evident log as changes. Each is written in its own transaction (a
// view or an export changes nothing else); a caller that cannot record it does not show or
// write the data.
class PersonalDataAudit
{
    Q_DECLARE_TR_FUNCTIONS(loket::PersonalDataAudit)
public:
    static constexpr const char* ViewAction = "view";
    static constexpr const char* ExportAction = "export";

    explicit PersonalDataAudit(Database& database);

    // `userId` saw the full record of the person `personId` (NIK, KK, address, phone, birth)
    // in `place` ("case 0012/…", "counter lookup").
    bool viewed(qint64 userId, qint64 personId, const QString& place, QString* errorMessage);
    // `userId` wrote `what` ("guest book 2026-11", "recipients 2026") to a file holding the
    // personal data of `persons` persons.
    bool exported(qint64 userId, const QString& what, int persons, const QString& format,
                  QString* errorMessage);

    // The kind of an audit entry as people read it in the audit viewer ("create" → "created",
    // "view" → "viewed personal data"); an unknown kind is shown as it is.
    static QString actionTitle(const QString& action);

private:
    Database& m_database;
};

} // namespace loket
