#include "team/TeamSync.h"

#include "project/Project.h"
#include "team/LocalObjects.h"
#include "team/PgConnection.h"
#include "team/TeamServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>

namespace marginalia::team {

namespace {

// Pulled and applied per local transaction.
constexpr int kPullBatch = 5000;
// Sent per statement (at most; see push).
constexpr size_t kPushBatch = 1000;

// A field in COPY's text format: backslash, tab, newline and carriage return escaped; \N is NULL.
void appendCopyField(QByteArray &line, const QByteArray &value, bool last)
{
    line.reserve(line.size() + value.size() + 1);
    for (const char c : value) {
        switch (c) {
        case '\\': line.append("\\\\"); break;
        case '\t': line.append("\\t"); break;
        case '\n': line.append("\\n"); break;
        case '\r': line.append("\\r"); break;
        default: line.append(c);
        }
    }
    line.append(last ? '\n' : '\t');
}

Result<QString> projectGuidOf(Project &project)
{
    auto statement = project.database().prepare("SELECT value FROM project_info WHERE key = 'guid'");
    if (!statement)
        return failure(statement.error());
    if (statement->step())
        return statement->text(0);
    if (statement->failed())
        return failure(statement->error());
    return failure(QStringLiteral("%1 has no project GUID (project_info \"guid\"): the file may be damaged.")
                       .arg(project.fileName()));
}

// Adds what one batch changed to the sync's footprint, or drops it once it is too large to be worth
// patching views with (they reload instead).
void addFootprint(SyncReport &report, const ChangeFootprint &batch)
{
    if (!report.footprintComplete)
        return;
    for (const QString &table : batch.tables) {
        if (!report.footprint.tables.contains(table))
            report.footprint.tables.append(table);
    }
    report.footprint.codes.unite(batch.codes);
    report.footprint.documents.unite(batch.documents);
    report.footprint.codings.unite(batch.codings);
    report.footprint.codingCodes.unite(batch.codingCodes);
    report.footprint.codingDocuments.unite(batch.codingDocuments);
    for (auto it = batch.codingsGainedByCode.cbegin(); it != batch.codingsGainedByCode.cend(); ++it)
        report.footprint.codingsGainedByCode[it.key()] += it.value();
    for (auto it = batch.codingsGainedByDocument.cbegin(); it != batch.codingsGainedByDocument.cend(); ++it)
        report.footprint.codingsGainedByDocument[it.key()] += it.value();
    const qsizetype rows = report.footprint.codes.size() + report.footprint.documents.size()
        + report.footprint.codings.size();
    if (rows > SyncReport::kFootprintLimit) {
        report.footprint = ChangeFootprint();
        report.footprintComplete = false;
    }
}

Result<void> setProjectIdentity(Project &project, const ServerProject &server)
{
    auto transaction = Transaction::begin(project.database());
    if (!transaction)
        return failure(transaction.error());
    auto statement = project.database().prepare("INSERT OR REPLACE INTO project_info(key, value) VALUES (?1, ?2)");
    if (!statement)
        return failure(statement.error());
    for (const auto &[key, value] : {std::pair{"guid", server.guid}, std::pair{"name", server.name}}) {
        statement->reset();
        if (auto ok = statement->bind(1, std::string_view(key)).bind(2, value).run(); !ok)
            return ok;
    }
    return transaction->commit();
}

// Pulls and applies until the server has nothing more that may be read.
Result<void> pullAll(Project &project, WorkingCopy &copy, TeamServer &server, SyncReport &report)
{
    for (;;) {
        auto binding = copy.binding();
        if (!binding || !*binding)
            return failure(binding ? QStringLiteral("not a working copy") : binding.error());
        auto batch = server.pull((*binding)->pulled, kPullBatch);
        if (!batch)
            return failure(batch.error());
        if (batch->empty())
            return {};
        auto applied = copy.apply(*batch, batch->back().position, server, project.currentCoder());
        if (!applied)
            return failure(applied.error());
        report.pulled += static_cast<qint64>(batch->size());
        report.applied += applied->applied;
        report.alreadyHere += applied->alreadyHere;
        report.keptLocal += applied->skippedAsLocal;
        addFootprint(report, applied->footprint);
        report.conflicts += applied->conflicts;
    }
}

// Reads at once the last change of each object to be put back, and whether a later coding took the place of each
// of `codings` (among them), so that each restore and read-back answers them from memory (TeamServer's prefetch).
// A failure only loses the shortcut (each restore asks then), unless the server is gone.
Result<void> prefetchForRestores(TeamServer &server, const std::vector<std::pair<QString, QString>> &objects,
                                 const QStringList &codings)
{
    if (auto ok = server.prefetchLastChanges(objects); !ok && server.connection().lostConnection())
        return failure(ok.error());
    std::vector<ChangeRecord> places;
    for (const QString &key : codings) {
        auto last = server.lastChange(QStringLiteral("coding"), key);
        if (!last && server.connection().lostConnection())
            return failure(last.error());
        if (last && *last)
            places.push_back(**last);
    }
    if (auto ok = server.prefetchCodingPlaces(places); !ok && server.connection().lostConnection())
        return failure(ok.error());
    return {};
}

// saidNotBack: the yielded codings its undo could not bring back, counted in notUndone with the refused
// change they gave way to (settleYields leaves them to the next sync instead of counting them again).
Result<void> push(Project &project, WorkingCopy &copy, TeamServer &server, const TeamBinding &binding,
                  SyncReport &report, QSet<QString> &saidNotBack)
{
    if (auto made = copy.prepareOutbox(binding.pulled); !made)
        return failure(made.error());
    auto pending = copy.pending();
    if (!pending)
        return failure(pending.error());
    if (pending->empty())
        return {};
    if (auto ok = server.beginPush(); !ok)
        return ok;
    std::vector<TeamConflict> found;
    std::vector<ChangeRecord> refused;
    QSet<qint64> refusedSeqs;
    // Sent in batches, a few statements each instead of one or two round trips per change (10,000
    // changes took 10,000+ round trips). A batch ends before an object it holds already: the server's
    // row-level check of a change cannot see a row inserted by the same statement (e.g. a coding's
    // upsert and its deletion, both pending), so such a pair goes in two statements, in order.
    const auto &items = *pending;
    size_t next = 0;
    while (next < items.size()) {
        std::vector<const WorkingCopy::Pending *> batch;
        QSet<QString> objects;
        while (next < items.size() && batch.size() < kPushBatch) {
            const ChangeRecord &change = items[next].change;
            const QString object = change.kind + u'\x1f' + change.key;
            if (objects.contains(object))
                break;
            objects.insert(object);
            batch.push_back(&items[next]);
            ++next;
        }
        // A change this member's role does not allow is not sent (it would abort the others); the
        // object is put back as the server has it below. A conflict note a member may not send (a
        // reader's) stays in this copy only: sent, it aborted every later push of that copy.
        std::vector<const ChangeRecord *> asked;
        for (const WorkingCopy::Pending *item : batch)
            asked.push_back(&item->change);
        auto may = server.mayWriteAll(asked);
        if (!may) {
            server.abandonPush();
            return failure(may.error());
        }
        std::vector<TeamServer::Outgoing> outgoing;
        for (size_t i = 0; i < batch.size(); ++i) {
            const ChangeRecord &change = batch[i]->change;
            if (!(*may)[i]) {
                if (change.op != u"note") {
                    refused.push_back(change);
                    refusedSeqs.insert(batch[i]->seq);
                }
                continue;
            }
            if (change.kind == u"document" && change.op == u"upsert") {
                const QString hash = change.state.value(u"content_hash").toString();
                auto text = copy.textByHash(hash);
                if (!text) {
                    server.abandonPush();
                    return failure(text.error());
                }
                if (*text) {
                    if (auto ok = server.addText(hash, **text); !ok) {
                        server.abandonPush();
                        return ok;
                    }
                }
            }
            outgoing.push_back({&change, batch[i]->base});
        }
        auto appended = server.appendAll(outgoing, true);
        if (!appended) {
            server.abandonPush();
            return failure(appended.error());
        }
        for (size_t i = 0; i < outgoing.size(); ++i) {
            const ChangeRecord &change = *outgoing[i].change;
            const TeamServer::Appended &result = (*appended)[i];
            if (result.added && change.op != u"note")
                ++report.sent;
            if (!result.concurrent)
                continue;
            // Someone else changed the object after this copy last pulled: theirs is earlier in the
            // log, ours later, so ours is kept everywhere. Both sides see the conflict.
            TeamConflict conflict;
            conflict.guid = conflictGuid({QStringLiteral("concurrent"), change.kind, change.key,
                                          result.concurrent->guid, change.guid});
            conflict.rule = change.kind == u"code" ? QStringLiteral("code-changed-twice")
                : change.kind == u"value"          ? QStringLiteral("attribute-value-set-twice")
                                                   : QStringLiteral("changed-twice");
            conflict.kind = change.kind;
            conflict.key = change.key;
            conflict.message = describeConcurrent(*result.concurrent, change);
            ChangeRecord note;
            note.guid = conflict.guid;
            note.origin = binding.origin;
            note.author = project.currentCoder();
            note.kind = QStringLiteral("conflict");
            note.key = conflict.kind + u'/' + conflict.key;
            note.op = QStringLiteral("note");
            note.state = {{QStringLiteral("rule"), conflict.rule},
                          {QStringLiteral("kind"), conflict.kind},
                          {QStringLiteral("key"), conflict.key},
                          {QStringLiteral("message"), conflict.message},
                          {QStringLiteral("author"), note.author}};
            if (auto ok = server.append(note, outgoing[i].base, false); !ok) {
                server.abandonPush();
                return failure(ok.error());
            }
            found.push_back(conflict);
        }
    }
    if (auto ok = server.commitPush(); !ok)
        return ok;
    // The server has the sent ones: they wait no longer (a pull must not take them for local changes
    // still to come). If this process dies before the next line, they are sent again with the same
    // GUIDs and the server keeps them once. The refused ones wait until they are undone.
    if (auto ok = copy.removePendingUpTo(pending->back().seq, refusedSeqs); !ok)
        return ok;
    for (const TeamConflict &conflict : found) {
        if (auto ok = copy.noteConflict(conflict, project.currentCoder(), binding.pulled, false); !ok)
            return ok;
        ++report.conflicts;
    }
    // Each refused change is undone: its object put back as the server has it, and read back to see
    // that it is. In the reverse of the order they were to be sent: a refused new coding goes before
    // its new code (deleting the code first would keep it, as used), a new code before the code whose
    // old name it took. Those not back yet are tried once more after the others (one may have stood
    // in another's way); the rest are said to be as they are, never as put back.
    struct Undo
    {
        ChangeRecord change;
        WorkingCopy::Restored outcome;
        QString error;   // the restore itself failed
    };
    std::vector<Undo> undos;
    for (const ChangeRecord &change : refused)
        undos.push_back({change, {}, {}});
    // The last change of every object to be put back (the refused ones and the codings that gave way
    // to them), read at once, and whether a later coding took the place of each such coding, asked of
    // the log at once: each restore and read-back answers them from memory, not with a round trip
    // (three per object) and a read of the log per coding. A failure here only loses the shortcut
    // (each restore asks then), unless the server is gone.
    const auto forget = qScopeGuard([&server] { server.forgetPrefetched(); });   // the log moves on
    {
        std::vector<std::pair<QString, QString>> objects;
        QStringList codings;
        for (const Undo &undo : undos) {
            objects.emplace_back(undo.change.kind, undo.change.key);
            if (undo.change.kind != u"coding")
                continue;
            codings << undo.change.key;
            if (auto yielded = copy.yields(undo.change.key); yielded) {
                for (const auto &[guid, holder] : *yielded) {
                    objects.emplace_back(QStringLiteral("coding"), guid);
                    codings << guid;
                }
            }
        }
        if (auto ok = prefetchForRestores(server, objects, codings); !ok)
            return ok;
    }
    // The conflicts the undoing finds are counted as noted: a second pass finds some again, and
    // noteConflict keeps each once.
    auto conflictsBefore = copy.conflictCount();
    if (!conflictsBefore)
        return failure(conflictsBefore.error());
    for (int pass = 0; pass < 2; ++pass) {
        for (auto it = undos.rbegin(); it != undos.rend(); ++it) {
            Undo &undo = *it;
            if (pass > 0 && undo.outcome.asOnServer)
                continue;
            auto restored = copy.restoreFromServer(undo.change.kind, undo.change.key, server, project.currentCoder());
            if (restored)
                addFootprint(report, restored->footprint);   // open views follow the undo like a pull
            if (restored) {
                undo.outcome.asOnServer = restored->asOnServer;
                undo.outcome.conflicts += restored->conflicts;
                undo.error.clear();
            } else {
                // The server gone midway: the sync fails as offline, and the records stay waiting, so
                // that the next sync refuses and undoes them again (the sent ones are sent again, with
                // their GUIDs: the server keeps them once).
                if (server.connection().lostConnection())
                    return failure(restored.error());
                undo.outcome.asOnServer = false;
                undo.error = restored.error();
            }
            if (!restored || undo.change.kind != u"coding")
                continue;
            // Pulled codings that gave way to this one here (it was to be sent after them) come back
            // now that it is not sent: every other copy has them.
            auto yielded = copy.yields(undo.change.key);
            if (!yielded) {
                undo.outcome.asOnServer = false;
                undo.error = yielded.error();
                continue;
            }
            for (const auto &[guid, holder] : *yielded) {
                auto back = copy.restoreFromServer(QStringLiteral("coding"), guid, server, project.currentCoder());
                if (!back) {
                    if (server.connection().lostConnection())
                        return failure(back.error());
                    undo.outcome.asOnServer = false;
                    undo.error = back.error();
                    break;
                }
                addFootprint(report, back->footprint);
                if (!back->asOnServer) {
                    saidNotBack.insert(guid);
                    undo.outcome.asOnServer = false;
                    undo.outcome.conflicts << QStringLiteral("The coding %1, which gave way to it here, could not "
                                                             "come back as the server has it.")
                                                  .arg(guid)
                                           << back->conflicts;
                    continue;
                }
                if (auto ok = copy.forgetYield(guid); !ok) {
                    undo.outcome.asOnServer = false;
                    undo.error = ok.error();
                    break;
                }
            }
        }
    }
    // Read back once more after both passes: undoing one may have changed another said to be back
    // (a code renamed by the name rule, a coding whose place another took).
    for (Undo &undo : undos) {
        if (!undo.outcome.asOnServer)
            continue;
        auto still = copy.asOnServer(undo.change.kind, undo.change.key, server);
        if (!still) {
            if (server.connection().lostConnection())
                return failure(still.error());
            undo.outcome.asOnServer = false;
            undo.error = still.error();
        } else if (!*still) {
            undo.outcome.asOnServer = false;
            undo.outcome.conflicts << QStringLiteral("It was back, but undoing another refused change altered it again.");
        }
    }
    server.forgetPrefetched();   // the log moves on: later questions ask it again (forget does so at any return)
    auto conflictsAfter = copy.conflictCount();
    if (!conflictsAfter)
        return failure(conflictsAfter.error());
    report.conflicts += *conflictsAfter - *conflictsBefore;
    // The refused ones are undone (or said not to be): they wait no longer. If this process dies
    // before the next line, they are refused and undone again.
    if (auto ok = copy.removePendingUpTo(pending->back().seq); !ok)
        return ok;
    for (const Undo &undo : undos) {
        const ChangeRecord &change = undo.change;
        TeamConflict conflict;
        conflict.guid = conflictGuid({QStringLiteral("not-allowed"), change.kind, change.key, change.guid});
        conflict.rule = QStringLiteral("not-allowed");
        conflict.kind = change.kind;
        conflict.key = change.key;
        if (change.kind == u"coder" && !undo.outcome.asOnServer && undo.error.isEmpty()) {
            // A coder is never deleted by a pulled change (copies match coders by name): the name stays
            // here, with nothing of the team's work different.
            conflict.message = QStringLiteral("Your role on the team server does not allow adding the coder %1: it "
                                              "was not sent, and the name stays in this copy only.")
                                   .arg(change.key);
        } else if (undo.outcome.asOnServer) {
            conflict.message = QStringLiteral("Your role on the team server does not allow this change of the %1 %2 "
                                              "(as %3): it was not sent, and the %1 is back as the server has it.")
                                   .arg(change.kind, change.key, change.author);
        } else {
            QStringList why = undo.outcome.conflicts;
            why.removeDuplicates();
            if (!undo.error.isEmpty())
                why << undo.error;
            if (why.isEmpty())
                why << QStringLiteral("after its last change on the server was applied here, it still differs");
            conflict.message = QStringLiteral("Your role on the team server does not allow this change of the %1 %2 "
                                              "(as %3): it was not sent, but the %1 could not be put back as the "
                                              "server has it, so this copy differs from the team's there (%4).")
                                   .arg(change.kind, change.key, change.author, why.join(u' '));
            ++report.notUndone;
        }
        if (auto ok = copy.noteConflict(conflict, project.currentCoder(), binding.pulled, false); !ok)
            return ok;
        ++report.refused;
    }
    return {};
}

// A pulled coding that yielded its place to a local one (ChangeApplier::takePlace) is settled once that
// local change is no longer waiting: put back as the server has it. Where the local one was sent and
// holds the place, it yields again (as on every copy, where the later one took the place); where that
// one was refused or moved on, the place is free and it is back.
Result<void> settleYields(Project &project, WorkingCopy &copy, TeamServer &server, const LogPosition &base,
                          SyncReport &report, const QSet<QString> &saidNotBack)
{
    auto yields = copy.yields();
    if (!yields)
        return failure(yields.error());
    // Those to settle now (putting one back captures nothing, so none starts or stops waiting meanwhile).
    QStringList settling;
    for (const auto &[guid, holder] : *yields) {
        if (saidNotBack.contains(guid))
            continue;   // tried by this sync's undo and said there (not undone); its record stays for the next
        auto waiting = local::lookup(project.database(),
                              "SELECT 1 FROM team_outbox WHERE kind = 'coding' AND key = ?1 UNION ALL "
                              "SELECT 1 FROM team_pending WHERE kind = 'coding' AND key = ?1 AND op <> 'note'",
                              holder);
        if (!waiting)
            return failure(waiting.error());
        if (!*waiting)
            settling << guid;
    }
    // Whether a later coding took each one's place, asked of the log at once as for the undo of
    // refused changes (one read of the log, not one per coding). A failure here only loses the
    // shortcut (each restore asks then), unless the server is gone.
    if (settling.size() > 1) {
        std::vector<std::pair<QString, QString>> objects;
        QStringList codings;
        for (const QString &guid : settling) {
            objects.emplace_back(QStringLiteral("coding"), guid);
            codings << guid;
        }
        if (auto ok = prefetchForRestores(server, objects, codings); !ok)
            return ok;
    }
    const auto forget = qScopeGuard([&server] { server.forgetPrefetched(); });
    for (const QString &guid : settling) {
        auto restored = copy.restoreFromServer(QStringLiteral("coding"), guid, server, project.currentCoder());
        if (!restored)
            return failure(restored.error());
        addFootprint(report, restored->footprint);   // open views follow it like a pull
        if (!restored->asOnServer) {
            // Read back, not assumed: forgotten here, it was lost for good while the sync said success.
            // The record stays (tried again next sync) and the sync says this copy differs.
            TeamConflict conflict;
            conflict.guid = conflictGuid({QStringLiteral("coding-not-back"), guid});
            conflict.rule = QStringLiteral("coding-not-back");
            conflict.kind = QStringLiteral("coding");
            conflict.key = guid;
            QStringList why = restored->conflicts;
            why.removeDuplicates();
            conflict.message = QStringLiteral("The coding %1 from the team server gave way here to a change of this "
                                              "copy, but could not come back as the server has it, so this copy "
                                              "differs from the team's there%2 It is tried again at the next sync.")
                                   .arg(guid, why.isEmpty() ? QStringLiteral(".") : QStringLiteral(" (%1).").arg(why.join(u' ')));
            if (auto ok = copy.noteConflict(conflict, project.currentCoder(), base, false); !ok)
                return ok;
            ++report.notBack;
            continue;
        }
        if (auto ok = copy.forgetYield(guid); !ok)
            return ok;
    }
    return {};
}

Result<std::unique_ptr<PgConnection>> connectTo(const QString &url)
{
    return PgConnection::connect(url);
}

} // namespace

Result<PublishReport> publishProject(Project &project, const QString &url)
{
    WorkingCopy copy(project);
    auto bound = copy.binding();
    if (!bound)
        return failure(bound.error());
    if (*bound)
        return failure(QStringLiteral("%1 is already a working copy of the team project at %2.")
                           .arg(project.fileName(), (*bound)->url));
    auto connection = connectTo(url);
    if (!connection)
        return failure(connection.error());
    PgConnection &db = **connection;
    TeamServer server(db);
    auto projectGuid = projectGuidOf(project);
    if (!projectGuid)
        return failure(projectGuid.error());
    const QString origin = newGuid();
    const QString author = project.currentCoder();
    PublishReport report;
    report.url = db.safeUrl();

    PgTransaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return failure(ok.error());
    if (auto ok = server.createProject(*projectGuid, project.name(), author); !ok)
        return failure(ok.error());
    if (auto ok = db.copyStart("COPY marginalia.changes(change_guid, origin, author, kind, object_key, op, state, "
                               "base_xid, base_id) FROM STDIN");
        !ok)
        return failure(ok.error());
    const QByteArray originBytes = origin.toUtf8();
    const QByteArray authorBytes = author.toUtf8();
    QByteArray line;
    auto streamed = copy.forEachObject([&](const ChangeRecord &change) -> Result<void> {
        line.clear();
        appendCopyField(line, newGuid().toUtf8(), false);
        appendCopyField(line, originBytes, false);
        appendCopyField(line, authorBytes, false);
        appendCopyField(line, change.kind.toUtf8(), false);
        appendCopyField(line, change.key.toUtf8(), false);
        appendCopyField(line, change.op.toUtf8(), false);
        appendCopyField(line, QJsonDocument(change.state).toJson(QJsonDocument::Compact), false);
        appendCopyField(line, "0", false);
        appendCopyField(line, "0", true);
        ++report.changes;
        return db.copyRow(line);
    });
    if (!streamed) {
        (void)db.copyEnd();
        return failure(streamed.error());
    }
    if (auto ok = db.copyEnd(); !ok)
        return failure(ok.error());
    // Each distinct text once, one at a time.
    {
        auto texts = project.database().prepare("SELECT content_hash, text FROM documents GROUP BY content_hash");
        if (!texts)
            return failure(texts.error());
        if (auto ok = db.copyStart("COPY marginalia.texts(content_hash, body) FROM STDIN"); !ok)
            return failure(ok.error());
        while (texts->step()) {
            line.clear();
            const std::string_view body = texts->utf8(1);
            appendCopyField(line, texts->text(0).toUtf8(), false);
            appendCopyField(line, QByteArray(body.data(), static_cast<qsizetype>(body.size())), true);
            if (auto ok = db.copyRow(line); !ok) {
                (void)db.copyEnd();
                return failure(ok.error());
            }
            ++report.texts;
        }
        if (auto ok = db.copyEnd(); !ok)
            return failure(ok.error());
        if (texts->failed())
            return failure(texts->error());
    }
    // Nobody else could write before this transaction commits (the schema is new in it), so this
    // copy has seen everything up to here.
    auto position = db.query("SELECT pg_current_xact_id()::text, coalesce(max(id), 0) FROM marginalia.changes");
    if (!position)
        return failure(position.error());
    TeamBinding binding;
    binding.url = url;
    binding.projectGuid = *projectGuid;
    binding.origin = origin;
    binding.pulled.xid = position->text(0, 0);
    binding.pulled.id = position->int64(0, 1);
    binding.coder = author;
    if (auto ok = transaction.commit(); !ok)
        return failure(ok.error());
    if (auto ok = copy.bind(binding); !ok)
        return failure(QStringLiteral("The project is on the server, but %1 could not be marked as its working copy: %2")
                           .arg(project.fileName(), ok.error()));
    return report;
}

Result<std::unique_ptr<Project>> joinProject(const QString &url, const QString &outPath, const QString &coder,
                                             SyncReport *report)
{
    auto connection = connectTo(url);
    if (!connection)
        return failure(connection.error());
    TeamServer server(**connection);
    auto serverProject = server.project();
    if (!serverProject)
        return failure(serverProject.error());
    auto project = Project::createUnpublished(outPath);
    if (!project)
        return failure(project.error());
    (*project)->setCurrentCoder(coder);
    if (auto ok = setProjectIdentity(**project, *serverProject); !ok)
        return failure(ok.error());
    WorkingCopy copy(**project);
    TeamBinding binding;
    binding.url = url;
    binding.projectGuid = serverProject->guid;
    binding.origin = newGuid();
    binding.coder = coder;
    if (auto ok = copy.bind(binding); !ok)
        return failure(ok.error());
    // A new coder is made before the pull, so that it is captured and sent. A coder the team
    // already has (someone joining again on a new computer) comes with the pull, with the team's
    // GUID: made here first, it had a GUID of its own that the pull could not replace.
    auto known = server.lastChange(QStringLiteral("coder"), coder);
    if (!known)
        return failure(known.error());
    if (!*known) {
        if (auto ok = (*project)->coderId(coder); !ok)
            return failure(ok.error());
    }
    SyncReport local;
    if (auto ok = pullAll(**project, copy, server, local); !ok)
        return failure(ok.error());
    if (auto ok = copy.setLastSync(nowTimestamp()); !ok)
        return failure(ok.error());
    if (auto ok = (*project)->publish(); !ok)
        return failure(ok.error());
    if (report)
        *report = local;
    return std::move(*project);
}

namespace {

Result<SyncReport> syncOver(Project &project, WorkingCopy &copy, PgConnection &connection, const TeamBinding &bound)
{
    TeamServer server(connection);
    auto serverProject = server.project();
    if (!serverProject)
        return failure(serverProject.error());
    if (serverProject->guid != bound.projectGuid)
        return failure(QStringLiteral("The database at %1 holds another team project (“%2”) than the one %3 belongs to.")
                           .arg(connection.safeUrl(), serverProject->name, project.fileName()));
    SyncReport report;
    if (auto ok = pullAll(project, copy, server, report); !ok)
        return failure(ok.error());
    auto binding = copy.binding();
    if (!binding || !*binding)
        return failure(binding ? QStringLiteral("not a working copy") : binding.error());
    QElapsedTimer pushing;
    pushing.start();
    const qint64 statementsBefore = connection.statementCount();
    QSet<QString> saidNotBack;
    if (auto ok = push(project, copy, server, **binding, report, saidNotBack); !ok)
        return failure(ok.error());
    if (auto ok = settleYields(project, copy, server, (*binding)->pulled, report, saidNotBack); !ok)
        return failure(ok.error());
    report.pushMs = pushing.elapsed();
    report.pushStatements = connection.statementCount() - statementsBefore;
    if (auto ok = pullAll(project, copy, server, report); !ok)
        return failure(ok.error());
    if (auto ok = copy.setLastSync(nowTimestamp()); !ok)
        return failure(ok.error());
    return report;
}

} // namespace

Result<SyncReport> syncProject(Project &project, const QString &url, bool *offline)
{
    if (offline)
        *offline = false;
    WorkingCopy copy(project);
    auto bound = copy.binding();
    if (!bound)
        return failure(bound.error());
    if (!*bound)
        return failure(QStringLiteral("%1 is not a working copy of a team project (publish it or join one first).")
                           .arg(project.fileName()));
    auto connection = PgConnection::connect(url.isEmpty() ? (*bound)->url : url, offline);
    if (!connection)
        return failure(connection.error());
    auto report = syncOver(project, copy, **connection, **bound);
    if (!report && offline)
        *offline = (*connection)->lostConnection();
    return report;
}

Result<TeamStatus> teamStatus(Project &project, bool checkServer)
{
    WorkingCopy copy(project);
    auto bound = copy.binding();
    if (!bound)
        return failure(bound.error());
    if (!*bound)
        return failure(QStringLiteral("%1 is not a working copy of a team project.").arg(project.fileName()));
    TeamStatus status;
    status.url = (*bound)->url;
    status.projectGuid = (*bound)->projectGuid;
    status.lastSync = (*bound)->lastSync;
    auto waiting = copy.waitingCount();
    if (!waiting)
        return failure(waiting.error());
    status.waiting = *waiting;
    auto conflicts = copy.conflicts();
    if (!conflicts)
        return failure(conflicts.error());
    status.conflicts = std::move(*conflicts);
    if (!checkServer)
        return status;
    auto connection = connectTo(status.url);
    if (!connection) {
        status.offlineReason = connection.error();
        return status;
    }
    TeamServer server(**connection);
    auto incoming = server.countAfter((*bound)->pulled);
    if (!incoming) {
        status.offlineReason = incoming.error();
        return status;
    }
    status.online = true;
    status.incoming = *incoming;
    return status;
}

} // namespace marginalia::team
