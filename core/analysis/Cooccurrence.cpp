#include "analysis/Cooccurrence.h"

#include "project/Codebook.h"
#include "project/Project.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace marginalia {

namespace {

// Codings in scope, as "cs(id, code_id, document_id, start, end)"; the scope's placeholders from 1.
std::string scopedCodings(const ScopeSql &scope)
{
    return "cs AS (SELECT c.id, c.code_id, c.document_id, c.start, c.end FROM visible_codings c WHERE 1"
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

// What one pair of codes gathers during a sweep.
struct PairTally
{
    qint64 count = 0;          // overlap: overlapping coding pairs; paragraph: paragraphs
    qint64 documents = 0;
    qint64 lastDocument = 0;
    qint64 passages = 0;       // overlap: passages of either code overlapping one of the other
    qint64 codings = 0;        // overlap: the same in codings

    void inDocument(qint64 document)
    {
        if (documents == 0 || lastDocument != document) {
            ++documents;
            lastDocument = document;
        }
    }
};

// A code's own counts, n(A).
struct CodeTally
{
    CooccurrenceCounts counts;
    qint64 lastDocument = 0;

    void inDocument(qint64 document)
    {
        if (counts.documents == 0 || lastDocument != document) {
            ++counts.documents;
            lastDocument = document;
        }
    }
};

using PairTallies = QHash<std::pair<qint64, qint64>, PairTally>;

// Paragraph co-occurrence tallied from each paragraph's codes, read in (document, paragraph, code) order.
// A self-join of the paragraph codes would give one row per paragraph and pair (a million for 100,000 codings in
// dense documents) for SQLite to sort by pair; counting them here, paragraph by paragraph, needs no sort at all.
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
        CodeTally &own = m_codeTallies[code];
        ++own.counts.paragraphs;
        own.inDocument(document);
    }

    // Every pair (smaller code id first) with the paragraphs and documents in which both codes occur.
    const PairTallies &finish()
    {
        finishParagraph();
        return m_tallies;
    }
    const QHash<qint64, CodeTally> &codeTallies() const { return m_codeTallies; }

private:
    void finishParagraph()
    {
        for (size_t i = 0; i < m_codes.size(); ++i) {
            for (size_t j = i + 1; j < m_codes.size(); ++j) {
                PairTally &tally = m_tallies[{m_codes[i], m_codes[j]}];
                ++tally.count;
                tally.inDocument(m_document);
            }
        }
        m_codes.clear();
    }

    qint64 m_document = 0;
    qint64 m_paragraph = 0;
    std::vector<qint64> m_codes;
    PairTallies m_tallies;
    QHash<qint64, CodeTally> m_codeTallies;
};

// Overlap co-occurrence by one sweep over the passages in (document, start) order, the order of the
// codings_by_position index, so SQLite neither joins nor sorts. The codings of one passage (same document, code,
// start and end, by several coders) come one after the other in that index and arrive here as one passage with their
// number. The passages still open at a passage's start (those ending after it) are exactly the passages it overlaps
// that were read before it, so each overlapping pair is met once. The work is one pass over the passages plus one
// step per open passage, i.e. per overlapping pair.
class OverlapSweep
{
public:
    // One passage: `codings` codings of `code` over [start, end).
    void add(qint64 document, qint64 start, qint64 end, qint64 code, qint64 codings)
    {
        if (document != m_document) {
            for (const Open &open : m_open)
                m_freeSlots.push_back(open.slot);
            m_open.clear();
            m_moreCredits.clear();   // serials are never reused: only this document's passages need their entries
            m_document = document;
        }
        const int k = codeIndex(code);
        CodeTally &own = m_codeTallies[static_cast<size_t>(k)];
        ++own.counts.passages;
        own.counts.codings += codings;
        own.inDocument(document);
        if (end <= start)   // an empty range shares no character with anything
            return;
        const qint64 serial = ++m_serial;
        for (size_t i = 0; i < m_open.size();) {
            Open &other = m_open[i];
            if (other.end <= start) {   // closed before this passage starts: never overlaps a later one
                m_freeSlots.push_back(other.slot);
                other = m_open.back();
                m_open.pop_back();
                continue;
            }
            if (other.code != k) {
                PairTally &tally = tally_(other.code, k);
                tally.count += other.codings * codings;
                tally.inDocument(document);
                // This passage is behind the pair once, however many passages of the other code it overlaps.
                if (m_creditedFor[static_cast<size_t>(other.code)] != serial) {
                    m_creditedFor[static_cast<size_t>(other.code)] = serial;
                    m_newCredits.push_back(other.code);
                    ++tally.passages;
                    tally.codings += codings;
                }
                // So is the open passage: once per code it meets.
                if (credit(other, k)) {
                    ++tally.passages;
                    tally.codings += other.codings;
                }
            }
            ++i;
        }
        // The codes it has just been counted against are remembered with it, so that a later passage of one of
        // them does not count it again.
        Open &added = m_open.emplace_back(Open{end, k, codings, serial, allocateSlot(), 0, {}});
        for (int met : m_newCredits)
            credit(added, met);
        m_newCredits.clear();
    }

    // Every pair (smaller code id first).
    PairTallies finish() const
    {
        PairTallies result;
        const auto put = [&](size_t a, size_t b, const PairTally &tally) {
            result.insert({std::min(m_codes[a], m_codes[b]), std::max(m_codes[a], m_codes[b])}, tally);
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

    QHash<qint64, CodeTally> codeTallies() const
    {
        QHash<qint64, CodeTally> result;
        for (size_t i = 0; i < m_codes.size(); ++i)
            result.insert(m_codes[i], m_codeTallies[i]);
        return result;
    }

    // Dense tallies (a code-by-code table) for codebooks up to this many codes, a hash above.
    void reserveCodes(qsizetype codes)
    {
        m_width = codes <= 1024 ? static_cast<size_t>(codes) : 0;
        m_dense.assign(m_width * m_width, PairTally{});
        m_words = (m_width + 63) / 64;
        m_index.reserve(codes);
    }

private:
    static constexpr int kInlineCredits = 6;
    struct Open
    {
        qint64 end;
        int code;           // index into m_codes
        qint64 codings;
        qint64 serial;
        int slot;           // its bits in m_bits (codebooks of up to 1024 codes)
        int credits;        // larger codebooks: the codes it has been counted behind a pair for (the first here)
        std::array<int, kInlineCredits> credited;
    };

    // A zeroed row of m_words bits for a new open passage.
    int allocateSlot()
    {
        if (m_words == 0)
            return -1;
        int slot;
        if (!m_freeSlots.empty()) {
            slot = m_freeSlots.back();
            m_freeSlots.pop_back();
        } else {
            slot = static_cast<int>(m_bits.size() / m_words);
            m_bits.resize(m_bits.size() + m_words);
        }
        std::fill_n(m_bits.begin() + static_cast<qsizetype>(static_cast<size_t>(slot) * m_words), m_words, 0);
        return slot;
    }

    // Whether `open` is counted behind its pair with code k for the first time (and remembers that it is).
    bool credit(Open &open, int k)
    {
        if (m_words > 0) {   // one bit per code
            quint64 &word = m_bits[static_cast<size_t>(open.slot) * m_words + static_cast<size_t>(k) / 64];
            const quint64 bit = quint64(1) << (static_cast<unsigned>(k) % 64);
            if (word & bit)
                return false;
            word |= bit;
            return true;
        }
        const int inline_ = std::min(open.credits, kInlineCredits);
        for (int i = 0; i < inline_; ++i) {
            if (open.credited[static_cast<size_t>(i)] == k)
                return false;
        }
        if (open.credits >= kInlineCredits) {   // a passage overlapping passages of many codes
            if (m_moreCredits.contains({open.serial, k}))
                return false;
            m_moreCredits.insert({open.serial, k});
        } else {
            open.credited[static_cast<size_t>(open.credits)] = k;
        }
        ++open.credits;
        return true;
    }

    int codeIndex(qint64 code)
    {
        const auto it = m_index.constFind(code);
        if (it != m_index.cend())
            return *it;
        const int k = static_cast<int>(m_codes.size());
        m_codes.push_back(code);
        m_index.insert(code, k);
        m_codeTallies.emplace_back();
        m_creditedFor.push_back(0);
        return k;
    }

    PairTally &tally_(int a, int b)
    {
        const auto [lo, hi] = std::minmax(a, b);
        return static_cast<size_t>(hi) < m_width
                   ? m_dense[static_cast<size_t>(lo) * m_width + static_cast<size_t>(hi)]
                   : m_sparse[(static_cast<quint64>(lo) << 32) | static_cast<quint64>(hi)];
    }

    qint64 m_document = 0;
    qint64 m_serial = 0;
    std::vector<Open> m_open;
    std::vector<qint64> m_codes;
    std::vector<CodeTally> m_codeTallies;
    std::vector<qint64> m_creditedFor;   // per code index: the serial of the passage last counted against it
    std::vector<int> m_newCredits;       // the codes the passage being added was counted against
    QSet<std::pair<qint64, int>> m_moreCredits;
    size_t m_words = 0;                  // 64-bit words of credit bits per open passage (0: the lists above)
    std::vector<quint64> m_bits;         // rows of m_words, one per slot
    std::vector<int> m_freeSlots;
    QHash<qint64, int> m_index;
    size_t m_width = 0;
    std::vector<PairTally> m_dense;
    QHash<quint64, PairTally> m_sparse;
};

// Whether one code lies below the other in the tree (parents followed at most as many steps as there are codes,
// so a damaged file's cycle cannot hang us).
bool related(const QHash<qint64, qint64> &parentOf, qint64 a, qint64 b)
{
    const auto below = [&](qint64 code, qint64 ancestor) {
        qint64 at = parentOf.value(code);
        for (qsizetype steps = 0; at != 0 && steps <= parentOf.size(); ++steps) {
            if (at == ancestor)
                return true;
            at = parentOf.value(at);
        }
        return false;
    };
    return below(a, b) || below(b, a);
}

} // namespace

qint64 CooccurrenceCounts::value(CooccurrenceMeasure measure) const
{
    switch (measure) {
    case CooccurrenceMeasure::Passages: return passages;
    case CooccurrenceMeasure::Codings: return codings;
    case CooccurrenceMeasure::Paragraphs: return paragraphs;
    case CooccurrenceMeasure::Documents: return documents;
    }
    return 0;
}

double CooccurrencePair::jaccard(CooccurrenceMeasure measure) const
{
    const qint64 denominator = either.value(measure);
    return denominator > 0 ? static_cast<double>(together.value(measure)) / static_cast<double>(denominator) : 0.0;
}

const CooccurrenceCode *CooccurrenceResult::code(qint64 id) const
{
    for (const CooccurrenceCode &c : codes) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

Result<CooccurrenceUnit> Cooccurrence::parseUnit(const QString &name)
{
    if (name.isEmpty() || name == u"overlap")
        return CooccurrenceUnit::Overlap;
    if (name == u"paragraph")
        return CooccurrenceUnit::Paragraph;
    return failure(QStringLiteral("the unit must be 'overlap' or 'paragraph', not '%1'").arg(name));
}

QString Cooccurrence::unitName(CooccurrenceUnit unit)
{
    return unit == CooccurrenceUnit::Overlap ? QStringLiteral("overlap") : QStringLiteral("paragraph");
}

Result<CooccurrenceMeasure> Cooccurrence::parseMeasure(const QString &name)
{
    for (CooccurrenceMeasure measure : {CooccurrenceMeasure::Passages, CooccurrenceMeasure::Codings,
                                        CooccurrenceMeasure::Paragraphs, CooccurrenceMeasure::Documents}) {
        if (name == measureName(measure))
            return measure;
    }
    return failure(QStringLiteral("the measure must be 'passages', 'codings', 'paragraphs' or 'documents', not '%1'")
                       .arg(name));
}

QString Cooccurrence::measureName(CooccurrenceMeasure measure)
{
    switch (measure) {
    case CooccurrenceMeasure::Passages: return QStringLiteral("passages");
    case CooccurrenceMeasure::Codings: return QStringLiteral("codings");
    case CooccurrenceMeasure::Paragraphs: return QStringLiteral("paragraphs");
    case CooccurrenceMeasure::Documents: return QStringLiteral("documents");
    }
    return {};
}

QList<CooccurrenceMeasure> Cooccurrence::measures(CooccurrenceUnit unit)
{
    if (unit == CooccurrenceUnit::Overlap)
        return {CooccurrenceMeasure::Passages, CooccurrenceMeasure::Codings, CooccurrenceMeasure::Documents};
    return {CooccurrenceMeasure::Paragraphs, CooccurrenceMeasure::Documents};
}

QString Cooccurrence::definition(CooccurrenceUnit unit)
{
    if (unit == CooccurrenceUnit::Overlap)
        return QStringLiteral("count: pairs of codings of the two codes that share at least one character (any coders); "
                              "documents: documents with at least one such pair");
    return QStringLiteral("count: paragraphs (non-empty lines) touched by codings of both codes; "
                          "documents: documents with at least one such paragraph");
}

QStringList Cooccurrence::definitions(CooccurrenceUnit unit)
{
    QStringList lines;
    if (unit == CooccurrenceUnit::Overlap) {
        lines << QStringLiteral("together: two codings of different codes that share at least one character (touching "
                                "ranges do not)")
              << QStringLiteral("passages: n(A∩B) = the passages (spans with the same document, code, start and end, "
                                "however many coders) of A or of B that overlap a passage of the other code, i.e. the "
                                "passages behind the pair; n(A) = the passages coded A together with the passages of B "
                                "overlapping them, so n(A) + n(B) − n(A∩B) = passages of A + passages of B")
              << QStringLiteral("codings: the same with codings (each coder's coding once)")
              << QStringLiteral("documents: n(A∩B) = documents with at least one overlapping pair; n(A) = documents "
                                "with a coding of A")
              << QStringLiteral("count: pairs of overlapping codings (two coders coding the same two spans make four)");
    } else {
        lines << QStringLiteral("together: codings of both codes touch the same paragraph (non-empty line)")
              << QStringLiteral("paragraphs: n(A∩B) = paragraphs touched by codings of both codes; n(A) = paragraphs "
                                "touched by codings of A")
              << QStringLiteral("documents: n(A∩B) = documents with such a paragraph; n(A) = documents with a coding "
                                "of A")
              << QStringLiteral("count: the same as paragraphs");
    }
    lines << QStringLiteral("jaccard: J = n(A∩B) / (n(A) + n(B) − n(A∩B)) on the chosen measure, from 0 (never "
                            "together) to 1 (always together)")
          << QStringLiteral("a code and its sub-codes (at any depth) are not paired unless ancestors are included");
    return lines;
}

Result<QList<CooccurrencePair>> Cooccurrence::pairs(CooccurrenceUnit unit, const AnalysisScope &scope,
                                                    bool includeAncestors)
{
    auto result = compute({unit, scope, includeAncestors});
    if (!result)
        return failure(result.error());
    return std::move(result->pairs);
}

Result<CooccurrenceResult> Cooccurrence::compute(const CooccurrenceOptions &options)
{
    const ScopeSql sqlScope = scopeSql(options.scope, 1);
    std::string sql;
    if (options.unit == CooccurrenceUnit::Overlap) {
        // The order of codings_by_position (document, start, end, code, coder): no sort, and the codings of one
        // passage are neighbours.
        sql = "WITH " + scopedCodings(sqlScope)
              + " SELECT document_id, start, end, code_id FROM cs ORDER BY document_id, start, end, code_id";
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
    QHash<qint64, qint64> parentOf;
    for (const Code &code : *codes) {
        paths.insert(code.id, code.path);
        parentOf.insert(code.id, code.parentId);
    }

    PairTallies tallies;
    QHash<qint64, CodeTally> codeTallies;
    if (options.unit == CooccurrenceUnit::Overlap) {
        OverlapSweep sweep;
        sweep.reserveCodes(codes->size());
        // One passage pending until a row with another document, start, end or code arrives.
        qint64 document = 0, start = 0, end = 0, code = 0, codings = 0;
        while (stmt->step()) {
            const qint64 d = stmt->int64(0), s = stmt->int64(1), e = stmt->int64(2), k = stmt->int64(3);
            if (codings > 0 && d == document && s == start && e == end && k == code) {
                ++codings;
                continue;
            }
            if (codings > 0)
                sweep.add(document, start, end, code, codings);
            document = d, start = s, end = e, code = k, codings = 1;
        }
        if (codings > 0)
            sweep.add(document, start, end, code, codings);
        if (!stmt->failed()) {
            tallies = sweep.finish();
            codeTallies = sweep.codeTallies();
        }
    } else {
        ParagraphPairs paragraphs;
        while (stmt->step())
            paragraphs.add(stmt->int64(0), stmt->int64(1), stmt->int64(2));
        if (!stmt->failed()) {
            tallies = paragraphs.finish();
            codeTallies = paragraphs.codeTallies();
        }
    }
    if (stmt->failed())
        return failure(stmt->error());

    CooccurrenceResult result;
    result.unit = options.unit;
    result.includeAncestors = options.includeAncestors;
    for (const Code &code : *codes) {
        const auto it = codeTallies.constFind(code.id);
        if (it == codeTallies.cend())
            continue;
        QList<qint64> ancestors;
        for (qint64 at = parentOf.value(code.id); at != 0 && ancestors.size() <= parentOf.size(); at = parentOf.value(at))
            ancestors.append(at);
        result.codes.append({code.id, code.path, code.name, code.depth, ancestors, it->counts});
    }
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        const auto [a, b] = it.key();
        if (!options.includeAncestors && related(parentOf, a, b))
            continue;
        const CooccurrenceCounts &ownA = codeTallies.value(a).counts;
        const CooccurrenceCounts &ownB = codeTallies.value(b).counts;
        CooccurrencePair pair{a, paths.value(a), b, paths.value(b), it->count, it->documents, {}, {}};
        pair.together.documents = it->documents;
        pair.either.documents = ownA.documents + ownB.documents - it->documents;
        if (options.unit == CooccurrenceUnit::Overlap) {
            pair.together.passages = it->passages;
            pair.together.codings = it->codings;
            pair.either.passages = ownA.passages + ownB.passages;
            pair.either.codings = ownA.codings + ownB.codings;
        } else {
            pair.together.paragraphs = it->count;
            pair.either.paragraphs = ownA.paragraphs + ownB.paragraphs - it->count;
        }
        result.pairs.append(pair);
    }
    std::sort(result.pairs.begin(), result.pairs.end(), [](const CooccurrencePair &l, const CooccurrencePair &r) {
        if (l.count != r.count)
            return l.count > r.count;
        if (l.pathA != r.pathA)
            return l.pathA < r.pathA;
        return l.pathB < r.pathB;
    });
    return result;
}

Result<QList<qint64>> Cooccurrence::pairCodings(const CooccurrenceOptions &options, qint64 codeA, qint64 codeB)
{
    if (!options.includeAncestors) {
        Codebook codebook(m_project);
        auto codes = codebook.codes();
        if (!codes)
            return failure(codes.error());
        QHash<qint64, qint64> parentOf;
        for (const Code &code : *codes)
            parentOf.insert(code.id, code.parentId);
        if (related(parentOf, codeA, codeB))
            return QList<qint64>();
    }
    ScopeSql sqlScope = scopeSql(options.scope, 3);
    std::string sql;
    if (options.unit == CooccurrenceUnit::Overlap) {
        sql = "WITH " + scopedCodings(sqlScope)
              + ", pairs(ia, ib) AS (SELECT a.id, b.id FROM visible_codings a JOIN visible_codings b ON b.document_id = a.document_id"
                " AND b.start < a.end AND a.start < b.end WHERE a.code_id = ?1 AND b.code_id = ?2"
                " AND a.id IN (SELECT id FROM cs) AND b.id IN (SELECT id FROM cs))"
                " SELECT c.id FROM visible_codings c WHERE c.id IN (SELECT ia FROM pairs UNION SELECT ib FROM pairs)"
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
