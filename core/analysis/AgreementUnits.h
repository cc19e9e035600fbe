#pragma once

#include "analysis/AgreementStatistics.h"
#include "analysis/UnitizingAlpha.h"

#include <functional>
#include <span>
#include <vector>

namespace marginalia {

// One coding of one code in one document: the code's index, the coder's index, its span in code points.
struct CodingSpan
{
    int code = 0;
    int coder = 0;
    qint64 start = 0;
    qint64 end = 0;
};

// A unit's span: a sentence or a paragraph.
struct AgreementSpan
{
    qint64 start = 0;
    qint64 end = 0;
};

// A maximal run of characters the coders split the same way (mask: those who coded it).
struct DisagreementSpan
{
    int code = 0;
    qint64 start = 0;
    qint64 end = 0;
    quint32 mask = 0;
};

struct CharacterSweep
{
    ReliabilitySums sums;      // every character of the document, for the code
    quint32 applied = 0;       // the coders who applied the code anywhere in the document
};

// The units of one code in one document, each coded yes/no by every coder, from the codings' boundaries.
// Every function takes the code's codings in the document sorted by start.
class UnitSweep
{
public:
    using UnitVisitor = std::function<void(qint64 start, qint64 end, quint32 mask)>;

    explicit UnitSweep(int coders) : m_coders(coders) {}

    // Characters: a sweep over the sorted starts and ends; the runs between boundaries are added with their
    // length as weight. Maximal runs with a split mask are appended to disagreements (when given).
    CharacterSweep characters(std::span<const CodingSpan> codings, qint64 length,
                              std::vector<DisagreementSpan> *disagreements);

    // Sentences or paragraphs: a coder codes a unit yes when one of the coder's codings overlaps it by at least one
    // character. units: sorted, not overlapping. Each unit is visited in order when onUnit is set.
    ReliabilitySums spans(std::span<const CodingSpan> codings, const std::vector<AgreementSpan> &units,
                          const UnitVisitor &onUnit);

    // Segments: the codings themselves are the units. A coding joins the first open unit whose first coding it
    // overlaps by at least overlapPercent of their union and which holds no coding of its coder yet; otherwise it
    // opens a unit. Each unit: yes for the coders with a coding in it. No unit is "no" for everyone.
    ReliabilitySums segments(std::span<const CodingSpan> codings, double overlapPercent, const UnitVisitor &onUnit);

    static std::vector<std::vector<UnitizingAlpha::Span>> spansByCoder(std::span<const CodingSpan> codings, int coders);

private:
    int m_coders = 2;
    std::vector<quint32> m_masks;
};

} // namespace marginalia
