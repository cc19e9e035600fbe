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

QString projectInfo(Database &db, const char *key)
{
    auto statement = db.prepare("SELECT value FROM project_info WHERE key = ?1");
    if (!statement)
        return {};
    statement->bind(1, std::string_view(key));
    return statement->step() ? statement->text(0) : QString();
}

Result<void> setProjectInfo(Database &db, const char *key, const QString &value)
{
    auto statement = db.prepare("INSERT OR REPLACE INTO project_info(key, value) VALUES (?1, ?2)");
    if (!statement)
        return failure(statement.error());
    return statement->bind(1, std::string_view(key)).bind(2, value).run();
}

// Runs a one-value query: the first column of the first row, or nullopt.
template<typename... Args>
Result<std::optional<qint64>> lookup(Database &db, std::string_view sql, const Args &...args)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return failure(statement.error());
    int index = 0;
    (statement->bind(++index, args), ...);
    if (statement->step())
        return std::optional<qint64>(statement->int64(0));
    if (statement->failed())
        return failure(statement->error());
    return std::optional<qint64>();
}

template<typename... Args>
Result<void> execute(Database &db, std::string_view sql, const Args &...args)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return failure(statement.error());
    int index = 0;
    (statement->bind(++index, args), ...);
    return statement->run();
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
    binding.url = projectInfo(db, "team.url");
    if (binding.url.isEmpty())
        return std::optional<TeamBinding>();
    binding.projectGuid = projectInfo(db, "team.project");
    binding.origin = projectInfo(db, "team.origin");
    binding.lastSync = projectInfo(db, "team.last_sync");
    binding.coder = projectInfo(db, "team.coder");
    auto pulled = LogPosition::fromString(projectInfo(db, "team.pulled"));
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
        std::map<QString, Statement> byKey;
        while (outbox->step()) {
            Made item;
            item.seq = outbox->int64(0);
            item.change.kind = outbox->text(1);
            item.change.key = outbox->text(2);
            const KindReader *reader = readerOf(item.change.kind);
            if (!reader)
                continue;
            auto found = byKey.find(item.change.kind);
            if (found == byKey.end()) {
                auto statement = db.prepare(std::string(reader->select) + reader->whereKey);
                if (!statement)
                    return failure(statement.error());
                found = byKey.emplace(item.change.kind, std::move(*statement)).first;
            }
            Statement &statement = found->second;
            statement.reset();
            if (reader->twoPartKey) {
                const auto [first, second] = splitKey(item.change.key);
                statement.bind(1, first).bind(2, second);
            } else {
                statement.bind(1, item.change.key);
            }
            if (statement.step()) {
                item.change.op = QStringLiteral("upsert");
                item.change.state = reader->read(statement).second;
            } else if (statement.failed()) {
                return failure(statement.error());
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
    while (rows->step()) {
        Pending item;
        item.seq = rows->int64(0);
        item.change.guid = rows->text(1);
        item.change.kind = rows->text(2);
        item.change.key = rows->text(3);
        item.change.op = rows->text(4);
        if (!rows->isNull(5))
            item.change.state = QJsonDocument::fromJson(rows->text(5).toUtf8()).object();
        item.change.origin = (*binding)->origin;
        item.change.author = m_project.currentCoder();
        item.base = LogPosition::fromString(rows->text(6)).value_or(LogPosition());
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

Result<std::vector<TeamConflict>> WorkingCopy::conflicts()
{
    auto rows = m_project.database().prepare("SELECT guid, at, rule, kind, key, message FROM team_conflicts ORDER BY at, guid");
    if (!rows)
        return failure(rows.error());
    std::vector<TeamConflict> result;
    while (rows->step())
        result.push_back({rows->text(0), rows->text(1), rows->text(2), rows->text(3), rows->text(4), rows->text(5)});
    if (rows->failed())
        return failure(rows->error());
    return result;
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

// Applies one pulled change to the project; the rules per kind are in docs/ARCHITECTURE.md.
class Applier
{
public:
    Applier(Project &project, TeamServer &server, WorkingCopy &copy, const QString &author, const LogPosition &base)
        : m_project(project), m_db(project.database()), m_server(server), m_copy(copy), m_author(author), m_base(base)
    {
    }

    Result<void> apply(const ChangeRecord &change);
    int conflicts = 0;

private:
    Result<void> conflict(const QString &rule, const QString &kind, const QString &key, const QStringList &guidParts,
                          const QString &message);
    Result<std::optional<qint64>> documentId(const QString &guid, const QString &because);
    Result<std::optional<qint64>> codeId(const QString &guid, const QString &because, int depth = 0);
    Result<qint64> coderId(const QString &name);
    Result<void> upsertDocument(const QString &guid, const QJsonObject &state);
    Result<void> upsertCode(const QString &guid, const QJsonObject &state, int depth);
    Result<QString> freeCodeName(std::optional<qint64> parent, const QString &name);

    Project &m_project;
    Database &m_db;
    TeamServer &m_server;
    WorkingCopy &m_copy;
    QString m_author;
    LogPosition m_base;
};

Result<void> Applier::conflict(const QString &rule, const QString &kind, const QString &key,
                               const QStringList &guidParts, const QString &message)
{
    ++conflicts;
    TeamConflict note;
    note.guid = conflictGuid(QStringList{rule, kind, key} + guidParts);
    note.rule = rule;
    note.kind = kind;
    note.key = key;
    note.message = message;
    return m_copy.noteConflict(note, m_author, m_base, true);
}

Result<qint64> Applier::coderId(const QString &name)
{
    return m_project.coderId(name);
}

Result<std::optional<qint64>> Applier::documentId(const QString &guid, const QString &because)
{
    auto id = lookup(m_db, "SELECT id FROM documents WHERE guid = ?1", guid);
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
    return lookup(m_db, "SELECT id FROM documents WHERE guid = ?1", guid);
}

Result<std::optional<qint64>> Applier::codeId(const QString &guid, const QString &because, int depth)
{
    auto id = lookup(m_db, "SELECT id FROM codes WHERE guid = ?1", guid);
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
    return lookup(m_db, "SELECT id FROM codes WHERE guid = ?1", guid);
}

Result<void> Applier::upsertDocument(const QString &guid, const QJsonObject &state)
{
    auto id = lookup(m_db, "SELECT id FROM documents WHERE guid = ?1", guid);
    if (!id)
        return failure(id.error());
    if (*id)
        return execute(m_db, "UPDATE documents SET name = ?2, memo = ?3 WHERE id = ?1", **id, textOf(state, "name"),
                       textOf(state, "memo"));
    const QString hash = textOf(state, "content_hash");
    auto text = m_server.text(hash);
    if (!text)
        return failure(text.error());
    if (!*text)
        return conflict(QStringLiteral("document-text-missing"), QStringLiteral("document"), guid, {},
                        QStringLiteral("Document “%1” is on the team server without its text: it was left out.")
                            .arg(textOf(state, "name")));
    // The same text imported twice, by two people: both are kept; the conflict says so.
    auto twin = m_db.prepare("SELECT guid, name FROM documents WHERE content_hash = ?1 AND guid <> ?2 LIMIT 1");
    if (!twin)
        return failure(twin.error());
    twin->bind(1, hash).bind(2, guid);
    std::optional<std::pair<QString, QString>> other;
    if (twin->step())
        other = std::pair{twin->text(0), twin->text(1)};
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
    if (const QString by = textOf(state, "imported_by"); !by.isEmpty()) {
        auto coder = coderId(by);
        if (!coder)
            return failure(coder.error());
        if (auto ok = execute(m_db, "UPDATE documents SET imported_by = ?2 WHERE id = ?1", *added, *coder); !ok)
            return ok;
    }
    if (other) {
        QStringList pair{guid, other->first};
        pair.sort();
        return conflict(QStringLiteral("document-imported-twice"), QStringLiteral("document"), pair.first(), pair,
                        QStringLiteral("The same text was imported twice, as “%1” and “%2”: both are kept with their "
                                       "codings; merge them by hand if they are one document.")
                            .arg(other->second, document.name));
    }
    return {};
}

Result<QString> Applier::freeCodeName(std::optional<qint64> parent, const QString &name)
{
    for (int n = 2; n < 10000; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
        auto taken = lookup(m_db, "SELECT id FROM codes WHERE ifnull(parent_id, 0) = ?1 AND name = ?2",
                            parent.value_or(0), candidate);
        if (!taken)
            return failure(taken.error());
        if (!*taken)
            return candidate;
    }
    return failure(QStringLiteral("no free name for the code “%1”").arg(name));
}

Result<void> Applier::upsertCode(const QString &guid, const QJsonObject &state, int depth)
{
    std::optional<qint64> parent;
    if (const QString parentGuid = textOf(state, "parent"); !parentGuid.isEmpty()) {
        auto id = codeId(parentGuid, guid, depth);
        if (!id)
            return failure(id.error());
        parent = *id;   // a parent gone for good: the code goes to the top level
    }
    auto existing = lookup(m_db, "SELECT id FROM codes WHERE guid = ?1", guid);
    if (!existing)
        return failure(existing.error());
    QString name = textOf(state, "name");
    // Two codes with one name under one parent (created or renamed on two sides at once): the one
    // with the larger GUID gets "name (2)", on every working copy alike.
    auto clash = m_db.prepare("SELECT id, guid FROM codes WHERE ifnull(parent_id, 0) = ?1 AND name = ?2 AND guid <> ?3");
    if (!clash)
        return failure(clash.error());
    clash->bind(1, parent.value_or(0)).bind(2, name).bind(3, guid);
    if (clash->step()) {
        const qint64 otherId = clash->int64(0);
        const QString otherGuid = clash->text(1);
        clash->reset();
        auto free = freeCodeName(parent, name);
        if (!free)
            return failure(free.error());
        if (guid > otherGuid) {
            name = *free;
        } else if (auto ok = execute(m_db, "UPDATE codes SET name = ?2 WHERE id = ?1", otherId, *free); !ok) {
            return ok;
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
                auto up = lookup(m_db, "SELECT ifnull(parent_id, 0) FROM codes WHERE id = ?1", at);
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
                auto dirty = m_db.prepare("SELECT c.guid FROM codes c WHERE c.id = ?1 AND (EXISTS (SELECT 1 FROM "
                                          "team_outbox o WHERE o.kind = 'code' AND o.key = c.guid) OR EXISTS (SELECT 1 "
                                          "FROM team_pending p WHERE p.kind = 'code' AND p.key = c.guid))");
                if (!dirty)
                    return failure(dirty.error());
                dirty->bind(1, id);
                if (!dirty->step() || id == **existing)
                    continue;
                const QString dirtyGuid = dirty->text(0);
                auto server = m_server.lastState(QStringLiteral("code"), dirtyGuid);
                if (!server)
                    return failure(server.error());
                std::optional<qint64> serverParent;
                if (*server && !textOf(**server, "parent").isEmpty()) {
                    auto found = lookup(m_db, "SELECT id FROM codes WHERE guid = ?1", textOf(**server, "parent"));
                    if (!found)
                        return failure(found.error());
                    serverParent = *found;
                }
                if (auto ok = execute(m_db, "UPDATE codes SET parent_id = ?2 WHERE id = ?1", id,
                                      serverParent ? QVariant(*serverParent) : QVariant());
                    !ok)
                    return ok;
            }
            chain = chainUp(*parent);
            if (!chain)
                return failure(chain.error());
        }
        const bool stillLooped = !chain->empty() && chain->back() == **existing;
        if (stillLooped) {
            // Still a loop: this move is not applied; the code keeps its parent here.
            auto current = lookup(m_db, "SELECT ifnull(parent_id, 0) FROM codes WHERE id = ?1", **existing);
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
    if (*existing)
        return execute(m_db,
                       "UPDATE codes SET parent_id = ?2, name = ?3, color = ?4, description = ?5, memo = ?6, position = ?7 "
                       "WHERE id = ?1",
                       **existing, parentValue, name, textOf(state, "color"), textOf(state, "description"),
                       textOf(state, "memo"), state.value(u"position").toInteger());
    return execute(m_db,
                   "INSERT INTO codes(guid, parent_id, name, color, description, memo, position, created) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                   guid, parentValue, name, textOf(state, "color"), textOf(state, "description"), textOf(state, "memo"),
                   state.value(u"position").toInteger(), textOf(state, "created"));
}

Result<void> Applier::apply(const ChangeRecord &change)
{
    const QString &kind = change.kind;
    const QString &key = change.key;
    const QJsonObject &state = change.state;
    const bool upsert = change.op == u"upsert";
    if (kind == u"coder") {
        if (!upsert)
            return {};
        // Coders are matched by name; the GUID is the log's latest (a member joining again as an
        // existing coder made a second one locally, and sends it: every copy takes it).
        return execute(m_db,
                       "INSERT INTO coders(guid, name) VALUES (?1, ?2) "
                       "ON CONFLICT(name) DO UPDATE SET guid = excluded.guid WHERE guid <> excluded.guid",
                       textOf(state, "guid"), key);
    }
    if (kind == u"attribute") {
        if (!upsert)
            return execute(m_db, "DELETE FROM attributes WHERE name = ?1", key);
        return execute(m_db,
                       "INSERT INTO attributes(name, type, position) VALUES (?1, ?2, ?3) "
                       "ON CONFLICT(name) DO UPDATE SET type = excluded.type, position = excluded.position",
                       key, textOf(state, "type"), state.value(u"position").toInteger());
    }
    if (kind == u"document") {
        if (upsert)
            return upsertDocument(key, state);
        auto id = lookup(m_db, "SELECT id FROM documents WHERE guid = ?1", key);
        if (!id || !*id)
            return id ? Result<void>() : failure(id.error());
        auto coded = lookup(m_db, "SELECT count(*) FROM codings WHERE document_id = ?1", **id);
        if (!coded)
            return failure(coded.error());
        if (coded->value_or(0) > 0)
            return conflict(QStringLiteral("document-deleted-while-coded"), kind, key, {change.guid},
                            QStringLiteral("%1 deleted a document while others coded in it (%2 codings): the document "
                                           "is kept with those codings.")
                                .arg(change.author)
                                .arg(coded->value_or(0)));
        return DocumentStore(m_project).remove(**id);
    }
    if (kind == u"code") {
        if (upsert)
            return upsertCode(key, state, 0);
        auto id = lookup(m_db, "SELECT id FROM codes WHERE guid = ?1", key);
        if (!id || !*id)
            return id ? Result<void>() : failure(id.error());
        auto used = lookup(m_db,
                           "SELECT (SELECT count(*) FROM codings WHERE code_id = ?1) "
                           "+ (SELECT count(*) FROM codes WHERE parent_id = ?1)",
                           **id);
        if (!used)
            return failure(used.error());
        if (used->value_or(0) > 0) {
            auto name = m_db.prepare("SELECT name FROM codes WHERE id = ?1");
            QString codeName;
            if (name && name->bind(1, **id).step())
                codeName = name->text(0);
            return conflict(QStringLiteral("code-deleted-while-coded"), kind, key, {change.guid},
                            QStringLiteral("%1 deleted the code “%2” while others coded with it: the code is kept, "
                                           "with their codings.")
                                .arg(change.author, codeName));
        }
        return execute(m_db, "DELETE FROM codes WHERE id = ?1", **id);
    }
    if (kind == u"case") {
        if (!upsert)
            return execute(m_db, "DELETE FROM cases WHERE guid = ?1", key);
        return execute(m_db,
                       "INSERT INTO cases(guid, name, memo) VALUES (?1, ?2, ?3) "
                       "ON CONFLICT(guid) DO UPDATE SET name = excluded.name, memo = excluded.memo",
                       key, textOf(state, "name"), textOf(state, "memo"));
    }
    if (kind == u"coding") {
        if (!upsert)
            return execute(m_db, "DELETE FROM codings WHERE guid = ?1", key);
        auto document = documentId(textOf(state, "document"), change.guid);
        if (!document)
            return failure(document.error());
        auto code = codeId(textOf(state, "code"), change.guid);
        if (!code)
            return failure(code.error());
        if (!*document || !*code)
            return conflict(QStringLiteral("coding-without-target"), kind, key, {change.guid},
                            QStringLiteral("A coding by %1 refers to a document or code the team server does not have: "
                                           "it was left out.")
                                .arg(textOf(state, "coder")));
        auto coder = coderId(textOf(state, "coder"));
        if (!coder)
            return failure(coder.error());
        const qint64 start = state.value(u"start").toInteger();
        const qint64 end = state.value(u"end").toInteger();
        auto length = lookup(m_db, "SELECT length FROM documents WHERE id = ?1", **document);
        if (!length)
            return failure(length.error());
        if (start < 0 || end <= start || end > length->value_or(0))
            return conflict(QStringLiteral("coding-out-of-range"), kind, key, {change.guid},
                            QStringLiteral("A coding by %1 lies outside its document's text: it was left out.")
                                .arg(textOf(state, "coder")));
        // The same passage, code and coder under another GUID (the coder worked in two copies): kept once.
        auto same = lookup(m_db,
                           "SELECT id FROM codings WHERE document_id = ?1 AND code_id = ?2 AND coder_id = ?3 "
                           "AND start = ?4 AND end = ?5 AND guid <> ?6",
                           **document, **code, *coder, start, end, key);
        if (!same)
            return failure(same.error());
        if (*same)
            return {};
        return execute(m_db,
                       "INSERT INTO codings(guid, document_id, code_id, start, end, coder_id, memo, created) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                       "ON CONFLICT(guid) DO UPDATE SET document_id = excluded.document_id, code_id = excluded.code_id, "
                       "start = excluded.start, end = excluded.end, coder_id = excluded.coder_id, memo = excluded.memo",
                       key, **document, **code, start, end, *coder, textOf(state, "memo"), textOf(state, "created"));
    }
    if (kind == u"value") {
        const auto [documentGuid, attribute] = splitKey(key);
        if (!upsert)
            return execute(m_db,
                           "DELETE FROM document_attributes WHERE document_id = (SELECT id FROM documents WHERE guid = ?1) "
                           "AND attribute_id = (SELECT id FROM attributes WHERE name = ?2)",
                           documentGuid, attribute);
        auto document = lookup(m_db, "SELECT id FROM documents WHERE guid = ?1", documentGuid);
        if (!document || !*document)
            return document ? Result<void>() : failure(document.error());
        if (auto ok = execute(m_db, "INSERT OR IGNORE INTO attributes(name) VALUES (?1)", attribute); !ok)
            return ok;
        return execute(m_db,
                       "INSERT INTO document_attributes(document_id, attribute_id, value) "
                       "VALUES (?1, (SELECT id FROM attributes WHERE name = ?2), ?3) "
                       "ON CONFLICT(document_id, attribute_id) DO UPDATE SET value = excluded.value",
                       **document, attribute, state.value(u"value").toVariant());
    }
    if (kind == u"case_document") {
        const auto [caseGuid, documentGuid] = splitKey(key);
        if (!upsert)
            return execute(m_db,
                           "DELETE FROM case_documents WHERE case_id = (SELECT id FROM cases WHERE guid = ?1) "
                           "AND document_id = (SELECT id FROM documents WHERE guid = ?2)",
                           caseGuid, documentGuid);
        return execute(m_db,
                       "INSERT OR IGNORE INTO case_documents(case_id, document_id) "
                       "SELECT c.id, d.id FROM cases c, documents d WHERE c.guid = ?1 AND d.guid = ?2",
                       caseGuid, documentGuid);
    }
    return {};   // a kind of a newer Marginalia: ignored
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
    Applier applier(m_project, server, *this, author, (*binding)->pulled);
    if (auto ok = applier.apply(restore); !ok)
        return ok;
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
    Applier applier(m_project, server, *this, author, to);
    auto dirty = db.prepare("SELECT 1 FROM team_outbox WHERE kind = ?1 AND key = ?2 "
                            "UNION ALL SELECT 1 FROM team_pending WHERE kind = ?1 AND key = ?2 AND op <> 'note'");
    if (!dirty)
        return failure(dirty.error());
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
        dirty->reset();
        dirty->bind(1, change.kind).bind(2, change.key);
        const bool local = dirty->step();
        if (dirty->failed())
            return failure(dirty->error());
        dirty->reset();
        if (local) {
            // Changed here too and not sent yet: ours goes to the server after theirs and wins on
            // every copy. The conflict is recorded (and sent) when theirs came from someone else.
            ++report.skippedAsLocal;
            if (change.origin != origin) {
                ChangeRecord ours;
                const KindReader *reader = readerOf(change.kind);
                bool exists = false;
                if (reader) {
                    auto statement = db.prepare(std::string(reader->select) + reader->whereKey);
                    if (!statement)
                        return failure(statement.error());
                    if (reader->twoPartKey) {
                        const auto [first, second] = splitKey(change.key);
                        statement->bind(1, first).bind(2, second);
                    } else {
                        statement->bind(1, change.key);
                    }
                    if (statement->step()) {
                        exists = true;
                        ours.state = reader->read(*statement).second;
                    }
                }
                TeamConflict note;
                note.guid = conflictGuid({QStringLiteral("concurrent"), change.kind, change.key, change.guid, origin});
                note.rule = change.kind == u"code" ? QStringLiteral("code-changed-twice")
                    : change.kind == u"value"      ? QStringLiteral("attribute-value-set-twice")
                                                   : QStringLiteral("changed-twice");
                note.kind = change.kind;
                note.key = change.key;
                note.message = concurrentMessage(change, ours.state, author, !exists);
                if (auto ok = noteConflict(note, author, to, true); !ok)
                    return failure(ok.error());
                ++report.conflicts;
            }
            continue;
        }
        if (auto ok = applier.apply(change); !ok)
            return failure(QStringLiteral("%1: a change from the team server could not be applied (%2 %3): %4")
                               .arg(m_project.fileName(), change.kind, change.key, ok.error()));
        ++report.applied;
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
