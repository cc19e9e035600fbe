#include "team/PgConnection.h"

#include "text/Utf8Text.h"

#include <QRegularExpression>
#include <QUrl>

#include <libpq-fe.h>

#include <cstring>

#include <poll.h>

namespace marginalia::team {

PgParam pgText(const QString &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toUtf8();
}

PgParam pgInt(qint64 value)
{
    return QByteArray::number(value);
}

// ---- PgRows ----

PgRows::PgRows(pg_result *result) : m_result(result) {}

PgRows::PgRows(PgRows &&other) noexcept : m_result(std::exchange(other.m_result, nullptr)) {}

PgRows &PgRows::operator=(PgRows &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

PgRows::~PgRows()
{
    if (m_result)
        PQclear(m_result);
}

int PgRows::size() const
{
    return m_result ? PQntuples(m_result) : 0;
}

bool PgRows::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QString PgRows::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    const auto length = static_cast<size_t>(PQgetlength(m_result, row, column));
    return stringFromUtf8(std::string_view(PQgetvalue(m_result, row, column), length));
}

QByteArray PgRows::bytes(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgRows::int64(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column)).toLongLong();
}

// ---- sentences ----

// The two connection failures a password typed in would cure.
constexpr const char *kPasswordRefused = "the server refused the user name or password";
constexpr const char *kPasswordMissing = "the server asks for a password and none was given";
// The beginnings of the sentences for a server out of reach.
constexpr const char *kCannotConnect = "Cannot connect to the team server";
constexpr const char *kStoppedAnswering = " stopped answering (the connection was lost or the server was shut down)";

QString urlWithoutPassword(const QString &url)
{
    if (!url.startsWith(u"postgresql://") && !url.startsWith(u"postgres://"))
        return url;
    QUrl parsed(url);
    if (!parsed.isValid())
        return url.section(u'@', -1);   // never show what may be a password
    return parsed.adjusted(QUrl::RemovePassword).toString();
}

QString urlWithPassword(const QString &url, const QString &password)
{
    if (!url.startsWith(u"postgresql://") && !url.startsWith(u"postgres://"))
        return url;
    QUrl parsed(url);
    if (!parsed.isValid())
        return url;
    parsed.setPassword(password);
    return parsed.toString();
}

bool isPasswordFailure(const QString &sentence)
{
    return sentence.contains(QLatin1String(kPasswordRefused)) || sentence.contains(QLatin1String(kPasswordMissing));
}

namespace {

// How far a failed connection attempt got, as its message tells: refused for a reason that stays
// (credentials, address, certificate), out of reach for now, or unknown (the message says neither).
enum class Reach { Refused, OutOfReach, Unknown };

struct ConnectionFailure
{
    QString why;
    Reach reach = Reach::Refused;
};

ConnectionFailure classifyConnectionFailure(const QString &libpqMessage)
{
    bool outOfReach = false;
    bool known = true;
    const QString message = libpqMessage.simplified();
    const auto has = [&message](const char *text) { return message.contains(QLatin1String(text), Qt::CaseInsensitive); };
    QString why;
    // Certificate checks first (sslmode=verify-ca / verify-full): these say the server may not be
    // the one meant, which matters more than anything else in the message.
    if (has("does not match host name"))
        why = QStringLiteral("the server's certificate was issued for another host name than the one in the URL, so "
                             "the connection was refused (name the host as the certificate does, or someone may be "
                             "in between)");
    else if (has("certificate verify failed"))
        why = QStringLiteral("the server's certificate is not signed by the certificate authority given in "
                             "sslrootcert, so the connection was refused (a wrong CA file, or someone may be in "
                             "between)");
    else if (has("root certificate file") && has("does not exist"))
        why = QStringLiteral("the certificate authority file needed to check the server (sslrootcert, or "
                             "~/.postgresql/root.crt) does not exist");
    else if (has("server does not support SSL"))
        why = QStringLiteral("the URL asks for an encrypted connection (sslmode) but the server does not offer one");
    else if (has("password authentication failed") || has("SCRAM authentication") || has("authentication failed"))
        why = QLatin1String(kPasswordRefused);
    else if (has("no password supplied") || has("fe_sendauth"))
        why = QLatin1String(kPasswordMissing)
              + QStringLiteral(": set PGPASSWORD, put it in ~/.pgpass, or write it in the URL (it is never stored in "
                               "the project)");
    else if (has("does not exist") && has("database"))
        why = QStringLiteral("the server has no such database (%1)")
                  .arg(QRegularExpression(QStringLiteral("database \"([^\"]*)\"")).match(message).captured(1));
    else if (has("does not exist") && has("role"))
        why = QStringLiteral("the server has no such user");
    else if (has("no pg_hba.conf entry"))
        why = QStringLiteral("the server does not let this user connect from here (pg_hba.conf)");
    else if (has("starting up") || has("not yet accepting connections") || has("in recovery mode")
             || has("shutting down") || has("too many connections") || has("too many clients")) {
        // The server answers but does not take connections now (SQLSTATE 57P03, 57P01, 53300): a
        // restart, a crash recovery or a full house, over by itself.
        outOfReach = true;
        why = QStringLiteral("the server is busy or restarting; try again shortly");
    } else if (has("server closed the connection unexpectedly") || has("Connection reset by peer")
               || has("EOF detected") || has("SSL SYSCALL error") || has("could not receive data from server")
               || has("could not send data to server") || has("SSL connection has been closed unexpectedly")) {
        // The connection broke while it was being made (a server crashing or restarting, a network
        // dropping): nothing was refused.
        outOfReach = true;
        why = QStringLiteral("the server closed the connection while it was being made (it may be restarting, or "
                             "the network dropped); try again shortly");
    }
    else if (has("Connection refused") || has("No such file or directory") || has("could not connect")) {
        outOfReach = true;
        why = QStringLiteral("no PostgreSQL server answers there: it may be stopped, or the host or port is wrong");
    } else if (has("Network is unreachable") || has("No route to host") || has("Host is unreachable")) {
        // libpq 15: "connection to server at … failed: " and the system's reason.
        outOfReach = true;
        why = QStringLiteral("the server's network cannot be reached from here (offline, or a VPN not connected)");
    } else if (has("could not translate host name") || has("Name or service not known")) {
        outOfReach = true;
        why = QStringLiteral("the server's host name is not known (offline, or a typing error)");
    } else if (has("timeout expired") || has("timed out")) {
        outOfReach = true;
        why = QStringLiteral("the server did not answer in time (offline, or a firewall)");
    } else if (has("SSL") || has("certificate")) {
        // Refused, not out of reach: a key file's permissions, a certificate the server rejects, a protocol
        // version neither side takes (libpq's ping would say "no response" for these too, as for a stopped server).
        why = QStringLiteral("the secure connection failed: %1").arg(message);
    } else if (has("invalid") || has("missing \"=\"") || has("unrecognized"))
        why = QStringLiteral("the address is not a valid PostgreSQL URL (%1)").arg(message);
    else {
        known = false;
        why = message.isEmpty() ? QStringLiteral("the connection failed") : message;
    }
    return {why, outOfReach ? Reach::OutOfReach : known ? Reach::Refused : Reach::Unknown};
}

QString connectionFailureSentence(const QString &safeUrl, const QString &why)
{
    return QLatin1String(kCannotConnect) + QStringLiteral(" %1: %2.").arg(safeUrl, why);
}

} // namespace

QString describeConnectionFailure(const QString &libpqMessage, const QString &safeUrl, bool *unreachable)
{
    const ConnectionFailure failed = classifyConnectionFailure(libpqMessage);
    if (unreachable)
        *unreachable = failed.reach == Reach::OutOfReach;
    return connectionFailureSentence(safeUrl, failed.why);
}

// ---- PgConnection ----

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const QString &url, bool *unreachable)
{
    if (unreachable)
        *unreachable = false;
    std::unique_ptr<PgConnection> connection(new PgConnection);
    connection->m_safeUrl = urlWithoutPassword(url);
    // libpq would take any other word as a database name on the local server: say what is wanted.
    if (!url.startsWith(u"postgresql://") && !url.startsWith(u"postgres://") && !url.contains(u'='))
        return failure(QStringLiteral("“%1” is not a PostgreSQL URL: write it as postgresql://USER@HOST[:PORT]/DATABASE "
                                      "(options such as ?sslmode=verify-full may follow).")
                           .arg(connection->m_safeUrl));
    const QByteArray target = url.toUtf8();
    // Keywords before dbname are defaults the URL can override; those after it win.
    const char *keywords[] = {"connect_timeout", "application_name", "dbname", "client_encoding", nullptr};
    const char *values[] = {"5", "marginalia", target.constData(), "UTF8", nullptr};
    connection->m_conn = PQconnectdbParams(keywords, values, 1);
    if (!connection->m_conn)
        return failure(QStringLiteral("Cannot connect to the team server %1: out of memory.").arg(connection->m_safeUrl));
    if (PQstatus(connection->m_conn) != CONNECTION_OK) {
        const ConnectionFailure failed = classifyConnectionFailure(QString::fromUtf8(PQerrorMessage(connection->m_conn)));
        bool outOfReach = failed.reach == Reach::OutOfReach;
        // A message the wording does not place: libpq's typed answer decides (a second attempt, made
        // only then). PQPING_REJECT is a server that answers but takes no connections now (starting
        // up, shutting down, crash recovery), PQPING_NO_RESPONSE none answering: both out of reach
        // for now. PQPING_OK (it takes connections: this one was refused for a reason) and
        // PQPING_NO_ATTEMPT (the parameters are wrong) are not.
        if (failed.reach == Reach::Unknown) {
            const PGPing ping = PQpingParams(keywords, values, 1);
            outOfReach = ping == PQPING_REJECT || ping == PQPING_NO_RESPONSE;
        }
        if (unreachable)
            *unreachable = outOfReach;
        return failure(connectionFailureSentence(connection->m_safeUrl, failed.why));
    }
    // Notices (e.g. "relation already exists, skipping") are not for the user.
    PQsetNoticeProcessor(connection->m_conn, [](void *, const char *) {}, nullptr);
    return connection;
}

QString PgConnection::userName() const
{
    return QString::fromUtf8(PQuser(m_conn));
}

bool PgConnection::isBroken() const
{
    return !m_conn || PQstatus(m_conn) != CONNECTION_OK;
}

QString PgConnection::describe(pg_result *result, std::string_view sql) const
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString code = state ? QString::fromLatin1(state) : QString();
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const QString detail = primary ? QString::fromUtf8(primary) : QString::fromUtf8(PQerrorMessage(m_conn)).simplified();
    const QString server = QStringLiteral("The team server %1").arg(m_safeUrl);
    // libpq's own messages carry no SQLSTATE; a connection lost mid-result may still read as CONNECTION_OK.
    const auto lost = [&detail] {
        for (const char *text : {"server closed the connection unexpectedly", "no connection to the server",
                                 "could not receive data from server", "could not send data to server",
                                 "connection to server was lost", "SSL SYSCALL error", "SSL connection has been closed"}) {
            if (detail.contains(QLatin1StringView(text), Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    if (isBroken() || code.startsWith(u"08") || code.startsWith(u"57P") || (code.isEmpty() && lost())) {
        m_lost = true;
        return server + QLatin1String(kStoppedAnswering)
            + QStringLiteral("; nothing of the unfinished step was kept. Try again when it is back.");
    }
    if (code == u"42501")
        return server + QStringLiteral(" refused this: the user %1 may not do it (%2).").arg(userName(), detail);
    if (code.startsWith(u"53"))
        return server + QStringLiteral(" is out of resources (%1).").arg(detail);
    if (code == u"40001" || code == u"40P01")
        return server + QStringLiteral(" was busy with a conflicting change; try again.");
    if (code == u"42P01" || code == u"3F000")
        return server + QStringLiteral(" holds no Marginalia team project (publish one first).");
    Q_UNUSED(sql);
    return server + QStringLiteral(" could not do a step: %1").arg(detail);
}

Result<PgRows> PgConnection::query(std::string_view sql, const std::vector<PgParam> &params)
{
    const QByteArray key(sql.data(), static_cast<qsizetype>(sql.size()));
    auto name = m_prepared.constFind(key);
    if (name == m_prepared.cend()) {
        const QByteArray newName = "s" + QByteArray::number(m_prepared.size() + 1);
        ++m_statements;
        pg_result *raw = PQprepare(m_conn, newName.constData(), key.constData(), 0, nullptr);
        const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
        if (status != PGRES_COMMAND_OK) {
            const QString message = describe(raw, sql);
            if (raw)
                PQclear(raw);
            return failure(message);
        }
        PQclear(raw);
        name = m_prepared.insert(key, newName);
    }
    std::vector<const char *> values;
    values.reserve(params.size());
    for (const PgParam &param : params)
        values.push_back(param ? param->constData() : nullptr);
    ++m_statements;
    pg_result *result = PQexecPrepared(m_conn, name->constData(), static_cast<int>(values.size()), values.data(),
                                       nullptr, nullptr, 0);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const QString message = describe(result, sql);
        if (result)
            PQclear(result);
        return failure(message);
    }
    return PgRows(result);
}

Result<void> PgConnection::run(std::string_view sql, const std::vector<PgParam> &params)
{
    auto rows = query(sql, params);
    if (!rows)
        return failure(rows.error());
    return {};
}

Result<void> PgConnection::execScript(std::string_view sql)
{
    const std::string text(sql);
    ++m_statements;
    pg_result *result = PQexec(m_conn, text.c_str());
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const QString message = describe(result, sql);
        if (result)
            PQclear(result);
        return failure(message);
    }
    PQclear(result);
    return {};
}

Result<void> PgConnection::begin()
{
    if (auto ok = execScript("BEGIN"); !ok)
        return ok;
    m_inTransaction = true;
    // With synchronous_commit = off the server answers COMMIT before its WAL is written; a crash
    // (or `pg_ctl stop -m immediate`) then loses a commit already acknowledged, and its xid may be
    // given again. The sender has forgotten those changes by then (lost work), and a reader that
    // pulled them has a watermark past the xids the server hands out next (later changes skipped).
    // Any user may set this for its own transaction; is_local = true ends it with the transaction.
    if (auto ok = run("SELECT set_config('synchronous_commit', 'on', true) "
                      "WHERE current_setting('synchronous_commit') = 'off'");
        !ok) {
        rollback();
        return ok;
    }
    return {};
}

Result<void> PgConnection::commit()
{
    m_inTransaction = false;
    return execScript("COMMIT");
}

void PgConnection::rollback()
{
    m_inTransaction = false;
    if (!isBroken())
        PQclear(PQexec(m_conn, "ROLLBACK"));
}

Result<void> PgConnection::copyStart(std::string_view sql)
{
    const std::string text(sql);
    pg_result *result = PQexec(m_conn, text.c_str());
    const bool ok = result && PQresultStatus(result) == PGRES_COPY_IN;
    const QString message = ok ? QString() : describe(result, sql);
    if (result)
        PQclear(result);
    if (!ok)
        return failure(message);
    return {};
}

Result<void> PgConnection::copyRow(const QByteArray &line)
{
    if (PQputCopyData(m_conn, line.constData(), static_cast<int>(line.size())) != 1)
        return failure(describe(nullptr, "COPY"));
    return {};
}

Result<void> PgConnection::copyEnd()
{
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return failure(describe(nullptr, "COPY"));
    Result<void> outcome;
    while (pg_result *result = PQgetResult(m_conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && outcome)
            outcome = failure(describe(result, "COPY"));
        PQclear(result);
    }
    return outcome;
}

Result<bool> PgConnection::waitForNotification(int timeoutMs)
{
    const auto drain = [this]() {
        bool any = false;
        while (PGnotify *notification = PQnotifies(m_conn)) {
            any = true;
            PQfreemem(notification);
        }
        return any;
    };
    if (PQconsumeInput(m_conn) == 1 && drain())
        return true;
    pollfd descriptor{PQsocket(m_conn), POLLIN, 0};
    if (descriptor.fd < 0)
        return failure(describe(nullptr, "LISTEN"));
    const int ready = poll(&descriptor, 1, timeoutMs);
    if (ready < 0)
        return false;   // interrupted: the caller waits again
    if (ready == 0)
        return false;
    if (PQconsumeInput(m_conn) != 1)
        return failure(describe(nullptr, "LISTEN"));
    return drain();
}

// ---- PgTransaction ----

PgTransaction::~PgTransaction()
{
    if (m_open)
        m_connection.rollback();
}

Result<void> PgTransaction::begin()
{
    if (auto ok = m_connection.begin(); !ok)
        return ok;
    m_open = true;
    return {};
}

Result<void> PgTransaction::commit()
{
    m_open = false;
    return m_connection.commit();
}

} // namespace marginalia::team
