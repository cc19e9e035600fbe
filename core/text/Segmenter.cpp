#include "text/Segmenter.h"

#include "text/TextIndex.h"

#include <QTextBoundaryFinder>

#include <boost/locale/boundary.hpp>
#include <boost/locale/conversion.hpp>
#include <boost/locale/generator.hpp>
#include <boost/locale/info.hpp>
#include <boost/locale/localization_backend.hpp>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <algorithm>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace marginalia {

namespace bl = boost::locale;
namespace lb = boost::locale::boundary;

// One boundary-analysis segment. start/end are code points in the whole text; utf16Start and
// utf16End are UTF-16 offsets in the piece of text that was analysed; rule holds Boost.Locale's
// rule bits (lb::word_letter, lb::sentence_term, ...).
struct Segmenter::Segment
{
    qint64 start = 0;
    qint64 end = 0;
    qsizetype utf16Start = 0;
    qsizetype utf16End = 0;
    lb::rule_type rule = 0;
};

namespace {

// Characters after which a line ends. Stored text only has "\n"; the others are here so that a
// sentence never spans a line in text that was not normalised either.
bool isLineBreak(char32_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
}

// The code point starting at UTF-16 offset i, and how many UTF-16 units it takes.
char32_t codePointAt(QStringView text, qsizetype i, qsizetype *width)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *width = 1;
    return c.unicode();
}

// The code point ending at UTF-16 offset i (i > 0), and how many UTF-16 units it takes.
char32_t codePointBefore(QStringView text, qsizetype i, qsizetype *width)
{
    const QChar c = text.at(i - 1);
    if (c.isLowSurrogate() && i >= 2 && text.at(i - 2).isHighSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(text.at(i - 2), c);
    }
    *width = 1;
    return c.unicode();
}

// Walks UTF-8 forward once, counting code points and UTF-16 units, so that the byte offsets of
// all the segments of a text are converted in one linear pass. A lead byte starts a code point;
// four-byte sequences (outside the BMP) take two UTF-16 units.
class Utf8Cursor
{
public:
    Utf8Cursor(const char *begin, qint64 codePointOffset)
        : m_pos(begin)
        , m_codePoint(codePointOffset)
    {
    }

    void advanceTo(const char *target)
    {
        for (; m_pos < target; ++m_pos) {
            const auto byte = static_cast<unsigned char>(*m_pos);
            if ((byte & 0xC0) != 0x80) {
                ++m_codePoint;
                m_utf16 += byte >= 0xF0 ? 2 : 1;
            }
        }
    }

    qint64 codePoint() const { return m_codePoint; }
    qsizetype utf16() const { return m_utf16; }

private:
    const char *m_pos;
    qint64 m_codePoint;
    qsizetype m_utf16 = 0;
};

// "zh_CN", "zh-CN", "zh_CN.GB18030", "de_DE@euro" → "zh_CN.UTF-8", "de_DE.UTF-8@euro".
// Boost.Locale takes a name without an encoding as US-ASCII, which would garble every non-ASCII
// text handed to the boundary analysis, so the encoding is always UTF-8.
std::string utf8LocaleName(const QString &requested)
{
    QString name = requested.trimmed();
    QString variant;
    const qsizetype at = name.indexOf(u'@');
    if (at >= 0) {
        variant = name.mid(at + 1);
        name.truncate(at);
    }
    const qsizetype dot = name.indexOf(u'.');
    if (dot >= 0)
        name.truncate(dot);
    name.replace(u'-', u'_');
    if (name.isEmpty())
        name = QStringLiteral("en_US");
    name += QStringLiteral(".UTF-8");
    if (!variant.isEmpty())
        name += u'@' + variant;
    return name.toStdString();
}

// Splits one sentence segment at line breaks and trims whitespace from each piece.
void appendSentencePieces(QStringView text, qint64 start, qsizetype utf16Start, qsizetype utf16End,
                          QList<TextSpan> &out)
{
    qint64 codePoint = start;
    qint64 firstSolid = -1; // first non-space code point of the current piece
    qint64 solidEnd = -1;   // end of its last non-space code point
    const auto flush = [&] {
        if (firstSolid >= 0)
            out.append({firstSolid, solidEnd});
        firstSolid = -1;
        solidEnd = -1;
    };
    for (qsizetype i = utf16Start; i < utf16End; ++codePoint) {
        qsizetype width = 1;
        const char32_t c = codePointAt(text, i, &width);
        i += width;
        if (isLineBreak(c)) {
            flush();
        } else if (!QChar::isSpace(c)) {
            if (firstSolid < 0)
                firstSolid = codePoint;
            solidEnd = codePoint + 1;
        }
    }
    flush();
}

// The line of text containing the UTF-16 offset (a line break belongs to the line it ends).
struct Line
{
    qsizetype utf16Start = 0;
    qsizetype utf16End = 0;
};

// Analysing a whole line per call made each click in a document that is one 200 MB line take
// minutes: only this much of a line on either side of the position is analysed. No word is
// anywhere near as long, and a sentence longer than this is cut at it.
constexpr qsizetype kWordReach = 4096;
constexpr qsizetype kSentenceReach = 16 * 1024;

// The line around the UTF-16 offset, but at most `reach` units on either side (never between the
// halves of a surrogate pair).
Line lineAround(QStringView text, qsizetype utf16, qsizetype reach)
{
    Line line{utf16, utf16};
    const qsizetype low = std::max<qsizetype>(0, utf16 - reach);
    const qsizetype high = std::min(text.size(), utf16 + reach);
    while (line.utf16Start > low && !isLineBreak(text.at(line.utf16Start - 1).unicode()))
        --line.utf16Start;
    while (line.utf16End < high && !isLineBreak(text.at(line.utf16End).unicode()))
        ++line.utf16End;
    if (line.utf16Start > 0 && line.utf16Start < text.size() && text.at(line.utf16Start).isLowSurrogate())
        --line.utf16Start;
    if (line.utf16End > 0 && line.utf16End < text.size() && text.at(line.utf16End).isLowSurrogate())
        ++line.utf16End;
    return line;
}

} // namespace

struct Segmenter::WordIterator
{
    std::unique_ptr<icu::BreakIterator> breaker;
    UText *text = nullptr;   // reused for each text (utext_openUChars)

    ~WordIterator()
    {
        if (text)
            utext_close(text);
    }
};

Segmenter::WordIteratorHolder::WordIteratorHolder() = default;
Segmenter::WordIteratorHolder::WordIteratorHolder(const WordIteratorHolder &) {}
Segmenter::WordIteratorHolder &Segmenter::WordIteratorHolder::operator=(const WordIteratorHolder &)
{
    iterator.reset();
    failed = false;
    return *this;
}
Segmenter::WordIteratorHolder::WordIteratorHolder(WordIteratorHolder &&) noexcept = default;
Segmenter::WordIteratorHolder &Segmenter::WordIteratorHolder::operator=(WordIteratorHolder &&) noexcept = default;
Segmenter::WordIteratorHolder::~WordIteratorHolder() = default;

Segmenter::Segmenter(const QString &localeName)
{
    const std::string name = utf8LocaleName(localeName);

    bl::localization_backend_manager manager = bl::localization_backend_manager::global();
    const std::vector<std::string> backends = manager.get_all_backends();
    const bool haveIcu = std::find(backends.begin(), backends.end(), "icu") != backends.end();
    if (haveIcu)
        manager.select("icu");

    bl::generator generator(manager);
    generator.characters(bl::char_facet);
    generator.categories(bl::boundary_facet | bl::convert_facet | bl::collation_facet
                         | bl::information_facet);
    std::string generated = name;
    try {
        m_locale = generator.generate(name);
    } catch (const std::exception &) {
        generated = "en_US.UTF-8";
        try {
            m_locale = generator.generate(generated);
        } catch (const std::exception &) {
            generated = "C";
            m_locale = std::locale::classic();
        }
    }
    m_localeName = QString::fromStdString(generated);
    m_usesIcu = haveIcu && std::has_facet<lb::boundary_indexing<char>>(m_locale)
        && std::has_facet<bl::converter<char>>(m_locale) && std::has_facet<bl::info>(m_locale)
        && std::use_facet<bl::info>(m_locale).utf8();
}

QList<Segmenter::Segment> Segmenter::segments(Kind kind, QStringView text, qint64 codePointOffset) const
{
    if (text.isEmpty())
        return {};
    return m_usesIcu ? icuSegments(kind, text, codePointOffset) : qtSegments(kind, text, codePointOffset);
}

QList<Segmenter::Segment> Segmenter::icuSegments(Kind kind, QStringView text, qint64 codePointOffset) const
{
    const QByteArray utf8 = text.toUtf8();
    const char *begin = utf8.constData();
    const char *end = begin + utf8.size();
    const lb::segment_index<const char *> index(kind == Kind::Word ? lb::word : lb::sentence, begin, end,
                                                m_locale);
    QList<Segment> result;
    Utf8Cursor cursor(begin, codePointOffset);
    for (const lb::segment<const char *> &segment : index) {
        Segment s;
        cursor.advanceTo(segment.begin());
        s.start = cursor.codePoint();
        s.utf16Start = cursor.utf16();
        cursor.advanceTo(segment.end());
        s.end = cursor.codePoint();
        s.utf16End = cursor.utf16();
        s.rule = segment.rule();
        result.append(s);
    }
    return result;
}

QList<Segmenter::Segment> Segmenter::qtSegments(Kind kind, QStringView text, qint64 codePointOffset) const
{
    QTextBoundaryFinder finder(kind == Kind::Word ? QTextBoundaryFinder::Word : QTextBoundaryFinder::Sentence,
                               text);
    const TextIndex index(text.toString());
    QList<Segment> result;
    qsizetype previous = 0;
    for (qsizetype next = finder.toNextBoundary(); next > 0; next = finder.toNextBoundary()) {
        Segment s;
        s.utf16Start = previous;
        s.utf16End = next;
        s.start = codePointOffset + index.toCodePoint(previous);
        s.end = codePointOffset + index.toCodePoint(next);
        if (kind == Kind::Sentence) {
            s.rule = lb::sentence_term;
        } else {
            qsizetype width = 1;
            const char32_t c = codePointAt(text, previous, &width);
            const QChar::Script script = QChar::script(c);
            if (QChar::isNumber(c))
                s.rule = lb::word_number;
            else if (!QChar::isLetter(c))
                s.rule = lb::word_none;
            else if (script == QChar::Script_Han)
                s.rule = lb::word_ideo;
            else if (script == QChar::Script_Hiragana || script == QChar::Script_Katakana)
                s.rule = lb::word_kana;
            else
                s.rule = lb::word_letter;
        }
        result.append(s);
        previous = next;
    }
    return result;
}

QList<TextSpan> Segmenter::sentences(const QString &text) const
{
    QList<TextSpan> result;
    for (const Segment &segment : segments(Kind::Sentence, text, 0))
        appendSentencePieces(text, segment.start, segment.utf16Start, segment.utf16End, result);
    return result;
}

QList<WordToken> Segmenter::words(const QString &text, WordFilter filter) const
{
    std::vector<WordSpan> spans;
    wordSpans(text, filter, spans);
    QList<WordToken> result;
    result.reserve(static_cast<qsizetype>(spans.size()));
    for (const WordSpan &span : spans)
        result.append({span.start, span.end, text.sliced(span.utf16Start, span.utf16Length())});
    return result;
}

void Segmenter::wordSpans(QStringView text, WordFilter filter, std::vector<WordSpan> &spans) const
{
    spans.clear();
    const lb::rule_type mask = filter == WordFilter::LettersAndNumbers ? lb::word_any : lb::word_letters;
    if (text.isEmpty() || (m_usesIcu && icuWordSpans(text, mask, spans)))
        return;
    spans.clear();
    for (const Segment &segment : segments(Kind::Word, text, 0)) {
        if ((segment.rule & mask) != 0)
            spans.push_back({segment.start, segment.end, segment.utf16Start, segment.utf16End});
    }
}

// The word iterator Boost.Locale's ICU backend makes for the same locale (icu::Locale::createCanonical of the
// name generated, BreakIterator::createWordInstance), and the rule bits it gives each segment from the
// iterator's rule statuses at the segment's end, so the words are the same; only the text is handed over
// as the UTF-16 it is.
bool Segmenter::icuWordSpans(QStringView text, lb_rule_mask mask, std::vector<WordSpan> &spans) const
{
    if (m_words.failed || text.size() > std::numeric_limits<int32_t>::max())
        return false;
    if (!m_words.iterator) {
        UErrorCode error = U_ZERO_ERROR;
        const icu::Locale locale = icu::Locale::createCanonical(m_localeName.toStdString().c_str());
        std::unique_ptr<icu::BreakIterator> breaker(icu::BreakIterator::createWordInstance(locale, error));
        if (U_FAILURE(error) || !breaker) {
            m_words.failed = true;
            return false;
        }
        m_words.iterator = std::make_unique<WordIterator>();
        m_words.iterator->breaker = std::move(breaker);
    }
    WordIterator &words = *m_words.iterator;
    UErrorCode error = U_ZERO_ERROR;
    words.text = utext_openUChars(words.text, reinterpret_cast<const UChar *>(text.utf16()),
                                  static_cast<int64_t>(text.size()), &error);
    if (U_FAILURE(error))
        return false;
    words.breaker->setText(words.text, error);
    if (U_FAILURE(error))
        return false;
    words.breaker->first();
    std::vector<int32_t> statuses(32);
    const char16_t *units = text.utf16();
    qsizetype previous = 0;
    qint64 codePoint = 0;
    for (int32_t next = words.breaker->next(); next != icu::BreakIterator::DONE; next = words.breaker->next()) {
        // Code points: the UTF-16 units but the second half of each surrogate pair.
        qint64 end = codePoint;
        for (qsizetype i = previous; i < next; ++i) {
            if (!(QChar::isLowSurrogate(units[i]) && i > 0 && QChar::isHighSurrogate(units[i - 1])))
                ++end;
        }
        UErrorCode statusError = U_ZERO_ERROR;
        int32_t count = words.breaker->getRuleStatusVec(statuses.data(), static_cast<int32_t>(statuses.size()),
                                                        statusError);
        if (statusError == U_BUFFER_OVERFLOW_ERROR) {
            statuses.resize(static_cast<std::size_t>(count));
            statusError = U_ZERO_ERROR;
            count = words.breaker->getRuleStatusVec(statuses.data(), count, statusError);
        }
        if (U_FAILURE(statusError))
            return false;
        lb::rule_type rule = 0;
        for (int32_t k = 0; k < count; ++k) {
            const int32_t status = statuses[static_cast<std::size_t>(k)];
            if (UBRK_WORD_NONE <= status && status < UBRK_WORD_NONE_LIMIT)
                rule |= lb::word_none;
            else if (UBRK_WORD_NUMBER <= status && status < UBRK_WORD_NUMBER_LIMIT)
                rule |= lb::word_number;
            else if (UBRK_WORD_LETTER <= status && status < UBRK_WORD_LETTER_LIMIT)
                rule |= lb::word_letter;
            else if (UBRK_WORD_KANA <= status && status < UBRK_WORD_KANA_LIMIT)
                rule |= lb::word_kana;
            else if (UBRK_WORD_IDEO <= status && status < UBRK_WORD_IDEO_LIMIT)
                rule |= lb::word_ideo;
        }
        if ((rule & mask) != 0)
            spans.push_back({codePoint, end, previous, next});
        previous = next;
        codePoint = end;
    }
    return true;
}

TextSpan Segmenter::sentenceAt(const QString &text, qint64 codePoint) const
{
    return sentenceAt(text, TextIndex(text), codePoint);
}

TextSpan Segmenter::sentenceAt(const QString &text, const TextIndex &index, qint64 codePoint) const
{
    codePoint = std::clamp<qint64>(codePoint, 0, index.codePointLength());
    const Line line = lineAround(text, index.toUtf16(codePoint), kSentenceReach);
    const QStringView lineText = QStringView(text).sliced(line.utf16Start, line.utf16End - line.utf16Start);
    QList<TextSpan> spans;
    for (const Segment &segment : segments(Kind::Sentence, lineText, index.toCodePoint(line.utf16Start)))
        appendSentencePieces(lineText, segment.start, segment.utf16Start, segment.utf16End, spans);
    if (spans.isEmpty())
        return {codePoint, codePoint};
    // The last sentence starting at or before the position, else the line's first.
    auto after = std::upper_bound(spans.cbegin(), spans.cend(), codePoint,
                                  [](qint64 position, const TextSpan &span) { return position < span.start; });
    return after == spans.cbegin() ? spans.first() : *(after - 1);
}

TextSpan Segmenter::snapToWords(const QString &text, TextSpan span) const
{
    return snapToWords(text, TextIndex(text), span);
}

TextSpan Segmenter::snapToWords(const QString &text, const TextIndex &index, TextSpan span) const
{
    const qint64 length = index.codePointLength();
    qint64 start = std::clamp<qint64>(std::min(span.start, span.end), 0, length);
    qint64 end = std::clamp<qint64>(std::max(span.start, span.end), 0, length);

    // Word boundaries never cross a line break, so analysing the line around each edge suffices;
    // when both edges are on one line, it is analysed once.
    Line analysed{-1, -1};
    QList<Segment> lineSegments;
    const auto wordAround = [&](qint64 position) -> std::optional<Segment> {
        const qsizetype utf16 = index.toUtf16(position);
        if (utf16 < analysed.utf16Start || utf16 > analysed.utf16End) {
            analysed = lineAround(text, utf16, kWordReach);
            const QStringView lineText =
                QStringView(text).sliced(analysed.utf16Start, analysed.utf16End - analysed.utf16Start);
            lineSegments = segments(Kind::Word, lineText, index.toCodePoint(analysed.utf16Start));
        }
        for (const Segment &segment : std::as_const(lineSegments)) {
            if (segment.start < position && position < segment.end)
                return segment;
            if (segment.start >= position)
                break;
        }
        return std::nullopt;
    };
    if (const auto word = wordAround(start))
        start = word->start;
    if (const auto word = wordAround(end))
        end = word->end;

    // Trim whitespace (including line breaks) at both edges.
    qsizetype utf16 = index.toUtf16(start);
    while (start < end) {
        qsizetype width = 1;
        if (!QChar::isSpace(codePointAt(text, utf16, &width)))
            break;
        utf16 += width;
        ++start;
    }
    utf16 = index.toUtf16(end);
    while (end > start) {
        qsizetype width = 1;
        if (!QChar::isSpace(codePointBefore(text, utf16, &width)))
            break;
        utf16 -= width;
        --end;
    }
    return {start, end};
}

QString Segmenter::foldCase(const QString &word) const
{
    if (!m_usesIcu)
        return word.toCaseFolded();
    return QString::fromStdString(bl::fold_case(word.toStdString(), m_locale));
}

} // namespace marginalia
