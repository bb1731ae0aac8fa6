#pragma once

#include <QCoreApplication>
#include <QString>

namespace loket {

// What Loket needs from a gammu-smsd configuration file (gammu-smsdrc(5)): its SMSD service
// and, for the "files" service, the folders where a message waits (outbox) and where it goes
// once sent or failed. Keys are read case-insensitively, as gammu does.
struct GammuConfig
{
    Q_DECLARE_TR_FUNCTIONS(loket::GammuConfig)
public:
    QString path;
    QString service; // "files", "sql", "null", … (lower case)
    QString outboxPath, sentPath, errorPath;

    // Empty `path` in the result (and `errorMessage` set) when it cannot be read.
    static GammuConfig read(const QString& path, QString* errorMessage);
    // Only the files service (with its own sent folder) keeps its messages where Loket can see what
    // became of them.
    bool reportsStatus() const
    {
        return service == QLatin1String("files") && sentPath != outboxPath;
    }
};

} // namespace loket
