#include "report/ReportLabels.h"

#include <QCoreApplication>
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
