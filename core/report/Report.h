#pragma once

#include "analysis/Agreement.h"
#include "analysis/Matrix.h"
#include "common/Result.h"
#include "project/CodingStore.h"
#include "report/ReportLabels.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace marginalia {

class Project;

enum class ReportFormat { Html, Odt, Docx, Pdf, Markdown, Csv };
enum class ReportGrouping { ByCode, BySite };

struct ReportOptions
{
    QString title;                          // empty: "Coded excerpts — <project name>"
    QString author;                         // empty: the project's current coder
    QList<qint64> codeIds;                  // empty: every code
    bool includeSubcodes = true;
    QString siteAttribute = QStringLiteral("site");
    QStringList sites;                      // empty: every site
    QStringList coders;                     // empty: every coder
    ReportGrouping grouping = ReportGrouping::ByCode;
    int contextLength = 0;                  // code points of context on each side
    bool includeMatrix = false;             // the code × site matrix (segments, documents) at the top
    ReportLabels labels;                    // the language of headings and labels (default English)
    // Two or more coders: the report ends with a methods paragraph on their agreement over the report's codes
    // (agreementMethodsText: coders, unit, units, each statistic with its 95 % bootstrap interval, the thresholds).
    QStringList reliabilityCoders;
    AgreementUnit reliabilityUnit = AgreementUnit::Paragraph;
};

// One passage (a span of a document coded with a code, shown once with all its coders).
struct ReportExcerpt
{
    CodedSegment segment;
    QMap<QString, QString> attributes;      // the document's attributes
};

// One heading's worth of excerpts: a code (by code), or a code within a site (by site). Only its counts and
// documents: the excerpts themselves are read while the report is written.
struct ReportSection
{
    QString site;       // by site: the site value ("" for documents without one); by code: empty
    qint64 codeId = 0;
    QString codePath;
    QString codeDescription;        // the code's definition
    QString codeMemo;
    qint64 excerptCount = 0;        // passages
    QList<qint64> documentIds;      // the documents with excerpts, in the order they are reported (by name)
};

// What a report holds, without its excerpts: small (sections, counts, the matrix), computed first by SQL. The
// excerpts are read section by section, document by document, and handed to the format's writer one at a time, so
// a report over millions of codings needs the memory of one excerpt and one document's text, not of all excerpts.
struct ReportData
{
    QString title;
    QString author;
    QString projectName;
    QString generated;                      // ISO 8601 UTC
    ReportGrouping grouping = ReportGrouping::ByCode;
    QString siteAttribute;
    int contextLength = 0;
    QStringList coders;                     // the coders the excerpts are limited to (empty: all)
    QStringList attributeNames;             // every attribute of the excerpts' documents, sorted
    QList<ReportSection> sections;
    std::optional<MatrixResult> matrix;
    qint64 excerptCount = 0;                // passages: a span coded by several coders is one excerpt
    qint64 codingCount = 0;                 // the codings behind them
    qint64 excerptLimit = -1;               // a preview: only the first so many excerpts are written (< 0: all)
    QHash<qint64, QString> documentNames;
    // The memos of the documents with excerpts, by document name: the report's last section.
    QList<std::pair<QString, QString>> documentMemos;
    QString methods;                        // the agreement methods paragraph (ReportOptions::reliabilityCoders), or empty
    QHash<qint64, QMap<QString, QString>> documentAttributes;
    ReportLabels labels;                    // the report's language

    QString siteLabel(const QString &site) const;
};

// Receives a report as it is read: the head (title, counts, matrix), then headings and excerpts in order.
class ReportSink
{
public:
    virtual ~ReportSink() = default;
    virtual void begin(const ReportData &data) = 0;
    virtual void siteHeading(const QString &label) = 0;
    // level 2 by code, 3 under a site heading; the code's definition and memo (section.codeDescription, codeMemo)
    // follow it
    virtual void codeHeading(const ReportSection &section, int level) = 0;
    virtual void excerpt(const ReportExcerpt &excerpt) = 0;
    // After the excerpts: the methods paragraph (data.methods), the document memos (data.documentMemos), then the
    // end of the document.
    virtual void end(const ReportData &data) = 0;
};

// Reports of coded excerpts. collect() plans the report (sections and counts, by SQL); write() reads the excerpts
// in report order and streams them into the chosen format: HTML, Markdown and CSV as text, DOCX and ODT as XML
// zipped with QuaZip, PDF laid out line by line with QTextLayout and painted page by page on a QPdfWriter (PDF and
// ODT need no QTextDocument; PDF needs a QGuiApplication for fonts).
class ReportWriter
{
public:
    static Result<ReportData> collect(Project &project, const ReportOptions &options);
    static Result<ReportFormat> formatForPath(const QString &path);
    static bool needsGui(ReportFormat format) { return format == ReportFormat::Pdf; }

    // Writes the report to path (whole or not at all). cancelled, if given, is checked between excerpts.
    static Result<void> write(Project &project, const ReportData &data, ReportFormat format, const QString &path,
                              const std::atomic_bool *cancelled = nullptr);
    // pageCount, if given, receives the number of pages written.
    static Result<void> writePdf(Project &project, const ReportData &data, const QString &path,
                                 int *pageCount = nullptr, const std::atomic_bool *cancelled = nullptr);

    static Result<void> writeOdt(Project &project, const ReportData &data, const QString &path,
                                 const std::atomic_bool *cancelled = nullptr);
    static Result<void> writeDocx(Project &project, const ReportData &data, const QString &path,
                                  const std::atomic_bool *cancelled = nullptr);

    // Reads the excerpts of the report in order into the sink (headings included); begin() and end() too.
    static Result<void> stream(Project &project, const ReportData &data, ReportSink &sink,
                               const std::function<bool()> &stop = {});

    // The whole report as text (previews, tests).
    static Result<QString> html(Project &project, const ReportData &data);
    static Result<QString> markdown(Project &project, const ReportData &data);
    static Result<QByteArray> csv(Project &project, const ReportData &data);   // UTF-8 with BOM, RFC 4180, CRLF

    // Pieces shared by the writers. Positions for people are 1-based and inclusive.
    static QString headText(const ReportData &data);   // "Project P · 3 passages (4 codings) · generated …"
    static QString codeHeadingText(const ReportSection &section);   // "Path (3)"
    static QString positionText(const CodedSegment &segment, const ReportLabels &labels = {});   // "characters 121–180"
    // "paragraphs 3–4 · speaker T · characters 121–180": paragraphs as the document view numbers them.
    static QString citationText(const CodedSegment &segment, const ReportLabels &labels = {});
    static QString codersText(const CodedSegment &segment, const ReportLabels &labels = {});     // "coder A" or "coders A, B"
    static QString attributesText(const QMap<QString, QString> &attributes, const ReportLabels &labels = {});
    // " · attributes · citation · coders": what follows the document's name on an excerpt's line.
    static QString excerptMetaText(const ReportExcerpt &excerpt, const ReportLabels &labels = {});
    static QString matrixCellText(const MatrixCell &cell);      // "3 / 4 (2)": passages / codings (documents)
    static QString matrixLegend(const ReportLabels &labels = {});
    // The matrix as rows of cells, the header row first.
    static QList<QStringList> matrixTable(const ReportData &data);
};

// Sinks writing one format into a device (the AtomicFile of write(), or a buffer). Each keeps its output small:
// text is handed to the device every few hundred kilobytes.
std::unique_ptr<ReportSink> makeHtmlSink(QIODevice &device);
std::unique_ptr<ReportSink> makeMarkdownSink(QIODevice &device);
std::unique_ptr<ReportSink> makeCsvSink(QIODevice &device);

// One line of an excerpt as a line of a Markdown block quote (after "> "): its inline characters already escaped,
// what would start a block there is escaped too — a list ("- ", "+ ", "1. ", "1) "), a setext heading's underline
// ("=", "-"), a code fence ("~~~") or an indented code block (four spaces) — so the quote shows the words as spoken.
QString markdownQuoteLine(QStringView line);

} // namespace marginalia
