#include "project/CodingCounts.h"

#include "project/AgreementRound.h"
#include "project/Database.h"
#include "project/Project.h"
#include "project/Schema.h"

#include <QStringList>

namespace marginalia {

bool CodingCounts::answer(Project &project)
{
    return project.codingCountsKept() && !roundHidesCodings(project);
}

Result<std::optional<QString>> CodingCounts::disagreement(Database &db)
{
    // The codings grouped once (MATERIALIZED: read by three comparisons), each kept table compared both ways, so a row
    // missing, extra or different on either side is found. Over 1,000,000 codings about as long as one GROUP BY
    // of them (a third of a second), beside the page check's reading of every page.
    auto stmt = db.prepare(R"(WITH counted AS MATERIALIZED (
            SELECT code_id, document_id, coder_id, count(*) AS codings, sum(end - start) AS characters
            FROM codings GROUP BY code_id, document_id, coder_id),
        byCode AS (SELECT code_id, sum(codings) AS codings, count(DISTINCT document_id) AS documents,
                          sum(characters) AS characters FROM counted GROUP BY code_id),
        byDocument AS (SELECT document_id, sum(codings) AS codings FROM counted GROUP BY document_id)
        SELECT
            (SELECT count(*) FROM (SELECT code_id, document_id, coder_id, codings, characters FROM coding_counts
                 EXCEPT SELECT * FROM counted)),
            (SELECT count(*) FROM (SELECT * FROM counted EXCEPT
                 SELECT code_id, document_id, coder_id, codings, characters FROM coding_counts)),
            (SELECT count(*) FROM (SELECT code_id, codings, documents, characters FROM coding_counts_by_code
                 EXCEPT SELECT * FROM byCode)),
            (SELECT count(*) FROM (SELECT * FROM byCode EXCEPT
                 SELECT code_id, codings, documents, characters FROM coding_counts_by_code)),
            (SELECT count(*) FROM (SELECT document_id, codings FROM coding_counts_by_document
                 EXCEPT SELECT * FROM byDocument)),
            (SELECT count(*) FROM (SELECT * FROM byDocument EXCEPT
                 SELECT document_id, codings FROM coding_counts_by_document)))");
    if (!stmt)
        return failure(stmt.error());
    if (!stmt->step())
        return failure(stmt->error());
    // A kept row with a wrong number is counted on both sides: not among the codings' rows, and its right form not kept.
    QStringList differences;
    const char *const names[] = {"per code, document and coder", "per code", "per document"};
    for (int i = 0; i < 3; ++i) {
        const qint64 wrong = stmt->int64(2 * i);
        const qint64 missing = stmt->int64(2 * i + 1);
        if (wrong != 0 || missing != 0)
            differences.append(QStringLiteral("the coding counts %1 disagree with the codings (%2 kept rows wrong or "
                                              "extra, %3 missing or wrong)")
                                   .arg(QLatin1String(names[i]))
                                   .arg(wrong)
                                   .arg(missing));
    }
    if (differences.isEmpty())
        return std::optional<QString>();
    return std::optional<QString>(differences.join(QStringLiteral("; ")));
}

Result<void> CodingCounts::recount(Database &db)
{
    if (auto ok = db.exec("DELETE FROM coding_counts; DELETE FROM coding_counts_by_code; "
                          "DELETE FROM coding_counts_by_document");
        !ok)
        return ok;
    for (const char *statement : codingCountFillStatements()) {
        if (auto ok = db.exec(statement); !ok)
            return ok;
    }
    return {};
}

} // namespace marginalia
