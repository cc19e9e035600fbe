#pragma once

#include "common/Result.h"

#include <QString>

#include <optional>

namespace marginalia {

class Database;

// The codings per code, document and coder that a project keeps (format 5; Schema.cpp, codingCountStatements):
// coding_counts and its two summaries per code and per document, moved by triggers on codings in the same transaction
// as every change (an edit, its undo, an import, a merge, a team sync, a cascade), so the codebook's frequencies and
// the document list's counts cost a read of those few rows, not a pass over every coding.
//
// They are trusted as the row counts are (RowCounts): compared with the codings by the page check when a version of
// the file is first opened (in the same read as the row counts), corrected when the file may be written, and
// otherwise not used for as long as it is open. They count every coding: while a blind round hides codings from the
// connection's viewer (roundHidesCodings), readers take out the rows it hides (hiddenByRoundCondition in
// project/VisibleCodings: the round hides by document and coder, so a row is hidden whole), reading the rows of the
// round's documents only where they can (CodingStore::frequencies and count, DocumentStore::list).
class CodingCounts
{
public:
    // The kept counts against the codings, read in one statement. nullopt when they agree, else a sentence naming how
    // many rows of each table differ.
    static Result<std::optional<QString>> disagreement(Database &db);
    // Sets the kept counts from the codings (inside the caller's transaction).
    static Result<void> recount(Database &db);
};

} // namespace marginalia
