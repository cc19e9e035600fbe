#include "import/FormatReaders.h"

#include <QSet>

#include <QBitArray>
#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace marginalia {

namespace {

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c);
}

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> entities = {
        {u"amp"_s, U'&'},       {u"lt"_s, U'<'},        {u"gt"_s, U'>'},        {u"quot"_s, U'"'},
        {u"apos"_s, U'\''},     {u"nbsp"_s, 0xA0},      {u"ensp"_s, 0x2002},    {u"emsp"_s, 0x2003},
        {u"thinsp"_s, 0x2009},  {u"shy"_s, 0xAD},       {u"ndash"_s, 0x2013},   {u"mdash"_s, 0x2014},
        {u"hellip"_s, 0x2026},  {u"lsquo"_s, 0x2018},   {u"rsquo"_s, 0x2019},   {u"sbquo"_s, 0x201A},
        {u"ldquo"_s, 0x201C},   {u"rdquo"_s, 0x201D},   {u"bdquo"_s, 0x201E},   {u"lsaquo"_s, 0x2039},
        {u"rsaquo"_s, 0x203A},  {u"laquo"_s, 0xAB},     {u"raquo"_s, 0xBB},     {u"copy"_s, 0xA9},
        {u"reg"_s, 0xAE},       {u"trade"_s, 0x2122},   {u"middot"_s, 0xB7},    {u"bull"_s, 0x2022},
        {u"times"_s, 0xD7},     {u"divide"_s, 0xF7},    {u"euro"_s, 0x20AC},    {u"pound"_s, 0xA3},
        {u"yen"_s, 0xA5},       {u"cent"_s, 0xA2},      {u"sect"_s, 0xA7},      {u"para"_s, 0xB6},
        {u"deg"_s, 0xB0},       {u"plusmn"_s, 0xB1},    {u"micro"_s, 0xB5},     {u"frac12"_s, 0xBD},
        {u"frac14"_s, 0xBC},    {u"frac34"_s, 0xBE},    {u"sup1"_s, 0xB9},      {u"sup2"_s, 0xB2},
        {u"sup3"_s, 0xB3},      {u"iexcl"_s, 0xA1},     {u"iquest"_s, 0xBF},    {u"dagger"_s, 0x2020},
        {u"Dagger"_s, 0x2021},  {u"permil"_s, 0x2030},  {u"prime"_s, 0x2032},   {u"larr"_s, 0x2190},
        {u"rarr"_s, 0x2192},    {u"uarr"_s, 0x2191},    {u"darr"_s, 0x2193},    {u"harr"_s, 0x2194},
        {u"le"_s, 0x2264},      {u"ge"_s, 0x2265},      {u"ne"_s, 0x2260},      {u"minus"_s, 0x2212},
        {u"infin"_s, 0x221E},   {u"asymp"_s, 0x2248},   {u"zwj"_s, 0x200D},     {u"zwnj"_s, 0x200C},
        {u"Agrave"_s, 0xC0},    {u"Aacute"_s, 0xC1},    {u"Acirc"_s, 0xC2},     {u"Atilde"_s, 0xC3},
        {u"Auml"_s, 0xC4},      {u"Aring"_s, 0xC5},     {u"AElig"_s, 0xC6},     {u"Ccedil"_s, 0xC7},
        {u"Egrave"_s, 0xC8},    {u"Eacute"_s, 0xC9},    {u"Ecirc"_s, 0xCA},     {u"Euml"_s, 0xCB},
        {u"Igrave"_s, 0xCC},    {u"Iacute"_s, 0xCD},    {u"Icirc"_s, 0xCE},     {u"Iuml"_s, 0xCF},
        {u"Ntilde"_s, 0xD1},    {u"Ograve"_s, 0xD2},    {u"Oacute"_s, 0xD3},    {u"Ocirc"_s, 0xD4},
        {u"Otilde"_s, 0xD5},    {u"Ouml"_s, 0xD6},      {u"Oslash"_s, 0xD8},    {u"Ugrave"_s, 0xD9},
        {u"Uacute"_s, 0xDA},    {u"Ucirc"_s, 0xDB},     {u"Uuml"_s, 0xDC},      {u"Yacute"_s, 0xDD},
        {u"szlig"_s, 0xDF},     {u"agrave"_s, 0xE0},    {u"aacute"_s, 0xE1},    {u"acirc"_s, 0xE2},
        {u"atilde"_s, 0xE3},    {u"auml"_s, 0xE4},      {u"aring"_s, 0xE5},     {u"aelig"_s, 0xE6},
        {u"ccedil"_s, 0xE7},    {u"egrave"_s, 0xE8},    {u"eacute"_s, 0xE9},    {u"ecirc"_s, 0xEA},
        {u"euml"_s, 0xEB},      {u"igrave"_s, 0xEC},    {u"iacute"_s, 0xED},    {u"icirc"_s, 0xEE},
        {u"iuml"_s, 0xEF},      {u"ntilde"_s, 0xF1},    {u"ograve"_s, 0xF2},    {u"oacute"_s, 0xF3},
        {u"ocirc"_s, 0xF4},     {u"otilde"_s, 0xF5},    {u"ouml"_s, 0xF6},      {u"oslash"_s, 0xF8},
        {u"ugrave"_s, 0xF9},    {u"uacute"_s, 0xFA},    {u"ucirc"_s, 0xFB},     {u"uuml"_s, 0xFC},
        {u"yacute"_s, 0xFD},    {u"yuml"_s, 0xFF},      {u"OElig"_s, 0x152},    {u"oelig"_s, 0x153},
        {u"Scaron"_s, 0x160},   {u"scaron"_s, 0x161},   {u"Yuml"_s, 0x178},     {u"alpha"_s, 0x3B1},
        {u"beta"_s, 0x3B2},     {u"gamma"_s, 0x3B3},    {u"delta"_s, 0x3B4},    {u"pi"_s, 0x3C0},
        {u"mu"_s, 0x3BC},       {u"sigma"_s, 0x3C3},    {u"Omega"_s, 0x3A9},
    };
    return entities;
}

// Browsers read &#128;..&#159; as Windows-1252, since that is what such pages meant.
char32_t windows1252Fixup(char32_t c)
{
    static constexpr char16_t table[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    };
    if (c >= 0x80 && c <= 0x9F)
        return table[c - 0x80];
    return c;
}

// Builds the plain text line by line.
class TextBuilder
{
public:
    // Characters of the document text. In <pre> whitespace is kept; elsewhere a run of it is one
    // space, and none at the start or end of a line.
    void addText(QStringView text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (m_preDepth > 0) {
                if (c == u'\r') {
                    if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                        ++i;
                    forceLineBreak();
                } else if (c == u'\n') {
                    forceLineBreak();
                } else {
                    m_line.append(c);
                }
            } else if (isHtmlSpace(c)) {
                m_pendingSpace = true;
            } else {
                addVisible(c);
            }
        }
    }

    // Decoded entity text: a no-break space counts as whitespace, a soft hyphen as nothing.
    void addEntity(char32_t c)
    {
        m_skipNewlineAfterPre = false;
        if (c == 0xAD)
            return;
        if ((c == 0xA0 && m_preDepth == 0) || (c < 0x80 && isHtmlSpace(QChar(static_cast<char16_t>(c))))) {
            // &nbsp; and &#32; are whitespace like any other (a no-break space is kept in <pre>).
            const QChar space(static_cast<char16_t>(c == 0xA0 ? u' ' : c));
            addText(QStringView(&space, 1));
            return;
        }
        if (QChar::requiresSurrogates(c)) {
            addVisible(QChar(QChar::highSurrogate(c)));
            m_line.append(QChar(QChar::lowSurrogate(c)));
        } else {
            addVisible(QChar(static_cast<char16_t>(c)));
        }
    }

    // A block boundary: ends the line if it has text (inside a table cell, a space instead).
    void blockBoundary()
    {
        if (m_inCell) {
            m_pendingSpace = true;
            return;
        }
        if (!m_line.isEmpty())
            pushLine();
        m_pendingSpace = false;
    }

    // <br>: always a new line, so <br><br> makes an empty one.
    void lineBreak()
    {
        if (m_inCell) {
            m_pendingSpace = true;
            return;
        }
        forceLineBreak();
    }

    void startRow()
    {
        m_inCell = false;
        blockBoundary();
        m_cellsInRow = 0;
    }

    void startCell()
    {
        if (m_cellsInRow > 0)
            m_line.append(u'\t');
        ++m_cellsInRow;
        m_inCell = true;
        m_pendingSpace = false;
    }

    void endCell() { m_inCell = false; }

    void endTable()
    {
        m_inCell = false;
        blockBoundary();
        m_cellsInRow = 0;
    }

    void enterPre()
    {
        blockBoundary();
        ++m_preDepth;
        m_skipNewlineAfterPre = true;
    }

    void leavePre()
    {
        if (m_preDepth > 0)
            --m_preDepth;
        blockBoundary();
    }

    // HTML drops a newline directly after <pre>.
    bool consumeNewlineAfterPre(QStringView rest)
    {
        if (!m_skipNewlineAfterPre)
            return false;
        m_skipNewlineAfterPre = false;
        return m_preDepth > 0 && (rest.startsWith(u'\n') || rest.startsWith(u"\r\n"));
    }

    void noteMarkup() { m_skipNewlineAfterPre = false; }

    QString finish()
    {
        if (!m_line.isEmpty())
            pushLine();
        // Trim, and let no more than one blank line stand in a row.
        QStringList result;
        bool previousBlank = true;
        for (const QString &line : std::as_const(m_lines)) {
            const bool blank = line.isEmpty();
            if (blank && previousBlank)
                continue;
            result.append(line);
            previousBlank = blank;
        }
        while (!result.isEmpty() && result.constLast().isEmpty())
            result.removeLast();
        return result.join(u'\n');
    }

private:
    void addVisible(QChar c)
    {
        if (m_pendingSpace && !m_line.isEmpty() && !m_line.endsWith(u'\t'))
            m_line.append(u' ');
        m_pendingSpace = false;
        m_line.append(c);
    }

    void forceLineBreak()
    {
        pushLine();
        m_pendingSpace = false;
    }

    void pushLine()
    {
        qsizetype end = m_line.size();
        while (end > 0 && (m_line.at(end - 1) == u' ' || m_line.at(end - 1) == u'\t'))
            --end;
        m_line.truncate(end);
        m_lines.append(m_line);
        m_line.clear();
    }

    QStringList m_lines;
    QString m_line;
    bool m_pendingSpace = false;
    bool m_inCell = false;
    int m_cellsInRow = 0;
    int m_preDepth = 0;
    bool m_skipNewlineAfterPre = false;
};

bool isBlockElement(QStringView name)
{
    static const QStringList blocks = {
        u"p"_s,       u"div"_s,     u"h1"_s,      u"h2"_s,         u"h3"_s,     u"h4"_s,      u"h5"_s,
        u"h6"_s,      u"li"_s,      u"blockquote"_s, u"section"_s, u"article"_s, u"ul"_s,    u"ol"_s,
        u"dl"_s,      u"dd"_s,      u"dt"_s,      u"hr"_s,         u"header"_s, u"footer"_s,  u"nav"_s,
        u"aside"_s,   u"main"_s,    u"figure"_s,  u"figcaption"_s, u"address"_s, u"caption"_s, u"form"_s,
        u"fieldset"_s, u"legend"_s, u"details"_s, u"summary"_s,    u"center"_s, u"body"_s,    u"html"_s,
        u"option"_s,  u"menu"_s,
    };
    return blocks.contains(name);
}

// Elements whose content is never shown as text.
bool isSkippedElement(QStringView name)
{
    return name == u"script" || name == u"style" || name == u"head" || name == u"title" || name == u"template"
        || name == u"noscript" || name == u"textarea" || name == u"select";
}

// Script and style content is raw text: it ends only at the matching end tag.
bool isRawTextElement(QStringView name)
{
    return name == u"script" || name == u"style" || name == u"textarea" || name == u"title";
}

bool isHeadElement(QStringView name)
{
    return name == u"meta" || name == u"link" || name == u"base" || name == u"basefont" || name == u"bgsound";
}

// Elements whose end tag may be left out (or that have none): not counted in the depth of open elements.
bool endTagOptional(QStringView name)
{
    static const QSet<QString> names = {
        u"area"_s,  u"base"_s,   u"br"_s,       u"col"_s,      u"embed"_s, u"hr"_s,     u"img"_s,   u"input"_s,
        u"link"_s,  u"meta"_s,   u"param"_s,    u"source"_s,   u"track"_s, u"wbr"_s,    u"p"_s,     u"li"_s,
        u"dt"_s,    u"dd"_s,     u"option"_s,   u"optgroup"_s, u"tr"_s,    u"td"_s,     u"th"_s,    u"thead"_s,
        u"tbody"_s, u"tfoot"_s,  u"colgroup"_s, u"rt"_s,       u"rp"_s,    u"html"_s,   u"head"_s,  u"body"_s,
        u"basefont"_s, u"frame"_s, u"keygen"_s, u"image"_s,    u"menuitem"_s};
    return names.contains(name.toString());
}

class HtmlConverter
{
public:
    explicit HtmlConverter(const QString &html, const HtmlLimits &limits = {qint64(-1), -1})
        : m_html(html), m_limits(limits)
    {
    }

    // Empty when the text was read whole; else why the limits refused it.
    const QString &refusal() const { return m_refusal; }

    QString run()
    {
        const qsizetype n = m_html.size();
        qsizetype textStart = 0;
        qint64 steps = 0;
        while (m_pos < n && m_refusal.isEmpty()) {
            // Every 64K steps (characters or markup), a look at whether the read was cancelled.
            if ((++steps & 0xFFFF) == 0 && m_limits.cancel && m_limits.cancel->load(std::memory_order_relaxed)) {
                m_refusal = u"cancelled"_s;
                break;
            }
            const QChar c = m_html.at(m_pos);
            if (c != u'<' && c != u'&') {
                ++m_pos;
                continue;
            }
            flushText(textStart, m_pos);
            if (c == u'&')
                readEntity();
            else
                readMarkup();
            textStart = m_pos;
        }
        flushText(textStart, n);
        return m_out.finish();
    }

private:
    void flushText(qsizetype from, qsizetype to)
    {
        if (to <= from || m_skipDepth > 0)
            return;
        QStringView text = QStringView(m_html).sliced(from, to - from);
        if (m_out.consumeNewlineAfterPre(text))
            text = text.sliced(text.startsWith(u'\r') ? 2 : 1);
        m_out.addText(text);
    }

    // Position of needle (ASCII, lower case) at or after from, ignoring case; -1 if none.
    qsizetype findInsensitive(QStringView needle, qsizetype from) const
    {
        return QStringView(m_html).indexOf(needle, from, Qt::CaseInsensitive);
    }

    void readEntity()
    {
        const qsizetype n = m_html.size();
        qsizetype i = m_pos + 1;
        if (i < n && m_html.at(i) == u'#') {
            ++i;
            bool hex = false;
            if (i < n && (m_html.at(i) == u'x' || m_html.at(i) == u'X')) {
                hex = true;
                ++i;
            }
            const qsizetype digitsStart = i;
            while (i < n && i - digitsStart < 8 && (hex ? isHexDigit(m_html.at(i)) : isAsciiDigit(m_html.at(i))))
                ++i;
            if (i == digitsStart) {
                emitLiteral(m_pos, i);
                return;
            }
            bool ok = false;
            uint value = QStringView(m_html).sliced(digitsStart, i - digitsStart).toUInt(&ok, hex ? 16 : 10);
            if (i < n && m_html.at(i) == u';')
                ++i;
            char32_t c = ok ? windows1252Fixup(value) : 0xFFFD;
            if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
                c = 0xFFFD;
            emitEntity(c);
            m_pos = i;
            return;
        }
        const qsizetype nameStart = i;
        while (i < n && i - nameStart < 32 && isAsciiAlnum(m_html.at(i)))
            ++i;
        if (i > nameStart && i < n && m_html.at(i) == u';') {
            const auto found = namedEntities().constFind(m_html.sliced(nameStart, i - nameStart));
            if (found != namedEntities().cend()) {
                emitEntity(found.value());
                m_pos = i + 1;
                return;
            }
        }
        // Unknown or malformed: the text stays as written.
        emitLiteral(m_pos, m_pos + 1);
    }

    void emitEntity(char32_t c)
    {
        if (m_skipDepth == 0)
            m_out.addEntity(c);
    }

    void emitLiteral(qsizetype from, qsizetype to)
    {
        flushText(from, to);
        m_pos = to;
    }

    // At '<': a comment, doctype, processing instruction, CDATA section, tag, or a plain '<'.
    void readMarkup()
    {
        const qsizetype n = m_html.size();
        const QStringView rest = QStringView(m_html).sliced(m_pos);
        if (rest.startsWith(u"<!--")) {
            const qsizetype end = findInsensitive(u"-->", m_pos + 4);
            m_pos = end < 0 ? n : end + 3;
            m_out.noteMarkup();
            return;
        }
        if (rest.startsWith(u"<![CDATA[")) {
            const qsizetype end = findInsensitive(u"]]>", m_pos + 9);
            m_pos = end < 0 ? n : end + 3;
            m_out.noteMarkup();
            return;
        }
        if (rest.startsWith(u"<!") || rest.startsWith(u"<?")
            || (rest.startsWith(u"</") && !(rest.size() > 2 && isAsciiLetter(rest.at(2))))) {
            // Doctype, processing instruction, or a bogus end tag: skipped up to '>'.
            const qsizetype end = m_html.indexOf(u'>', m_pos + 2);
            m_pos = end < 0 ? n : end + 1;
            m_out.noteMarkup();
            return;
        }
        const bool closing = rest.startsWith(u"</");
        const qsizetype nameStart = m_pos + (closing ? 2 : 1);
        if (nameStart >= n || !isAsciiLetter(m_html.at(nameStart))) {
            // A lone '<' is text.
            emitLiteral(m_pos, m_pos + 1);
            return;
        }
        qsizetype i = nameStart;
        while (i < n && (isAsciiAlnum(m_html.at(i)) || m_html.at(i) == u'-' || m_html.at(i) == u':'))
            ++i;
        const QString name = m_html.sliced(nameStart, i - nameStart).toLower();
        // Attributes up to '>', honouring quotes; an unterminated tag runs to the end.
        if (tagNeverEnds(i)) {
            // No '>' anywhere after it: "c<d" in running text, or a truncated file. Keep it as text.
            emitLiteral(m_pos, m_pos + 1);
            return;
        }
        QChar quote;
        bool selfClosing = false;
        while (i < n) {
            const QChar c = m_html.at(i);
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'>') {
                selfClosing = i > nameStart && m_html.at(i - 1) == u'/';
                break;
            }
            ++i;
        }
        if (i >= n) {
            // No '>' anywhere after it: "c<d" in running text, or a truncated file. Keep it as text.
            noteTagNeverEnds();
            emitLiteral(m_pos, m_pos + 1);
            return;
        }
        m_pos = i + 1;
        m_out.noteMarkup();
        if (closing)
            endTag(name);
        else
            startTag(name, selfClosing);
    }

    // Whether a tag's attributes starting at `from` (outside quotes) reach the end of the page
    // without a '>'. Known only after a first such tag: then, for every position at once, in one
    // backward pass (one bit per character), so that thousands of unclosed "<a" or "<a \"" do not
    // each scan the rest of the page.
    bool tagNeverEnds(qsizetype from) const
    {
        return !m_tagNeverEnds.isEmpty() && m_tagNeverEnds.testBit(from);
    }

    void noteTagNeverEnds()
    {
        if (!m_tagNeverEnds.isEmpty())
            return;
        const qsizetype n = m_html.size();
        m_tagNeverEnds.resize(n + 1);
        // From position p on, in each quoting state: does the scan reach the end without a '>'?
        bool plain = true;
        bool inDouble = true;
        bool inSingle = true;
        m_tagNeverEnds.setBit(n);
        for (qsizetype p = n - 1; p >= 0; --p) {
            const QChar c = m_html.at(p);
            const bool plainHere = c == u'>' ? false : c == u'"' ? inDouble : c == u'\'' ? inSingle : plain;
            const bool doubleHere = c == u'"' ? plain : inDouble;
            const bool singleHere = c == u'\'' ? plain : inSingle;
            plain = plainHere;
            inDouble = doubleHere;
            inSingle = singleHere;
            m_tagNeverEnds.setBit(p, plain);
        }
    }

    void startTag(const QString &name, bool selfClosing)
    {
        if (m_limits.maxElements >= 0 && ++m_elements > m_limits.maxElements) {
            m_refusal = u"is too large to import: its HTML has more than "_s + QString::number(m_limits.maxElements)
                        + u" elements, the limit"_s;
            return;
        }
        if (isSkippedElement(name)) {
            if (selfClosing)
                return;
            if (isRawTextElement(name)) {
                // Everything up to the end tag is script or style source.
                const qsizetype end = findInsensitive(QString(u"</"_s + name), m_pos);
                if (end < 0) {
                    m_pos = m_html.size();
                    return;
                }
                const qsizetype close = m_html.indexOf(u'>', end);
                m_pos = close < 0 ? m_html.size() : close + 1;
                return;
            }
            if (name == u"head") {
                m_inHead = true;
                ++m_skipDepth;
            } else {
                ++m_skipped[name];
                ++m_skipDepth;
            }
            return;
        }
        if (m_inHead && !isHeadElement(name)) {
            // <head> without its end tag ends where the body's content begins.
            m_inHead = false;
            --m_skipDepth;
        }
        if (m_skipDepth > 0)
            return;
        // Depth among the shown elements (hidden ones are counted by name above, whatever their nesting).
        if (!selfClosing && !endTagOptional(name)) {
            ++m_open[name];
            if (m_limits.maxDepth >= 0 && ++m_depth > m_limits.maxDepth) {
                m_refusal = u"is nested too deeply to import: its HTML has more than "_s
                            + QString::number(m_limits.maxDepth) + u" elements open at once, the limit"_s;
                return;
            }
        }
        if (name == u"br") {
            m_out.lineBreak();
        } else if (name == u"tr") {
            m_out.startRow();
        } else if (name == u"td" || name == u"th") {
            m_out.startCell();
        } else if (name == u"table") {
            m_out.endTable();
        } else if (name == u"pre" || name == u"listing" || name == u"xmp") {
            if (!selfClosing)
                m_out.enterPre();
        } else if (isBlockElement(name)) {
            m_out.blockBoundary();
        }
    }

    void endTag(const QString &name)
    {
        if (const auto open = m_open.find(name); open != m_open.end() && open.value() > 0) {
            --open.value();
            --m_depth;
        }
        if (name == u"head") {
            if (m_inHead) {
                m_inHead = false;
                --m_skipDepth;
            }
            return;
        }
        if (isSkippedElement(name)) {
            const auto open = m_skipped.find(name);
            if (open != m_skipped.end() && open.value() > 0) {
                --open.value();
                --m_skipDepth;
            }
            return;
        }
        if (m_skipDepth > 0)
            return;
        if (name == u"td" || name == u"th") {
            m_out.endCell();
        } else if (name == u"tr") {
            m_out.startRow();
        } else if (name == u"table") {
            m_out.endTable();
        } else if (name == u"pre" || name == u"listing" || name == u"xmp") {
            m_out.leavePre();
        } else if (name == u"br") {
            // Browsers treat </br> as <br>.
            m_out.lineBreak();
        } else if (isBlockElement(name)) {
            m_out.blockBoundary();
        }
    }

    const QString &m_html;
    HtmlLimits m_limits;   // negative: no limit
    QString m_refusal;
    qint64 m_elements = 0;
    qint64 m_depth = 0;    // open elements whose end tag is required
    QHash<QString, qint64> m_open;   // of those, how many of each name
    qsizetype m_pos = 0;
    TextBuilder m_out;
    // Open elements whose content is hidden (<head>, <noscript>, ...).
    qsizetype m_skipDepth = 0;
    bool m_inHead = false;
    // How many of each are open (a count, not a list: closing one is not a search).
    QHash<QString, qsizetype> m_skipped;
    QBitArray m_tagNeverEnds;
};

} // namespace

QString htmlToPlainText(const QString &html)
{
    return HtmlConverter(html).run();
}

Result<QString> htmlToPlainText(const QString &html, const HtmlLimits &limits)
{
    HtmlConverter converter(html, limits);
    QString text = converter.run();
    if (!converter.refusal().isEmpty())
        return failure(converter.refusal());
    return text;
}

} // namespace marginalia
