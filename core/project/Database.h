#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <map>
#include <memory>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace marginalia {

class Database;

// One prepared statement with bound values. Columns are read by index after step() returns true.
class Statement
{
public:
    Statement() = default;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);   // a null QString binds NULL
    Statement &bind(int index, std::string_view utf8);
    // Binds the bytes without copying them: they must stay valid and unchanged until the statement is reset or the
    // value bound again (a document's text, which SQLite would otherwise copy before writing it).
    Statement &bindUnowned(int index, std::string_view utf8);
    Statement &bindNull(int index);
    Statement &bindBlob(int index, std::string_view bytes);
    Statement &bind(int index, const QVariant &value);

    // Advances to the next row: true while there is a row, false when done or on error (see error()).
    bool step();
    // Runs a statement that returns no rows (or ignores them).
    Result<void> run();
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    std::string_view utf8(int column) const;   // valid until the next step/reset
    std::string_view blob(int column) const;   // the bytes as stored; valid until the next step/reset
    bool isNull(int column) const;
    // A real number (text() gives SQLite's text of it, 15 significant digits; real() the double itself).
    bool isReal(int column) const;
    QVariant value(int column) const;

    const QString &error() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }

private:
    friend class Database;
    Statement(sqlite3_stmt *stmt, Database *db) : m_stmt(stmt), m_db(db) {}

    sqlite3_stmt *m_stmt = nullptr;
    Database *m_db = nullptr;
    QString m_error;
    quint64 m_progressTicks = 0;   // VM work of the current execution, in progress-handler calls
};

// A sentence for the user naming what went wrong for an SQLite result code (extended codes and
// the operating system's errno considered): disk full, permission denied, damaged file, … Falls
// back to SQLite's own message for codes that carry their detail there (constraints).
QString describeSqliteError(int extendedCode, int systemErrno, const QString &sqliteMessage);

// A thin owner of one sqlite3 connection: statements are always prepared with bound values.
class Database
{
public:
    // Immutable: read-only without locks and without -wal/-shm files, for a file this user cannot
    // write (so a reader never leaves files beside it that its owner cannot use).
    enum class OpenMode { ReadWrite, ReadOnly, Create, Immutable };

    Database() = default;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    Result<void> open(const QString &path, OpenMode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    const QString &path() const { return m_path; }

    // Preparing is cheap; callers that loop keep their Statement and reset() it.
    Result<Statement> prepare(std::string_view sql);
    // A statement this connection prepares once and keeps until it closes, for the few run over and over by
    // every kind of edit (the journal's insert): compiling them again each time was a large part of an import.
    // Returned reset with no values bound; the caller runs it to its end (or resets it) before it could be asked
    // for again, so only statements that are not nested inside a use of themselves belong here.
    Result<Statement *> cached(std::string_view sql);
    // Runs one or more statements without parameters (schema, pragmas).
    Result<void> exec(std::string_view sql);

    qint64 lastInsertId() const;
    int changes() const;
    qint64 totalChanges() const;
    QString lastError() const;
    // True when the last error was SQLITE_BUSY / SQLITE_LOCKED: another process holds the project.
    bool lastErrorWasBusy() const;
    sqlite3 *handle() const { return m_db; }

    // Every statement may run at most this many virtual-machine steps per execution; one that runs
    // longer is stopped with a message (a crafted or damaged file must not hang the program). The
    // budget grows with the file: at least kMinimumStatementSteps, plus kStatementStepsPerByte for
    // each byte of the project and its -wal (measured again before a statement is stopped, so a
    // project that grew since it was opened gets the larger budget).
    static constexpr quint64 kMinimumStatementSteps = 2'000'000'000;
    static constexpr quint64 kStatementStepsPerByte = 200;
    // Tests and verification can set a smaller fixed budget (0: back to the size-based one).
    void setStatementStepLimit(quint64 steps);
    // The step budget currently in force for a statement.
    quint64 statementStepLimit() const;
    // True when the last statement was stopped by that budget.
    bool lastStatementRanAway() const { return m_ranAway; }

private:
    friend class Transaction;
    friend class Statement;
    static int onProgress(void *database);
    void beginCounting(quint64 *ticks);
    quint64 m_fixedStepLimit = 0;
    quint64 m_stepLimitTicks = 0;
    quint64 *m_activeTicks = nullptr;
    bool m_ranAway = false;
    sqlite3 *m_db = nullptr;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    QString m_path;
    std::map<std::string, Statement, std::less<>> m_cached;   // finalized by close(), before the connection
};

// A write transaction. The outermost one is BEGIN IMMEDIATE (so a project another process is
// writing fails early, before any work is done). Nested ones join it: a caller can wrap several
// store operations, each of which opens its own Transaction, into one. A nested transaction
// that changed rows and ends without commit() marks the whole transaction for rollback, so the outermost
// commit() then fails and nothing of it is kept. (Savepoints would allow partial rollback, but
// every SAVEPOINT makes FTS5 flush its pending index data, which made imports several times
// slower; nothing here needs partial rollback.)
class Transaction
{
public:
    static Result<Transaction> begin(Database &db);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    ~Transaction();
    Result<void> commit();

private:
    Transaction(Database *db, int depth, qint64 changesAtBegin)
        : m_db(db), m_depth(depth), m_changesAtBegin(changesAtBegin) {}
    Database *m_db = nullptr;
    int m_depth = 0;
    qint64 m_changesAtBegin = 0;
};

// For the duration of a bulk write (an import, building the search index), the connection's page
// cache is cut back to SQLite's default 2 MB: the transaction's pages are then written out to the
// WAL as the work goes on rather than piling up in memory until the commit, which measured a fifth
// faster and used a third of the memory. The read cache comes back afterwards.
class BulkWriteScope
{
public:
    explicit BulkWriteScope(Database &db);
    BulkWriteScope(const BulkWriteScope &) = delete;
    BulkWriteScope &operator=(const BulkWriteScope &) = delete;
    ~BulkWriteScope();

private:
    Database *m_db = nullptr;
    qint64 m_previous = 0;
};

// One consistent view of the project for a series of reads (an export, say): with WAL, other
// processes may commit meanwhile without the reader seeing part of their change. Only for code
// that does not write; does nothing inside a transaction.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db);
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;
    ~ReadSnapshot();

private:
    Database *m_db = nullptr;
};

} // namespace marginalia
