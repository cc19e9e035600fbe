#include "analysis/Cooccurrence.h"

#include "project/Codebook.h"
#include "project/Project.h"

#include <QHash>

#include <algorithm>
#include <utility>
#include <vector>

namespace marginalia {

namespace {

// Codings in scope, as "cs(id, code_id, document_id, start, end)"; the scope's placeholders from 1.
std::string scopedCodings(const ScopeSql &scope)
{
    return "cs AS (SELECT c.id, c.code_id, c.document_id, c.start, c.end FROM codings c WHERE 1"
           + (scope.restrictsDocuments ? " AND c.document_id IN (" + scope.documents + ")" : std::string())
           + scope.coders + ")";
}

// The overlapping pairs: b starts inside a (or at the same place, after it in (start, id) order).
// The range condition on b.start lets SQLite scan the index on (document_id, start).
std::string overlapJoin(const ScopeSql &scope)
{
    std::string sql = "FROM codings a JOIN codings b ON b.document_id = a.document_id"
                      " AND b.start >= a.start AND b.start < a.end AND (b.start > a.start OR b.id > a.id)"
                      " AND b.code_id <> a.code_id";
    if (scope.restrictsDocuments || !scope.coders.empty())
        sql += " WHERE a.id IN (SELECT id FROM cs) AND b.id IN (SELECT id FROM cs)";
    return sql;
}

// The paragraphs each coding in scope touches, as "c" (the coding) joined with "p" (the paragraph).
// The paragraphs a coding touches are those ending after its start, up to the first one ending at or after its end
// (paragraphs_by_end finds both by a range search), or up to the coding's end when no paragraph ends after it (a
// coding that takes in the final line break); one that starts at or after the coding's end is not touched.
const char *kParagraphsTouched =
    "FROM cs c JOIN paragraphs p ON p.document_id = c.document_id AND p.end > c.start"
    " AND p.end <= coalesce((SELECT min(q.end) FROM paragraphs q WHERE q.document_id = c.document_id"
    " AND q.end >= c.end), c.end) AND p.start < c.end";

// Codes per paragraph: (document, paragraph number, code) once each.
std::string paragraphCodes()
{
    return std::string("cp AS (SELECT DISTINCT c.document_id AS d, p.number AS n, c.code_id AS k ") + kParagraphsTouched
           + ")";
}

// Paragraph co-occurrence tallied from each paragraph's codes, read in (document, paragraph, code) order.
// A self-join of the paragraph codes would give one row per paragraph and pair (a million for 100,000 codings in
// dense documents) for SQLite to sort by pair; counting them here, paragraph by paragraph, needs no sort at all.
struct PairTally
{
    qint64 count = 0;
    qint64 documents = 0;
    qint64 lastDocument = 0;
};

class ParagraphPairs
{
public:
    // One (document, paragraph, code) row; codes of a paragraph come in ascending order, each once.
    void add(qint64 document, qint64 paragraph, qint64 code)
    {
        if (m_codes.empty() || document != m_document || paragraph != m_paragraph) {
            finishParagraph();
            m_document = document;
            m_paragraph = paragraph;
        }
        m_codes.push_back(code);
    }

    // Every pair (smaller code id first) with the paragraphs and documents in which both codes occur.
    const QHash<std::pair<qint64, qint64>, PairTally> &finish()
    {
        finishParagraph();
        return m_tallies;
    }

private:
    void finishParagraph()
    {
        for (size_t i = 0; i < m_codes.size(); ++i) {
            for (size_t j = i + 1; j < m_codes.size(); ++j) {
                PairTally &tally = m_tallies[{m_codes[i], m_codes[j]}];
                ++tally.count;
                if (tally.documents == 0 || tally.lastDocument != m_document) {
                    ++tally.documents;
                    tally.lastDocument = m_document;
                }
            }
        }
        m_codes.clear();
    }

    qint64 m_document = 0;
    qint64 m_paragraph = 0;
    std::vector<qint64> m_codes;
    QHash<std::pair<qint64, qint64>, PairTally> m_tallies;
};

} // namespace

Result<CooccurrenceUnit> Cooccurrence::parseUnit(const QString &name)
{
    if (name.isEmpty() || name == u"overlap")
        return CooccurrenceUnit::Overlap;
    if (name == u"paragraph")
        return CooccurrenceUnit::Paragraph;
    return failure(QStringLiteral("the unit must be 'overlap' or 'paragraph', not '%1'").arg(name));
}

QString Cooccurrence::definition(CooccurrenceUnit unit)
{
    if (unit == CooccurrenceUnit::Overlap)
        return QStringLiteral("count: pairs of codings of the two codes that share at least one character (any coders); "
                              "documents: documents with at least one such pair");
    return QStringLiteral("count: paragraphs (non-empty lines) touched by codings of both codes; "
                          "documents: documents with at least one such paragraph");
}

Result<QList<CooccurrencePair>> Cooccurrence::pairs(CooccurrenceUnit unit, const AnalysisScope &scope)
{
    const ScopeSql sqlScope = scopeSql(scope, 1);
    std::string sql;
    if (unit == CooccurrenceUnit::Overlap) {
        sql = "WITH " + scopedCodings(sqlScope)
              + " SELECT min(a.code_id, b.code_id) AS x, max(a.code_id, b.code_id) AS y, count(*),"
                " count(DISTINCT a.document_id) "
              + overlapJoin(sqlScope) + " GROUP BY x, y";
    } else {
        // GROUP BY and ORDER BY on the same terms: one sort gives each paragraph's codes once, in order.
        sql = "WITH " + scopedCodings(sqlScope) + " SELECT c.document_id, p.number, c.code_id " + kParagraphsTouched
              + " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";
    }
    auto stmt = m_project.database().prepare(sql);
    if (!stmt)
        return failure(stmt.error());
    bindAll(*stmt, sqlScope.values(), 1);

    Codebook codebook(m_project);
    auto codes = codebook.codes();
    if (!codes)
        return failure(codes.error());
    QHash<qint64, QString> paths;
    for (const Code &code : *codes)
        paths.insert(code.id, code.path);

    QList<CooccurrencePair> result;
    if (unit == CooccurrenceUnit::Overlap) {
        while (stmt->step())
            result.append({stmt->int64(0), paths.value(stmt->int64(0)), stmt->int64(1), paths.value(stmt->int64(1)),
                           stmt->int64(2), stmt->int64(3)});
    } else {
        ParagraphPairs tallies;
        while (stmt->step())
            tallies.add(stmt->int64(0), stmt->int64(1), stmt->int64(2));
        if (!stmt->failed()) {
            const auto &pairs = tallies.finish();
            for (auto it = pairs.cbegin(); it != pairs.cend(); ++it)
                result.append({it.key().first, paths.value(it.key().first), it.key().second,
                               paths.value(it.key().second), it->count, it->documents});
        }
    }
    if (stmt->failed())
        return failure(stmt->error());
    std::sort(result.begin(), result.end(), [](const CooccurrencePair &l, const CooccurrencePair &r) {
        if (l.count != r.count)
            return l.count > r.count;
        if (l.pathA != r.pathA)
            return l.pathA < r.pathA;
        return l.pathB < r.pathB;
    });
    return result;
}

Result<QList<qint64>> Cooccurrence::pairCodings(CooccurrenceUnit unit, qint64 codeA, qint64 codeB,
                                                const AnalysisScope &scope)
{
    ScopeSql sqlScope = scopeSql(scope, 3);
    std::string sql;
    if (unit == CooccurrenceUnit::Overlap) {
        sql = "WITH " + scopedCodings(sqlScope)
              + ", pairs(ia, ib) AS (SELECT a.id, b.id FROM codings a JOIN codings b ON b.document_id = a.document_id"
                " AND b.start < a.end AND a.start < b.end WHERE a.code_id = ?1 AND b.code_id = ?2"
                " AND a.id IN (SELECT id FROM cs) AND b.id IN (SELECT id FROM cs))"
                " SELECT c.id FROM codings c WHERE c.id IN (SELECT ia FROM pairs UNION SELECT ib FROM pairs)"
                " ORDER BY c.document_id, c.start, c.id";
    } else {
        sql = "WITH " + scopedCodings(sqlScope) + ", " + paragraphCodes()
              + ", both_(d, n) AS (SELECT a.d, a.n FROM cp a JOIN cp b ON b.d = a.d AND b.n = a.n"
                " WHERE a.k = ?1 AND b.k = ?2)"
                " SELECT DISTINCT c.id FROM cs c JOIN paragraphs p ON p.document_id = c.document_id"
                " AND p.end > c.start AND p.start < c.end JOIN both_ ON both_.d = p.document_id AND both_.n = p.number"
                " WHERE c.code_id IN (?1, ?2) ORDER BY c.document_id, c.start, c.id";
    }
    auto stmt = m_project.database().prepare(sql);
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, codeA).bind(2, codeB);
    bindAll(*stmt, sqlScope.values(), 3);
    QList<qint64> ids;
    while (stmt->step())
        ids.append(stmt->int64(0));
    if (stmt->failed())
        return failure(stmt->error());
    return ids;
}

} // namespace marginalia
