#pragma once

#include <QList>
#include <QString>

#include <locale>
#include <memory>
#include <vector>

namespace marginalia {

class TextIndex;

// Boost.Locale's rule bits (boost::locale::boundary::rule_type), without its header here.
using lb_rule_mask = unsigned;

// A range of text in code points, half-open [start, end).
struct TextSpan
{
    qint64 start = 0;
    qint64 end = 0;

    qint64 length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

// A word of the text: its span in code points and its characters.
struct WordToken
{
    qint64 start = 0;
    qint64 end = 0;
    QString text;

    friend bool operator==(const WordToken &, const WordToken &) = default;
};

// A word of the text without its characters: code points [start, end) and the same span in UTF-16
// units of the text given (for counting words without a string each).
struct WordSpan
{
    qint64 start = 0;
    qint64 end = 0;
    qsizetype utf16Start = 0;
    qsizetype utf16End = 0;

    qsizetype utf16Length() const { return utf16End - utf16Start; }
    friend bool operator==(const WordSpan &, const WordSpan &) = default;
};

// Sentence and word boundaries, case folding: Boost.Locale's boundary analysis with its ICU
// backend, which splits Chinese (and other scripts written without spaces) into words by
// ICU's dictionary. All positions are code points in the text given, half-open.
//
// The ICU backend does not need the named locale to be installed on the system. The name is
// taken as a language tag only ("zh_CN", "zh-CN", "de_DE.ISO-8859-1@euro" all work); the text is
// always handled as UTF-8 internally. Should Boost.Locale have been built without ICU, the
// Segmenter falls back to QTextBoundaryFinder (Unicode default rules, no dictionary: a run of
// Chinese characters is then one character per word) and QString::toCaseFolded() (simple
// folding: "ß" stays). usesIcu() tells which is in use.
//
// Threads: construct one Segmenter per thread and use it from that thread only. Creating one is
// expensive (it loads the locale's facets), so keep it rather than making one per call.
class Segmenter
{
public:
    enum class WordFilter {
        Letters,           // letters, kana and ideographs (ICU word_letters)
        LettersAndNumbers, // the above and numbers ("3.14", "2024")
    };

    explicit Segmenter(const QString &localeName = QStringLiteral("en_US.UTF-8"));

    // The locale name actually generated (e.g. "zh_CN.UTF-8").
    QString localeName() const { return m_localeName; }
    // False when the ICU boundary analysis was unavailable and the Qt fallback is in use.
    bool usesIcu() const { return m_usesIcu; }
    // The generated locale, for other Boost.Locale facets (collation, conversion).
    const std::locale &locale() const { return m_locale; }

    // Sentences in text order. Whitespace at either end of a sentence is excluded, and a
    // line break always ends a sentence, so every sentence lies within one line. Lines holding
    // only whitespace yield nothing.
    QList<TextSpan> sentences(const QString &text) const;

    // The words of the text in order; punctuation, symbols, emoji and whitespace are skipped.
    QList<WordToken> words(const QString &text, WordFilter filter = WordFilter::Letters) const;
    // The same words as spans, written into `spans` (cleared first; its capacity is reused).
    void wordSpans(QStringView text, WordFilter filter, std::vector<WordSpan> &spans) const;

    // sentenceAt() and snapToWords() analyse only the lines around the positions (at most 16 K and 4 K
    // UTF-16 units of a line on either side, so that a document of one huge line stays quick). The overloads
    // without a TextIndex build one, which is linear in the text (a few milliseconds for
    // megabytes); pass the document's index when calling them repeatedly.

    // The sentence containing the code point (clamped to the text). A position in the
    // whitespace after a sentence, or at its end, belongs to that sentence; a position in the
    // indentation before a line's first sentence belongs to that first sentence. On a blank line
    // the result is the empty span at the position.
    TextSpan sentenceAt(const QString &text, qint64 codePoint) const;
    TextSpan sentenceAt(const QString &text, const TextIndex &index, qint64 codePoint) const;

    // The span widened to whole words: a start inside a word moves back to the word's start,
    // an end inside a word moves forward to the word's end (an empty span inside a word becomes
    // that word); then whitespace at both edges is trimmed. The span is clamped and ordered
    // first. If only whitespace remains, the result is the empty span at its end.
    TextSpan snapToWords(const QString &text, TextSpan span) const;
    TextSpan snapToWords(const QString &text, const TextIndex &index, TextSpan span) const;

    // Full Unicode case folding in this locale ("Straße" → "strasse"), for counting and
    // matching words without regard to case.
    QString foldCase(const QString &word) const;

private:
    enum class Kind { Sentence, Word };
    struct Segment;

    // Segments of a piece of text that starts at the given code point of the whole text.
    QList<Segment> segments(Kind kind, QStringView text, qint64 codePointOffset) const;
    QList<Segment> icuSegments(Kind kind, QStringView text, qint64 codePointOffset) const;
    QList<Segment> qtSegments(Kind kind, QStringView text, qint64 codePointOffset) const;

    // ICU's word iterator for this locale, kept from call to call and given the UTF-16 text as it is
    // (Boost.Locale makes one per call and converts the text to UTF-8 and back). Made on first use; a
    // copy of the Segmenter makes its own.
    struct WordIterator;
    struct WordIteratorHolder
    {
        WordIteratorHolder();
        WordIteratorHolder(const WordIteratorHolder &);
        WordIteratorHolder &operator=(const WordIteratorHolder &);
        WordIteratorHolder(WordIteratorHolder &&) noexcept;
        WordIteratorHolder &operator=(WordIteratorHolder &&) noexcept;
        ~WordIteratorHolder();
        std::unique_ptr<WordIterator> iterator;
        bool failed = false;   // ICU could not make one: Boost.Locale's way is used
    };
    bool icuWordSpans(QStringView text, lb_rule_mask mask, std::vector<WordSpan> &spans) const;

    std::locale m_locale;
    QString m_localeName;
    bool m_usesIcu = false;
    mutable WordIteratorHolder m_words;
};

} // namespace marginalia
