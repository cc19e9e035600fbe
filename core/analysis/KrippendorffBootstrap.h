#pragma once

#include "analysis/AgreementStatistics.h"

#include <QList>

#include <array>
#include <functional>
#include <optional>
#include <random>
#include <span>

namespace marginalia {

// The seed used when none is given: the year and month of Hayes & Krippendorff (2007). Any run with the same
// seed, draws and data gives the same intervals on every platform (see BootstrapRandom).
inline constexpr quint64 kDefaultBootstrapSeed = 200704;
inline constexpr int kDefaultBootstrapDraws = 1000;

// Uniform integers from std::mt19937_64 (whose output the standard fixes) by our own mapping: rejection of the
// incomplete top range, then the remainder. std::uniform_int_distribution is not used: its mapping is left to the
// library, so the same seed would give other intervals with another compiler.
class BootstrapRandom
{
public:
    explicit BootstrapRandom(quint64 seed) : m_engine(seed) {}
    quint64 below(quint64 n);   // uniform in [0, n); n > 0

private:
    std::mt19937_64 m_engine;
};

struct ConfidenceInterval
{
    double low = 0;
    double high = 0;
};

// The percentile bootstrap of every statistic: the 2.5th and 97.5th percentiles of the draws on which the
// statistic is defined, and for alpha the share of those draws below Krippendorff's thresholds.
struct BootstrapEstimate
{
    int draws = 0;                                                             // draws made
    std::array<int, kAgreementStatisticCount> defined{};                       // draws where each was defined
    std::array<std::optional<ConfidenceInterval>, kAgreementStatisticCount> intervals;
    std::optional<double> alphaBelow800;   // P(alpha < 0.800)
    std::optional<double> alphaBelow667;   // P(alpha < 0.667)

    const std::optional<ConfidenceInterval> &interval(AgreementStatistic s) const
    {
        return intervals[static_cast<size_t>(s)];
    }
};

// Gathers the statistics of each draw, then summarizes them.
class BootstrapCollector
{
public:
    void add(const std::array<std::optional<double>, kAgreementStatisticCount> &statistics);
    BootstrapEstimate estimate() const;

private:
    int m_draws = 0;
    std::array<std::vector<double>, kAgreementStatisticCount> m_values;
};

// Resamples blocks of units with replacement: each draw picks `blocks` blocks uniformly (a block may come more
// than once) and hands onDraw how many times each block was picked. A block is a unit for a plain unit bootstrap,
// or all units of one document for the cluster bootstrap the project's agreement uses.
void resampleBlocks(qsizetype blocks, int draws, quint64 seed,
                    const std::function<void(std::span<const quint32> multiplicity)> &onDraw);

// The bootstrap of the statistics of a list of blocks (each block's sums), e.g. one block per unit.
BootstrapEstimate bootstrapBlocks(const QList<ReliabilitySums> &blocks, int draws, quint64 seed = kDefaultBootstrapSeed);

} // namespace marginalia
