#include "report/ReportLabels.h"

#include "analysis/Agreement.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <algorithm>
#include <limits>

namespace marginalia {

namespace {
constexpr const char *kContext = "marginalia::ReportLabels";
}

QStringList ReportLabels::languages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("de"), QStringLiteral("sv")};
}

Result<ReportLabels> ReportLabels::load(const QString &language, const QStringList &folders)
{
    if (!languages().contains(language))
        return failure(QStringLiteral("reports are written in %1, not '%2'")
                           .arg(languages().join(QStringLiteral(", ")), language));
    ReportLabels labels;
    labels.m_language = language;
    if (language == u"en")
        return labels;
    const QString file = QStringLiteral("marginalia_%1.qm").arg(language);
    for (const QString &folder : folders) {
        auto translator = std::make_shared<QTranslator>();
        if (translator->load(file, folder)) {
            // A translation made before the report labels were (lupdate, then filled in) would give an English
            // report that claims to be in another language: said instead. Every translation has "Total".
            if (translator->translate(kContext, "Total").isEmpty())
                return failure(QStringLiteral("the %1 translation %2 has no report labels (context %3)")
                                   .arg(language, translator->filePath(), QString::fromLatin1(kContext)));
            labels.m_translator = std::move(translator);
            return labels;
        }
    }
    return failure(QStringLiteral("cannot find the %1 translation (%2) in %3")
                       .arg(language, file, folders.join(QStringLiteral(", "))));
}

QString ReportLabels::text(const char *source) const
{
    if (m_translator) {
        const QString translated = m_translator->translate(kContext, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString ReportLabels::attributeName(const QString &name) const
{
    if (name == u"site")
        return text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "site"));
    if (name == u"kind")
        return text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "kind"));
    return name;
}

QString ReportLabels::noValue(const QString &attribute) const
{
    return text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "(no %1)")).arg(attributeName(attribute));
}

QString ReportLabels::counted(const char *source, const char *englishOne, const char *englishOther, qint64 n) const
{
    QString form;
    if (m_translator) {
        // Plural rules pick the form by the number; beyond int every language here takes its plural form.
        const int rounded = static_cast<int>(std::min<qint64>(n, std::numeric_limits<int>::max()));
        form = m_translator->translate(kContext, source, nullptr, rounded);
    }
    if (form.isEmpty())
        form = QString::fromUtf8(n == 1 ? englishOne : englishOther);
    return form.replace(QStringLiteral("%n"), QString::number(n));
}

QString ReportLabels::passageCount(qint64 n) const
{
    return counted(QT_TRANSLATE_N_NOOP("marginalia::ReportLabels", "%n passage(s)"), "%n passage", "%n passages", n);
}

QString ReportLabels::codingCount(qint64 n) const
{
    return counted(QT_TRANSLATE_N_NOOP("marginalia::ReportLabels", "%n coding(s)"), "%n coding", "%n codings", n);
}

QString ReportLabels::head(const QString &project, qint64 passages, qint64 codings, const QString &generated) const
{
    //: %2 is "3 passages", %3 "4 codings" (each in its plural form)
    return text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "Project %1 · %2 (%3) · generated %4"))
        .arg(project, passageCount(passages), codingCount(codings), generated);
}

QString ReportLabels::matrixHeading(const QString &by) const
{
    return text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "Codes × %1")).arg(attributeName(by));
}

QString ReportLabels::matrixLegend() const
{
    return text(QT_TRANSLATE_NOOP("marginalia::ReportLabels",
                                  "Passages / codings (documents with the code). A passage is a span coded with a "
                                  "code, counted once however many coders coded it (same document, code, start and "
                                  "end); a coding is one coder's act."));
}

QString ReportLabels::matrixCodeColumn() const
{
    return text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "Code"));
}

QString ReportLabels::matrixTotalColumn() const
{
    return text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "Total"));
}

QString ReportLabels::definition() const
{
    return text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "Definition:"));
}

QString ReportLabels::codeMemo() const
{
    return text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "Code memo:"));
}

QString ReportLabels::memo() const
{
    return text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "Memo:"));
}

QString ReportLabels::documentMemos() const
{
    return text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "Document memos"));
}

QString ReportLabels::reliability() const
{
    return text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "Reliability"));
}

QString ReportLabels::documentCount(qint64 n) const
{
    return counted(QT_TRANSLATE_N_NOOP("marginalia::ReportLabels", "%n document(s)"), "%n document", "%n documents", n);
}

QString ReportLabels::codeCount(qint64 n) const
{
    return counted(QT_TRANSLATE_N_NOOP("marginalia::ReportLabels", "%n code(s)"), "%n code", "%n codes", n);
}

namespace {

QString fixed(double value, int decimals = 3)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

QString ReportLabels::agreementMethods(const AgreementResult &result) const
{
    // Counts of units keep the English digit grouping in every language, as the agreement tables print them.
    const QLocale english(QLocale::English);
    const AgreementMeasures &m = result.overall;
    const qint64 codes = result.codes.size();
    const qint64 perCode = codes > 0 ? m.units / codes : 0;
    QString unitWords;
    switch (result.unit) {
    case AgreementUnit::Character: unitWords = text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "the character")); break;
    case AgreementUnit::Sentence: unitWords = text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "the sentence")); break;
    case AgreementUnit::Paragraph: unitWords = text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "the paragraph")); break;
    case AgreementUnit::Document: unitWords = text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "the document")); break;
    case AgreementUnit::Segment:
        unitWords = text(QT_TRANSLATE_NOOP("marginalia::ReportLabels",
                                           "the coded segment (two codings matched when they overlapped by at least "
                                           "%1 % of their union)"))
                        .arg(result.overlapPercent);
        break;
    }
    QStringList parts;
    //: %n coders (%1 their names) coded %2 ("3 documents", in its plural form)
    parts << counted(QT_TRANSLATE_N_NOOP("marginalia::ReportLabels", "%n coder(s) (%1) coded %2 independently."),
                     "%n coder (%1) coded %2 independently.", "%n coders (%1) coded %2 independently.",
                     result.coders.size())
                 .arg(result.coders.join(QStringLiteral(", ")), documentCount(result.documents.size()));
    if (result.unit == AgreementUnit::Segment)
        //: %1 is "4 codes" (in its plural form), %2 the unit ("the coded segment (...)"), %3 "12 matched segments"
        parts << text(QT_TRANSLATE_NOOP("marginalia::ReportLabels",
                                        "Agreement was assessed for each of %1 with %2 as the unit of analysis, %3 in "
                                        "all."))
                     .arg(codeCount(codes), unitWords,
                          counted(QT_TRANSLATE_N_NOOP("marginalia::ReportLabels", "%n matched segment(s)"),
                                  "%n matched segment", "%n matched segments", m.units));
    else
        //: %1 is "4 codes" (in its plural form), %2 the unit ("the paragraph"), %3 and %4 numbers
        parts << text(QT_TRANSLATE_NOOP("marginalia::ReportLabels",
                                        "Agreement was assessed for each of %1 with %2 as the unit of analysis (%3 "
                                        "units per code, %4 code × unit decisions per coder in all); a coder's value "
                                        "for a unit was whether the coder had applied the code to it."))
                     .arg(codeCount(codes), unitWords, english.toString(perCode), english.toString(m.units));
    const auto interval = [&](AgreementStatistic statistic) -> QString {
        if (!m.bootstrap)
            return {};
        const auto &ci = m.bootstrap->interval(statistic);
        if (!ci)
            return {};
        const int decimals = statistic == AgreementStatistic::PercentAgreement ? 1 : 3;
        return QStringLiteral(" ")
            + text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "(95 % CI %1 to %2)"))
                  .arg(fixed(ci->low, decimals), fixed(ci->high, decimals));
    };
    QStringList statistics;
    const auto add = [&](const QString &name, AgreementStatistic s, int decimals) {
        const auto v = m.value(s);
        if (v)
            statistics << QStringLiteral("%1 = %2%3%4")
                              .arg(name, fixed(*v, decimals),
                                   s == AgreementStatistic::PercentAgreement ? QStringLiteral(" %") : QString(),
                                   interval(s));
    };
    add(text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "percent agreement")), AgreementStatistic::PercentAgreement, 1);
    add(text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "Krippendorff's α (nominal)")),
        AgreementStatistic::KrippendorffAlpha, 3);
    add(text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "Cohen's κ")), AgreementStatistic::CohenKappa, 3);
    add(text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "Fleiss' κ")), AgreementStatistic::FleissKappa, 3);
    add(text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "Gwet's AC1")), AgreementStatistic::GwetAc1, 3);
    add(text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "Brennan and Prediger's κ")),
        AgreementStatistic::BrennanPrediger, 3);
    if (!statistics.isEmpty())
        parts << text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "Pooled over the codes: %1."))
                     .arg(statistics.join(QStringLiteral("; ")));
    if (m.bootstrap && m.bootstrap->alphaBelow800) {
        const QString resampled = result.resampling == BootstrapResampling::Units
            ? text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "units"))
            : text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "whole documents"));
        //: %1 the number of draws, %2 "units" or "whole documents", %3 the seed, %4 and %5 probabilities
        parts << text(QT_TRANSLATE_NOOP("marginalia::ReportLabels",
                                        "Confidence intervals are 95 % percentile bootstrap intervals from %1 draws "
                                        "resampling %2 (seed %3); the probability that α falls below 0.800 is %4 and "
                                        "below 0.667 is %5."))
                     .arg(english.toString(m.bootstrap->draws), resampled, QString::number(result.seed),
                          fixed(*m.bootstrap->alphaBelow800), fixed(m.bootstrap->alphaBelow667.value_or(0)));
        if (result.resampling == BootstrapResampling::Documents && result.documents.size() < 20)
            parts << counted(QT_TRANSLATE_N_NOOP("marginalia::ReportLabels",
                                                 "With only %n document(s) to resample, these intervals are coarse."),
                             "With only %n document to resample, these intervals are coarse.",
                             "With only %n documents to resample, these intervals are coarse.",
                             result.documents.size());
    }
    if (result.overallUnitizingAlpha)
        parts << text(QT_TRANSLATE_NOOP("marginalia::ReportLabels",
                                        "Krippendorff's unitizing α (|u|α), comparing the coded spans themselves, is "
                                        "%1."))
                     .arg(fixed(*result.overallUnitizingAlpha));
    parts << text(QT_TRANSLATE_NOOP("marginalia::ReportLabels",
                                    "Following Krippendorff (2004), α ≥ 0.800 is taken as reliable and 0.667 ≤ α < "
                                    "0.800 as sufficient only for tentative conclusions."));
    // Sentences follow each other with a space, except after a full-width full stop (Chinese), which carries its own.
    QString paragraph;
    for (const QString &part : std::as_const(parts)) {
        if (!paragraph.isEmpty() && !paragraph.endsWith(u'。'))
            paragraph += u' ';
        paragraph += part;
    }
    return paragraph;
}

QString ReportLabels::paragraphs(qint64 first, qint64 last) const
{
    if (first == last)
        return text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "paragraph %1")).arg(first);
    return text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "paragraphs %1–%2")).arg(first).arg(last);
}

QString ReportLabels::speakers(const QStringList &names) const
{
    const QString list = names.join(QStringLiteral(", "));
    if (names.size() == 1)
        return text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "speaker %1")).arg(list);
    return text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "speakers %1")).arg(list);
}

QString ReportLabels::characters(qint64 first, qint64 last) const
{
    return text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "characters %1–%2")).arg(first).arg(last);
}

QString ReportLabels::coders(const QStringList &names) const
{
    const QString list = names.join(QStringLiteral(", "));
    if (names.size() > 1)
        return text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "coders %1")).arg(list);
    return text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "coder %1")).arg(list);
}

QString ReportLabels::separatorAfter(const QString &label)
{
    return label.endsWith(u'：') ? QString() : QStringLiteral(" ");
}

QString ReportLabels::defaultTitle(const QString &project) const
{
    return text(QT_TRANSLATE_NOOP("marginalia::ReportLabels", "Coded excerpts — %1")).arg(project);
}

} // namespace marginalia
