#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace marginalia::team {

// A text parameter for a prepared statement: a value, or SQL NULL.
using PgParam = std::optional<QByteArray>;
PgParam pgText(const QString &value);   // a null QString gives NULL
PgParam pgInt(qint64 value);

// The rows of one statement, read as text (libpq's text format). Owns the PGresult.
class PgRows
{
public:
    PgRows() = default;
    explicit PgRows(pg_result *result);
    PgRows(PgRows &&other) noexcept;
    PgRows &operator=(PgRows &&other) noexcept;
    PgRows(const PgRows &) = delete;
    PgRows &operator=(const PgRows &) = delete;
    ~PgRows();

    int size() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    qint64 int64(int row, int column) const;

private:
    pg_result *m_result = nullptr;
};

// A sentence for the user about a failed connection attempt, from libpq's message: bad user name
// or password, no server at the address, no such database, a password needed but not given. The
// URL is named without its password. Exposed for tests.
// If unreachable is given, it says whether the failure means the server is out of reach for now (no
// server answers, an unknown host name, no answer in time, busy or restarting), as opposed to refused
// credentials, a wrong address or database, or a certificate: the typed answer, for programs.
// PgConnection::connect asks libpq (PQpingParams) when the message is neither.
QString describeConnectionFailure(const QString &libpqMessage, const QString &safeUrl, bool *unreachable = nullptr);

// The URL without its password (what may be shown and stored).
QString urlWithoutPassword(const QString &url);
// The URL with this password in it (for one connection; never to be stored). A postgresql:// URL
// only; anything else is returned as it is.
QString urlWithPassword(const QString &url, const QString &password);
// Whether a sentence from describeConnectionFailure says that a password is missing or was refused
// (so that a program may ask the user for one).
bool isPasswordFailure(const QString &sentence);

// One connection to a PostgreSQL server through libpq. Every statement is prepared once per
// connection (named s1, s2, … by its SQL text) and run with bound text parameters; nothing is
// ever spliced into SQL. Errors come back as sentences, never as libpq's raw text alone.
class PgConnection
{
public:
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;
    ~PgConnection();

    // Connects to a postgresql:// URL (or a libpq keyword string). The password comes from the URL,
    // PGPASSWORD or ~/.pgpass; libpq never prompts. Gives up after 5 s unless the URL says
    // otherwise (connect_timeout).
    // On failure, *unreachable (if given) says whether the server is out of reach for now (offline), as
    // describeConnectionFailure classifies it; programs act on that, never on the sentence's words.
    static Result<std::unique_ptr<PgConnection>> connect(const QString &url, bool *unreachable = nullptr);

    // Runs a statement with parameters $1, $2, … and returns its rows.
    Result<PgRows> query(std::string_view sql, const std::vector<PgParam> &params = {});
    // The same for a statement whose rows do not matter.
    Result<void> run(std::string_view sql, const std::vector<PgParam> &params = {});
    // Statements without parameters (schema creation), run as one simple query.
    Result<void> execScript(std::string_view sql);

    // A transaction whose successful commit() is durable: if the server runs with
    // synchronous_commit = off, it is raised to PostgreSQL's default (on) for this transaction, so
    // the server cannot acknowledge a COMMIT and then lose it in a crash (the caller forgets its
    // copy of what it sent once commit() succeeds). Stronger settings are left alone.
    Result<void> begin();
    Result<void> commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    // COPY … FROM STDIN: start, send rows in COPY text format, finish.
    Result<void> copyStart(std::string_view sql);
    Result<void> copyRow(const QByteArray &line);
    Result<void> copyEnd();

    // Waits up to timeoutMs for a notification (after LISTEN): true if one came (all waiting ones
    // are consumed), false on timeout, a sentence if the connection is lost.
    Result<bool> waitForNotification(int timeoutMs);

    // Statements sent so far on this connection (each one round trip, preparing one included).
    qint64 statementCount() const { return m_statements; }
    const QString &safeUrl() const { return m_safeUrl; }
    QString userName() const;
    bool isBroken() const;
    // Whether a statement has failed because the connection was lost or the server went away (its
    // sentence says "stopped answering"): offline, not a failure of the work.
    bool lostConnection() const { return m_lost; }

private:
    PgConnection() = default;
    QString describe(pg_result *result, std::string_view sql) const;

    pg_conn *m_conn = nullptr;
    QString m_safeUrl;
    QHash<QByteArray, QByteArray> m_prepared;   // SQL text -> statement name
    bool m_inTransaction = false;
    mutable bool m_lost = false;   // set by describe(), which names every failure
    qint64 m_statements = 0;
};

// Rolls back unless committed: a failure anywhere between begin() and commit() leaves nothing.
class PgTransaction
{
public:
    explicit PgTransaction(PgConnection &connection) : m_connection(connection) {}
    PgTransaction(const PgTransaction &) = delete;
    PgTransaction &operator=(const PgTransaction &) = delete;
    ~PgTransaction();
    // A transaction whose successful commit() is durable: if the server runs with
    // synchronous_commit = off, it is raised to PostgreSQL's default (on) for this transaction, so
    // the server cannot acknowledge a COMMIT and then lose it in a crash (the caller forgets its
    // copy of what it sent once commit() succeeds). Stronger settings are left alone.
    Result<void> begin();
    Result<void> commit();

private:
    PgConnection &m_connection;
    bool m_open = false;
};

} // namespace marginalia::team
