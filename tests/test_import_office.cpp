// Office and PDF readers: .docx and .odt fixtures are built here with QuaZip, PDFs with
// QPdfWriter, so every expected string below is checked against a file whose bytes we know.

#include "import/FormatReaders.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <utility>

using namespace marginalia;

namespace {

constexpr qint64 kLimit = 50LL * 1024 * 1024;
constexpr qint64 kOneMegabyte = 1024 * 1024;

using Entries = QList<std::pair<QString, QByteArray>>;

// Writes a zip: "mimetype" entries stored (as ODF requires), the rest deflated.
bool writeZip(const QString &path, const Entries &entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, data] : entries) {
        QuaZipFile file(&zip);
        const bool stored = name == u"mimetype";
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, stored ? 0 : Z_DEFLATED,
                       stored ? 0 : Z_BEST_COMPRESSION))
            return false;
        if (file.write(data) != data.size())
            return false;
        file.close();
        if (file.getZipError() != UNZ_OK)
            return false;
    }
    zip.close();
    return zip.getZipError() == UNZ_OK;
}

QByteArray contentTypes()
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>
</Types>)";
}

QByteArray packageRels(const QByteArray &mainPart = "word/document.xml")
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target=")"
           + mainPart + R"("/>
</Relationships>)";
}

QByteArray documentRels()
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/>
</Relationships>)";
}

constexpr const char *kWordNamespaces =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
    R"(xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" )"
    R"(xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" )"
    R"(xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" )"
    R"(xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" )"
    R"(xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps")";

QByteArray wordDocument(const QByteArray &body)
{
    return QByteArray(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + "\n<w:document "
           + kWordNamespaces + "><w:body>" + body + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>"
           + "</w:body></w:document>";
}

QByteArray wordNotes(const char *root, const char *note, const QByteArray &notes)
{
    return QByteArray(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + "\n<w:" + root + " "
           + kWordNamespaces + ">" + "<w:" + note + R"( w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:)"
           + note + ">" + "<w:" + note
           + R"( w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/><w:t>sep</w:t></w:r></w:p></w:)"
           + note + ">" + notes + "</w:" + root + ">";
}

// The body of the main .docx fixture: heading, footnote, tracked changes, tab, breaks, symbols,
// characters outside the BMP, a field, a table with a nested table and a deleted row, a text
// box given twice through mc:AlternateContent, a deleted paragraph mark and an endnote.
QByteArray richDocxBody()
{
    return R"(
<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>访谈记录 Interview</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Teacher: </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>我们用于教学</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r><w:r><w:t>.</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Kept </w:t></w:r><w:del w:id="10" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve">deleted words </w:delText></w:r></w:del><w:ins w:id="11" w:author="A"><w:r><w:t>inserted</w:t></w:r></w:ins><w:r><w:tab/><w:t>after tab</w:t><w:br/><w:t>next line</w:t><w:noBreakHyphen/><w:t>x</w:t><w:softHyphen/></w:r></w:p>
<w:p><w:hyperlink r:id="rId3" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t>😀 and 𠀀 here</w:t></w:r></w:hyperlink></w:p>
<w:p/>
<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE \* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:sym w:font="Wingdings" w:char="F04A"/><w:sym w:font="Arial" w:char="00A9"/></w:r></w:p>
<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>
<w:tr><w:tc><w:tcPr><w:tcW w:w="4000"/></w:tcPr><w:p><w:r><w:t>站点</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Site</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>second</w:t><w:tab/><w:t>para</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>北京</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>inner1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>inner2</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr>
<w:tr><w:trPr><w:del w:id="12" w:author="A"/></w:trPr><w:tc><w:p><w:r><w:t>deleted row</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>
<w:sdt><w:sdtPr><w:alias w:val="row control"/></w:sdtPr><w:sdtContent><w:tr><w:tc><w:p><w:r><w:t>昆明</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:sdtContent></w:sdt>
</w:tbl>
<w:p><w:r><w:t>Text box follows</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:positionH relativeFrom="column"><wp:posOffset>12345</wp:posOffset></wp:positionH><wp:docPr id="1" name="Text Box 1" descr="alt text"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>In the box</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>In the box</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
<w:p><w:pPr><w:rPr><w:del w:id="13" w:author="A"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Merged </w:t></w:r></w:p>
<w:p><w:r><w:t>paragraph</w:t></w:r><w:r><w:endnoteReference w:id="2"/></w:r></w:p>
<w:sdt><w:sdtPr><w:placeholder><w:docPart w:val="x"/></w:placeholder></w:sdtPr><w:sdtContent><w:p><w:r><w:t>In a content control</w:t></w:r></w:p></w:sdtContent></w:sdt>
<w:p/>
<w:p/>
)";
}

QByteArray richFootnotes()
{
    return wordNotes("footnotes", "footnote",
                     R"(<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 脚注 footnote text.</w:t></w:r></w:p></w:footnote>)");
}

QByteArray richEndnotes()
{
    return wordNotes("endnotes", "endnote",
                     R"(<w:endnote w:id="2"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> An endnote.</w:t></w:r></w:p><w:p><w:r><w:t>Second</w:t><w:br/><w:t>part.</w:t></w:r></w:p></w:endnote>)");
}

// A complete .docx package around a document body.
Entries docxEntries(const QByteArray &body, const QByteArray &footnotes = richFootnotes(),
                    const QByteArray &endnotes = richEndnotes())
{
    return {{QStringLiteral("[Content_Types].xml"), contentTypes()},
            {QStringLiteral("_rels/.rels"), packageRels()},
            {QStringLiteral("word/_rels/document.xml.rels"), documentRels()},
            {QStringLiteral("word/document.xml"), wordDocument(body)},
            {QStringLiteral("word/footnotes.xml"), footnotes},
            {QStringLiteral("word/endnotes.xml"), endnotes}};
}

// A .docx whose document.xml is exactly the given bytes.
Entries docxWithRawDocument(const QByteArray &documentXml)
{
    return {{QStringLiteral("[Content_Types].xml"), contentTypes()},
            {QStringLiteral("_rels/.rels"), packageRels()},
            {QStringLiteral("word/document.xml"), documentXml}};
}

QByteArray odtManifest(bool encrypted = false)
{
    const QByteArray encryption = encrypted
        ? QByteArray(R"(<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="AAAA"/><manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:iteration-count="1024" manifest:salt="AAAA"/></manifest:encryption-data>)")
        : QByteArray();
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">)"
           + encryption + R"(</manifest:file-entry>
</manifest:manifest>)";
}

QByteArray odtContent(const QByteArray &text)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">
<office:automatic-styles><style:style xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" style:name="P1" style:family="paragraph"/></office:automatic-styles>
<office:body><office:text>)"
           + text + "</office:text></office:body></office:document-content>";
}

Entries odtEntries(const QByteArray &contentXml, const QByteArray &mimetype = "application/vnd.oasis.opendocument.text")
{
    return {{QStringLiteral("mimetype"), mimetype},
            {QStringLiteral("META-INF/manifest.xml"), odtManifest()},
            {QStringLiteral("content.xml"), contentXml}};
}

QByteArray richOdtText()
{
    return R"(
<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>
<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>A</dc:creator><dc:date>2024-01-01T00:00:00</dc:date></office:change-info><text:p>deleted words</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:h text:outline-level="1"><text:number>1.</text:number>访谈记录 Interview</text:h>
<text:p>Teacher:<text:s/><text:span text:style-name="T1">我们用于教学</text:span><text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>脚注 footnote text.</text:p></text:note-body></text:note>.</text:p>
<text:p>Kept <text:change text:change-id="ct1"/>inserted<text:tab/>after tab<text:line-break/>next line<text:s text:c="3"/>end</text:p>
<text:p>😀 and 𠀀 here<office:annotation><dc:creator>B</dc:creator><text:p>a comment</text:p></office:annotation></text:p>
<text:p/>
<text:list><text:list-item><text:p>item one</text:p></text:list-item><text:list-item><text:p>item two</text:p><text:list><text:list-item><text:p>nested item</text:p></text:list-item></text:list></text:list-item></text:list>
<table:table table:name="T"><table:table-column table:number-columns-repeated="2"/>
<table:table-header-rows><table:table-row><table:table-cell><text:p>站点</text:p></table:table-cell><table:table-cell><text:p>Site</text:p><text:p/><text:p>second<text:tab/>para</text:p></table:table-cell></table:table-row></table:table-header-rows>
<table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>北京 spans</text:p></table:table-cell><table:covered-table-cell/></table:table-row>
<table:table-row><table:table-cell><table:table table:name="Inner"><table:table-row><table:table-cell><text:p>inner1</text:p></table:table-cell><table:table-cell><text:p>inner2</text:p></table:table-cell></table:table-row></table:table></table:table-cell><table:table-cell><text:p>昆明</text:p></table:table-cell></table:table-row>
</table:table>
<text:p>
   Collapsed    white
   space  </text:p>
<text:p>Frame follows<draw:frame draw:name="F1"><svg:desc>not text</svg:desc><draw:text-box><text:p>In the box</text:p></draw:text-box></draw:frame></text:p>
<text:p><text:a xlink:href="https://example.org/">link text</text:a> end<text:note text:note-class="endnote"><text:note-citation>i</text:note-citation><text:note-body><text:p>An endnote.</text:p><text:p>Second<text:line-break/>part.</text:p></text:note-body></text:note></text:p>
<text:section text:name="S1"><text:p>In a section</text:p></text:section>
<text:p/>
)";
}

QByteArray billionLaughsXml(const QByteArray &root, const QByteArray &inner)
{
    QByteArray dtd = "<!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        QByteArray value;
        const QByteArray previous = i == 1 ? QByteArray("lol") : "lol" + QByteArray::number(i - 1);
        for (int j = 0; j < 10; ++j)
            value += "&" + previous + ";";
        dtd += "<!ENTITY lol" + QByteArray::number(i) + " \"" + value + "\">\n";
    }
    return "<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [\n" + dtd + "]>\n" + inner;
}

// Raw deflate (no zlib header), as zip entries store it.
QByteArray rawDeflate(const QByteArray &data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))), '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int status = deflate(&stream, Z_FINISH);
    const auto produced = static_cast<qsizetype>(stream.total_out);
    deflateEnd(&stream);
    if (status != Z_STREAM_END)
        return {};
    out.truncate(produced);
    return out;
}

void drawPdfPages(const QString &path, const QStringList &pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(14);
    painter.setFont(font);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        if (pages.at(i).isEmpty())
            painter.fillRect(QRectF(50, 50, 200, 100), Qt::gray); // an "image", no text
        else
            painter.drawText(QPointF(72, 100), pages.at(i));
    }
    painter.end();
}

} // namespace

class TestImportOffice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void docxRichDocument();
    void docxMainPartFromRelationships();
    void docxWithoutNotesParts();
    void docxNotAZip();
    void docxOleCompoundFileIsEncrypted();
    void docxWithoutDocumentXml();
    void docxMalformedXml();
    void docxZipBomb();
    void docxLyingEntrySize();
    void docxBillionLaughs();
    void docxParameterEntityBomb();
    void docxExternalEntityNotResolved();
    void docxDeepNesting();
    void docxFootnoteAmplification();
    void missingFile();

    void odtRichDocument();
    void odtWithoutContentXml();
    void odtNotAZip();
    void odtOtherMimetype();
    void odtPasswordProtected();
    void odtBillionLaughs();
    void odtRepeatedSpacesBudget();
    void odtDeepInlineNesting();

    void pdfTwoPages();
    void pdfNoTextLayer();
    void pdfNotAPdf();
    void pdfPasswordProtected();
    void pdfOwnerPasswordOnly();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString zipFixture(const QString &name, const Entries &entries)
    {
        const QString file = path(name);
        if (!writeZip(file, entries))
            qFatal("cannot write the zip fixture");
        return file;
    }

    QTemporaryDir m_dir;
};

void TestImportOffice::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestImportOffice::docxRichDocument()
{
    const QString file = zipFixture(QStringLiteral("rich.docx"), docxEntries(richDocxBody()));
    const Result<QString> text = readDocx(file, kLimit);
    QVERIFY2(text, qPrintable(marginalia::errorText(text)));
    const QString expected = QStringLiteral(
        "访谈记录 Interview\n"
        "Teacher: 我们用于教学 [脚注 footnote text.].\n"
        "Kept inserted\tafter tab\nnext line-x\n"
        "😀 and 𠀀 here\n"
        "\n"
        "7©\n"
        "站点\tSite second para\n"
        "北京\tinner1 inner2\n"
        "昆明\t\n"
        "Text box follows\n"
        "In the box\n"
        "Merged paragraph [An endnote. Second part.]\n"
        "In a content control");
    QCOMPARE(*text, expected);
}

void TestImportOffice::docxMainPartFromRelationships()
{
    const Entries entries{
        {QStringLiteral("[Content_Types].xml"), contentTypes()},
        {QStringLiteral("_rels/.rels"), packageRels("/word/main.xml")},
        {QStringLiteral("word/_rels/main.xml.rels"), documentRels()},
        {QStringLiteral("word/main.xml"),
         wordDocument(R"(<w:p><w:r><w:t>Main part</w:t><w:footnoteReference w:id="1"/></w:r></w:p>)")},
        {QStringLiteral("word/footnotes.xml"), richFootnotes()}};
    const Result<QString> text = readDocx(zipFixture(QStringLiteral("main.docx"), entries), kLimit);
    QVERIFY2(text, qPrintable(marginalia::errorText(text)));
    QCOMPARE(*text, QStringLiteral("Main part [脚注 footnote text.]"));
}

void TestImportOffice::docxWithoutNotesParts()
{
    // No relationships and no notes parts at all: the conventional names are used, references
    // to missing notes insert nothing.
    const Entries entries{{QStringLiteral("word/document.xml"),
                           wordDocument(R"(<w:p><w:r><w:t>Only text</w:t><w:footnoteReference w:id="1"/></w:r></w:p>)")}};
    const Result<QString> text = readDocx(zipFixture(QStringLiteral("bare.docx"), entries), kLimit);
    QVERIFY2(text, qPrintable(marginalia::errorText(text)));
    QCOMPARE(*text, QStringLiteral("Only text"));
}

void TestImportOffice::docxNotAZip()
{
    const QString file = path(QStringLiteral("renamed.docx"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("This is a plain text file that was renamed to .docx\n");
    out.close();
    const Result<QString> text = readDocx(file, kLimit);
    QVERIFY(!text);
    QCOMPARE(text.error(), QStringLiteral("is not a valid .docx file (not a zip archive)"));
}

void TestImportOffice::docxOleCompoundFileIsEncrypted()
{
    const QString file = path(QStringLiteral("protected.docx"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QByteArray header("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    header += QByteArray(504, '\0');
    out.write(header);
    out.close();
    const Result<QString> text = readDocx(file, kLimit);
    QVERIFY(!text);
    QVERIFY2(text.error().startsWith(u"is encrypted or not a .docx file"), qPrintable(marginalia::errorText(text)));
}

void TestImportOffice::docxWithoutDocumentXml()
{
    const Entries entries{{QStringLiteral("[Content_Types].xml"), contentTypes()},
                          {QStringLiteral("readme.txt"), "not a word document"}};
    const Result<QString> text = readDocx(zipFixture(QStringLiteral("nodoc.docx"), entries), kLimit);
    QVERIFY(!text);
    QCOMPARE(text.error(), QStringLiteral("is not a valid .docx file (no word/document.xml)"));
}

void TestImportOffice::docxMalformedXml()
{
    const Result<QString> text = readDocx(
        zipFixture(QStringLiteral("malformed.docx"),
                   docxWithRawDocument(QByteArray("<w:document ") + kWordNamespaces + "><w:body><w:p><w:r><w:t>cut")),
        kLimit);
    QVERIFY(!text);
    QVERIFY2(text.error().startsWith(u"is not a valid .docx file (word/document.xml, line"), qPrintable(marginalia::errorText(text)));
}

void TestImportOffice::docxZipBomb()
{
    // 20 MB of zeros deflate to about 20 kB.
    const QString file = zipFixture(QStringLiteral("bomb.docx"),
                                    docxWithRawDocument(QByteArray(20 * 1024 * 1024, '\0')));
    QVERIFY(QFileInfo(file).size() < 1024 * 1024);
    QElapsedTimer timer;
    timer.start();
    const Result<QString> text = readDocx(file, kOneMegabyte);
    QVERIFY(!text);
    QVERIFY2(text.error().startsWith(u"is too large to import: word/document.xml inflates to more than"),
             qPrintable(marginalia::errorText(text)));
    QVERIFY(timer.elapsed() < 10000);
}

void TestImportOffice::docxLyingEntrySize()
{
    // The central directory claims 100 bytes; the deflated stream holds 20 MB. The reader must
    // not believe either blindly: it stops at the claim and the checksum gives the lie away.
    const QByteArray payload(20 * 1024 * 1024, ' ');
    const QByteArray deflated = rawDeflate(payload);
    QVERIFY(!deflated.isEmpty());
    const QString file = path(QStringLiteral("liar.docx"));
    {
        QuaZip zip(file);
        QVERIFY(zip.open(QuaZip::mdCreate));
        QuaZipFile entry(&zip);
        QuaZipNewInfo info(QStringLiteral("word/document.xml"));
        info.uncompressedSize = 100;
        const auto crc = static_cast<quint32>(
            crc32(0, reinterpret_cast<const Bytef *>(payload.constData()), static_cast<uInt>(payload.size())));
        QVERIFY(entry.open(QIODevice::WriteOnly, info, nullptr, crc, Z_DEFLATED, Z_BEST_COMPRESSION, true));
        QCOMPARE(entry.write(deflated), deflated.size());
        entry.close();
        zip.close();
        QCOMPARE(zip.getZipError(), UNZ_OK);
    }
    const Result<QString> text = readDocx(file, kOneMegabyte);
    QVERIFY(!text);
    QCOMPARE(text.error(), QStringLiteral("is not a valid .docx file (word/document.xml fails its checksum)"));
}

void TestImportOffice::docxBillionLaughs()
{
    const QByteArray xml = billionLaughsXml(
        "w:document", QByteArray("<w:document ") + kWordNamespaces + "><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>");
    QElapsedTimer timer;
    timer.start();
    const Result<QString> text = readDocx(zipFixture(QStringLiteral("laughs.docx"), docxWithRawDocument(xml)), kLimit);
    QVERIFY(!text);
    QVERIFY2(text.error().startsWith(u"is refused: word/document.xml declares entities"), qPrintable(marginalia::errorText(text)));
    QVERIFY(timer.elapsed() < 10000);
}

void TestImportOffice::docxParameterEntityBomb()
{
    // Parameter entities are expanded inside the DTD itself, before any content is seen.
    QByteArray dtd = "<!ENTITY % p0 \"x\">\n";
    for (int i = 1; i <= 20; ++i) {
        const QByteArray previous = "%p" + QByteArray::number(i - 1) + ";";
        dtd += "<!ENTITY % p" + QByteArray::number(i) + " \"" + previous + previous + previous + previous + "\">\n";
    }
    dtd += "%p20;\n";
    const QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [\n" + dtd + "]>\n<w:document "
                           + kWordNamespaces + "><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>";
    QElapsedTimer timer;
    timer.start();
    const Result<QString> text = readDocx(zipFixture(QStringLiteral("pe.docx"), docxWithRawDocument(xml)), kLimit);
    QVERIFY(!text);
    QVERIFY2(text.error().startsWith(u"is "), qPrintable(marginalia::errorText(text)));
    QVERIFY(timer.elapsed() < 10000);
}

void TestImportOffice::docxExternalEntityNotResolved()
{
    const QByteArray xml = QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n")
                           + "<w:document " + kWordNamespaces + "><w:body><w:p><w:r><w:t>before &x; after</w:t></w:r></w:p></w:body></w:document>";
    const Result<QString> text = readDocx(zipFixture(QStringLiteral("xxe.docx"), docxWithRawDocument(xml)), kLimit);
    QVERIFY(!text);
    QVERIFY(!text.error().contains(u"root:"));
    QVERIFY2(text.error().startsWith(u"is refused: word/document.xml declares entities"), qPrintable(marginalia::errorText(text)));

    // Without a declaration, a reference to an unknown entity is simply an XML error.
    const QByteArray undeclared = QByteArray("<w:document ") + kWordNamespaces
                                  + "><w:body><w:p><w:r><w:t>before &x; after</w:t></w:r></w:p></w:body></w:document>";
    const Result<QString> other = readDocx(zipFixture(QStringLiteral("undeclared.docx"), docxWithRawDocument(undeclared)), kLimit);
    QVERIFY(!other);
    QVERIFY2(other.error().startsWith(u"is not a valid .docx file (word/document.xml, line"), qPrintable(marginalia::errorText(other)));
}

void TestImportOffice::docxDeepNesting()
{
    constexpr int depth = 100000;
    QByteArray body;
    for (int i = 0; i < depth; ++i)
        body += "<w:sdt>";
    body += "<w:p><w:r><w:t>deep</w:t></w:r></w:p>";
    for (int i = 0; i < depth; ++i)
        body += "</w:sdt>";
    const Result<QString> text = readDocx(zipFixture(QStringLiteral("deep.docx"), docxEntries(body)), kLimit);
    QVERIFY(!text);
    QCOMPARE(text.error(), QStringLiteral("is refused: word/document.xml nests elements more than 400 deep, the limit"));

    // A few levels are fine.
    const Result<QString> shallow = readDocx(
        zipFixture(QStringLiteral("shallow.docx"),
                   docxEntries("<w:sdt><w:sdtContent><w:customXml><w:p><w:r><w:t>ok</w:t></w:r></w:p></w:customXml></w:sdtContent></w:sdt>")),
        kLimit);
    QVERIFY2(shallow, qPrintable(marginalia::errorText(shallow)));
    QCOMPARE(*shallow, QStringLiteral("ok"));
}

void TestImportOffice::docxFootnoteAmplification()
{
    // A 10 000-character footnote referenced 200 times would make 2 million characters.
    const QByteArray note = R"(<w:footnote w:id="1"><w:p><w:r><w:t>)" + QByteArray(10000, 'x')
                            + "</w:t></w:r></w:p></w:footnote>";
    QByteArray body = "<w:p>";
    for (int i = 0; i < 200; ++i)
        body += R"(<w:r><w:footnoteReference w:id="1"/></w:r>)";
    body += "</w:p>";
    const QString file =
        zipFixture(QStringLiteral("amplified.docx"), docxEntries(body, wordNotes("footnotes", "footnote", note)));
    const Result<QString> text = readDocx(file, kOneMegabyte);
    QVERIFY(!text);
    QVERIFY2(text.error().startsWith(u"is too large to import: its text exceeds the limit"), qPrintable(marginalia::errorText(text)));
    // Under the default limit the same file reads.
    QVERIFY(readDocx(file, kLimit));
}

void TestImportOffice::missingFile()
{
    const Result<QString> docx = readDocx(path(QStringLiteral("absent.docx")), kLimit);
    QVERIFY(!docx);
    QVERIFY2(docx.error().startsWith(u"cannot be opened"), qPrintable(marginalia::errorText(docx)));
    const Result<QString> pdf = readPdf(path(QStringLiteral("absent.pdf")));
    QVERIFY(!pdf);
    QVERIFY2(pdf.error().startsWith(u"cannot be opened"), qPrintable(marginalia::errorText(pdf)));
}

void TestImportOffice::odtRichDocument()
{
    const QString file = zipFixture(QStringLiteral("rich.odt"), odtEntries(odtContent(richOdtText())));
    const Result<QString> text = readOdt(file, kLimit);
    QVERIFY2(text, qPrintable(marginalia::errorText(text)));
    const QString expected = QStringLiteral(
        "访谈记录 Interview\n"
        "Teacher: 我们用于教学 [脚注 footnote text.].\n"
        "Kept inserted\tafter tab\nnext line   end\n"
        "😀 and 𠀀 here\n"
        "\n"
        "item one\n"
        "item two\n"
        "nested item\n"
        "站点\tSite second para\n"
        "北京 spans\t\n"
        "inner1 inner2\t昆明\n"
        "Collapsed white space\n"
        "Frame follows\n"
        "In the box\n"
        "link text end [An endnote. Second part.]\n"
        "In a section");
    QCOMPARE(*text, expected);
}

void TestImportOffice::odtWithoutContentXml()
{
    const Entries entries{{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text"},
                          {QStringLiteral("META-INF/manifest.xml"), odtManifest()}};
    const Result<QString> text = readOdt(zipFixture(QStringLiteral("nocontent.odt"), entries), kLimit);
    QVERIFY(!text);
    QCOMPARE(text.error(), QStringLiteral("is not a valid .odt file (no content.xml)"));
}

void TestImportOffice::odtNotAZip()
{
    const QString file = path(QStringLiteral("renamed.odt"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("<html>not an odt</html>");
    out.close();
    const Result<QString> text = readOdt(file, kLimit);
    QVERIFY(!text);
    QCOMPARE(text.error(), QStringLiteral("is not a valid .odt file (not a zip archive)"));
}

void TestImportOffice::odtOtherMimetype()
{
    const Result<QString> text = readOdt(
        zipFixture(QStringLiteral("sheet.odt"),
                   odtEntries(odtContent("<text:p>x</text:p>"), "application/vnd.oasis.opendocument.spreadsheet")),
        kLimit);
    QVERIFY(!text);
    QCOMPARE(text.error(),
             QStringLiteral("is not a valid .odt file (its mimetype is application/vnd.oasis.opendocument.spreadsheet)"));

    // A spreadsheet body without a mimetype entry.
    const QByteArray spreadsheet = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:body><office:spreadsheet/></office:body></office:document-content>)";
    const Result<QString> other = readOdt(
        zipFixture(QStringLiteral("sheet2.odt"), {{QStringLiteral("content.xml"), spreadsheet}}), kLimit);
    QVERIFY(!other);
    QCOMPARE(other.error(), QStringLiteral("is not a valid .odt file (content.xml has no office:text body)"));
}

void TestImportOffice::odtPasswordProtected()
{
    const Entries entries{{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text"},
                          {QStringLiteral("META-INF/manifest.xml"), odtManifest(true)},
                          {QStringLiteral("content.xml"), QByteArray("\x93\x11\xfe binary ciphertext")}};
    const Result<QString> text = readOdt(zipFixture(QStringLiteral("locked.odt"), entries), kLimit);
    QVERIFY(!text);
    QCOMPARE(text.error(), QStringLiteral("is password-protected"));
}

void TestImportOffice::odtBillionLaughs()
{
    const QByteArray xml = billionLaughsXml(
        "office:document-content",
        R"(<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p>&lol9;</text:p></office:text></office:body></office:document-content>)");
    QElapsedTimer timer;
    timer.start();
    const Result<QString> text = readOdt(zipFixture(QStringLiteral("laughs.odt"), odtEntries(xml)), kLimit);
    QVERIFY(!text);
    QVERIFY2(text.error().startsWith(u"is refused: content.xml declares entities"), qPrintable(marginalia::errorText(text)));
    QVERIFY(timer.elapsed() < 10000);
}

void TestImportOffice::odtRepeatedSpacesBudget()
{
    // 2000 × <text:s text:c="1000000"/>: each is capped at 1000 spaces, and the total at the limit.
    QByteArray paragraph = "<text:p>";
    for (int i = 0; i < 2000; ++i)
        paragraph += "<text:s text:c=\"1000000\"/>";
    paragraph += "x</text:p>";
    const QString file = zipFixture(QStringLiteral("spaces.odt"), odtEntries(odtContent(paragraph)));
    const Result<QString> text = readOdt(file, kOneMegabyte);
    QVERIFY(!text);
    QVERIFY2(text.error().startsWith(u"is too large to import: its text exceeds the limit"), qPrintable(marginalia::errorText(text)));

    const Result<QString> capped = readOdt(file, kLimit);
    QVERIFY2(capped, qPrintable(marginalia::errorText(capped)));
    QCOMPARE(capped->size(), 2000 * 1000 + 1);
}

void TestImportOffice::odtDeepInlineNesting()
{
    constexpr int depth = 100000;
    QByteArray paragraph = "<text:p>";
    for (int i = 0; i < depth; ++i)
        paragraph += "<text:span>";
    paragraph += "deep";
    for (int i = 0; i < depth; ++i)
        paragraph += "</text:span>";
    paragraph += "</text:p>";
    const Result<QString> text = readOdt(zipFixture(QStringLiteral("deep.odt"), odtEntries(odtContent(paragraph))), kLimit);
    QVERIFY(!text);
    QCOMPARE(text.error(), QStringLiteral("is refused: content.xml nests elements more than 400 deep, the limit"));
}

void TestImportOffice::pdfTwoPages()
{
    const QString file = path(QStringLiteral("two-pages.pdf"));
    drawPdfPages(file, {QStringLiteral("Alpha bravo charlie"), QStringLiteral("Delta echo foxtrot")});
    const Result<QString> text = readPdf(file);
    QVERIFY2(text, qPrintable(marginalia::errorText(text)));
    const qsizetype first = text->indexOf(u"Alpha bravo charlie");
    const qsizetype second = text->indexOf(u"Delta echo foxtrot");
    QVERIFY2(first >= 0 && second > first, qPrintable(*text));
    QVERIFY(text->mid(first, second - first).contains(u"\n\n"));
}

void TestImportOffice::pdfNoTextLayer()
{
    const QString file = path(QStringLiteral("scan.pdf"));
    drawPdfPages(file, {QString(), QString()});
    const Result<QString> text = readPdf(file);
    QVERIFY(!text);
    QCOMPARE(text.error(), QStringLiteral("has no text layer (scanned pages need OCR first)"));
}

void TestImportOffice::pdfNotAPdf()
{
    const QString file = path(QStringLiteral("fake.pdf"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("%PDF-1.4\nthis is not really a pdf\n");
    out.close();
    const Result<QString> text = readPdf(file);
    QVERIFY(!text);
    QCOMPARE(text.error(), QStringLiteral("is not a valid PDF file"));
}

void TestImportOffice::pdfPasswordProtected()
{
    // Made once with: qpdf --encrypt secret owner 256 -- plain.pdf encrypted.pdf
    const Result<QString> text = readPdf(QStringLiteral(MARGINALIA_TEST_DATA "/office/encrypted.pdf"));
    QVERIFY(!text);
    QCOMPARE(text.error(), QStringLiteral("is password-protected"));
}

void TestImportOffice::pdfOwnerPasswordOnly()
{
    // Made once with: qpdf --encrypt "" owner 256 --extract=n -- plain.pdf owner-only.pdf
    // Encrypted, but readable without a password: the text is extracted.
    const Result<QString> text = readPdf(QStringLiteral(MARGINALIA_TEST_DATA "/office/owner-only.pdf"));
    QVERIFY2(text, qPrintable(marginalia::errorText(text)));
    QVERIFY2(text->contains(u"Secret interview"), qPrintable(*text));
}

QTEST_MAIN(TestImportOffice)
#include "test_import_office.moc"
