#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace marginalia {

struct AgreementResult;

// Every word a report prints around the researcher's own text (headings, citations, the matrix legend, the
// built-in attribute names), in one language. English is the source text; other languages come from the
// "marginalia::ReportLabels" context of Marginalia's translation (marginalia_<language>.qm), looked up in a
// translator of the report's own, so a report can be written in a language other than the interface's.
// The strings are marked here, and only here, with QT_TRANSLATE_NOOP so that lupdate finds them in core.
class ReportLabels
{
public:
    ReportLabels() = default;   // English

    static QStringList languages();   // en, zh_CN, de, sv
    // The labels in language, from marginalia_<language>.qm in the first of folders that has it ("en" needs none).
    static Result<ReportLabels> load(const QString &language, const QStringList &folders);

    QString language() const { return m_language; }

    // The display name of an attribute: the built-in "site" and "kind" translated, the project's own as they are.
    QString attributeName(const QString &name) const;
    QString noValue(const QString &attribute) const;   // "(no site)": a site heading for documents without one
    QString head(const QString &project, qint64 passages, qint64 codings, const QString &generated) const;
    QString passageCount(qint64 n) const;              // "1 passage", "2 passages" (the language's plural rules)
    QString codingCount(qint64 n) const;               // "1 coding", "2 codings"
    QString matrixHeading(const QString &by) const;    // "Codes × site"
    QString matrixLegend() const;
    QString matrixCodeColumn() const;                  // "Code"
    QString matrixTotalColumn() const;                 // "Total"
    QString definition() const;                        // "Definition:"
    QString codeMemo() const;                          // "Code memo:"
    QString memo() const;                              // "Memo:"
    QString documentMemos() const;                     // "Document memos"
    QString reliability() const;                       // "Reliability": the agreement methods paragraph
    // The agreement methods paragraph in this language: coders, documents and codes compared (in their plural
    // forms), the unit, the units, each statistic with its 95 % bootstrap interval, the thresholds (Krippendorff
    // 2004). Numbers are written as in English ("1,234", "0.812") in every language, as the tables print them.
    QString agreementMethods(const AgreementResult &result) const;
    QString documentCount(qint64 n) const;             // "1 document", "2 documents"
    QString codeCount(qint64 n) const;                 // "1 code", "2 codes"
    QString paragraphs(qint64 first, qint64 last) const;   // "paragraph 3" or "paragraphs 3–4"
    QString speakers(const QStringList &names) const;      // "speaker T" or "speakers T, I"
    QString characters(qint64 first, qint64 last) const;   // "characters 121–180" (1-based, inclusive)
    QString coders(const QStringList &names) const;        // "coder A" or "coders A, B"
    // The labels above written before their text ("Definition: text"), with the space between them; none after a
    // full-width colon (Chinese "定义：text"), which carries its own.
    QString beforeText(const QString &label, const QString &text) const { return label + separatorAfter(label) + text; }
    static QString separatorAfter(const QString &label);
    QString defaultTitle(const QString &project) const;    // "Coded excerpts — P"

private:
    QString text(const char *source) const;
    // A count with its noun: the translator's numerus form for n, else the English one or other form.
    QString counted(const char *source, const char *englishOne, const char *englishOther, qint64 n) const;

    QString m_language = QStringLiteral("en");
    std::shared_ptr<const QTranslator> m_translator;   // null: English
};

} // namespace marginalia
