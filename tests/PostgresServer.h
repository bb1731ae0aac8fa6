// A throwaway PostgreSQL server for the storage tests: initdb into a temporary directory, start
// it on a free loopback port with trust authentication, and remove it afterwards. Needs
// Debian's `postgresql` package (the test command installs it); tests skip without it. As root
// (CI), the server runs as the `postgres` system user, since PostgreSQL refuses to run as root.
#pragma once

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <unistd.h>

namespace loket::test {

class PostgresServer
{
public:
    PostgresServer() { m_started = start(); }
    ~PostgresServer()
    {
        if (m_started)
            run(binary(QStringLiteral("pg_ctl")),
                { QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                  QStringLiteral("immediate"), QStringLiteral("stop") });
    }

    bool isRunning() const { return m_started; }
    QString problem() const { return m_problem; }

    // A new empty database on the server; its location for Database::open.
    QString createDatabase(const QString& name)
    {
        const QString connection = QStringLiteral("postgres-admin-") + name;
        bool created = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(m_port);
            db.setUserName(QStringLiteral("loket"));
            db.setDatabaseName(QStringLiteral("postgres"));
            if (db.open()) {
                QSqlQuery query(db);
                created = query.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
                if (!created)
                    m_problem = query.lastError().text();
            } else {
                m_problem = db.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return created ? QStringLiteral("postgresql://loket@127.0.0.1:%1/%2").arg(m_port).arg(name)
                       : QString();
    }

private:
    static QString binDir()
    {
        QDir root(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
            const QString dir = root.filePath(*it + QStringLiteral("/bin"));
            if (QFile::exists(dir + QStringLiteral("/initdb")))
                return dir;
        }
        return {};
    }
    QString binary(const QString& name) const { return m_bin + QLatin1Char('/') + name; }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    bool run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        if (geteuid() == 0)
            process.start(QStringLiteral("runuser"),
                          QStringList { QStringLiteral("-u"), QStringLiteral("postgres"),
                                        QStringLiteral("--"), program }
                              + arguments);
        else
            process.start(program, arguments);
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            m_problem = QString::fromLocal8Bit(process.readAllStandardError()
                                               + process.readAllStandardOutput());
            return false;
        }
        return true;
    }

    bool start()
    {
        m_bin = binDir();
        if (m_bin.isEmpty() || !QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            m_problem = QStringLiteral("PostgreSQL server or Qt's QPSQL driver not installed");
            return false;
        }
        if (!m_dir.isValid())
            return false;
        if (geteuid() == 0
            && QProcess::execute(QStringLiteral("chown"),
                                 { QStringLiteral("postgres"), m_dir.path() })
                != 0) {
            m_problem = QStringLiteral("cannot give the test directory to the postgres user");
            return false;
        }
        QTcpServer probe; // a free port, released just before the server takes it
        if (!probe.listen(QHostAddress::LocalHost))
            return false;
        m_port = probe.serverPort();
        probe.close();
        return run(binary(QStringLiteral("initdb")),
                   { QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("loket"),
                     QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
                     QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                     QStringLiteral("--no-sync") })
            && run(binary(QStringLiteral("pg_ctl")),
                   { QStringLiteral("-D"), dataDir(), QStringLiteral("-w"), QStringLiteral("-l"),
                     m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"),
                     QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                         .arg(m_port)
                         .arg(m_dir.path()),
                     QStringLiteral("start") });
    }

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_problem;
    int m_port = 0;
    bool m_started = false;
};

} // namespace loket::test
