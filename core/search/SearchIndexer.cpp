#include "search/SearchIndexer.h"

#include "project/Project.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace marginalia {

Result<IndexingProgress> SearchIndexer::pending()
{
    auto stmt = m_project.database().prepare(
        "SELECT count(*), coalesce(sum(d.length), 0) FROM document_fts_pending p JOIN documents d ON d.id = p.document_id");
    if (!stmt)
        return failure(stmt.error());
    if (!stmt->step())
        return failure(stmt->error());
    IndexingProgress waiting;
    waiting.documentsTotal = stmt->int64(0);
    waiting.charactersTotal = stmt->int64(1);
    return waiting;
}

namespace {

// FTS5 merges the segments of its index as they are written: by default ('automerge' 4) whenever four segments of a
// level exist, so a bulk load merges the same entries again and again. With 16 it merges sixteen at a time (as
// FTS5's own 'crisismerge' does): a fifth less CPU for the same index (bench/BenchImport.cpp), and a query reads at
// most fifteen segments of a level instead of three. The setting lives in the index's own config table, so every
// later write follows it; it is written once per project.
Result<void> mergeInLargerSteps(Database &db)
{
    constexpr int kAutomerge = 16;
    auto current = db.prepare("SELECT v FROM document_fts_config WHERE k = 'automerge'");
    if (!current)
        return failure(current.error());
    if (current->step() && current->int64(0) == kAutomerge)
        return {};
    if (current->failed())
        return failure(current->error());
    current->reset();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    auto set = db.prepare("INSERT INTO document_fts(document_fts, rank) VALUES ('automerge', ?1)");
    if (!set)
        return failure(set.error());
    if (auto ok = set->bind(1, static_cast<qint64>(kAutomerge)).run(); !ok)
        return ok;
    return transaction->commit();
}

} // namespace

Result<IndexingReport> SearchIndexer::indexPending(const IndexingProgressCallback &progress, qint64 batchCharacters)
{
    Database &db = m_project.database();
    // The work list, read once: documents added meanwhile wait for the next run.
    std::vector<std::pair<qint64, qint64>> waiting;   // (document, length)
    {
        auto list = db.prepare("SELECT p.document_id, d.length FROM document_fts_pending p"
                               " JOIN documents d ON d.id = p.document_id ORDER BY p.document_id");
        if (!list)
            return failure(list.error());
        while (list->step())
            waiting.emplace_back(list->int64(0), list->int64(1));
        if (list->failed())
            return failure(list->error());
    }
    IndexingProgress state;
    state.documentsTotal = static_cast<qint64>(waiting.size());
    for (const auto &[id, length] : waiting)
        state.charactersTotal += length;

    // The text is copied from documents inside SQLite. A document deleted since the list was read
    // has no row to copy, and it is no longer pending: both statements then do nothing.
    auto index = db.prepare("INSERT INTO document_fts(rowid, text) SELECT d.id, d.text FROM documents d"
                            " WHERE d.id = ?1 AND EXISTS (SELECT 1 FROM document_fts_pending WHERE document_id = ?1)");
    auto done = db.prepare("DELETE FROM document_fts_pending WHERE document_id = ?1");
    if (!index || !done)
        return failure(index ? done.error() : index.error());

    const BulkWriteScope bulk(db);
    if (auto ok = mergeInLargerSteps(db); !ok)
        return failure(ok.error());
    IndexingReport report;
    size_t next = 0;
    while (next < waiting.size()) {
        auto transaction = Transaction::begin(db);
        if (!transaction)
            return failure(transaction.error());
        qint64 batch = 0;
        for (; next < waiting.size() && (batch == 0 || batch < batchCharacters); ++next) {
            const auto [id, length] = waiting[next];
            ++state.documentsDone;
            state.charactersDone += length;
            if (m_gate && !m_gate(length)) {
                ++report.postponed;
                continue;
            }
            index->reset();
            if (auto ok = index->bind(1, id).run(); !ok)
                return failure(ok.error());
            done->reset();
            if (auto ok = done->bind(1, id).run(); !ok)
                return failure(ok.error());
            batch += std::max<qint64>(length, 1);
            ++report.documents;
            report.characters += length;
        }
        if (auto ok = transaction->commit(); !ok)
            return failure(ok.error());
        if (progress && next < waiting.size() && !progress(state)) {
            report.cancelled = true;
            return report;
        }
    }
    if (progress)
        progress(state);
    return report;
}

} // namespace marginalia
