#include "report/Report.h"

#include "common/AtomicFile.h"
#include "report/CsvField.h"

#include "project/Codebook.h"
#include "project/DocumentStore.h"
#include "project/Project.h"

#include <QDateTime>
#include <QFile>
#include <QBuffer>
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

QString markdownQuoteLine(QStringView line)
{
    qsizetype spaces = 0;
    while (spaces < line.size() && line[spaces] == u' ')
        ++spaces;
    QString out;
    out.reserve(line.size() + 6);
    if (spaces >= 4) {
        out += QStringLiteral("&#32;");   // a space that does not count as indentation
        out += line.mid(1, spaces - 1);
    } else {
        out += line.left(spaces);
    }
    const QStringView rest = line.mid(spaces);
    if (rest.isEmpty())
        return out;
    const QChar first = rest.front();
    if (first == u'-' || first == u'+' || first == u'=' || first == u'~') {
        out += u'\\';
        out += rest;
        return out;
    }
    qsizetype digits = 0;
    while (digits < rest.size() && digits < 10 && rest[digits] >= u'0' && rest[digits] <= u'9')
        ++digits;
    if (digits > 0 && digits < rest.size() && (rest[digits] == u'.' || rest[digits] == u')')) {
        out += rest.left(digits);
        out += u'\\';
        out += rest.mid(digits);
        return out;
    }
    out += rest;
    return out;
}

QString ReportData::siteLabel(const QString &site) const
{
    return site.isEmpty() ? labels.noValue(siteAttribute) : site;
}

QString ReportWriter::codersText(const CodedSegment &segment, const ReportLabels &labels)
{
    return labels.coders(segment.coders.isEmpty() ? QStringList{segment.coder} : segment.coders);
}

QString ReportWriter::matrixCellText(const MatrixCell &cell)
{
    return QStringLiteral("%1 / %2 (%3)").arg(cell.passages).arg(cell.codings).arg(cell.documents);
}

QString ReportWriter::matrixLegend(const ReportLabels &labels)
{
    return labels.matrixLegend();
}

QString ReportWriter::attributesText(const QMap<QString, QString> &attributes, const ReportLabels &labels)
{
    QStringList parts;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        parts.append(labels.attributeName(it.key()) + QStringLiteral(": ") + it.value());
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

QString ReportWriter::headText(const ReportData &data)
{
    return data.labels.head(data.projectName, data.excerptCount, data.codingCount, data.generated);
}

QString ReportWriter::codeHeadingText(const ReportSection &section)
{
    return QStringLiteral("%1 (%2)").arg(section.codePath).arg(section.excerptCount);
}

QString ReportWriter::excerptMetaText(const ReportExcerpt &excerpt, const ReportLabels &labels)
{
    QString line;
    if (!excerpt.attributes.isEmpty())
        line += QStringLiteral(" · ") + attributesText(excerpt.attributes, labels);
    line += QStringLiteral(" · ") + citationText(excerpt.segment, labels) + QStringLiteral(" · ")
            + codersText(excerpt.segment, labels);
    return line;
}

QList<QStringList> ReportWriter::matrixTable(const ReportData &data)
{
    QList<QStringList> rows;
    if (!data.matrix)
        return rows;
    const MatrixResult &matrix = *data.matrix;
    QStringList header = {data.labels.matrixCodeColumn()};
    for (const MatrixColumn &column : matrix.columns)
        header.append(data.siteLabel(column.value));
    header.append(data.labels.matrixTotalColumn());
    rows.append(header);
    for (const MatrixRow &row : matrix.rows) {
        QStringList cells = {row.path};
        for (const MatrixCell &cell : row.cells)
            cells.append(matrixCellText(cell));
        cells.append(matrixCellText(row.total));
        rows.append(cells);
    }
    return rows;
}

namespace {

// Text handed to the device in pieces of about 256 KB (whole strings, so UTF-8 encodes them as it would the whole).
class TextSink : public ReportSink
{
public:
    explicit TextSink(QIODevice &device) : m_device(device) {}

protected:
    void put(const QString &text)
    {
        m_out += text;
        if (m_out.size() > 128 * 1024)
            flush();
    }
    void flush()
    {
        if (!m_out.isEmpty())
            m_device.write(m_out.toUtf8());
        m_out.clear();
    }
    QIODevice &m_device;
    QString m_out;
    ReportLabels m_labels;   // the report's, from begin()
};

class HtmlSink : public TextSink
{
public:
    using TextSink::TextSink;

    void begin(const ReportData &data) override
    {
        m_labels = data.labels;
        put(QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>") + escapeHtml(data.title)
            + QStringLiteral("</title>\n"));
        if (!data.author.isEmpty())
            put(QStringLiteral("<meta name=\"author\" content=\"") + escapeHtml(data.author) + QStringLiteral("\">\n"));
        put(QStringLiteral("<style>\n"
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
                             ".author{font-size:120%;margin:0 0 .3em}\n"
                             ".note{white-space:pre-wrap;margin:.2em 0}\n"
                             "</style>\n</head>\n<body>\n"));
        put(QStringLiteral("<h1>") + escapeHtml(data.title) + QStringLiteral("</h1>\n"));
        if (!data.author.isEmpty())
            put(QStringLiteral("<p class=\"author\">") + escapeHtml(data.author) + QStringLiteral("</p>\n"));
        put(QStringLiteral("<p class=\"meta\">") + escapeHtml(ReportWriter::headText(data)) + QStringLiteral("</p>\n"));
        if (data.matrix) {
            const QList<QStringList> rows = ReportWriter::matrixTable(data);
            put(QStringLiteral("<h2>") + escapeHtml(m_labels.matrixHeading(data.matrix->by))
                + QStringLiteral("</h2>\n<p class=\"meta\">") + escapeHtml(m_labels.matrixLegend()) + QStringLiteral("</p>\n<table>\n<tr>"));
            for (const QString &cell : rows.first())
                put(QStringLiteral("<th>") + escapeHtml(cell) + QStringLiteral("</th>"));
            put(QStringLiteral("</tr>\n"));
            for (qsizetype r = 1; r < rows.size(); ++r) {
                put(QStringLiteral("<tr>"));
                for (const QString &cell : rows[r])
                    put(QStringLiteral("<td>") + escapeHtml(cell) + QStringLiteral("</td>"));
                put(QStringLiteral("</tr>\n"));
            }
            put(QStringLiteral("</table>\n"));
        }
    }
    void siteHeading(const QString &label) override
    {
        put(QStringLiteral("<h2>") + escapeHtml(label) + QStringLiteral("</h2>\n"));
    }
    void codeHeading(const ReportSection &section, int level) override
    {
        const QString tag = level == 2 ? QStringLiteral("h2") : QStringLiteral("h3");
        put(u'<' + tag + u'>' + escapeHtml(section.codePath)
            + QStringLiteral(" <span class=\"meta\">(%1)</span></").arg(section.excerptCount) + tag + QStringLiteral(">\n"));
        if (!section.codeDescription.isEmpty())
            put(QStringLiteral("<p class=\"note\"><b>") + escapeHtml(m_labels.definition()) + QStringLiteral("</b>")
                + ReportLabels::separatorAfter(m_labels.definition())
                + escapeHtml(section.codeDescription)
                + QStringLiteral("</p>\n"));
        if (!section.codeMemo.isEmpty())
            put(QStringLiteral("<p class=\"note memo\">") + escapeHtml(m_labels.beforeText(m_labels.codeMemo(), section.codeMemo))
                + QStringLiteral("</p>\n"));
    }
    void documentMemos(const ReportData &data)
    {
        if (!data.methods.isEmpty())
            put(QStringLiteral("<h2>") + escapeHtml(m_labels.reliability()) + QStringLiteral("</h2>\n<p>")
                + escapeHtml(data.methods) + QStringLiteral("</p>\n"));
        if (data.documentMemos.isEmpty())
            return;
        put(QStringLiteral("<h2>") + escapeHtml(m_labels.documentMemos()) + QStringLiteral("</h2>\n"));
        for (const auto &[name, memo] : data.documentMemos)
            put(QStringLiteral("<p class=\"meta\"><b>") + escapeHtml(name) + QStringLiteral("</b></p>\n<p class=\"note\">")
                + escapeHtml(memo) + QStringLiteral("</p>\n"));
    }
    void excerpt(const ReportExcerpt &excerpt) override
    {
        const CodedSegment &s = excerpt.segment;
        put(QStringLiteral("<div class=\"excerpt\">\n<p class=\"meta\"><b>") + escapeHtml(s.document)
            + QStringLiteral("</b>") + escapeHtml(ReportWriter::excerptMetaText(excerpt, m_labels)) + QStringLiteral("</p>\n"));
        if (!s.memo.isEmpty())
            put(QStringLiteral("<p class=\"memo\">") + escapeHtml(m_labels.beforeText(m_labels.memo(), s.memo))
                + QStringLiteral("</p>\n"));
        put(QStringLiteral("<blockquote>"));
        if (!s.contextBefore.isEmpty())
            put(QStringLiteral("<span class=\"context\">…") + escapeHtml(s.contextBefore) + QStringLiteral("</span>"));
        put(QStringLiteral("<strong>") + escapeHtml(s.text) + QStringLiteral("</strong>"));
        if (!s.contextAfter.isEmpty())
            put(QStringLiteral("<span class=\"context\">") + escapeHtml(s.contextAfter) + QStringLiteral("…</span>"));
        put(QStringLiteral("</blockquote>\n</div>\n"));
    }
    void end(const ReportData &data) override
    {
        documentMemos(data);
        put(QStringLiteral("</body>\n</html>\n"));
        flush();
    }
};

class MarkdownSink : public TextSink
{
public:
    using TextSink::TextSink;

    void begin(const ReportData &data) override
    {
        m_labels = data.labels;
        put(QStringLiteral("# ") + escapeMarkdown(data.title) + QStringLiteral("\n\n"));
        if (!data.author.isEmpty())
            put(QStringLiteral("*") + escapeMarkdown(data.author) + QStringLiteral("*\n\n"));
        put(m_labels.head(escapeMarkdown(data.projectName), data.excerptCount, data.codingCount, data.generated)
            + QStringLiteral("\n\n"));
        if (data.matrix) {
            const QList<QStringList> rows = ReportWriter::matrixTable(data);
            put(QStringLiteral("## ") + escapeMarkdown(m_labels.matrixHeading(data.matrix->by)) + QStringLiteral("\n\n")
                + escapeMarkdown(m_labels.matrixLegend()) + QStringLiteral("\n\n|"));
            QString rule = QStringLiteral("|---|");
            for (qsizetype c = 0; c < rows.first().size(); ++c) {
                put(u' ' + escapeMarkdown(rows.first()[c]) + QStringLiteral(" |"));
                if (c > 0)
                    rule += QStringLiteral("---:|");
            }
            put(u'\n' + rule + u'\n');
            for (qsizetype r = 1; r < rows.size(); ++r) {
                put(QStringLiteral("|"));
                for (qsizetype c = 0; c < rows[r].size(); ++c)
                    put(u' ' + (c == 0 ? escapeMarkdown(rows[r][c]) : rows[r][c]) + QStringLiteral(" |"));
                put(QStringLiteral("\n"));
            }
            put(QStringLiteral("\n"));
        }
    }
    void siteHeading(const QString &label) override
    {
        put(QStringLiteral("## ") + escapeMarkdown(label) + QStringLiteral("\n\n"));
    }
    void codeHeading(const ReportSection &section, int level) override
    {
        put((level == 2 ? QStringLiteral("## ") : QStringLiteral("### ")) + escapeMarkdown(section.codePath)
            + QStringLiteral(" (%1)\n\n").arg(section.excerptCount));
        if (!section.codeDescription.isEmpty())
            put(QStringLiteral("**") + escapeMarkdown(m_labels.definition()) + QStringLiteral("**")
                + ReportLabels::separatorAfter(m_labels.definition())
                + escapeMarkdown(section.codeDescription) + QStringLiteral("\n\n"));
        if (!section.codeMemo.isEmpty())
            put(u'*' + escapeMarkdown(m_labels.beforeText(m_labels.codeMemo(), section.codeMemo)) + QStringLiteral("*\n\n"));
    }
    void excerpt(const ReportExcerpt &excerpt) override
    {
        const CodedSegment &s = excerpt.segment;
        put(QStringLiteral("**") + escapeMarkdown(s.document) + QStringLiteral("**")
            + escapeMarkdown(ReportWriter::excerptMetaText(excerpt, m_labels)) + QStringLiteral("\n\n"));
        if (!s.memo.isEmpty())
            put(u'*' + escapeMarkdown(m_labels.beforeText(m_labels.memo(), s.memo)) + QStringLiteral("*\n\n"));
        QString quoted;
        if (!s.contextBefore.isEmpty())
            quoted += u'…' + escapeMarkdown(s.contextBefore);
        quoted += QStringLiteral("**") + escapeMarkdown(s.text) + QStringLiteral("**");
        if (!s.contextAfter.isEmpty())
            quoted += escapeMarkdown(s.contextAfter) + u'…';
        // Each line of the excerpt is a line of the block quote; a blank line stays inside the quote.
        QString out;
        for (const QStringView line : QStringView(quoted).split(u'\n'))
            out += (line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + markdownQuoteLine(line)) + u'\n';
        put(out + u'\n');
    }
    void end(const ReportData &data) override
    {
        if (!data.methods.isEmpty())
            put(QStringLiteral("## ") + escapeMarkdown(m_labels.reliability()) + QStringLiteral("\n\n")
                + escapeMarkdown(data.methods) + QStringLiteral("\n\n"));
        if (!data.documentMemos.isEmpty()) {
            put(QStringLiteral("## ") + escapeMarkdown(m_labels.documentMemos()) + QStringLiteral("\n\n"));
            for (const auto &[name, memo] : data.documentMemos)
                put(QStringLiteral("**") + escapeMarkdown(name) + QStringLiteral("**\n\n") + escapeMarkdown(memo)
                    + QStringLiteral("\n\n"));
        }
        flush();
    }
};

class CsvSink : public TextSink
{
public:
    using TextSink::TextSink;

    // One row per passage. Positions for people: paragraphs as the document view numbers them and characters from 1
    // (first and last, inclusive). Every text cell goes through csvTextField (no formulas); numbers are our own.
    void begin(const ReportData &data) override
    {
        m_attributeNames = data.attributeNames;
        m_device.write("\xEF\xBB\xBF");
        QStringList header = {QStringLiteral("code"), QStringLiteral("document")};
        header += data.attributeNames;
        header += {QStringLiteral("first_paragraph"), QStringLiteral("last_paragraph"), QStringLiteral("speakers"),
                   QStringLiteral("first_character"), QStringLiteral("last_character"), QStringLiteral("coders"),
                   QStringLiteral("codings"), QStringLiteral("memo"), QStringLiteral("created"),
                   QStringLiteral("excerpt"), QStringLiteral("context_before"), QStringLiteral("context_after")};
        QStringList fields;
        for (const QString &name : header)
            fields.append(csvTextField(name));
        row(fields);
    }
    void siteHeading(const QString &) override {}
    void codeHeading(const ReportSection &, int) override {}
    void excerpt(const ReportExcerpt &excerpt) override
    {
        const CodedSegment &s = excerpt.segment;
        QStringList fields = {csvTextField(s.codePath), csvTextField(s.document)};
        for (const QString &name : m_attributeNames)
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
    void end(const ReportData &) override { flush(); }

private:
    void row(const QStringList &fields) { put(fields.join(u',') + QStringLiteral("\r\n")); }
    QStringList m_attributeNames;
};

template<typename Sink>
Result<QByteArray> writeToBuffer(Project &project, const ReportData &data)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Sink sink(buffer);
    if (auto ok = ReportWriter::stream(project, data, sink); !ok)
        return failure(ok.error());
    return buffer.data();
}

} // namespace

std::unique_ptr<ReportSink> makeHtmlSink(QIODevice &device)
{
    return std::make_unique<HtmlSink>(device);
}

std::unique_ptr<ReportSink> makeMarkdownSink(QIODevice &device)
{
    return std::make_unique<MarkdownSink>(device);
}

std::unique_ptr<ReportSink> makeCsvSink(QIODevice &device)
{
    return std::make_unique<CsvSink>(device);
}

Result<QString> ReportWriter::html(Project &project, const ReportData &data)
{
    auto bytes = writeToBuffer<HtmlSink>(project, data);
    if (!bytes)
        return failure(bytes.error());
    return QString::fromUtf8(*bytes);
}

Result<QString> ReportWriter::markdown(Project &project, const ReportData &data)
{
    auto bytes = writeToBuffer<MarkdownSink>(project, data);
    if (!bytes)
        return failure(bytes.error());
    return QString::fromUtf8(*bytes);
}

Result<QByteArray> ReportWriter::csv(Project &project, const ReportData &data)
{
    return writeToBuffer<CsvSink>(project, data);
}

} // namespace marginalia
