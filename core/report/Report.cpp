#include "report/Report.h"

#include "common/AtomicFile.h"
#include "report/CsvField.h"

#include "project/Codebook.h"
#include "project/DocumentStore.h"
#include "project/Project.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace marginalia {

namespace {

QString escapeHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

QString escapeMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        if (c == u'\\' || c == u'*' || c == u'_' || c == u'`' || c == u'[' || c == u']' || c == u'<' || c == u'>'
            || c == u'#' || c == u'|')
            out += u'\\';
        out += c;
    }
    return out;
}

} // namespace

QString ReportData::siteLabel(const QString &site) const
{
    return site.isEmpty() ? QStringLiteral("(no %1)").arg(siteAttribute) : site;
}

QString ReportWriter::positionText(const CodedSegment &segment)
{
    return QStringLiteral("characters %1–%2").arg(segment.start + 1).arg(segment.end);
}

QString ReportWriter::citationText(const CodedSegment &segment)
{
    QStringList parts;
    if (segment.firstParagraph > 0) {
        parts.append(segment.firstParagraph == segment.lastParagraph
                         ? QStringLiteral("paragraph %1").arg(segment.firstParagraph)
                         : QStringLiteral("paragraphs %1–%2").arg(segment.firstParagraph).arg(segment.lastParagraph));
    }
    if (!segment.speakers.isEmpty())
        parts.append((segment.speakers.size() == 1 ? QStringLiteral("speaker ") : QStringLiteral("speakers "))
                     + segment.speakers.join(QStringLiteral(", ")));
    parts.append(positionText(segment));
    return parts.join(QStringLiteral(" · "));
}

QString ReportWriter::codersText(const CodedSegment &segment)
{
    const QStringList coders = segment.coders.isEmpty() ? QStringList{segment.coder} : segment.coders;
    return (coders.size() > 1 ? QStringLiteral("coders ") : QStringLiteral("coder ")) + coders.join(QStringLiteral(", "));
}

QString ReportWriter::matrixCellText(const MatrixCell &cell)
{
    return QStringLiteral("%1 / %2 (%3)").arg(cell.passages).arg(cell.codings).arg(cell.documents);
}

QString ReportWriter::matrixLegend()
{
    return QStringLiteral("Passages / codings (documents with the code). A passage is a span coded with a code, "
                          "counted once however many coders coded it (same document, code, start and end); a coding "
                          "is one coder's act.");
}

QString ReportWriter::attributesText(const QMap<QString, QString> &attributes)
{
    QStringList parts;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        parts.append(it.key() + QStringLiteral(": ") + it.value());
    return parts.join(QStringLiteral("; "));
}

Result<ReportFormat> ReportWriter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm")
        return ReportFormat::Html;
    if (suffix == u"odt")
        return ReportFormat::Odt;
    if (suffix == u"docx")
        return ReportFormat::Docx;
    if (suffix == u"pdf")
        return ReportFormat::Pdf;
    if (suffix == u"md" || suffix == u"markdown")
        return ReportFormat::Markdown;
    if (suffix == u"csv")
        return ReportFormat::Csv;
    return failure(QStringLiteral("cannot tell the report format of %1: name it .html, .odt, .docx, .pdf, .md or .csv")
                       .arg(QFileInfo(path).fileName()));
}

Result<ReportData> ReportWriter::collect(Project &project, const ReportOptions &options)
{
    ReportData data;
    data.projectName = project.name();
    data.title = options.title.isEmpty() ? QStringLiteral("Coded excerpts — %1").arg(data.projectName) : options.title;
    data.generated = nowTimestamp();
    data.grouping = options.grouping;
    data.siteAttribute = options.siteAttribute;
    data.contextLength = options.contextLength;

    CodingFilter filter;
    filter.codeIds = options.codeIds;
    filter.includeSubcodes = options.includeSubcodes;
    filter.coders = options.coders;
    if (!options.sites.isEmpty())
        filter.attributes.insert(options.siteAttribute, options.sites);
    filter.contextLength = options.contextLength;
    filter.passages = true;   // a span several coders coded is one excerpt, with all of them
    auto segments = CodingStore(project).segments(filter);
    if (!segments)
        return failure(segments.error());

    auto documents = DocumentStore(project).list();
    if (!documents)
        return failure(documents.error());
    QHash<qint64, QMap<QString, QString>> attributes;
    for (const DocumentInfo &document : *documents)
        attributes.insert(document.id, document.attributes);
    auto codes = Codebook(project).codes();
    if (!codes)
        return failure(codes.error());
    QHash<qint64, int> codeOrder;
    for (const Code &code : *codes)
        codeOrder.insert(code.id, static_cast<int>(codeOrder.size()));

    QSet<QString> attributeNames;
    QHash<QString, qsizetype> sectionIndex;   // "site\x1Fcode id"
    for (const CodedSegment &segment : *segments) {
        ReportExcerpt excerpt{segment, attributes.value(segment.documentId)};
        for (auto it = excerpt.attributes.cbegin(); it != excerpt.attributes.cend(); ++it)
            attributeNames.insert(it.key());
        const QString site = options.grouping == ReportGrouping::BySite
                                 ? excerpt.attributes.value(options.siteAttribute)
                                 : QString();
        const QString key = site + QChar(0x1F) + QString::number(segment.codeId);
        auto it = sectionIndex.constFind(key);
        if (it == sectionIndex.cend()) {
            it = sectionIndex.insert(key, data.sections.size());
            data.sections.append({site, segment.codePath, {}});
        }
        data.sections[it.value()].excerpts.append(excerpt);
        ++data.excerptCount;
        data.codingCount += std::max<qsizetype>(1, segment.codingIds.size());
    }
    // Sections: by site (values sorted, documents without one last), then in codebook order.
    QHash<QString, int> sectionCode;
    for (auto it = sectionIndex.cbegin(); it != sectionIndex.cend(); ++it)
        sectionCode.insert(it.key(), codeOrder.value(data.sections[it.value()].excerpts.first().segment.codeId));
    std::stable_sort(data.sections.begin(), data.sections.end(), [&](const ReportSection &a, const ReportSection &b) {
        if (a.site != b.site) {
            if (a.site.isEmpty() || b.site.isEmpty())
                return b.site.isEmpty();
            return a.site < b.site;
        }
        return codeOrder.value(a.excerpts.first().segment.codeId) < codeOrder.value(b.excerpts.first().segment.codeId);
    });
    data.attributeNames = QStringList(attributeNames.cbegin(), attributeNames.cend());
    data.attributeNames.sort();

    if (options.includeMatrix) {
        MatrixOptions matrixOptions;
        matrixOptions.attribute = options.siteAttribute;
        matrixOptions.scope.coders = options.coders;
        if (!options.sites.isEmpty())
            matrixOptions.scope.attributes.insert(options.siteAttribute, options.sites);
        auto matrix = Matrix(project).compute(matrixOptions);
        if (!matrix)
            return failure(matrix.error());
        // Only the rows of the codes in the report.
        if (!options.codeIds.isEmpty()) {
            QSet<qint64> wanted;
            Codebook codebook(project);
            for (qint64 id : options.codeIds) {
                if (options.includeSubcodes) {
                    auto below = codebook.subtree(id);
                    if (!below)
                        return failure(below.error());
                    for (qint64 sub : *below)
                        wanted.insert(sub);
                } else {
                    wanted.insert(id);
                }
            }
            matrix->rows.removeIf([&](const MatrixRow &row) { return !wanted.contains(row.codeId); });
        }
        data.matrix = *matrix;
    }
    return data;
}

Result<void> ReportWriter::write(const ReportData &data, ReportFormat format, const QString &path)
{
    // Leftovers of a writer killed earlier go first; the report itself is written beside the target and renamed
    // over it, so a failure (a full disk, a kill) leaves the previous report as it was.
    AtomicFile::removeStaleTemporaries(path);
    switch (format) {
    case ReportFormat::Html:
        return AtomicFile::write(path, html(data).toUtf8());
    case ReportFormat::Markdown:
        return AtomicFile::write(path, markdown(data).toUtf8());
    case ReportFormat::Csv:
        return AtomicFile::write(path, csv(data));
    case ReportFormat::Odt:
        return writeOdt(data, path);
    case ReportFormat::Pdf:
        return writePdf(data, path);
    case ReportFormat::Docx:
        return writeDocx(data, path);
    }
    return failure(QStringLiteral("unknown report format"));
}

QString ReportWriter::html(const ReportData &data)
{
    QString out;
    out.reserve(static_cast<qsizetype>(data.excerptCount) * 600 + 4096);
    out += QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>") + escapeHtml(data.title)
           + QStringLiteral("</title>\n<style>\n"
                            "body{font-family:\"Noto Sans\",\"Noto Sans CJK SC\",\"Microsoft YaHei\",\"PingFang SC\","
                            "sans-serif;max-width:52em;margin:2em auto;line-height:1.5;color:#222}\n"
                            ".meta{color:#555;font-size:90%;margin:0}\n"
                            ".memo{font-style:italic;margin:0}\n"
                            "blockquote{white-space:pre-wrap;border-left:4px solid #ccc;margin:.4em 0 1.2em;"
                            "padding:.2em .8em}\n"
                            ".context{color:#888}\n"
                            "table{border-collapse:collapse;margin:1em 0}\n"
                            "th,td{border:1px solid #bbb;padding:.2em .5em;text-align:right}\n"
                            "th:first-child,td:first-child{text-align:left}\n"
                            "</style>\n</head>\n<body>\n");
    out += QStringLiteral("<h1>") + escapeHtml(data.title) + QStringLiteral("</h1>\n<p class=\"meta\">")
           + escapeHtml(QStringLiteral("Project %1 · %2 passages (%3 codings) · generated %4")
                            .arg(data.projectName)
                            .arg(data.excerptCount)
                            .arg(data.codingCount)
                            .arg(data.generated))
           + QStringLiteral("</p>\n");
    if (data.matrix) {
        const MatrixResult &matrix = *data.matrix;
        out += QStringLiteral("<h2>Codes × ") + escapeHtml(matrix.by)
               + QStringLiteral("</h2>\n<p class=\"meta\">") + escapeHtml(matrixLegend())
               + QStringLiteral("</p>\n<table>\n<tr><th>Code</th>");
        for (const MatrixColumn &column : matrix.columns)
            out += QStringLiteral("<th>") + escapeHtml(data.siteLabel(column.value)) + QStringLiteral("</th>");
        out += QStringLiteral("<th>Total</th></tr>\n");
        for (const MatrixRow &row : matrix.rows) {
            out += QStringLiteral("<tr><td>") + escapeHtml(row.path) + QStringLiteral("</td>");
            for (const MatrixCell &cell : row.cells)
                out += QStringLiteral("<td>") + matrixCellText(cell) + QStringLiteral("</td>");
            out += QStringLiteral("<td>") + matrixCellText(row.total) + QStringLiteral("</td></tr>\n");
        }
        out += QStringLiteral("</table>\n");
    }
    QString currentSite;
    bool first = true;
    for (const ReportSection &section : data.sections) {
        QString codeTag = QStringLiteral("h2");
        if (data.grouping == ReportGrouping::BySite) {
            if (first || section.site != currentSite)
                out += QStringLiteral("<h2>") + escapeHtml(data.siteLabel(section.site)) + QStringLiteral("</h2>\n");
            currentSite = section.site;
            codeTag = QStringLiteral("h3");
        }
        first = false;
        out += u'<' + codeTag + u'>' + escapeHtml(section.codePath)
               + QStringLiteral(" <span class=\"meta\">(%1)</span></").arg(section.excerpts.size()) + codeTag
               + QStringLiteral(">\n");
        for (const ReportExcerpt &excerpt : section.excerpts) {
            const CodedSegment &s = excerpt.segment;
            out += QStringLiteral("<div class=\"excerpt\">\n<p class=\"meta\"><b>") + escapeHtml(s.document)
                   + QStringLiteral("</b>");
            if (!excerpt.attributes.isEmpty())
                out += QStringLiteral(" · ") + escapeHtml(attributesText(excerpt.attributes));
            out += QStringLiteral(" · ") + escapeHtml(citationText(s)) + QStringLiteral(" · ")
                   + escapeHtml(codersText(s)) + QStringLiteral("</p>\n");
            if (!s.memo.isEmpty())
                out += QStringLiteral("<p class=\"memo\">Memo: ") + escapeHtml(s.memo) + QStringLiteral("</p>\n");
            out += QStringLiteral("<blockquote>");
            if (!s.contextBefore.isEmpty())
                out += QStringLiteral("<span class=\"context\">…") + escapeHtml(s.contextBefore) + QStringLiteral("</span>");
            out += QStringLiteral("<strong>") + escapeHtml(s.text) + QStringLiteral("</strong>");
            if (!s.contextAfter.isEmpty())
                out += QStringLiteral("<span class=\"context\">") + escapeHtml(s.contextAfter) + QStringLiteral("…</span>");
            out += QStringLiteral("</blockquote>\n</div>\n");
        }
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

QString ReportWriter::markdown(const ReportData &data)
{
    QString out;
    out += QStringLiteral("# ") + escapeMarkdown(data.title) + QStringLiteral("\n\n");
    out += QStringLiteral("Project %1 · %2 passages (%3 codings) · generated %4\n\n")
               .arg(escapeMarkdown(data.projectName))
               .arg(data.excerptCount)
               .arg(data.codingCount)
               .arg(data.generated);
    if (data.matrix) {
        const MatrixResult &matrix = *data.matrix;
        out += QStringLiteral("## Codes × ") + escapeMarkdown(matrix.by)
               + QStringLiteral("\n\n") + escapeMarkdown(matrixLegend()) + QStringLiteral("\n\n| Code |");
        QString rule = QStringLiteral("|---|");
        for (const MatrixColumn &column : matrix.columns) {
            out += u' ' + escapeMarkdown(data.siteLabel(column.value)) + QStringLiteral(" |");
            rule += QStringLiteral("---:|");
        }
        out += QStringLiteral(" Total |\n") + rule + QStringLiteral("---:|\n");
        for (const MatrixRow &row : matrix.rows) {
            out += QStringLiteral("| ") + escapeMarkdown(row.path) + QStringLiteral(" |");
            for (const MatrixCell &cell : row.cells)
                out += u' ' + matrixCellText(cell) + QStringLiteral(" |");
            out += u' ' + matrixCellText(row.total) + QStringLiteral(" |\n");
        }
        out += u'\n';
    }
    QString currentSite;
    bool first = true;
    for (const ReportSection &section : data.sections) {
        QString codeLevel = QStringLiteral("## ");
        if (data.grouping == ReportGrouping::BySite) {
            if (first || section.site != currentSite)
                out += QStringLiteral("## ") + escapeMarkdown(data.siteLabel(section.site)) + QStringLiteral("\n\n");
            currentSite = section.site;
            codeLevel = QStringLiteral("### ");
        }
        first = false;
        out += codeLevel + escapeMarkdown(section.codePath) + QStringLiteral(" (%1)\n\n").arg(section.excerpts.size());
        for (const ReportExcerpt &excerpt : section.excerpts) {
            const CodedSegment &s = excerpt.segment;
            out += QStringLiteral("**") + escapeMarkdown(s.document) + QStringLiteral("**");
            if (!excerpt.attributes.isEmpty())
                out += QStringLiteral(" · ") + escapeMarkdown(attributesText(excerpt.attributes));
            out += QStringLiteral(" · ") + escapeMarkdown(citationText(s)) + QStringLiteral(" · ")
                   + escapeMarkdown(codersText(s)) + QStringLiteral("\n\n");
            if (!s.memo.isEmpty())
                out += QStringLiteral("*Memo: ") + escapeMarkdown(s.memo) + QStringLiteral("*\n\n");
            QString quoted;
            if (!s.contextBefore.isEmpty())
                quoted += u'…' + escapeMarkdown(s.contextBefore);
            quoted += QStringLiteral("**") + escapeMarkdown(s.text) + QStringLiteral("**");
            if (!s.contextAfter.isEmpty())
                quoted += escapeMarkdown(s.contextAfter) + u'…';
            // Each line of the excerpt is a line of the block quote; a blank line stays inside the quote.
            const QStringList lines = quoted.split(u'\n');
            for (const QString &line : lines)
                out += (line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line) + u'\n';
            out += u'\n';
        }
    }
    return out;
}

QByteArray ReportWriter::csv(const ReportData &data)
{
    // One row per passage. Positions for people: paragraphs as the document view numbers them and characters from 1
    // (first and last, inclusive). Every text cell goes through csvTextField (no formulas); numbers are our own.
    QStringList header = {QStringLiteral("code"), QStringLiteral("document")};
    header += data.attributeNames;
    header += {QStringLiteral("first_paragraph"), QStringLiteral("last_paragraph"), QStringLiteral("speakers"),
               QStringLiteral("first_character"), QStringLiteral("last_character"), QStringLiteral("coders"),
               QStringLiteral("codings"), QStringLiteral("memo"), QStringLiteral("created"), QStringLiteral("excerpt"),
               QStringLiteral("context_before"), QStringLiteral("context_after")};
    QString out;
    auto row = [&](const QStringList &fields) { out += fields.join(u',') + QStringLiteral("\r\n"); };
    QStringList fields;
    for (const QString &name : header)
        fields.append(csvTextField(name));
    row(fields);
    for (const ReportSection &section : data.sections) {
        for (const ReportExcerpt &excerpt : section.excerpts) {
            const CodedSegment &s = excerpt.segment;
            fields = {csvTextField(s.codePath), csvTextField(s.document)};
            for (const QString &name : data.attributeNames)
                fields.append(csvTextField(excerpt.attributes.value(name)));
            const bool cited = s.firstParagraph > 0;
            fields += {cited ? csvNumberField(s.firstParagraph) : QString(),
                       cited ? csvNumberField(s.lastParagraph) : QString(),
                       csvTextField(s.speakers.join(QStringLiteral(", "))),
                       csvNumberField(s.start + 1),
                       csvNumberField(s.end),
                       csvTextField(s.coders.isEmpty() ? s.coder : s.coders.join(QStringLiteral(", "))),
                       csvNumberField(static_cast<qint64>(std::max<qsizetype>(1, s.codingIds.size()))),
                       csvTextField(s.memo),
                       csvTextField(s.created),
                       csvTextField(s.text),
                       csvTextField(s.contextBefore),
                       csvTextField(s.contextAfter)};
            row(fields);
        }
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace marginalia
