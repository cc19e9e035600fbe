// Agreement statistics, units, bootstrap and unitizing alpha, against published worked examples and small cases
// worked out by hand (each expected number says where it comes from).
#include "ProjectFixtures.h"

#include "analysis/Adjudication.h"
#include "analysis/Agreement.h"
#include "analysis/AgreementSample.h"
#include "analysis/AgreementStatistics.h"
#include "analysis/KrippendorffBootstrap.h"
#include "analysis/UnitizingAlpha.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "text/TextNormalizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <cmath>
#include <random>

using namespace marginalia;

namespace {

bool near(double actual, double expected, double tolerance = 1e-9)
{
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

std::optional<double> stat(const ReliabilitySums &sums, AgreementStatistic s)
{
    return sums.statistics()[static_cast<size_t>(s)];
}

} // namespace

#define QCOMPARE_NEAR_TOL(actual, expected, tolerance)                                                                \
    do {                                                                                                              \
        const auto value_ = (actual);                                                                                 \
        QVERIFY2(value_.has_value(), qPrintable(QStringLiteral("%1 is undefined").arg(QLatin1String(#actual))));      \
        QVERIFY2(near(*value_, (expected), (tolerance)),                                                              \
                 qPrintable(QStringLiteral("%1 is %2, expected %3").arg(QLatin1String(#actual)).arg(*value_, 0, 'g', 15).arg((expected), 0, 'g', 15))); \
    } while (false)
#define QCOMPARE_NEAR(actual, expected) QCOMPARE_NEAR_TOL(actual, expected, 1e-9)

class TestAgreement : public QObject, private ProjectFixtures
{
    Q_OBJECT

private:
    const QString ann = QStringLiteral("Ann");
    const QString bo = QStringLiteral("Bo");

private Q_SLOTS:
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers × 12 units, values
    // 1–5, missing values ("*"). The paper gives alpha (nominal) = 0.743. Values are shifted to 0–4 here.
    void krippendorffPublishedExample()
    {
        const int x = -1;
        const QList<QList<int>> byObserver = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, x, x, x},   // A
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, x, 3},   // B
            {x, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, x},   // C
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, x},   // D
        };
        ReliabilityMatrix matrix;
        matrix.coders = 4;
        matrix.categories = 5;
        for (int u = 0; u < 12; ++u) {
            QList<int> unit;
            for (const QList<int> &observer : byObserver)
                unit.append(observer[u] < 0 ? -1 : observer[u] - 1);
            matrix.units.append(unit);
        }
        const ReliabilitySums sums = matrix.sums();
        QCOMPARE(sums.units(), 12.0);
        QCOMPARE(sums.pairableUnits(), 11.0);   // unit 12 has one value and is not pairable
        QCOMPARE_NEAR_TOL(stat(sums, AgreementStatistic::KrippendorffAlpha), 0.743, 5e-4);
        // Exactly, from the paper's coincidence matrix: the diagonal o_11..o_55 = 7, 10, 8, 4, 3 (Σ = 32), the totals
        // n_c = 9, 13, 10, 5, 3 (n = 40, Σ n_c² = 384): alpha = 1 − 39·(40 − 32) / (1600 − 384) = 1 − 312/1216.
        QCOMPARE_NEAR(stat(sums, AgreementStatistic::KrippendorffAlpha), 1.0 - 312.0 / 1216.0);
    }

    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section A: binary data, two observers, ten
    // units, no missing values. A = 0 1 0 0 0 0 0 0 1 0, B = 1 1 1 0 0 1 0 0 0 0; the paper gives alpha = 0.095.
    // By hand: coincidences o_00 = 10 (units 4, 5, 7, 8, 10 twice each), o_01 = o_10 = 4 (units 1, 3, 6, 9), o_11 = 2
    // (unit 2); n_0 = 14, n_1 = 6, n = 20: alpha = 1 − (n − 1)·o_01 / (n_0·n_1) = 1 − 19·4/84 = 1 − 76/84.
    void krippendorffBinaryPublishedExample()
    {
        const QList<int> a = {0, 1, 0, 0, 0, 0, 0, 0, 1, 0};
        const QList<int> b = {1, 1, 1, 0, 0, 1, 0, 0, 0, 0};
        ReliabilityMatrix matrix;
        for (int u = 0; u < a.size(); ++u)
            matrix.units.append({a[u], b[u]});
        const ReliabilitySums sums = matrix.sums();
        QCOMPARE_NEAR_TOL(stat(sums, AgreementStatistic::KrippendorffAlpha), 0.095, 5e-3);
        QCOMPARE_NEAR(stat(sums, AgreementStatistic::KrippendorffAlpha), 1.0 - 76.0 / 84.0);
        QCOMPARE_NEAR(stat(sums, AgreementStatistic::PercentAgreement), 60.0);   // 6 of the 10 units agree
    }

    // Krippendorff (2011), section B: nominal data, two observers, twelve units, no missing values (values a–e, here
    // 0–4). A = a a b b d c c c e d d a, B = b a b b b c c c e d d d; the paper gives alpha = 0.692.
    // By hand: units 1, 5 and 12 disagree, so the off-diagonal coincidences sum to 6; n = 24 with n_a = 4, n_b = 6,
    // n_c = 6, n_d = 6, n_e = 2 (Σ n_c² = 128): alpha = 1 − (n − 1)·6 / (n² − Σ n_c²) = 1 − 138/448.
    void krippendorffNominalPublishedExample()
    {
        const QList<int> a = {0, 0, 1, 1, 3, 2, 2, 2, 4, 3, 3, 0};
        const QList<int> b = {1, 0, 1, 1, 1, 2, 2, 2, 4, 3, 3, 3};
        ReliabilityMatrix matrix;
        matrix.categories = 5;
        for (int u = 0; u < a.size(); ++u)
            matrix.units.append({a[u], b[u]});
        const ReliabilitySums sums = matrix.sums();
        QCOMPARE_NEAR_TOL(stat(sums, AgreementStatistic::KrippendorffAlpha), 0.692, 5e-4);
        QCOMPARE_NEAR(stat(sums, AgreementStatistic::KrippendorffAlpha), 1.0 - 138.0 / 448.0);
    }

    // Fleiss (1971), "Measuring nominal scale agreement among many raters", Psychological Bulletin 76(5):378–382,
    // Table 1: 30 patients, each diagnosed by 6 psychiatrists into 5 categories (depression, personality disorder,
    // schizophrenia, neurosis, other). The paper prints the table as counts per category; the rows below are those
    // counts, taken from the same data as published in R's irr package (`diagnoses`, "used by Fleiss (1971)") and
    // checked against the paper's own figures: the category shares p_j = .144, .144, .167, .306, .239 (26, 26, 30,
    // 55, 43 of 180), P̄ = .556, P̄e = .220, kappa = .430 (irr's kappam.fleiss: 0.4302445), and the per-category
    // kappas of the paper's Table 2, .245, .245, .520, .471, .566.
    // Exactly: Σ_i Σ_j n_ij² = 680, so P̄ = (680 − 30·6) / (30·6·5) = 500/900; Σ_j n_j² = 26² + 26² + 30² + 55² + 43²
    // = 7126, so P̄e = 7126/32400; kappa = (500/900 − 7126/32400) / (1 − 7126/32400) = 10874/25274.
    void fleissPublishedTable()
    {
        const QList<QList<int>> table = {
            {0, 0, 0, 6, 0}, {0, 3, 0, 0, 3}, {0, 1, 4, 0, 1}, {0, 0, 0, 0, 6}, {0, 3, 0, 3, 0},
            {2, 0, 4, 0, 0}, {0, 0, 4, 0, 2}, {2, 0, 3, 1, 0}, {2, 0, 0, 4, 0}, {0, 0, 0, 0, 6},
            {1, 0, 0, 5, 0}, {1, 1, 0, 4, 0}, {0, 3, 3, 0, 0}, {1, 0, 0, 5, 0}, {0, 2, 0, 3, 1},
            {0, 0, 5, 0, 1}, {3, 0, 0, 1, 2}, {5, 1, 0, 0, 0}, {0, 2, 0, 4, 0}, {1, 0, 2, 0, 3},
            {0, 0, 0, 0, 6}, {0, 1, 0, 5, 0}, {0, 2, 0, 1, 3}, {2, 0, 0, 4, 0}, {1, 0, 0, 4, 1},
            {0, 5, 0, 1, 0}, {4, 0, 0, 0, 2}, {0, 2, 0, 4, 0}, {1, 0, 5, 0, 0}, {0, 0, 0, 0, 6},
        };
        QCOMPARE(table.size(), 30);
        ReliabilitySums sums(6, 5);
        QList<int> totals(5, 0);
        for (const QList<int> &row : table) {
            int raters = 0;
            for (int j = 0; j < 5; ++j) {
                totals[j] += row[j];
                raters += row[j];
            }
            QCOMPARE(raters, 6);
            sums.addCounts(std::span<const int>(row.constData(), static_cast<size_t>(row.size())));
        }
        QCOMPARE(totals, (QList<int>{26, 26, 30, 55, 43}));   // the paper's p_j × 180
        QCOMPARE_NEAR_TOL(stat(sums, AgreementStatistic::FleissKappa), 0.430, 5e-4);
        QCOMPARE_NEAR(stat(sums, AgreementStatistic::FleissKappa), 10874.0 / 25274.0);
        // Brennan–Prediger with q = 5: (P̄ − 1/5) / (1 − 1/5) = (5/9 − 1/5) / (4/5) = 4/9.
        QCOMPARE_NEAR(stat(sums, AgreementStatistic::BrennanPrediger), 4.0 / 9.0);

        // The paper's kappa for one category against the rest is Fleiss' kappa of the table collapsed to two columns
        // (the category, all others): Table 2's .245, .245, .520, .471, .566. Exactly, for schizophrenia: p = 1/6,
        // Σ_i n_i(6 − n_i) = 4·2 + 4·2 + 4·2 + 3·3 + 3·3 + 5·1 + 2·4 + 5·1 = 60 (patients 3, 6, 7, 8, 13, 16, 20, 29),
        // kappa = 1 − 60 / (30·6·5·(1/6)·(5/6)) = 1 − 60/125 = 0.52.
        const double perCategory[] = {0.245, 0.245, 0.520, 0.471, 0.566};
        for (int j = 0; j < 5; ++j) {
            ReliabilitySums collapsed(6, 2);
            for (const QList<int> &row : table) {
                const int counts[] = {6 - row[j], row[j]};
                collapsed.addCounts(counts);
            }
            QCOMPARE_NEAR_TOL(stat(collapsed, AgreementStatistic::FleissKappa), perCategory[j], 1.5e-3);
            if (j == 2)
                QCOMPARE_NEAR(stat(collapsed, AgreementStatistic::FleissKappa), 0.52);
        }
    }

    // Wikipedia's worked example of Fleiss' kappa ("Fleiss' kappa", worked example; not Fleiss's own table, which is
    // fleissPublishedTable above): 10 subjects, 14 raters, 5 categories.
    // P̄ = 0.378, Pe = 0.213, kappa = 0.210.
    void fleissPublishedExample()
    {
        const QList<QList<int>> table = {
            {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0},  {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7},
        };
        ReliabilitySums sums(14, 5);
        for (const QList<int> &row : table)
            sums.addCounts(std::span<const int>(row.constData(), static_cast<size_t>(row.size())));
        QCOMPARE_NEAR_TOL(stat(sums, AgreementStatistic::FleissKappa), 0.210, 5e-3);
        // Exactly: P̄ = Σ_i (Σ_j n_ij² − 14) / (14·13) / 10 = (378 − 140)/182/10... worked per row:
        // Σ_j n_ij² per row = 196, 60, 70, 94, 74, 98, 58, 46, 66, 66 → Σ = 828; P̄ = (828 − 140) / 1820 = 0.378022;
        // p_j = 20, 28, 39, 21, 32 of 140 → Pe = (400 + 784 + 1521 + 441 + 1024) / 19600 = 4170/19600 = 0.212755;
        // kappa = (688/1820 − 4170/19600) / (1 − 4170/19600).
        const double pBar = 688.0 / 1820.0;
        const double pe = 4170.0 / 19600.0;
        QCOMPARE_NEAR(stat(sums, AgreementStatistic::FleissKappa), (pBar - pe) / (1 - pe));
        // Brennan–Prediger with q = 5: (P̄ − 0.2) / 0.8.
        QCOMPARE_NEAR(stat(sums, AgreementStatistic::BrennanPrediger), (pBar - 0.2) / 0.8);
        QVERIFY(!stat(sums, AgreementStatistic::CohenKappa));   // no coder identity in a count table
    }

    // Cohen's kappa, Wikipedia's worked example ("Cohen's kappa", simple example): 50 proposals, both yes 20, A yes
    // B no 5, A no B yes 10, both no 15: Po = 0.7, Pe = 0.5·0.6 + 0.5·0.4 = 0.5, kappa = 0.4.
    // By hand on the same table: P̄ = 0.7 (two coders: the share of units agreed on);
    //   Scott/Fleiss: p_yes = 55/100, Pe = 0.55² + 0.45² = 0.505, kappa = 0.195/0.495;
    //   Gwet AC1: π_yes = (20·1 + 15·0.5)/50 = 0.55, Pe = 2·0.55·0.45 = 0.495, AC1 = 0.205/0.505;
    //   Brennan–Prediger: (0.7 − 0.5)/0.5 = 0.4;
    //   alpha: n = 100, n_yes = 55, n_no = 45, Σ o_cc = 70: 1 − 99·30/(10000 − 3025 − 2025) = 1 − 2970/4950 = 0.4.
    void cohenPublishedExampleAndTheOthersByHand()
    {
        ReliabilitySums sums(2, 2);
        const int yy[] = {1, 1}, yn[] = {1, 0}, ny[] = {0, 1}, nn[] = {0, 0};
        sums.addUnit(yy, 20);
        sums.addUnit(yn, 5);
        sums.addUnit(ny, 10);
        sums.addUnit(nn, 15);
        QCOMPARE_NEAR(stat(sums, AgreementStatistic::PercentAgreement), 70.0);
        QCOMPARE_NEAR(stat(sums, AgreementStatistic::CohenKappa), 0.4);
        QCOMPARE_NEAR(stat(sums, AgreementStatistic::FleissKappa), 0.195 / 0.495);
        QCOMPARE_NEAR(stat(sums, AgreementStatistic::GwetAc1), 0.205 / 0.505);
        QCOMPARE_NEAR(stat(sums, AgreementStatistic::BrennanPrediger), 0.4);
        QCOMPARE_NEAR(stat(sums, AgreementStatistic::KrippendorffAlpha), 0.4);

        // The same data as binary masks (bit 0: A, bit 1: B) gives the same sums.
        ReliabilitySums binary(2, 2);
        binary.addBinary(3, 20);
        binary.addBinary(1, 5);
        binary.addBinary(2, 10);
        binary.addBinary(0, 15);
        QCOMPARE(binary.statistics(), sums.statistics());
        QCOMPARE(binary.coderValues(0, 1), 25.0);
        QCOMPARE(binary.coderValues(1, 1), 30.0);
    }

    // Undefined statistics: everyone always "no" — kappa, Fleiss and alpha have no chance-corrected value; percent
    // agreement 100, AC1 = (1 − 0)/(1 − 0) = 1 (π_yes = 0, Pe = 0), Brennan–Prediger (1 − 0.5)/0.5 = 1.
    void undefinedWhereChanceIsCertain()
    {
        ReliabilitySums sums(3, 2);
        sums.addBinary(0, 10);
        QCOMPARE_NEAR(stat(sums, AgreementStatistic::PercentAgreement), 100.0);
        QVERIFY(!stat(sums, AgreementStatistic::CohenKappa));
        QVERIFY(!stat(sums, AgreementStatistic::FleissKappa));
        QVERIFY(!stat(sums, AgreementStatistic::KrippendorffAlpha));
        QCOMPARE_NEAR(stat(sums, AgreementStatistic::GwetAc1), 1.0);
        QCOMPARE_NEAR(stat(sums, AgreementStatistic::BrennanPrediger), 1.0);
        QVERIFY(!stat(ReliabilitySums(2, 2), AgreementStatistic::PercentAgreement));
    }

    // The bootstrap: the same seed gives the same intervals, another seed other draws; percentiles of a sample
    // whose every unit is the same are that value.
    void bootstrapIsReproducible()
    {
        QList<ReliabilitySums> blocks;
        for (int i = 0; i < 60; ++i) {
            ReliabilitySums unit(2, 2);
            unit.addBinary(i % 5 == 0 ? 1u : (i % 2 ? 3u : 0u));
            blocks.append(unit);
        }
        const BootstrapEstimate a = bootstrapBlocks(blocks, 1000, 42);
        const BootstrapEstimate b = bootstrapBlocks(blocks, 1000, 42);
        const BootstrapEstimate c = bootstrapBlocks(blocks, 1000, 43);
        QCOMPARE(a.draws, 1000);
        const auto alpha = AgreementStatistic::KrippendorffAlpha;
        QVERIFY(a.interval(alpha) && b.interval(alpha) && c.interval(alpha));
        QCOMPARE(a.interval(alpha)->low, b.interval(alpha)->low);
        QCOMPARE(a.interval(alpha)->high, b.interval(alpha)->high);
        QCOMPARE(*a.alphaBelow800, *b.alphaBelow800);
        QVERIFY(a.interval(alpha)->low != c.interval(alpha)->low || a.interval(alpha)->high != c.interval(alpha)->high
                || *a.alphaBelow800 != *c.alphaBelow800);
        QVERIFY(a.interval(alpha)->low <= a.interval(alpha)->high);

        // The random integers stay in range and reach both ends.
        BootstrapRandom random(7);
        bool sawZero = false, sawTop = false;
        for (int i = 0; i < 2000; ++i) {
            const quint64 v = random.below(7);
            QVERIFY(v < 7);
            sawZero |= v == 0;
            sawTop |= v == 6;
        }
        QVERIFY(sawZero && sawTop);
    }

    // A large sample from a population whose alpha is known: the truth is yes or no with probability 1/2, each of
    // two coders reports it with probability 0.9 and the opposite otherwise, independently. Then P(A ≠ B) =
    // 2·0.9·0.1 = 0.18 and the expected disagreement is 1/2, so the population alpha is 1 − 0.18/0.5 = 0.64.
    // 4,000 units drawn (fixed seed); the 95 % interval contains 0.64, and the sample alpha lies in its interval.
    void bootstrapIntervalContainsTheKnownAlpha()
    {
        std::mt19937_64 engine(12345);
        QList<ReliabilitySums> blocks;
        ReliabilitySums all(2, 2);
        for (int i = 0; i < 4000; ++i) {
            const bool truth = (engine() >> 63) != 0;
            const bool a = (engine() % 10 != 0) ? truth : !truth;
            const bool b = (engine() % 10 != 0) ? truth : !truth;
            ReliabilitySums unit(2, 2);
            unit.addBinary((a ? 1u : 0u) | (b ? 2u : 0u));
            blocks.append(unit);
            all.add(unit);
        }
        const BootstrapEstimate estimate = bootstrapBlocks(blocks, 1000, kDefaultBootstrapSeed);
        const auto &ci = estimate.interval(AgreementStatistic::KrippendorffAlpha);
        QVERIFY(ci);
        QVERIFY2(ci->low < 0.64 && 0.64 < ci->high, qPrintable(QStringLiteral("[%1, %2]").arg(ci->low).arg(ci->high)));
        const double sample = *stat(all, AgreementStatistic::KrippendorffAlpha);
        QVERIFY(ci->low < sample && sample < ci->high);
        // About ±1.96·SE with SE ≈ 0.012 for 4,000 units: the interval is narrow.
        QVERIFY(ci->high - ci->low < 0.1);
        QVERIFY(*estimate.alphaBelow800 > 0.99);   // 0.64 is far below 0.800
    }

    // |u|alpha by hand (formulas in UnitizingAlpha.h), L = 10, two coders.
    // A [0,4), B [2,6): one overlapping pair, δ² = 2² + 2² = 8; ordered pairs: 16; uDo = 16/(2·1·100) = 0.08.
    //   Sections l = 4, 4 (N = 2); gaps: A [4,10) = 6, B [0,2) = 2 and [6,10) = 4.
    //   Per section: (2 − 1)(2·64 − 3·16 + 4)/3 = 28, plus 16·((6 − 4 + 1) + (4 − 4 + 1)) = 64: 92; both 184.
    //   uDe = (2/10)·184 / (20·19 − (12 + 12)) = 36.8/356; alpha = 1 − 0.08·356/36.8 = 0.226087…
    // A [0,2), B nothing: A's section lies in B's gap: 4 each way, uDo = 8/200 = 0.04; N = 1, gaps 8 (A) and 10 (B):
    //   uDe = (2/10)·4·((8 − 2 + 1) + (10 − 2 + 1)) / (380 − 2) = 12.8/378; alpha = 1 − 0.04·378/12.8 = −0.18125.
    // Identical spans: uDo = 0, alpha = 1.
    void unitizingAlphaByHand()
    {
        UnitizingAlpha overlap(2);
        overlap.addStretch(10, {{{0, 4}}, {{2, 6}}});
        QCOMPARE_NEAR(overlap.observedDisagreement(), 0.08);
        QCOMPARE_NEAR(overlap.expectedDisagreement(), 36.8 / 356.0);
        QCOMPARE_NEAR(overlap.alpha(), 1.0 - 0.08 * 356.0 / 36.8);

        UnitizingAlpha alone(2);
        alone.addStretch(10, {{{0, 2}}, {}});
        QCOMPARE_NEAR(alone.alpha(), -0.18125);

        UnitizingAlpha same(2);
        same.addStretch(10, {{{2, 6}}, {{2, 4}, {3, 6}}});   // B's two spans merge into [2,6)
        QCOMPARE_NEAR(same.alpha(), 1.0);

        // Two documents laid end to end: A [0,4) and B [2,6) in a first document of 10, and a second empty document
        // of 10: L = 20, uDo = 16/(2·400) = 0.02; gaps A 6 + 10 = 16, B 2, 14: per section 28 + 16·(13 + 11) = 412,
        // both 824; uDe = (2/20)·824/(40·39 − 24) = 82.4/1536; alpha = 1 − 0.02·1536/82.4.
        UnitizingAlpha two(2);
        two.addStretch(10, {{{0, 4}}, {{2, 6}}});
        two.addStretch(10, {});
        QCOMPARE_NEAR(two.alpha(), 1.0 - 0.02 * 1536.0 / 82.4);

        QVERIFY(!UnitizingAlpha(2).alpha());   // no continuum
        UnitizingAlpha nothing(2);
        nothing.addStretch(10, {});
        QVERIFY(!nothing.alpha());             // nothing coded: uDe = 0
    }

    // The paragraph unit. Text "Alpha one.\nBeta two.\n\nGamma three.\n": paragraphs [0,10), [11,20), [22,34).
    // X: Ann [0,5) and [22,30), Bo [3,15). P1 both, P2 Bo only, P3 Ann only: 1 of 3 agree (33.3 %).
    //   Cohen: Po = 1/3, pA = pB = 2/3, Pe = 4/9 + 1/9 = 5/9, kappa = (3/9 − 5/9)/(4/9) = −0.5.
    //   alpha: n = 6, n_yes = 4, n_no = 2, Σ o_cc = 2: 1 − 5·4/(36 − 16 − 4) = −0.25.
    // Y: Ann [11,12) only: P2 Ann only, P1 and P3 no for both. Pooled over X and Y: 6 units, 1 + 2 agree: 50 %.
    void paragraphUnit()
    {
        auto project = freshProject();
        Project &p = *project;
        const qint64 d = addDocument(p, QStringLiteral("P"), QStringLiteral("Alpha one.\nBeta two.\n\nGamma three.\n"));
        const qint64 x = addCode(p, QStringLiteral("X"));
        const qint64 y = addCode(p, QStringLiteral("Y"));
        code(p, d, x, 0, 5, ann);
        code(p, d, x, 22, 30, ann);
        code(p, d, x, 3, 15, bo);
        code(p, d, y, 11, 12, ann);
        AgreementOptions options;
        options.unit = AgreementUnit::Paragraph;
        QList<ReliabilityRow> rows;
        options.onUnit = [&](const ReliabilityRow &row) { rows.append(row); };
        auto result = Agreement(p).compute({ann, bo}, {}, options);
        QVERIFY2(result, qPrintable(marginalia::errorText(result)));
        QCOMPARE(result->codes.size(), 2);
        const AgreementMeasures &mx = result->codes[0].measures;
        QCOMPARE(mx.units, qint64(3));
        QCOMPARE(mx.percentAgreement, 100.0 / 3);
        QCOMPARE_NEAR(mx.cohenKappa, -0.5);
        QCOMPARE_NEAR(mx.krippendorffAlpha, -0.25);
        QCOMPARE(result->overall.units, qint64(6));
        QCOMPARE_NEAR(std::optional<double>(result->overall.percentAgreement), 50.0);
        // Reliability data: 3 paragraphs × 2 codes, values per coder.
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows[0].codePath, QStringLiteral("X"));
        QCOMPARE(rows[0].values, (QList<int>{1, 1}));
        QCOMPARE(rows[1].values, (QList<int>{0, 1}));
        QCOMPARE(rows[2].values, (QList<int>{1, 0}));
        QCOMPARE(rows[2].start, qint64(22));
        QCOMPARE(rows[4].codePath, QStringLiteral("Y"));
        QCOMPARE(rows[4].values, (QList<int>{1, 0}));
    }

    // The sentence unit. "I came. I saw. I won.\n": sentences [0,7), [8,14), [15,21). X: Ann [0,14), Bo [8,14):
    // S1 Ann only, S2 both, S3 neither. 2 of 3 agree: 66.7 %.
    //   Cohen: Po = 2/3, pA = 2/3, pB = 1/3, Pe = 2/9 + 2/9 = 4/9, kappa = (2/9)/(5/9) = 0.4.
    //   Fleiss: P̄ = 2/3, p_yes = 1/2, Pe = 1/2: (2/3 − 1/2)/(1/2) = 1/3. AC1: π_yes = (0.5 + 1 + 0)/3 = 1/2,
    //   Pe = 2·(1/4) = 1/2: 1/3. Brennan–Prediger: 1/3. alpha: n = 6, n_yes = n_no = 3, Σ o_cc = 4:
    //   1 − 5·2/(36 − 9 − 9) = 1 − 10/18 = 0.444…
    void sentenceUnit()
    {
        auto project = freshProject();
        Project &p = *project;
        const qint64 d = addDocument(p, QStringLiteral("S"), QStringLiteral("I came. I saw. I won.\n"));
        const qint64 x = addCode(p, QStringLiteral("X"));
        code(p, d, x, 0, 14, ann);
        code(p, d, x, 8, 14, bo);
        AgreementOptions options;
        options.unit = AgreementUnit::Sentence;
        auto result = Agreement(p).compute({ann, bo}, {}, options);
        QVERIFY2(result, qPrintable(marginalia::errorText(result)));
        const AgreementMeasures &m = result->codes[0].measures;
        QCOMPARE(m.units, qint64(3));
        QCOMPARE_NEAR(std::optional<double>(m.percentAgreement), 200.0 / 3);
        QCOMPARE_NEAR(m.cohenKappa, 0.4);
        QCOMPARE_NEAR(m.fleissKappa, 1.0 / 3);
        QCOMPARE_NEAR(m.gwetAc1, 1.0 / 3);
        QCOMPARE_NEAR(m.brennanPrediger, 1.0 / 3);
        QCOMPARE_NEAR(m.krippendorffAlpha, 1.0 - 10.0 / 18);
        QCOMPARE(m.yes, (QList<qint64>{2, 1}));
    }

    // The segment unit, in a document of 500 characters. X: Ann [0,100), Bo [2,100): overlap 98 of union 100 ≥ 95 %,
    // matched. Ann [200,300), Bo [200,250): 50 of 100, two units. Ann [400,410) alone.
    // At 95 %: 4 units, (yes,yes) 1, Ann only 2, Bo only 1: 25 %. Cohen: Po = 1/4, pA = 3/4, pB = 1/2,
    //   Pe = 3/8 + 1/8 = 1/2, kappa = −0.5. alpha: n = 8, n_yes = 5, n_no = 3, Σ o_cc = 2: 1 − 7·6/(64 − 25 − 9) = −0.4.
    // At 50 %: [200,300) and [200,250) match (50 ≥ 50 % of 100): 3 units, 2 agree: 66.7 %.
    void segmentUnit()
    {
        auto project = freshProject();
        Project &p = *project;
        const qint64 d = addDocument(p, QStringLiteral("G"), QString(499, u'a') + u'\n');
        const qint64 x = addCode(p, QStringLiteral("X"));
        code(p, d, x, 0, 100, ann);
        code(p, d, x, 2, 100, bo);
        code(p, d, x, 200, 300, ann);
        code(p, d, x, 200, 250, bo);
        code(p, d, x, 400, 410, ann);
        AgreementOptions options;
        options.unit = AgreementUnit::Segment;
        auto result = Agreement(p).compute({ann, bo}, {}, options);
        QVERIFY2(result, qPrintable(marginalia::errorText(result)));
        const AgreementMeasures &m = result->codes[0].measures;
        QCOMPARE(m.units, qint64(4));
        QCOMPARE_NEAR(std::optional<double>(m.percentAgreement), 25.0);
        QCOMPARE_NEAR(m.cohenKappa, -0.5);
        QCOMPARE_NEAR(m.krippendorffAlpha, -0.4);
        options.overlapPercent = 50;
        auto loose = Agreement(p).compute({ann, bo}, {}, options);
        QVERIFY(loose);
        QCOMPARE(loose->codes[0].measures.units, qint64(3));
        QCOMPARE_NEAR(std::optional<double>(loose->codes[0].measures.percentAgreement), 200.0 / 3);
        options.overlapPercent = 0;
        QVERIFY(!Agreement(p).compute({ann, bo}, {}, options));
    }

    // The character unit with every statistic, unitizing alpha and streamed disagreements. One document of 10
    // characters, X: Ann [0,4), Bo [2,6): both 2, Ann only 2, Bo only 2, neither 4. 6 of 10 agree: 60 %.
    //   Cohen: Po = 0.6, pA = pB = 0.4, Pe = 0.16 + 0.36 = 0.52, kappa = 0.08/0.48 = 1/6.
    //   Fleiss: p_yes = 0.4, Pe = 0.52, the same 1/6. AC1: π_yes = (2 + 0.5·4)/10 = 0.4, Pe = 2·0.4·0.6 = 0.48,
    //   (0.6 − 0.48)/0.52 = 0.12/0.52. Brennan–Prediger: (0.6 − 0.5)/0.5 = 0.2.
    //   alpha: n = 20, n_yes = 8, n_no = 12, Σ o_cc = 12: 1 − 19·8/(400 − 64 − 144) = 1 − 152/192.
    //   |u|alpha: the hand example above, 0.226087…
    void characterUnitEveryStatistic()
    {
        auto project = freshProject();
        Project &p = *project;
        const qint64 d = addDocument(p, QStringLiteral("C"), QStringLiteral("abcdefghi\n"));
        const qint64 x = addCode(p, QStringLiteral("X"));
        code(p, d, x, 0, 4, ann);
        code(p, d, x, 2, 6, bo);
        AgreementOptions options;
        QList<Disagreement> streamed;
        options.onDisagreement = [&](const Disagreement &dis) { streamed.append(dis); };
        auto result = Agreement(p).compute({ann, bo}, {}, options);
        QVERIFY2(result, qPrintable(marginalia::errorText(result)));
        const AgreementMeasures &m = result->codes[0].measures;
        QCOMPARE(m.units, qint64(10));
        QCOMPARE_NEAR(std::optional<double>(m.percentAgreement), 60.0);
        QCOMPARE_NEAR(m.cohenKappa, 1.0 / 6);
        QCOMPARE_NEAR(m.fleissKappa, 1.0 / 6);
        QCOMPARE_NEAR(m.gwetAc1, 0.12 / 0.52);
        QCOMPARE_NEAR(m.brennanPrediger, 0.2);
        QCOMPARE_NEAR(m.krippendorffAlpha, 1.0 - 152.0 / 192);
        QCOMPARE_NEAR(result->codes[0].unitizingAlpha, 1.0 - 0.08 * 356.0 / 36.8);
        QCOMPARE_NEAR(result->overallUnitizingAlpha, 1.0 - 0.08 * 356.0 / 36.8);
        // Streamed: [0,2) Ann only, [4,6) Bo only, none kept in the result.
        QVERIFY(result->disagreements.isEmpty());
        QCOMPARE(result->disagreementCount, qint64(2));
        QCOMPARE(streamed.size(), 2);
        QCOMPARE(streamed[0].start, qint64(0));
        QCOMPARE(streamed[0].end, qint64(2));
        QCOMPARE(streamed[0].text, QStringLiteral("ab"));
        QCOMPARE(streamed[0].codedBy, QStringList{ann});
        QCOMPARE(streamed[1].start, qint64(4));
        QCOMPARE(streamed[1].notCodedBy, QStringList{ann});
    }

    // Three coders at the character level, one document of 10 characters, X: Ann [0,6), Bo [0,4), Cy [2,6).
    //   [0,2) Ann, Bo (2 of 3 yes); [2,4) all three; [4,6) Ann, Cy; [6,10) none. Percent: [2,4) and [6,10): 60 %.
    //   P̄: a 2-of-3 unit has 1 agreeing pair of 3, a unanimous one 3 of 3: (2·1/3 + 2 + 2·1/3 + 4)/10 = 22/30.
    //   Fleiss: p_yes = 14/30, Pe = (196 + 256)/900 = 452/900: (660 − 452)/(900 − 452) = 208/448.
    //   AC1: π_yes = (2·2/3 + 2·1 + 2·2/3)/10 = 14/30, Pe = 2·(14/30)(16/30) = 448/900: (660 − 448)/(900 − 448) = 212/452.
    //   Brennan–Prediger: (22/30 − 1/2)/(1/2) = 14/30. alpha: 1 − 29·4/(14·16) = 1 − 116/224 (as in test_analysis).
    //   Cohen's kappa: two coders only, none.
    void threeCodersEveryStatistic()
    {
        auto project = freshProject();
        Project &p = *project;
        const qint64 d = addDocument(p, QStringLiteral("T"), QString(9, u't') + u'\n');
        const qint64 x = addCode(p, QStringLiteral("X"));
        const QString cy = QStringLiteral("Cy");
        code(p, d, x, 0, 6, ann);
        code(p, d, x, 0, 4, bo);
        code(p, d, x, 2, 6, cy);
        auto result = Agreement(p).compute({ann, bo, cy}, {}, AgreementOptions{});
        QVERIFY2(result, qPrintable(marginalia::errorText(result)));
        const AgreementMeasures &m = result->codes[0].measures;
        QCOMPARE_NEAR(std::optional<double>(m.percentAgreement), 60.0);
        QVERIFY(!m.cohenKappa);
        QCOMPARE_NEAR(m.fleissKappa, 208.0 / 448);
        QCOMPARE_NEAR(m.gwetAc1, 212.0 / 452);
        QCOMPARE_NEAR(m.brennanPrediger, 14.0 / 30);
        QCOMPARE_NEAR(m.krippendorffAlpha, 1.0 - 116.0 / 224);
        QCOMPARE(m.yes, (QList<qint64>{6, 4, 4}));
    }

    // The document-level cluster bootstrap through a project: 30 documents, in each Ann codes X on [0,4) and Bo on
    // [0,4) in two of every three documents, else nothing. Same seed, same interval; the point estimate lies inside.
    void projectBootstrap()
    {
        auto project = freshProject();
        Project &p = *project;
        const qint64 x = addCode(p, QStringLiteral("X"));
        const qint64 y = addCode(p, QStringLiteral("Y"));
        for (int i = 0; i < 30; ++i) {
            const qint64 d = addDocument(p, QStringLiteral("D%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("abcdefghi\n"));
            code(p, d, x, 0, 4, ann);
            code(p, d, y, 5, 6, bo);   // every document coded by both coders
            if (i % 3 != 0)
                code(p, d, x, 0, 4, bo);
        }
        AgreementOptions options;
        options.unit = AgreementUnit::Document;
        options.bootstrapDraws = 1000;
        options.seed = 99;
        auto a = Agreement(p).compute({ann, bo}, {x}, options);
        auto b = Agreement(p).compute({ann, bo}, {x}, options);
        QVERIFY2(a && b, qPrintable(a ? b.error() : a.error()));
        // Documents: 20 (yes, yes), 10 (yes, no): 66.7 %.
        QCOMPARE_NEAR(std::optional<double>(a->overall.percentAgreement), 200.0 / 3);
        const auto &ci = a->overall.bootstrap->interval(AgreementStatistic::PercentAgreement);
        QVERIFY(ci);
        QCOMPARE(ci->low, b->overall.bootstrap->interval(AgreementStatistic::PercentAgreement)->low);
        QCOMPARE(ci->high, b->overall.bootstrap->interval(AgreementStatistic::PercentAgreement)->high);
        QVERIFY(ci->low < 200.0 / 3 && 200.0 / 3 < ci->high);
        QCOMPARE(a->overall.bootstrap->draws, 1000);
        const QString methods = agreementMethodsText(*a);
        QVERIFY(methods.contains(QStringLiteral("2 coders (Ann, Bo)")));
        QVERIFY(methods.contains(QStringLiteral("the document as the unit")));
        QVERIFY(methods.contains(QStringLiteral("95 % CI")));
        QVERIFY(methods.contains(QStringLiteral("0.800")));
        QVERIFY(a->definitionsForUnit().first().startsWith(QStringLiteral("documents compared")));
        QVERIFY(a->definitionsForUnit()[1].startsWith(QStringLiteral("unit: document")));
    }
    // Progress and Cancel (AgreementOptions::progress) and a restriction to some documents (documentIds).
    // 4 documents coded by both, 1,000 draws: steps = 4 + 1,000; the documents are announced before each (steps 0..3),
    // once all are done (4), then after each draw (5..1,004).
    void progressCancelAndDocumentRestriction()
    {
        auto project = freshProject();
        Project &p = *project;
        const qint64 x = addCode(p, QStringLiteral("X"));
        QList<qint64> documents;
        for (int i = 0; i < 4; ++i) {
            const qint64 d = addDocument(p, QStringLiteral("D%1").arg(i), QStringLiteral("abcdefghi\n"));
            documents.append(d);
            code(p, d, x, 0, 4, ann);
            code(p, d, x, i < 2 ? 0 : 5, i < 2 ? 4 : 9, bo);   // D0, D1 agree; D2, D3 do not
        }
        AgreementOptions options;
        options.unit = AgreementUnit::Document;
        options.bootstrapDraws = 1000;
        QList<qint64> steps;
        qint64 total = 0;
        options.progress = [&](qint64 step, qint64 all) {
            steps.append(step);
            total = all;
            return true;
        };
        auto full = Agreement(p).compute({ann, bo}, {x}, options);
        QVERIFY2(full, qPrintable(full ? QString() : full.error()));
        QCOMPARE(total, qint64(1004));
        QCOMPARE(steps.size(), 1005);
        QCOMPARE(steps.first(), qint64(0));
        QCOMPARE(steps[4], qint64(4));
        QCOMPARE(steps.last(), qint64(1004));

        // Stopped in the documents, and in the draws: the computation fails with the cancel message.
        options.progress = [](qint64 step, qint64) { return step < 2; };
        auto stopped = Agreement(p).compute({ann, bo}, {x}, options);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error(), agreementCancelledMessage());
        options.progress = [](qint64 step, qint64) { return step < 500; };
        QVERIFY(!Agreement(p).compute({ann, bo}, {x}, options));

        // Only D0 and D2, at the character unit: D0 ann = bo [0,4): 10 characters agree; D2 ann [0,4), bo [5,9): 10 − 8 = 2 agree.
        options.progress = {};
        options.bootstrapDraws = 0;
        options.unit = AgreementUnit::Character;
        options.documentIds = {documents[0], documents[2]};
        auto some = Agreement(p).compute({ann, bo}, {x}, options);
        QVERIFY2(some, qPrintable(some ? QString() : some.error()));
        QCOMPARE(some->documents, (QStringList{QStringLiteral("D0"), QStringLiteral("D2")}));
        QCOMPARE(some->comparedCharacters, qint64(20));
        QCOMPARE_NEAR(std::optional<double>(some->overall.percentAgreement), 100.0 * 12 / 20);
    }

    // Adjudication's clusters by hand. One document "abcdefghijklmnopqrst\n" (21 characters), code X:
    //   Ann [0,5) and [5,8), Bo [0,8): the same characters (touching codings merge): agreed, copied by start().
    //   Ann [10,12), Bo [11,14), Ann [13,15): one cluster by transitive overlap, extent [10,15): a disagreement.
    //   Bo [17,19): Bo alone: a disagreement.
    // Code Y: Ann [0,2) only; Bo codes nothing of Y: a disagreement. A document only Ann coded is left out.
    void adjudicationClustersAndDecisions()
    {
        auto project = freshProject();
        Project &p = *project;
        const qint64 x = addCode(p, QStringLiteral("X"));
        const qint64 y = addCode(p, QStringLiteral("Y"));
        const qint64 d = addDocument(p, QStringLiteral("D"), QStringLiteral("abcdefghijklmnopqrst\n"));
        const qint64 alone = addDocument(p, QStringLiteral("E"), QStringLiteral("only ann\n"));
        code(p, d, x, 0, 5, ann);
        code(p, d, x, 5, 8, ann);
        code(p, d, x, 0, 8, bo);
        code(p, d, x, 10, 12, ann);
        code(p, d, x, 11, 14, bo);
        code(p, d, x, 13, 15, ann);
        code(p, d, x, 17, 19, bo);
        code(p, d, y, 0, 2, ann);
        code(p, alone, x, 0, 4, ann);
        Adjudication adjudication(p, ann, bo, QStringLiteral("consensus"));
        auto items = adjudication.items();
        QVERIFY2(items, qPrintable(items ? QString() : items.error()));
        QCOMPARE(items->size(), 3);
        QCOMPARE((*items)[0].codePath, QStringLiteral("X"));
        QCOMPARE((*items)[0].extent, (TextSpan{10, 15}));
        QCOMPARE((*items)[0].spansA, (QList<TextSpan>{{10, 12}, {13, 15}}));
        QCOMPARE((*items)[0].spansB, (QList<TextSpan>{{11, 14}}));
        QCOMPARE((*items)[1].extent, (TextSpan{17, 19}));
        QVERIFY((*items)[1].spansA.isEmpty());
        QCOMPARE((*items)[2].codePath, QStringLiteral("Y"));
        QCOMPARE((*items)[2].status, AdjudicationStatus::Open);

        // start(): the agreed [0,8) is copied once (merged), and the baseline saved: character unit, D alone
        // (E only Ann coded). X: Ann 8 + 2 + 2 = 12, Bo 8 + 3 + 2 = 13, both 8 + 1 + 1 = 10 → 21 − 5 = 16 agree;
        // Y: Ann 2, Bo 0 → 19 agree. Pooled over 42 units: 35 agree, 83.3 %.
        auto copied = adjudication.start();
        QVERIFY2(copied, qPrintable(copied ? QString() : copied.error()));
        QCOMPARE(*copied, qint64(1));
        auto saved = adjudication.baseline();
        QVERIFY(saved && *saved);
        QCOMPARE((*saved)->coders, (QStringList{ann, bo}));
        QCOMPARE((*saved)->documents, qint64(1));
        QCOMPARE_NEAR(std::optional<double>((*saved)->percentAgreement), 100.0 * 35 / 42);
        QCOMPARE(*adjudication.start(), qint64(0));   // nothing left to copy

        // Decisions: both on the first ([10,15) merged), an edited span [17,18) on the second; then B on the first
        // replaces the union with Bo's [11,14).
        QVERIFY(adjudication.decide((*items)[0], AdjudicationChoice::Both));
        QVERIFY(adjudication.decide((*items)[1], AdjudicationChoice::Edited, {17, 18}));
        QVERIFY(!adjudication.decide((*items)[1], AdjudicationChoice::Edited, {20, 40}));   // past the end: refused
        items = adjudication.items();
        QCOMPARE((*items)[0].consensus, (QList<TextSpan>{{10, 15}}));
        QCOMPARE((*items)[0].status, AdjudicationStatus::Both);
        QCOMPARE((*items)[1].consensus, (QList<TextSpan>{{17, 18}}));
        QCOMPARE((*items)[1].status, AdjudicationStatus::Edited);
        QVERIFY(adjudication.decide((*items)[0], AdjudicationChoice::CoderB));
        items = adjudication.items();
        QCOMPARE((*items)[0].consensus, (QList<TextSpan>{{11, 14}}));
        QCOMPARE((*items)[0].status, AdjudicationStatus::CoderB);

        // "Neither" on Y (Ann's [0,2), Bo nothing) leaves no consensus coding, yet reads back as decided, not open;
        // A afterwards replaces it (Ann's span), and "neither" again takes that coding away and is remembered again.
        QCOMPARE((*items)[2].status, AdjudicationStatus::Open);
        QVERIFY(adjudication.decide((*items)[2], AdjudicationChoice::Neither));
        items = adjudication.items();
        QVERIFY((*items)[2].consensus.isEmpty());
        QCOMPARE((*items)[2].status, AdjudicationStatus::Neither);
        QCOMPARE(Adjudication(p, ann, bo, QStringLiteral("other")).items()->at(2).status, AdjudicationStatus::Open);
        QVERIFY(adjudication.decide((*items)[2], AdjudicationChoice::CoderA));
        items = adjudication.items();
        QCOMPARE((*items)[2].consensus, (QList<TextSpan>{{0, 2}}));
        QCOMPARE((*items)[2].status, AdjudicationStatus::CoderA);
        QVERIFY(adjudication.decide((*items)[2], AdjudicationChoice::Neither));
        items = adjudication.items();
        QVERIFY((*items)[2].consensus.isEmpty());
        QCOMPARE((*items)[2].status, AdjudicationStatus::Neither);

        // Refused: the same coder twice, a consensus coder who is one of the two, an unknown coder.
        QVERIFY(!Adjudication(p, ann, ann, QStringLiteral("consensus")).items());
        QVERIFY(!Adjudication(p, ann, bo, bo).items());
        QVERIFY(!Adjudication(p, ann, QStringLiteral("nobody"), QStringLiteral("consensus")).items());
    }

    // Documents are clustered one at a time (the codings come by document): a document coded only by Ann followed
    // by one coded only by Bo gives nothing (each document needs both coders), and the list is numbered by document
    // name whatever order the documents were added in: "b" (added first, Ann [0,2) against Bo [1,3)) comes after
    // "a" (Ann [0,4) and Bo [5,6): two disagreements).
    void adjudicationGoesDocumentByDocument()
    {
        auto project = freshProject();
        Project &p = *project;
        const qint64 x = addCode(p, QStringLiteral("X"));
        const qint64 b = addDocument(p, QStringLiteral("b"), QStringLiteral("bbbbbbbbbb\n"));
        const qint64 onlyAnn = addDocument(p, QStringLiteral("c1"), QStringLiteral("cccccccccc\n"));
        const qint64 onlyBo = addDocument(p, QStringLiteral("c2"), QStringLiteral("cccccccccc\n"));
        const qint64 a = addDocument(p, QStringLiteral("a"), QStringLiteral("aaaaaaaaaa\n"));
        code(p, b, x, 0, 2, ann);
        code(p, b, x, 1, 3, bo);
        code(p, onlyAnn, x, 0, 4, ann);
        code(p, onlyBo, x, 0, 4, bo);
        code(p, a, x, 0, 4, ann);
        code(p, a, x, 5, 6, bo);
        auto items = Adjudication(p, ann, bo, QStringLiteral("consensus")).items();
        QVERIFY2(items, qPrintable(items ? QString() : items.error()));
        // "a": [0,4) Ann alone and [5,6) Bo alone are two clusters; "b": one cluster [0,3).
        QCOMPARE(items->size(), 3);
        QCOMPARE((*items)[0].document, QStringLiteral("a"));
        QCOMPARE((*items)[0].extent, (TextSpan{0, 4}));
        QCOMPARE((*items)[1].document, QStringLiteral("a"));
        QCOMPARE((*items)[1].extent, (TextSpan{5, 6}));
        QCOMPARE((*items)[2].document, QStringLiteral("b"));
        QCOMPARE((*items)[2].extent, (TextSpan{0, 3}));
    }

    // The CLI's adjudicate on the project of adjudicationClustersAndDecisions' first part (the same codings): three
    // disagreements, numbered 1 ([10,15) of X), 2 ([17,19) of X), 3 ([0,2) of Y). A refused decision writes nothing,
    // not even the decisions before it in the same command.
    void adjudicateCommandLine()
    {
        const QString path = folder().filePath(QStringLiteral("adjudicate.marginalia"));
        {
            auto project = Project::create(path);
            QVERIFY(project);
            Project &p = **project;
            const qint64 x = addCode(p, QStringLiteral("X"));
            const qint64 y = addCode(p, QStringLiteral("Y"));
            const qint64 d = addDocument(p, QStringLiteral("D"), QStringLiteral("abcdefghijklmnopqrst\n"));
            code(p, d, x, 0, 8, ann);
            code(p, d, x, 0, 8, bo);
            code(p, d, x, 10, 12, ann);
            code(p, d, x, 11, 14, bo);
            code(p, d, x, 13, 15, ann);
            code(p, d, x, 17, 19, bo);
            code(p, d, y, 0, 2, ann);
        }
        const auto run = [&](const QStringList &arguments, int expectedExit = 0) {
            QProcess cli;
            cli.start(QStringLiteral(MARGINALIA_CLI), QStringList{QStringLiteral("adjudicate"), path} + arguments);
            cli.waitForFinished(60000);
            if (cli.exitCode() != expectedExit)
                qWarning("%s", cli.readAllStandardError().constData());
            [&] { QCOMPARE(cli.exitCode(), expectedExit); }();
            return QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        };
        const QStringList coders{QStringLiteral("--coders"), QStringLiteral("Ann,Bo"), QStringLiteral("--json")};
        QJsonObject listed = run(coders);
        QCOMPARE(listed.value(QStringLiteral("disagreements")).toArray().size(), 3);
        QVERIFY(listed.value(QStringLiteral("before")).isNull());
        QVERIFY(listed.value(QStringLiteral("after")).toArray().isEmpty());

        // Decision 2 is fine, decision 4 does not exist: exit 1 and nothing written (no consensus coder either).
        run(coders + QStringList{QStringLiteral("--start"), QStringLiteral("--decide"), QStringLiteral("2=b"),
                                 QStringLiteral("--decide"), QStringLiteral("4=a")},
            1);
        QVERIFY(run(coders).value(QStringLiteral("before")).isNull());
        run(coders + QStringList{QStringLiteral("--decide"), QStringLiteral("1=x")}, 2);

        // Start, coder b on 1 ([11,14)), the span [17,18) on 2, neither on 3.
        QJsonObject done = run(coders + QStringList{QStringLiteral("--start"), QStringLiteral("--decide"),
                                                    QStringLiteral("1=b"), QStringLiteral("--decide"),
                                                    QStringLiteral("2=17-18"), QStringLiteral("--decide"),
                                                    QStringLiteral("3=neither")});
        QCOMPARE(done.value(QStringLiteral("copied")).toInteger(), 1);
        QCOMPARE(done.value(QStringLiteral("decided")).toInteger(), 3);
        const QJsonArray items = done.value(QStringLiteral("disagreements")).toArray();
        QCOMPARE(items[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("b"));
        QCOMPARE(items[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("edited"));
        // Decided "neither": no consensus coding, remembered as a decision (not "open").
        QCOMPARE(items[2].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("neither"));
        // Before: X Ann 12, Bo 13, both 10 → 16 of 21 agree; Y 19 of 21 → 35 of 42: 83.3 %.
        QVERIFY(near(done.value(QStringLiteral("before")).toObject().value(QStringLiteral("percent_agreement")).toDouble(),
                     100.0 * 35 / 42));
        // After, consensus X = [0,8) [11,14) [17,18), Y none; 21 characters per code compared:
        //   Ann (X and Y, 42 units): X differs on [10,11) [12,13) [14,15) [17,18) = 4, Y on [0,2) = 2 → 36 of 42 = 85.7 %.
        //   Bo: neither Bo nor the consensus applied Y, so only X is compared (21 units): it differs on [18,19) →
        //   20 of 21 = 95.2 %.
        const QJsonArray after = done.value(QStringLiteral("after")).toArray();
        QCOMPARE(after.size(), 2);
        QVERIFY(near(after[0].toObject().value(QStringLiteral("percent_agreement")).toDouble(), 100.0 * 36 / 42));
        QVERIFY(near(after[1].toObject().value(QStringLiteral("percent_agreement")).toDouble(), 100.0 * 20 / 21));
    }

    // Resampling units or documents. 30 documents "I came. I saw. I won.\n" (3 sentences each); X: Ann codes the first
    // sentence everywhere, Bo the first in two documents of three and the last in the others. Both kinds of bootstrap
    // are reproducible, contain the estimate and differ from each other; the character unit refuses to resample units.
    void resamplingUnitsOrDocuments()
    {
        auto project = freshProject();
        Project &p = *project;
        const qint64 x = addCode(p, QStringLiteral("X"));
        for (int i = 0; i < 30; ++i) {
            const qint64 d = addDocument(p, QStringLiteral("D%1").arg(i, 2, 10, QLatin1Char('0')),
                                         QStringLiteral("I came. I saw. I won.\n"));
            code(p, d, x, 0, 7, ann);
            code(p, d, x, i % 3 ? 0 : 15, i % 3 ? 7 : 21, bo);   // every third document: Bo codes the last sentence
        }
        // Per document: S1 (yes, yes) twice in three, else S1 (yes, no) and S3 (no, yes); S2 (no, no).
        // 90 sentences: agree 20 (S1) + 30 (S2) + 20 (S3 no, no) = 70: 77.8 %.
        AgreementOptions options;
        options.unit = AgreementUnit::Sentence;
        options.bootstrapDraws = 1000;
        auto units = Agreement(p).compute({ann, bo}, {}, options);
        auto unitsAgain = Agreement(p).compute({ann, bo}, {}, options);
        options.resampling = BootstrapResampling::Documents;
        auto documents = Agreement(p).compute({ann, bo}, {}, options);
        QVERIFY(units && unitsAgain && documents);
        QCOMPARE(units->resampling, BootstrapResampling::Units);
        QCOMPARE(documents->resampling, BootstrapResampling::Documents);
        QCOMPARE_NEAR(std::optional<double>(units->overall.percentAgreement), 700.0 / 9);
        const auto alpha = AgreementStatistic::KrippendorffAlpha;
        const auto &u = units->overall.bootstrap->interval(alpha);
        const auto &d = documents->overall.bootstrap->interval(alpha);
        QVERIFY(u && d);
        QCOMPARE(u->low, unitsAgain->overall.bootstrap->interval(alpha)->low);
        QCOMPARE(u->high, unitsAgain->overall.bootstrap->interval(alpha)->high);
        const double estimate = *units->overall.krippendorffAlpha;
        QVERIFY(u->low < estimate && estimate < u->high);
        QVERIFY(d->low < estimate && estimate < d->high);
        QVERIFY(u->low != d->low || u->high != d->high);
        QVERIFY(units->definitionsForUnit().last().contains(QStringLiteral("resampling units")));

        options.unit = AgreementUnit::Segment;
        options.resampling.reset();
        auto segments = Agreement(p).compute({ann, bo}, {}, options);
        QVERIFY(segments);
        // Segments: 20 matched, 10 Ann only, 10 Bo only: 40 units, 50 %.
        QCOMPARE(segments->overall.units, qint64(40));
        QCOMPARE_NEAR(std::optional<double>(segments->overall.percentAgreement), 50.0);
        const auto &s = segments->overall.bootstrap->interval(AgreementStatistic::PercentAgreement);
        QVERIFY(s && s->low < 50.0 && 50.0 < s->high);

        options.unit = AgreementUnit::Character;
        options.resampling = BootstrapResampling::Units;
        QVERIFY(!Agreement(p).compute({ann, bo}, {}, options));
    }

    // The sample planner. 11 documents: site Beijing 6, Kunming 4, one without a site. At 20 %: Beijing round(1.2) = 1,
    // Kunming round(0.8) = 1, no site round(0.2) → at least 1: 3 documents. At 50 %: 3, 2, 1 (round(0.5) = 1 half up).
    // Each document of a stratum is equally likely: over 3,000 seeds at 20 % each of Kunming's 4 is drawn about
    // 750 times (binomial sd 24; the bounds 650–850 are four sd).
    void samplePlanner()
    {
        auto project = freshProject();
        Project &p = *project;
        DocumentStore store(p);
        QHash<QString, QString> siteOf;
        for (int i = 0; i < 11; ++i) {
            const QString name = QStringLiteral("doc%1").arg(i, 2, 10, QLatin1Char('0'));
            const qint64 id = addDocument(p, name, QStringLiteral("text %1\n").arg(i));
            const QString site = i < 6 ? QStringLiteral("Beijing") : i < 10 ? QStringLiteral("Kunming") : QString();
            if (!site.isEmpty())
                QVERIFY(store.setAttribute(id, QStringLiteral("site"), site));
            siteOf.insert(name, site);
        }
        AgreementSampler sampler(p);
        auto a = sampler.draw(0.2, QStringLiteral("site"), 1);
        QVERIFY2(a, qPrintable(marginalia::errorText(a)));
        QCOMPARE(a->strata.size(), 3);
        QCOMPARE(a->strata[0].value, QStringLiteral("Beijing"));
        QCOMPARE(a->strata[0].documents, qint64(6));
        QCOMPARE(a->strata[0].drawn.size(), 1);
        QCOMPARE(a->strata[1].drawn.size(), 1);
        QCOMPARE(a->strata[2].value, QString());
        QCOMPARE(a->strata[2].drawn, QStringList{QStringLiteral("doc10")});
        for (const AgreementSampleStratum &stratum : a->strata) {
            for (const QString &name : stratum.drawn)
                QCOMPARE(siteOf.value(name), stratum.value);
        }
        QCOMPARE(a->documents.size(), 3);
        auto again = sampler.draw(0.2, QStringLiteral("site"), 1);
        QCOMPARE(again->documents, a->documents);
        auto half = sampler.draw(0.5, QStringLiteral("site"), 1);
        QCOMPARE(half->strata[0].drawn.size(), 3);
        QCOMPARE(half->strata[1].drawn.size(), 2);
        QCOMPARE(half->strata[2].drawn.size(), 1);
        auto flat = sampler.draw(0.5, QString(), 1);
        QCOMPARE(flat->strata.size(), 1);
        QCOMPARE(flat->documents.size(), 6);   // round(5.5) = 6

        QHash<QString, int> times;
        for (quint64 seed = 0; seed < 3000; ++seed)
            times[sampler.draw(0.2, QStringLiteral("site"), seed)->strata[1].drawn.first()] += 1;
        QCOMPARE(times.size(), 4);
        for (auto it = times.cbegin(); it != times.cend(); ++it)
            QVERIFY2(it.value() > 650 && it.value() < 850, qPrintable(it.key() + u' ' + QString::number(it.value())));

        QVERIFY(!sampler.draw(0.2, QStringLiteral("region"), 1));
        QVERIFY(!sampler.draw(0, QStringLiteral("site"), 1));
        QVERIFY(!sampler.draw(1.5, QStringLiteral("site"), 1));

        // Saved as a yes/no attribute on exactly the drawn documents; the name cannot be taken twice.
        QVERIFY(sampler.save(*a, QStringLiteral("Round 1")));
        auto documents = store.list();
        QVERIFY(documents);
        int marked = 0;
        for (const DocumentInfo &info : *documents) {
            const bool drawn = a->documentIds.contains(info.id);
            QCOMPARE(info.attributes.contains(QStringLiteral("Round 1")), drawn);
            marked += drawn;
        }
        QCOMPARE(marked, 3);
        QVERIFY(!sampler.save(*a, QStringLiteral("Round 1")));
        QVERIFY(!sampler.save(*a, QStringLiteral("site")));
    }

    // The CLI: --json (streamed, still one valid document), every statistic with its interval, --methods, and the
    // reliability data. Project: the paragraph example above (X: P1 both, P2 Bo only, P3 Ann only).
    void commandLine()
    {
        const QString path = folder().filePath(QStringLiteral("cli.marginalia"));
        {
            auto project = Project::create(path);
            QVERIFY(project);
            Project &p = **project;
            const qint64 d = addDocument(p, QStringLiteral("P"), QStringLiteral("Alpha one.\nBeta two.\n\nGamma three.\n"));
            const qint64 x = addCode(p, QStringLiteral("X"));
            code(p, d, x, 0, 5, ann);
            code(p, d, x, 22, 30, ann);
            code(p, d, x, 3, 15, bo);
        }
        const auto run = [&](const QStringList &arguments, int expectedExit = 0) {
            QProcess cli;
            cli.start(QStringLiteral(MARGINALIA_CLI), arguments);
            cli.waitForFinished(60000);
            if (cli.exitCode() != expectedExit)
                qWarning("%s", cli.readAllStandardError().constData());
            [&] { QCOMPARE(cli.exitCode(), expectedExit); }();
            return cli.readAllStandardOutput();
        };
        const QString csv = folder().filePath(QStringLiteral("reliability.csv"));
        const QByteArray out = run({QStringLiteral("agreement"), path, QStringLiteral("--coders"), QStringLiteral("Ann,Bo"),
                                    QStringLiteral("--unit"), QStringLiteral("paragraph"), QStringLiteral("--json"),
                                    QStringLiteral("--reliability-data"), csv});
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + QString::fromUtf8(out)));
        QCOMPARE(json.value(QStringLiteral("unit")).toString(), QStringLiteral("paragraph"));
        const QJsonObject overall = json.value(QStringLiteral("overall")).toObject();
        QCOMPARE(overall.value(QStringLiteral("units")).toInteger(), 3);
        QVERIFY(near(overall.value(QStringLiteral("cohen_kappa")).toDouble(), -0.5));
        QVERIFY(near(overall.value(QStringLiteral("krippendorff_alpha")).toDouble(), -0.25));
        QVERIFY(overall.value(QStringLiteral("ci95")).toObject().value(QStringLiteral("krippendorff_alpha")).isArray()
                || overall.value(QStringLiteral("ci95")).toObject().value(QStringLiteral("krippendorff_alpha")).isNull());
        QCOMPARE(json.value(QStringLiteral("bootstrap")).toObject().value(QStringLiteral("draws")).toInt(), 1000);
        // Disagreements at the character level: [0,3) Ann only, [5,15) Bo only, [22,30) Ann only.
        const QJsonArray disagreements = json.value(QStringLiteral("disagreements")).toArray();
        QCOMPARE(disagreements.size(), 3);
        QCOMPARE(json.value(QStringLiteral("disagreement_count")).toInteger(), 3);
        QCOMPARE(disagreements[1].toObject().value(QStringLiteral("start")).toInteger(), 5);
        QCOMPARE(disagreements[1].toObject().value(QStringLiteral("text")).toString(), QStringLiteral(" one.\nBeta"));   // "Alpha one.": [5,15) starts at the space
        QVERIFY(json.value(QStringLiteral("methods")).toString().contains(QStringLiteral("the paragraph as the unit")));
        QVERIFY(json.value(QStringLiteral("definitions")).toArray()[1].toString().startsWith(QStringLiteral("unit: paragraph")));

        QFile matrix(csv);
        QVERIFY(matrix.open(QIODevice::ReadOnly));
        QCOMPARE(matrix.readAll(), QByteArray("Ann,Bo\n1,1\n0,1\n1,0\n"));
        QFile units(folder().filePath(QStringLiteral("reliability.units.csv")));
        QVERIFY(units.open(QIODevice::ReadOnly));
        QCOMPARE(units.readAll(), QByteArray("row,code,document,start,end\n1,X,P,0,10\n2,X,P,11,20\n3,X,P,22,34\n"));

        const QString methods = QString::fromUtf8(run({QStringLiteral("agreement"), path, QStringLiteral("--coders"),
                                                       QStringLiteral("Ann,Bo"), QStringLiteral("--methods")}));
        QVERIFY(methods.contains(QStringLiteral("2 coders (Ann, Bo) coded 1 document ")));
        QVERIFY(methods.contains(QStringLiteral("the character as the unit")));
        const QString table = QString::fromUtf8(run({QStringLiteral("agreement"), path, QStringLiteral("--coders"),
                                                     QStringLiteral("Ann,Bo"), QStringLiteral("--unit"), QStringLiteral("segment")}));
        QVERIFY(table.contains(QStringLiteral("unit: segment")));
        QVERIFY(table.contains(QStringLiteral("3 disagreement(s)")));
        // Refusals: a bad unit, too few draws, reliability data at the character unit; nothing on stdout.
        QVERIFY(run({QStringLiteral("agreement"), path, QStringLiteral("--coders"), QStringLiteral("Ann,Bo"),
                     QStringLiteral("--unit"), QStringLiteral("word")}, 2).isEmpty());
        QVERIFY(run({QStringLiteral("agreement"), path, QStringLiteral("--coders"), QStringLiteral("Ann,Bo"),
                     QStringLiteral("--bootstrap"), QStringLiteral("10")}, 2).isEmpty());
        QVERIFY(run({QStringLiteral("agreement"), path, QStringLiteral("--coders"), QStringLiteral("Ann,Bo"),
                     QStringLiteral("--reliability-data"), csv}, 2).isEmpty());
        QVERIFY(run({QStringLiteral("agreement"), path, QStringLiteral("--coders"), QStringLiteral("Ann,Nobody"),
                     QStringLiteral("--json")}, 1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "test_agreement.moc"
