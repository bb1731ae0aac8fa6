#include "PgPassFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace loket {
namespace {

constexpr int kFieldCount = 5;

QStringList keyOf(const ServerConnection& connection)
{
    return { connection.host, QString::number(connection.port), connection.database,
             connection.user };
}

bool matches(const QStringList& entry, const QStringList& key)
{
    for (int i = 0; i < key.size(); ++i) {
        if (entry.at(i) != QLatin1String("*") && entry.at(i) != key.at(i))
            return false;
    }
    return true;
}

} // namespace

PgPassFile::PgPassFile()
    : m_path(defaultPath())
{
}

PgPassFile::PgPassFile(const QString& path)
    : m_path(path)
{
}

QString PgPassFile::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("PGPASSFILE");
    return fromEnvironment.isEmpty() ? QDir::home().filePath(QStringLiteral(".pgpass"))
                                     : fromEnvironment;
}

QString PgPassFile::escaped(const QString& field)
{
    QString out = field;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char(':'), QLatin1String("\\:"));
    return out;
}

QStringList PgPassFile::fields(const QString& line)
{
    if (line.startsWith(QLatin1Char('#')))
        return {};
    QStringList result;
    QString field;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            field += line.at(++i);
        } else if (c == QLatin1Char(':') && result.size() < kFieldCount - 1) {
            result << field;
            field.clear();
        } else {
            field += c;
        }
    }
    result << field;
    return result.size() == kFieldCount ? result : QStringList();
}

QStringList PgPassFile::lines(QString* errorMessage) const
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *errorMessage = tr("Cannot read the password file %1: %2").arg(m_path, file.errorString());
        return {};
    }
    QStringList result = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

std::optional<QString> PgPassFile::passwordFor(const ServerConnection& connection) const
{
    QString error;
    const QStringList key = keyOf(connection);
    for (const QString& line : lines(&error)) {
        const QStringList entry = fields(line);
        if (!entry.isEmpty() && matches(entry, key))
            return entry.last();
    }
    return std::nullopt;
}

bool PgPassFile::store(const ServerConnection& connection, const QString& password,
                       QString* errorMessage) const
{
    QString error;
    QStringList content = lines(&error);
    if (!error.isEmpty()) {
        *errorMessage = error;
        return false;
    }
    const QStringList key = keyOf(connection);
    QStringList escapedKey;
    for (const QString& field : key)
        escapedKey << escaped(field);
    const QString entry = escapedKey.join(QLatin1Char(':')) + QLatin1Char(':') + escaped(password);
    bool replaced = false;
    for (QString& line : content) {
        const QStringList existing = fields(line);
        if (!existing.isEmpty() && existing.mid(0, key.size()) == key) {
            line = entry;
            replaced = true;
        }
    }
    if (!replaced)
        content << entry;
    content.removeDuplicates(); // two lines of one server became one
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        *errorMessage = tr("Cannot create the folder of the password file %1.").arg(m_path);
        return false;
    }
    // Written beside the file and renamed over it: a crash leaves the old file or the new one.
    const QString temporary = m_path + QStringLiteral(".new");
    QFile::remove(temporary);
    QFile file(temporary);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)
        || !file.setPermissions(ownerOnly) // the umask cannot widen it; a stale file could
        || file.write((content.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()) < 0
        || !file.flush()) {
        *errorMessage = tr("Cannot write the password file %1: %2").arg(m_path, file.errorString());
        file.close();
        QFile::remove(temporary);
        return false;
    }
    file.close();
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(m_path).constData())
        != 0) {
        *errorMessage = tr("Cannot replace the password file %1.").arg(m_path);
        QFile::remove(temporary);
        return false;
    }
    return true;
}

} // namespace loket
