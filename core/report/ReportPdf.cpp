// PDF reports, laid out without a QTextDocument: each paragraph is a QTextLayout broken into lines for the page
// width, and lines are painted page by page with QPainter on a QPdfWriter as the excerpts are read. The PDF goes to
// a temporary file and is copied into the report's AtomicFile, its ToUnicode maps corrected on the way.

#include "report/Report.h"

#include "common/AtomicFile.h"

#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSet>
#include <QTemporaryFile>
#include <QTextLayout>

namespace marginalia {

namespace {

Result<void> requireGui(const QString &what)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()) == nullptr)
        return failure(QStringLiteral("writing %1 needs a QGuiApplication (fonts)").arg(what));
    return {};
}

// Latin text in a Latin font, Chinese in Noto CJK where installed: Qt's PDF writer maps glyphs back to text
// (ToUnicode) well for the Latin font; digits set in Noto CJK lose their mapping.
QFont reportFont()
{
    QFont font;
    const QStringList installed = QFontDatabase::families();
    QStringList families;
    for (const QString &candidate : {QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"),
                                     QStringLiteral("Noto Sans")}) {
        if (installed.contains(candidate)) {
            families.append(candidate);
            break;
        }
    }
    for (const QString &candidate : {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Serif CJK SC"),
                                     QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei")}) {
        if (installed.contains(candidate)) {
            families.append(candidate);
            break;
        }
    }
    if (!families.isEmpty())
        font.setFamilies(families);
    font.setPointSizeF(10);
    // A letter spacing, however small, turns ligatures off: "fl" stays two glyphs, which a PDF reader copies
    // as two letters.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return font;
}

// Qt's PDF writer (6.4) writes each glyph's ToUnicode entry as the lowest code point the font maps to that glyph.
// Fonts share glyphs between look-alikes, so 方 came out as the Kangxi radical ⽅ (U+2F45) and an en dash as a
// figure dash: a reader searching or copying got the wrong characters. The right one is the character of the
// report's text with the same glyph; this table maps each look-alike that is not in the text to it.
QHash<char16_t, char16_t> lookAlikes(const QSet<char16_t> &used, const QFont &font)
{
    QHash<char16_t, char16_t> aliases;
    QString everything;
    everything.reserve(0xD800);
    for (char16_t u = 1; u < 0xD800; ++u)
        everything += QChar(u);
    for (const QString &family : font.families()) {
        for (const QFont::Weight weight : {QFont::Normal, QFont::Bold}) {
            QFont face(family);
            face.setWeight(weight);
            const QRawFont raw = QRawFont::fromFont(face);
            if (!raw.isValid())
                continue;
            const QList<quint32> glyphs = raw.glyphIndexesForString(everything);
            if (glyphs.size() != everything.size())
                continue;
            QHash<quint32, char16_t> glyphOfText;
            for (char16_t u : std::as_const(used)) {
                if (u > 0 && u < 0xD800 && glyphs[u - 1] != 0)
                    glyphOfText.insert(glyphs[u - 1], u);
            }
            for (qsizetype i = 0; i < glyphs.size(); ++i) {
                const char16_t u = static_cast<char16_t>(i + 1);
                if (glyphs[i] == 0 || used.contains(u) || aliases.contains(u))
                    continue;
                const auto it = glyphOfText.constFind(glyphs[i]);
                if (it != glyphOfText.cend())
                    aliases.insert(u, it.value());
            }
        }
    }
    // Compatibility characters (Kangxi radicals and the like) whose NFKC form is a character of the text.
    for (char16_t u = 0x2E80; u < 0x2FE0; ++u) {
        const QString folded = QString(QChar(u)).normalized(QString::NormalizationForm_KC);
        if (!aliases.contains(u) && !used.contains(u) && folded.size() == 1 && used.contains(folded.front().unicode()))
            aliases.insert(u, folded.front().unicode());
    }
    return aliases;
}

// Rewrites the destinations of the ToUnicode CMaps in place (same length: four hex digits for four), so no
// offset in the file moves. Streams that are compressed are left as they are.
void fixToUnicode(QByteArray &pdf, const QHash<char16_t, char16_t> &aliases)
{
    if (aliases.isEmpty())
        return;
    static const QByteArray hex = QByteArrayLiteral("0123456789ABCDEF");
    qsizetype at = 0;
    while ((at = pdf.indexOf("begincmap", at)) >= 0) {
        const qsizetype end = pdf.indexOf("endcmap", at);
        if (end < 0)
            return;
        enum class Section { None, Range, Char } section = Section::None;
        qsizetype lineStart = at;
        while (lineStart < end) {
            qsizetype lineEnd = pdf.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            const QByteArrayView line(pdf.constData() + lineStart, lineEnd - lineStart);
            if (line.endsWith("beginbfrange"))
                section = Section::Range;
            else if (line.endsWith("beginbfchar"))
                section = Section::Char;
            else if (line.startsWith("end"))
                section = Section::None;
            else if (section != Section::None) {
                int token = 0;
                const int sources = section == Section::Range ? 2 : 1;
                for (qsizetype i = lineStart; i + 5 < lineEnd; ++i) {
                    if (pdf[i] != '<' || pdf[i + 5] != '>')
                        continue;
                    if (token++ < sources)
                        continue;
                    bool ok = false;
                    const uint code = QByteArray(pdf.constData() + i + 1, 4).toUInt(&ok, 16);
                    const auto alias = ok ? aliases.constFind(static_cast<char16_t>(code)) : aliases.cend();
                    if (alias != aliases.cend()) {
                        for (int digit = 0; digit < 4; ++digit)
                            pdf[i + 1 + digit] = hex[(alias.value() >> (12 - 4 * digit)) & 0xF];
                    }
                    i += 5;
                }
            }
            lineStart = lineEnd + 1;
        }
        at = end;
    }
}

// A paragraph: text with format ranges, its font, indentation and spacing (points).
struct PdfBlock
{
    QString text;
    QList<QTextLayout::FormatRange> formats;
    QFont font;
    qreal indent = 0;
    qreal top = 0;
    qreal bottom = 0;
    int keepWithNextLines = 0;   // lines of what follows that must fit on the page with it (headings)
};

// Lays out paragraphs and paints them line by line, starting a new page when the next line does not fit.
class PdfPager
{
public:
    explicit PdfPager(QPdfWriter &writer) : m_writer(writer), m_painter(&writer)
    {
        m_scale = writer.resolution() / 72.0;
        m_width = writer.width();
        m_height = writer.height();
    }

    bool isActive() const { return m_painter.isActive(); }
    int pageCount() const { return m_pages; }
    const QSet<char16_t> &usedCharacters() const { return m_used; }
    void finish() { m_painter.end(); }

    void add(const PdfBlock &block)
    {
        for (QChar c : block.text)
            m_used.insert(c.unicode());
        QTextLayout layout(block.text, block.font, &m_writer);
        layout.setFormats(block.formats);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        const qreal indent = block.indent * m_scale;
        layout.beginLayout();
        qreal height = 0;
        while (true) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(m_width - indent);
            line.setPosition(QPointF(0, height));
            height += line.height();
        }
        layout.endLayout();
        // Space before the paragraph is dropped at the top of a page.
        if (m_y > 0)
            m_y += block.top * m_scale;
        const int lines = layout.lineCount();
        const qreal keep = lines > 0 ? layout.lineAt(0).height() * (1 + block.keepWithNextLines) : 0;
        if (m_y > 0 && m_y + keep > m_height)
            newPage();
        for (int i = 0; i < lines; ++i) {
            const QTextLine line = layout.lineAt(i);
            if (m_y > 0 && m_y + line.height() > m_height)
                newPage();
            line.draw(&m_painter, QPointF(indent, m_y - line.y()));
            m_y += line.height();
        }
        m_y += block.bottom * m_scale;
    }

    // A table: the first column a third of the width, the others share the rest; rows break between pages.
    void table(const QList<QStringList> &rows, const QFont &font, const QFont &headerFont)
    {
        if (rows.isEmpty())
            return;
        const qsizetype columns = rows.first().size();
        const qreal padding = 3 * m_scale / 2;
        const qreal first = columns > 1 ? m_width / 3 : m_width;
        const qreal other = columns > 1 ? (m_width - first) / (columns - 1) : 0;
        m_y += 4 * m_scale;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            std::vector<std::unique_ptr<QTextLayout>> cells;
            qreal rowHeight = 0;
            for (qsizetype c = 0; c < columns; ++c) {
                const QString text = rows[r].value(c);
                for (QChar ch : text)
                    m_used.insert(ch.unicode());
                auto layout = std::make_unique<QTextLayout>(text, r == 0 ? headerFont : font, &m_writer);
                QTextOption option;
                option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
                option.setAlignment(c == 0 ? Qt::AlignLeft : Qt::AlignRight);
                layout->setTextOption(option);
                layout->beginLayout();
                qreal height = 0;
                while (true) {
                    QTextLine line = layout->createLine();
                    if (!line.isValid())
                        break;
                    line.setLineWidth((c == 0 ? first : other) - 2 * padding);
                    line.setPosition(QPointF(0, height));
                    height += line.height();
                }
                layout->endLayout();
                rowHeight = std::max(rowHeight, height + 2 * padding);
                cells.push_back(std::move(layout));
            }
            if (m_y > 0 && m_y + rowHeight > m_height)
                newPage();
            qreal x = 0;
            m_painter.save();
            m_painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.5 * m_scale));
            for (qsizetype c = 0; c < columns; ++c) {
                const qreal width = c == 0 ? first : other;
                m_painter.drawRect(QRectF(x, m_y, width, rowHeight));
                x += width;
            }
            m_painter.restore();
            x = 0;
            for (qsizetype c = 0; c < columns; ++c) {
                cells[c]->draw(&m_painter, QPointF(x + padding, m_y + padding));
                x += c == 0 ? first : other;
            }
            m_y += rowHeight;
        }
        m_y += 6 * m_scale;
    }

private:
    void newPage()
    {
        m_writer.newPage();
        ++m_pages;
        m_y = 0;
    }

    QPdfWriter &m_writer;
    QPainter m_painter;
    qreal m_scale = 1;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_y = 0;
    int m_pages = 1;
    QSet<char16_t> m_used;
};

QTextLayout::FormatRange range(qsizetype start, qsizetype length, const QTextCharFormat &format)
{
    QTextLayout::FormatRange r;
    r.start = static_cast<int>(start);
    r.length = static_cast<int>(length);
    r.format = format;
    return r;
}

// The report's paragraphs, in the looks the QTextDocument version had: headings bold, excerpt lines grey and small,
// the excerpt indented with its context in grey.
class PdfSink : public ReportSink
{
public:
    PdfSink(PdfPager &pager, const QFont &font) : m_pager(pager), m_font(font)
    {
        m_meta.setForeground(QColor(0x55, 0x55, 0x55));
        m_metaBold = m_meta;
        m_metaBold.setFontWeight(QFont::Bold);
        m_memo = m_meta;
        m_memo.setFontItalic(true);
        m_context.setForeground(QColor(0x88, 0x88, 0x88));
        m_excerpt.setFontWeight(QFont::DemiBold);
    }

    void begin(const ReportData &data) override
    {
        heading(data.title, 1);
        simple(ReportWriter::headText(data), m_meta, 9, 0, 8);
        if (data.matrix) {
            heading(QStringLiteral("Codes × ") + data.matrix->by, 2);
            simple(ReportWriter::matrixLegend(), m_meta, 9, 0, 0);
            QFont bold = m_font;
            bold.setWeight(QFont::Bold);
            m_pager.table(ReportWriter::matrixTable(data), m_font, bold);
        }
    }
    void siteHeading(const QString &label) override { heading(label, 2); }
    void codeHeading(const ReportSection &section, int level) override
    {
        heading(ReportWriter::codeHeadingText(section), level);
    }
    void excerpt(const ReportExcerpt &excerpt) override
    {
        const CodedSegment &s = excerpt.segment;
        PdfBlock meta;
        meta.font = sized(9);
        meta.text = s.document + ReportWriter::excerptMetaText(excerpt);
        meta.formats = {range(0, s.document.size(), m_metaBold),
                        range(s.document.size(), meta.text.size() - s.document.size(), m_meta)};
        meta.top = 6;
        meta.keepWithNextLines = 1;
        m_pager.add(meta);
        if (!s.memo.isEmpty())
            simple(QStringLiteral("Memo: ") + s.memo, m_memo, 9, 0, 0);
        // Each line of the excerpt is a paragraph of the indented quote.
        PdfBlock quote;
        quote.font = sized(10);
        quote.indent = 18;
        qsizetype at = 0;
        auto addPart = [&](const QString &text, const QTextCharFormat &format) {
            qsizetype from = 0;
            while (true) {
                const qsizetype newline = text.indexOf(u'\n', from);
                const qsizetype length = (newline < 0 ? text.size() : newline) - from;
                quote.text += QStringView(text).mid(from, length);
                if (length > 0)
                    quote.formats.append(range(at, length, format));
                at += length;
                if (newline < 0)
                    break;
                m_pager.add(quote);
                quote.text.clear();
                quote.formats.clear();
                at = 0;
                from = newline + 1;
            }
        };
        if (!s.contextBefore.isEmpty())
            addPart(u'…' + s.contextBefore, m_context);
        addPart(s.text, m_excerpt);
        if (!s.contextAfter.isEmpty())
            addPart(s.contextAfter + u'…', m_context);
        quote.bottom = 4;
        m_pager.add(quote);
    }
    void end() override {}

private:
    QFont sized(qreal points) const
    {
        QFont font = m_font;
        font.setPointSizeF(points);
        return font;
    }
    void simple(const QString &text, const QTextCharFormat &format, qreal points, qreal top, qreal bottom)
    {
        PdfBlock block;
        block.text = text;
        block.font = sized(points);
        block.formats = {range(0, text.size(), format)};
        block.top = top;
        block.bottom = bottom;
        m_pager.add(block);
    }
    void heading(const QString &text, int level)
    {
        PdfBlock block;
        block.text = text;
        block.font = sized(level == 1 ? 18 : level == 2 ? 14 : 12);
        block.font.setWeight(QFont::Bold);
        block.top = level == 1 ? 0 : 14;
        block.bottom = 6;
        block.keepWithNextLines = 2;
        m_pager.add(block);
    }

    PdfPager &m_pager;
    QFont m_font;
    QTextCharFormat m_meta, m_metaBold, m_memo, m_context, m_excerpt;
};

// Copies the PDF into the report's file in pieces, its ToUnicode maps corrected (each map is held whole).
Result<void> copyFixed(QFile &pdf, AtomicFile &out, const QHash<char16_t, char16_t> &aliases)
{
    if (!pdf.seek(0))
        return failure(QStringLiteral("cannot read back the laid-out PDF"));
    QByteArray pending;
    while (true) {
        const QByteArray chunk = pdf.read(4 << 20);
        if (chunk.isEmpty()) {
            fixToUnicode(pending, aliases);
            (void)out.append(pending);
            break;
        }
        pending += chunk;
        const qsizetype open = pending.lastIndexOf("begincmap");
        qsizetype keep = pending.size() - std::min<qsizetype>(pending.size(), 8);   // a "begincmap" cut in two
        if (open >= 0 && pending.indexOf("endcmap", open) < 0)
            keep = std::min(keep, open);
        QByteArray ready = pending.left(keep);
        fixToUnicode(ready, aliases);
        (void)out.append(ready);
        pending.remove(0, keep);
        if (out.writeError() != 0)
            break;
    }
    return {};
}

} // namespace

Result<void> ReportWriter::writePdf(Project &project, const ReportData &data, const QString &path, int *pageCount,
                                    const std::atomic_bool *cancelled)
{
    if (auto ok = requireGui(QStringLiteral("PDF")); !ok)
        return ok;
    AtomicFile::removeStaleTemporaries(path);
    QTemporaryFile laidOut;
    if (!laidOut.open())
        return failure(QStringLiteral("cannot write the report %1: no temporary file for the PDF (%2)")
                           .arg(path, laidOut.errorString()));
    const QFont font = reportFont();
    QHash<char16_t, char16_t> aliases;
    Result<void> streamed;
    {
        QPdfWriter writer(&laidOut);
        writer.setTitle(data.title);
        writer.setCreator(QStringLiteral("Marginalia"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                                         QPageLayout::Millimeter));
        PdfPager pager(writer);
        if (!pager.isActive())
            return failure(QStringLiteral("cannot write the report %1: the PDF writer did not start").arg(path));
        PdfSink sink(pager, font);
        auto stop = [&] { return cancelled != nullptr && cancelled->load(); };
        streamed = stream(project, data, sink, stop);
        pager.finish();
        if (pageCount)
            *pageCount = pager.pageCount();
        QSet<char16_t> used = pager.usedCharacters();
        for (QChar c : data.title)
            used.insert(c.unicode());
        aliases = lookAlikes(used, font);
    }
    if (!streamed)
        return streamed;
    if (!laidOut.flush() || laidOut.size() < 5)
        return failure(QStringLiteral("cannot write the report %1: the PDF writer produced nothing").arg(path));
    AtomicFile file(path);
    if (auto ok = file.begin(); !ok)
        return ok;
    if (auto ok = copyFixed(laidOut, file, aliases); !ok) {
        file.discard();
        return ok;
    }
    if (file.writeError() != 0) {
        const int error = file.writeError();
        file.discard();
        return failure(QStringLiteral("cannot write the report %1: %2").arg(path, AtomicFile::describeError(error)));
    }
    return file.commit();
}

} // namespace marginalia
