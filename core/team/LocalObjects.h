#pragma once

// The local side's building blocks for a team working copy (WorkingCopy, ChangeApplier): how each
// kind of shared object is read from the project as a change record's state, and statements
// prepared once and reused while a batch of changes is made.

#include "common/Result.h"
#include "project/Database.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace marginalia::team::local {

// A text field of a change's state, or an empty string.
QString textOf(const QJsonObject &state, const char *name);

// How each kind of object is read from the project: the SELECT, its WHERE for one key (the key split
// in two at '/' for values and case memberships, whose keys are GUID/name and GUID/GUID), and how a
// row becomes (key, state).
struct KindReader
{
    const char *kind;
    const char *select;
    const char *whereKey;
    bool twoPartKey;
    std::function<std::pair<QString, QJsonObject>(const Statement &)> read;
};

// Every kind, in the order they are applied: what others refer to first.
const std::vector<KindReader> &kindReaders();
// The rank of a kind in that order (unknown kinds last).
int rankOf(const QString &kind);
// The reader of a kind, or null for a kind this version does not know.
const KindReader *readerOf(const QString &kind);
// The two parts of a value's or membership's key: a GUID (36 characters), '/', the rest.
std::pair<QString, QString> splitKey(const QString &key);

// Statements prepared once and reused while one batch of changes is applied: preparing a statement
// costs more than running most of these one-row lookups, and a batch runs each thousands of times.
class StatementCache
{
public:
    explicit StatementCache(Database &db) : m_db(db) {}
    Database &database() { return m_db; }

    // The statement for sql, reset and with no values bound.
    Result<Statement *> get(std::string_view sql)
    {
        auto found = m_statements.find(sql);
        if (found == m_statements.end()) {
            auto statement = m_db.prepare(sql);
            if (!statement)
                return failure(statement.error());
            found = m_statements.emplace(std::string(sql), std::move(*statement)).first;
        } else {
            found->second.reset();
        }
        return &found->second;
    }

private:
    Database &m_db;
    std::map<std::string, Statement, std::less<>> m_statements;
};

// Runs a one-value query: the first column of the first row, or nullopt. The statement is reset
// before returning, so that the same query may run again inside a caller's loop.
template<typename... Args>
Result<std::optional<qint64>> lookup(StatementCache &cache, std::string_view sql, const Args &...args)
{
    auto statement = cache.get(sql);
    if (!statement)
        return failure(statement.error());
    int index = 0;
    ((*statement)->bind(++index, args), ...);
    std::optional<qint64> value;
    if ((*statement)->step())
        value = (*statement)->int64(0);
    else if ((*statement)->failed())
        return failure((*statement)->error());
    (*statement)->reset();
    return value;
}

template<typename... Args>
Result<std::optional<qint64>> lookup(Database &db, std::string_view sql, const Args &...args)
{
    StatementCache once(db);
    return lookup(once, sql, args...);
}

// Runs a statement that returns no rows; true if it changed a row.
template<typename... Args>
Result<bool> write(StatementCache &cache, std::string_view sql, const Args &...args)
{
    auto statement = cache.get(sql);
    if (!statement)
        return failure(statement.error());
    int index = 0;
    ((*statement)->bind(++index, args), ...);
    if (auto ok = (*statement)->run(); !ok)
        return failure(ok.error());
    return cache.database().changes() > 0;
}

template<typename... Args>
Result<void> execute(Database &db, std::string_view sql, const Args &...args)
{
    StatementCache once(db);
    auto changed = write(once, sql, args...);
    if (!changed)
        return failure(changed.error());
    return {};
}

// Reads one object's local state by its key with its kind's reader: nullopt if the object is not here.
Result<std::optional<QJsonObject>> localState(StatementCache &cache, const KindReader &reader, const QString &key);


} // namespace marginalia::team::local
