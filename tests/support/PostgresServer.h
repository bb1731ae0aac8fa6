// A throwaway PostgreSQL server for the storage tests: initdb into a temporary directory, start
// it on a free loopback port with trust authentication (or, with Auth::Password, the network's
// scram-sha-256 as an office server has it), and remove it afterwards. It can be stopped and
// started again on the same port mid-test, as a server restarted under the counters. Needs
// Debian's `postgresql` package (the test command installs it). A server that cannot start
// fails the suite under the test command and CI, with the server's own words (see
// RealComponent.h). As root (CI), the server runs as the `postgres` system user, since
// PostgreSQL refuses to run as root.
#pragma once

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <unistd.h>

namespace loket::test {

class PostgresServer
{
public:
    enum class Auth { Trust, Password };
    explicit PostgresServer(Auth auth = Auth::Trust)
        : m_auth(auth)
    {
        m_started = start();
    }
    ~PostgresServer()
    {
        if (m_started)
            run(binary(QStringLiteral("pg_ctl")),
                { QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                  QStringLiteral("immediate"), QStringLiteral("stop") });
    }

    bool isRunning() const { return m_started; }
    QString problem() const { return m_problem; }
    int port() const { return m_port; }
    // The role `loket`'s password over TCP with Auth::Password (empty with trust).
    QString password() const
    {
        return m_auth == Auth::Password ? QStringLiteral("Rahasia-Kantor:7\\x") : QString();
    }

    // As a restart or a power cut on the server: connections drop, the data stays.
    bool stop()
    {
        return run(binary(QStringLiteral("pg_ctl")),
                   { QStringLiteral("-D"), dataDir(), QStringLiteral("-w"), QStringLiteral("-m"),
                     QStringLiteral("fast"), QStringLiteral("stop") });
    }
    bool startAgain() { return startServer() || serverLog(); }

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
            db.setPassword(password());
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
    // runuser lives in /usr/sbin, which a root shell's PATH often lacks (a chroot, a CI runner,
    // `su` without `-`): found there, the server starts on a minimal Debian too.
    static QString runuser()
    {
        const QString onPath = QStandardPaths::findExecutable(QStringLiteral("runuser"));
        return onPath.isEmpty()
            ? QStandardPaths::findExecutable(
                QStringLiteral("runuser"), { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin") })
            : onPath;
    }
    QString binary(const QString& name) const { return m_bin + QLatin1Char('/') + name; }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    bool run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        if (geteuid() == 0)
            process.start(runuser(),
                          QStringList { QStringLiteral("-u"), QStringLiteral("postgres"),
                                        QStringLiteral("--"), program }
                              + arguments);
        else
            process.start(program, arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            m_problem = QStringLiteral("%1 %2 failed (%3):\n")
                            .arg(process.program(), process.arguments().join(QLatin1Char(' ')),
                                 process.errorString())
                + QString::fromLocal8Bit(process.readAllStandardError()
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
        if (!m_dir.isValid()) {
            m_problem
                = QStringLiteral("cannot create a temporary directory: ") + m_dir.errorString();
            return false;
        }
        if (geteuid() == 0 && runuser().isEmpty()) {
            m_problem = QStringLiteral("runuser (util-linux) not found: as root, the server must "
                                       "run as the postgres user");
            return false;
        }
        if (geteuid() == 0
            && QProcess::execute(QStringLiteral("chown"),
                                 { QStringLiteral("postgres"), m_dir.path() })
                != 0) {
            m_problem = QStringLiteral("cannot give the test directory to the postgres user");
            return false;
        }
        QTcpServer probe; // a free port, released just before the server takes it
        if (!probe.listen(QHostAddress::LocalHost)) {
            m_problem
                = QStringLiteral("no free port on the loopback interface: ") + probe.errorString();
            return false;
        }
        m_port = probe.serverPort();
        probe.close();
        QStringList initdb { QStringLiteral("-D"),
                             dataDir(),
                             QStringLiteral("-U"),
                             QStringLiteral("loket"),
                             QStringLiteral("-E"),
                             QStringLiteral("UTF8"),
                             QStringLiteral("--locale=C.UTF-8"),
                             QStringLiteral("--no-sync") };
        if (m_auth == Auth::Trust) {
            initdb << QStringLiteral("-A") << QStringLiteral("trust");
        } else {
            // The password goes in through a file, as an administrator would give it.
            const QString passwordFile = m_dir.filePath(QStringLiteral("password"));
            QFile file(passwordFile);
            if (!file.open(QIODevice::WriteOnly) || file.write(password().toUtf8()) < 0) {
                m_problem = QStringLiteral("cannot write ") + passwordFile;
                return false;
            }
            file.close();
            if (geteuid() == 0)
                QProcess::execute(QStringLiteral("chown"),
                                  { QStringLiteral("postgres"), passwordFile });
            initdb << QStringLiteral("--auth-local=trust")
                   << QStringLiteral("--auth-host=scram-sha-256")
                   << QStringLiteral("--pwfile=") + passwordFile;
        }
        return (run(binary(QStringLiteral("initdb")), initdb) && startServer()) || serverLog();
    }

    bool startServer()
    {
        return run(binary(QStringLiteral("pg_ctl")),
                   { QStringLiteral("-D"), dataDir(), QStringLiteral("-w"), QStringLiteral("-l"),
                     m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"),
                     QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                         .arg(m_port)
                         .arg(m_dir.path()),
                     QStringLiteral("start") });
    }

    // pg_ctl says only that the server did not start; the reason is in the server's log.
    bool serverLog()
    {
        QFile log(m_dir.filePath(QStringLiteral("server.log")));
        if (log.open(QIODevice::ReadOnly))
            m_problem += QStringLiteral("\nserver.log:\n") + QString::fromLocal8Bit(log.readAll());
        return false;
    }

    Auth m_auth;
    QTemporaryDir m_dir;
    QString m_bin;
    QString m_problem;
    int m_port = 0;
    bool m_started = false;
};

} // namespace loket::test
