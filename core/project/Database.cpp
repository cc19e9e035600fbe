#include "project/Database.h"

#include "text/Utf8Text.h"

#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include <sqlite3.h>

namespace marginalia {

namespace {

// SQLite keeps memory statistics by default, under one mutex for the whole process taken at every allocation: two
// threads reading through two connections waited on each other (each took as long as one thread reading both halves).
// Nothing here reads the statistics. Set while the program loads, before any thread or connection (the only time
// sqlite3_config may be called).
const int kMemoryStatisticsOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);

constexpr int kBusyTimeoutMs = 5000;
// The progress handler is called every this many virtual-machine steps.
constexpr int kProgressPeriod = 1000;

QString systemReason(int systemErrno)
{
    switch (systemErrno) {
    case ENOSPC:
    case EDQUOT:
        return QStringLiteral("the disk is full (or your disk quota is used up); free some space and try again");
    case EACCES:
    case EPERM:
        return QStringLiteral("permission denied: you may read or write this file (or its folder) only with "
                              "other permissions");
    case EROFS:
        return QStringLiteral("the file system is read-only");
    case EIO:
        return QStringLiteral("the disk reported an input/output error (the drive or network share may be failing "
                              "or disconnected)");
    case ENOENT:
        return QStringLiteral("the file or its folder does not exist (any more)");
    case EISDIR:
        return QStringLiteral("it is a folder, not a file");
    case ENOLCK:
        return QStringLiteral("the file system does not support file locks (some network shares do not); copy the "
                              "project to a local disk");
    case EMFILE:
    case ENFILE:
        return QStringLiteral("too many files are open");
    case 0:
        return {};
    default:
        return QString::fromLocal8Bit(std::strerror(systemErrno));
    }
}

QString lockedMessage()
{
    return QStringLiteral("the project is in use by another program that is writing to it; try again when it has "
                          "finished");
}

} // namespace

QString describeSqliteError(int extendedCode, int systemErrno, const QString &sqliteMessage)
{
    const int primary = extendedCode & 0xff;
    switch (primary) {
    case SQLITE_FULL:
        return systemReason(ENOSPC);
    case SQLITE_IOERR: {
        if (extendedCode == SQLITE_IOERR_NOMEM)
            return QStringLiteral("out of memory");
        const QString reason = systemReason(systemErrno);
        const bool sharedMemory = extendedCode == SQLITE_IOERR_SHMOPEN || extendedCode == SQLITE_IOERR_SHMSIZE
            || extendedCode == SQLITE_IOERR_SHMMAP || extendedCode == SQLITE_IOERR_SHMLOCK;
        const QString what = sharedMemory ? QStringLiteral("the shared-memory file (-shm) beside the project cannot be used")
            : extendedCode == SQLITE_IOERR_SHORT_READ ? QStringLiteral("the file ends early (it may be truncated or "
                                                                       "still being copied)")
            : extendedCode == SQLITE_IOERR_LOCK || extendedCode == SQLITE_IOERR_RDLOCK
                || extendedCode == SQLITE_IOERR_UNLOCK || extendedCode == SQLITE_IOERR_CHECKRESERVEDLOCK
            ? QStringLiteral("the file could not be locked")
            : extendedCode == SQLITE_IOERR_WRITE || extendedCode == SQLITE_IOERR_FSYNC
                || extendedCode == SQLITE_IOERR_TRUNCATE
            ? QStringLiteral("writing to the disk failed")
            : extendedCode == SQLITE_IOERR_READ ? QStringLiteral("reading from the disk failed")
                                                : QStringLiteral("the disk could not be read or written");
        return reason.isEmpty() ? what : QStringLiteral("%1: %2").arg(what, reason);
    }
    case SQLITE_CANTOPEN: {
        const QString reason = systemReason(systemErrno);
        return reason.isEmpty() ? QStringLiteral("the file cannot be opened") : QStringLiteral("the file cannot be opened: %1").arg(reason);
    }
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return systemReason(EACCES);
    case SQLITE_READONLY:
        if (extendedCode == SQLITE_READONLY_DBMOVED)
            return QStringLiteral("the file was moved, renamed or deleted while it was open");
        if (extendedCode == SQLITE_READONLY_CANTINIT || extendedCode == SQLITE_READONLY_CANTLOCK
            || extendedCode == SQLITE_READONLY_RECOVERY)
            return QStringLiteral("the -wal or -shm file beside the project cannot be written (it may belong to "
                                  "another user); ask its owner, or open the project read-only");
        return QStringLiteral("the file cannot be written: you may only read it (check its permissions and those "
                              "of its folder), or it was opened read-only");
    case SQLITE_CORRUPT:
        return QStringLiteral("the file is damaged (its internal structure is inconsistent); restore a backup copy");
    case SQLITE_NOTADB:
        return QStringLiteral("the file is not a database (damaged, encrypted or not a Marginalia project)");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return lockedMessage();
    case SQLITE_NOMEM:
        return QStringLiteral("out of memory");
    case SQLITE_NOLFS:
        return QStringLiteral("the file is too large for this file system");
    case SQLITE_PROTOCOL:
        return QStringLiteral("the file could not be locked reliably (a network share without proper locking?)");
    default:
        return sqliteMessage;
    }
}

namespace {

QString busyMessage(const QString &path)
{
    return QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), lockedMessage());
}

} // namespace

// ---- Statement ----

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_db(other.m_db)
    , m_error(std::move(other.m_error))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_error = std::move(other.m_error);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text64(m_stmt, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                        SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement &Statement::bind(int index, std::string_view utf8)
{
    sqlite3_bind_text64(m_stmt, index, utf8.data(), utf8.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement &Statement::bindUnowned(int index, std::string_view utf8)
{
    sqlite3_bind_text64(m_stmt, index, utf8.data(), utf8.size(), SQLITE_STATIC, SQLITE_UTF8);
    return *this;
}

Statement &Statement::bindBlob(int index, std::string_view bytes)
{
    // A zero-length blob is still a blob, not NULL (sqlite3_bind_blob64 with a null pointer binds NULL).
    sqlite3_bind_blob64(m_stmt, index, bytes.empty() ? "" : bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bind(int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return bindNull(index);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        return bind(index, value.toDouble());
    default:
        return value.isNull() ? bindNull(index) : bind(index, value.toString());
    }
}

bool Statement::step()
{
    if (!sqlite3_stmt_busy(m_stmt))
        m_progressTicks = 0;   // a new execution gets the full budget
    m_db->beginCounting(&m_progressTicks);
    const int rc = sqlite3_step(m_stmt);
    m_db->beginCounting(nullptr);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            m_error = busyMessage(m_db->path());
        else
            m_error = m_db->lastError();
    }
    return false;
}

Result<void> Statement::run()
{
    m_error.clear();
    while (step()) {
    }
    if (failed())
        return failure(m_error);
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_error.clear();
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return stringFromUtf8(std::string_view(data, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column))));
}

std::string_view Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return {data, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column))};
}

std::string_view Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    if (!data)
        return {};
    return {data, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column))};
}

bool Statement::isReal(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_FLOAT;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return int64(column);
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_NULL:
        return {};
    default:
        return text(column);
    }
}

// ---- Database ----

Database::~Database()
{
    close();
}

Result<void> Database::open(const QString &path, OpenMode mode)
{
    close();
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_URI;
    switch (mode) {
    case OpenMode::ReadOnly:
    case OpenMode::Immutable:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    // Always a file: URI, so that no part of a file name is read as a URI parameter.
    QUrl uri = QUrl::fromLocalFile(path == QLatin1String(":memory:") ? path : QFileInfo(path).absoluteFilePath());
    if (path == QLatin1String(":memory:"))
        uri = QUrl(QStringLiteral("file::memory:"));
    if (mode == OpenMode::Immutable)
        uri.setQuery(QStringLiteral("immutable=1"));
    const QByteArray encoded = uri.toEncoded();
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(encoded.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = db ? describeSqliteError(sqlite3_extended_errcode(db), sqlite3_system_errno(db),
                                                        QString::fromUtf8(sqlite3_errmsg(db)))
                                  : QStringLiteral("out of memory");
        sqlite3_close_v2(db);
        return failure(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), reason));
    }
    m_db = db;
    m_path = path;
    m_ranAway = false;
    m_stepLimitTicks = statementStepLimit() / kProgressPeriod;
    sqlite3_progress_handler(m_db, kProgressPeriod, &Database::onProgress, this);
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    sqlite3_extended_result_codes(m_db, 1);
    // Project files come from other people: do not let schema objects call functions with side effects.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    return {};
}

void Database::close()
{
    m_cached.clear();   // a statement left unfinalized would keep the connection (and its locks) open
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()), 0, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        if (lastErrorWasBusy())
            return failure(busyMessage(m_path));
        return failure(lastError());
    }
    return Statement(stmt, this);
}

Result<Statement *> Database::cached(std::string_view sql)
{
    if (auto it = m_cached.find(sql); it != m_cached.end()) {
        it->second.reset();
        return &it->second;
    }
    auto prepared = prepare(sql);
    if (!prepared)
        return failure(prepared.error());
    return &m_cached.emplace(std::string(sql), std::move(*prepared)).first->second;
}

Result<void> Database::exec(std::string_view sql)
{
    const std::string owned(sql);
    char *message = nullptr;
    quint64 ticks = 0;
    quint64 *outer = m_activeTicks;
    beginCounting(&ticks);
    const int rc = sqlite3_exec(m_db, owned.c_str(), nullptr, nullptr, &message);
    beginCounting(outer);
    if (rc != SQLITE_OK) {
        sqlite3_free(message);
        if (lastErrorWasBusy())
            return failure(busyMessage(m_path));
        return failure(lastError());
    }
    return {};
}

void Database::beginCounting(quint64 *ticks)
{
    m_activeTicks = ticks;
    if (ticks && *ticks == 0)
        m_ranAway = false;
}

void Database::setStatementStepLimit(quint64 steps)
{
    m_fixedStepLimit = steps;
    m_stepLimitTicks = statementStepLimit() / kProgressPeriod;
}

quint64 Database::statementStepLimit() const
{
    if (m_fixedStepLimit > 0)
        return m_fixedStepLimit;
    if (m_path.isEmpty() || m_path == QLatin1String(":memory:"))
        return kMinimumStatementSteps;
    const qint64 bytes = QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
    return kMinimumStatementSteps + kStatementStepsPerByte * static_cast<quint64>(std::max<qint64>(bytes, 0));
}

int Database::onProgress(void *database)
{
    auto *self = static_cast<Database *>(database);
    if (!self->m_activeTicks)
        return 0;
    if (++*self->m_activeTicks <= self->m_stepLimitTicks)
        return 0;
    // Over budget: the project may have grown since the budget was set; measure again first.
    self->m_stepLimitTicks = self->statementStepLimit() / kProgressPeriod;
    if (*self->m_activeTicks <= self->m_stepLimitTicks)
        return 0;
    self->m_ranAway = true;
    return 1;
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 Database::totalChanges() const
{
    return sqlite3_total_changes64(m_db);
}

QString Database::lastError() const
{
    if (!m_db)
        return QStringLiteral("the project is not open");
    const int code = sqlite3_extended_errcode(m_db);
    QString reason;
    if ((code & 0xff) == SQLITE_INTERRUPT && m_ranAway)
        reason = QStringLiteral("a query was stopped after %1 million steps, far more than a project of this size "
                                "needs; the file may be damaged or made to stall Marginalia (nothing was changed by "
                                "that query)")
                     .arg(statementStepLimit() / 1'000'000);
    else
        reason = describeSqliteError(code, sqlite3_system_errno(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)));
    return QStringLiteral("%1: %2").arg(QFileInfo(m_path).fileName(), reason);
}

bool Database::lastErrorWasBusy() const
{
    const int code = sqlite3_errcode(m_db) & 0xff;
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

// ---- Transaction ----

Result<Transaction> Transaction::begin(Database &db)
{
    const int depth = db.m_transactionDepth;
    if (depth == 0) {
        if (auto ok = db.exec("BEGIN IMMEDIATE"); !ok)
            return failure(ok.error());
        db.m_rollbackOnly = false;
    }
    ++db.m_transactionDepth;
    return Transaction(&db, depth, db.totalChanges());
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_depth(other.m_depth)
    , m_changesAtBegin(other.m_changesAtBegin)
{
}

Transaction::~Transaction()
{
    if (!m_db)
        return;
    m_db->m_transactionDepth = m_depth;
    if (m_depth == 0)
        (void)m_db->exec("ROLLBACK");
    else if (m_db->totalChanges() != m_changesAtBegin)
        m_db->m_rollbackOnly = true;   // it wrote something and did not finish
}

Result<void> Transaction::commit()
{
    if (m_depth > 0) {
        m_db->m_transactionDepth = m_depth;
        m_db = nullptr;
        return {};
    }
    if (m_db->m_rollbackOnly) {
        m_db->m_transactionDepth = 0;
        (void)m_db->exec("ROLLBACK");
        m_db = nullptr;
        return failure(QStringLiteral("nothing was saved: a step of this change failed"));
    }
    auto ok = m_db->exec("COMMIT");
    if (ok) {
        m_db->m_transactionDepth = 0;
        m_db = nullptr;
    }
    return ok;
}

// ---- ReadSnapshot ----

ReadSnapshot::ReadSnapshot(Database &db)
{
    if (db.handle() && sqlite3_get_autocommit(db.handle()) && db.exec("BEGIN"))
        m_db = &db;
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_db)
        (void)m_db->exec("COMMIT");
}

// ---- BulkWriteScope ----

BulkWriteScope::BulkWriteScope(Database &db)
    : m_db(&db)
{
    auto current = db.prepare("PRAGMA cache_size");
    if (current && current->step())
        m_previous = current->int64(0);
    (void)db.exec("PRAGMA cache_size = -2000");
}

BulkWriteScope::~BulkWriteScope()
{
    if (m_previous != 0)
        (void)m_db->exec("PRAGMA cache_size = " + std::to_string(m_previous));
}

} // namespace marginalia
