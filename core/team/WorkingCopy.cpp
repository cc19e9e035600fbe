#include "team/WorkingCopy.h"

#include "common/JsonText.h"
#include "project/Project.h"
#include "team/ChangeApplier.h"
#include "team/LocalObjects.h"

#include <QJsonDocument>
#include <QUuid>

#include <algorithm>
#include <map>

namespace marginalia::team {

using namespace local;

namespace {

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
            const QJsonDocument state = JsonText::parse(rows->text(5).toUtf8(), &error);
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

Result<void> WorkingCopy::removePendingUpTo(qint64 seq, const QSet<qint64> &keep)
{
    auto transaction = Transaction::begin(m_project.database());
    if (!transaction)
        return failure(transaction.error());
    if (keep.isEmpty()) {
        if (auto ok = execute(m_project.database(), "DELETE FROM team_pending WHERE seq <= ?1", seq); !ok)
            return ok;
        return transaction->commit();
    }
    auto rows = m_project.database().prepare("SELECT seq FROM team_pending WHERE seq <= ?1");
    if (!rows)
        return failure(rows.error());
    rows->bind(1, seq);
    std::vector<qint64> gone;
    while (rows->step()) {
        if (!keep.contains(rows->int64(0)))
            gone.push_back(rows->int64(0));
    }
    if (rows->failed())
        return failure(rows->error());
    for (const qint64 each : gone) {
        if (auto ok = execute(m_project.database(), "DELETE FROM team_pending WHERE seq = ?1", each); !ok)
            return ok;
    }
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

Result<void> WorkingCopy::recordYield(const QString &yielded, const QString &holder)
{
    // Inside the caller's transaction (applying a batch).
    const QByteArray key = (QStringLiteral("team.yield.") + yielded).toUtf8();
    return setProjectInfo(m_project.database(), key.constData(), holder);
}

Result<std::vector<std::pair<QString, QString>>> WorkingCopy::yields(const QString &holder)
{
    auto rows = m_project.database().prepare("SELECT substr(key, 12), value FROM project_info "
                                             "WHERE key LIKE 'team.yield.%' AND (?1 = '' OR value = ?1) ORDER BY key");
    if (!rows)
        return failure(rows.error());
    rows->bind(1, holder.isNull() ? QStringLiteral("") : holder);
    std::vector<std::pair<QString, QString>> result;
    while (rows->step())
        result.emplace_back(rows->text(0), rows->text(1));
    if (rows->failed())
        return failure(rows->error());
    return result;
}

Result<void> WorkingCopy::forgetYield(const QString &yielded)
{
    auto transaction = Transaction::begin(m_project.database());
    if (!transaction)
        return failure(transaction.error());
    if (auto ok = execute(m_project.database(), "DELETE FROM project_info WHERE key = ?1",
                          QStringLiteral("team.yield.") + yielded);
        !ok)
        return ok;
    return transaction->commit();
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

namespace {

// What the team has of an object whose last change in the log is `last`: its state, or nothing (no
// change, a deletion, or a coding whose place a later change of another coding took: every copy
// applied that one over it, TeamServer::codingPlaceTakenAfter).
Result<std::optional<QJsonObject>> teamState(TeamServer &server, const std::optional<ChangeRecord> &last)
{
    if (!last || last->op != u"upsert")
        return std::optional<QJsonObject>();
    if (last->kind == u"coding") {
        auto displaced = server.codingPlaceTakenAfter(*last);
        if (!displaced)
            return failure(displaced.error());
        if (*displaced)
            return std::optional<QJsonObject>();
    }
    return std::optional<QJsonObject>(last->state);
}

} // namespace

QString describeConcurrent(const ChangeRecord &earlier, const ChangeRecord &later)
{
    return concurrentMessage(earlier, later.state, later.author, later.op == u"delete");
}

Result<WorkingCopy::Restored> WorkingCopy::restoreFromServer(const QString &kind, const QString &key,
                                                             TeamServer &server, const QString &author)
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
    Restored restored;
    ChangeApplier applier(m_project, server, *this, author, (*binding)->pulled, &restored.footprint);
    applier.restoring = true;
    if (auto ok = applier.apply(restore); !ok)
        return failure(ok.error());
    restored.conflicts = applier.conflictMessages;
    // Read back with the reader that made the server's state: the same state, or gone as there.
    const KindReader *reader = readerOf(kind);
    if (!reader)
        return failure(QStringLiteral("it is a change of a kind of object this version of Marginalia does not know "
                                      "(“%1”)")
                           .arg(kind));
    auto here = localState(applier.cache(), *reader, key);
    if (!here)
        return failure(here.error());
    auto team = teamState(server, *last);
    if (!team)
        return failure(team.error());
    restored.asOnServer = *team ? (*here && **here == **team) : !*here;
    if (auto ok = db.exec("INSERT OR IGNORE INTO team_capture(id) VALUES (1)"); !ok)
        return failure(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return failure(ok.error());
    return restored;
}

Result<bool> WorkingCopy::asOnServer(const QString &kind, const QString &key, TeamServer &server)
{
    const KindReader *reader = readerOf(kind);
    if (!reader)
        return failure(QStringLiteral("it is a change of a kind of object this version of Marginalia does not know "
                                      "(“%1”)")
                           .arg(kind));
    auto last = server.lastChange(kind, key);
    if (!last)
        return failure(last.error());
    StatementCache cache(m_project.database());
    auto here = localState(cache, *reader, key);
    if (!here)
        return failure(here.error());
    auto team = teamState(server, *last);
    if (!team)
        return failure(team.error());
    return *team ? (*here && **here == **team) : !*here;
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
    ChangeApplier applier(m_project, server, *this, author, to, &report.footprint);
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
            // What it did to another coding is done here all the same (ChangeApplier::takePlaceOfSkipped).
            if (auto taken = applier.takePlaceOfSkipped(change); !taken)
                return failure(unapplicable(taken.error()));
            if (auto renamed = applier.nameRuleOfSkipped(change); !renamed)
                return failure(unapplicable(renamed.error()));
            if (change.origin != origin && !change.redelivered) {   // (a closed round's redelivery is no one's new change)
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
