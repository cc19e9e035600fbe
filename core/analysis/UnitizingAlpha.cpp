#include "analysis/UnitizingAlpha.h"

#include <algorithm>

namespace marginalia {

namespace {

using Span = UnitizingAlpha::Span;

// Sorted, clipped to [0, length), overlapping or touching spans merged.
std::vector<Span> sections(std::vector<Span> spans, qint64 length)
{
    std::vector<Span> merged;
    for (Span &s : spans) {
        s.start = std::clamp<qint64>(s.start, 0, length);
        s.end = std::clamp<qint64>(s.end, 0, length);
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    for (const Span &s : spans) {
        if (s.end <= s.start)
            continue;
        if (!merged.empty() && s.start <= merged.back().end)
            merged.back().end = std::max(merged.back().end, s.end);
        else
            merged.push_back(s);
    }
    return merged;
}

long double square(qint64 x)
{
    return static_cast<long double>(x) * static_cast<long double>(x);
}

// δ² summed over the sections of one coder (a) against another (b), one direction: overlapping pairs, and a's
// sections that overlap none of b's (they lie in one of b's gaps).
long double directedDistance(const std::vector<Span> &a, const std::vector<Span> &b, bool withOverlaps)
{
    long double sum = 0;
    size_t j = 0;
    for (const Span &g : a) {
        while (j < b.size() && b[j].end <= g.start)
            ++j;
        bool overlapped = false;
        for (size_t k = j; k < b.size() && b[k].start < g.end; ++k) {
            overlapped = true;
            if (withOverlaps)
                sum += square(g.start - b[k].start) + square(g.end - b[k].end);
        }
        if (!overlapped)
            sum += square(g.end - g.start);
    }
    return sum;
}

} // namespace

UnitizingAlpha::UnitizingAlpha(int coders) : m_coders(std::max(coders, 2)), m_lastEnd(static_cast<size_t>(m_coders), 0) {}

void UnitizingAlpha::addStretch(qint64 length, std::vector<std::vector<Span>> spansByCoder)
{
    if (length <= 0)
        return;
    spansByCoder.resize(static_cast<size_t>(m_coders));
    std::vector<std::vector<Span>> merged;
    merged.reserve(spansByCoder.size());
    for (std::vector<Span> &spans : spansByCoder)
        merged.push_back(sections(std::move(spans), length));
    for (int i = 0; i < m_coders; ++i) {
        for (int j = i + 1; j < m_coders; ++j) {
            // Both directions: the overlapping pairs once each way, each coder's unmatched sections.
            m_observedSum += 2 * directedDistance(merged[i], merged[j], true);
            m_observedSum += 2 * directedDistance(merged[j], merged[i], false);
        }
    }
    for (size_t c = 0; c < merged.size(); ++c) {
        for (const Span &s : merged[c]) {
            const qint64 start = m_length + s.start;
            if (start > m_lastEnd[c])
                m_gaps.push_back(start - m_lastEnd[c]);
            m_sections.push_back(s.end - s.start);
            m_lastEnd[c] = m_length + s.end;
        }
    }
    m_length += length;
}

std::optional<double> UnitizingAlpha::observedDisagreement() const
{
    if (m_length <= 0)
        return std::nullopt;
    return static_cast<double>(m_observedSum / (static_cast<long double>(m_coders) * (m_coders - 1) * square(m_length)));
}

std::optional<double> UnitizingAlpha::expectedDisagreement() const
{
    if (m_length <= 0)
        return std::nullopt;
    std::vector<qint64> gaps = m_gaps;
    for (qint64 end : m_lastEnd) {
        if (m_length > end)
            gaps.push_back(m_length - end);
    }
    std::sort(gaps.begin(), gaps.end());
    // suffix[i]: Σ gaps[i..]; the gaps at least l long are those from lower_bound(l) on.
    std::vector<long double> suffix(gaps.size() + 1, 0);
    for (size_t i = gaps.size(); i-- > 0;)
        suffix[i] = suffix[i + 1] + static_cast<long double>(gaps[i]);
    const long double n = static_cast<long double>(m_sections.size());
    long double numerator = 0;
    long double selfPairs = 0;
    for (qint64 l : m_sections) {
        const long double ld = static_cast<long double>(l);
        numerator += (n - 1) * (2 * ld * ld * ld - 3 * ld * ld + ld) / 3;
        const size_t from = static_cast<size_t>(std::lower_bound(gaps.begin(), gaps.end(), l) - gaps.begin());
        const long double count = static_cast<long double>(gaps.size() - from);
        numerator += ld * ld * (suffix[from] - count * (ld - 1));
        selfPairs += ld * (ld - 1);
    }
    const long double mL = static_cast<long double>(m_coders) * static_cast<long double>(m_length);
    const long double denominator = mL * (mL - 1) - selfPairs;
    if (denominator <= 0)
        return std::nullopt;
    return static_cast<double>(2 * numerator / static_cast<long double>(m_length) / denominator);
}

std::optional<double> UnitizingAlpha::alpha() const
{
    const auto observed = observedDisagreement();
    const auto expected = expectedDisagreement();
    if (!observed || !expected || *expected <= 0)
        return std::nullopt;
    return 1.0 - *observed / *expected;
}

} // namespace marginalia
