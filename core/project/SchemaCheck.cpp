#include "project/SchemaCheck.h"

#include "project/Database.h"
#include "project/Project.h"
#include "project/Schema.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QMap>
#include <QMutex>
#include <QRegularExpression>

#include <map>

#include <sqlite3.h>

namespace marginalia {

namespace {

struct SchemaObject
{
    QString type;
    QString table;
    QString sql;   // whitespace normalised; empty for SQLite's automatic indexes
    bool operator==(const SchemaObject &) const = default;
};

using SchemaObjects = std::map<QString, SchemaObject>;   // by name

// SQLite keeps statements as they were written (after the object's name): only whitespace differs
// between equal definitions.
QString normalised(const QString &sql)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString text = sql;
    text.replace(spaces, QStringLiteral(" "));
    return text.trimmed();
}

Result<SchemaObjects> readSchema(Database &db)
{
    auto stmt = db.prepare("SELECT type, name, tbl_name, sql FROM main.sqlite_schema");
    if (!stmt)
        return failure(stmt.error());
    SchemaObjects objects;
    while (stmt->step())
        objects[stmt->text(1)] = SchemaObject{stmt->text(0), stmt->text(2), normalised(stmt->text(3))};
    if (stmt->failed())
        return failure(stmt->error());
    return objects;
}

// The objects a fresh project made with these statements has, read back from an in-memory database
// (so FTS5's shadow tables and SQLite's automatic indexes are exactly as SQLite makes them).
Result<SchemaObjects> expectedSchema(const std::vector<const char *> &statements)
{
    Database memory;
    if (auto ok = memory.open(QStringLiteral(":memory:"), Database::OpenMode::Create); !ok)
        return failure(ok.error());
    for (const char *statement : statements) {
        if (auto ok = memory.exec(statement); !ok)
            return failure(ok.error());
    }
    return readSchema(memory);
}

// Computed once per format version (a few milliseconds), shared by every thread.
Result<std::vector<SchemaObjects>> expectedLayouts(int formatVersion)
{
    static QMutex mutex;
    static std::map<int, std::vector<SchemaObjects>> cache;
    const QMutexLocker lock(&mutex);
    if (auto found = cache.find(formatVersion); found != cache.end())
        return found->second;
    const auto statementLists = formatVersion == Project::kSchemaVersion
        ? std::vector<std::vector<const char *>>{schemaStatements()}
        : pastFormatLayouts(formatVersion);
    std::vector<SchemaObjects> layouts;
    for (const auto &statements : statementLists) {
        auto layout = expectedSchema(statements);
        if (!layout)
            return failure(layout.error());
        layouts.push_back(std::move(*layout));
    }
    cache[formatVersion] = layouts;
    return layouts;
}

QString shortSql(const QString &sql)
{
    constexpr int kShown = 120;
    return sql.size() <= kShown ? sql : sql.left(kShown) + QStringLiteral(" …");
}

// SQLite's own statistics tables, which ANALYZE or PRAGMA optimize create (a user may run them in any SQLite tool):
// they only guide the query planner, and a planner led astray is bounded by the statement step budget. Accepted
// only with exactly the definition SQLite gives them.
bool isSqliteStatistics(const QString &name, const SchemaObject &object)
{
    static const std::map<QString, QString> statistics{
        {QStringLiteral("sqlite_stat1"), QStringLiteral("CREATE TABLE sqlite_stat1(tbl,idx,stat)")},
        {QStringLiteral("sqlite_stat4"), QStringLiteral("CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)")}};
    const auto found = statistics.find(name);
    return found != statistics.end() && object.type == u"table" && object.table == name && object.sql == found->second;
}

// The differences between a file's schema and one expected layout, most telling first: objects
// Marginalia did not create, then changed definitions, then missing ones.
QStringList differences(const SchemaObjects &actual, const SchemaObjects &expected, int formatVersion)
{
    QStringList added;
    QStringList changed;
    QStringList missing;
    for (const auto &[name, object] : actual) {
        const auto found = expected.find(name);
        if (found == expected.end()) {
            if (isSqliteStatistics(name, object))
                continue;
            added.append(QStringLiteral("contains a %1 Marginalia did not create: %2%3")
                             .arg(object.type, name,
                                  object.sql.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(shortSql(object.sql))));
        } else if (!(found->second == object)) {
            if (found->second.type != object.type)
                changed.append(QStringLiteral("has a %1 named %2 where Marginalia has a %3").arg(object.type, name, found->second.type));
            else
                changed.append(QStringLiteral("has a %1 %2 that is not defined as Marginalia defines it: %3")
                                   .arg(object.type, name, shortSql(object.sql)));
        }
    }
    for (const auto &[name, object] : expected) {
        if (!actual.contains(name))
            missing.append(QStringLiteral("lacks the %1 %2 that a Marginalia project of format %3 has")
                               .arg(object.type, name)
                               .arg(formatVersion));
    }
    return added + changed + missing;
}

} // namespace

Result<int> SchemaCheck::verify(Database &db, int formatVersion)
{
    const QString file = QFileInfo(db.path()).fileName();
    auto layouts = expectedLayouts(formatVersion);
    if (!layouts)
        return failure(layouts.error());
    if (layouts->empty())
        return failure(QStringLiteral("%1: claims file format %2, which no version of Marginalia has written")
                           .arg(file)
                           .arg(formatVersion));
    auto actual = readSchema(db);
    if (!actual)
        return failure(QStringLiteral("%1: its list of tables cannot be read, so it is damaged or was not made by "
                                      "Marginalia (%2)")
                           .arg(file, actual.error()));
    // The closest layout names the differences.
    QStringList closest;
    for (size_t layout = 0; layout < layouts->size(); ++layout) {
        const QStringList found = differences(*actual, (*layouts)[layout], formatVersion);
        if (found.isEmpty())
            return static_cast<int>(layout);
        if (closest.isEmpty() || found.size() < closest.size())
            closest = found;
    }
    QString text = QStringLiteral("%1: %2").arg(file, closest.first());
    if (closest.size() > 1)
        text += QStringLiteral(" (and %1 more difference%2)").arg(closest.size() - 1).arg(closest.size() == 2 ? QString() : QStringLiteral("s"));
    return failure(text + QStringLiteral(". This is not a project as Marginalia makes it, so it was not used and nothing "
                                         "in it was changed."));
}

QString SchemaCheck::fingerprint(int formatVersion)
{
    static QMutex mutex;
    static std::map<int, QString> cache;
    const QMutexLocker lock(&mutex);
    if (auto found = cache.find(formatVersion); found != cache.end())
        return found->second;
    // BLAKE2b (libb2, which Qt Core uses): Qt's own SHA-256 took a million instructions here, a tenth of a zero-hit
    // search; OpenSSL's loads its providers first, five times that.
    QCryptographicHash digest(QCryptographicHash::Blake2b_256);
    digest.addData(QByteArrayView(sqlite3_libversion()));
    const auto statementLists = formatVersion == Project::kSchemaVersion
        ? std::vector<std::vector<const char *>>{schemaStatements()}
        : pastFormatLayouts(formatVersion);
    for (const auto &statements : statementLists) {
        digest.addData(QByteArrayView("\x01", 1));   // a layout begins
        for (const char *statement : statements) {
            digest.addData(QByteArrayView(statement));
            digest.addData(QByteArrayView("\0", 1));
        }
    }
    const QString result = QStringLiteral("f%1-%2")
                               .arg(formatVersion)
                               .arg(QString::fromLatin1(digest.result().first(16).toHex()));
    cache[formatVersion] = result;
    return result;
}

} // namespace marginalia
