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
#include <QGlyphRun>
#include <QImage>
#include <QtMath>

#include <map>
#include <optional>
#include <QTextBoundaryFinder>
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
    // CJK Extension B and beyond (𠀀), then emoji: the fallbacks for what the fonts above lack.
    for (const QString &candidate : {QStringLiteral("HanaMinB"), QStringLiteral("Noto Color Emoji")}) {
        if (installed.contains(candidate))
            families.append(candidate);
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
    // The Latin and the CJK family (the fallbacks after them hold characters outside the BMP, which this map does
    // not reach).
    for (const QString &family : font.families().mid(0, 2)) {
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

// Text of simple scripts (Latin, Greek, Cyrillic, CJK, symbols: no joining, no marks, left to right) needs no
// shaping: each character is one glyph of the first family that has it. Set this way, a report's paragraphs cost a
// table lookup per character instead of a HarfBuzz run, and the fallback is ours: every glyph drawn is known (font,
// glyph, character), which the ToUnicode repair uses for characters outside the BMP.
class GlyphFonts
{
public:
    enum Style { Regular = 0, Bold = 1, Italic = 2, Styles = 3 };

    // Faces are opened when a character first needs them: a report without emoji never maps the emoji font.
    explicit GlyphFonts(const QStringList &families) : m_familyNames(families)
    {
        m_families = static_cast<int>(families.size());
        m_faces.resize(m_families * Styles);
        m_opened.resize(m_families * Styles);
        m_color.resize(m_families * Styles);
    }

    struct Glyph
    {
        int face = -1;          // family × Styles + style; -1: no family has it
        quint32 index = 0;
        qreal advance = 0;      // at kReference pixels
    };

    // The glyph of a character in a style: the first family with a glyph for it.
    const Glyph &glyph(char32_t c, int style)
    {
        const quint64 key = (quint64(c) << 2) | quint64(style);
        auto it = m_glyphs.constFind(key);
        if (it != m_glyphs.cend())
            return it.value();
        Glyph found;
        for (int family = 0; family < m_families && found.face < 0; ++family) {
            const int face = family * Styles + style;
            QRawFont &raw = open(face);
            if (!raw.isValid())
                continue;
            quint32 indexes[2] = {0, 0};
            const QChar units[2] = {c >= 0x10000 ? QChar(QChar::highSurrogate(c)) : QChar(static_cast<char16_t>(c)),
                                    QChar(QChar::lowSurrogate(c))};
            const int length = c >= 0x10000 ? 2 : 1;
            int count = 2;   // the array's size in, the glyphs out
            if (!raw.glyphIndexesForChars(units, length, indexes, &count) || count != 1 || indexes[0] == 0)
                continue;
            quint32 index = indexes[0];
            QPointF advance;
            raw.advancesForGlyphIndexes(&index, &advance, 1, QRawFont::UseDesignMetrics);
            found = {face, index, advance.x()};
        }
        return m_glyphs.insert(key, found).value();
    }

    // The one glyph of an emoji sequence (👩‍🏫: woman, ZWJ, school; 👍🏽: a skin tone; 🇩🇪: two regional
    // indicators), which the colour font forms by ligature: shaped once per sequence by QTextLayout in that font
    // alone. A sequence the font has no single glyph for gives face -1 (its parts are then drawn one by one).
    const Glyph &sequence(QStringView text, int face)
    {
        const QString key = QString::number(face) + u':' + text;
        auto it = m_sequences.constFind(key);
        if (it != m_sequences.cend())
            return it.value();
        Glyph found;
        QRawFont &raw = open(face);
        if (raw.isValid()) {
            QFont font(m_familyNames[face / Styles]);
            font.setPixelSize(kReference);
            QTextLayout layout(text.toString(), font);
            layout.beginLayout();
            layout.createLine();
            layout.endLayout();
            const QList<QGlyphRun> runs = layout.glyphRuns();
            if (runs.size() == 1 && runs.front().glyphIndexes().size() == 1
                && runs.front().rawFont().familyName() == raw.familyName() && runs.front().glyphIndexes().front() != 0) {
                quint32 index = runs.front().glyphIndexes().front();
                QPointF advance;
                raw.advancesForGlyphIndexes(&index, &advance, 1, QRawFont::UseDesignMetrics);
                found = {face, index, advance.x()};
            }
        }
        return m_sequences.insert(key, found).value();
    }

    // A colour bitmap font (emoji), which the PDF writer cannot embed as outlines.
    bool isColor(int face) const { return m_color.value(face); }

    // The face at a pixel size, for drawing.
    const QRawFont &face(int face, qreal pixelSize)
    {
        const quint64 key = (quint64(face) << 32) | quint64(qRound(pixelSize * 64));
        auto it = m_sized.find(key);
        if (it == m_sized.end()) {
            QRawFont raw = open(face);
            raw.setPixelSize(pixelSize);
            it = m_sized.insert(key, raw);
        }
        return it.value();
    }

    static constexpr int kReference = 100;

private:
    QRawFont &open(int face)
    {
        if (!m_opened[face]) {
            m_opened[face] = true;
            const int style = face % Styles;
            QFont font(m_familyNames[face / Styles]);
            font.setWeight(style == Bold ? QFont::Bold : QFont::Normal);
            font.setItalic(style == Italic);
            font.setPixelSize(kReference);
            const QRawFont raw = QRawFont::fromFont(font);
            if (raw.isValid()) {
                m_faces[face] = raw;
                // Only the table directory is asked: a colour font has bitmaps (CBDT) or an sbix table.
                m_color[face] = raw.familyName().contains(QStringLiteral("Emoji"), Qt::CaseInsensitive)
                                || !raw.fontTable("sbix").isEmpty();
            }
        }
        return m_faces[face];
    }

    QStringList m_familyNames;
    QList<QRawFont> m_faces;
    QList<bool> m_opened;
    QList<bool> m_color;
    int m_families = 0;
    QHash<quint64, Glyph> m_glyphs;
    QHash<QString, Glyph> m_sequences;
    QHash<quint64, QRawFont> m_sized;
};

// True when every character can be set glyph by glyph (see GlyphFonts).
bool isSimpleText(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (c < 0x0300)
            continue;
        // Joiners and variation selectors (👩‍🏫, ✌️) are not drawn.
        if (QChar::category(c) == QChar::Other_Format || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF))
            continue;
        switch (QChar::script(c)) {
        case QChar::Script_Common:
        case QChar::Script_Latin:
        case QChar::Script_Greek:
        case QChar::Script_Cyrillic:
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Bopomofo:
            break;
        default:
            return false;   // marks (Inherited), joining and right-to-left scripts are shaped by QTextLayout
        }
        if (QChar::category(c) == QChar::Mark_NonSpacing || QChar::category(c) == QChar::Mark_Enclosing
            || QChar::category(c) == QChar::Mark_SpacingCombining)
            return false;
    }
    return true;
}

// True when the text has a part that joins emoji into one (ZWJ, skin tone modifiers, regional indicators, tag
// characters); such text is split into grapheme clusters before its glyphs are looked up.
bool mayHoldEmojiSequence(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u == 0x200D)
            return true;
        if (u == 0xD83C && i + 1 < text.size()) {
            const char16_t low = text[i + 1].unicode();
            // U+1F1E6–U+1F1FF regional indicators (DDE6–DDFF), U+1F3FB–U+1F3FF skin tones (DFFB–DFFF).
            if ((low >= 0xDDE6 && low <= 0xDDFF) || (low >= 0xDFFB && low <= 0xDFFF))
                return true;
        }
        if (u == 0xDB40)   // U+E0000–U+E03FF: tag characters (🏴 subdivision flags)
            return true;
    }
    return false;
}

// The PostScript name of a font (the "name" table's entry 6), which the PDF writer uses as the font's /BaseFont.
QString postscriptName(const QRawFont &raw)
{
    const QByteArray table = raw.fontTable("name");
    auto u16 = [&](qsizetype at) {
        return at + 2 <= table.size() ? quint16((uchar(table[at]) << 8) | uchar(table[at + 1])) : quint16(0);
    };
    const int count = u16(2);
    const int strings = u16(4);
    for (int i = 0; i < count; ++i) {
        const qsizetype record = 6 + i * 12;
        const quint16 platform = u16(record), nameId = u16(record + 6), length = u16(record + 8),
                      offset = u16(record + 10);
        if (nameId != 6 || strings + offset + length > table.size())
            continue;
        const QByteArray bytes = table.mid(strings + offset, length);
        if (platform == 1)
            return QString::fromLatin1(bytes);
        if (platform == 3 || platform == 0) {
            QString name;
            for (qsizetype j = 0; j + 1 < bytes.size(); j += 2)
                name += QChar(char16_t((uchar(bytes[j]) << 8) | uchar(bytes[j + 1])));
            return name;
        }
    }
    return {};
}

// Qt's PDF writer numbers each font's glyphs in the order they are first drawn (CID 0 is the missing glyph), and
// writes ToUnicode entries only for glyphs with a BMP character. Every glyph drawn is noted here in that order, with
// its character where we know it, so that the characters outside the BMP can be added to the maps afterwards.
class GlyphOrder
{
public:
    struct Font
    {
        QRawFont raw;
        bool color = false;   // an emoji font (by its name: Qt's box engine has no family to ask)
        QHash<quint32, int> cidOfGlyph{{0, 0}};
        QList<quint32> glyphOfCid{0};
        // The text of each glyph that Qt's own map cannot give: a character outside the BMP or a sequence drawn
        // as one glyph (👩‍🏫).
        QHash<int, QString> wideTextOfCid;
    };

    // The record of a font (looked up once per run, not per glyph).
    // A font without a name table (Qt's box engine when no font has a script) gets a record no map matches.
    Font &font(const QRawFont &raw)
    {
        const QString name = raw.isValid() ? postscriptName(raw) : QString();
        Font &font = m_fonts[name.isEmpty() ? QStringLiteral("\x1f") : name];
        if (!font.raw.isValid()) {
            font.raw = raw;
            font.color = name.contains(QStringLiteral("Emoji"), Qt::CaseInsensitive);
        }
        return font;
    }

    // A glyph drawn for `text` (empty when unknown: shaped runs).
    static void note(Font &font, quint32 glyph, QStringView text)
    {
        auto it = font.cidOfGlyph.constFind(glyph);
        if (it == font.cidOfGlyph.cend()) {
            it = font.cidOfGlyph.insert(glyph, static_cast<int>(font.glyphOfCid.size()));
            font.glyphOfCid.append(glyph);
        }
        if (text.size() > 1 && glyph != 0 && !font.wideTextOfCid.contains(it.value()))
            font.wideTextOfCid.insert(it.value(), text.toString());
    }
    // By PostScript name; the records stay where they are (a std::map), so callers may keep pointers to them.
    const std::map<QString, Font> &fonts() const { return m_fonts; }

private:
    std::map<QString, Font> m_fonts;
};

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
    PdfPager(QPdfWriter &writer, const QStringList &families) : m_writer(writer), m_painter(&writer), m_glyphs(families)
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
        if (isSimpleText(block.text))
            addSimple(block);
        else
            addShaped(block);
    }

private:
    struct PlacedGlyph
    {
        int face = -1;
        quint32 index = 0;
        qreal advance = 0;
        QRgb color = 0;
        bool space = false;
        qsizetype length = 1;   // UTF-16 units of the text drawn by this glyph (a character or a sequence)
    };

    // Glyph by glyph (see GlyphFonts): lines broken where QTextBoundaryFinder allows, else anywhere.
    void addSimple(const PdfBlock &block)
    {
        const qreal pixels = block.font.pointSizeF() * m_scale;
        const qreal ratio = pixels / GlyphFonts::kReference;
        const int baseStyle = block.font.weight() >= QFont::DemiBold ? GlyphFonts::Bold
                              : block.font.italic()                  ? GlyphFonts::Italic
                                                                     : GlyphFonts::Regular;
        const QString &text = block.text;
        // Style and colour of each UTF-16 unit, from the format ranges.
        std::vector<int> styles(static_cast<size_t>(text.size()), baseStyle);
        std::vector<QRgb> colors(static_cast<size_t>(text.size()), qRgb(0, 0, 0));
        for (const QTextLayout::FormatRange &range : block.formats) {
            int style = baseStyle;
            if (range.format.hasProperty(QTextFormat::FontWeight))
                style = range.format.fontWeight() >= QFont::DemiBold ? GlyphFonts::Bold : GlyphFonts::Regular;
            if (range.format.fontItalic())
                style = GlyphFonts::Italic;
            const QRgb color = range.format.hasProperty(QTextFormat::ForegroundBrush)
                                   ? range.format.foreground().color().rgb()
                                   : qRgb(0, 0, 0);
            for (int i = range.start; i < range.start + range.length && i < text.size(); ++i) {
                styles[static_cast<size_t>(i)] = style;
                colors[static_cast<size_t>(i)] = color;
            }
        }
        std::vector<PlacedGlyph> glyphs;
        std::vector<qsizetype> unitOf;   // the UTF-16 position of each glyph
        glyphs.reserve(static_cast<size_t>(text.size()));
        unitOf.reserve(static_cast<size_t>(text.size()));
        // Emoji sequences (a ZWJ, a skin tone, regional indicators, tag characters) are grapheme clusters the colour
        // font draws as one glyph; the finder is only started for text that has one of their joining parts.
        std::optional<QTextBoundaryFinder> clusters;
        if (mayHoldEmojiSequence(text))
            clusters.emplace(QTextBoundaryFinder::Grapheme, text);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const qsizetype at = i;
            char32_t c = text[i].unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text[i], text[i + 1]);
                ++i;
            }
            const int style = styles[static_cast<size_t>(at)];
            const GlyphFonts::Glyph *glyph = &m_glyphs.glyph(c, style);
            PlacedGlyph placed;
            placed.length = i + 1 - at;
            if (clusters && glyph->face >= 0 && m_glyphs.isColor(glyph->face)) {
                clusters->setPosition(at);
                const qsizetype end = clusters->toNextBoundary();
                if (end > i + 1) {
                    const GlyphFonts::Glyph &joined = m_glyphs.sequence(QStringView(text).mid(at, end - at), glyph->face);
                    if (joined.face >= 0) {
                        glyph = &joined;
                        placed.length = end - at;
                        i = end - 1;
                    }
                }
            }
            placed.color = colors[static_cast<size_t>(at)];
            placed.space = c == u' ' || c == u'\t';
            if (glyph->face >= 0) {
                placed.face = glyph->face;
                placed.index = glyph->index;
                placed.advance = glyph->advance * ratio;
            } else if (QChar::category(c) != QChar::Other_Format && !(c >= 0xFE00 && c <= 0xFE0F)
                       && !(c >= 0xE0100 && c <= 0xE01EF)) {
                placed.face = style;   // the first family's missing-glyph box
                placed.index = 0;
                placed.advance = pixels / 2;
            }
            glyphs.push_back(placed);
            unitOf.push_back(at);
        }
        // Where a line may break: before the glyph at a boundary QTextBoundaryFinder allows.
        std::vector<bool> breakBefore(glyphs.size(), false);
        {
            QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
            size_t g = 0;
            for (qsizetype position = finder.toNextBoundary(); position > 0 && position < text.size();
                 position = finder.toNextBoundary()) {
                while (g < unitOf.size() && unitOf[g] < position)
                    ++g;
                if (g < unitOf.size() && unitOf[g] == position)
                    breakBefore[g] = true;
            }
        }
        const qreal indent = block.indent * m_scale;
        const qreal width = m_width - indent;
        // Lines: [start, end) of glyphs.
        std::vector<std::pair<size_t, size_t>> lines;
        size_t start = 0;
        while (start < glyphs.size() || lines.empty()) {
            qreal x = 0;
            size_t end = start;
            size_t lastBreak = 0;
            while (end < glyphs.size()) {
                if (end > start && breakBefore[end])
                    lastBreak = end;
                if (end > start && !glyphs[end].space && x + glyphs[end].advance > width) {
                    if (lastBreak > start)
                        end = lastBreak;
                    break;
                }
                x += glyphs[end].advance;
                ++end;
            }
            lines.emplace_back(start, end);
            if (end >= glyphs.size())
                break;
            start = end;
        }
        // Space before the paragraph is dropped at the top of a page.
        if (m_y > 0)
            m_y += block.top * m_scale;
        const int primary = baseStyle;
        auto metrics = [&](size_t from, size_t to) {
            qreal ascent = m_glyphs.face(primary, pixels).ascent();
            qreal descent = m_glyphs.face(primary, pixels).descent();
            for (size_t g = from; g < to; ++g) {
                if (glyphs[g].face >= 0 && glyphs[g].face != primary) {
                    const QRawFont &raw = m_glyphs.face(glyphs[g].face, pixels);
                    ascent = std::max(ascent, raw.ascent());
                    descent = std::max(descent, raw.descent());
                }
            }
            return std::pair<qreal, qreal>(ascent, descent);
        };
        const auto firstMetrics = metrics(lines.front().first, lines.front().second);
        const qreal keep = (firstMetrics.first + firstMetrics.second) * (1 + block.keepWithNextLines);
        if (m_y > 0 && m_y + keep > m_height)
            newPage();
        QList<quint32> indexes;
        QList<QPointF> positions;
        for (const auto &[from, to] : lines) {
            const auto [ascent, descent] = metrics(from, to);
            if (m_y > 0 && m_y + ascent + descent > m_height)
                newPage();
            const qreal baseline = m_y + ascent;
            qreal x = 0;
            size_t g = from;
            while (g < to) {
                // One run per face and colour.
                const int face = glyphs[g].face;
                const QRgb color = glyphs[g].color;
                indexes.clear();
                positions.clear();
                GlyphOrder::Font *record = nullptr;
                if (face >= 0) {
                    record = m_faceRecords.value(face);
                    if (record == nullptr) {
                        record = &m_order.font(m_glyphs.face(face, pixels));
                        m_faceRecords.insert(face, record);
                    }
                }
                for (; g < to && glyphs[g].face == face && glyphs[g].color == color; ++g) {
                    if (face >= 0 && !glyphs[g].space) {
                        indexes.append(glyphs[g].index);
                        positions.append(QPointF(x, 0));
                        GlyphOrder::note(*record, glyphs[g].index,
                                         QStringView(text).mid(unitOf[g], glyphs[g].length));
                    }
                    x += glyphs[g].advance;
                }
                if (face < 0 || indexes.isEmpty())
                    continue;
                QGlyphRun run;
                run.setRawFont(m_glyphs.face(face, pixels));
                run.setGlyphIndexes(indexes);
                run.setPositions(positions);
                if (m_pen != color) {
                    m_painter.setPen(QColor::fromRgb(color));
                    m_pen = color;
                }
                m_painter.drawGlyphRun(QPointF(indent, baseline), run);
                if (m_glyphs.isColor(face))
                    drawColorGlyphs(run, QPointF(indent, baseline));
            }
            m_y += ascent + descent;
        }
        m_y += block.bottom * m_scale;
    }

    // A colour font's glyphs (emoji) are bitmaps the PDF writer cannot embed: they are drawn as pictures over the
    // glyphs, which stay in the text (invisible) for copying and search.
    void drawColorGlyphs(const QGlyphRun &run, const QPointF &origin)
    {
        const QRawFont &raw = run.rawFont();
        const qreal size = raw.pixelSize();
        const QList<quint32> indexes = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        for (qsizetype i = 0; i < indexes.size(); ++i) {
            const quint64 key = (quint64(indexes[i]) << 20) | quint64(qRound(size));
            auto image = m_colorGlyphs.find(key);
            if (image == m_colorGlyphs.end()) {
                const int side = qCeil(size * 1.3);
                QImage picture(side, side, QImage::Format_ARGB32_Premultiplied);
                picture.fill(Qt::transparent);
                QPainter painter(&picture);
                QGlyphRun single;
                single.setRawFont(raw);
                single.setGlyphIndexes({indexes[i]});
                single.setPositions({QPointF(0, 0)});
                painter.drawGlyphRun(QPointF(0, raw.ascent()), single);
                painter.end();
                image = m_colorGlyphs.insert(key, picture);
            }
            const QPointF topLeft = origin + positions[i] - QPointF(0, raw.ascent());
            m_painter.drawImage(QRectF(topLeft, QSizeF(image->size())), *image);
        }
    }

    void addShaped(const PdfBlock &block)
    {
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
            drawLine(layout, line, block.formats, QPointF(indent, m_y - line.y()));
            m_y += line.height();
        }
        m_y += block.bottom * m_scale;
    }

    // A shaped line drawn run by run (each format range with its colour), every glyph noted in drawing order.
    void drawLine(const QTextLayout &, const QTextLine &line, const QList<QTextLayout::FormatRange> &formats,
                  const QPointF &at)
    {
        const int lineStart = line.textStart();
        const int lineEnd = lineStart + line.textLength();
        auto draw = [&](int from, int length, const QColor &color) {
            if (length <= 0)
                return;
            m_painter.setPen(color);
            m_pen = color.rgb();
            for (const QGlyphRun &run : line.glyphRuns(from, length)) {
                GlyphOrder::Font &record = m_order.font(run.rawFont());
                for (quint32 index : run.glyphIndexes())
                    GlyphOrder::note(record, index, {});
                m_painter.drawGlyphRun(at, run);
                if (record.color)
                    drawColorGlyphs(run, at);
            }
        };
        if (formats.isEmpty()) {
            draw(lineStart, lineEnd - lineStart, Qt::black);
            return;
        }
        for (const QTextLayout::FormatRange &range : formats) {
            const int from = std::max(range.start, lineStart);
            const int to = std::min(range.start + range.length, lineEnd);
            draw(from, to - from,
                 range.format.hasProperty(QTextFormat::ForegroundBrush) ? range.format.foreground().color()
                                                                         : QColor(Qt::black));
        }
    }

public:
    const GlyphOrder &glyphOrder() const { return m_order; }

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
            m_pen = qRgb(0, 0, 0);
            x = 0;
            for (qsizetype c = 0; c < columns; ++c) {
                for (int l = 0; l < cells[c]->lineCount(); ++l)
                    drawLine(*cells[c], cells[c]->lineAt(l), {}, QPointF(x + padding, m_y + padding));
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
    GlyphFonts m_glyphs;
    QRgb m_pen = qRgb(0, 0, 0);
    GlyphOrder m_order;
    QHash<int, GlyphOrder::Font *> m_faceRecords;
    QHash<quint64, QImage> m_colorGlyphs;
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
        m_memoText.setFontItalic(true);
    }

    void begin(const ReportData &data) override
    {
        m_labels = data.labels;
        heading(data.title, 1);
        if (!data.author.isEmpty())
            simple(data.author, QTextCharFormat(), 12, 0, 4);
        simple(ReportWriter::headText(data), m_meta, 9, 0, 8);
        if (data.matrix) {
            heading(data.labels.matrixHeading(data.matrix->by), 2);
            simple(data.labels.matrixLegend(), m_meta, 9, 0, 0);
            QFont bold = m_font;
            bold.setWeight(QFont::Bold);
            m_pager.table(ReportWriter::matrixTable(data), m_font, bold);
        }
    }
    void siteHeading(const QString &label) override { heading(label, 2); }
    void codeHeading(const ReportSection &section, int level) override
    {
        heading(ReportWriter::codeHeadingText(section), level);
        if (!section.codeDescription.isEmpty()) {
            PdfBlock block;
            block.font = sized(10);
            const QString label = m_labels.definition() + ReportLabels::separatorAfter(m_labels.definition());
            block.text = label + section.codeDescription;
            QTextCharFormat bold;
            bold.setFontWeight(QFont::Bold);
            block.formats = {range(0, label.size(), bold)};
            block.bottom = 3;
            addLines(block);
        }
        if (!section.codeMemo.isEmpty()) {
            PdfBlock block;
            block.font = sized(10);
            block.text = m_labels.beforeText(m_labels.codeMemo(), section.codeMemo);
            block.formats = {range(0, block.text.size(), m_memoText)};
            block.bottom = 3;
            addLines(block);
        }
    }
    void excerpt(const ReportExcerpt &excerpt) override
    {
        const CodedSegment &s = excerpt.segment;
        PdfBlock meta;
        meta.font = sized(9);
        meta.text = s.document + ReportWriter::excerptMetaText(excerpt, m_labels);
        meta.formats = {range(0, s.document.size(), m_metaBold),
                        range(s.document.size(), meta.text.size() - s.document.size(), m_meta)};
        meta.top = 6;
        meta.keepWithNextLines = 1;
        m_pager.add(meta);
        if (!s.memo.isEmpty())
            simple(m_labels.beforeText(m_labels.memo(), s.memo), m_memo, 9, 0, 0);
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
    void end(const ReportData &data) override
    {
        if (!data.methods.isEmpty()) {
            heading(m_labels.reliability(), 2);
            PdfBlock block;
            block.font = sized(10);
            block.text = data.methods;
            addLines(block);
        }
        if (data.documentMemos.isEmpty())
            return;
        heading(m_labels.documentMemos(), 2);
        for (const auto &[name, memo] : data.documentMemos) {
            PdfBlock title;
            title.font = sized(9);
            title.text = name;
            title.formats = {range(0, name.size(), m_metaBold)};
            title.top = 6;
            title.keepWithNextLines = 1;
            m_pager.add(title);
            PdfBlock block;
            block.font = sized(10);
            block.text = memo;
            addLines(block);
        }
    }

private:
    // A block whose text may hold line breaks: one paragraph per line, the formats cut to each.
    void addLines(const PdfBlock &block)
    {
        qsizetype from = 0;
        while (true) {
            const qsizetype newline = block.text.indexOf(u'\n', from);
            const qsizetype end = newline < 0 ? block.text.size() : newline;
            PdfBlock line = block;
            line.text = block.text.mid(from, end - from);
            line.formats.clear();
            for (const QTextLayout::FormatRange &r : block.formats) {
                const qsizetype start = std::max<qsizetype>(r.start, from);
                const qsizetype stop = std::min<qsizetype>(r.start + r.length, end);
                if (stop > start)
                    line.formats.append(range(start - from, stop - start, r.format));
            }
            if (newline >= 0)
                line.bottom = 0;
            m_pager.add(line);
            if (newline < 0)
                break;
            from = newline + 1;
        }
    }
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
        addLines(block);
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
    QTextCharFormat m_meta, m_metaBold, m_memo, m_context, m_excerpt, m_memoText;
    ReportLabels m_labels;   // the report's, from begin()
};

// The ToUnicode entries Qt left out (characters outside the BMP: 𠀀, emoji) added to the font's map, from the
// glyphs we drew. The fonts and their maps come last in the file (from `tail`, whose first byte is at offset
// tailStart); every object after an insertion moves, so the cross-reference table and startxref are rewritten.
// A font whose map disagrees with our record of its glyphs (a glyph we did not see drawn) is left as it is.
void addWideCharacters(QByteArray &tail, qint64 tailStart, const GlyphOrder &order)
{
    struct Edit
    {
        qsizetype at;
        qsizetype removed;
        QByteArray inserted;
    };
    QList<Edit> edits;
    auto number = [&](qsizetype at, qsizetype *end) {
        while (at < tail.size() && tail[at] == ' ')
            ++at;
        qsizetype stop = at;
        while (stop < tail.size() && std::isdigit(static_cast<unsigned char>(tail[stop])))
            ++stop;
        if (end)
            *end = stop;
        return tail.mid(at, stop - at).toLongLong();
    };
    for (qsizetype type0 = tail.indexOf("/Subtype /Type0"); type0 >= 0; type0 = tail.indexOf("/Subtype /Type0", type0 + 1)) {
        const qsizetype dictEnd = tail.indexOf(">>", type0);
        const qsizetype base = tail.indexOf("/BaseFont /", type0);
        const qsizetype toUnicode = tail.indexOf("/ToUnicode ", type0);
        if (dictEnd < 0 || base < 0 || toUnicode < 0 || base > dictEnd || toUnicode > dictEnd)
            continue;
        qsizetype nameEnd = base + 11;
        while (nameEnd < tail.size() && !std::isspace(static_cast<unsigned char>(tail[nameEnd])) && tail[nameEnd] != '/')
            ++nameEnd;
        const QString name = QString::fromLatin1(tail.mid(base + 11, nameEnd - base - 11));
        const auto found = order.fonts().find(name);
        if (found == order.fonts().cend())
            continue;
        const GlyphOrder::Font *font = &found->second;
        QList<std::pair<int, QString>> wide;
        for (auto it = font->wideTextOfCid.cbegin(); it != font->wideTextOfCid.cend(); ++it)
            wide.append({it.key(), it.value()});
        std::sort(wide.begin(), wide.end());
        if (wide.isEmpty())
            continue;
        const QByteArray object = QByteArray::number(number(toUnicode + 11, nullptr)) + " 0 obj";
        qsizetype objectAt = tail.startsWith(object) ? 0 : tail.indexOf(QByteArray("\n" + object));
        if (objectAt < 0)
            continue;
        const qsizetype lengthAt = tail.indexOf("/Length ", objectAt);
        const qsizetype streamAt = tail.indexOf("stream", objectAt);
        const qsizetype cmapEnd = tail.indexOf("endcmap", objectAt);
        if (lengthAt < 0 || streamAt < 0 || cmapEnd < 0 || lengthAt > streamAt)
            continue;
        // Qt's entries: CID → code point; each must be a character of the glyph we drew with that CID.
        QHash<int, uint> mapped;
        bool consistent = true;
        for (qsizetype line = tail.indexOf('\n', streamAt); line >= 0 && line < cmapEnd;
             line = tail.indexOf('\n', line + 1)) {
            const qsizetype lineEnd = tail.indexOf('\n', line + 1);
            const QByteArray text = tail.mid(line + 1, (lineEnd < 0 ? cmapEnd : lineEnd) - line - 1);
            QList<uint> tokens;
            for (qsizetype i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
                const qsizetype close = text.indexOf('>', i);
                if (close < 0)
                    break;
                tokens.append(text.mid(i + 1, close - i - 1).toUInt(nullptr, 16));
                i = close;
            }
            if (text.contains("codespacerange") || text.startsWith("<0000> <FFFF>"))
                continue;
            if (tokens.size() >= 3 && text.contains('[')) {
                for (qsizetype k = 2; k < tokens.size(); ++k)
                    mapped.insert(static_cast<int>(tokens[0] + (k - 2)), tokens[k]);
            } else if (tokens.size() == 3) {
                for (uint cid = tokens[0]; cid <= tokens[1]; ++cid)
                    mapped.insert(static_cast<int>(cid), tokens[2] + (cid - tokens[0]));
            } else if (tokens.size() == 2) {
                mapped.insert(static_cast<int>(tokens[0]), tokens[1]);
            }
        }
        for (auto it = mapped.cbegin(); it != mapped.cend() && consistent; ++it) {
            if (it.key() == 0)
                continue;
            if (it.key() >= font->glyphOfCid.size()) {
                consistent = false;
                break;
            }
            const QChar c(static_cast<char16_t>(it.value()));
            quint32 glyph = 0;
            int count = 1;
            font->raw.glyphIndexesForChars(&c, 1, &glyph, &count);
            consistent = glyph == font->glyphOfCid[it.key()];
        }
        if (!consistent)
            continue;
        QByteArray entries;
        int count = 0;
        for (const auto &[cid, wideText] : std::as_const(wide)) {
            if (mapped.contains(cid))
                continue;
            if (count % 100 == 0) {
                if (count > 0)
                    entries += "endbfchar\n";
                const qsizetype left = wide.size() - count;
                entries += QByteArray::number(std::min<qsizetype>(100, left)) + " beginbfchar\n";
            }
            // The destination is the text in UTF-16BE (a sequence maps to all its code points).
            QByteArray destination;
            for (const QChar unit : wideText)
                destination += QByteArray::number(unit.unicode(), 16).rightJustified(4, '0');
            entries += "<" + QByteArray::number(cid, 16).rightJustified(4, '0').toUpper() + "> <"
                       + destination.toUpper() + ">\n";
            ++count;
        }
        if (count == 0)
            continue;
        entries += "endbfchar\n";
        // The block count said "up to 100 left"; entries already mapped were skipped, so recount the last block.
        qsizetype lengthEnd = 0;
        const qint64 oldLength = number(lengthAt + 8, &lengthEnd);
        edits.append({cmapEnd, 0, entries});
        const QByteArray newLength = QByteArray::number(oldLength + entries.size());
        qsizetype lengthStart = lengthAt + 8;
        while (tail[lengthStart] == ' ')
            ++lengthStart;
        edits.append({lengthStart, lengthEnd - lengthStart, newLength});
    }
    if (edits.isEmpty())
        return;
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.at < b.at; });
    // Offsets in the file after the edits: each moves by the edits before it.
    auto moved = [&](qint64 offset) {
        qint64 delta = 0;
        for (const Edit &edit : std::as_const(edits)) {
            if (tailStart + edit.at < offset)
                delta += edit.inserted.size() - edit.removed;
        }
        return offset + delta;
    };
    const qsizetype xref = tail.lastIndexOf("\nxref\n");
    const qsizetype startxref = tail.lastIndexOf("startxref");
    if (xref < 0 || startxref < xref || edits.last().at > xref)
        return;
    // The table: "xref", "0 N", then N entries of "oooooooooo ggggg n " (20 bytes each).
    qsizetype line = tail.indexOf('\n', xref + 6) + 1;
    QByteArray table = tail.mid(line, startxref - line);
    for (qsizetype entry = table.indexOf(" n "); entry >= 10; entry = table.indexOf(" n ", entry + 1)) {
        const qsizetype offsetAt = entry - 16;
        if (offsetAt < 0)
            continue;
        const qint64 offset = table.mid(offsetAt, 10).toLongLong();
        table.replace(offsetAt, 10, QByteArray::number(moved(offset)).rightJustified(10, '0'));
    }
    qsizetype startEnd = 0;
    const qint64 oldStart = number(startxref + 9 + 1, &startEnd);
    QByteArray rebuilt = tail.left(line);
    rebuilt += table;
    rebuilt += "startxref\n" + QByteArray::number(moved(oldStart)) + tail.mid(startEnd);
    tail = rebuilt;
    for (qsizetype i = edits.size() - 1; i >= 0; --i)
        tail.replace(edits[i].at, edits[i].removed, edits[i].inserted);
}

// Copies the PDF into the report's file in pieces, its ToUnicode maps corrected. Pages come first and are copied as
// they are; from the first map on (the fonts, then the cross-reference table) the rest is held and corrected whole.
Result<void> copyFixed(QFile &pdf, AtomicFile &out, const QHash<char16_t, char16_t> &aliases, const GlyphOrder &order)
{
    if (!pdf.seek(0))
        return failure(QStringLiteral("cannot read back the laid-out PDF"));
    QByteArray pending;
    qint64 pendingStart = 0;
    while (true) {
        const QByteArray chunk = pdf.read(4 << 20);
        if (chunk.isEmpty())
            break;
        pending += chunk;
        const qsizetype open = pending.indexOf("begincmap");
        if (open >= 0) {
            // Held from the object holding the first map.
            const qsizetype objectAt = std::max<qsizetype>(0, pending.lastIndexOf(" obj", open) - 16);
            QByteArray ready = pending.left(objectAt);
            (void)out.append(ready);
            pendingStart += objectAt;
            pending.remove(0, objectAt);
            pending += pdf.readAll();
            break;
        }
        const qsizetype keep = pending.size() - std::min<qsizetype>(pending.size(), 16);   // a "begincmap" cut in two
        (void)out.append(QByteArrayView(pending).first(keep));
        pendingStart += keep;
        pending.remove(0, keep);
        if (out.writeError() != 0)
            return {};
    }
    fixToUnicode(pending, aliases);
    addWideCharacters(pending, pendingStart, order);
    (void)out.append(pending);
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
    GlyphOrder order;
    Result<void> streamed;
    {
        QPdfWriter writer(&laidOut);
        writer.setTitle(data.title);
        writer.setCreator(QStringLiteral("Marginalia"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                                         QPageLayout::Millimeter));
        PdfPager pager(writer, font.families());
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
        order = pager.glyphOrder();
    }
    if (!streamed)
        return streamed;
    // A write that failed while the writer laid the PDF out (a full temporary folder) leaves a truncated file.
    if (!laidOut.flush() || laidOut.error() != QFileDevice::NoError || laidOut.size() < 5)
        return failure(QStringLiteral("cannot write the report %1: the PDF writer produced nothing").arg(path));
    AtomicFile file(path);
    if (auto ok = file.begin(); !ok)
        return ok;
    if (auto ok = copyFixed(laidOut, file, aliases, order); !ok) {
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
