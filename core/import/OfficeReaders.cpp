// Text extraction from .docx (WordprocessingML) and .odt (OpenDocument Text) packages.
//
// Both formats are zip archives of XML parts. Nothing in them is trusted: every entry is
// checked against the size cap twice (the size the central directory claims, then the bytes
// actually inflated), every XML part is parsed without DTD entities, element nesting is
// bounded so recursion cannot exhaust the stack, and the extracted text has a budget so that
// repetition (a footnote referenced a million times, <text:s text:c="999999999"/>) cannot
// blow up memory.

#include "import/FormatReaders.h"

#include "import/DocumentReader.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>

namespace marginalia {

namespace {

// ---------------------------------------------------------------------------------------------
// Zip package access

constexpr QStringView kDocx = u".docx";
constexpr QStringView kOdt = u".odt";

QString invalidFile(QStringView kind, const QString &reason)
{
    return u"is not a valid " + kind.toString() + u" file (" + reason + u")";
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes);
}

// The first bytes of an OLE2 compound file: password-protected Office documents (and old .doc
// files) use this container instead of a zip.
bool isOleCompoundFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static constexpr std::array<unsigned char, 8> magic{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    const QByteArray head = file.read(8);
    if (head.size() != 8)
        return false;
    for (qsizetype i = 0; i < 8; ++i) {
        if (static_cast<unsigned char>(head.at(i)) != magic.at(static_cast<std::size_t>(i)))
            return false;
    }
    return true;
}

Result<std::unique_ptr<QuaZip>> openPackage(const QString &path, QStringView kind)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return failure(u"cannot be opened: " + probe.errorString());
    probe.close();

    auto zip = std::make_unique<QuaZip>(path);
    if (zip->open(QuaZip::mdUnzip))
        return zip;
    if (isOleCompoundFile(path)) {
        if (kind == kDocx)
            return failure(QStringLiteral("is encrypted or not a .docx file (it is an OLE compound file, as "
                                          "password-protected Word documents and old .doc files are)"));
        return failure(invalidFile(kind, QStringLiteral("it is an OLE compound file, not a zip archive")));
    }
    return failure(invalidFile(kind, QStringLiteral("not a zip archive")));
}

// The inflated bytes of one entry, std::nullopt when the archive has no such entry.
Result<std::optional<QByteArray>> readEntry(QuaZip &zip, const QString &name, qint64 maxUncompressed,
                                            QStringView kind)
{
    // Part names are case-insensitive in OPC packages (.docx); harmless for ODF.
    if (!zip.setCurrentFile(name, QuaZip::csInsensitive)) {
        if (zip.getZipError() == UNZ_OK || zip.getZipError() == UNZ_END_OF_LIST_OF_FILE)
            return std::optional<QByteArray>();
        return failure(invalidFile(kind, QStringLiteral("its zip directory is damaged")));
    }

    QuaZipFileInfo64 info;
    if (!zip.getCurrentFileInfo(&info))
        return failure(invalidFile(kind, QStringLiteral("its zip directory is damaged")));
    if (info.flags & 0x1u)
        return failure(u"is encrypted (" + name + u" is password-protected in the zip archive)");

    const QString tooLarge = u"is too large to import: " + name + u" inflates to more than "
                             + sizeText(maxUncompressed) + u", the limit (a zip bomb?)";
    // First line of defence: what the central directory claims.
    if (info.uncompressedSize > static_cast<quint64>(maxUncompressed))
        return failure(tooLarge);

    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return failure(invalidFile(kind, name + u" cannot be inflated"));

    // Second line of defence: the bytes actually produced, which need not match the claim.
    QByteArray data;
    data.reserve(static_cast<qsizetype>(info.uncompressedSize));
    std::array<char, 64 * 1024> buffer{};
    for (;;) {
        const qint64 n = file.read(buffer.data(), static_cast<qint64>(buffer.size()));
        if (n < 0)
            return failure(invalidFile(kind, name + u" is damaged"));
        if (n == 0)
            break;
        if (data.size() + n > maxUncompressed)
            return failure(tooLarge);
        data.append(buffer.data(), static_cast<qsizetype>(n));
    }
    file.close();
    if (file.getZipError() != UNZ_OK)
        return failure(invalidFile(kind, name + u" fails its checksum"));
    return std::optional<QByteArray>(std::move(data));
}

// One zip entry as a device that inflates as it is read, so that no XML part is ever held whole.
// It checks what is actually inflated, not what the headers claim: the entry's total size, the
// longest stretch between two markup characters ('<' or '>', so any single text node, tag or
// attribute value), and the number of start tags. Past a limit it fails the read and keeps the
// reason, which the XML walker reports instead of the parser's "premature end of document".
class GuardedEntry : public QIODevice
{
public:
    GuardedEntry(QuaZip &zip, QString name, const OfficeLimits &limits, qint64 &elementsSeen)
        : m_file(&zip), m_name(std::move(name)), m_limits(limits), m_elementsSeen(elementsSeen)
    {
    }

    bool openEntry() { return m_file.open(QIODevice::ReadOnly) && open(QIODevice::ReadOnly); }
    const QString &refusal() const { return m_refusal; }
    bool damaged() const { return m_damaged; }
    bool checksumFailed() const { return m_checksumFailed; }

    // Inflates the rest (an XML parser stops at the root's end tag), then checks the CRC.
    bool finish()
    {
        std::array<char, 16 * 1024> buffer{};
        while (m_refusal.isEmpty() && !m_damaged) {
            const qint64 n = readData(buffer.data(), static_cast<qint64>(buffer.size()));
            if (n <= 0)
                break;
        }
        m_file.close();
        if (m_file.getZipError() != UNZ_OK) {
            m_damaged = true;
            m_checksumFailed = m_file.getZipError() == UNZ_CRCERROR;
        }
        return m_refusal.isEmpty() && !m_damaged;
    }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (!m_refusal.isEmpty() || m_damaged)
            return -1;
        // Polled once per buffer the parser asks for (a few KB of XML): a cancelled read stops within one.
        if (m_limits.cancel && m_limits.cancel->load(std::memory_order_relaxed)) {
            m_refusal = QStringLiteral("cancelled");
            return -1;
        }
        const qint64 n = m_file.read(data, maxSize);
        if (n < 0) {
            m_damaged = true;
            return -1;
        }
        m_inflated += n;
        if (m_inflated > m_limits.maxUncompressed) {
            m_refusal = u"is too large to import: " + m_name + u" inflates to more than "
                        + sizeText(m_limits.maxUncompressed) + u", the limit (a zip bomb?)";
            return -1;
        }
        for (qint64 i = 0; i < n; ++i) {
            const char c = data[i];
            if (c == '<' || c == '>') {
                m_run = 0;
            } else if (++m_run > m_limits.maxXmlNodeBytes) {
                m_refusal = u"is too large to import: " + m_name
                            + u" holds a single XML text, tag or attribute of more than "
                            + sizeText(m_limits.maxXmlNodeBytes) + u", the limit for one XML node";
                return -1;
            }
            // A start tag: '<' followed by a name (not '/', '!' or '?').
            if (m_afterLess && c != '/' && c != '!' && c != '?' && ++m_elementsSeen > m_limits.maxXmlElements) {
                m_refusal = u"is too large to import: its XML has more than " + QString::number(m_limits.maxXmlElements)
                            + u" elements, the limit";
                return -1;
            }
            m_afterLess = c == '<';
        }
        return n;
    }

    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QuaZipFile m_file;
    QString m_name;
    const OfficeLimits &m_limits;
    qint64 &m_elementsSeen;
    qint64 m_inflated = 0;
    qint64 m_run = 0;
    bool m_afterLess = false;
    bool m_damaged = false;
    bool m_checksumFailed = false;
    QString m_refusal;
};

// Opens an entry for streaming after the same checks as readEntry; std::nullopt when the archive
// has no such entry.
Result<std::optional<std::unique_ptr<GuardedEntry>>> openEntry(QuaZip &zip, const QString &name,
                                                               const OfficeLimits &limits, qint64 &elementsSeen,
                                                               QStringView kind)
{
    using Opened = std::optional<std::unique_ptr<GuardedEntry>>;
    if (!zip.setCurrentFile(name, QuaZip::csInsensitive)) {
        if (zip.getZipError() == UNZ_OK || zip.getZipError() == UNZ_END_OF_LIST_OF_FILE)
            return Opened();
        return failure(invalidFile(kind, QStringLiteral("its zip directory is damaged")));
    }
    QuaZipFileInfo64 info;
    if (!zip.getCurrentFileInfo(&info))
        return failure(invalidFile(kind, QStringLiteral("its zip directory is damaged")));
    if (info.flags & 0x1u)
        return failure(u"is encrypted (" + name + u" is password-protected in the zip archive)");
    // First line of defence: what the central directory claims; the device checks what inflates.
    if (info.uncompressedSize > static_cast<quint64>(limits.maxUncompressed))
        return failure(u"is too large to import: " + name + u" inflates to more than " + sizeText(limits.maxUncompressed)
                       + u", the limit (a zip bomb?)");
    auto entry = std::make_unique<GuardedEntry>(zip, name, limits, elementsSeen);
    if (!entry->openEntry())
        return failure(invalidFile(kind, name + u" cannot be inflated"));
    return Opened(std::move(entry));
}

// ---------------------------------------------------------------------------------------------
// Safe XML walking shared by both formats

// A single <text:s text:c="..."/> never legitimately needs more.
constexpr qsizetype kMaxRepeatedSpaces = 1000;

// How many characters of text all parts of one file may still produce.
struct TextBudget
{
    qint64 remaining = 0;
    qint64 limit = 0;
    bool exceeded = false;
};

// Replaces line and cell separators by spaces, for text that must stay on one line (a table
// cell, a footnote inserted in its paragraph).
QString flattened(QString text)
{
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\t' || c == u'\r')
            c = u' ';
    }
    return text;
}

// Non-empty blocks flattened onto one line, separated by single spaces.
QString joinedOnOneLine(const QStringList &blocks)
{
    QStringList parts;
    for (const QString &block : blocks) {
        const QString part = flattened(block).trimmed();
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(u' ');
}

QStringView attributeValue(const QXmlStreamReader &xml, QStringView localName)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == localName)
            return attribute.value();
    }
    return {};
}

class XmlWalker
{
public:
    XmlWalker(GuardedEntry &entry, QString partName, TextBudget &budget, int maxDepth)
        : m_xml(&entry), m_entry(entry), m_partName(std::move(partName)), m_budget(budget)
        , m_maxDepth(std::clamp(maxDepth, 1, kXmlDepthCeiling))
    {
        // Entities are refused outright (enterRoot); this limit is only a second fence.
        m_xml.setEntityExpansionLimit(1024);
    }

    // Reads what the parser left and checks the entry's CRC; call once the walk is done.
    bool failed()
    {
        if (!m_finished) {
            m_finished = true;
            // Also after a parse error: a short or corrupt stream is reported as what it is.
            m_entry.finish();
        }
        return m_xml.hasError() || !m_entry.refusal().isEmpty() || m_entry.damaged();
    }

    QString errorMessage(QStringView kind) const
    {
        if (!m_entry.refusal().isEmpty())
            return m_entry.refusal();
        if (m_entry.damaged())
            return invalidFile(kind, m_partName + (m_entry.checksumFailed() ? u" fails its checksum" : u" is damaged"));
        if (m_refusedEntities)
            return u"is refused: " + m_partName
                   + u" declares entities in a DOCTYPE, which office files never need (a "
                     u"possible \"billion laughs\" or external-entity attack)";
        if (m_budget.exceeded)
            return u"is too large to import: its text exceeds the limit of "
                   + QString::number(m_budget.limit) + u" characters";
        if (m_tooDeep)
            return u"is refused: " + m_partName + u" nests elements more than " + QString::number(m_maxDepth)
                   + u" deep, the limit";
        return invalidFile(kind, m_partName + u", line " + QString::number(m_xml.lineNumber()) + u": "
                                     + m_xml.errorString());
    }

protected:
    // Moves to the root element, refusing DTDs that declare entities.
    bool enterRoot()
    {
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::DTD) {
                if (!m_xml.entityDeclarations().isEmpty()
                    || m_xml.text().contains(u"<!ENTITY")) {
                    m_refusedEntities = true;
                    m_xml.raiseError(QStringLiteral("entity declarations are not allowed"));
                    return false;
                }
            } else if (token == QXmlStreamReader::StartElement) {
                return true;
            }
        }
        if (!m_xml.hasError())
            m_xml.raiseError(QStringLiteral("no root element"));
        return false;
    }

    // Takes n characters from the budget; false (and the parse stops) once it is spent.
    bool charge(qsizetype n)
    {
        m_budget.remaining -= n;
        if (m_budget.remaining >= 0)
            return true;
        if (!m_xml.hasError()) {
            m_budget.exceeded = true;
            m_xml.raiseError(QStringLiteral("text limit exceeded"));
        }
        return false;
    }

    void append(QString &target, QStringView text)
    {
        if (charge(text.size()))
            target.append(text);
    }

    // One level of recursion; refuses to go deeper than kMaxNesting.
    class Nesting
    {
    public:
        explicit Nesting(XmlWalker &walker) : m_walker(walker)
        {
            if (++m_walker.m_depth > m_walker.m_maxDepth && !m_walker.m_xml.hasError()) {
                m_walker.m_tooDeep = true;
                m_walker.m_xml.raiseError(QStringLiteral("nested too deeply"));
            }
        }
        ~Nesting() { --m_walker.m_depth; }
        Nesting(const Nesting &) = delete;
        Nesting &operator=(const Nesting &) = delete;
        bool ok() const { return !m_walker.m_xml.hasError(); }

    private:
        XmlWalker &m_walker;
    };

    QXmlStreamReader m_xml;
    GuardedEntry &m_entry;
    QString m_partName;
    TextBudget &m_budget;
    int m_maxDepth;
    bool m_finished = false;
    int m_depth = 0;
    bool m_refusedEntities = false;
    bool m_tooDeep = false;
};

// ---------------------------------------------------------------------------------------------
// WordprocessingML (.docx)

bool isWordNamespace(QStringView ns)
{
    return ns == u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
           || ns == u"http://purl.oclc.org/ooxml/wordprocessingml/main";
}

bool isMathNamespace(QStringView ns)
{
    return ns == u"http://schemas.openxmlformats.org/officeDocument/2006/math"
           || ns == u"http://purl.oclc.org/ooxml/officeDocument/math";
}

bool isMarkupCompatibilityNamespace(QStringView ns)
{
    return ns == u"http://schemas.openxmlformats.org/markup-compatibility/2006";
}

// Footnote or endnote id → its text on one line.
using NoteTexts = QHash<QString, QString>;

class DocxWalker : public XmlWalker
{
public:
    DocxWalker(GuardedEntry &entry, QString partName, TextBudget &budget, int maxDepth,
               const NoteTexts *footnotes = nullptr, const NoteTexts *endnotes = nullptr)
        : XmlWalker(entry, std::move(partName), budget, maxDepth), m_footnotes(footnotes), m_endnotes(endnotes)
    {
    }

    // The lines of word/document.xml's body.
    QStringList readDocument()
    {
        QStringList blocks;
        if (!enterRoot())
            return blocks;
        if (!isW(u"document")) {
            m_xml.raiseError(QStringLiteral("the root element is not w:document"));
            return blocks;
        }
        while (m_xml.readNextStartElement()) {
            if (isW(u"body"))
                readBlocks(blocks);
            else
                m_xml.skipCurrentElement();
        }
        return blocks;
    }

    // The notes of word/footnotes.xml or word/endnotes.xml, separators left out.
    NoteTexts readNotes()
    {
        NoteTexts notes;
        if (!enterRoot())
            return notes;
        while (m_xml.readNextStartElement()) {
            if (!isW(u"footnote") && !isW(u"endnote")) {
                m_xml.skipCurrentElement();
                continue;
            }
            const QStringView type = attributeValue(m_xml, u"type");
            const QString id = attributeValue(m_xml, u"id").toString();
            if (type == u"separator" || type == u"continuationSeparator" || type == u"continuationNotice") {
                m_xml.skipCurrentElement();
                continue;
            }
            QStringList blocks;
            readBlocks(blocks);
            notes.insert(id, joinedOnOneLine(blocks));
        }
        return notes;
    }

private:
    struct Paragraph
    {
        QString text;
        // Text boxes and other block content anchored in the paragraph: lines of their own.
        QStringList extra;
        // A tracked deletion of the paragraph mark joins this paragraph to the next one.
        bool markDeleted = false;
    };

    bool isW(QStringView localName) const
    {
        return m_xml.name() == localName && isWordNamespace(m_xml.namespaceUri());
    }

    bool isMc(QStringView localName) const
    {
        return m_xml.name() == localName && isMarkupCompatibilityNamespace(m_xml.namespaceUri());
    }

    // Elements whose content is never text a reader sees.
    bool isSkippedInBlocks() const
    {
        if (!isWordNamespace(m_xml.namespaceUri()))
            return false;
        static const std::array<QStringView, 12> skipped{
            u"sectPr", u"tblPr", u"tblGrid", u"trPr", u"tcPr", u"sdtPr", u"sdtEndPr", u"customXmlPr",
            u"del", u"moveFrom", u"tblPrEx", u"pPr"};
        const QStringView name = m_xml.name();
        return std::find(skipped.begin(), skipped.end(), name) != skipped.end();
    }

    bool isSkippedInline() const
    {
        if (!isWordNamespace(m_xml.namespaceUri()))
            return false;
        static const std::array<QStringView, 11> skipped{
            u"rPr", u"del", u"moveFrom", u"instrText", u"delText", u"delInstrText", u"fldData",
            u"sdtPr", u"sdtEndPr", u"customXmlPr", u"softHyphen"};
        const QStringView name = m_xml.name();
        return std::find(skipped.begin(), skipped.end(), name) != skipped.end();
    }

    // mc:AlternateContent: the first mc:Choice, or mc:Fallback when there is none; never both,
    // as they are alternative renderings of the same content.
    template<typename Walk>
    void readAlternateContent(Walk walk)
    {
        bool taken = false;
        while (m_xml.readNextStartElement()) {
            if (!taken && (isMc(u"Choice") || isMc(u"Fallback"))) {
                walk();
                taken = true;
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    // Children of a block container (body, cell, text box, note, content control...).
    void readBlocks(QStringList &blocks)
    {
        const Nesting nesting(*this);
        if (!nesting.ok())
            return;
        QString carried;
        bool carrying = false;
        auto flushCarried = [&] {
            if (carrying && !carried.isEmpty())
                blocks << carried;
            carried.clear();
            carrying = false;
        };
        while (m_xml.readNextStartElement()) {
            if (isW(u"p")) {
                Paragraph paragraph;
                readParagraph(paragraph);
                if (paragraph.markDeleted) {
                    carried += paragraph.text;
                    carrying = true;
                } else {
                    blocks << carried + paragraph.text;
                    carried.clear();
                    carrying = false;
                }
                blocks << paragraph.extra;
            } else if (isW(u"tbl")) {
                flushCarried();
                readTableRows(blocks);
            } else if (isMc(u"AlternateContent")) {
                readAlternateContent([&] { readBlocks(blocks); });
            } else if (isSkippedInBlocks()) {
                m_xml.skipCurrentElement();
            } else {
                // sdt, sdtContent, customXml, ins, moveTo, txbxContent...: their content counts.
                readBlocks(blocks);
            }
        }
        flushCarried();
    }

    void readParagraph(Paragraph &paragraph)
    {
        const Nesting nesting(*this);
        if (!nesting.ok())
            return;
        while (m_xml.readNextStartElement()) {
            if (isW(u"pPr"))
                readParagraphProperties(paragraph);
            else
                readInline(paragraph);
        }
    }

    // w:pPr/w:rPr/w:del marks a deleted paragraph mark; the rest of the properties is ignored.
    void readParagraphProperties(Paragraph &paragraph)
    {
        while (m_xml.readNextStartElement()) {
            if (isW(u"rPr")) {
                while (m_xml.readNextStartElement()) {
                    if (isW(u"del"))
                        paragraph.markDeleted = true;
                    m_xml.skipCurrentElement();
                }
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    // One element inside a paragraph (the reader is on its start element), consumed to its end.
    void readInline(Paragraph &paragraph)
    {
        const Nesting nesting(*this);
        if (!nesting.ok())
            return;
        const QStringView ns = m_xml.namespaceUri();
        const QStringView name = m_xml.name();
        if (isWordNamespace(ns)) {
            if (name == u"t") {
                append(paragraph.text, m_xml.readElementText());
                return;
            }
            if (name == u"tab" || name == u"ptab") {
                append(paragraph.text, u"\t");
                m_xml.skipCurrentElement();
                return;
            }
            if (name == u"br" || name == u"cr") {
                append(paragraph.text, u"\n");
                m_xml.skipCurrentElement();
                return;
            }
            if (name == u"noBreakHyphen") {
                append(paragraph.text, u"-");
                m_xml.skipCurrentElement();
                return;
            }
            if (name == u"sym") {
                appendSymbol(paragraph.text);
                m_xml.skipCurrentElement();
                return;
            }
            if (name == u"footnoteReference" || name == u"endnoteReference") {
                const NoteTexts *notes = name == u"footnoteReference" ? m_footnotes : m_endnotes;
                const QString id = attributeValue(m_xml, u"id").toString();
                m_xml.skipCurrentElement();
                if (notes) {
                    const QString note = notes->value(id);
                    if (!note.isEmpty())
                        append(paragraph.text, QString(u" [" + note + u"]"));
                }
                return;
            }
            if (name == u"p") {
                // A paragraph inside a paragraph only happens through text boxes and the like.
                Paragraph inner;
                readParagraph(inner);
                paragraph.extra << inner.text << inner.extra;
                return;
            }
            if (name == u"tbl") {
                readTableRows(paragraph.extra);
                return;
            }
            if (name == u"txbxContent") {
                readBlocks(paragraph.extra);
                return;
            }
            if (isSkippedInline()) {
                m_xml.skipCurrentElement();
                return;
            }
        } else if (isMathNamespace(ns) && name == u"t") {
            append(paragraph.text, m_xml.readElementText());
            return;
        } else if (isMarkupCompatibilityNamespace(ns) && name == u"AlternateContent") {
            readAlternateContent([&] { readInlineChildren(paragraph); });
            return;
        }
        // Runs, hyperlinks, insertions, fields, content controls, drawings...: only the
        // elements above produce text, so walking everything else is safe.
        readInlineChildren(paragraph);
    }

    void readInlineChildren(Paragraph &paragraph)
    {
        while (m_xml.readNextStartElement())
            readInline(paragraph);
    }

    // w:sym w:char="F04A": characters in the F000–F0FF range address a symbol font's own
    // glyphs and mean nothing as Unicode, so they are left out.
    void appendSymbol(QString &text)
    {
        bool ok = false;
        const uint code = attributeValue(m_xml, u"char").toUInt(&ok, 16);
        if (!ok || code == 0 || (code >= 0xF000 && code <= 0xF0FF) || code > 0x10FFFF
            || (code >= 0xD800 && code <= 0xDFFF))
            return;
        const char32_t c = code;
        append(text, QString::fromUcs4(&c, 1));
    }

    // A table (or a row wrapper inside one): each row one line, cells separated by tabs.
    void readTableRows(QStringList &blocks)
    {
        const Nesting nesting(*this);
        if (!nesting.ok())
            return;
        while (m_xml.readNextStartElement()) {
            if (isW(u"tr"))
                readRow(blocks);
            else if (isSkippedInBlocks())
                m_xml.skipCurrentElement();
            else if (isMc(u"AlternateContent"))
                readAlternateContent([&] { readTableRows(blocks); });
            else
                readTableRows(blocks); // sdt, sdtContent, customXml around rows
        }
    }

    void readRow(QStringList &blocks)
    {
        QStringList cells;
        bool deleted = false;
        readRowContent(cells, deleted);
        if (!deleted)
            blocks << cells.join(u'\t');
    }

    void readRowContent(QStringList &cells, bool &deleted)
    {
        const Nesting nesting(*this);
        if (!nesting.ok())
            return;
        while (m_xml.readNextStartElement()) {
            if (isW(u"tc")) {
                QStringList inner;
                readBlocks(inner);
                cells << joinedOnOneLine(inner);
            } else if (isW(u"trPr")) {
                // A tracked deletion of the whole row.
                while (m_xml.readNextStartElement()) {
                    if (isW(u"del"))
                        deleted = true;
                    m_xml.skipCurrentElement();
                }
            } else if (isSkippedInBlocks()) {
                m_xml.skipCurrentElement();
            } else if (isMc(u"AlternateContent")) {
                readAlternateContent([&] { readRowContent(cells, deleted); });
            } else {
                readRowContent(cells, deleted); // sdt, customXml around cells
            }
        }
    }

    const NoteTexts *m_footnotes = nullptr;
    const NoteTexts *m_endnotes = nullptr;
};

// Relationship targets of one type (matched by the end of its URI) in a .rels part.
class RelationshipsWalker : public XmlWalker
{
public:
    using XmlWalker::XmlWalker;

    QHash<QString, QString> readTargets()
    {
        QHash<QString, QString> targets; // type suffix → target
        if (!enterRoot())
            return targets;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"Relationship" && attributeValue(m_xml, u"TargetMode") != u"External") {
                const QStringView type = attributeValue(m_xml, u"Type");
                const qsizetype slash = type.lastIndexOf(u'/');
                const QString key = type.mid(slash + 1).toString();
                if (!targets.contains(key))
                    targets.insert(key, attributeValue(m_xml, u"Target").toString());
            }
            m_xml.skipCurrentElement();
        }
        return targets;
    }
};

// A relationship target as a zip entry name: relative to the source part's folder, or to the
// package root when it starts with "/".
QString resolvePartName(const QString &sourceFolder, const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(sourceFolder.isEmpty() ? target : sourceFolder + u'/' + target);
}

QString folderOf(const QString &partName)
{
    const qsizetype slash = partName.lastIndexOf(u'/');
    return slash < 0 ? QString() : partName.left(slash);
}

QString relsPartOf(const QString &partName)
{
    const QString folder = folderOf(partName);
    const QString file = partName.mid(folder.isEmpty() ? 0 : folder.size() + 1);
    return (folder.isEmpty() ? QString() : folder + u'/') + u"_rels/" + file + u".rels";
}

// Everything one package read shares: the zip, the limits, and what has been spent of them.
struct PackageRead
{
    QuaZip &zip;
    const OfficeLimits &limits;
    TextBudget budget;
    qint64 elementsSeen = 0;
};

// Optional relationships of a part: an absent .rels gives none.
Result<QHash<QString, QString>> readRelationships(PackageRead &read, const QString &relsName)
{
    auto entry = openEntry(read.zip, relsName, read.limits, read.elementsSeen, kDocx);
    if (!entry)
        return failure(entry.error());
    if (!entry->has_value())
        return QHash<QString, QString>();
    RelationshipsWalker walker(***entry, relsName, read.budget, read.limits.maxXmlDepth);
    QHash<QString, QString> targets = walker.readTargets();
    if (walker.failed())
        return failure(walker.errorMessage(kDocx));
    return targets;
}

Result<NoteTexts> readDocxNotes(PackageRead &read, const QString &partName)
{
    auto entry = openEntry(read.zip, partName, read.limits, read.elementsSeen, kDocx);
    if (!entry)
        return failure(entry.error());
    if (!entry->has_value())
        return NoteTexts();
    DocxWalker walker(***entry, partName, read.budget, read.limits.maxXmlDepth);
    NoteTexts notes = walker.readNotes();
    if (walker.failed())
        return failure(walker.errorMessage(kDocx));
    return notes;
}

// ---------------------------------------------------------------------------------------------
// OpenDocument Text (.odt)

constexpr QStringView kOfficeNs = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr QStringView kTextNs = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr QStringView kTableNs = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0";

class OdtWalker : public XmlWalker
{
public:
    using XmlWalker::XmlWalker;

    // The lines of office:body/office:text; hasTextBody tells whether there was one.
    QStringList readDocument(bool &hasTextBody)
    {
        hasTextBody = false;
        QStringList blocks;
        if (!enterRoot())
            return blocks;
        while (m_xml.readNextStartElement()) {
            if (!is(kOfficeNs, u"body")) {
                m_xml.skipCurrentElement();
                continue;
            }
            while (m_xml.readNextStartElement()) {
                if (is(kOfficeNs, u"text")) {
                    hasTextBody = true;
                    readBlocks(blocks);
                } else {
                    m_xml.skipCurrentElement();
                }
            }
        }
        return blocks;
    }

private:
    // A paragraph being collected, with ODF's white-space rules: runs of space, tab and newline
    // characters in the XML collapse to one space, ignored at the start of the paragraph.
    struct Line
    {
        QString text;
        QStringList extra; // frames' text boxes anchored in the paragraph
        bool afterCollapsibleSpace = false;
    };

    bool is(QStringView ns, QStringView localName) const
    {
        return m_xml.name() == localName && m_xml.namespaceUri() == ns;
    }

    void appendCollapsible(Line &line, QStringView characters)
    {
        QString out;
        for (const QChar c : characters) {
            if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r') {
                if ((line.text.isEmpty() && out.isEmpty()) || line.afterCollapsibleSpace)
                    continue;
                out += u' ';
                line.afterCollapsibleSpace = true;
            } else {
                out += c;
                line.afterCollapsibleSpace = false;
            }
        }
        append(line.text, out);
    }

    void appendLiteral(Line &line, QStringView text)
    {
        append(line.text, text);
        line.afterCollapsibleSpace = false;
    }

    bool isSkippedInBlocks() const
    {
        const QStringView ns = m_xml.namespaceUri();
        const QStringView name = m_xml.name();
        if (ns == kOfficeNs)
            return name == u"annotation" || name == u"annotation-end" || name == u"forms";
        if (ns == kTextNs)
            return name == u"tracked-changes" || name == u"soft-page-break" || name.endsWith(u"-decls")
                   || name.endsWith(u"-source") || name == u"number";
        if (ns == kTableNs)
            return name.endsWith(u"-decls") || name == u"content-validations";
        return false;
    }

    void readBlocks(QStringList &blocks)
    {
        const Nesting nesting(*this);
        if (!nesting.ok())
            return;
        while (m_xml.readNextStartElement()) {
            if (is(kTextNs, u"p") || is(kTextNs, u"h")) {
                Line line;
                readInlineChildren(line);
                if (line.afterCollapsibleSpace)
                    line.text.chop(1);
                blocks << line.text << line.extra;
            } else if (is(kTableNs, u"table")) {
                readTableRows(blocks);
            } else if (isSkippedInBlocks()) {
                m_xml.skipCurrentElement();
            } else {
                // Lists, list items, sections, indexes, frames, text boxes, shapes...: their
                // paragraphs count, any loose characters (titles, descriptions) do not.
                readBlocks(blocks);
            }
        }
    }

    void readInlineChildren(Line &line)
    {
        const Nesting nesting(*this);
        if (!nesting.ok())
            return;
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement || token == QXmlStreamReader::Invalid)
                return;
            if (token == QXmlStreamReader::Characters)
                appendCollapsible(line, m_xml.text());
            else if (token == QXmlStreamReader::StartElement)
                readInline(line);
        }
    }

    // One element inside a paragraph (the reader is on its start element), consumed to its end.
    void readInline(Line &line)
    {
        const QStringView ns = m_xml.namespaceUri();
        const QStringView name = m_xml.name();
        if (ns == kTextNs) {
            if (name == u"s") {
                bool ok = false;
                qsizetype count = attributeValue(m_xml, u"c").toLongLong(&ok);
                if (!ok)
                    count = 1;
                count = std::clamp<qsizetype>(count, 0, kMaxRepeatedSpaces);
                appendLiteral(line, QString(count, u' '));
                m_xml.skipCurrentElement();
            } else if (name == u"tab") {
                appendLiteral(line, u"\t");
                m_xml.skipCurrentElement();
            } else if (name == u"line-break") {
                appendLiteral(line, u"\n");
                m_xml.skipCurrentElement();
            } else if (name == u"note") {
                const QString note = readNote();
                if (!note.isEmpty())
                    appendLiteral(line, QString(u" [" + note + u"]"));
            } else if (name == u"p" || name == u"h" || name == u"list" || name == u"section") {
                readBlocksFromHere(line.extra);
            } else if (name == u"number" || name == u"change" || name == u"change-start"
                       || name == u"change-end" || name == u"ruby-text" || name == u"tracked-changes"
                       || name == u"soft-page-break") {
                // Heading numbers, tracked-change markers (deleted text lives in
                // text:tracked-changes), ruby annotations.
                m_xml.skipCurrentElement();
            } else {
                // Spans, links, ruby bases, meta, fields (dates, page numbers, references...)
                // whose content is the text displayed.
                readInlineChildren(line);
            }
        } else if (ns == kOfficeNs) {
            // office:annotation (comments) and anything else from the office namespace.
            m_xml.skipCurrentElement();
        } else {
            // Frames, shapes, text boxes: their paragraphs become lines of their own; loose
            // characters (svg:title, svg:desc) are not text of the document.
            readBlocksFromHere(line.extra);
        }
    }

    // Treats the current element as a block container, or as a paragraph when it is one.
    void readBlocksFromHere(QStringList &blocks)
    {
        if (is(kTextNs, u"p") || is(kTextNs, u"h")) {
            Line line;
            readInlineChildren(line);
            if (line.afterCollapsibleSpace)
                line.text.chop(1);
            blocks << line.text << line.extra;
        } else {
            readBlocks(blocks);
        }
    }

    // text:note: the text of text:note-body on one line; text:note-citation (the number) is
    // left out.
    QString readNote()
    {
        const Nesting nesting(*this);
        if (!nesting.ok())
            return {};
        QStringList blocks;
        while (m_xml.readNextStartElement()) {
            if (is(kTextNs, u"note-body"))
                readBlocks(blocks);
            else
                m_xml.skipCurrentElement();
        }
        return joinedOnOneLine(blocks);
    }

    void readTableRows(QStringList &blocks)
    {
        const Nesting nesting(*this);
        if (!nesting.ok())
            return;
        while (m_xml.readNextStartElement()) {
            if (is(kTableNs, u"table-row")) {
                QStringList cells;
                readCells(cells);
                blocks << cells.join(u'\t');
            } else if (is(kTableNs, u"table-header-rows") || is(kTableNs, u"table-rows")
                       || is(kTableNs, u"table-row-group")) {
                readTableRows(blocks);
            } else {
                // Columns, titles, descriptions, table sources.
                m_xml.skipCurrentElement();
            }
        }
    }

    void readCells(QStringList &cells)
    {
        while (m_xml.readNextStartElement()) {
            if (is(kTableNs, u"table-cell")) {
                QStringList inner;
                readBlocks(inner);
                cells << joinedOnOneLine(inner);
            } else if (is(kTableNs, u"covered-table-cell")) {
                // Hidden by a spanning cell: kept empty so the columns stay aligned.
                cells << QString();
                m_xml.skipCurrentElement();
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }
};

// True when META-INF/manifest.xml describes encrypted entries (a password-protected .odt).
class ManifestWalker : public XmlWalker
{
public:
    using XmlWalker::XmlWalker;

    bool hasEncryptedEntries()
    {
        if (!enterRoot())
            return false;
        int depth = 1;
        while (depth > 0 && !m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (m_xml.name() == u"encryption-data")
                    return true;
                ++depth;
            } else if (token == QXmlStreamReader::EndElement) {
                --depth;
            }
        }
        return false;
    }
};

// Lines to text: joined by newlines, without trailing blank lines.
QString joinLines(QStringList lines)
{
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

OfficeLimits limitsFor(qint64 maxUncompressed)
{
    OfficeLimits limits;
    limits.maxUncompressed = maxUncompressed;
    limits.maxTextCharacters = maxUncompressed;
    return limits;
}

} // namespace

Result<QString> readDocx(const QString &path, qint64 maxUncompressed)
{
    return readDocx(path, limitsFor(maxUncompressed));
}

Result<QString> readOdt(const QString &path, qint64 maxUncompressed)
{
    return readOdt(path, limitsFor(maxUncompressed));
}

Result<QString> readDocx(const QString &path, const OfficeLimits &limits)
{
    Result<std::unique_ptr<QuaZip>> opened = openPackage(path, kDocx);
    if (!opened)
        return failure(opened.error());
    PackageRead read{**opened, limits, TextBudget{limits.maxTextCharacters, limits.maxTextCharacters, false}};

    // The main part is named by the package relationships; word/document.xml by convention.
    Result<QHash<QString, QString>> packageRels = readRelationships(read, QStringLiteral("_rels/.rels"));
    if (!packageRels)
        return failure(packageRels.error());
    QString mainPart = QStringLiteral("word/document.xml");
    if (const QString target = packageRels->value(QStringLiteral("officeDocument")); !target.isEmpty())
        mainPart = resolvePartName(QString(), target);
    if (!read.zip.setCurrentFile(mainPart, QuaZip::csInsensitive))
        return failure(invalidFile(kDocx, u"no " + mainPart));

    Result<QHash<QString, QString>> documentRels = readRelationships(read, relsPartOf(mainPart));
    if (!documentRels)
        return failure(documentRels.error());
    const QString folder = folderOf(mainPart);
    auto notesPart = [&](const QString &type, const QString &conventional) {
        const QString target = documentRels->value(type);
        return target.isEmpty() ? conventional : resolvePartName(folder, target);
    };

    Result<NoteTexts> footnotes =
        readDocxNotes(read, notesPart(QStringLiteral("footnotes"), QStringLiteral("word/footnotes.xml")));
    if (!footnotes)
        return failure(footnotes.error());
    Result<NoteTexts> endnotes =
        readDocxNotes(read, notesPart(QStringLiteral("endnotes"), QStringLiteral("word/endnotes.xml")));
    if (!endnotes)
        return failure(endnotes.error());

    auto document = openEntry(read.zip, mainPart, limits, read.elementsSeen, kDocx);
    if (!document)
        return failure(document.error());
    if (!document->has_value())
        return failure(invalidFile(kDocx, u"no " + mainPart));
    DocxWalker walker(***document, mainPart, read.budget, limits.maxXmlDepth, &*footnotes, &*endnotes);
    const QStringList lines = walker.readDocument();
    if (walker.failed())
        return failure(walker.errorMessage(kDocx));
    return joinLines(lines);
}

Result<QString> readOdt(const QString &path, const OfficeLimits &limits)
{
    Result<std::unique_ptr<QuaZip>> opened = openPackage(path, kOdt);
    if (!opened)
        return failure(opened.error());
    PackageRead read{**opened, limits, TextBudget{limits.maxTextCharacters, limits.maxTextCharacters, false}};

    Result<std::optional<QByteArray>> mimetype = readEntry(read.zip, QStringLiteral("mimetype"), 4096, kOdt);
    if (!mimetype)
        return failure(mimetype.error());
    if (mimetype->has_value()) {
        const QByteArray type = (*mimetype)->trimmed();
        if (!type.startsWith("application/vnd.oasis.opendocument.text"))
            return failure(invalidFile(kOdt, u"its mimetype is " + QString::fromUtf8(type.left(100))));
    }

    auto manifest = openEntry(read.zip, QStringLiteral("META-INF/manifest.xml"), limits, read.elementsSeen, kOdt);
    if (!manifest)
        return failure(manifest.error());
    if (manifest->has_value()) {
        ManifestWalker walker(***manifest, QStringLiteral("META-INF/manifest.xml"), read.budget, limits.maxXmlDepth);
        if (walker.hasEncryptedEntries())
            return failure(QStringLiteral("is password-protected"));
        if (walker.failed())
            return failure(walker.errorMessage(kOdt));
    }

    auto content = openEntry(read.zip, QStringLiteral("content.xml"), limits, read.elementsSeen, kOdt);
    if (!content)
        return failure(content.error());
    if (!content->has_value())
        return failure(invalidFile(kOdt, QStringLiteral("no content.xml")));

    OdtWalker walker(***content, QStringLiteral("content.xml"), read.budget, limits.maxXmlDepth);
    bool hasTextBody = false;
    const QStringList lines = walker.readDocument(hasTextBody);
    if (walker.failed())
        return failure(walker.errorMessage(kOdt));
    if (!hasTextBody)
        return failure(invalidFile(kOdt, QStringLiteral("content.xml has no office:text body")));
    return joinLines(lines);
}

} // namespace marginalia
