// ODT reports: OpenDocument text written with QXmlStreamWriter and zipped with QuaZip, content.xml streamed into its
// zip entry as the excerpts are read. Headings are text:h with outline levels and the Heading 1–3 styles, so
// LibreOffice's Navigator and table of contents see them.

#include "report/Report.h"

#include "report/ReportZip.h"

#include <QIODevice>
#include <QXmlStreamWriter>

namespace marginalia {

namespace {

const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kFo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString kMeta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");

const char kManifest[] =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
)";

// Latin text in a Latin font, Chinese in Noto CJK (the fonts of the PDF); A4 with 2 cm margins.
const char kStyles[] =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2">
<office:font-face-decls>
<style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
<style:font-face style:name="Noto Sans CJK SC" svg:font-family="'Noto Sans CJK SC'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.1cm"/><style:text-properties style:font-name="DejaVu Sans" fo:font-size="10pt" style:font-name-asian="Noto Sans CJK SC" style:font-size-asian="10pt" style:font-name-complex="DejaVu Sans" fo:language="en" fo:country="GB" style:language-asian="zh" style:country-asian="CN"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:margin-top="0cm"/><style:text-properties fo:font-size="18pt" style:font-size-asian="18pt"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Standard" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Standard" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/></style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Standard" style:default-outline-level="3" style:class="text"><style:text-properties fo:font-size="11pt" style:font-size-asian="11pt"/></style:style>
<style:style style:name="Report_20_Meta" style:display-name="Report Meta" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.15cm"/><style:text-properties fo:color="#555555" fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
<style:style style:name="Excerpt_20_Meta" style:display-name="Excerpt Meta" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Excerpt"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0cm" fo:keep-with-next="always"/><style:text-properties fo:color="#555555" fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
<style:style style:name="Memo" style:family="paragraph" style:parent-style-name="Excerpt_20_Meta"><style:paragraph-properties fo:margin-top="0cm"/><style:text-properties fo:font-style="italic" style:font-style-asian="italic"/></style:style>
<style:style style:name="Excerpt" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="0.65cm" fo:margin-bottom="0cm" fo:padding-left="0.2cm" fo:border-left="0.06cm solid #cccccc"/></style:style>
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/></style:style>
<style:style style:name="Code_20_Note" style:display-name="Code Note" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Emphasis" style:family="text"><style:text-properties fo:font-style="italic" style:font-style-asian="italic"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Context" style:family="text"><style:text-properties fo:color="#888888"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>
</office:document-styles>
)";

// content.xml, written as the report is read.
class OdtSink : public ReportSink
{
public:
    explicit OdtSink(QIODevice *entry) : m_xml(entry) {}

    void begin(const ReportData &data) override
    {
        m_xml.writeStartDocument();
        m_xml.writeNamespace(kOffice, QStringLiteral("office"));
        m_xml.writeNamespace(kText, QStringLiteral("text"));
        m_xml.writeNamespace(kTable, QStringLiteral("table"));
        m_xml.writeNamespace(kStyle, QStringLiteral("style"));
        m_xml.writeNamespace(kFo, QStringLiteral("fo"));
        m_xml.writeStartElement(kOffice, QStringLiteral("document-content"));
        m_xml.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.2"));
        m_xml.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
        m_xml.writeStartElement(kStyle, QStringLiteral("style"));
        m_xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("MatrixCell"));
        m_xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table-cell"));
        m_xml.writeEmptyElement(kStyle, QStringLiteral("table-cell-properties"));
        m_xml.writeAttribute(kFo, QStringLiteral("border"), QStringLiteral("0.5pt solid #999999"));
        m_xml.writeAttribute(kFo, QStringLiteral("padding"), QStringLiteral("0.05cm"));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeStartElement(kOffice, QStringLiteral("body"));
        m_xml.writeStartElement(kOffice, QStringLiteral("text"));

        m_labels = data.labels;
        paragraph(QStringLiteral("Title"), data.title);
        if (!data.author.isEmpty())
            paragraph(QStringLiteral("Subtitle"), data.author);
        paragraph(QStringLiteral("Report_20_Meta"), ReportWriter::headText(data));
        if (data.matrix) {
            heading(1, data.labels.matrixHeading(data.matrix->by));
            paragraph(QStringLiteral("Report_20_Meta"), data.labels.matrixLegend());
            table(ReportWriter::matrixTable(data));
        }
    }
    void siteHeading(const QString &label) override { heading(1, label); }
    void codeHeading(const ReportSection &section, int level) override
    {
        heading(level - 1, ReportWriter::codeHeadingText(section));
        if (!section.codeDescription.isEmpty()) {
            m_xml.writeStartElement(kText, QStringLiteral("p"));
            m_xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Code_20_Note"));
            span(QStringLiteral("Strong_20_Emphasis"), m_labels.definition() + ReportLabels::separatorAfter(m_labels.definition()));
            characters(section.codeDescription);
            m_xml.writeEndElement();
        }
        if (!section.codeMemo.isEmpty()) {
            m_xml.writeStartElement(kText, QStringLiteral("p"));
            m_xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Code_20_Note"));
            span(QStringLiteral("Emphasis"), m_labels.beforeText(m_labels.codeMemo(), section.codeMemo));
            m_xml.writeEndElement();
        }
    }
    void excerpt(const ReportExcerpt &excerpt) override
    {
        const CodedSegment &s = excerpt.segment;
        m_xml.writeStartElement(kText, QStringLiteral("p"));
        m_xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Excerpt_20_Meta"));
        span(QStringLiteral("Strong_20_Emphasis"), s.document);
        characters(ReportWriter::excerptMetaText(excerpt, m_labels));
        m_xml.writeEndElement();
        if (!s.memo.isEmpty())
            paragraph(QStringLiteral("Memo"), m_labels.beforeText(m_labels.memo(), s.memo));
        // Each line of the excerpt is a paragraph of the quote (as the report's other formats show it).
        m_xml.writeStartElement(kText, QStringLiteral("p"));
        m_xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Excerpt"));
        if (!s.contextBefore.isEmpty())
            quoted(QStringLiteral("Context"), u'…' + s.contextBefore);
        quoted(QStringLiteral("Strong_20_Emphasis"), s.text);
        if (!s.contextAfter.isEmpty())
            quoted(QStringLiteral("Context"), s.contextAfter + u'…');
        m_xml.writeEndElement();
    }
    void end(const ReportData &data) override
    {
        if (!data.methods.isEmpty()) {
            heading(1, m_labels.reliability());
            paragraph(QStringLiteral("Code_20_Note"), data.methods);
        }
        if (!data.documentMemos.isEmpty()) {
            heading(1, m_labels.documentMemos());
            for (const auto &[name, memo] : data.documentMemos) {
                m_xml.writeStartElement(kText, QStringLiteral("p"));
                m_xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Excerpt_20_Meta"));
                span(QStringLiteral("Strong_20_Emphasis"), name);
                m_xml.writeEndElement();
                paragraph(QStringLiteral("Code_20_Note"), memo);
            }
        }
        m_xml.writeEndElement();   // text
        m_xml.writeEndElement();   // body
        m_xml.writeEndElement();   // document-content
        m_xml.writeEndDocument();
    }

private:
    void heading(int level, const QString &text)
    {
        m_xml.writeStartElement(kText, QStringLiteral("h"));
        m_xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Heading_20_%1").arg(level));
        m_xml.writeAttribute(kText, QStringLiteral("outline-level"), QString::number(level));
        characters(text);
        m_xml.writeEndElement();
    }
    void paragraph(const QString &style, const QString &text)
    {
        m_xml.writeStartElement(kText, QStringLiteral("p"));
        m_xml.writeAttribute(kText, QStringLiteral("style-name"), style);
        characters(text);
        m_xml.writeEndElement();
    }
    void span(const QString &style, const QString &text)
    {
        if (text.isEmpty())
            return;
        m_xml.writeStartElement(kText, QStringLiteral("span"));
        m_xml.writeAttribute(kText, QStringLiteral("style-name"), style);
        characters(text);
        m_xml.writeEndElement();
    }
    // Text of the quote: a line break ends the paragraph and opens the next one of the quote.
    void quoted(const QString &style, const QString &text)
    {
        qsizetype from = 0;
        while (true) {
            const qsizetype newline = text.indexOf(u'\n', from);
            span(style, text.mid(from, newline < 0 ? -1 : newline - from));
            if (newline < 0)
                break;
            m_xml.writeEndElement();
            m_xml.writeStartElement(kText, QStringLiteral("p"));
            m_xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Excerpt"));
            from = newline + 1;
        }
    }
    // ODF collapses runs of spaces and ignores tabs and line breaks in text: they are written as elements.
    void characters(const QString &text)
    {
        // Most text has none of these: written as it is.
        bool plain = !text.startsWith(u' ');
        for (qsizetype i = 0; plain && i < text.size(); ++i) {
            const QChar c = text[i];
            plain = !(c == u'\t' || c == u'\n' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator
                      || (c == u' ' && text[i - 1] == u' '));
        }
        if (plain) {
            m_xml.writeCharacters(text);
            return;
        }
        QString run;
        auto flush = [&] {
            if (!run.isEmpty())
                m_xml.writeCharacters(run);
            run.clear();
        };
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c == u' ' && (i == 0 || text[i - 1] == u' ')) {
                qsizetype count = 0;
                while (i < text.size() && text[i] == u' ') {
                    ++count;
                    ++i;
                }
                --i;
                flush();
                m_xml.writeEmptyElement(kText, QStringLiteral("s"));
                if (count > 1)
                    m_xml.writeAttribute(kText, QStringLiteral("c"), QString::number(count));
            } else if (c == u'\t') {
                flush();
                m_xml.writeEmptyElement(kText, QStringLiteral("tab"));
            } else if (c == u'\n' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
                flush();
                m_xml.writeEmptyElement(kText, QStringLiteral("line-break"));
            } else {
                run += c;
            }
        }
        flush();
    }
    void table(const QList<QStringList> &rows)
    {
        if (rows.isEmpty())
            return;
        m_xml.writeStartElement(kTable, QStringLiteral("table"));
        m_xml.writeAttribute(kTable, QStringLiteral("name"), QStringLiteral("Matrix"));
        m_xml.writeEmptyElement(kTable, QStringLiteral("table-column"));
        m_xml.writeAttribute(kTable, QStringLiteral("number-columns-repeated"), QString::number(rows.first().size()));
        for (qsizetype r = 0; r < rows.size(); ++r) {
            m_xml.writeStartElement(kTable, QStringLiteral("table-row"));
            for (const QString &cell : rows[r]) {
                m_xml.writeStartElement(kTable, QStringLiteral("table-cell"));
                m_xml.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("MatrixCell"));
                m_xml.writeAttribute(kOffice, QStringLiteral("value-type"), QStringLiteral("string"));
                m_xml.writeStartElement(kText, QStringLiteral("p"));
                m_xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Table_20_Contents"));
                if (r == 0)
                    span(QStringLiteral("Strong_20_Emphasis"), cell);
                else
                    characters(cell);
                m_xml.writeEndElement();
                m_xml.writeEndElement();
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    QXmlStreamWriter m_xml;
    ReportLabels m_labels;   // the report's, from begin()
};

QByteArray metaXml(const ReportData &data)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeNamespace(kOffice, QStringLiteral("office"));
    xml.writeNamespace(kMeta, QStringLiteral("meta"));
    xml.writeNamespace(kDc, QStringLiteral("dc"));
    xml.writeStartElement(kOffice, QStringLiteral("document-meta"));
    xml.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.2"));
    xml.writeStartElement(kOffice, QStringLiteral("meta"));
    xml.writeTextElement(kMeta, QStringLiteral("generator"), QStringLiteral("Marginalia"));
    xml.writeTextElement(kDc, QStringLiteral("title"), data.title);
    if (!data.author.isEmpty()) {
        xml.writeTextElement(kMeta, QStringLiteral("initial-creator"), data.author);
        xml.writeTextElement(kDc, QStringLiteral("creator"), data.author);
    }
    xml.writeTextElement(kMeta, QStringLiteral("creation-date"), data.generated);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace

Result<void> ReportWriter::writeOdt(Project &project, const ReportData &data, const QString &path,
                                    const std::atomic_bool *cancelled)
{
    const QList<ZipPart> parts = {
        {QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"), true},
        {QStringLiteral("META-INF/manifest.xml"), QByteArray(kManifest)},
        {QStringLiteral("styles.xml"), QByteArray(kStyles)},
        {QStringLiteral("meta.xml"), metaXml(data)},
    };
    auto writeMain = [&](QIODevice *entry, const std::function<bool()> &stop) {
        OdtSink sink(entry);
        return stream(project, data, sink, stop);
    };
    return writeZipPackage(path, parts, QStringLiteral("content.xml"), writeMain, cancelled);
}

} // namespace marginalia
