#pragma once

#include "analysis/Matrix.h"
#include "common/Result.h"
#include "project/CodingStore.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class QTextDocument;

namespace marginalia {

class Project;

enum class ReportFormat { Html, Odt, Docx, Pdf, Markdown, Csv };
enum class ReportGrouping { ByCode, BySite };

struct ReportOptions
{
    QString title;                          // empty: "Coded excerpts — <project name>"
    QList<qint64> codeIds;                  // empty: every code
    bool includeSubcodes = true;
    QString siteAttribute = QStringLiteral("site");
    QStringList sites;                      // empty: every site
    QStringList coders;                     // empty: every coder
    ReportGrouping grouping = ReportGrouping::ByCode;
    int contextLength = 0;                  // code points of context on each side
    bool includeMatrix = false;             // the code × site matrix (segments, documents) at the top
};

// One passage (CodingStore::segments with passages): shown once, with all its coders.
struct ReportExcerpt
{
    CodedSegment segment;
    QMap<QString, QString> attributes;      // the document's attributes
};

// One heading's worth of excerpts: a code (by code), or a code within a site (by site).
struct ReportSection
{
    QString site;       // by site: the site value ("" for documents without one); by code: empty
    QString codePath;
    QList<ReportExcerpt> excerpts;
};

struct ReportData
{
    QString title;
    QString projectName;
    QString generated;                      // ISO 8601 UTC
    ReportGrouping grouping = ReportGrouping::ByCode;
    QString siteAttribute;
    int contextLength = 0;
    QStringList attributeNames;             // every attribute of the excerpts' documents, sorted
    QList<ReportSection> sections;
    std::optional<MatrixResult> matrix;
    qint64 excerptCount = 0;                // passages: a span coded by several coders is one excerpt
    qint64 codingCount = 0;                 // the codings behind them

    QString siteLabel(const QString &site) const;
};

// Reports of coded excerpts. The data is gathered once (collect), then written in any format. HTML, Markdown and
// CSV are written as text; ODT and PDF through a QTextDocument (QTextDocumentWriter, QPdfWriter: these need a
// QGuiApplication for fonts); DOCX as WordprocessingML zipped with QuaZip.
class ReportWriter
{
public:
    static Result<ReportData> collect(Project &project, const ReportOptions &options);
    static Result<ReportFormat> formatForPath(const QString &path);
    static bool needsGui(ReportFormat format) { return format == ReportFormat::Odt || format == ReportFormat::Pdf; }

    static Result<void> write(const ReportData &data, ReportFormat format, const QString &path);

    static QString html(const ReportData &data);
    static QString markdown(const ReportData &data);
    static QByteArray csv(const ReportData &data);   // UTF-8 with BOM, RFC 4180, CRLF
    // Fills the document (cleared first) with the report, in a CJK-capable font.
    static void buildTextDocument(const ReportData &data, QTextDocument &document);
    static Result<void> writeOdt(const ReportData &data, const QString &path);
    // pageCount, if given, receives the number of pages written.
    static Result<void> writePdf(const ReportData &data, const QString &path, int *pageCount = nullptr);
    static Result<void> writeDocx(const ReportData &data, const QString &path);

    // Pieces shared by the writers. Positions for people are 1-based and inclusive.
    static QString positionText(const CodedSegment &segment);   // "characters 121–180"
    // "paragraphs 3–4 · speaker T · characters 121–180": paragraphs as the document view numbers them.
    static QString citationText(const CodedSegment &segment);
    static QString codersText(const CodedSegment &segment);     // "coder A" or "coders A, B"
    static QString attributesText(const QMap<QString, QString> &attributes);
    static QString matrixCellText(const MatrixCell &cell);      // "3 / 4 (2)": passages / codings (documents)
    static QString matrixLegend();
};

} // namespace marginalia
