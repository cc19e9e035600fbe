#pragma once

#include <QList>

#include <optional>
#include <vector>

namespace marginalia {

// Krippendorff's unitizing alpha for one category, |u|alpha (Krippendorff 1995, Sociological Methodology 25:47–76;
// 2004, Quality & Quantity 38:787–800): the coders' own spans are the data. Each coder's spans divide the
// continuum into coded sections and gaps; the distance between two coders' sections is
//   (b_g − b_h)² + (e_g − e_h)²   for two coded sections that overlap,
//   l_g²                            for a coded section lying wholly in a gap of the other coder,
//   0                               otherwise,
// uDo = Σ over ordered pairs of coders i ≠ j, sections g of i, h of j of δ²(g, h) / (m(m − 1)·L²),
// uDe = (2/L)·Σ_coded g [ (N − 1)(2l_g³ − 3l_g² + l_g)/3 + l_g²·Σ_gaps h with l_h ≥ l_g (l_h − l_g + 1) ]
//       / ( mL(mL − 1) − Σ_coded g l_g(l_g − 1) ),
// with m coders, L the continuum's length, N the number of coded sections of all coders, and |u|alpha = 1 − uDo/uDe.
// Documents are laid end to end into one continuum (a gap may run from one document into the next). A coder's
// overlapping or touching spans merge into one section.
//
// Cost: sorting each document's spans, then linear; the expected disagreement needs the gaps sorted once.
class UnitizingAlpha
{
public:
    struct Span
    {
        qint64 start = 0;
        qint64 end = 0;
    };

    explicit UnitizingAlpha(int coders);

    // The next stretch (document) of the continuum: its length and each coder's spans in it (positions within
    // the stretch, any order). Spans outside [0, length) are clipped.
    void addStretch(qint64 length, std::vector<std::vector<Span>> spansByCoder);

    qint64 length() const { return m_length; }
    std::optional<double> observedDisagreement() const;
    std::optional<double> expectedDisagreement() const;
    // Empty when the continuum is empty or uDe = 0 (no coded section, or nothing but coded sections).
    std::optional<double> alpha() const;

private:
    int m_coders = 2;
    qint64 m_length = 0;
    long double m_observedSum = 0;          // Σ over ordered coder pairs of δ²
    std::vector<qint64> m_sections;         // lengths of every coder's coded sections
    std::vector<qint64> m_gaps;             // lengths of the gaps between them (trailing gaps added at the end)
    std::vector<qint64> m_lastEnd;          // per coder: end of the last section, in continuum positions
};

} // namespace marginalia
