#pragma once

#include "analysis/Matrix.h"
#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace marginalia {

class Project;

enum class CooccurrenceUnit {
    Overlap,     // two codings of different codes share at least one character of a document
    Paragraph,   // two codes each have a coding touching the same paragraph (line)
};

// What a co-occurrence is counted in. Overlap offers passages, codings and documents; paragraph offers paragraphs and
// documents (Cooccurrence::measures).
enum class CooccurrenceMeasure { Passages, Codings, Paragraphs, Documents };

// Counts in every measure; a measure the unit does not offer stays 0.
struct CooccurrenceCounts
{
    qint64 passages = 0;
    qint64 codings = 0;
    qint64 paragraphs = 0;
    qint64 documents = 0;

    qint64 value(CooccurrenceMeasure measure) const;
};

// A code with codings in scope and its own counts n(A): passages, codings and documents (overlap), paragraphs touched
// and documents (paragraph).
struct CooccurrenceCode
{
    qint64 id = 0;
    QString path;
    QString name;
    int depth = 0;
    QList<qint64> ancestors;   // parent, grandparent, … (pairs with these are left out unless includeAncestors)
    CooccurrenceCounts counts;
};

// One pair of codes; codeA has the smaller id. `together` is n(A∩B), `either` is n(A) + n(B) − n(A∩B), per measure:
//   Overlap   passages  together: the passages (spans, however many coders) of A or of B that overlap a passage of
//                       the other code — exactly the passages behind the pair; either: passages of A + passages of B
//                       (a passage counts for A when it is coded A or overlaps one coded A, so the sets' union is
//                       every passage of the two codes)
//             codings   the same with codings (each coder's coding once)
//             documents together: documents with at least one overlapping pair; either: documents with A + documents
//                       with B − together
//   Paragraph paragraphs together: paragraphs touched by codings of both; either: paragraphs touched by A + by B −
//                       together
//             documents together: documents with such a paragraph; either as for overlap
// Jaccard J = together / either, always within [0, 1]. `count` and `documents` keep their earlier meaning: overlap:
// overlapping coding pairs (two coders coding the same two spans: four pairs), paragraph: paragraphs.
struct CooccurrencePair
{
    qint64 codeA = 0;
    QString pathA;
    qint64 codeB = 0;
    QString pathB;
    qint64 count = 0;
    qint64 documents = 0;
    CooccurrenceCounts together;
    CooccurrenceCounts either;

    double jaccard(CooccurrenceMeasure measure) const;
};

struct CooccurrenceOptions
{
    CooccurrenceUnit unit = CooccurrenceUnit::Overlap;
    AnalysisScope scope;              // documents by attribute values (site, kind, ...), codings by coders
    bool includeAncestors = false;    // pairs of a code and one of its sub-codes (at any depth) are left out unless set
};

struct CooccurrenceResult
{
    CooccurrenceUnit unit = CooccurrenceUnit::Overlap;
    bool includeAncestors = false;
    QList<CooccurrenceCode> codes;        // codes with a coding in scope, in codebook order
    QList<CooccurrencePair> pairs;        // most frequent first (count), then by paths

    const CooccurrenceCode *code(qint64 id) const;
};

class Cooccurrence
{
public:
    explicit Cooccurrence(Project &project) : m_project(project) {}

    // Every pair of codes that co-occur at least once with each code's own counts. Overlap: one sweep over the
    // codings in the codings_by_position index's (document, start, end, code) order, keeping the passages still open:
    // each overlapping pair is found once, from the passage read later (no self-join, no sort). Paragraph: SQL lists
    // each paragraph's codes in order and the pairs are tallied paragraph by paragraph.
    Result<CooccurrenceResult> compute(const CooccurrenceOptions &options);
    Result<QList<CooccurrencePair>> pairs(CooccurrenceUnit unit, const AnalysisScope &scope = {},
                                          bool includeAncestors = false);

    // The codings behind one pair (both sides, either order of the codes), in document order; empty for a code and
    // its sub-code unless options.includeAncestors.
    Result<QList<qint64>> pairCodings(const CooccurrenceOptions &options, qint64 codeA, qint64 codeB);
    Result<QList<qint64>> pairCodings(CooccurrenceUnit unit, qint64 codeA, qint64 codeB, const AnalysisScope &scope = {})
    {
        return pairCodings(CooccurrenceOptions{unit, scope, true}, codeA, codeB);
    }

    static Result<CooccurrenceUnit> parseUnit(const QString &name);
    static QString unitName(CooccurrenceUnit unit);
    static Result<CooccurrenceMeasure> parseMeasure(const QString &name);
    static QString measureName(CooccurrenceMeasure measure);
    // The measures a unit counts in, the first being its main one.
    static QList<CooccurrenceMeasure> measures(CooccurrenceUnit unit);
    // One sentence for the unit (what "together" means) and what each measure and Jaccard are.
    static QString definition(CooccurrenceUnit unit);
    static QStringList definitions(CooccurrenceUnit unit);

private:
    Project &m_project;
};

} // namespace marginalia
