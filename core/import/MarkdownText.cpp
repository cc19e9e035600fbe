#include "import/FormatReaders.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace marginalia {

namespace {

char32_t codePointAt(QStringView s, qsizetype i)
{
    if (i < 0 || i >= s.size())
        return 0;
    const QChar c = s.at(i);
    if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, s.at(i + 1));
    if (c.isLowSurrogate() && i > 0 && s.at(i - 1).isHighSurrogate())
        return QChar::surrogateToUcs4(s.at(i - 1), c);
    return c.unicode();
}

// Scripts written without spaces between words: a wrapped line joins without one.
bool isCjk(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x2FDF)     // radicals
        || (c >= 0x3000 && c <= 0x30FF)     // CJK punctuation, kana
        || (c >= 0x3400 && c <= 0x4DBF)     // extension A
        || (c >= 0x4E00 && c <= 0x9FFF)     // unified ideographs
        || (c >= 0xF900 && c <= 0xFAFF)     // compatibility ideographs
        || (c >= 0xFF00 && c <= 0xFFEF)     // fullwidth forms
        || (c >= 0x20000 && c <= 0x3FFFF);  // extensions B and later
}

bool isWhitespaceAt(QStringView s, qsizetype i)
{
    // Outside the text counts as whitespace, as CommonMark's flanking rules say.
    if (i < 0 || i >= s.size())
        return true;
    return s.at(i).isSpace();
}

// Punctuation for the flanking rules. CJK characters count too, so that emphasis works in
// Chinese, which has no spaces around it ("这是**重要**的").
bool isPunctuationAt(QStringView s, qsizetype i)
{
    if (i < 0 || i >= s.size())
        return false;
    const char32_t c = codePointAt(s, i);
    return QChar::isPunct(c) || QChar::isSymbol(c) || isCjk(c);
}

QString normalizeLabel(QStringView label)
{
    return label.toString().simplified().toCaseFolded();
}

struct Piece
{
    QString text;
    // For an emphasis delimiter run: the character ('*', '_' or '~'), its remaining length, and
    // whether it can open or close emphasis.
    QChar delimiter;
    int remaining = 0;
    bool canOpen = false;
    bool canClose = false;
};

class InlineRenderer
{
public:
    explicit InlineRenderer(const QSet<QString> &references)
        : m_references(references)
    {
    }

    QString render(QStringView s) const
    {
        QList<Piece> pieces;
        QString literal;
        const auto flushLiteral = [&]() {
            if (!literal.isEmpty()) {
                pieces.append(Piece{literal, QChar(), 0, false, false});
                literal.clear();
            }
        };
        qsizetype i = 0;
        const qsizetype n = s.size();
        while (i < n) {
            const QChar c = s.at(i);
            if (c == u'\\') {
                // A backslash escapes ASCII punctuation: \* is a literal star.
                if (i + 1 < n && s.at(i + 1).unicode() < 0x80 && (s.at(i + 1).isPunct() || s.at(i + 1).isSymbol())) {
                    literal.append(s.at(i + 1));
                    i += 2;
                } else {
                    literal.append(c);
                    ++i;
                }
                continue;
            }
            if (c == u'`') {
                if (const qsizetype end = codeSpan(s, i, literal); end > i) {
                    i = end;
                    continue;
                }
                // An unmatched run of backticks is literal.
                while (i < n && s.at(i) == u'`')
                    literal.append(s.at(i++));
                continue;
            }
            if (c == u'!' && i + 1 < n && s.at(i + 1) == u'[') {
                if (const qsizetype end = link(s, i + 1, literal); end > i) {
                    i = end;
                    continue;
                }
                literal.append(c);
                ++i;
                continue;
            }
            if (c == u'[') {
                if (const qsizetype end = link(s, i, literal); end > i) {
                    i = end;
                    continue;
                }
                literal.append(c);
                ++i;
                continue;
            }
            if (c == u'<') {
                if (const qsizetype end = angleBracket(s, i, literal); end > i) {
                    i = end;
                    continue;
                }
                literal.append(c);
                ++i;
                continue;
            }
            if (c == u'&') {
                if (const qsizetype end = entity(s, i, literal); end > i) {
                    i = end;
                    continue;
                }
                literal.append(c);
                ++i;
                continue;
            }
            if (c == u'*' || c == u'_' || c == u'~') {
                qsizetype end = i;
                while (end < n && s.at(end) == c)
                    ++end;
                const int length = static_cast<int>(end - i);
                // A single tilde is text ("~5 minutes"); only "~~" strikes through.
                if (c == u'~' && length != 2) {
                    literal.append(s.sliced(i, length));
                    i = end;
                    continue;
                }
                flushLiteral();
                pieces.append(delimiterRun(s, i, end));
                i = end;
                continue;
            }
            literal.append(c);
            ++i;
        }
        flushLiteral();
        resolveEmphasis(pieces);

        QString out;
        for (const Piece &piece : std::as_const(pieces)) {
            if (piece.delimiter.isNull())
                out += piece.text;
            else
                out += QString(piece.remaining, piece.delimiter);
        }
        return out;
    }

private:
    static Piece delimiterRun(QStringView s, qsizetype start, qsizetype end)
    {
        const QChar c = s.at(start);
        const bool nextSpace = isWhitespaceAt(s, end);
        const bool prevSpace = isWhitespaceAt(s, start - 1);
        const bool nextPunct = isPunctuationAt(s, end);
        const bool prevPunct = isPunctuationAt(s, start - 1);
        const bool leftFlanking = !nextSpace && (!nextPunct || prevSpace || prevPunct);
        const bool rightFlanking = !prevSpace && (!prevPunct || nextSpace || nextPunct);
        Piece piece;
        piece.delimiter = c;
        piece.remaining = static_cast<int>(end - start);
        piece.text = s.sliced(start, end - start).toString();
        if (c == u'_') {
            // No emphasis inside words: snake_case_name stays as it is.
            piece.canOpen = leftFlanking && (!rightFlanking || prevPunct);
            piece.canClose = rightFlanking && (!leftFlanking || nextPunct);
        } else {
            piece.canOpen = leftFlanking;
            piece.canClose = rightFlanking;
        }
        return piece;
    }

    // Pairs closers with the nearest earlier opener of the same character and drops the paired
    // delimiter characters; whatever is left unpaired stays as text.
    static void resolveEmphasis(QList<Piece> &pieces)
    {
        QList<qsizetype> openers;
        for (qsizetype k = 0; k < pieces.size(); ++k) {
            Piece &closer = pieces[k];
            if (closer.delimiter.isNull())
                continue;
            if (closer.canClose) {
                qsizetype depth = openers.size() - 1;
                while (closer.remaining > 0 && depth >= 0) {
                    Piece &opener = pieces[openers.at(depth)];
                    if (opener.delimiter != closer.delimiter || opener.remaining == 0) {
                        --depth;
                        continue;
                    }
                    const int used = std::min(opener.remaining, closer.remaining);
                    opener.remaining -= used;
                    closer.remaining -= used;
                    // Openers between the pair can no longer be matched.
                    openers.resize(opener.remaining > 0 ? depth + 1 : depth);
                    depth = openers.size() - 1;
                }
            }
            if (closer.canOpen && closer.remaining > 0)
                openers.append(k);
        }
    }

    // `code`: the content verbatim. Returns the end position, or start when there is no span.
    static qsizetype codeSpan(QStringView s, qsizetype start, QString &out)
    {
        qsizetype i = start;
        while (i < s.size() && s.at(i) == u'`')
            ++i;
        const qsizetype ticks = i - start;
        qsizetype search = i;
        while (search < s.size()) {
            const qsizetype close = s.indexOf(u'`', search);
            if (close < 0)
                return start;
            qsizetype closeEnd = close;
            while (closeEnd < s.size() && s.at(closeEnd) == u'`')
                ++closeEnd;
            if (closeEnd - close == ticks) {
                QStringView content = s.sliced(i, close - i);
                // One space of padding on both sides is dropped (it lets code start with a backtick).
                if (content.size() >= 2 && content.startsWith(u' ') && content.endsWith(u' ')
                    && !content.trimmed().isEmpty())
                    content = content.sliced(1, content.size() - 2);
                out += content;
                return closeEnd;
            }
            search = closeEnd;
        }
        return start;
    }

    // The position just after the ']' matching the '[' at start, or -1.
    static qsizetype closingBracket(QStringView s, qsizetype start)
    {
        int depth = 0;
        for (qsizetype i = start; i < s.size(); ++i) {
            const QChar c = s.at(i);
            if (c == u'\\') {
                ++i;
            } else if (c == u'`') {
                // Brackets inside code do not count.
                qsizetype end = i;
                while (end < s.size() && s.at(end) == u'`')
                    ++end;
                const qsizetype close = s.indexOf(s.sliced(i, end - i), end);
                i = close < 0 ? end - 1 : close + (end - i) - 1;
            } else if (c == u'[') {
                ++depth;
            } else if (c == u']') {
                if (--depth == 0)
                    return i + 1;
            }
        }
        return -1;
    }

    // [text](url "title"), [text][ref], [text][] or [ref] with a defined reference: the text.
    // Also images, where start is at the '[' after '!': the alt text.
    qsizetype link(QStringView s, qsizetype start, QString &out) const
    {
        const qsizetype labelEnd = closingBracket(s, start);
        if (labelEnd < 0)
            return start;
        const QStringView label = s.sliced(start + 1, labelEnd - start - 2);
        if (label.startsWith(u'^'))
            return start; // a footnote reference, kept as written
        if (labelEnd < s.size() && s.at(labelEnd) == u'(') {
            int depth = 0;
            for (qsizetype i = labelEnd; i < s.size(); ++i) {
                const QChar c = s.at(i);
                if (c == u'\\') {
                    ++i;
                } else if (c == u'(') {
                    ++depth;
                } else if (c == u')' && --depth == 0) {
                    out += render(label);
                    return i + 1;
                }
            }
            return start;
        }
        if (labelEnd < s.size() && s.at(labelEnd) == u'[') {
            const qsizetype refEnd = closingBracket(s, labelEnd);
            if (refEnd > 0) {
                const QStringView ref = s.sliced(labelEnd + 1, refEnd - labelEnd - 2);
                if (m_references.contains(normalizeLabel(ref.trimmed().isEmpty() ? label : ref))) {
                    out += render(label);
                    return refEnd;
                }
            }
            return start;
        }
        if (m_references.contains(normalizeLabel(label))) {
            out += render(label);
            return labelEnd;
        }
        return start;
    }

    // Autolinks become their address; HTML tags and comments disappear.
    static qsizetype angleBracket(QStringView s, qsizetype start, QString &out)
    {
        static const QRegularExpression autolink(QStringLiteral(R"(\G<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^<>\s]*)>)"));
        static const QRegularExpression email(QStringLiteral(R"(\G<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-]+@[A-Za-z0-9](?:[A-Za-z0-9.\-]*[A-Za-z0-9])?)>)"));
        static const QRegularExpression tag(QStringLiteral(R"(\G</?([A-Za-z][A-Za-z0-9\-]*)(?:\s[^<>]*)?/?>)"));
        static const QRegularExpression comment(QStringLiteral(R"(\G<!--.*?-->)"), QRegularExpression::DotMatchesEverythingOption);
        QRegularExpressionMatch match = autolink.match(s, start);
        if (!match.hasMatch())
            match = email.match(s, start);
        if (match.hasMatch()) {
            out += match.capturedView(1);
            return match.capturedEnd(0);
        }
        match = tag.match(s, start);
        if (match.hasMatch()) {
            if (match.capturedView(1).compare(u"br", Qt::CaseInsensitive) == 0)
                out += u' ';
            return match.capturedEnd(0);
        }
        match = comment.match(s, start);
        if (match.hasMatch())
            return match.capturedEnd(0);
        return start;
    }

    // Character references, decoded as the HTML reader decodes them.
    static qsizetype entity(QStringView s, qsizetype start, QString &out)
    {
        static const QRegularExpression reference(
            QStringLiteral(R"(\G&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"));
        const QRegularExpressionMatch match = reference.match(s, start);
        if (!match.hasMatch())
            return start;
        const QString written = match.captured(0);
        const QString decoded = htmlToPlainText(written);
        if (decoded == written)
            return start; // unknown name: literal
        if (decoded.isEmpty()) {
            // Whitespace such as &nbsp; collapses to nothing in a one-entity page; a soft hyphen is nothing.
            if (written != u"&shy;")
                out += u' ';
        } else {
            out += decoded;
        }
        return match.capturedEnd(0);
    }

    const QSet<QString> &m_references;
};

// A line with its block quote markers removed.
struct QuotedLine
{
    int depth = 0;
    QString content;
};

QuotedLine stripQuotes(const QString &line)
{
    QuotedLine result;
    qsizetype i = 0;
    while (true) {
        qsizetype j = i;
        while (j < line.size() && j - i < 3 && line.at(j) == u' ')
            ++j;
        if (j < line.size() && line.at(j) == u'>') {
            ++result.depth;
            i = j + 1;
            if (i < line.size() && line.at(i) == u' ')
                ++i;
        } else {
            break;
        }
    }
    result.content = line.sliced(i);
    return result;
}

class MarkdownConverter
{
public:
    QString run(const QString &markdown)
    {
        QString source = markdown;
        source.replace(u"\r\n"_s, u"\n"_s);
        source.replace(u'\r', u'\n');
        const QStringList lines = source.split(u'\n');
        collectReferences(lines);
        const InlineRenderer renderer(m_references);
        m_renderer = &renderer;
        for (const QString &line : lines)
            processLine(line);
        flushParagraph();
        m_renderer = nullptr;

        QStringList result;
        bool previousBlank = true;
        for (const QString &line : std::as_const(m_out)) {
            const bool blank = line.trimmed().isEmpty();
            if (blank && previousBlank)
                continue;
            result.append(blank ? QString() : line);
            previousBlank = blank;
        }
        while (!result.isEmpty() && result.constLast().isEmpty())
            result.removeLast();
        return result.join(u'\n');
    }

private:
    void collectReferences(const QStringList &lines)
    {
        for (const QString &line : lines) {
            const QRegularExpressionMatch match = referenceDefinition().match(stripQuotes(line).content);
            if (match.hasMatch())
                m_references.insert(normalizeLabel(match.capturedView(1)));
        }
    }

    static const QRegularExpression &referenceDefinition()
    {
        static const QRegularExpression re(QStringLiteral(R"(^ {0,3}\[([^\]^][^\]]*)\]:[ \t]*\S)"));
        return re;
    }

    void processLine(const QString &line)
    {
        static const QRegularExpression fenceOpen(QStringLiteral(R"(^(\s*)(`{3,}|~{3,})(.*)$)"));
        static const QRegularExpression setext(QStringLiteral(R"(^ {0,3}(=+|-+)[ \t]*$)"));
        static const QRegularExpression rule(QStringLiteral(R"(^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$)"));
        static const QRegularExpression listItem(QStringLiteral(R"(^\s*(?:([-*+])|(\d{1,9})[.)])(?:[ \t]+(.*))?$)"));
        static const QRegularExpression tableDelimiter(QStringLiteral(R"(^\s*\|?(\s*:?-+:?\s*\|)+(\s*:?-+:?\s*)?$)"));
        static const QRegularExpression taskBox(QStringLiteral(R"(^\[[ xX]\](?:[ \t]+|$))"));

        if (m_inFence) {
            // Code inside a block quote still carries the quote markers.
            const QString content = m_fenceQuote > 0 ? stripQuotes(line).content : line;
            if (isFenceClose(content))
                m_inFence = false;
            else
                m_out.append(removeIndent(content, m_fenceIndent));
            return;
        }

        const QuotedLine quoted = stripQuotes(line);
        const QString &content = quoted.content;
        if (content.trimmed().isEmpty()) {
            flushParagraph();
            m_out.append(QString());
            return;
        }
        if (quoted.depth != m_paragraphQuote)
            flushParagraph();
        m_paragraphQuote = quoted.depth;

        QRegularExpressionMatch match = fenceOpen.match(content);
        if (match.hasMatch() && !(match.capturedView(2).startsWith(u'`') && match.capturedView(3).contains(u'`'))) {
            flushParagraph();
            m_inFence = true;
            m_fenceChar = match.capturedView(2).at(0);
            m_fenceLength = match.capturedLength(2);
            m_fenceIndent = match.capturedLength(1);
            m_fenceQuote = quoted.depth;
            return;
        }
        if (referenceDefinition().match(content).hasMatch()) {
            flushParagraph();
            return;
        }
        if (const std::optional<QString> heading = atxHeading(content)) {
            flushParagraph();
            emitLine(*heading);
            return;
        }
        // A setext underline makes the paragraph above it a heading; it is one line already.
        if (!m_paragraph.isEmpty() && setext.match(content).hasMatch()) {
            flushParagraph();
            return;
        }
        if (rule.match(content).hasMatch()) {
            flushParagraph();
            return;
        }
        // Table rows (GFM): one line per row, cells separated by a tab as in the other readers;
        // the |---|:--:| delimiter row goes.
        if (content.trimmed().startsWith(u'|')) {
            flushParagraph();
            if (!tableDelimiter.match(content).hasMatch())
                emitTableRow(content.trimmed());
            return;
        }
        match = listItem.match(content);
        // An ordered list interrupts a paragraph only when it starts at 1 ("...in\n2019. We"); the
        // next item of a list may have any number.
        const bool interrupts = m_paragraph.isEmpty() || m_paragraphIsItem || match.capturedView(2).isEmpty()
                             || match.capturedView(2) == u"1";
        if (match.hasMatch() && interrupts && !match.capturedView(3).trimmed().isEmpty()) {
            flushParagraph();
            QString item = match.captured(3);
            item.remove(taskBox);
            m_paragraph.append(item.trimmed());
            m_paragraphIsItem = true;
            return;
        }
        if (match.hasMatch() && interrupts)
            return; // an empty list item
        m_paragraph.append(content.trimmed());
    }

    static std::optional<QString> atxHeading(const QString &content)
    {
        qsizetype i = 0;
        while (i < content.size() && i < 3 && content.at(i) == u' ')
            ++i;
        const qsizetype hashes = i;
        while (i < content.size() && content.at(i) == u'#')
            ++i;
        const qsizetype level = i - hashes;
        if (level < 1 || level > 6 || (i < content.size() && content.at(i) != u' ' && content.at(i) != u'\t'))
            return std::nullopt;
        QString text = content.sliced(i).trimmed();
        // An optional closing sequence of '#' after a space: "## Title ##".
        qsizetype end = text.size();
        while (end > 0 && text.at(end - 1) == u'#')
            --end;
        if (end == 0 || text.at(end - 1) == u' ' || text.at(end - 1) == u'\t')
            text = text.first(end).trimmed();
        return text;
    }

    bool isFenceClose(const QString &line) const
    {
        const QString trimmed = line.trimmed();
        if (trimmed.size() < m_fenceLength)
            return false;
        for (const QChar c : trimmed) {
            if (c != m_fenceChar)
                return false;
        }
        return true;
    }

    static QString removeIndent(const QString &line, qsizetype indent)
    {
        qsizetype i = 0;
        while (i < line.size() && i < indent && line.at(i) == u' ')
            ++i;
        return line.sliced(i);
    }

    void flushParagraph()
    {
        if (m_paragraph.isEmpty())
            return;
        QString joined;
        for (QString line : std::as_const(m_paragraph)) {
            // A trailing backslash is a hard line break; the paragraph becomes one line anyway.
            if (line.endsWith(u'\\') && !line.endsWith(u"\\\\"))
                line.chop(1);
            line = line.trimmed();
            if (line.isEmpty())
                continue;
            if (!joined.isEmpty()) {
                // Chinese has no spaces between words, so wrapped CJK lines join directly.
                const bool cjkJoin = isCjk(codePointAt(joined, joined.size() - 1)) && isCjk(codePointAt(line, 0));
                if (!cjkJoin)
                    joined += u' ';
            }
            joined += line;
        }
        m_paragraph.clear();
        m_paragraphIsItem = false;
        emitLine(joined);
    }

    void emitTableRow(const QString &row)
    {
        QStringList cells;
        QString cell;
        // Split at pipes that are neither escaped nor inside a code span.
        bool inCode = false;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QChar c = row.at(i);
            if (c == u'\\' && i + 1 < row.size() && row.at(i + 1) == u'|') {
                cell += u'|';
                ++i;
            } else if (c == u'`') {
                inCode = !inCode;
                cell += c;
            } else if (c == u'|' && !inCode) {
                cells.append(cell);
                cell.clear();
            } else {
                cell += c;
            }
        }
        cells.append(cell);
        // The pipes at both ends leave an empty first and last cell.
        if (!cells.isEmpty() && cells.constFirst().trimmed().isEmpty())
            cells.removeFirst();
        if (!cells.isEmpty() && cells.constLast().trimmed().isEmpty() && row.endsWith(u'|'))
            cells.removeLast();
        for (QString &text : cells)
            text = m_renderer->render(text.trimmed()).trimmed();
        const QString line = cells.join(u'\t');
        if (!line.trimmed().isEmpty())
            m_out.append(line);
    }

    void emitLine(const QString &text)
    {
        const QString rendered = m_renderer->render(text).trimmed();
        if (!rendered.isEmpty())
            m_out.append(rendered);
    }

    QSet<QString> m_references;
    const InlineRenderer *m_renderer = nullptr;
    QStringList m_out;
    QStringList m_paragraph;
    bool m_paragraphIsItem = false;
    int m_paragraphQuote = 0;
    bool m_inFence = false;
    QChar m_fenceChar;
    qsizetype m_fenceLength = 0;
    qsizetype m_fenceIndent = 0;
    int m_fenceQuote = 0;
};

} // namespace

QString markdownToPlainText(const QString &markdown)
{
    return MarkdownConverter().run(markdown);
}

} // namespace marginalia
