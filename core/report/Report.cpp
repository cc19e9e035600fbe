#include "report/Report.h"

#include "project/Codebook.h"
#include "project/DocumentStore.h"
#include "project/Project.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
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

QString csvField(const QString &value)
{
    bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')
                 || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
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
    auto saveBytes = [&](const QByteArray &bytes) -> Result<void> {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return failure(QStringLiteral("cannot write the report %1: %2").arg(path, file.errorString()));
        file.write(bytes);
        if (!file.commit())
            return failure(QStringLiteral("cannot write the report %1: %2").arg(path, file.errorString()));
        return {};
    };
    switch (format) {
    case ReportFormat::Html:
        return saveBytes(html(data).toUtf8());
    case ReportFormat::Markdown:
        return saveBytes(markdown(data).toUtf8());
    case ReportFormat::Csv:
        return saveBytes(csv(data));
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
           + escapeHtml(QStringLiteral("Project %1 · %2 excerpts · generated %3")
                            .arg(data.projectName)
                            .arg(data.excerptCount)
                            .arg(data.generated))
           + QStringLiteral("</p>\n");
    if (data.matrix) {
        const MatrixResult &matrix = *data.matrix;
        out += QStringLiteral("<h2>Codes × ") + escapeHtml(matrix.by)
               + QStringLiteral("</h2>\n<p class=\"meta\">Coded segments (documents with the code)</p>\n<table>\n<tr><th>Code</th>");
        for (const MatrixColumn &column : matrix.columns)
            out += QStringLiteral("<th>") + escapeHtml(data.siteLabel(column.value)) + QStringLiteral("</th>");
        out += QStringLiteral("<th>Total</th></tr>\n");
        for (const MatrixRow &row : matrix.rows) {
            out += QStringLiteral("<tr><td>") + escapeHtml(row.path) + QStringLiteral("</td>");
            for (const MatrixCell &cell : row.cells)
                out += QStringLiteral("<td>%1 (%2)</td>").arg(cell.segments).arg(cell.documents);
            out += QStringLiteral("<td>%1 (%2)</td></tr>\n").arg(row.total.segments).arg(row.total.documents);
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
            out += QStringLiteral(" · ") + escapeHtml(positionText(s)) + QStringLiteral(" · coder ") + escapeHtml(s.coder)
                   + QStringLiteral("</p>\n");
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
    out += QStringLiteral("Project %1 · %2 excerpts · generated %3\n\n")
               .arg(escapeMarkdown(data.projectName))
               .arg(data.excerptCount)
               .arg(data.generated);
    if (data.matrix) {
        const MatrixResult &matrix = *data.matrix;
        out += QStringLiteral("## Codes × ") + escapeMarkdown(matrix.by)
               + QStringLiteral("\n\nCoded segments (documents with the code)\n\n| Code |");
        QString rule = QStringLiteral("|---|");
        for (const MatrixColumn &column : matrix.columns) {
            out += u' ' + escapeMarkdown(data.siteLabel(column.value)) + QStringLiteral(" |");
            rule += QStringLiteral("---:|");
        }
        out += QStringLiteral(" Total |\n") + rule + QStringLiteral("---:|\n");
        for (const MatrixRow &row : matrix.rows) {
            out += QStringLiteral("| ") + escapeMarkdown(row.path) + QStringLiteral(" |");
            for (const MatrixCell &cell : row.cells)
                out += QStringLiteral(" %1 (%2) |").arg(cell.segments).arg(cell.documents);
            out += QStringLiteral(" %1 (%2) |\n").arg(row.total.segments).arg(row.total.documents);
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
            out += QStringLiteral(" · ") + positionText(s) + QStringLiteral(" · coder ") + escapeMarkdown(s.coder)
                   + QStringLiteral("\n\n");
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
    QStringList header = {QStringLiteral("code"), QStringLiteral("document")};
    header += data.attributeNames;
    header += {QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("coder"), QStringLiteral("memo"),
               QStringLiteral("created"), QStringLiteral("excerpt"), QStringLiteral("context_before"),
               QStringLiteral("context_after")};
    QString out;
    auto row = [&](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &field : fields)
            quoted.append(csvField(field));
        out += quoted.join(u',') + QStringLiteral("\r\n");
    };
    row(header);
    for (const ReportSection &section : data.sections) {
        for (const ReportExcerpt &excerpt : section.excerpts) {
            const CodedSegment &s = excerpt.segment;
            QStringList fields = {s.codePath, s.document};
            for (const QString &name : data.attributeNames)
                fields.append(excerpt.attributes.value(name));
            fields += {QString::number(s.start), QString::number(s.end), s.coder, s.memo, s.created, s.text,
                       s.contextBefore, s.contextAfter};
            row(fields);
        }
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace marginalia
