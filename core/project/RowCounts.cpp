#include "project/RowCounts.h"

#include "project/CodingCounts.h"
#include "project/Database.h"
#include "project/ParagraphSpans.h"
#include "project/Project.h"

#include <QStringList>

#include <sqlite3.h>

namespace marginalia {

namespace {
Result<std::optional<QString>> compare(Database &db, int formatVersion);
} // namespace

Result<qint64> RowCounts::total(Project &project, Table table)
{
    const bool codings = table == Table::Codings;
    auto stmt = project.database().prepare(
        project.rowCountsKept()
            ? (codings ? "SELECT row_count FROM row_counts WHERE table_name = 'codings'"
                       : "SELECT row_count FROM row_counts WHERE table_name = 'documents'")
            : (codings ? "SELECT count(*) FROM codings" : "SELECT count(*) FROM documents"));
    if (!stmt)
        return failure(stmt.error());
    if (stmt->step() && !stmt->isNull(0))
        return stmt->int64(0);
    if (stmt->failed())
        return failure(stmt->error());
    // Compared at opening, so only a change by another program since then can take the row away.
    return failure(QStringLiteral("%1: the number of %2 it keeps is missing; open it again to have it counted")
                       .arg(project.fileName(), codings ? QStringLiteral("codings") : QStringLiteral("documents")));
}

Result<std::optional<QString>> RowCounts::disagreement(Database &db, int formatVersion)
{
    // Several statements from format 5 on (the coding counts, the paragraph copies): read in one read transaction (one state of the file) unless the caller has one.
    const bool ownReadTransaction = formatVersion >= 5 && sqlite3_get_autocommit(db.handle()) != 0;
    if (ownReadTransaction) {
        if (auto ok = db.exec("BEGIN"); !ok)
            return failure(ok.error());
    }
    const auto compared = compare(db, formatVersion);
    if (ownReadTransaction)
        (void)db.exec("COMMIT");   // read only: nothing to keep or lose
    return compared;
}

namespace {

Result<std::optional<QString>> compare(Database &db, int formatVersion)
{
    auto stmt = db.prepare("SELECT (SELECT row_count FROM row_counts WHERE table_name = 'codings'), "
                           "(SELECT count(*) FROM codings), "
                           "(SELECT row_count FROM row_counts WHERE table_name = 'documents'), "
                           "(SELECT count(*) FROM documents)");
    if (!stmt)
        return failure(stmt.error());
    if (!stmt->step())
        return failure(stmt->error());
    QStringList differences;
    const char *const names[] = {"codings", "documents"};
    for (int i = 0; i < 2; ++i) {
        const qint64 counted = stmt->int64(2 * i + 1);
        if (stmt->isNull(2 * i))
            differences.append(QStringLiteral("no number of %1 kept, %2 in the table").arg(QLatin1String(names[i])).arg(counted));
        else if (const qint64 kept = stmt->int64(2 * i); kept != counted)
            differences.append(QStringLiteral("%1 %2 kept, %3 in the table").arg(kept).arg(QLatin1String(names[i])).arg(counted));
    }
    stmt = Statement();
    if (formatVersion >= 5) {
        auto codings = CodingCounts::disagreement(db);
        if (!codings)
            return failure(codings.error());
        if (*codings)
            differences.append(**codings);
        auto spans = ParagraphSpans::disagreement(db);
        if (!spans)
            return failure(spans.error());
        if (*spans)
            differences.append(**spans);
    }
    if (differences.isEmpty())
        return std::optional<QString>();
    return std::optional<QString>(differences.join(QStringLiteral("; ")));
}

} // namespace

Result<void> RowCounts::recount(Database &db, int formatVersion)
{
    if (auto ok = db.exec("DELETE FROM row_counts; INSERT INTO row_counts(table_name, row_count) VALUES "
                          "('codings', (SELECT count(*) FROM codings)), ('documents', (SELECT count(*) FROM documents))");
        !ok)
        return ok;
    if (formatVersion < 5)
        return Result<void>();
    if (auto ok = CodingCounts::recount(db); !ok)
        return ok;
    return ParagraphSpans::rebuild(db);
}

} // namespace marginalia
