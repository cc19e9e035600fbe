#pragma once

#include "common/Result.h"

#include <QtGlobal>

#include <functional>
#include <utility>

namespace marginalia {

class Project;

struct IndexingProgress
{
    qint64 documentsDone = 0;
    qint64 documentsTotal = 0;
    qint64 charactersDone = 0;    // code points of the documents' texts
    qint64 charactersTotal = 0;
};

// Called after each batch; returning false stops the work after that batch.
using IndexingProgressCallback = std::function<bool(const IndexingProgress &)>;

struct IndexingReport
{
    qint64 documents = 0;
    qint64 characters = 0;
    qint64 postponed = 0;   // documents the gate held back: still waiting
    bool cancelled = false;
};

// Asked before each document with its length in characters: false leaves it waiting for a later run.
using IndexingGate = std::function<bool(qint64 characters)>;

// Builds the full-text index for documents that were stored without it. Importing only stores
// the text (and lists the document in document_fts_pending), because indexing costs several times
// the rest of an import; the index follows here, in the GUI on a thread of its own, in the CLI
// after the import has committed. Searches read the waiting documents' texts directly, so nothing
// is missed meanwhile.
class SearchIndexer
{
public:
    // About a fifth of a second of indexing: a writer on another connection (the GUI coding while
    // the indexer works) waits at most for one batch.
    static constexpr qint64 kDefaultBatchCharacters = 400'000;
    // For a writer that holds the project anyway (the CLI's import): each commit makes FTS5 write out what it holds
    // and SQLite copy the WAL back, so the 40 MB benchmark corpus indexed in one transaction took 4.0 s of CPU instead
    // of 4.6 s in 72 batches (bench/BenchImport.cpp). The WAL then grows to about twice the batch's text.
    static constexpr qint64 kBulkBatchCharacters = 64'000'000;

    explicit SearchIndexer(Project &project) : m_project(project) {}

    // A document is indexed in one transaction, however long it is; the GUI uses the gate to keep
    // long ones for a moment when nobody is editing, so that an edit does not wait seconds for one.
    void setGate(IndexingGate gate) { m_gate = std::move(gate); }

    // The documents waiting to be indexed, and their size.
    Result<IndexingProgress> pending();
    // Indexes the waiting documents in batches of about batchCharacters, one transaction each, so
    // that stopping (a cancel, a crash) loses at most the batch under way and never leaves the index
    // out of step with the texts.
    Result<IndexingReport> indexPending(const IndexingProgressCallback &progress = {},
                                        qint64 batchCharacters = kDefaultBatchCharacters);

private:
    Project &m_project;
    IndexingGate m_gate;
};

} // namespace marginalia
