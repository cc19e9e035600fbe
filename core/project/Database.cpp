#include "project/Database.h"

#include <QFileInfo>

#include <utility>

#include <sqlite3.h>

namespace marginalia {

namespace {

constexpr int kBusyTimeoutMs = 5000;

QString busyMessage(const QString &path)
{
    return QStringLiteral("%1: the project is in use by another program that is writing to it; "
                          "try again when it has finished")
        .arg(QFileInfo(path).fileName());
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
    const int rc = sqlite3_step(m_stmt);
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
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

std::string_view Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return {data, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column))};
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
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const QByteArray encoded = path.toUtf8();
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(encoded.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
        sqlite3_close_v2(db);
        return failure(QStringLiteral("%1: cannot open the file (%2)").arg(QFileInfo(path).fileName(), reason));
    }
    m_db = db;
    m_path = path;
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    sqlite3_extended_result_codes(m_db, 1);
    // Project files come from other people: do not let schema objects call functions with side effects.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    return {};
}

void Database::close()
{
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

Result<void> Database::exec(std::string_view sql)
{
    const std::string owned(sql);
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, owned.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : lastError();
        sqlite3_free(message);
        if (lastErrorWasBusy())
            return failure(busyMessage(m_path));
        return failure(QStringLiteral("%1: %2").arg(QFileInfo(m_path).fileName(), text));
    }
    return {};
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
    return QStringLiteral("%1: %2").arg(QFileInfo(m_path).fileName(), QString::fromUtf8(sqlite3_errmsg(m_db)));
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
