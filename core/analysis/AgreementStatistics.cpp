#include "analysis/AgreementStatistics.h"

#include <algorithm>
#include <bit>
#include <vector>

namespace marginalia {

ReliabilitySums::ReliabilitySums(int coders, int categories)
    : m_coders(std::max(coders, 1)),
      m_categories(std::max(categories, 1)),
      m_data(static_cast<size_t>(ScalarCount + 2 * m_categories + m_categories * m_categories + m_coders * m_categories),
             0.0)
{
}

double ReliabilitySums::coderValues(int coder, int category) const
{
    if (coder < 0 || coder >= m_coders || category < 0 || category >= m_categories)
        return 0;
    return byCoder()[coder * m_categories + category];
}

void ReliabilitySums::addCategoryCounts(const int *counts, int total, double weight)
{
    m_data[Units] += weight;
    if (total < 2)
        return;
    m_data[Pairable] += weight;
    double agreeingPairs = 0;
    for (int c = 0; c < m_categories; ++c) {
        const double n = counts[c];
        agreeingPairs += n * (n - 1);
        values()[c] += weight * n;
        shares()[c] += weight * n / total;
        if (counts[c] == total)
            m_data[AllAgree] += weight;
    }
    m_data[PairAgreement] += weight * agreeingPairs / (static_cast<double>(total) * (total - 1));
    m_data[Coincidence] += weight * agreeingPairs / (total - 1);
}

void ReliabilitySums::addUnit(std::span<const int> valueByCoder, double weight)
{
    std::vector<int> counts(static_cast<size_t>(m_categories), 0);
    int total = 0;
    for (size_t i = 0; i < valueByCoder.size() && i < static_cast<size_t>(m_coders); ++i) {
        const int v = valueByCoder[i];
        if (v >= 0 && v < m_categories) {
            ++counts[static_cast<size_t>(v)];
            ++total;
        }
    }
    addCategoryCounts(counts.data(), total, weight);
    if (total < 2)
        return;
    for (size_t i = 0; i < valueByCoder.size() && i < static_cast<size_t>(m_coders); ++i) {
        const int v = valueByCoder[i];
        if (v >= 0 && v < m_categories)
            byCoder()[static_cast<qsizetype>(i) * m_categories + v] += weight;
    }
    if (m_coders == 2 && valueByCoder.size() >= 2) {
        const int a = valueByCoder[0];
        const int b = valueByCoder[1];
        if (a >= 0 && a < m_categories && b >= 0 && b < m_categories)
            pairs()[a * m_categories + b] += weight;
    }
}

void ReliabilitySums::addCounts(std::span<const int> countByCategory, double weight)
{
    std::vector<int> counts(static_cast<size_t>(m_categories), 0);
    int total = 0;
    for (size_t c = 0; c < countByCategory.size() && c < counts.size(); ++c) {
        counts[c] = std::max(countByCategory[c], 0);
        total += counts[c];
    }
    addCategoryCounts(counts.data(), total, weight);
}

void ReliabilitySums::addBinary(quint32 mask, double weight)
{
    if (weight == 0)
        return;
    const int yes = std::popcount(mask);
    const int counts[2] = {m_coders - yes, yes};
    if (m_categories != 2)
        return;
    addCategoryCounts(counts, m_coders, weight);
    if (m_coders < 2)
        return;
    for (int i = 0; i < m_coders; ++i)
        byCoder()[i * 2 + ((mask >> i) & 1u)] += weight;
    if (m_coders == 2)
        pairs()[(mask & 1u) * 2 + ((mask >> 1) & 1u)] += weight;
}

void ReliabilitySums::add(const ReliabilitySums &other, double weight)
{
    if (other.m_coders != m_coders || other.m_categories != m_categories || weight == 0)
        return;
    const double *from = other.m_data.data();
    double *to = m_data.data();
    for (size_t i = 0, n = m_data.size(); i < n; ++i)
        to[i] += weight * from[i];
}

std::array<std::optional<double>, kAgreementStatisticCount> ReliabilitySums::statistics() const
{
    std::array<std::optional<double>, kAgreementStatisticCount> result;
    const double pairable = m_data[Pairable];
    if (pairable <= 0)
        return result;
    const auto at = [](AgreementStatistic s) { return static_cast<size_t>(s); };
    const int q = m_categories;

    result[at(AgreementStatistic::PercentAgreement)] = 100.0 * m_data[AllAgree] / pairable;
    // P̄: the mean over pairable units of the share of agreeing coder pairs (Fleiss 1971, Gwet 2008).
    const double pairAgreement = m_data[PairAgreement] / pairable;

    double values = 0;
    int usedCategories = 0;
    const std::span<const double> byCategory(this->values(), static_cast<size_t>(q));
    for (double v : byCategory) {
        values += v;
        if (v > 0)
            ++usedCategories;
    }
    // Fleiss' kappa: Pe = Σ_c p_c², p_c the share of all pairable values in category c.
    if (usedCategories >= 2) {
        double pe = 0;
        for (double v : byCategory)
            pe += (v / values) * (v / values);
        result[at(AgreementStatistic::FleissKappa)] = (pairAgreement - pe) / (1.0 - pe);
    }
    // Gwet's AC1: Pe = Σ_c π_c(1 − π_c) / (q − 1), π_c the mean over units of the unit's share of category c.
    if (q >= 2) {
        double pe = 0;
        for (double s : std::span<const double>(shares(), static_cast<size_t>(q))) {
            const double pi = s / pairable;
            pe += pi * (1.0 - pi);
        }
        pe /= (q - 1);
        result[at(AgreementStatistic::GwetAc1)] = (pairAgreement - pe) / (1.0 - pe);
        // Brennan & Prediger: chance agreement 1/q.
        result[at(AgreementStatistic::BrennanPrediger)] = (pairAgreement - 1.0 / q) / (1.0 - 1.0 / q);
    }
    // Krippendorff's alpha, nominal: 1 − Do/De = 1 − (n − 1)·(n − Σ_c o_cc) / (n² − Σ_c n_c²).
    if (usedCategories >= 2) {
        double squares = 0;
        for (double v : byCategory)
            squares += v * v;
        result[at(AgreementStatistic::KrippendorffAlpha)] =
            1.0 - (values - 1.0) * (values - m_data[Coincidence]) / (values * values - squares);
    }
    // Cohen's kappa: two coders, the units both coded; Pe = Σ_c P(A = c)·P(B = c).
    if (m_coders == 2) {
        double total = 0;
        double agreed = 0;
        std::vector<double> rows(static_cast<size_t>(q), 0.0), columns(static_cast<size_t>(q), 0.0);
        for (int a = 0; a < q; ++a) {
            for (int b = 0; b < q; ++b) {
                const double n = pairs()[a * q + b];
                total += n;
                rows[static_cast<size_t>(a)] += n;
                columns[static_cast<size_t>(b)] += n;
                if (a == b)
                    agreed += n;
            }
        }
        bool certain = false;   // Pe = 1: both coders used one and the same category throughout
        double pe = 0;
        for (size_t c = 0; c < rows.size(); ++c) {
            if (rows[c] == total && columns[c] == total)
                certain = true;
            pe += (rows[c] / total) * (columns[c] / total);
        }
        if (total > 0 && !certain)
            result[at(AgreementStatistic::CohenKappa)] = (agreed / total - pe) / (1.0 - pe);
    }
    return result;
}

ReliabilitySums ReliabilityMatrix::sums() const
{
    ReliabilitySums sums(coders, categories);
    for (const QList<int> &unit : units)
        sums.addUnit(std::span<const int>(unit.constData(), static_cast<size_t>(unit.size())));
    return sums;
}

} // namespace marginalia
