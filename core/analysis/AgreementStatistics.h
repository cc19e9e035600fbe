#pragma once

#include <QList>

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace marginalia {

// The agreement statistics Marginalia reports, in the order it reports them.
enum class AgreementStatistic {
    PercentAgreement,   // units on which all coders agree, × 100
    CohenKappa,         // two coders only
    FleissKappa,
    GwetAc1,
    BrennanPrediger,
    KrippendorffAlpha,  // nominal
};
inline constexpr int kAgreementStatisticCount = 6;

// Sums over units of nominal reliability data (units × coders, each value a category 0..q−1 or missing) from
// which every statistic follows. Sums add: the sums of two sets of units are the sums of their union, so a
// bootstrap can resample blocks of units by adding their sums with weights, and a run of n identical units is
// added once with weight n (the character level adds runs of characters this way, never one character at a time).
//
// Only units with two or more values ("pairable", Krippendorff) enter the statistics; a unit with one value is
// counted in units() and otherwise ignored.
class ReliabilitySums
{
public:
    explicit ReliabilitySums(int coders = 2, int categories = 2);

    // One unit given by each coder's value (−1: missing), added weight times.
    void addUnit(std::span<const int> valueByCoder, double weight = 1);
    // One unit given only by how many coders chose each category (no coder identity: Cohen's kappa and the
    // per-coder counts stay empty), as in Fleiss's tables.
    void addCounts(std::span<const int> countByCategory, double weight = 1);
    // Binary data (category 1 = "coded", 0 = "not coded"), every coder present: the coders in mask said 1.
    void addBinary(quint32 mask, double weight = 1);
    void add(const ReliabilitySums &other, double weight = 1);

    int coders() const { return m_coders; }
    int categories() const { return m_categories; }
    double units() const { return m_data[Units]; }
    double pairableUnits() const { return m_data[Pairable]; }
    // Pairable values coded with the category by the coder (coder identity known).
    double coderValues(int coder, int category) const;

    // Every statistic; empty where undefined (no pairable unit, or a chance agreement of 1).
    std::array<std::optional<double>, kAgreementStatisticCount> statistics() const;

private:
    void addCategoryCounts(const int *counts, int total, double weight);

    // Every sum in one array, so adding two sums (the bootstrap's inner loop) is one pass over contiguous doubles:
    // the scalars below, then per category n_c (pairable values) and Σ_u n_uc / m_u (Gwet's π_c × units), then the
    // q × q table of coders 0 and 1 both present (Cohen), then coder × category pairable values.
    enum Scalar { Units, Pairable, AllAgree, PairAgreement, Coincidence, ScalarCount };
    // AllAgree: pairable units whose values are all the same; PairAgreement: Σ_u Σ_c n_uc(n_uc − 1)/(m_u(m_u − 1));
    // Coincidence: Σ_u Σ_c n_uc(n_uc − 1)/(m_u − 1), Krippendorff's o_cc summed over c.
    double *values() { return m_data.data() + ScalarCount; }
    double *shares() { return values() + m_categories; }
    double *pairs() { return shares() + m_categories; }
    double *byCoder() { return pairs() + m_categories * m_categories; }
    const double *values() const { return m_data.data() + ScalarCount; }
    const double *shares() const { return values() + m_categories; }
    const double *pairs() const { return shares() + m_categories; }
    const double *byCoder() const { return pairs() + m_categories * m_categories; }

    int m_coders = 2;
    int m_categories = 2;
    std::vector<double> m_data;
};

// Reliability data in the matrix form (units as rows, coders as columns), for the published worked examples and
// for tests; the project's agreement adds its units to ReliabilitySums directly.
struct ReliabilityMatrix
{
    int coders = 2;
    int categories = 2;
    QList<QList<int>> units;   // each: one value per coder, −1 missing

    ReliabilitySums sums() const;
};

} // namespace marginalia
