#include "project/Schema.h"

#include "project/ParagraphSpans.h"

#include <string_view>

namespace marginalia {

namespace {

// The statements of a list made as strings (kept for the program's lifetime), as the lists hand them out.
std::vector<const char *> pointersTo(const std::vector<std::string> &owned)
{
    std::vector<const char *> pointers;
    pointers.reserve(owned.size());
    for (const std::string &statement : owned)
        pointers.push_back(statement.c_str());
    return pointers;
}

// Version 2: documents are stored at once and indexed for search afterwards (SearchIndexer), in
// batches, off the import. A document is in document_fts or listed here, never both; searches read
// the listed ones' text directly, so they find everything meanwhile.
const char *const kPendingIndexTable =
    R"(CREATE TABLE document_fts_pending(
           document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE))";

// Version 3: team projects (core/team). Every project has these; only a working copy bound to a team
// server (team_capture holds its one row) fills them. The triggers note which object each committed
// change touched — whatever made it: an edit, an undo, an import, a merge — in the same transaction;
// `team sync` turns the notes into change records (team_pending) and sends them. Applying changes
// pulled from the server empties team_capture for its transaction, so they are not sent back.
const std::vector<const char *> &teamStatements()
{
    static const std::vector<std::string> owned = [] {
        std::vector<std::string> list = {
            "CREATE TABLE team_capture(id INTEGER PRIMARY KEY CHECK (id = 1))",
            R"(CREATE TABLE team_outbox(
                   seq  INTEGER PRIMARY KEY,
                   kind TEXT NOT NULL,
                   key  TEXT NOT NULL,
                   UNIQUE (kind, key)))",
            R"(CREATE TABLE team_pending(
                   seq   INTEGER PRIMARY KEY,
                   guid  TEXT NOT NULL UNIQUE,
                   kind  TEXT NOT NULL,
                   key   TEXT NOT NULL,
                   op    TEXT NOT NULL CHECK (op IN ('upsert', 'delete', 'note')),
                   state TEXT,
                   base  TEXT NOT NULL))",
            "CREATE INDEX team_pending_object ON team_pending(kind, key)",
            R"(CREATE TABLE team_conflicts(
                   guid    TEXT PRIMARY KEY,
                   at      TEXT NOT NULL,
                   rule    TEXT NOT NULL,
                   kind    TEXT NOT NULL,
                   key     TEXT NOT NULL,
                   message TEXT NOT NULL) WITHOUT ROWID)",
        };
        // One trigger per table and event; `keys` is a SELECT of the outbox rows (kind, key) it notes.
        const auto trigger = [&list](const char *table, const char *event, const std::string &keys) {
            list.push_back(std::string("CREATE TRIGGER team_") + table + "_" + event + " AFTER " + event + " ON "
                           + table + " WHEN EXISTS (SELECT 1 FROM team_capture) BEGIN "
                           + "INSERT OR IGNORE INTO team_outbox(kind, key) " + keys + "; END");
        };
        const auto byColumn = [&trigger](const char *table, const char *kind, const char *column) {
            const std::string k = std::string("SELECT '") + kind + "', ";
            trigger(table, "INSERT", k + "NEW." + column);
            trigger(table, "UPDATE", k + "OLD." + column + " UNION SELECT '" + kind + "', NEW." + column);
            trigger(table, "DELETE", k + "OLD." + column);
        };
        byColumn("coders", "coder", "name");
        byColumn("documents", "document", "guid");
        byColumn("cases", "case", "guid");
        byColumn("codes", "code", "guid");
        byColumn("codings", "coding", "guid");
        // Attributes are known by name; renaming one renames the key of each of its values too.
        trigger("attributes", "INSERT", "SELECT 'attribute', NEW.name");
        trigger("attributes", "UPDATE",
                "SELECT 'attribute', OLD.name UNION SELECT 'attribute', NEW.name "
                "UNION SELECT 'value', d.guid || '/' || n.name FROM document_attributes v "
                "JOIN documents d ON d.id = v.document_id, (SELECT OLD.name AS name UNION SELECT NEW.name) n "
                "WHERE v.attribute_id = NEW.id AND OLD.name IS NOT NEW.name");
        trigger("attributes", "DELETE", "SELECT 'attribute', OLD.name");
        // A value is known by its document's GUID and its attribute's name; none is noted when either
        // is gone already (a cascade: the document's or attribute's own change carries it).
        for (const char *row : {"NEW", "OLD"}) {
            const std::string r(row);
            const std::string value = "SELECT 'value', d.guid || '/' || a.name FROM documents d, attributes a "
                                      "WHERE d.id = " + r + ".document_id AND a.id = " + r + ".attribute_id";
            const std::string member = "SELECT 'case_document', c.guid || '/' || d.guid FROM cases c, documents d "
                                       "WHERE c.id = " + r + ".case_id AND d.id = " + r + ".document_id";
            if (r == "NEW") {
                trigger("document_attributes", "INSERT", value);
                trigger("case_documents", "INSERT", member);
            } else {
                trigger("document_attributes", "DELETE", value);
                trigger("case_documents", "DELETE", member);
            }
        }
        trigger("document_attributes", "UPDATE",
                "SELECT 'value', d.guid || '/' || a.name FROM documents d, attributes a "
                "WHERE d.id = NEW.document_id AND a.id = NEW.attribute_id");
        return list;
    }();
    static const std::vector<const char *> statements = pointersTo(owned);
    return statements;
}

// Version 4: the number of rows of the unbounded tables, kept by the database itself in the same
// transaction as every change (RowCounts): whatever inserts or deletes a coding or document — an edit,
// its undo, an import, a merge, a team sync, a foreign-key cascade — fires these triggers, so no writer
// needs code of its own and a total costs one row's read instead of a count over the table. An UPDATE
// does not change a row count. The connection turns recursive_triggers on, so that a REPLACE that
// deletes a row to make room fires the delete trigger too. The last statement fills the counts: 0 in
// a new project, one count of each table in the upgrade of an older one (in its transaction).
const std::vector<const char *> &rowCountStatements()
{
    static const std::vector<std::string> owned = [] {
        std::vector<std::string> list = {
            R"(CREATE TABLE row_counts(
                   table_name TEXT PRIMARY KEY CHECK (table_name IN ('codings', 'documents')),
                   row_count  INTEGER NOT NULL) WITHOUT ROWID)",
        };
        for (const std::string table : {"codings", "documents"}) {
            list.push_back("CREATE TRIGGER row_counts_" + table + "_insert AFTER INSERT ON " + table
                           + " BEGIN UPDATE row_counts SET row_count = row_count + 1 WHERE table_name = '" + table
                           + "'; END");
            list.push_back("CREATE TRIGGER row_counts_" + table + "_delete AFTER DELETE ON " + table
                           + " BEGIN UPDATE row_counts SET row_count = row_count - 1 WHERE table_name = '" + table
                           + "'; END");
        }
        list.push_back("INSERT INTO row_counts(table_name, row_count) VALUES "
                       "('codings', (SELECT count(*) FROM codings)), ('documents', (SELECT count(*) FROM documents))");
        return list;
    }();
    static const std::vector<const char *> statements = pointersTo(owned);
    return statements;
}

// Version 5: the codings per code, document and coder, kept like the row counts (format 4) by triggers on codings in
// the same transaction as every change, so the codebook's frequencies and the document list's counts are read from
// a few thousand rows instead of a GROUP BY over every coding (CodingCounts). Three tables:
//   coding_counts              (document, code, coder) -> codings, coded characters: answers coder and document
//                              filters, and tells whether a code still has codings in a document (keyed in the
//                              order of the index codings_identity, so filling and comparing it read both in order);
//   coding_counts_by_code      code -> codings, documents, coded characters (the codebook);
//   coding_counts_by_document  document -> codings (the document list).
// Rows at zero are deleted, so each table equals the GROUP BY it stands for (CodingCounts::disagreement compares
// them). An UPDATE that moves a coding to another code, document or coder, or changes its span, takes it out and
// puts it in again. With the same recursive_triggers as row_counts, a REPLACE's implicit delete is counted too.
// The last statements fill them: nothing in a new project, one pass over the codings in the upgrade.
// Also a partial index of the codings that have a memo, so All Memos reads those alone instead of every coding.
const std::vector<const char *> &codingCountStatements()
{
    static const std::vector<std::string> owned = [] {
        std::vector<std::string> list = {
            R"(CREATE TABLE coding_counts(
                   code_id     INTEGER NOT NULL,
                   document_id INTEGER NOT NULL,
                   coder_id    INTEGER NOT NULL,
                   codings     INTEGER NOT NULL,
                   characters  INTEGER NOT NULL,
                   PRIMARY KEY (document_id, code_id, coder_id)) WITHOUT ROWID)",
            R"(CREATE TABLE coding_counts_by_code(
                   code_id    INTEGER PRIMARY KEY,
                   codings    INTEGER NOT NULL,
                   documents  INTEGER NOT NULL,
                   characters INTEGER NOT NULL))",
            R"(CREATE TABLE coding_counts_by_document(
                   document_id INTEGER PRIMARY KEY,
                   codings     INTEGER NOT NULL))",
        };
        // One coding (row r: NEW or OLD) counted in, or out. The code's number of documents moves when the first
        // coding of the code enters a document, or its last one leaves: asked of coding_counts before it is
        // changed on the way in, after on the way out.
        const auto in = [](const std::string &r) {
            const std::string span = "(" + r + ".end - " + r + ".start)";
            return "INSERT INTO coding_counts_by_code(code_id, codings, documents, characters) VALUES (" + r
                + ".code_id, 1, NOT EXISTS (SELECT 1 FROM coding_counts WHERE code_id = " + r
                + ".code_id AND document_id = " + r + ".document_id), " + span
                + ") ON CONFLICT(code_id) DO UPDATE SET codings = codings + 1, documents = documents + excluded.documents,"
                  " characters = characters + excluded.characters; "
                  "INSERT INTO coding_counts(code_id, document_id, coder_id, codings, characters) VALUES ("
                + r + ".code_id, " + r + ".document_id, " + r + ".coder_id, 1, " + span
                + ") ON CONFLICT(code_id, document_id, coder_id) DO UPDATE SET codings = codings + 1,"
                  " characters = characters + excluded.characters; "
                  "INSERT INTO coding_counts_by_document(document_id, codings) VALUES ("
                + r + ".document_id, 1) ON CONFLICT(document_id) DO UPDATE SET codings = codings + 1; ";
        };
        const auto out = [](const std::string &r) {
            const std::string span = "(" + r + ".end - " + r + ".start)";
            const std::string key = "code_id = " + r + ".code_id AND document_id = " + r + ".document_id AND coder_id = "
                + r + ".coder_id";
            return "UPDATE coding_counts SET codings = codings - 1, characters = characters - " + span + " WHERE " + key
                + "; DELETE FROM coding_counts WHERE " + key + " AND codings <= 0; "
                  "UPDATE coding_counts_by_code SET codings = codings - 1, characters = characters - " + span
                + ", documents = documents - NOT EXISTS (SELECT 1 FROM coding_counts WHERE code_id = " + r
                + ".code_id AND document_id = " + r + ".document_id) WHERE code_id = " + r
                + ".code_id; DELETE FROM coding_counts_by_code WHERE code_id = " + r
                + ".code_id AND codings <= 0; "
                  "UPDATE coding_counts_by_document SET codings = codings - 1 WHERE document_id = " + r
                + ".document_id; DELETE FROM coding_counts_by_document WHERE document_id = " + r
                + ".document_id AND codings <= 0; ";
        };
        list.push_back("CREATE TRIGGER coding_counts_insert AFTER INSERT ON codings BEGIN " + in("NEW") + "END");
        list.push_back("CREATE TRIGGER coding_counts_delete AFTER DELETE ON codings BEGIN " + out("OLD") + "END");
        list.push_back("CREATE TRIGGER coding_counts_update AFTER UPDATE OF code_id, document_id, coder_id, start, end "
                       "ON codings WHEN OLD.code_id IS NOT NEW.code_id OR OLD.document_id IS NOT NEW.document_id "
                       "OR OLD.coder_id IS NOT NEW.coder_id OR OLD.start IS NOT NEW.start OR OLD.end IS NOT NEW.end "
                       "BEGIN " + out("OLD") + in("NEW") + "END");
        list.push_back("CREATE INDEX codings_with_memo ON codings(document_id, start) "
                       "WHERE memo IS NOT NULL AND trim(memo) <> ''");
        for (const char *fill : codingCountFillStatements())
            list.emplace_back(fill);
        return list;
    }();
    static const std::vector<const char *> statements = pointersTo(owned);
    return statements;
}

// Version 5: each document's paragraph rows copied into one blob, for citing (ParagraphSpans: written with the rows,
// dropped by any other change of them, compared with them on opening). Filled by the upgrade from the rows
// (ParagraphSpans::rebuild, after these).
const std::vector<const char *> &paragraphSpanStatements()
{
    // A row of a document changed or deleted by any writer drops the document's copy: its rows are read from then on.
    // Rows are inserted only with their document (DocumentStore writes the copy after them); a trigger on INSERT
    // would cost every import a quarter more time (a statement journal per batch), so a row another program inserts
    // is found by the comparison on opening (the file changed, so it is checked).
    static const std::vector<const char *> statements = {
        R"(CREATE TABLE paragraph_spans(
               document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
               spans       BLOB NOT NULL))",
        "CREATE TRIGGER paragraph_spans_update AFTER UPDATE ON paragraphs "
        "BEGIN DELETE FROM paragraph_spans WHERE document_id IN (OLD.document_id, NEW.document_id); END",
        "CREATE TRIGGER paragraph_spans_delete AFTER DELETE ON paragraphs "
        "BEGIN DELETE FROM paragraph_spans WHERE document_id = OLD.document_id; END",
    };
    return statements;
}

} // namespace


const std::vector<const char *> &codingCountFillStatements()
{
    // From the codings as they are, each in the order of an index that covers it (no sort): (document, code, coder) as
    // codings_identity, code as codings_by_code_position, document as codings_by_position.
    static const std::vector<const char *> statements = {
        "INSERT INTO coding_counts(document_id, code_id, coder_id, codings, characters) "
        "SELECT document_id, code_id, coder_id, count(*), sum(end - start) FROM codings "
        "GROUP BY document_id, code_id, coder_id",
        "INSERT INTO coding_counts_by_code(code_id, codings, documents, characters) "
        "SELECT code_id, count(*), count(DISTINCT document_id), sum(end - start) FROM codings GROUP BY code_id",
        "INSERT INTO coding_counts_by_document(document_id, codings) "
        "SELECT document_id, count(*) FROM codings GROUP BY document_id",
    };
    return statements;
}

// ---- Format history ----
// A fresh project of format 2 was created with formatTwoStatements(); each later format is the one before and what
// its step adds (formatSteps). So what a fresh project of every format was created with is kept verbatim, for a file
// to be checked against exactly what Marginalia made (SchemaCheck) and for tests to build old files. None of these
// lists changes once released: a change of the schema is a new format, one more entry in formatSteps() (and
// Project::kSchemaVersion its number).

namespace {

// Format 2, the start of every later one; format 1 is this with the differences of formatOneLayout.
const std::vector<const char *> &formatTwoStatements()
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
        // ---- words (issue 13): the same table holds the project's edits of the Chinese word dictionary
        // (resources/words) as the list whose language is 'dictionary' (ProjectDictionary in
        // core/analysis/WordFrequencies): included = 1 adds a word, 0 says it is not a word. No new table, so
        // no format change: an older Marginalia opens such a project and ignores that list. ----
        R"(CREATE TABLE stopwords(
               language TEXT NOT NULL,
               word     TEXT NOT NULL,
               included INTEGER NOT NULL DEFAULT 1 CHECK (included IN (0, 1)),
               PRIMARY KEY (language, word)) WITHOUT ROWID)",
    };
    return statements;
}

// Format 5: the kept coding counts (filled from the codings by the last of them) and the table of paragraph copies.
const std::vector<const char *> &formatFiveStatements()
{
    static const std::vector<const char *> statements = [] {
        std::vector<const char *> list = codingCountStatements();
        list.insert(list.end(), paragraphSpanStatements().begin(), paragraphSpanStatements().end());
        return list;
    }();
    return statements;
}

// What a fresh project of `version` (2 or later) was created with: format 2's statements, then those of every step up
// to `version`.
std::vector<const char *> statementsOfFormat(int version)
{
    std::vector<const char *> statements = formatTwoStatements();
    for (const FormatStep &step : formatSteps()) {
        if (step.format <= version)
            statements.insert(statements.end(), step.statements().begin(), step.statements().end());
    }
    return statements;
}

// Format 1 changed twice without a version bump, so a format 1 file has one of three layouts:
//   0  first release: full-detail trigram index, no codings_by_position, no stopwords table;
//   1  detail=none index, codings_by_position on (document, start, end, code), stopwords;
//   2  codings_by_position with coder_id, codings_by_code_position, paragraphs_by_end.
// Each is format 2 with the differences below (format 2 only added document_fts_pending).
std::vector<const char *> formatOneLayout(int layout)
{
    std::vector<const char *> statements;
    for (const char *statement : formatTwoStatements()) {
        const std::string_view text(statement);
        const auto creates = [&text](std::string_view name) { return text.find(name) != std::string_view::npos; };
        if (creates("document_fts_pending("))
            continue;
        if (layout < 2 && (creates("INDEX codings_by_code_position ") || creates("INDEX paragraphs_by_end ")))
            continue;
        if (layout < 1 && (creates("INDEX codings_by_position ") || creates("TABLE stopwords(")))
            continue;
        if (layout == 1 && creates("INDEX codings_by_position ")) {
            statements.push_back("CREATE INDEX codings_by_position ON codings(document_id, start, end, code_id)");
            continue;
        }
        if (layout == 0 && creates("VIRTUAL TABLE document_fts USING")) {
            statements.push_back(R"(CREATE VIRTUAL TABLE document_fts USING fts5(
               text, content='documents', content_rowid='id', tokenize='trigram'))");
            continue;
        }
        statements.push_back(statement);
    }
    return statements;
}

// The statement of schemaStatements() that creates `name` (an index or table), with IF NOT EXISTS.
std::string ifNotExists(std::string_view name)
{
    for (const char *statement : schemaStatements()) {
        std::string text(statement);
        for (const char *kind : {"CREATE INDEX ", "CREATE UNIQUE INDEX ", "CREATE TABLE "}) {
            const std::string prefix = std::string(kind) + std::string(name);
            if (text.starts_with(prefix) && (text[prefix.size()] == ' ' || text[prefix.size()] == '('))
                return text.insert(std::string_view(kind).size(), "IF NOT EXISTS ");
        }
    }
    return {};
}

std::string currentStatement(std::string_view start)
{
    for (const char *statement : schemaStatements()) {
        if (std::string_view(statement).starts_with(start))
            return statement;
    }
    return {};
}

} // namespace

const std::vector<FormatStep> &formatSteps()
{
    static const std::vector<FormatStep> steps = {
        // The team tables and their triggers (nothing is captured until a project is bound to a team server).
        {3, teamStatements, nullptr},
        // The kept row counts, their triggers, and one count of each table to start them.
        {4, rowCountStatements, nullptr},
        // The kept coding counts, their triggers and the index of codings with memos (the counts filled from the
        // codings by the last statements), and the table of paragraph copies, filled from the rows.
        {5, formatFiveStatements, ParagraphSpans::rebuild},
    };
    return steps;
}

const std::vector<const char *> &schemaStatements()
{
    static const std::vector<const char *> statements = statementsOfFormat(formatSteps().back().format);
    return statements;
}

std::vector<std::vector<const char *>> pastFormatLayouts(int version)
{
    if (version == 1)
        return {formatOneLayout(0), formatOneLayout(1), formatOneLayout(2)};
    if (version >= 2 && version < formatSteps().back().format)
        return {statementsOfFormat(version)};
    return {};
}

std::vector<std::string> layoutRepairStatements(int version, int layout)
{
    if (version == 1 && layout == 0) {
        // The first release's trigram index kept every position; later ones only which documents hold a
        // trigram (detail=none), which the searches expect. Rebuilt from the texts.
        return {
            "DROP TABLE document_fts",
            currentStatement("CREATE VIRTUAL TABLE document_fts USING"),
            "INSERT INTO document_fts(document_fts) VALUES ('rebuild')",
        };
    }
    return {};
}

std::vector<std::string> formatOneUpgradeStatements()
{
    // The indexes a format 1 file may lack or have in an older form, the stop-word table, and the list of documents
    // waiting for the search index (every document of a format 1 file is indexed).
    return {
        "DROP INDEX IF EXISTS codings_by_position",
        currentStatement("CREATE INDEX codings_by_position "),
        ifNotExists("codings_by_code_position"),
        ifNotExists("paragraphs_by_end"),
        ifNotExists("stopwords"),
        kPendingIndexTable,
    };
}

} // namespace marginalia
