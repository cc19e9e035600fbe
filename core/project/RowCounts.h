#pragma once

#include "common/Result.h"
#include "project/Project.h"

#include <QString>

#include <optional>

namespace marginalia {

class Database;
class Project;

// The numbers of codings and documents a project keeps (format 4): the table row_counts, moved by
// triggers on every INSERT and DELETE in the same transaction (Schema.cpp, rowCountStatements), so a
// total is one row's read whatever the project's size, instead of a count over the table (14 ms for
// 1,000,000 codings, and growing with them).
//
// The kept numbers are used only where they were compared with the tables on this machine: opening a
// project compares them together with its page check (once per version of the file's bytes, see
// CheckedFiles); a file edited by another program or damaged so that they disagree is corrected when
// opened for writing, and otherwise counted directly, with a note either way (Project::notes).
// Elsewhere (an older format taken as it is, Access::Inspect) the tables are counted.
class RowCounts
{
public:
    enum class Table { Codings, Documents };

    // The rows of the table, from the kept number when the project may use it (Project::rowCountsKept), else
    // counted. Every row: codings hidden by a blind round included (CodingStore::count gives the shown ones).
    static Result<qint64> total(Project &project, Table table);

    // The kept numbers against the tables, read in one statement (one state of the file), and from format 5 the kept
    // coding counts too (CodingCounts::disagreement). nullopt when they agree, else a sentence naming both ("300
    // codings kept, 298 in the table").
    static Result<std::optional<QString>> disagreement(Database &db, int formatVersion = Project::kSchemaVersion);
    // Sets the kept numbers (and from format 5 the coding counts) to the tables' (inside the caller's transaction).
    static Result<void> recount(Database &db, int formatVersion = Project::kSchemaVersion);
};

} // namespace marginalia
