// The words around the agreement figures: what was compared and how (definitions), and a methods paragraph.
#include "analysis/Agreement.h"
#include "report/ReportLabels.h"

namespace marginalia {

namespace {

QString unitDefinition(AgreementUnit unit, double overlapPercent)
{
    switch (unit) {
    case AgreementUnit::Character:
        return QStringLiteral("unit: character. Every character (code point) of the compared documents is a unit, for "
                              "each code; a coder coded it yes if any of the coder's codings of the code covers it");
    case AgreementUnit::Sentence:
        return QStringLiteral("unit: sentence. Every sentence of the compared documents (ICU sentence boundaries, a "
                              "line break always ending a sentence, surrounding whitespace excluded) is a unit, for each "
                              "code; a coder coded it yes if any of the coder's codings of the code overlaps it by at "
                              "least one character");
    case AgreementUnit::Paragraph:
        return QStringLiteral("unit: paragraph. Every paragraph (non-empty line) of the compared documents is a unit, "
                              "for each code; a coder coded it yes if any of the coder's codings of the code overlaps it "
                              "by at least one character");
    case AgreementUnit::Document:
        return QStringLiteral("unit: document. Every compared document is a unit, for each code; a coder coded it yes "
                              "if the coder applied the code anywhere in the document");
    case AgreementUnit::Segment:
        return QStringLiteral("unit: segment. The codings themselves are the units, per code and document: a coding "
                              "joins the first unit (in order of start) whose first coding it overlaps by at least %1 % "
                              "of their union and which has no coding of its coder yet, else it starts a unit; a coder "
                              "coded a unit yes if one of the coder's codings is in it. No unit is 'no' for every coder, "
                              "so the chance-corrected statistics are low by design (MAXQDA's segment rule)")
            .arg(overlapPercent);
    }
    return {};
}

} // namespace

QStringList AgreementResult::definitions()
{
    return {
        QStringLiteral("documents compared: the documents in which every coder has at least one coding (of any code)"),
        unitDefinition(AgreementUnit::Character, 95),
        QStringLiteral("document level: every compared document is a unit, for each code; yes if the coder applied "
                       "the code anywhere in the document"),
        QStringLiteral("values: each coder's value for a unit is 1 (coded) or 0 (not coded): q = 2 categories, m coders, "
                       "every coder has a value for every unit. n_uc: coders giving unit u value c; m_u = m"),
        QStringLiteral("percent_agreement: units on which all coders agree (all yes or all no), as a percentage"),
        QStringLiteral("cohen_kappa (two coders): (Po - Pe) / (1 - Pe), Po the observed agreement, "
                       "Pe = P(A yes)·P(B yes) + P(A no)·P(B no) over every unit compared; null when Pe = 1"),
        QStringLiteral("fleiss_kappa: (P - Pe) / (1 - Pe), P the mean over units of Σ_c n_uc(n_uc - 1) / (m(m - 1)) "
                       "(the share of agreeing coder pairs), Pe = Σ_c p_c², p_c the share of all values that are c "
                       "(Fleiss 1971; Scott's pi for two coders); null when every value is the same"),
        QStringLiteral("gwet_ac1: (P - Pe) / (1 - Pe), P as for Fleiss, Pe = Σ_c π_c(1 - π_c) / (q - 1), π_c the mean "
                       "over units of n_uc / m (Gwet 2008)"),
        QStringLiteral("brennan_prediger: (P - 1/q) / (1 - 1/q), P as for Fleiss, q = 2 (Brennan & Prediger 1981)"),
        QStringLiteral("krippendorff_alpha (nominal): 1 - Do/De from the coincidence matrix o_ck = Σ_u (pairs of "
                       "values c, k in u) / (m_u - 1), = 1 - (n - 1)·(n - Σ_c o_cc) / (n² - Σ_c n_c²), n the number of "
                       "pairable values, n_c those with value c (Krippendorff 2011); null when De = 0"),
        QStringLiteral("bootstrap (when asked for): a percentile bootstrap of every statistic. Resampling units: each "
                       "draw picks, with replacement, as many units as were compared (sentences, paragraphs or "
                       "documents, each with its value for every code; at the segment unit each code's segments, the "
                       "pool adding the codes' resampled segments) and recomputes every statistic. Resampling documents (always at the "
                       "character unit, whose units are neither independent nor few): each draw picks as many whole "
                       "documents as were compared, with all their units (a cluster bootstrap; neighbouring sentences "
                       "are not independent either, so this interval is the more cautious one). The interval runs "
                       "from the draw with floor(0.025·k) draws below it to the one with as many above, k the draws on "
                       "which the statistic is defined. P(alpha < 0.800) and P(alpha < 0.667): the share of those "
                       "draws below. Random numbers: std::mt19937_64 seeded with the given seed (default 200704), "
                       "mapped to [0, n) by rejecting the top 2^64 mod n outputs and taking the remainder, so a seed "
                       "gives the same interval on every platform"),
        QStringLiteral("unitizing_alpha: Krippendorff's |u|alpha per code (Krippendorff 1995, 2004): the coders' "
                       "spans (a coder's overlapping or touching codings merged) and the gaps between them over the "
                       "compared documents laid end to end as one continuum of length L; uDo = Σ over ordered pairs of "
                       "coders of δ² / (m(m - 1)L²), δ² = (Δstart)² + (Δend)² for overlapping coded sections, the "
                       "squared length of a coded section lying wholly in the other coder's gap, else 0; "
                       "uDe = (2/L)·Σ_g [(N - 1)(2l³ - 3l² + l)/3 + l²·Σ_gaps h ≥ l (h - l + 1)] / (mL(mL - 1) - "
                       "Σ_g l(l - 1)); |u|alpha = 1 - uDo/uDe. Overall: 1 - Σ uDo / Σ uDe over the codes"),
        QStringLiteral("overall: the units of all codes pooled"),
        QStringLiteral("disagreements: maximal runs of characters coded with the code by some coders and not by others"),
    };
}

QStringList AgreementResult::definitionsForUnit() const
{
    QStringList lines = definitions();
    if (unit != AgreementUnit::Character)
        lines.insert(1, unitDefinition(unit, overlapPercent));
    if (bootstrapDraws > 0)
        lines.append(QStringLiteral("bootstrap used: %1 draws resampling %2, seed %3")
                         .arg(bootstrapDraws)
                         .arg(resampling == BootstrapResampling::Units ? QStringLiteral("units")
                                                                        : QStringLiteral("documents"))
                         .arg(seed));
    return lines;
}

QString agreementMethodsText(const AgreementResult &result)
{
    // The wording lives with the report's labels, which translate it; here, for the CLI, the agreement view and the
    // adjudication baseline, it is English.
    return ReportLabels().agreementMethods(result);
}

} // namespace marginalia
