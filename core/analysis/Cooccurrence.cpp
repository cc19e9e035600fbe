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

// Overlap co-occurrence by one sweep over the codings in (document, start) order, the order of the
// codings_by_position index, so SQLite neither joins nor sorts: the codings still open at a coding's start (those
// ending after it) are exactly the codings it overlaps that started before it (or at the same place, read before
// it), so each overlapping pair is met once, as in the SQL self-join's (start, id) rule. The work is one pass over
// the codings plus one step per open coding, i.e. per overlapping pair.
class OverlapSweep
{
public:
    void add(qint64 document, qint64 start, qint64 end, qint64 code)
    {
        if (document != m_document) {
            m_open.clear();
            m_document = document;
        }
        const int k = codeIndex(code);
        for (size_t i = 0; i < m_open.size();) {
            if (m_open[i].end <= start) {   // closed before this coding starts: never overlaps a later one
                m_open[i] = m_open.back();
                m_open.pop_back();
                continue;
            }
            if (m_open[i].code != k)
                count(m_open[i].code, k);
            ++i;
        }
        m_open.push_back({end, k});
    }

    // Every pair (smaller code id first) with its overlapping coding pairs and the documents they are in.
    QHash<std::pair<qint64, qint64>, PairTally> finish() const
    {
        QHash<std::pair<qint64, qint64>, PairTally> result;
        const auto put = [&](size_t a, size_t b, const PairTally &tally) {
            const qint64 x = std::min(m_codes[a], m_codes[b]);
            const qint64 y = std::max(m_codes[a], m_codes[b]);
            PairTally &sum = result[{x, y}];
            sum.count += tally.count;
            sum.documents += tally.documents;
        };
        for (auto it = m_sparse.cbegin(); it != m_sparse.cend(); ++it)
            put(static_cast<size_t>(it.key() >> 32), static_cast<size_t>(it.key() & 0xffffffffU), it.value());
        for (size_t a = 0; a < m_width; ++a) {
            for (size_t b = a + 1; b < m_width; ++b) {
                if (m_dense[a * m_width + b].count)
                    put(a, b, m_dense[a * m_width + b]);
            }
        }
        return result;
    }

    // Dense tallies (a code-by-code table) for codebooks up to this many codes, a hash above.
    void reserveCodes(qsizetype codes)
    {
        m_width = codes <= 1024 ? static_cast<size_t>(codes) : 0;
        m_dense.assign(m_width * m_width, PairTally{});
        m_index.reserve(codes);
    }

private:
    struct Open
    {
        qint64 end;
        int code;   // index into m_codes
    };

    int codeIndex(qint64 code)
    {
        const auto it = m_index.constFind(code);
        if (it != m_index.cend())
            return *it;
        const int k = static_cast<int>(m_codes.size());
        m_codes.push_back(code);
        m_index.insert(code, k);
        return k;
    }

    void count(int a, int b)
    {
        const auto [lo, hi] = std::minmax(a, b);
        PairTally &tally = static_cast<size_t>(hi) < m_width
            ? m_dense[static_cast<size_t>(lo) * m_width + static_cast<size_t>(hi)]
            : m_sparse[(static_cast<quint64>(lo) << 32) | static_cast<quint64>(hi)];
        ++tally.count;
        if (tally.documents == 0 || tally.lastDocument != m_document) {
            ++tally.documents;
            tally.lastDocument = m_document;
        }
    }

    qint64 m_document = 0;
    std::vector<Open> m_open;
    std::vector<qint64> m_codes;
    QHash<qint64, int> m_index;
    size_t m_width = 0;
    std::vector<PairTally> m_dense;
    QHash<quint64, PairTally> m_sparse;
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
        // Ties in start may come in any order: either coding of such a pair is read first, the pair counts once.
        sql = "WITH " + scopedCodings(sqlScope) + " SELECT document_id, start, end, code_id FROM cs ORDER BY document_id, start";
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
        OverlapSweep sweep;
        sweep.reserveCodes(codes->size());
        while (stmt->step())
            sweep.add(stmt->int64(0), stmt->int64(1), stmt->int64(2), stmt->int64(3));
        if (!stmt->failed()) {
            const auto pairs = sweep.finish();
            for (auto it = pairs.cbegin(); it != pairs.cend(); ++it)
                result.append({it.key().first, paths.value(it.key().first), it.key().second,
                               paths.value(it.key().second), it->count, it->documents});
        }
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
