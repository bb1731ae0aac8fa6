// Removing a DTKS extract: its rows go with it (ON DELETE CASCADE), the audit log keeps what it
// was.
#include "AuditLog.h"
#include "DatabaseError.h"
#include "DtksImporter.h"
#include "WriteTransaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {

bool DtksImporter::removeExtract(qint64 extractId, const User& user, const QDateTime& now,
                                 QString* errorMessage)
{
    if (const QString problem = permissionProblem(user); !problem.isEmpty()) {
        *errorMessage = problem;
        return false;
    }
    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return false;
    QSqlQuery read(m_database.connection());
    read.prepare(QStringLiteral("SELECT extract_date, source_file, row_count FROM dtks_extracts"
                                " WHERE id = ?"));
    read.addBindValue(extractId);
    if (!read.exec() || !read.next()) {
        *errorMessage = read.lastError().isValid()
            ? tr("Cannot read the DTKS extracts: %1").arg(DatabaseError::describe(read.lastError()))
            : tr("There is no DTKS extract %1.").arg(extractId);
        return false;
    }
    const QJsonObject before {
        { QStringLiteral("extractDate"), read.value(QStringLiteral("extract_date")).toString() },
        { QStringLiteral("sourceFile"), read.value(QStringLiteral("source_file")).toString() },
        { QStringLiteral("rows"), read.value(QStringLiteral("row_count")).toLongLong() }
    };
    // The rows first, explicitly: a database opened without foreign keys would keep them.
    for (const QString& sql : { QStringLiteral("DELETE FROM dtks_name_words WHERE extract_id = ?"),
                                QStringLiteral("DELETE FROM dtks_records WHERE extract_id = ?"),
                                QStringLiteral("DELETE FROM dtks_extracts WHERE id = ?") }) {
        QSqlQuery remove(m_database.connection());
        remove.prepare(sql);
        remove.addBindValue(extractId);
        if (!remove.exec()) {
            *errorMessage = tr("Cannot remove the DTKS extract: %1")
                                .arg(DatabaseError::describe(remove.lastError()));
            return false;
        }
    }
    if (!AuditLog(m_database)
             .append({ user.id,
                       QStringLiteral("delete"),
                       QStringLiteral("dtks_extracts"),
                       QString::number(extractId),
                       before,
                       {},
                       now },
                     errorMessage))
        return false;
    return transaction.commit(errorMessage);
}

} // namespace loket
