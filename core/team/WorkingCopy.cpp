#include "team/WorkingCopy.h"

#include "project/DocumentStore.h"
#include "project/Project.h"

#include <QJsonDocument>
#include <QUuid>

#include <algorithm>
#include <map>

namespace marginalia::team {

namespace {

// A value column as JSON: SQL NULL as null, numbers as numbers, the rest as strings.
QJsonValue jsonOf(const Statement &row, int column)
{
    const QVariant value = row.value(column);
    if (!value.isValid())
        return QJsonValue::Null;
    return QJsonValue::fromVariant(value);
}

QString textOf(const QJsonObject &state, const char *name)
{
    const QJsonValue value = state.value(QLatin1StringView(name));
    return value.isString() ? value.toString() : QString();
}

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

const std::vector<KindReader> &kindReaders()
{
    static const std::vector<KindReader> readers = {
        {"coder", "SELECT name, guid FROM coders", " WHERE name = ?1", false,
         [](const Statement &row) {
             return std::pair{row.text(0), QJsonObject{{QStringLiteral("guid"), row.text(1)}}};
         }},
        {"attribute", "SELECT name, type, position FROM attributes", " WHERE name = ?1", false,
         [](const Statement &row) {
             return std::pair{row.text(0), QJsonObject{{QStringLiteral("type"), row.text(1)},
                                                      {QStringLiteral("position"), row.int64(2)}}};
         }},
        {"document",
         "SELECT d.guid, d.name, d.content_hash, d.length, d.source_format, d.source_encoding, d.source_path, d.memo, "
         "d.imported_at, r.name FROM documents d LEFT JOIN coders r ON r.id = d.imported_by",
         " WHERE d.guid = ?1", false,
         [](const Statement &row) {
             return std::pair{row.text(0), QJsonObject{{QStringLiteral("name"), row.text(1)},
                                                      {QStringLiteral("content_hash"), row.text(2)},
                                                      {QStringLiteral("length"), row.int64(3)},
                                                      {QStringLiteral("source_format"), jsonOf(row, 4)},
                                                      {QStringLiteral("source_encoding"), jsonOf(row, 5)},
                                                      {QStringLiteral("source_path"), jsonOf(row, 6)},
                                                      {QStringLiteral("memo"), jsonOf(row, 7)},
                                                      {QStringLiteral("imported_at"), row.text(8)},
                                                      {QStringLiteral("imported_by"), jsonOf(row, 9)}}};
         }},
        {"code",
         "SELECT c.guid, p.guid, c.name, c.color, c.description, c.memo, c.position, c.created "
         "FROM codes c LEFT JOIN codes p ON p.id = c.parent_id",
         " WHERE c.guid = ?1", false,
         [](const Statement &row) {
             return std::pair{row.text(0), QJsonObject{{QStringLiteral("parent"), jsonOf(row, 1)},
                                                      {QStringLiteral("name"), row.text(2)},
                                                      {QStringLiteral("color"), row.text(3)},
                                                      {QStringLiteral("description"), row.text(4)},
                                                      {QStringLiteral("memo"), jsonOf(row, 5)},
                                                      {QStringLiteral("position"), row.int64(6)},
                                                      {QStringLiteral("created"), row.text(7)}}};
         }},
        {"case", "SELECT guid, name, memo FROM cases", " WHERE guid = ?1", false,
         [](const Statement &row) {
             return std::pair{row.text(0), QJsonObject{{QStringLiteral("name"), row.text(1)},
                                                      {QStringLiteral("memo"), jsonOf(row, 2)}}};
         }},
        {"coding",
         "SELECT c.guid, d.guid, k.guid, r.name, c.start, c.end, c.memo, c.created FROM codings c "
         "JOIN documents d ON d.id = c.document_id JOIN codes k ON k.id = c.code_id JOIN coders r ON r.id = c.coder_id",
         " WHERE c.guid = ?1", false,
         [](const Statement &row) {
             return std::pair{row.text(0), QJsonObject{{QStringLiteral("document"), row.text(1)},
                                                      {QStringLiteral("code"), row.text(2)},
                                                      {QStringLiteral("coder"), row.text(3)},
                                                      {QStringLiteral("start"), row.int64(4)},
                                                      {QStringLiteral("end"), row.int64(5)},
                                                      {QStringLiteral("memo"), jsonOf(row, 6)},
                                                      {QStringLiteral("created"), row.text(7)}}};
         }},
        {"value",
         "SELECT d.guid || '/' || a.name, d.guid, a.name, v.value FROM document_attributes v "
         "JOIN documents d ON d.id = v.document_id JOIN attributes a ON a.id = v.attribute_id",
         " WHERE d.guid = ?1 AND a.name = ?2", true,
         [](const Statement &row) {
             return std::pair{row.text(0), QJsonObject{{QStringLiteral("document"), row.text(1)},
                                                      {QStringLiteral("attribute"), row.text(2)},
                                                      {QStringLiteral("value"), jsonOf(row, 3)}}};
         }},
        {"case_document",
         "SELECT c.guid || '/' || d.guid, c.guid, d.guid FROM case_documents m "
         "JOIN cases c ON c.id = m.case_id JOIN documents d ON d.id = m.document_id",
         " WHERE c.guid = ?1 AND d.guid = ?2", true,
         [](const Statement &row) {
             return std::pair{row.text(0), QJsonObject{{QStringLiteral("case"), row.text(1)},
                                                      {QStringLiteral("document"), row.text(2)}}};
         }},
    };
    return readers;
}

// The order kinds are applied in: what others refer to first.
int rankOf(const QString &kind)
{
    const auto &readers = kindReaders();
    for (size_t i = 0; i < readers.size(); ++i) {
        if (kind == QLatin1StringView(readers[i].kind))
            return static_cast<int>(i);
    }
    return static_cast<int>(readers.size());
}

const KindReader *readerOf(const QString &kind)
{
    for (const KindReader &reader : kindReaders()) {
        if (kind == QLatin1StringView(reader.kind))
            return &reader;
    }
    return nullptr;
}

// The two parts of a value's or membership's key: a GUID (36 characters), '/', the rest.
std::pair<QString, QString> splitKey(const QString &key)
{
    return {key.left(36), key.mid(37)};
}

// A value of project_info, or an empty string when the key is absent.
Result<QString> projectInfo(Database &db, const char *key)
{
    auto statement = db.prepare("SELECT value FROM project_info WHERE key = ?1");
    if (!statement)
        return failure(statement.error());
    statement->bind(1, std::string_view(key));
    if (statement->step())
        return statement->text(0);
    if (statement->failed())
        return failure(statement->error());
    return QString();
}

Result<void> setProjectInfo(Database &db, const char *key, const QString &value)
{
    auto statement = db.prepare("INSERT OR REPLACE INTO project_info(key, value) VALUES (?1, ?2)");
    if (!statement)
        return failure(statement.error());
    return statement->bind(1, std::string_view(key)).bind(2, value).run();
}

// Statements prepared once and reused while one batch of changes is applied: preparing a statement
// costs more than running most of these (about 3 of the 5 µs a pulled coding took to apply).
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
Result<std::optional<QJsonObject>> localState(StatementCache &cache, const KindReader &reader, const QString &key)
{
    auto statement = cache.get(std::string(reader.select) + reader.whereKey);
    if (!statement)
        return failure(statement.error());
    if (reader.twoPartKey) {
        const auto [first, second] = splitKey(key);
        (*statement)->bind(1, first).bind(2, second);
    } else {
        (*statement)->bind(1, key);
    }
    std::optional<QJsonObject> state;
    if ((*statement)->step())
        state = reader.read(**statement).second;
    else if ((*statement)->failed())
        return failure((*statement)->error());
    (*statement)->reset();
    return state;
}

} // namespace

QString conflictGuid(const QStringList &parts)
{
    static const QUuid space(QStringLiteral("6f1d3c2e-8b7a-4c1e-9d2f-4a5b6c7d8e9f"));
    return QUuid::createUuidV5(space, parts.join(u'|')).toString(QUuid::WithoutBraces);
}

// ---- binding ----

Result<std::optional<TeamBinding>> WorkingCopy::binding()
{
    Database &db = m_project.database();
    TeamBinding binding;
    const std::pair<const char *, QString *> fields[] = {{"team.url", &binding.url},
                                                         {"team.project", &binding.projectGuid},
                                                         {"team.origin", &binding.origin},
                                                         {"team.last_sync", &binding.lastSync},
                                                         {"team.coder", &binding.coder}};
    for (const auto &[key, field] : fields) {
        auto value = projectInfo(db, key);
        if (!value)
            return failure(QStringLiteral("%1: its team settings could not be read: %2").arg(m_project.fileName(), value.error()));
        *field = *value;
        if (binding.url.isEmpty())
            return std::optional<TeamBinding>();
    }
    auto pulledText = projectInfo(db, "team.pulled");
    if (!pulledText)
        return failure(QStringLiteral("%1: its team settings could not be read: %2").arg(m_project.fileName(), pulledText.error()));
    auto pulled = LogPosition::fromString(*pulledText);
    if (!pulled || binding.origin.isEmpty() || binding.projectGuid.isEmpty())
        return failure(QStringLiteral("%1: its team settings are damaged (project_info \"team.*\").")
                           .arg(m_project.fileName()));
    binding.pulled = *pulled;
    return std::optional<TeamBinding>(binding);
}

Result<void> WorkingCopy::bind(const TeamBinding &binding)
{
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    for (const auto &[key, value] : {std::pair{"team.url", urlWithoutPassword(binding.url)},
                                     std::pair{"team.project", binding.projectGuid},
                                     std::pair{"team.origin", binding.origin},
                                     std::pair{"team.pulled", binding.pulled.toString()},
                                     std::pair{"team.coder", binding.coder}}) {
        if (auto ok = setProjectInfo(db, key, value); !ok)
            return ok;
    }
    if (auto ok = db.exec("INSERT OR IGNORE INTO team_capture(id) VALUES (1)"); !ok)
        return ok;
    if (auto ok = m_project.journal(QStringLiteral("team-bind"),
                                    {{QStringLiteral("server"), urlWithoutPassword(binding.url)}});
        !ok)
        return ok;
    return transaction->commit();
}

Result<void> WorkingCopy::setLastSync(const QString &when)
{
    auto transaction = Transaction::begin(m_project.database());
    if (!transaction)
        return failure(transaction.error());
    if (auto ok = setProjectInfo(m_project.database(), "team.last_sync", when); !ok)
        return ok;
    return transaction->commit();
}

// ---- outgoing ----

Result<int> WorkingCopy::prepareOutbox(const LogPosition &base)
{
    Database &db = m_project.database();
    auto binding = this->binding();
    if (!binding)
        return failure(binding.error());
    if (!*binding)
        return failure(QStringLiteral("%1 is not a working copy of a team project.").arg(m_project.fileName()));
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());

    struct Made
    {
        ChangeRecord change;
        int rank = 0;
        int depth = 0;
        qint64 seq = 0;
    };
    std::vector<Made> made;
    {
        auto outbox = db.prepare("SELECT seq, kind, key FROM team_outbox ORDER BY seq");
        if (!outbox)
            return failure(outbox.error());
        StatementCache cache(db);
        while (outbox->step()) {
            Made item;
            item.seq = outbox->int64(0);
            item.change.kind = outbox->text(1);
            item.change.key = outbox->text(2);
            const KindReader *reader = readerOf(item.change.kind);
            // Only this version's triggers fill the outbox; anything else is damage, and dropping it
            // would lose a change without a word. The outbox is kept as it is.
            if (!reader)
                return failure(QStringLiteral("%1: its list of changes to send names a kind of object Marginalia does "
                                              "not know (“%2”, key %3): nothing was sent. The file may be damaged; "
                                              "restore a backup copy or ask for help.")
                                   .arg(m_project.fileName(), item.change.kind, item.change.key));
            auto state = localState(cache, *reader, item.change.key);
            if (!state)
                return failure(state.error());
            if (*state) {
                item.change.op = QStringLiteral("upsert");
                item.change.state = **state;
            } else {
                item.change.op = QStringLiteral("delete");
            }
            item.rank = rankOf(item.change.kind);
            made.push_back(std::move(item));
        }
        if (outbox->failed())
            return failure(outbox->error());
    }
    // A code's parents go before it: its depth in the local tree.
    if (std::any_of(made.begin(), made.end(), [](const Made &m) { return m.change.kind == u"code"; })) {
        std::map<QString, QString> parentOf;
        auto codes = db.prepare("SELECT c.guid, p.guid FROM codes c LEFT JOIN codes p ON p.id = c.parent_id");
        if (!codes)
            return failure(codes.error());
        while (codes->step())
            parentOf[codes->text(0)] = codes->text(1);
        for (Made &item : made) {
            if (item.change.kind != u"code" || item.change.op != u"upsert")
                continue;
            QString at = item.change.key;
            for (int guard = 0; guard < 1000; ++guard) {
                const auto parent = parentOf.find(at);
                if (parent == parentOf.end() || parent->second.isEmpty())
                    break;
                at = parent->second;
                ++item.depth;
            }
        }
    }
    // Upserts first, in rank order (parents before children), then deletions in reverse rank order
    // (codings before their code), each group in the order the changes were made.
    std::stable_sort(made.begin(), made.end(), [](const Made &a, const Made &b) {
        const bool aUp = a.change.op == u"upsert";
        const bool bUp = b.change.op == u"upsert";
        if (aUp != bUp)
            return aUp;
        if (a.rank != b.rank)
            return aUp ? a.rank < b.rank : a.rank > b.rank;
        if (aUp && a.depth != b.depth)
            return a.depth < b.depth;
        return a.seq < b.seq;
    });
    auto insert = db.prepare("INSERT INTO team_pending(guid, kind, key, op, state, base) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert)
        return failure(insert.error());
    for (const Made &item : made) {
        insert->reset();
        insert->bind(1, newGuid())
            .bind(2, item.change.kind)
            .bind(3, item.change.key)
            .bind(4, item.change.op)
            .bind(5, item.change.op == u"upsert"
                         ? QString::fromUtf8(QJsonDocument(item.change.state).toJson(QJsonDocument::Compact))
                         : QString())
            .bind(6, base.toString());
        if (auto ok = insert->run(); !ok)
            return failure(ok.error());
    }
    if (auto ok = db.exec("DELETE FROM team_outbox"); !ok)
        return failure(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return failure(ok.error());
    return static_cast<int>(made.size());
}

Result<std::vector<WorkingCopy::Pending>> WorkingCopy::pending()
{
    Database &db = m_project.database();
    auto binding = this->binding();
    if (!binding || !*binding)
        return failure(binding ? QStringLiteral("not a working copy") : binding.error());
    auto rows = db.prepare("SELECT seq, guid, kind, key, op, state, base FROM team_pending ORDER BY seq");
    if (!rows)
        return failure(rows.error());
    std::vector<Pending> result;
    const auto damagedPending = [this](const Pending &item, const QString &what) {
        return QStringLiteral("%1: a change waiting to be sent (%2 %3) is damaged: %4. Nothing was sent; restore a "
                              "backup copy or join the team project again.")
            .arg(m_project.fileName(), item.change.kind, item.change.key, what);
    };
    while (rows->step()) {
        Pending item;
        item.seq = rows->int64(0);
        item.change.guid = rows->text(1);
        item.change.kind = rows->text(2);
        item.change.key = rows->text(3);
        item.change.op = rows->text(4);
        if (!rows->isNull(5) && !rows->text(5).isEmpty()) {
            QJsonParseError error;
            const QJsonDocument state = QJsonDocument::fromJson(rows->text(5).toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !state.isObject())
                return failure(damagedPending(item, QStringLiteral("its content is not readable")));
            item.change.state = state.object();
        } else if (item.change.op != u"delete") {
            return failure(damagedPending(item, QStringLiteral("its content is missing")));
        }
        item.change.origin = (*binding)->origin;
        item.change.author = m_project.currentCoder();
        // The base says what the sender had seen; a made-up one (the log's start) would make the
        // server report every later change of the object as a conflict.
        const auto base = LogPosition::fromString(rows->text(6));
        if (!base)
            return failure(damagedPending(item, QStringLiteral("the log position it was made at (“%1”) is not readable")
                                                    .arg(rows->text(6))));
        item.base = *base;
        result.push_back(std::move(item));
    }
    if (rows->failed())
        return failure(rows->error());
    return result;
}

Result<void> WorkingCopy::removePendingUpTo(qint64 seq)
{
    auto transaction = Transaction::begin(m_project.database());
    if (!transaction)
        return failure(transaction.error());
    if (auto ok = execute(m_project.database(), "DELETE FROM team_pending WHERE seq <= ?1", seq); !ok)
        return ok;
    return transaction->commit();
}

Result<std::optional<QString>> WorkingCopy::textByHash(const QString &contentHash)
{
    auto statement = m_project.database().prepare("SELECT text FROM documents WHERE content_hash = ?1 LIMIT 1");
    if (!statement)
        return failure(statement.error());
    statement->bind(1, contentHash);
    if (statement->step())
        return std::optional<QString>(statement->text(0));
    if (statement->failed())
        return failure(statement->error());
    return std::optional<QString>();
}

Result<qint64> WorkingCopy::waitingCount()
{
    auto count = lookup(m_project.database(),
                        "SELECT (SELECT count(*) FROM team_outbox) + (SELECT count(*) FROM team_pending WHERE op <> 'note')");
    if (!count)
        return failure(count.error());
    return count->value_or(0);
}

// ---- conflicts ----

Result<void> WorkingCopy::noteConflict(const TeamConflict &conflict, const QString &author, const LogPosition &base,
                                       bool queue)
{
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    if (auto ok = execute(db,
                          "INSERT OR IGNORE INTO team_conflicts(guid, at, rule, kind, key, message) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                          conflict.guid, conflict.at.isEmpty() ? nowTimestamp() : conflict.at, conflict.rule,
                          conflict.kind, conflict.key, conflict.message);
        !ok)
        return ok;
    // A conflict seen here for the first time goes into the journal too.
    if (db.changes() == 1) {
        if (auto ok = m_project.journal(QStringLiteral("team-conflict"),
                                        {{QStringLiteral("rule"), conflict.rule},
                                         {QStringLiteral("message"), conflict.message}});
            !ok)
            return ok;
    }
    if (queue) {
        const QJsonObject state{{QStringLiteral("rule"), conflict.rule},   {QStringLiteral("kind"), conflict.kind},
                                {QStringLiteral("key"), conflict.key},     {QStringLiteral("message"), conflict.message},
                                {QStringLiteral("author"), author}};
        if (auto ok = execute(db,
                              "INSERT OR IGNORE INTO team_pending(guid, kind, key, op, state, base) "
                              "VALUES (?1, 'conflict', ?2, 'note', ?3, ?4)",
                              conflict.guid, conflict.kind + u'/' + conflict.key,
                              QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)), base.toString());
            !ok)
            return ok;
    }
    return transaction->commit();
}

Result<std::vector<TeamConflict>> WorkingCopy::conflicts(qint64 offset, qint64 limit)
{
    auto rows = m_project.database().prepare(
        "SELECT guid, at, rule, kind, key, message FROM team_conflicts ORDER BY at, guid LIMIT ?2 OFFSET ?1");
    if (!rows)
        return failure(rows.error());
    rows->bind(1, std::max<qint64>(offset, 0)).bind(2, limit);
    std::vector<TeamConflict> result;
    while (rows->step())
        result.push_back({rows->text(0), rows->text(1), rows->text(2), rows->text(3), rows->text(4), rows->text(5)});
    if (rows->failed())
        return failure(rows->error());
    return result;
}

Result<qint64> WorkingCopy::conflictCount()
{
    auto count = lookup(m_project.database(), "SELECT count(*) FROM team_conflicts");
    if (!count)
        return failure(count.error());
    return count->value_or(0);
}

// ---- publishing ----

Result<void> WorkingCopy::forEachObject(const std::function<Result<void>(const ChangeRecord &)> &visit)
{
    Database &db = m_project.database();
    ReadSnapshot snapshot(db);
    for (const KindReader &reader : kindReaders()) {
        std::string sql = reader.select;
        // Codes parent first: by depth in the tree.
        if (QLatin1StringView(reader.kind) == u"code")
            sql = "WITH RECURSIVE depth(id, level) AS (SELECT id, 0 FROM codes WHERE parent_id IS NULL "
                  "UNION ALL SELECT c.id, depth.level + 1 FROM codes c JOIN depth ON c.parent_id = depth.id) "
                + sql + " JOIN depth ON depth.id = c.id ORDER BY depth.level, c.position, c.id";
        auto rows = db.prepare(sql);
        if (!rows)
            return failure(rows.error());
        while (rows->step()) {
            ChangeRecord change;
            change.kind = QString::fromLatin1(reader.kind);
            change.op = QStringLiteral("upsert");
            std::tie(change.key, change.state) = reader.read(*rows);
            if (auto ok = visit(change); !ok)
                return ok;
        }
        if (rows->failed())
            return failure(rows->error());
    }
    return {};
}

// ---- applying pulled changes ----

namespace {

// Applies one pulled change to the project; the rules per kind are in docs/ARCHITECTURE.md. Its
// statements are prepared once (StatementCache) and reused for every change of the batch.
class Applier
{
public:
    Applier(Project &project, TeamServer &server, WorkingCopy &copy, const QString &author, const LogPosition &base,
            ChangeFootprint *footprint)
        : m_project(project), m_db(project.database()), m_cache(project.database()), m_server(server), m_copy(copy),
          m_author(author), m_base(base), m_footprint(footprint)
    {
    }

    // True if the change altered the project; false if it was left out (a conflict, or nothing to do).
    Result<bool> apply(const ChangeRecord &change);
    StatementCache &cache() { return m_cache; }
    int conflicts = 0;

private:
    Result<bool> conflict(const QString &rule, const QString &kind, const QString &key, const QStringList &guidParts,
                          const QString &message);
    // The local id of a document or code by GUID. Ids found are kept for the batch (the Applier's
    // life): a joining copy would otherwise look up the same few rows for every coding.
    Result<std::optional<qint64>> idOf(const char *table, const QString &guid);
    Result<qint64> documentLength(qint64 id);
    void forget(const char *table, const QString &guid, qint64 id);
    Result<std::optional<qint64>> documentId(const QString &guid, const QString &because);
    Result<std::optional<qint64>> codeId(const QString &guid, const QString &because, int depth = 0);
    Result<qint64> coderId(const QString &name);
    Result<bool> upsertDocument(const QString &guid, const QJsonObject &state);
    Result<bool> upsertCode(const QString &guid, const QJsonObject &state, int depth);
    Result<QString> freeCodeName(std::optional<qint64> parent, const QString &name);
    Result<bool> applyCoding(const ChangeRecord &change);

    // What was changed, for the GUI to update just that (see WorkingCopy::apply).
    void touched(const char *table, QSet<qint64> ChangeFootprint::*rows = nullptr, qint64 id = 0)
    {
        if (!m_footprint)
            return;
        const QString name = QString::fromLatin1(table);
        if (!m_footprint->tables.contains(name))
            m_footprint->tables.append(name);
        if (rows && id)
            (m_footprint->*rows).insert(id);
    }
    void touchedCoding(qint64 coding, qint64 document, qint64 code)
    {
        touched("codings", &ChangeFootprint::codings, coding);
        if (m_footprint) {
            m_footprint->codingDocuments.insert(document);
            m_footprint->codingCodes.insert(code);
        }
    }

    Project &m_project;
    Database &m_db;
    StatementCache m_cache;
    TeamServer &m_server;
    WorkingCopy &m_copy;
    QString m_author;
    LogPosition m_base;
    ChangeFootprint *m_footprint;
    std::map<QString, qint64> m_coders;
    std::map<QString, qint64> m_documentIds;
    std::map<QString, qint64> m_codeIds;
    std::map<qint64, qint64> m_lengths;
};

Result<bool> Applier::conflict(const QString &rule, const QString &kind, const QString &key,
                               const QStringList &guidParts, const QString &message)
{
    ++conflicts;
    TeamConflict note;
    note.guid = conflictGuid(QStringList{rule, kind, key} + guidParts);
    note.rule = rule;
    note.kind = kind;
    note.key = key;
    note.message = message;
    if (auto ok = m_copy.noteConflict(note, m_author, m_base, true); !ok)
        return failure(ok.error());
    return false;
}

Result<std::optional<qint64>> Applier::idOf(const char *table, const QString &guid)
{
    const bool documents = qstrcmp(table, "documents") == 0;
    std::map<QString, qint64> &known = documents ? m_documentIds : m_codeIds;
    if (const auto found = known.find(guid); found != known.end())
        return std::optional<qint64>(found->second);
    auto id = documents ? lookup(m_cache, "SELECT id FROM documents WHERE guid = ?1", guid)
                        : lookup(m_cache, "SELECT id FROM codes WHERE guid = ?1", guid);
    if (id && *id)
        known.emplace(guid, **id);
    return id;
}

Result<qint64> Applier::documentLength(qint64 id)
{
    if (const auto found = m_lengths.find(id); found != m_lengths.end())
        return found->second;
    auto length = lookup(m_cache, "SELECT length FROM documents WHERE id = ?1", id);
    if (!length)
        return failure(length.error());
    m_lengths.emplace(id, length->value_or(0));   // a document's text never changes
    return length->value_or(0);
}

void Applier::forget(const char *table, const QString &guid, qint64 id)
{
    if (qstrcmp(table, "documents") == 0) {
        m_documentIds.erase(guid);
        m_lengths.erase(id);
    } else {
        m_codeIds.erase(guid);
    }
}

Result<qint64> Applier::coderId(const QString &name)
{
    const auto known = m_coders.find(name);
    if (known != m_coders.end())
        return known->second;
    auto found = lookup(m_cache, "SELECT id FROM coders WHERE name = ?1", name);
    if (!found)
        return failure(found.error());
    qint64 id = found->value_or(0);
    if (!id) {
        auto added = m_project.coderId(name);
        if (!added)
            return failure(added.error());
        id = *added;
        touched("coders");
    }
    // Coders are never deleted by a pulled change, so the id holds for the batch.
    m_coders.emplace(name, id);
    return id;
}

Result<std::optional<qint64>> Applier::documentId(const QString &guid, const QString &because)
{
    auto id = idOf("documents", guid);
    if (!id || *id || because.isEmpty())
        return id;
    // Deleted here, but something new refers to it: it comes back as it last was on the server.
    auto last = m_server.lastState(QStringLiteral("document"), guid);
    if (!last)
        return failure(last.error());
    if (!*last)
        return id;
    if (auto ok = upsertDocument(guid, **last); !ok)
        return failure(ok.error());
    if (auto ok = conflict(QStringLiteral("document-deleted-while-coded"), QStringLiteral("document"), guid, {because},
                           QStringLiteral("Document “%1” had been deleted, but someone coded in it meanwhile: it is "
                                          "back, with its codings.")
                               .arg(textOf(**last, "name")));
        !ok)
        return failure(ok.error());
    return idOf("documents", guid);
}

Result<std::optional<qint64>> Applier::codeId(const QString &guid, const QString &because, int depth)
{
    auto id = idOf("codes", guid);
    if (!id || *id || because.isEmpty() || depth > 100)
        return id;
    auto last = m_server.lastState(QStringLiteral("code"), guid);
    if (!last)
        return failure(last.error());
    if (!*last)
        return id;
    if (auto ok = upsertCode(guid, **last, depth + 1); !ok)
        return failure(ok.error());
    if (auto ok = conflict(QStringLiteral("code-deleted-while-coded"), QStringLiteral("code"), guid, {because},
                           QStringLiteral("Code “%1” had been deleted, but someone coded with it meanwhile: it is back, "
                                          "with their codings.")
                               .arg(textOf(**last, "name")));
        !ok)
        return failure(ok.error());
    return idOf("codes", guid);
}

Result<bool> Applier::upsertDocument(const QString &guid, const QJsonObject &state)
{
    auto id = idOf("documents", guid);
    if (!id)
        return failure(id.error());
    if (*id) {
        touched("documents", &ChangeFootprint::documents, **id);
        return write(m_cache, "UPDATE documents SET name = ?2, memo = ?3 WHERE id = ?1", **id, textOf(state, "name"),
                     textOf(state, "memo"));
    }
    const QString hash = textOf(state, "content_hash");
    auto text = m_server.text(hash);
    if (!text)
        return failure(text.error());
    if (!*text)
        return conflict(QStringLiteral("document-text-missing"), QStringLiteral("document"), guid, {},
                        QStringLiteral("Document “%1” is on the team server without its text: it was left out.")
                            .arg(textOf(state, "name")));
    // The same text imported twice, by two people: both are kept; the conflict says so.
    std::optional<std::pair<QString, QString>> other;
    {
        auto twin = m_cache.get("SELECT guid, name FROM documents WHERE content_hash = ?1 AND guid <> ?2 LIMIT 1");
        if (!twin)
            return failure(twin.error());
        (*twin)->bind(1, hash).bind(2, guid);
        if ((*twin)->step())
            other = std::pair{(*twin)->text(0), (*twin)->text(1)};
        else if ((*twin)->failed())
            return failure((*twin)->error());
        (*twin)->reset();
    }
    NewDocument document;
    document.name = textOf(state, "name");
    document.text = **text;
    document.format = textOf(state, "source_format");
    document.encoding = textOf(state, "source_encoding");
    document.sourcePath = textOf(state, "source_path");
    document.memo = textOf(state, "memo");
    document.guid = guid;
    document.contentHash = hash;
    document.importedAt = textOf(state, "imported_at");
    auto added = DocumentStore(m_project).add(document);
    if (!added)
        return failure(added.error());
    touched("documents", &ChangeFootprint::documents, *added);
    if (const QString by = textOf(state, "imported_by"); !by.isEmpty()) {
        auto coder = coderId(by);
        if (!coder)
            return failure(coder.error());
        if (auto ok = write(m_cache, "UPDATE documents SET imported_by = ?2 WHERE id = ?1", *added, *coder); !ok)
            return failure(ok.error());
    }
    if (other) {
        QStringList pair{guid, other->first};
        pair.sort();
        if (auto ok = conflict(QStringLiteral("document-imported-twice"), QStringLiteral("document"), pair.first(), pair,
                               QStringLiteral("The same text was imported twice, as “%1” and “%2”: both are kept with "
                                              "their codings; merge them by hand if they are one document.")
                                   .arg(other->second, document.name));
            !ok)
            return ok;
    }
    return true;
}

Result<QString> Applier::freeCodeName(std::optional<qint64> parent, const QString &name)
{
    for (int n = 2; n < 10000; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
        auto taken = lookup(m_cache, "SELECT id FROM codes WHERE ifnull(parent_id, 0) = ?1 AND name = ?2",
                            parent.value_or(0), candidate);
        if (!taken)
            return failure(taken.error());
        if (!*taken)
            return candidate;
    }
    return failure(QStringLiteral("no free name for the code “%1”").arg(name));
}

Result<bool> Applier::upsertCode(const QString &guid, const QJsonObject &state, int depth)
{
    std::optional<qint64> parent;
    if (const QString parentGuid = textOf(state, "parent"); !parentGuid.isEmpty()) {
        auto id = codeId(parentGuid, guid, depth);
        if (!id)
            return failure(id.error());
        parent = *id;   // a parent gone for good: the code goes to the top level
    }
    auto existing = idOf("codes", guid);
    if (!existing)
        return failure(existing.error());
    QString name = textOf(state, "name");
    // Two codes with one name under one parent (created or renamed on two sides at once): the one
    // with the larger GUID gets "name (2)", on every working copy alike.
    std::optional<std::pair<qint64, QString>> clash;
    {
        auto same = m_cache.get("SELECT id, guid FROM codes WHERE ifnull(parent_id, 0) = ?1 AND name = ?2 AND guid <> ?3");
        if (!same)
            return failure(same.error());
        (*same)->bind(1, parent.value_or(0)).bind(2, name).bind(3, guid);
        if ((*same)->step())
            clash = std::pair{(*same)->int64(0), (*same)->text(1)};
        else if ((*same)->failed())
            return failure((*same)->error());
        (*same)->reset();
    }
    if (clash) {
        const auto [otherId, otherGuid] = *clash;
        auto free = freeCodeName(parent, name);
        if (!free)
            return failure(free.error());
        if (guid > otherGuid) {
            name = *free;
        } else {
            if (auto ok = write(m_cache, "UPDATE codes SET name = ?2 WHERE id = ?1", otherId, *free); !ok)
                return failure(ok.error());
            touched("codes", &ChangeFootprint::codes, otherId);
        }
        QStringList pair{guid, otherGuid};
        pair.sort();
        if (auto ok = conflict(QStringLiteral("code-name-taken"), QStringLiteral("code"), pair.first(), pair,
                               QStringLiteral("Two codes were named “%1” under the same parent at once: one is now “%2”.")
                                   .arg(textOf(state, "name"), *free));
            !ok)
            return ok;
    }
    // Two copies moving two codes under each other at once would make a loop of parents: the move
    // that would close it is not applied (the code keeps its parent here) and the conflict is shown.
    if (*existing && parent) {
        // The codes from the new parent up to the top; a loop if the code itself is among them.
        const auto chainUp = [&](qint64 from) -> Result<std::vector<qint64>> {
            std::vector<qint64> chain;
            for (qint64 at = from; at != 0 && chain.size() < 100000;) {
                chain.push_back(at);
                if (at == **existing)
                    break;
                auto up = lookup(m_cache, "SELECT ifnull(parent_id, 0) FROM codes WHERE id = ?1", at);
                if (!up)
                    return failure(up.error());
                at = up->value_or(0);
            }
            return chain;
        };
        auto chain = chainUp(*parent);
        if (!chain)
            return failure(chain.error());
        const bool looped = !chain->empty() && chain->back() == **existing;
        if (looped) {
            // The log's order decides: this move is earlier than any move made here and not sent yet,
            // so such a local move on the way up is undone (put back as the server has it) first.
            for (const qint64 id : *chain) {
                if (id == **existing)
                    continue;
                auto dirty = m_cache.get("SELECT c.guid FROM codes c WHERE c.id = ?1 AND (EXISTS (SELECT 1 FROM "
                                         "team_outbox o WHERE o.kind = 'code' AND o.key = c.guid) OR EXISTS (SELECT 1 "
                                         "FROM team_pending p WHERE p.kind = 'code' AND p.key = c.guid))");
                if (!dirty)
                    return failure(dirty.error());
                (*dirty)->bind(1, id);
                QString dirtyGuid;
                if ((*dirty)->step())
                    dirtyGuid = (*dirty)->text(0);
                else if ((*dirty)->failed())
                    return failure((*dirty)->error());
                (*dirty)->reset();
                if (dirtyGuid.isEmpty())
                    continue;
                auto server = m_server.lastState(QStringLiteral("code"), dirtyGuid);
                if (!server)
                    return failure(server.error());
                std::optional<qint64> serverParent;
                if (*server && !textOf(**server, "parent").isEmpty()) {
                    auto found = idOf("codes", textOf(**server, "parent"));
                    if (!found)
                        return failure(found.error());
                    serverParent = *found;
                }
                if (auto ok = write(m_cache, "UPDATE codes SET parent_id = ?2 WHERE id = ?1", id,
                                    serverParent ? QVariant(*serverParent) : QVariant());
                    !ok)
                    return failure(ok.error());
                touched("codes", &ChangeFootprint::codes, id);
            }
            chain = chainUp(*parent);
            if (!chain)
                return failure(chain.error());
        }
        const bool stillLooped = !chain->empty() && chain->back() == **existing;
        if (stillLooped) {
            // Still a loop: this move is not applied; the code keeps its parent here.
            auto current = lookup(m_cache, "SELECT ifnull(parent_id, 0) FROM codes WHERE id = ?1", **existing);
            if (!current)
                return failure(current.error());
            parent = current->value_or(0) > 0 ? *current : std::nullopt;
        }
        if (looped) {
            const QString message = stillLooped
                ? QStringLiteral("Code “%1” was moved under one of its own sub-codes (two moves at once): that move "
                                 "came later and is not applied.")
                : QStringLiteral("Two codes were moved under each other at once: the move of “%1” came first and "
                                 "stands; the move made here is undone.");
            if (auto ok = conflict(QStringLiteral("code-move-loop"), QStringLiteral("code"), guid, {}, message.arg(name));
                !ok)
                return ok;
        }
    }
    const QVariant parentValue = parent ? QVariant(*parent) : QVariant();
    if (*existing) {
        touched("codes", &ChangeFootprint::codes, **existing);
        return write(m_cache,
                     "UPDATE codes SET parent_id = ?2, name = ?3, color = ?4, description = ?5, memo = ?6, position = ?7 "
                     "WHERE id = ?1",
                     **existing, parentValue, name, textOf(state, "color"), textOf(state, "description"),
                     textOf(state, "memo"), state.value(u"position").toInteger());
    }
    auto inserted = write(m_cache,
                          "INSERT INTO codes(guid, parent_id, name, color, description, memo, position, created) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                          guid, parentValue, name, textOf(state, "color"), textOf(state, "description"),
                          textOf(state, "memo"), state.value(u"position").toInteger(), textOf(state, "created"));
    if (inserted)
        touched("codes", &ChangeFootprint::codes, m_db.lastInsertId());
    return inserted;
}

Result<bool> Applier::applyCoding(const ChangeRecord &change)
{
    const QString &key = change.key;
    const QJsonObject &state = change.state;
    // Where the coding is now (if here): its row and the document and code whose counts it changes.
    std::optional<std::array<qint64, 3>> before;
    {
        auto row = m_cache.get("SELECT id, document_id, code_id FROM codings WHERE guid = ?1");
        if (!row)
            return failure(row.error());
        (*row)->bind(1, key);
        if ((*row)->step())
            before = std::array{(*row)->int64(0), (*row)->int64(1), (*row)->int64(2)};
        else if ((*row)->failed())
            return failure((*row)->error());
        (*row)->reset();
    }
    if (change.op != u"upsert") {
        if (!before)
            return false;
        touchedCoding((*before)[0], (*before)[1], (*before)[2]);
        return write(m_cache, "DELETE FROM codings WHERE id = ?1", (*before)[0]);
    }
    auto document = documentId(textOf(state, "document"), change.guid);
    if (!document)
        return failure(document.error());
    auto code = codeId(textOf(state, "code"), change.guid);
    if (!code)
        return failure(code.error());
    if (!*document || !*code)
        return conflict(QStringLiteral("coding-without-target"), change.kind, key, {change.guid},
                        QStringLiteral("A coding by %1 refers to a document or code the team server does not have: "
                                       "it was left out.")
                            .arg(textOf(state, "coder")));
    auto coder = coderId(textOf(state, "coder"));
    if (!coder)
        return failure(coder.error());
    const qint64 start = state.value(u"start").toInteger();
    const qint64 end = state.value(u"end").toInteger();
    auto length = documentLength(**document);
    if (!length)
        return failure(length.error());
    if (start < 0 || end <= start || end > *length)
        return conflict(QStringLiteral("coding-out-of-range"), change.kind, key, {change.guid},
                        QStringLiteral("A coding by %1 lies outside its document's text: it was left out.")
                            .arg(textOf(state, "coder")));
    // The same passage, code and coder under another GUID (the coder worked in two copies): kept once.
    auto same = lookup(m_cache,
                       "SELECT id FROM codings WHERE document_id = ?1 AND code_id = ?2 AND coder_id = ?3 "
                       "AND start = ?4 AND end = ?5 AND guid <> ?6",
                       **document, **code, *coder, start, end, key);
    if (!same)
        return failure(same.error());
    if (*same)
        return false;
    auto written = write(m_cache,
                         "INSERT INTO codings(guid, document_id, code_id, start, end, coder_id, memo, created) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                         "ON CONFLICT(guid) DO UPDATE SET document_id = excluded.document_id, code_id = excluded.code_id, "
                         "start = excluded.start, end = excluded.end, coder_id = excluded.coder_id, memo = excluded.memo",
                         key, **document, **code, start, end, *coder, textOf(state, "memo"), textOf(state, "created"));
    if (!written)
        return written;
    if (before) {
        touchedCoding((*before)[0], (*before)[1], (*before)[2]);
        touchedCoding((*before)[0], **document, **code);
    } else {
        touchedCoding(m_db.lastInsertId(), **document, **code);
    }
    return true;
}

Result<bool> Applier::apply(const ChangeRecord &change)
{
    const QString &kind = change.kind;
    const QString &key = change.key;
    const QJsonObject &state = change.state;
    const bool upsert = change.op == u"upsert";
    if (kind == u"coder") {
        if (!upsert)
            return false;
        auto added = write(m_cache, "INSERT OR IGNORE INTO coders(guid, name) VALUES (?1, ?2)", textOf(state, "guid"), key);
        if (added && *added)
            touched("coders");
        return added;
    }
    if (kind == u"attribute") {
        touched("attributes");
        if (!upsert)
            return write(m_cache, "DELETE FROM attributes WHERE name = ?1", key);
        return write(m_cache,
                     "INSERT INTO attributes(name, type, position) VALUES (?1, ?2, ?3) "
                     "ON CONFLICT(name) DO UPDATE SET type = excluded.type, position = excluded.position",
                     key, textOf(state, "type"), state.value(u"position").toInteger());
    }
    if (kind == u"document") {
        if (upsert)
            return upsertDocument(key, state);
        auto id = idOf("documents", key);
        if (!id || !*id)
            return id ? Result<bool>(false) : failure(id.error());
        auto coded = lookup(m_cache, "SELECT count(*) FROM codings WHERE document_id = ?1", **id);
        if (!coded)
            return failure(coded.error());
        if (coded->value_or(0) > 0)
            return conflict(QStringLiteral("document-deleted-while-coded"), kind, key, {change.guid},
                            QStringLiteral("%1 deleted a document while others coded in it (%2 codings): the document "
                                           "is kept with those codings.")
                                .arg(change.author)
                                .arg(coded->value_or(0)));
        touched("documents", &ChangeFootprint::documents, **id);
        forget("documents", key, **id);
        if (auto ok = DocumentStore(m_project).remove(**id); !ok)
            return failure(ok.error());
        return true;
    }
    if (kind == u"code") {
        if (upsert)
            return upsertCode(key, state, 0);
        auto id = idOf("codes", key);
        if (!id || !*id)
            return id ? Result<bool>(false) : failure(id.error());
        auto used = lookup(m_cache,
                           "SELECT (SELECT count(*) FROM codings WHERE code_id = ?1) "
                           "+ (SELECT count(*) FROM codes WHERE parent_id = ?1)",
                           **id);
        if (!used)
            return failure(used.error());
        if (used->value_or(0) > 0) {
            QString codeName;
            auto name = m_cache.get("SELECT name FROM codes WHERE id = ?1");
            if (!name)
                return failure(name.error());
            (*name)->bind(1, **id);
            if ((*name)->step())
                codeName = (*name)->text(0);
            else if ((*name)->failed())
                return failure((*name)->error());
            (*name)->reset();
            return conflict(QStringLiteral("code-deleted-while-coded"), kind, key, {change.guid},
                            QStringLiteral("%1 deleted the code “%2” while others coded with it: the code is kept, "
                                           "with their codings.")
                                .arg(change.author, codeName));
        }
        touched("codes", &ChangeFootprint::codes, **id);
        forget("codes", key, **id);
        return write(m_cache, "DELETE FROM codes WHERE id = ?1", **id);
    }
    if (kind == u"case") {
        touched("cases");
        if (!upsert)
            return write(m_cache, "DELETE FROM cases WHERE guid = ?1", key);
        return write(m_cache,
                     "INSERT INTO cases(guid, name, memo) VALUES (?1, ?2, ?3) "
                     "ON CONFLICT(guid) DO UPDATE SET name = excluded.name, memo = excluded.memo",
                     key, textOf(state, "name"), textOf(state, "memo"));
    }
    if (kind == u"coding")
        return applyCoding(change);
    if (kind == u"value") {
        touched("document_attributes");
        const auto [documentGuid, attribute] = splitKey(key);
        if (!upsert)
            return write(m_cache,
                         "DELETE FROM document_attributes WHERE document_id = (SELECT id FROM documents WHERE guid = ?1) "
                         "AND attribute_id = (SELECT id FROM attributes WHERE name = ?2)",
                         documentGuid, attribute);
        auto document = idOf("documents", documentGuid);
        if (!document || !*document)
            return document ? Result<bool>(false) : failure(document.error());
        auto newAttribute = write(m_cache, "INSERT OR IGNORE INTO attributes(name) VALUES (?1)", attribute);
        if (!newAttribute)
            return newAttribute;
        if (*newAttribute)
            touched("attributes");
        return write(m_cache,
                     "INSERT INTO document_attributes(document_id, attribute_id, value) "
                     "VALUES (?1, (SELECT id FROM attributes WHERE name = ?2), ?3) "
                     "ON CONFLICT(document_id, attribute_id) DO UPDATE SET value = excluded.value",
                     **document, attribute, state.value(u"value").toVariant());
    }
    if (kind == u"case_document") {
        touched("case_documents");
        const auto [caseGuid, documentGuid] = splitKey(key);
        if (!upsert)
            return write(m_cache,
                         "DELETE FROM case_documents WHERE case_id = (SELECT id FROM cases WHERE guid = ?1) "
                         "AND document_id = (SELECT id FROM documents WHERE guid = ?2)",
                         caseGuid, documentGuid);
        return write(m_cache,
                     "INSERT OR IGNORE INTO case_documents(case_id, document_id) "
                     "SELECT c.id, d.id FROM cases c, documents d WHERE c.guid = ?1 AND d.guid = ?2",
                     caseGuid, documentGuid);
    }
    // The server's schema admits only the kinds above; anything else is not skipped in silence.
    return failure(QStringLiteral("it is a change of a kind of object this version of Marginalia does not know (“%1”); "
                                  "a newer version may be needed")
                       .arg(kind));
}

// A readable sentence for two changes of one object made at once; `kept` is the one sent later.
QString concurrentMessage(const ChangeRecord &earlier, const QJsonObject &keptState, const QString &keptAuthor,
                          bool keptIsDeletion)
{
    const QString kind = earlier.kind;
    if (kind == u"code" && !keptIsDeletion && earlier.op == u"upsert"
        && textOf(earlier.state, "name") != textOf(keptState, "name"))
        return QStringLiteral("Code renamed to “%1” by %2 and to “%3” by %4 at the same time: “%3” is kept (sent later).")
            .arg(textOf(earlier.state, "name"), earlier.author, textOf(keptState, "name"), keptAuthor);
    if (kind == u"value" && !keptIsDeletion && earlier.op == u"upsert") {
        const auto value = [](const QJsonObject &state) { return state.value(u"value").toVariant().toString(); };
        return QStringLiteral("Attribute “%1” of a document set to “%2” by %3 and to “%4” by %5 at the same time: “%4” "
                              "is kept (sent later).")
            .arg(splitKey(earlier.key).second, value(earlier.state), earlier.author, value(keptState), keptAuthor);
    }
    return QStringLiteral("The %1 %2 was changed by %3 and by %4 at the same time: %4's version is kept (sent later).")
        .arg(kind, earlier.key, earlier.author, keptAuthor);
}

} // namespace

QString describeConcurrent(const ChangeRecord &earlier, const ChangeRecord &later)
{
    return concurrentMessage(earlier, later.state, later.author, later.op == u"delete");
}

Result<void> WorkingCopy::restoreFromServer(const QString &kind, const QString &key, TeamServer &server,
                                           const QString &author)
{
    Database &db = m_project.database();
    auto binding = this->binding();
    if (!binding || !*binding)
        return failure(binding ? QStringLiteral("not a working copy") : binding.error());
    auto last = server.lastChange(kind, key);
    if (!last)
        return failure(last.error());
    ChangeRecord restore;
    if (*last) {
        restore = **last;
    } else {
        restore.kind = kind;
        restore.key = key;
        restore.op = QStringLiteral("delete");
    }
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    if (auto ok = db.exec("DELETE FROM team_capture"); !ok)
        return failure(ok.error());
    Applier applier(m_project, server, *this, author, (*binding)->pulled, nullptr);
    if (auto ok = applier.apply(restore); !ok)
        return failure(ok.error());
    if (auto ok = db.exec("INSERT OR IGNORE INTO team_capture(id) VALUES (1)"); !ok)
        return failure(ok.error());
    return transaction->commit();
}

Result<ApplyReport> WorkingCopy::apply(const std::vector<ChangeRecord> &changes, const LogPosition &to,
                                       TeamServer &server, const QString &author)
{
    Database &db = m_project.database();
    auto binding = this->binding();
    if (!binding || !*binding)
        return failure(binding ? QStringLiteral("not a working copy") : binding.error());
    const QString origin = (*binding)->origin;
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    // Nothing applied here is a local change to send back.
    if (auto ok = db.exec("DELETE FROM team_capture"); !ok)
        return failure(ok.error());
    ApplyReport report;
    Applier applier(m_project, server, *this, author, to, &report.footprint);
    StatementCache &cache = applier.cache();
    // Whether this copy has local changes not sent at all (capture is off meanwhile, so none come
    // while the batch is applied): when not (a join, a copy that only reads), no change needs the
    // per-object check below.
    auto anyLocal = lookup(cache, "SELECT EXISTS (SELECT 1 FROM team_outbox) "
                                  "OR EXISTS (SELECT 1 FROM team_pending WHERE op <> 'note')");
    if (!anyLocal)
        return failure(anyLocal.error());
    const bool mayBeLocal = anyLocal->value_or(0) != 0;
    for (const ChangeRecord &change : changes) {
        if (change.op == u"note") {
            TeamConflict note;
            note.guid = change.guid;
            note.at = change.sentAt;
            note.rule = textOf(change.state, "rule");
            note.kind = textOf(change.state, "kind");
            note.key = textOf(change.state, "key");
            note.message = textOf(change.state, "message");
            if (auto ok = noteConflict(note, author, to, false); !ok)
                return failure(ok.error());
            continue;
        }
        const auto unapplicable = [&](const QString &why) {
            return QStringLiteral("%1: a change from the team server could not be applied (%2 %3): %4")
                .arg(m_project.fileName(), change.kind, change.key, why);
        };
        const KindReader *reader = readerOf(change.kind);
        if (!reader)
            return failure(unapplicable(QStringLiteral("it is a change of a kind of object this version of Marginalia "
                                                       "does not know (“%1”); a newer version may be needed")
                                            .arg(change.kind)));
        std::optional<qint64> local;
        if (mayBeLocal) {
            auto found = lookup(cache,
                                "SELECT 1 FROM team_outbox WHERE kind = ?1 AND key = ?2 "
                                "UNION ALL SELECT 1 FROM team_pending WHERE kind = ?1 AND key = ?2 AND op <> 'note'",
                                change.kind, change.key);
            if (!found)
                return failure(found.error());
            local = *found;
        }
        if (local) {
            // Changed here too and not sent yet: ours goes to the server after theirs and wins on
            // every copy. The conflict is recorded (and sent) when theirs came from someone else.
            ++report.skippedAsLocal;
            if (change.origin != origin) {
                auto ours = localState(cache, *reader, change.key);
                if (!ours)
                    return failure(ours.error());
                TeamConflict note;
                note.guid = conflictGuid({QStringLiteral("concurrent"), change.kind, change.key, change.guid, origin});
                note.rule = change.kind == u"code" ? QStringLiteral("code-changed-twice")
                    : change.kind == u"value"      ? QStringLiteral("attribute-value-set-twice")
                                                   : QStringLiteral("changed-twice");
                note.kind = change.kind;
                note.key = change.key;
                note.message = concurrentMessage(change, ours->value_or(QJsonObject()), author, !*ours);
                if (auto ok = noteConflict(note, author, to, true); !ok)
                    return failure(ok.error());
                ++report.conflicts;
            }
            continue;
        }
        if (change.origin == origin) {
            // This copy's own change, back in log order. When the object is here exactly as it
            // says (nobody changed it in between, in the log), applying it would change nothing:
            // one read instead of the five to ten statements of applying. When another change of
            // it came earlier in the log (applied above), the states differ and it is applied.
            auto here = localState(cache, *reader, change.key);
            if (!here)
                return failure(here.error());
            const bool same = change.op == u"upsert" ? (*here && **here == change.state) : !*here;
            if (same) {
                ++report.alreadyHere;
                continue;
            }
        }
        auto applied = applier.apply(change);
        if (!applied)
            return failure(unapplicable(applied.error()));
        if (*applied)
            ++report.applied;
        else
            ++report.leftOut;
    }
    report.conflicts += applier.conflicts;
    if (auto ok = db.exec("INSERT OR IGNORE INTO team_capture(id) VALUES (1)"); !ok)
        return failure(ok.error());
    if (auto ok = setProjectInfo(db, "team.pulled", to.toString()); !ok)
        return failure(ok.error());
    if (report.applied > 0 || report.conflicts > 0) {
        if (auto ok = m_project.journal(QStringLiteral("team-pull"),
                                        {{QStringLiteral("applied"), report.applied},
                                         {QStringLiteral("conflicts"), report.conflicts}});
            !ok)
            return failure(ok.error());
    }
    if (auto ok = transaction->commit(); !ok)
        return failure(ok.error());
    return report;
}

} // namespace marginalia::team
