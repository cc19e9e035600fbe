#include "import/FormatReaders.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>
#include <deque>
#include <vector>

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

// Renders one paragraph's inline markup in a single pass, without recursion, in time linear in
// its length: a hostile paragraph ('[' * 20,000, links nested 20,000 deep, thousands of unclosed
// '<!--' or backtick runs) costs what its size costs. Links are resolved as CommonMark does, with
// a stack of open brackets: at a ']' the nearest open '[' decides, by what follows, whether the two
// make a link (their label stays, already rendered) or stay literal. Emphasis inside a link's label
// is paired within the label only.
class InlineRenderer
{
public:
    explicit InlineRenderer(const QSet<QString> &references)
        : m_references(references)
    {
    }

    QString render(QStringView s) const
    {
        Pass pass(s, m_references);
        return pass.run();
    }

private:
    // CommonMark's longest link label; longer bracketed text is never looked up as a reference.
    static constexpr qsizetype kMaxLabelLength = 999;

    class Pass
    {
    public:
        Pass(QStringView s, const QSet<QString> &references)
            : m_s(s), m_references(references)
        {
            matchDestinationParens();
        }

        QString run()
        {
            qsizetype i = 0;
            const qsizetype n = m_s.size();
            while (i < n) {
                const QChar c = m_s.at(i);
                if (c == u'\\') {
                    // A backslash escapes ASCII punctuation: \* is a literal star.
                    if (i + 1 < n && m_s.at(i + 1).unicode() < 0x80 && (m_s.at(i + 1).isPunct() || m_s.at(i + 1).isSymbol())) {
                        m_text.append(m_s.at(i + 1));
                        i += 2;
                    } else {
                        m_text.append(c);
                        ++i;
                    }
                    continue;
                }
                if (c == u'`') {
                    i = codeSpan(i);
                    continue;
                }
                if (c == u'!' && i + 1 < n && m_s.at(i + 1) == u'[') {
                    openBracket(i, 2);
                    i += 2;
                    continue;
                }
                if (c == u'[') {
                    openBracket(i, 1);
                    ++i;
                    continue;
                }
                if (c == u']') {
                    i = closeBracket(i);
                    continue;
                }
                if (c == u'<') {
                    i = angleBracket(i);
                    continue;
                }
                if (c == u'&') {
                    i = entity(i);
                    continue;
                }
                if (c == u'*' || c == u'_' || c == u'~') {
                    qsizetype end = i;
                    while (end < n && m_s.at(end) == c)
                        ++end;
                    const int length = static_cast<int>(end - i);
                    // A single tilde is text ("~5 minutes"); only "~~" strikes through.
                    if (c == u'~' && length != 2) {
                        m_text.append(m_s.sliced(i, length));
                    } else {
                        m_pending.push_back(m_runs.size());
                        m_runs.push_back(delimiterRun(i, end));
                    }
                    i = end;
                    continue;
                }
                m_text.append(c);
                ++i;
            }
            resolveEmphasis(0);

            // Links closed inner first: their brackets are erased in text order.
            std::sort(m_erased.begin(), m_erased.end(),
                      [](const Erased &x, const Erased &y) { return x.offset < y.offset; });
            QString out;
            out.reserve(m_text.size());
            auto erased = m_erased.cbegin();
            qsizetype from = 0;
            const auto copyText = [&](qsizetype to) {
                for (; erased != m_erased.cend() && erased->offset < to; ++erased) {
                    out += QStringView(m_text).sliced(from, erased->offset - from);
                    from = erased->offset + erased->width;
                }
                out += QStringView(m_text).sliced(from, to - from);
                from = to;
            };
            for (const Run &run : m_runs) {
                copyText(run.at);
                out += QString(run.remaining, run.delimiter);
            }
            copyText(m_text.size());
            return out;
        }

    private:
        // An emphasis delimiter run: its character ('*', '_' or '~'), where it stands in m_text,
        // the length still unpaired, and whether it can open or close emphasis.
        struct Run
        {
            qsizetype at = 0;
            int remaining = 0;
            QChar delimiter;
            bool canOpen = false;
            bool canClose = false;
        };
        struct Opener
        {
            qsizetype offset = 0;         // of the "[" or "![" in m_text
            qsizetype width = 1;
            qsizetype position = 0;       // of the '[' in the paragraph
            qsizetype pendingBottom = 0;  // emphasis runs before the label
        };
        struct Erased
        {
            qsizetype offset = 0;
            qsizetype width = 0;
        };

        // The "[" or "![" goes to the output as text; should it open a link, it is erased there.
        void openBracket(qsizetype at, qsizetype width)
        {
            // Deeper nesting than any document has is read as text (bounded memory for '[' * 10^7).
            if (m_openers.size() < kMaxOpenBrackets)
                m_openers.push_back({m_text.size(), width, at + width - 1, static_cast<qsizetype>(m_pending.size())});
            m_text += m_s.sliced(at, width);
        }

        // At a ']': [text](url "title"), [text][ref], [text][] or [ref] with a defined reference
        // keep their text (images their alt text); anything else stays literal. Returns where to go on.
        qsizetype closeBracket(qsizetype at)
        {
            if (m_openers.empty()) {
                m_text.append(u']');
                return at + 1;
            }
            const Opener opener = m_openers.back();
            m_openers.pop_back();
            const QStringView label = m_s.sliced(opener.position + 1, at - opener.position - 1);
            const qsizetype next = at + 1;
            qsizetype end = -1;
            if (label.startsWith(u'^')) {
                // A footnote reference, kept as written.
            } else if (next < m_s.size() && m_s.at(next) == u'(') {
                end = m_destinationEnd.value(next, -1);
            } else if (next < m_s.size() && m_s.at(next) == u'[') {
                // A reference label holds no unescaped brackets.
                for (qsizetype j = next + 1; j < m_s.size() && j - next <= kMaxLabelLength + 1; ++j) {
                    const QChar c = m_s.at(j);
                    if (c == u'\\') {
                        ++j;
                    } else if (c == u'[') {
                        break;
                    } else if (c == u']') {
                        const QStringView ref = m_s.sliced(next + 1, j - next - 1);
                        if (isReference(ref.trimmed().isEmpty() ? label : ref))
                            end = j + 1;
                        break;
                    }
                }
            } else if (isReference(label)) {
                end = next;
            }
            if (end < 0) {
                m_text.append(u']');
                return next;
            }
            m_erased.push_back({opener.offset, opener.width});
            // Emphasis inside the label pairs within it only.
            resolveEmphasis(opener.pendingBottom);
            m_pending.resize(static_cast<size_t>(opener.pendingBottom));
            return end;
        }

        bool isReference(QStringView label) const
        {
            return !m_references.isEmpty() && label.size() <= kMaxLabelLength
                   && m_references.contains(normalizeLabel(label));
        }

        // For every '(' right after a ']': the position after its matching ')', found in one pass
        // over the paragraph. Nesting depth counts every unescaped parenthesis; a '(' is matched at
        // the first ')' that brings the depth back below it. At most one waits per depth.
        void matchDestinationParens()
        {
            std::vector<std::pair<qsizetype, qsizetype>> waiting;   // (depth before it, position)
            qsizetype depth = 0;
            for (qsizetype i = 0; i < m_s.size(); ++i) {
                const QChar c = m_s.at(i);
                if (c == u'\\') {
                    ++i;
                } else if (c == u'(') {
                    if (i > 0 && m_s.at(i - 1) == u']')
                        waiting.emplace_back(depth, i);
                    ++depth;
                } else if (c == u')' && depth > 0) {
                    --depth;
                    if (!waiting.empty() && waiting.back().first == depth) {
                        m_destinationEnd.insert(waiting.back().second, i + 1);
                        waiting.pop_back();
                    }
                }
            }
        }

        // `code`: the content verbatim; an opening run of n backticks closes at the next run of
        // exactly n. Runs are listed once per paragraph by length, so an unmatched run costs a
        // lookup, not a scan of the rest.
        qsizetype codeSpan(qsizetype start)
        {
            qsizetype i = start;
            while (i < m_s.size() && m_s.at(i) == u'`')
                ++i;
            const qsizetype ticks = i - start;
            if (!m_runsListed)
                listBacktickRuns();
            const auto found = m_runsByLength.constFind(ticks);
            if (found != m_runsByLength.cend()) {
                const std::vector<qsizetype> &starts = found.value();
                const auto close = std::lower_bound(starts.begin(), starts.end(), i);
                if (close != starts.end()) {
                    QStringView content = m_s.sliced(i, *close - i);
                    // One space of padding on both sides is dropped (it lets code start with a backtick).
                    if (content.size() >= 2 && content.startsWith(u' ') && content.endsWith(u' ')
                        && !content.trimmed().isEmpty())
                        content = content.sliced(1, content.size() - 2);
                    m_text += content;
                    return *close + ticks;
                }
            }
            // An unmatched run of backticks is literal.
            m_text += m_s.sliced(start, ticks);
            return i;
        }

        void listBacktickRuns()
        {
            m_runsListed = true;
            for (qsizetype i = 0; i < m_s.size();) {
                if (m_s.at(i) != u'`') {
                    ++i;
                    continue;
                }
                const qsizetype start = i;
                while (i < m_s.size() && m_s.at(i) == u'`')
                    ++i;
                m_runsByLength[i - start].push_back(start);
            }
        }

        // Autolinks become their address; HTML tags and comments disappear.
        qsizetype angleBracket(qsizetype start)
        {
            static const QRegularExpression autolink(QStringLiteral(R"(\G<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^<>\s]*)>)"));
            static const QRegularExpression email(QStringLiteral(R"(\G<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-]+@[A-Za-z0-9](?:[A-Za-z0-9.\-]*[A-Za-z0-9])?)>)"));
            static const QRegularExpression tag(QStringLiteral(R"(\G</?([A-Za-z][A-Za-z0-9\-]*)(?:\s[^<>]*)?/?>)"));
            // Each of these ends at the first '>' after the '<'. A match costs the length of the text
            // it is given (PCRE checks it as UTF-16 first), so it is given only up to that '>', and
            // at most kMaxAngleBracket characters: longer ones stay text.
            if (m_nextGreater != kNotFound && m_nextGreater < start)
                m_nextGreater = m_s.indexOf(u'>', start);
            if (m_nextGreater >= 0 && m_nextGreater - start < kMaxAngleBracket) {
                const QStringView window = m_s.sliced(start, m_nextGreater - start + 1);
                QRegularExpressionMatch match = autolink.match(window);
                if (!match.hasMatch())
                    match = email.match(window);
                if (match.hasMatch()) {
                    m_text += match.capturedView(1);
                    return start + match.capturedEnd(0);
                }
                match = tag.match(window);
                if (match.hasMatch()) {
                    if (match.capturedView(1).compare(u"br", Qt::CaseInsensitive) == 0)
                        m_text += u' ';
                    return start + match.capturedEnd(0);
                }
            }
            if (m_s.sliced(start).startsWith(u"<!--")) {
                // The first "-->" after a position is also the first after any later one before it:
                // remembered, so that many unclosed comments do not each scan the rest.
                if (m_commentEnd != kNotFound && m_commentEnd < start + 4)
                    m_commentEnd = m_s.indexOf(u"-->", start + 4);
                if (m_commentEnd >= 0)
                    return m_commentEnd + 3;
            }
            m_text += u'<';
            return start + 1;
        }

        // Character references, decoded as the HTML reader decodes them.
        qsizetype entity(qsizetype start)
        {
            static const QRegularExpression reference(
                QStringLiteral(R"(\G&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"));
            // A reference is at most 34 characters; the regular expression sees no more (see angleBracket).
            const QRegularExpressionMatch match = reference.match(m_s.sliced(start, std::min<qsizetype>(40, m_s.size() - start)));
            if (match.hasMatch()) {
                const QString written = match.captured(0);
                const QString decoded = htmlToPlainText(written);
                if (decoded != written) {
                    if (decoded.isEmpty()) {
                        // Whitespace such as &nbsp; collapses to nothing in a one-entity page; a soft hyphen is nothing.
                        if (written != u"&shy;")
                            m_text += u' ';
                    } else {
                        m_text += decoded;
                    }
                    return start + match.capturedEnd(0);
                }
            }
            m_text += u'&';   // unknown name: literal
            return start + 1;
        }

        Run delimiterRun(qsizetype start, qsizetype end) const
        {
            const QChar c = m_s.at(start);
            const bool nextSpace = isWhitespaceAt(m_s, end);
            const bool prevSpace = isWhitespaceAt(m_s, start - 1);
            const bool nextPunct = isPunctuationAt(m_s, end);
            const bool prevPunct = isPunctuationAt(m_s, start - 1);
            const bool leftFlanking = !nextSpace && (!nextPunct || prevSpace || prevPunct);
            const bool rightFlanking = !prevSpace && (!prevPunct || nextSpace || nextPunct);
            Run run;
            run.at = m_text.size();
            run.delimiter = c;
            run.remaining = static_cast<int>(end - start);
            if (c == u'_') {
                // No emphasis inside words: snake_case_name stays as it is.
                run.canOpen = leftFlanking && (!rightFlanking || prevPunct);
                run.canClose = rightFlanking && (!leftFlanking || nextPunct);
            } else {
                run.canOpen = leftFlanking;
                run.canClose = rightFlanking;
            }
            return run;
        }

        // Pairs the runs from m_pending[from] on: each closer with the nearest earlier
        // opener of its character, dropping the paired characters; openers between a pair can no
        // longer be matched; whatever is left unpaired stays as text. One stack per character, so
        // a closer never walks past openers of other characters (linear, not quadratic).
        void resolveEmphasis(qsizetype from)
        {
            std::array<std::vector<qsizetype>, 3> openers;   // run indexes, per '*', '_', '~'
            const auto slot = [](QChar c) { return c == u'*' ? 0 : c == u'_' ? 1 : 2; };
            for (size_t d = static_cast<size_t>(from); d < m_pending.size(); ++d) {
                const qsizetype k = m_pending[d];
                Run &closer = m_runs[static_cast<size_t>(k)];
                std::vector<qsizetype> &same = openers[static_cast<size_t>(slot(closer.delimiter))];
                if (closer.canClose) {
                    while (closer.remaining > 0 && !same.empty()) {
                        const qsizetype openerIndex = same.back();
                        Run &opener = m_runs[static_cast<size_t>(openerIndex)];
                        const int used = std::min(opener.remaining, closer.remaining);
                        opener.remaining -= used;
                        closer.remaining -= used;
                        for (std::vector<qsizetype> &other : openers) {
                            while (!other.empty() && other.back() > openerIndex)
                                other.pop_back();
                        }
                        if (opener.remaining == 0)
                            same.pop_back();
                    }
                }
                if (closer.canOpen && closer.remaining > 0)
                    same.push_back(k);
            }
        }

        static constexpr qsizetype kNotFound = -1;
        static constexpr qsizetype kMaxAngleBracket = 4096;
        static constexpr size_t kMaxOpenBrackets = 100000;

        QStringView m_s;
        const QSet<QString> &m_references;
        QString m_text;                        // the output without its emphasis runs
        // Deques: a paragraph of millions of runs grows in blocks, never copied to a doubled array.
        std::deque<Run> m_runs;
        std::deque<qsizetype> m_pending;       // indexes of runs not yet resolved
        std::vector<Opener> m_openers;
        std::vector<Erased> m_erased;
        QHash<qsizetype, qsizetype> m_destinationEnd;
        QHash<qsizetype, std::vector<qsizetype>> m_runsByLength;
        bool m_runsListed = false;
        qsizetype m_commentEnd = -2;   // -2: not looked for yet
        qsizetype m_nextGreater = -2;
    };

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
    explicit MarkdownConverter(const std::atomic_bool *cancel = nullptr) : m_cancel(cancel) {}

    // Empty (and cancelled() true) when the cancel flag was seen set between two lines.
    bool cancelled() const { return m_cancelled; }

    QString run(const QString &markdown)
    {
        QString source = markdown;
        source.replace(u"\r\n"_s, u"\n"_s);
        source.replace(u'\r', u'\n');
        const QStringList lines = source.split(u'\n');
        collectReferences(lines);
        const InlineRenderer renderer(m_references);
        m_renderer = &renderer;
        qsizetype lineCount = 0;
        for (const QString &line : lines) {
            if ((++lineCount & 0x3FF) == 0 && m_cancel && m_cancel->load(std::memory_order_relaxed)) {
                m_cancelled = true;
                m_renderer = nullptr;
                return {};
            }
            processLine(line);
        }
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
    const std::atomic_bool *m_cancel = nullptr;
    bool m_cancelled = false;

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

std::optional<QString> markdownToPlainText(const QString &markdown, const std::atomic_bool *cancel)
{
    MarkdownConverter converter(cancel);
    QString text = converter.run(markdown);
    if (converter.cancelled())
        return std::nullopt;
    return text;
}

} // namespace marginalia
