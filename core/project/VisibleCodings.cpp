#include "project/VisibleCodings.h"

#include "project/Database.h"

namespace marginalia {

namespace {

// Runs work that writes only temporary objects. A reading connection refuses every write (PRAGMA query_only), its
// own temp schema included, so it is let write for the moment and refuses again afterwards; the file itself is
// never written (temporary objects live in memory or a temporary file of the connection).
template<class Work>
Result<void> writingTemporaryObjects(Database &db, Work work)
{
    bool queryOnly = false;
    {
        auto state = db.prepare("PRAGMA query_only");
        if (!state)
            return failure(state.error());
        queryOnly = state->step() && state->int64(0) != 0;
    }
    if (queryOnly) {
        if (auto ok = db.exec("PRAGMA query_only = OFF"); !ok)
            return ok;
    }
    Result<void> result = work();
    if (queryOnly) {
        if (auto ok = db.exec("PRAGMA query_only = ON"); !ok)
            return ok;
    }
    return result;
}

// The round's documents (the set's attribute true) and the viewer's coder ids: the two halves of the one test the
// filtered view and hiddenByRoundCondition() make, so that what is counted as hidden is what the view hides.
constexpr const char *kRoundDocuments
    = "SELECT v.document_id FROM main.document_attributes v WHERE v.value = 'true' AND v.attribute_id = ("
      "SELECT a.id FROM main.project_info i JOIN main.attributes a"
      " ON a.name = CASE WHEN json_valid(i.value) THEN json_extract(i.value, '$.set') END WHERE i.key = 'agreement_round')";
constexpr const char *kViewerCoders
    = "SELECT r.id FROM main.coders r JOIN temp.visible_codings_viewer w ON w.coder = r.name";

// Without a viewer the view is the table itself, so a connection that hides nothing (the CLI) pays nothing; with one
// it carries the filter (measured on 1,000,000 codings, a GROUP BY over all of them: 1.0 s from the table, 1.2 s
// through the filter with no round open, 4.2 s with a round open on 400 of 2,000 documents). The viewer's table has a
// row exactly when the filtered view is installed (both are set together below, and installVisibleCodings empties it).
constexpr const char *kPlainView = "CREATE TEMP VIEW visible_codings AS SELECT * FROM main.codings";
std::string filteredView()
{
    return std::string("CREATE TEMP VIEW visible_codings AS SELECT * FROM main.codings WHERE document_id NOT IN (")
        + kRoundDocuments + ") OR coder_id IN (" + kViewerCoders + ")";
}

} // namespace

Result<void> installVisibleCodings(Database &db)
{
    // Temporary objects live in the connection's own temp schema and are not part of the file, so SchemaCheck and
    // other programs never see them. A project_info value that is not JSON hides nothing
    // (AgreementRounds::current reports it).
    return writingTemporaryObjects(db, [&db]() -> Result<void> {
        if (auto ok = db.exec("CREATE TEMP TABLE IF NOT EXISTS visible_codings_viewer(coder TEXT NOT NULL);"
                              " DELETE FROM temp.visible_codings_viewer; DROP VIEW IF EXISTS temp.visible_codings");
            !ok)
            return ok;
        return db.exec(kPlainView);
    });
}

Result<void> setVisibleCodingsViewer(Database &db, const QString &coder)
{
    return writingTemporaryObjects(db, [&db, &coder]() -> Result<void> {
        // All or nothing: the view is dropped and made again inside a savepoint, so a failure on the way (the view in
        // use by a statement, no memory) leaves the connection with the view and viewer it had, never without one.
        if (auto ok = db.exec("SAVEPOINT visible_codings_viewer"); !ok)
            return ok;
        Result<void> replaced = [&db, &coder]() -> Result<void> {
            if (auto ok = db.exec("DELETE FROM temp.visible_codings_viewer; DROP VIEW IF EXISTS temp.visible_codings"); !ok)
                return ok;
            if (coder.isEmpty())
                return db.exec(kPlainView);
            auto insert = db.prepare("INSERT INTO temp.visible_codings_viewer(coder) VALUES (?1)");
            if (!insert)
                return failure(insert.error());
            insert->bind(1, coder);
            if (auto ok = insert->run(); !ok)
                return ok;
            return db.exec(filteredView());
        }();
        if (replaced)
            replaced = db.exec("RELEASE visible_codings_viewer");
        if (!replaced)
            (void)db.exec("ROLLBACK TO visible_codings_viewer; RELEASE visible_codings_viewer");
        return replaced;
    });
}

std::string roundDocumentsQuery()
{
    return std::string("SELECT h.document_id FROM (") + kRoundDocuments
        + ") h WHERE EXISTS (SELECT 1 FROM temp.visible_codings_viewer)";
}

std::string viewerCodersQuery()
{
    return kViewerCoders;
}

std::string hiddenByRoundCondition(std::string_view row)
{
    // The negation of the filtered view's test (document_id and coder_id are NOT NULL, and so are the ids both lists
    // give, so it is a plain NOT), and false while the plain view shows everything (no viewer).
    const std::string r(row);
    return "(" + r + ".document_id IN (" + roundDocumentsQuery() + ") AND " + r + ".coder_id NOT IN (" + kViewerCoders
        + "))";
}

} // namespace marginalia
