#include "analysis/KrippendorffBootstrap.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace marginalia {

quint64 BootstrapRandom::below(quint64 n)
{
    if (n <= 1)
        return 0;
    constexpr quint64 top = std::numeric_limits<quint64>::max();
    // 2^64 mod n values at the top would make the low remainders more likely: draw again when one comes.
    const quint64 excess = (top % n + 1) % n;
    quint64 x = m_engine();
    while (excess != 0 && x > top - excess)
        x = m_engine();
    return x % n;
}

void BootstrapCollector::add(const std::array<std::optional<double>, kAgreementStatisticCount> &statistics)
{
    ++m_draws;
    for (size_t i = 0; i < statistics.size(); ++i) {
        if (statistics[i] && std::isfinite(*statistics[i]))
            m_values[i].push_back(*statistics[i]);
    }
}

BootstrapEstimate BootstrapCollector::estimate() const
{
    BootstrapEstimate estimate;
    estimate.draws = m_draws;
    for (size_t i = 0; i < m_values.size(); ++i) {
        std::vector<double> values = m_values[i];
        const qsizetype k = static_cast<qsizetype>(values.size());
        estimate.defined[i] = static_cast<int>(k);
        if (k == 0)
            continue;
        std::sort(values.begin(), values.end());
        // With k sorted draws, the lower bound has floor(0.025·k) draws below it and the upper bound as many above.
        const qsizetype tail = static_cast<qsizetype>(std::floor(0.025 * static_cast<double>(k)));
        estimate.intervals[i] = ConfidenceInterval{values[static_cast<size_t>(tail)],
                                                   values[static_cast<size_t>(k - 1 - tail)]};
        if (i == static_cast<size_t>(AgreementStatistic::KrippendorffAlpha)) {
            const auto below = [&](double threshold) {
                return static_cast<double>(std::lower_bound(values.begin(), values.end(), threshold) - values.begin())
                       / static_cast<double>(k);
            };
            estimate.alphaBelow800 = below(0.800);
            estimate.alphaBelow667 = below(0.667);
        }
    }
    return estimate;
}

void resampleBlocks(qsizetype blocks, int draws, quint64 seed,
                    const std::function<void(std::span<const quint32> multiplicity)> &onDraw)
{
    if (blocks <= 0 || draws <= 0)
        return;
    BootstrapRandom random(seed);
    std::vector<quint32> multiplicity(static_cast<size_t>(blocks), 0);
    for (int draw = 0; draw < draws; ++draw) {
        std::fill(multiplicity.begin(), multiplicity.end(), 0u);
        for (qsizetype i = 0; i < blocks; ++i)
            ++multiplicity[static_cast<size_t>(random.below(static_cast<quint64>(blocks)))];
        onDraw(multiplicity);
    }
}

BootstrapEstimate bootstrapBlocks(const QList<ReliabilitySums> &blocks, int draws, quint64 seed)
{
    BootstrapCollector collector;
    if (blocks.isEmpty())
        return collector.estimate();
    const ReliabilitySums &first = blocks.first();
    resampleBlocks(blocks.size(), draws, seed, [&](std::span<const quint32> multiplicity) {
        ReliabilitySums sample(first.coders(), first.categories());
        for (size_t i = 0; i < multiplicity.size(); ++i) {
            if (multiplicity[i] != 0)
                sample.add(blocks[static_cast<qsizetype>(i)], multiplicity[i]);
        }
        collector.add(sample.statistics());
    });
    return collector.estimate();
}

} // namespace marginalia
