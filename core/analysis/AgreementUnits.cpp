#include "analysis/AgreementUnits.h"

#include <algorithm>

namespace marginalia {

CharacterSweep UnitSweep::characters(std::span<const CodingSpan> codings, qint64 length,
                                     std::vector<DisagreementSpan> *disagreements)
{
    CharacterSweep result{ReliabilitySums(m_coders), 0};
    struct Event
    {
        qint64 position;
        int coder;
        int delta;
    };
    std::vector<Event> events;
    events.reserve(codings.size() * 2);
    for (const CodingSpan &c : codings) {
        events.push_back({c.start, c.coder, +1});
        events.push_back({c.end, c.coder, -1});
        result.applied |= 1u << c.coder;
    }
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.position < b.position; });
    const quint32 everyone = (1u << m_coders) - 1u;
    std::vector<int> depth(static_cast<size_t>(m_coders), 0);
    quint32 mask = 0;
    qint64 previous = 0;
    qint64 covered = 0;
    const int code = codings.empty() ? 0 : codings.front().code;
    bool open = false;   // the last disagreement may still grow
    for (size_t i = 0; i < events.size();) {
        const qint64 position = events[i].position;
        if (mask != 0 && position > previous) {
            result.sums.addBinary(mask, static_cast<double>(position - previous));
            covered += position - previous;
            if (mask != everyone && disagreements) {
                if (open && disagreements->back().mask == mask && disagreements->back().end == previous)
                    disagreements->back().end = position;
                else
                    disagreements->push_back({code, previous, position, mask});
                open = true;
            } else {
                open = false;
            }
        }
        // Apply every event at this position before measuring the next stretch.
        for (; i < events.size() && events[i].position == position; ++i)
            depth[static_cast<size_t>(events[i].coder)] += events[i].delta;
        mask = 0;
        for (int c = 0; c < m_coders; ++c) {
            if (depth[static_cast<size_t>(c)] > 0)
                mask |= 1u << c;
        }
        previous = position;
    }
    result.sums.addBinary(0, static_cast<double>(std::max<qint64>(length - covered, 0)));
    return result;
}

ReliabilitySums UnitSweep::spans(std::span<const CodingSpan> codings, const std::vector<AgreementSpan> &units,
                                 const UnitVisitor &onUnit)
{
    ReliabilitySums sums(m_coders);
    m_masks.assign(units.size(), 0u);
    for (const CodingSpan &c : codings) {
        // The first unit ending after the coding's start, then on while units start before its end.
        auto it = std::upper_bound(units.begin(), units.end(), c.start,
                                   [](qint64 position, const AgreementSpan &u) { return position < u.end; });
        for (; it != units.end() && it->start < c.end; ++it)
            m_masks[static_cast<size_t>(it - units.begin())] |= 1u << c.coder;
    }
    // Runs of equal masks are added at once; most units of a long document are "no" for everyone.
    for (size_t i = 0; i < units.size();) {
        size_t j = i;
        while (j < units.size() && m_masks[j] == m_masks[i])
            ++j;
        sums.addBinary(m_masks[i], static_cast<double>(j - i));
        if (onUnit) {
            for (size_t k = i; k < j; ++k)
                onUnit(units[k].start, units[k].end, m_masks[k]);
        }
        i = j;
    }
    return sums;
}

ReliabilitySums UnitSweep::segments(std::span<const CodingSpan> codings, double overlapPercent, const UnitVisitor &onUnit)
{
    ReliabilitySums sums(m_coders);
    struct Unit
    {
        qint64 anchorStart;
        qint64 anchorEnd;
        qint64 start;
        qint64 end;
        quint32 mask;
    };
    std::vector<Unit> done;
    std::vector<Unit> open;   // units whose first coding may still overlap a later coding
    const double share = overlapPercent / 100.0;
    for (const CodingSpan &c : codings) {
        // Codings come by start: a unit whose first coding ends at or before this start can take no more.
        for (size_t i = 0; i < open.size();) {
            if (open[i].anchorEnd <= c.start) {
                done.push_back(open[i]);
                open.erase(open.begin() + static_cast<std::ptrdiff_t>(i));
            } else {
                ++i;
            }
        }
        Unit *match = nullptr;
        for (Unit &u : open) {
            if (u.mask & (1u << c.coder))
                continue;
            const qint64 overlap = std::min(u.anchorEnd, c.end) - std::max(u.anchorStart, c.start);
            const qint64 together = std::max(u.anchorEnd, c.end) - std::min(u.anchorStart, c.start);
            if (overlap > 0 && static_cast<double>(overlap) >= share * static_cast<double>(together)) {
                match = &u;
                break;
            }
        }
        if (match) {
            match->mask |= 1u << c.coder;
            match->start = std::min(match->start, c.start);
            match->end = std::max(match->end, c.end);
        } else {
            open.push_back({c.start, c.end, c.start, c.end, 1u << c.coder});
        }
    }
    done.insert(done.end(), open.begin(), open.end());
    std::sort(done.begin(), done.end(), [](const Unit &a, const Unit &b) {
        return a.anchorStart != b.anchorStart ? a.anchorStart < b.anchorStart : a.anchorEnd < b.anchorEnd;
    });
    for (const Unit &u : done) {
        sums.addBinary(u.mask);
        if (onUnit)
            onUnit(u.start, u.end, u.mask);
    }
    return sums;
}

std::vector<std::vector<UnitizingAlpha::Span>> UnitSweep::spansByCoder(std::span<const CodingSpan> codings, int coders)
{
    std::vector<std::vector<UnitizingAlpha::Span>> spans(static_cast<size_t>(coders));
    for (const CodingSpan &c : codings) {
        if (c.coder >= 0 && c.coder < coders)
            spans[static_cast<size_t>(c.coder)].push_back({c.start, c.end});
    }
    return spans;
}

} // namespace marginalia
