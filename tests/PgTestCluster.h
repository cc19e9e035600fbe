#pragma once

// A throwaway PostgreSQL cluster for the team tests: initdb into a temporary folder, started on a
// Unix socket in that folder and a free port (no TCP listener), stopped and removed at the end.
// PostgreSQL refuses to run as root, so when the tests run as root (CI) the server runs as the
// `postgres` system user (Debian's package creates it) in a folder that user owns. Logins use
// SCRAM with a random password that the tests pass through PGPASSWORD, never a prompt.
// With useTls() before start(), it also listens on TCP localhost with ssl = on and the given
// certificate and key (copied into the cluster's folder, the key 0600 and owned by the server's user).

#include "team/PgConnection.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>

class PgTestCluster
{
public:
    ~PgTestCluster() { destroy(); }

    // The folder holding initdb and pg_ctl, or empty when PostgreSQL's server is not installed.
    static QString binDir()
    {
        QStringList candidates;
        if (const QString env = qEnvironmentVariable("MARGINALIA_PG_BINDIR"); !env.isEmpty())
            candidates << env;
        const QDir versions(QStringLiteral("/usr/lib/postgresql"));
        QStringList installed = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        for (const QString &version : installed)
            candidates << versions.filePath(version + QStringLiteral("/bin"));
        for (const QString &dir : candidates) {
            if (QFile::exists(dir + QStringLiteral("/initdb")) && QFile::exists(dir + QStringLiteral("/pg_ctl")))
                return dir;
        }
        const QString onPath = QStandardPaths::findExecutable(QStringLiteral("initdb"));
        return onPath.isEmpty() ? QString() : QFileInfo(onPath).absolutePath();
    }

    // Before start(): serve TLS on TCP localhost with this certificate (PEM) and its key.
    void useTls(const QString &certificateFile, const QString &keyFile)
    {
        m_tlsCertificate = certificateFile;
        m_tlsKey = keyFile;
    }

    // Sets up and starts the cluster; a sentence on failure.
    QString start()
    {
        m_bin = binDir();
        if (m_bin.isEmpty())
            return QStringLiteral("no PostgreSQL server binaries");
        // As root the folder must be reachable by postgres: /tmp rather than a private TMPDIR.
        QByteArray pattern = (geteuid() == 0 ? QByteArray("/tmp") : QDir::tempPath().toUtf8()) + "/marginalia-pg-XXXXXX";
        if (!mkdtemp(pattern.data()))
            return QStringLiteral("cannot make a temporary folder");
        m_dir = QString::fromUtf8(pattern);
        if (geteuid() == 0) {
            const passwd *user = getpwnam("postgres");
            if (!user)
                return QStringLiteral("running as root, but there is no 'postgres' user to run the server as");
            m_runAs = QStringLiteral("postgres");
            if (chown(pattern.constData(), user->pw_uid, user->pw_gid) != 0)
                return QStringLiteral("cannot give %1 to the postgres user").arg(m_dir);
        }
        m_password = QString::number(QRandomGenerator::global()->generate64(), 36);
        const QString passwordFile = m_dir + QStringLiteral("/pw");
        {
            QFile file(passwordFile);
            if (!file.open(QIODevice::WriteOnly))
                return QStringLiteral("cannot write %1").arg(passwordFile);
            file.write(m_password.toUtf8() + '\n');
        }
        if (!m_runAs.isEmpty()) {
            const passwd *user = getpwnam("postgres");
            if (chown(QFile::encodeName(passwordFile).constData(), user->pw_uid, user->pw_gid) != 0)
                return QStringLiteral("cannot give the password file to postgres");
        }
        m_port = freePort();
        const QString data = m_dir + QStringLiteral("/data");
        if (QString error = runTool(QStringLiteral("initdb"),
                                    {QStringLiteral("-D"), data, QStringLiteral("-U"), adminUser(),
                                     QStringLiteral("--auth=scram-sha-256"), QStringLiteral("--pwfile=") + passwordFile,
                                     QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                                     QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")});
            !error.isEmpty())
            return error;
        {
            // Fast and deliberately unsafe: with synchronous_commit = off and a 10 s WAL writer
            // delay, a crash (stopImmediately) loses any commit that did not ask to be durable, so
            // the tests see whether Marginalia's transactions do (PgConnection::begin).
            QFile conf(data + QStringLiteral("/postgresql.conf"));
            if (!conf.open(QIODevice::Append))
                return QStringLiteral("cannot configure the cluster");
            conf.write(QStringLiteral("\nlisten_addresses = ''\nunix_socket_directories = '%1'\nport = %2\n"
                                      "fsync = off\nsynchronous_commit = off\nwal_writer_delay = 10s\nfull_page_writes = off\n"
                                      "shared_buffers = 16MB\nmax_connections = 40\n")
                           .arg(m_dir)
                           .arg(m_port)
                           .toUtf8());
            if (!m_tlsCertificate.isEmpty()) {
                const QString certificate = m_dir + QStringLiteral("/server.crt");
                const QString key = m_dir + QStringLiteral("/server.key");
                if (!QFile::copy(m_tlsCertificate, certificate) || !QFile::copy(m_tlsKey, key))
                    return QStringLiteral("cannot copy the TLS certificate and key into %1").arg(m_dir);
                // The server refuses a key that others may read.
                QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
                if (!m_runAs.isEmpty()) {
                    const passwd *user = getpwnam("postgres");
                    for (const QString &file : {certificate, key}) {
                        if (chown(QFile::encodeName(file).constData(), user->pw_uid, user->pw_gid) != 0)
                            return QStringLiteral("cannot give %1 to postgres").arg(file);
                    }
                }
                conf.write(QStringLiteral("listen_addresses = 'localhost'\nssl = on\nssl_cert_file = '%1'\n"
                                          "ssl_key_file = '%2'\n")
                               .arg(certificate, key)
                               .toUtf8());
            }
        }
        if (QString error = pgCtl(QStringLiteral("start")); !error.isEmpty())
            return error;
        m_running = true;
        qputenv("PGPASSWORD", m_password.toUtf8());
        return {};
    }

    // Starts a stopped cluster again (after stopImmediately()).
    QString restart()
    {
        if (QString error = pgCtl(QStringLiteral("start")); !error.isEmpty())
            return error;
        m_running = true;
        return {};
    }

    QString stopImmediately()
    {
        m_running = false;
        return runTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dir + QStringLiteral("/data"),
                                                  QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                                                  QStringLiteral("stop")});
    }

    void destroy()
    {
        if (m_running)
            stopImmediately();
        if (!m_dir.isEmpty())
            QDir(m_dir).removeRecursively();
        m_dir.clear();
    }

    static QString adminUser() { return QStringLiteral("marginalia_test"); }
    const QString &password() const { return m_password; }
    const QString &socketDir() const { return m_dir; }
    int port() const { return m_port; }

    // A libpq URL for a database of this cluster, as a given user (the password comes from PGPASSWORD).
    QString url(const QString &database, const QString &user = adminUser()) const
    {
        return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4").arg(user, database, m_dir).arg(m_port);
    }

    // A new, empty database `name` (letters, digits and _), made as the cluster's superuser: its URL. Stops the test
    // program when it cannot be made (nothing after it could run).
    QString createDatabase(const QString &name) const
    {
        auto admin = marginalia::team::PgConnection::connect(url(QStringLiteral("postgres")));
        if (!admin)
            qFatal("%s", qPrintable(admin.error()));
        if (auto ok = (*admin)->execScript("CREATE DATABASE " + name.toStdString()); !ok)
            qFatal("%s", qPrintable(ok.error()));
        return url(name);
    }

private:
    static int freePort()
    {
        const int fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        socklen_t length = sizeof(address);
        int port = 54329;
        if (fd >= 0 && bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
            && getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            port = ntohs(address.sin_port);
        if (fd >= 0)
            close(fd);
        return port;
    }

    QString pgCtl(const QString &action)
    {
        return runTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dir + QStringLiteral("/data"),
                                                  QStringLiteral("-l"), m_dir + QStringLiteral("/server.log"),
                                                  QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"), action});
    }

    // Runs a server tool, as postgres when we are root; a sentence with its output on failure.
    QString runTool(const QString &tool, const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setWorkingDirectory(m_dir);
        const QString program = m_bin + u'/' + tool;
        if (m_runAs.isEmpty())
            process.start(program, arguments);
        else
            process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--"), program}
                                                         + arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return QStringLiteral("%1 failed: %2").arg(tool, QString::fromLocal8Bit(process.readAll()));
        return {};
    }

    QString m_bin;
    QString m_dir;
    QString m_runAs;
    QString m_tlsCertificate;
    QString m_tlsKey;
    QString m_password;
    int m_port = 0;
    bool m_running = false;
};
