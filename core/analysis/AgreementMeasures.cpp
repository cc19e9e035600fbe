// What is read from an agreement result without computing one: the units' names and the measures. Apart from
// Agreement.cpp because computing segments sentences (Boost.Locale), which marginalia-cli does not link (issue 12):
// the report's labels and the light commands need only these.
#include "analysis/Agreement.h"

namespace marginalia {

QString agreementCancelledMessage()
{
    return QStringLiteral("the agreement computation was cancelled");
}

QString agreementUnitName(AgreementUnit unit)
{
    switch (unit) {
    case AgreementUnit::Character: return QStringLiteral("character");
    case AgreementUnit::Sentence: return QStringLiteral("sentence");
    case AgreementUnit::Paragraph: return QStringLiteral("paragraph");
    case AgreementUnit::Document: return QStringLiteral("document");
    case AgreementUnit::Segment: return QStringLiteral("segment");
    }
    return {};
}

std::optional<AgreementUnit> agreementUnitFromName(const QString &name)
{
    for (AgreementUnit unit : {AgreementUnit::Character, AgreementUnit::Sentence, AgreementUnit::Paragraph,
                               AgreementUnit::Document, AgreementUnit::Segment}) {
        if (agreementUnitName(unit) == name.trimmed().toLower())
            return unit;
    }
    return std::nullopt;
}

std::optional<double> AgreementMeasures::value(AgreementStatistic statistic) const
{
    switch (statistic) {
    case AgreementStatistic::PercentAgreement: return units > 0 ? std::optional<double>(percentAgreement) : std::nullopt;
    case AgreementStatistic::CohenKappa: return cohenKappa;
    case AgreementStatistic::FleissKappa: return fleissKappa;
    case AgreementStatistic::GwetAc1: return gwetAc1;
    case AgreementStatistic::BrennanPrediger: return brennanPrediger;
    case AgreementStatistic::KrippendorffAlpha: return krippendorffAlpha;
    }
    return std::nullopt;
}

AgreementMeasures AgreementMeasures::from(const ReliabilitySums &sums)
{
    AgreementMeasures m;
    m.units = static_cast<qint64>(sums.units());
    for (int c = 0; c < sums.coders(); ++c)
        m.yes.append(static_cast<qint64>(sums.coderValues(c, 1)));
    const auto s = sums.statistics();
    const auto at = [&](AgreementStatistic which) { return s[static_cast<size_t>(which)]; };
    m.percentAgreement = at(AgreementStatistic::PercentAgreement).value_or(0);
    m.cohenKappa = at(AgreementStatistic::CohenKappa);
    m.fleissKappa = at(AgreementStatistic::FleissKappa);
    m.gwetAc1 = at(AgreementStatistic::GwetAc1);
    m.brennanPrediger = at(AgreementStatistic::BrennanPrediger);
    m.krippendorffAlpha = at(AgreementStatistic::KrippendorffAlpha);
    return m;
}

} // namespace marginalia
