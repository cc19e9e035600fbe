#include "team/ChangeApplier.h"

#include "project/DocumentStore.h"
#include "project/Project.h"
#include "team/WorkingCopy.h"

#include <array>

namespace marginalia::team {

using namespace local;

ChangeApplier::ChangeApplier(Project &project, TeamServer &server, WorkingCopy &copy, const QString &author,
                             const LogPosition &base, ChangeFootprint *footprint)
    : m_project(project), m_db(project.database()), m_cache(project.database()), m_server(server), m_copy(copy),
      m_author(author), m_base(base), m_footprint(footprint)
{
}

Result<bool> ChangeApplier::conflict(const QString &rule, const QString &kind, const QString &key,
                               const QStringList &guidParts, const QString &message, bool send)
{
    ++conflicts;
    conflictMessages << message;
    TeamConflict note;
    note.guid = conflictGuid(QStringList{rule, kind, key} + guidParts);
    note.rule = rule;
    note.kind = kind;
    note.key = key;
    note.message = message;
    if (auto ok = m_copy.noteConflict(note, m_author, m_base, send); !ok)
        return failure(ok.error());
    return false;
}

Result<std::optional<qint64>> ChangeApplier::idOf(const char *table, const QString &guid)
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

Result<qint64> ChangeApplier::documentLength(qint64 id)
{
    if (const auto found = m_lengths.find(id); found != m_lengths.end())
        return found->second;
    auto length = lookup(m_cache, "SELECT length FROM documents WHERE id = ?1", id);
    if (!length)
        return failure(length.error());
    m_lengths.emplace(id, length->value_or(0));   // a document's text never changes
    return length->value_or(0);
}

void ChangeApplier::forget(const char *table, const QString &guid, qint64 id)
{
    if (qstrcmp(table, "documents") == 0) {
        m_documentIds.erase(guid);
        m_lengths.erase(id);
    } else {
        m_codeIds.erase(guid);
    }
}

Result<qint64> ChangeApplier::coderId(const QString &name)
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

Result<std::optional<qint64>> ChangeApplier::documentId(const QString &guid, const QString &because)
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
    auto restored = upsertDocument(guid, **last);
    if (!restored)
        return failure(restored.error());
    if (!*restored)
        return id;   // not back (its text is missing: upsertDocument recorded that conflict)
    if (auto ok = conflict(QStringLiteral("document-deleted-while-coded"), QStringLiteral("document"), guid, {because},
                           QStringLiteral("Document “%1” had been deleted, but someone coded in it meanwhile: it is "
                                          "back, with its codings.")
                               .arg(textOf(**last, "name")));
        !ok)
        return failure(ok.error());
    return idOf("documents", guid);
}

Result<std::optional<qint64>> ChangeApplier::codeId(const QString &guid, const QString &because, int depth)
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

Result<bool> ChangeApplier::upsertDocument(const QString &guid, const QJsonObject &state)
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

Result<QString> ChangeApplier::freeCodeName(std::optional<qint64> parent, const QString &name)
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

Result<QString> ChangeApplier::nameRule(const QString &guid, std::optional<qint64> parent, const QString &pulledName)
{
    QString name = pulledName;
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
                                   .arg(pulledName, *free));
            !ok)
            return failure(ok.error());
    }
    return name;
}

Result<bool> ChangeApplier::nameRuleOfSkipped(const ChangeRecord &change)
{
    if (change.kind != u"code" || change.op != u"upsert")
        return false;
    std::optional<qint64> parent;
    if (const QString parentGuid = textOf(change.state, "parent"); !parentGuid.isEmpty()) {
        auto id = idOf("codes", parentGuid);
        if (!id)
            return failure(id.error());
        if (!*id)
            return false;   // no such parent here: no code under it to clash with
        parent = *id;
    }
    const int before = conflicts;
    auto named = nameRule(change.key, parent, textOf(change.state, "name"));
    if (!named)
        return failure(named.error());
    return conflicts != before;
}

Result<bool> ChangeApplier::upsertCode(const QString &guid, const QJsonObject &state, int depth)
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
    auto named = nameRule(guid, parent, textOf(state, "name"));
    if (!named)
        return failure(named.error());
    const QString name = *named;
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

Result<bool> ChangeApplier::applyCoding(const ChangeRecord &change)
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
        touchedCoding((*before)[0], (*before)[1], (*before)[2], -1);
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
    // Put back as the server has it: that is the server's last change of this coding, but a later
    // change of another coding at its place took the place from it on every copy (even if that one
    // has moved on or been deleted since): it is nowhere in the team's state, so not here either.
    // Restoring it there regardless left a coding here that no other copy has, reported as back.
    if (restoring) {
        auto displaced = m_server.codingPlaceTakenAfter(change);
        if (!displaced)
            return failure(displaced.error());
        if (*displaced) {
            if (!before)
                return false;
            touchedCoding((*before)[0], (*before)[1], (*before)[2], -1);
            return write(m_cache, "DELETE FROM codings WHERE id = ?1", (*before)[0]);
        }
    }
    // Another coding at this place (document, code, coder, range; a project holds one there): the one
    // whose change comes later in the log takes it, on every copy alike (docs/ARCHITECTURE.md).
    if (auto occupied = takePlace(change, **document, **code, *coder); !occupied)
        return failure(occupied.error());
    else if (*occupied == Place::Yields) {
        if (!before)
            return false;
        // It was here elsewhere: it leaves, as it does on the copies that get the local one after it.
        touchedCoding((*before)[0], (*before)[1], (*before)[2], -1);
        return write(m_cache, "DELETE FROM codings WHERE id = ?1", (*before)[0]);
    }
    auto written = write(m_cache,
                         "INSERT INTO codings(guid, document_id, code_id, start, end, coder_id, memo, created) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                         "ON CONFLICT(guid) DO UPDATE SET document_id = excluded.document_id, code_id = excluded.code_id, "
                         "start = excluded.start, end = excluded.end, coder_id = excluded.coder_id, memo = excluded.memo",
                         key, **document, **code, start, end, *coder, textOf(state, "memo"), textOf(state, "created"));
    if (!written)
        return written;
    if (before) {
        touchedCoding((*before)[0], (*before)[1], (*before)[2], -1);   // moved: out of where it was,
        touchedCoding((*before)[0], **document, **code, +1);            // into where it is
    } else {
        touchedCoding(m_db.lastInsertId(), **document, **code, +1);
    }
    return true;
}

Result<bool> ChangeApplier::takePlaceOfSkipped(const ChangeRecord &change)
{
    if (change.kind != u"coding" || change.op != u"upsert")
        return false;
    const QJsonObject &state = change.state;
    // Plain look-ups: a document, code or coder missing here means no coding at that place (the
    // conflicts of a missing target belong to applying the change, which is not done).
    auto document = idOf("documents", textOf(state, "document"));
    if (!document)
        return failure(document.error());
    auto code = idOf("codes", textOf(state, "code"));
    if (!code)
        return failure(code.error());
    auto coder = lookup(m_cache, "SELECT id FROM coders WHERE name = ?1", textOf(state, "coder"));
    if (!coder)
        return failure(coder.error());
    if (!*document || !*code || !*coder)
        return false;
    auto taken = takePlace(change, **document, **code, **coder, true);
    if (!taken)
        return failure(taken.error());
    return *taken == Place::Taken;
}

Result<ChangeApplier::Place> ChangeApplier::takePlace(const ChangeRecord &change, qint64 document, qint64 code,
                                                      qint64 coder, bool skipped)
{
    const QJsonObject &state = change.state;
    const qint64 start = state.value(u"start").toInteger();
    const qint64 end = state.value(u"end").toInteger();
    qint64 otherId = 0;
    QString otherGuid;
    QString otherMemo;
    {
        auto row = m_cache.get("SELECT id, guid, memo FROM codings WHERE document_id = ?1 AND code_id = ?2 "
                               "AND coder_id = ?3 AND start = ?4 AND end = ?5 AND guid <> ?6");
        if (!row)
            return failure(row.error());
        (*row)->bind(1, document).bind(2, code).bind(3, coder).bind(4, start).bind(5, end).bind(6, change.key);
        if ((*row)->step()) {
            otherId = (*row)->int64(0);
            otherGuid = (*row)->text(1);
            otherMemo = (*row)->text(2);
        } else if ((*row)->failed()) {
            return failure((*row)->error());
        }
        (*row)->reset();
    }
    if (!otherId)
        return Place::Free;
    // The one here with local changes not sent yet goes to the server after this change, so it is
    // the later one: the pulled coding yields (as it will on every copy once that one arrives).
    // Otherwise the pulled change is the later one and the coding here leaves. Keeping the first
    // one instead left this copy with a coding the others lack or without one they have.
    auto local = lookup(m_cache,
                        "SELECT 1 FROM team_outbox WHERE kind = 'coding' AND key = ?1 "
                        "UNION ALL SELECT 1 FROM team_pending WHERE kind = 'coding' AND key = ?1 AND op <> 'note'",
                        otherGuid);
    if (!local)
        return failure(local.error());
    if (restoring) {
        // A restore applies the server's last change of the object, which applyCoding found is still
        // the latest at its place in the log: on every copy it holds the place, and the one here
        // (pulled earlier in the log, or put here by this copy's own undone change) does not. Only a
        // local change still waiting (another refused one, undone after this) keeps the place for
        // now: this restore is then not done, and is tried again or reported.
        if (local->has_value()) {
            conflictMessages << QStringLiteral("Another coding holds its place (%1–%2) here.").arg(start).arg(end);
            return Place::Yields;
        }
        touchedCoding(otherId, document, code, -1);
        if (auto ok = write(m_cache, "DELETE FROM codings WHERE id = ?1", otherId); !ok)
            return failure(ok.error());
        return Place::Taken;
    }
    const bool yields = local->has_value();
    if (skipped && yields)
        return Place::Yields;   // both local: both go to the server, the later one keeps the place everywhere
    const QString pulledMemo = textOf(state, "memo");
    const QString lostMemo = yields ? pulledMemo : otherMemo;
    const QString keptMemo = yields ? otherMemo : pulledMemo;
    // The coding that leaves does not come back, not even if the one kept is deleted later: both
    // said the same thing (this coder gave this passage this code), the coder who deletes the kept
    // one sees one coding there and means the passage to be uncoded, and bringing the other back
    // would undo that deletion on every copy without anyone asking. So every displacement is said
    // when it happens, with the memo that leaves (if it is not the kept one's): a conflict everyone
    // sees (every copy finds the same pair and memo, so it is sent once). The copy where the pulled
    // one yields keeps its note to itself: the local one may still be refused and the pulled one come
    // back; the copies that take the place once the local one arrives send it.
    {
        QString documentName;
        QString codeName;
        auto names = m_cache.get("SELECT (SELECT name FROM documents WHERE id = ?1), (SELECT name FROM codes WHERE id = ?2)");
        if (!names)
            return failure(names.error());
        (*names)->bind(1, document).bind(2, code);
        if ((*names)->step()) {
            documentName = (*names)->text(0);
            codeName = (*names)->text(1);
        } else if ((*names)->failed()) {
            return failure((*names)->error());
        }
        (*names)->reset();
        QStringList pair{change.key, otherGuid};
        pair.sort();
        QString message = QStringLiteral("Two codings by %1 with the code “%2” came to the same passage of “%3” (%4–%5): "
                                         "the one changed later is kept and the other is removed; it does not come "
                                         "back if the kept one is deleted.")
                              .arg(textOf(state, "coder"), codeName, documentName, QString::number(start),
                                   QString::number(end));   // one pass: a "%4" in a name stays as it is
        if (!lostMemo.isEmpty() && lostMemo != keptMemo)
            message += QStringLiteral(" The memo of the other was not kept: “%1”.").arg(lostMemo);
        if (auto ok = conflict(QStringLiteral("coding-same-place"), QStringLiteral("coding"), pair.first(),
                               pair + QStringList{lostMemo}, message, !yields);
            !ok)
            return failure(ok.error());
    }
    if (yields) {
        if (auto ok = m_copy.recordYield(change.key, otherGuid); !ok)
            return failure(ok.error());
        return Place::Yields;
    }
    touchedCoding(otherId, document, code, -1);
    if (auto ok = write(m_cache, "DELETE FROM codings WHERE id = ?1", otherId); !ok)
        return failure(ok.error());
    return Place::Taken;
}

Result<bool> ChangeApplier::apply(const ChangeRecord &change)
{
    const QString &kind = change.kind;
    const QString &key = change.key;
    const QJsonObject &state = change.state;
    const bool upsert = change.op == u"upsert";
    if (kind == u"coder") {
        if (!upsert)
            return false;
        // Coders are matched by name; the GUID is the log's latest (a member joining again as an
        // existing coder made a second one locally, and sends it: every copy takes it).
        auto added = write(m_cache,
                           "INSERT INTO coders(guid, name) VALUES (?1, ?2) "
                           "ON CONFLICT(name) DO UPDATE SET guid = excluded.guid WHERE guid <> excluded.guid",
                           textOf(state, "guid"), key);
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

} // namespace marginalia::team
