#include "GammuConfig.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace loket {

GammuConfig GammuConfig::read(const QString& path, QString* errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *errorMessage = tr("Cannot read the gammu-smsd configuration %1: %2. Check the path "
                           "under Office, SMS messages.")
                            .arg(path, file.errorString());
        return {};
    }
    GammuConfig config;
    QString section;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))
            || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = line.mid(1, line.size() - 2).trimmed().toLower();
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (section != QLatin1String("smsd") || equals < 0)
            continue;
        const QString key = line.left(equals).trimmed().toLower();
        const QString value = line.mid(equals + 1).trimmed();
        if (key == QLatin1String("service"))
            config.service = value.toLower();
        else if (key == QLatin1String("outboxpath"))
            config.outboxPath = value;
        else if (key == QLatin1String("sentsmspath"))
            config.sentPath = value;
        else if (key == QLatin1String("errorsmspath"))
            config.errorPath = value;
    }
    // gammu-smsdrc(5): the sent folder defaults to the outbox, the error folder to the sent one.
    if (config.sentPath.isEmpty())
        config.sentPath = config.outboxPath;
    if (config.errorPath.isEmpty())
        config.errorPath = config.sentPath;
    if (config.service.isEmpty()) {
        *errorMessage = tr("%1 names no SMSD service ([smsd] service = files). Check the "
                           "gammu-smsd configuration.")
                            .arg(path);
        return {};
    }
    config.path = QFileInfo(path).absoluteFilePath();
    return config;
}

} // namespace loket
