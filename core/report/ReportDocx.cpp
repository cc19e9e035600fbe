#include "report/Report.h"

#include "report/ReportZip.h"

#include <QIODevice>
#include <QXmlStreamWriter>

namespace marginalia {

namespace {

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

const char kContentTypes[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>
)";

const char kRootRels[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>
)";

const char kDocumentRels[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>
)";

// Latin text in Calibri, Chinese in a font Word has on Chinese Windows (LibreOffice substitutes Noto CJK).
const char kStyles[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults>
<w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="SimSun" w:cs="Calibri"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-GB" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="280" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="100"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CodeNote"><w:name w:val="Code Note"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ExcerptMeta"><w:name w:val="Excerpt Meta"/><w:basedOn w:val="Normal"/><w:next w:val="Excerpt"/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="20"/></w:pPr><w:rPr><w:color w:val="555555"/><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Excerpt"><w:name w:val="Excerpt"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:pBdr><w:left w:val="single" w:sz="18" w:space="6" w:color="CCCCCC"/></w:pBdr><w:ind w:left="360"/></w:pPr></w:style>
<w:style w:type="character" w:styleId="Context"><w:name w:val="Context"/><w:rPr><w:color w:val="888888"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="MatrixTable"><w:name w:val="Matrix Table"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:left w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:right w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="999999"/></w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>
)";

class DocxBody
{
public:
    explicit DocxBody(QIODevice *out) : m_xml(out)
    {
        m_xml.writeStartDocument(QStringLiteral("1.0"), true);
        m_xml.writeNamespace(kW, QStringLiteral("w"));
        m_xml.writeStartElement(kW, QStringLiteral("document"));
        m_xml.writeStartElement(kW, QStringLiteral("body"));
    }

    void finish()
    {
        // A4 with 2 cm margins.
        m_xml.writeStartElement(kW, QStringLiteral("sectPr"));
        m_xml.writeEmptyElement(kW, QStringLiteral("pgSz"));
        m_xml.writeAttribute(kW, QStringLiteral("w"), QStringLiteral("11906"));
        m_xml.writeAttribute(kW, QStringLiteral("h"), QStringLiteral("16838"));
        m_xml.writeEmptyElement(kW, QStringLiteral("pgMar"));
        for (const char *side : {"top", "right", "bottom", "left"})
            m_xml.writeAttribute(kW, QLatin1String(side), QStringLiteral("1134"));
        m_xml.writeAttribute(kW, QStringLiteral("header"), QStringLiteral("708"));
        m_xml.writeAttribute(kW, QStringLiteral("footer"), QStringLiteral("708"));
        m_xml.writeAttribute(kW, QStringLiteral("gutter"), QStringLiteral("0"));
        m_xml.writeEndElement();
        m_xml.writeEndElement();   // body
        m_xml.writeEndElement();   // document
        m_xml.writeEndDocument();
    }

    void beginParagraph(const QString &style)
    {
        m_xml.writeStartElement(kW, QStringLiteral("p"));
        if (!style.isEmpty()) {
            m_xml.writeStartElement(kW, QStringLiteral("pPr"));
            m_xml.writeEmptyElement(kW, QStringLiteral("pStyle"));
            m_xml.writeAttribute(kW, QStringLiteral("val"), style);
            m_xml.writeEndElement();
        }
    }
    void endParagraph() { m_xml.writeEndElement(); }

    // A run; line breaks in the text become <w:br/>.
    void run(const QString &text, bool bold = false, bool italic = false, const QString &characterStyle = {})
    {
        if (text.isEmpty())
            return;
        m_xml.writeStartElement(kW, QStringLiteral("r"));
        if (bold || italic || !characterStyle.isEmpty()) {
            m_xml.writeStartElement(kW, QStringLiteral("rPr"));
            if (!characterStyle.isEmpty()) {
                m_xml.writeEmptyElement(kW, QStringLiteral("rStyle"));
                m_xml.writeAttribute(kW, QStringLiteral("val"), characterStyle);
            }
            if (bold)
                m_xml.writeEmptyElement(kW, QStringLiteral("b"));
            if (italic)
                m_xml.writeEmptyElement(kW, QStringLiteral("i"));
            m_xml.writeEndElement();
        }
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                m_xml.writeEmptyElement(kW, QStringLiteral("br"));
            if (lines[i].isEmpty())
                continue;
            m_xml.writeStartElement(kW, QStringLiteral("t"));
            m_xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            m_xml.writeCharacters(lines[i]);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void paragraph(const QString &style, const QString &text, bool bold = false, bool italic = false)
    {
        beginParagraph(style);
        run(text, bold, italic);
        endParagraph();
    }

    void table(const QList<QStringList> &rows)
    {
        if (rows.isEmpty())
            return;
        m_xml.writeStartElement(kW, QStringLiteral("tbl"));
        m_xml.writeStartElement(kW, QStringLiteral("tblPr"));
        m_xml.writeEmptyElement(kW, QStringLiteral("tblStyle"));
        m_xml.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("MatrixTable"));
        m_xml.writeEmptyElement(kW, QStringLiteral("tblW"));
        m_xml.writeAttribute(kW, QStringLiteral("w"), QStringLiteral("0"));
        m_xml.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("auto"));
        m_xml.writeEndElement();
        // The first column (code paths) gets a third of the text width, the numbers share the rest.
        const qsizetype columns = rows.first().size();
        const int textWidth = 9638;
        const int firstWidth = columns > 1 ? textWidth / 3 : textWidth;
        const int otherWidth = columns > 1 ? static_cast<int>((textWidth - firstWidth) / (columns - 1)) : 0;
        auto widthOf = [&](qsizetype column) { return column == 0 ? firstWidth : otherWidth; };
        m_xml.writeStartElement(kW, QStringLiteral("tblGrid"));
        for (qsizetype c = 0; c < columns; ++c) {
            m_xml.writeEmptyElement(kW, QStringLiteral("gridCol"));
            m_xml.writeAttribute(kW, QStringLiteral("w"), QString::number(widthOf(c)));
        }
        m_xml.writeEndElement();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            m_xml.writeStartElement(kW, QStringLiteral("tr"));
            for (qsizetype c = 0; c < columns; ++c) {
                m_xml.writeStartElement(kW, QStringLiteral("tc"));
                m_xml.writeStartElement(kW, QStringLiteral("tcPr"));
                m_xml.writeEmptyElement(kW, QStringLiteral("tcW"));
                m_xml.writeAttribute(kW, QStringLiteral("w"), QString::number(widthOf(c)));
                m_xml.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("dxa"));
                m_xml.writeEndElement();
                beginParagraph({});
                run(rows[r].value(c), r == 0);
                endParagraph();
                m_xml.writeEndElement();
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
        paragraph({}, {});   // a table may not end the body: an empty paragraph after it
    }

private:
    QXmlStreamWriter m_xml;
};

// The document's title and author, as Word and LibreOffice show them in the file's properties.
QByteArray coreProperties(const ReportData &data)
{
    const QString cp = QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString dcterms = QStringLiteral("http://purl.org/dc/terms/");
    const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeNamespace(cp, QStringLiteral("cp"));
    xml.writeNamespace(dc, QStringLiteral("dc"));
    xml.writeNamespace(dcterms, QStringLiteral("dcterms"));
    xml.writeNamespace(xsi, QStringLiteral("xsi"));
    xml.writeStartElement(cp, QStringLiteral("coreProperties"));
    xml.writeTextElement(dc, QStringLiteral("title"), data.title);
    if (!data.author.isEmpty())
        xml.writeTextElement(dc, QStringLiteral("creator"), data.author);
    xml.writeStartElement(dcterms, QStringLiteral("created"));
    xml.writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("dcterms:W3CDTF"));
    xml.writeCharacters(data.generated);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

// The body of word/document.xml, written into the zip entry as the excerpts come.
class DocxSink : public ReportSink
{
public:
    explicit DocxSink(QIODevice *entry) : m_body(entry) {}

    void begin(const ReportData &data) override
    {
        m_labels = data.labels;
        m_body.paragraph(QStringLiteral("Title"), data.title);
        if (!data.author.isEmpty())
            m_body.paragraph(QStringLiteral("Subtitle"), data.author);
        m_body.paragraph(QStringLiteral("ExcerptMeta"), ReportWriter::headText(data));
        if (data.matrix) {
            m_body.paragraph(QStringLiteral("Heading1"), data.labels.matrixHeading(data.matrix->by));
            m_body.paragraph(QStringLiteral("ExcerptMeta"), data.labels.matrixLegend());
            m_body.table(ReportWriter::matrixTable(data));
        }
    }
    void siteHeading(const QString &label) override { m_body.paragraph(QStringLiteral("Heading1"), label); }
    void codeHeading(const ReportSection &section, int level) override
    {
        m_body.paragraph(level == 2 ? QStringLiteral("Heading1") : QStringLiteral("Heading2"),
                         ReportWriter::codeHeadingText(section));
        if (!section.codeDescription.isEmpty()) {
            m_body.beginParagraph(QStringLiteral("CodeNote"));
            m_body.run(m_labels.definition() + ReportLabels::separatorAfter(m_labels.definition()), true);
            m_body.run(section.codeDescription);
            m_body.endParagraph();
        }
        if (!section.codeMemo.isEmpty())
            m_body.paragraph(QStringLiteral("CodeNote"), m_labels.beforeText(m_labels.codeMemo(), section.codeMemo), false, true);
    }
    void excerpt(const ReportExcerpt &excerpt) override
    {
        const CodedSegment &s = excerpt.segment;
        m_body.beginParagraph(QStringLiteral("ExcerptMeta"));
        m_body.run(s.document, true);
        m_body.run(ReportWriter::excerptMetaText(excerpt, m_labels));
        m_body.endParagraph();
        if (!s.memo.isEmpty())
            m_body.paragraph(QStringLiteral("ExcerptMeta"), m_labels.beforeText(m_labels.memo(), s.memo), false, true);
        m_body.beginParagraph(QStringLiteral("Excerpt"));
        if (!s.contextBefore.isEmpty())
            m_body.run(u'…' + s.contextBefore, false, false, QStringLiteral("Context"));
        m_body.run(s.text, true);
        if (!s.contextAfter.isEmpty())
            m_body.run(s.contextAfter + u'…', false, false, QStringLiteral("Context"));
        m_body.endParagraph();
    }
    void end(const ReportData &data) override
    {
        if (!data.methods.isEmpty()) {
            m_body.paragraph(QStringLiteral("Heading1"), m_labels.reliability());
            m_body.paragraph(QStringLiteral("CodeNote"), data.methods);
        }
        if (!data.documentMemos.isEmpty()) {
            m_body.paragraph(QStringLiteral("Heading1"), m_labels.documentMemos());
            for (const auto &[name, memo] : data.documentMemos) {
                m_body.paragraph(QStringLiteral("ExcerptMeta"), name, true);
                m_body.paragraph(QStringLiteral("CodeNote"), memo);
            }
        }
        m_body.finish();
    }

private:
    DocxBody m_body;
    ReportLabels m_labels;   // the report's, from begin()
};

} // namespace

Result<void> ReportWriter::writeDocx(Project &project, const ReportData &data, const QString &path,
                                     const std::atomic_bool *cancelled)
{
    const QList<ZipPart> parts = {
        {QStringLiteral("[Content_Types].xml"), QByteArray(kContentTypes)},
        {QStringLiteral("_rels/.rels"), QByteArray(kRootRels)},
        {QStringLiteral("word/_rels/document.xml.rels"), QByteArray(kDocumentRels)},
        {QStringLiteral("word/styles.xml"), QByteArray(kStyles)},
        {QStringLiteral("docProps/core.xml"), coreProperties(data)},
    };
    auto writeMain = [&](QIODevice *entry, const std::function<bool()> &stop) {
        DocxSink sink(entry);
        return stream(project, data, sink, stop);
    };
    return writeZipPackage(path, parts, QStringLiteral("word/document.xml"), writeMain, cancelled);
}

} // namespace marginalia
