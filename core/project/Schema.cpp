#include "project/Schema.h"

namespace marginalia {

namespace {

// Version 2: documents are stored at once and indexed for search afterwards (SearchIndexer), in
// batches, off the import. A document is in document_fts or listed here, never both; searches read
// the listed ones' text directly, so they find everything meanwhile.
const char *const kPendingIndexTable =
    R"(CREATE TABLE document_fts_pending(
           document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE))";

} // namespace

const std::vector<const char *> &schemaStatements()
{
    static const std::vector<const char *> statements = {
        R"(CREATE TABLE project_info(
               key   TEXT PRIMARY KEY,
               value TEXT NOT NULL) WITHOUT ROWID)",

        R"(CREATE TABLE coders(
               id   INTEGER PRIMARY KEY,
               guid TEXT NOT NULL UNIQUE,
               name TEXT NOT NULL UNIQUE))",

        // Text is stored once, NFC, "\n" line endings. length counts code points; tail holds the
        // last two code points so short searches can use an index (see TextSearch).
        R"(CREATE TABLE documents(
               id            INTEGER PRIMARY KEY,
               guid          TEXT NOT NULL UNIQUE,
               name          TEXT NOT NULL,
               length        INTEGER NOT NULL CHECK (length >= 0),
               tail          TEXT NOT NULL,
               content_hash  TEXT NOT NULL,
               source_format TEXT,
               source_encoding TEXT,
               source_path   TEXT,
               memo          TEXT,
               imported_at   TEXT NOT NULL,
               imported_by   INTEGER REFERENCES coders(id),
               text          TEXT NOT NULL))",
        "CREATE INDEX documents_name ON documents(name)",
        "CREATE INDEX documents_hash ON documents(content_hash)",
        "CREATE INDEX documents_tail ON documents(tail, id)",

        // One row per non-empty line: the unit coding snaps to and co-occurrence can use.
        R"(CREATE TABLE paragraphs(
               document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
               number      INTEGER NOT NULL,
               start       INTEGER NOT NULL,
               end         INTEGER NOT NULL,
               speaker     TEXT,
               PRIMARY KEY (document_id, number)) WITHOUT ROWID)",

        R"(CREATE TABLE attributes(
               id       INTEGER PRIMARY KEY,
               name     TEXT NOT NULL UNIQUE,
               type     TEXT NOT NULL DEFAULT 'text'
                        CHECK (type IN ('text', 'integer', 'real', 'boolean', 'date')),
               position INTEGER NOT NULL DEFAULT 0))",

        R"(CREATE TABLE document_attributes(
               document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
               attribute_id INTEGER NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,
               value        NOT NULL,
               PRIMARY KEY (document_id, attribute_id)) WITHOUT ROWID)",
        "CREATE INDEX document_attributes_value ON document_attributes(attribute_id, value, document_id)",

        R"(CREATE TABLE cases(
               id   INTEGER PRIMARY KEY,
               guid TEXT NOT NULL UNIQUE,
               name TEXT NOT NULL UNIQUE,
               memo TEXT))",
        R"(CREATE TABLE case_documents(
               case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
               document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
               PRIMARY KEY (case_id, document_id)) WITHOUT ROWID)",

        R"(CREATE TABLE codes(
               id          INTEGER PRIMARY KEY,
               guid        TEXT NOT NULL UNIQUE,
               parent_id   INTEGER REFERENCES codes(id) ON DELETE RESTRICT,
               name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
               color       TEXT NOT NULL DEFAULT '#888888',
               description TEXT NOT NULL DEFAULT '',
               memo        TEXT,
               position    INTEGER NOT NULL DEFAULT 0,
               created     TEXT NOT NULL))",
        // Sibling names are unique; roots (NULL parent) count as siblings of each other.
        "CREATE UNIQUE INDEX codes_sibling_name ON codes(ifnull(parent_id, 0), name)",
        "CREATE INDEX codes_parent ON codes(parent_id, position)",

        R"(CREATE TABLE codings(
               id          INTEGER PRIMARY KEY,
               guid        TEXT NOT NULL UNIQUE,
               document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
               code_id     INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
               start       INTEGER NOT NULL CHECK (start >= 0),
               end         INTEGER NOT NULL CHECK (end > start),
               coder_id    INTEGER NOT NULL REFERENCES coders(id),
               memo        TEXT,
               created     TEXT NOT NULL))",
        "CREATE UNIQUE INDEX codings_identity ON codings(document_id, code_id, coder_id, start, end)",
        "CREATE INDEX codings_by_code ON codings(code_id, document_id, coder_id)",
        "CREATE INDEX codings_by_coder ON codings(coder_id)",

        // Append-only: the audit trail of who changed what, and when.
        R"(CREATE TABLE journal(
               id     INTEGER PRIMARY KEY,
               at     TEXT NOT NULL,
               coder  TEXT NOT NULL,
               action TEXT NOT NULL,
               detail TEXT NOT NULL DEFAULT '{}'))",
        R"(CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
           BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END)",
        R"(CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
           BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END)",

        // Kept in step with documents by DocumentStore (not by triggers, which trusted_schema=OFF
        // would refuse for a virtual table).
        // detail=none keeps only which documents hold each trigram, not where: half the size and
        // twice the import speed of a full index. Searches AND the query's trigrams to find candidate
        // documents and then locate the hits exactly in their text (TextSearch).
        R"(CREATE VIRTUAL TABLE document_fts USING fts5(
               text, content='documents', content_rowid='id', tokenize='trigram', detail='none'))",
        // Every trigram occurrence: lets queries shorter than a trigram find their documents by prefix.
        "CREATE VIRTUAL TABLE document_fts_instances USING fts5vocab(document_fts, 'instance')",
        kPendingIndexTable,

        // Analysis (core/analysis): co-occurrence finds the codings starting inside a coding by a range scan; the
        // matrix reads codings in (document, start) and (code, document, start) order without sorting them.
        "CREATE INDEX codings_by_position ON codings(document_id, start, end, code_id, coder_id)",
        "CREATE INDEX codings_by_code_position ON codings(code_id, document_id, start, end, coder_id)",
        // Co-occurrence within a paragraph: the paragraphs a coding touches, by a range search on their ends.
        "CREATE INDEX paragraphs_by_end ON paragraphs(document_id, end, start, number)",
        // The project's edits to the shipped stop-word lists (resources/stopwords): included = 1 adds a word,
        // included = 0 removes a shipped one.
        R"(CREATE TABLE stopwords(
               language TEXT NOT NULL,
               word     TEXT NOT NULL,
               included INTEGER NOT NULL DEFAULT 1 CHECK (included IN (0, 1)),
               PRIMARY KEY (language, word)) WITHOUT ROWID)",
    };
    return statements;
}

std::vector<const char *> migrationStatements(int fromVersion)
{
    switch (fromVersion) {
    case 1:
        return {kPendingIndexTable};   // every document of a version 1 file is indexed already
    default:
        return {};
    }
}

} // namespace marginalia
