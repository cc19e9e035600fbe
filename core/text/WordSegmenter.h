#pragma once

#include "text/Segmenter.h"
#include "text/WordDictionary.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace marginalia {

// Words for counting: Segmenter's ICU word boundaries, with every run of Han characters split again
// by a word-frequency dictionary (WordDictionary): of all the ways to cut the run into dictionary
// words and single characters, the one whose words are most probable together (least total cost
// in nats), found by dynamic programming over the lattice of words starting at each character.
// ICU's own words inside the run are candidates too, as rare words, so that a word ICU knows and
// the dictionary lacks can still win (ICU as the fallback for what the dictionary lacks).
//
// The project's words join the dictionary: an added word is taken whenever it is cheaper than the
// best split of it alone; a removed word ("not a word") is never taken, so its characters go to
// other words or stand alone. Only words of Han characters matter here; the others are ICU's.
//
// Cost: each character is looked at for at most WordDictionary::kLongestWord lengths, and a run is
// solved in chunks of kChunk characters (with an overlap that no word spans), so time is linear in
// the text and memory does not grow with a run's length (one line of 2 MB without punctuation: well
// under a second).
//
// Threads: like Segmenter, one per thread.
class WordSegmenter
{
public:
    explicit WordSegmenter(const QString &localeName = QStringLiteral("zh_CN.UTF-8"),
                           const WordDictionary &dictionary = WordDictionary::chinese());

    // The project's own words (case as given; only words of Han characters take effect).
    void setProjectWords(const QStringList &added, const QStringList &removed);

    QList<WordToken> words(const QString &text, Segmenter::WordFilter filter = Segmenter::WordFilter::Letters) const;
    // The same words as spans of the text, written into `spans` (cleared first): no string per word, for
    // counting them (WordFrequencies).
    void wordSpans(QStringView text, Segmenter::WordFilter filter, std::vector<WordSpan> &spans) const;

    // A run of Han characters split into words: the length in code points of each word, in order.
    // `candidates` are extra words [start, end) in code points of the run (ICU's), used where the
    // dictionaries have no such word.
    QList<int> splitRun(QStringView run, const QList<TextSpan> &candidates = {}) const;

    const Segmenter &segmenter() const { return m_segmenter; }
    QString foldCase(const QString &word) const { return m_segmenter.foldCase(word); }

    // True if every code point of the text is a Han character.
    static bool isHan(QStringView text);

    static constexpr qsizetype kChunk = 2048;

private:
    struct Lookup
    {
        bool isWord = false;
        bool isPrefix = false;
        float cost = 0;
    };
    // `hash`: WordDictionary::hashOf(text), which every table shares.
    Lookup find(QStringView text, quint32 hash) const;
    float singleCost(QStringView character, quint32 hash) const;
    // The best split of run[0, n) code points; `bounds` holds the UTF-16 offset of each code point
    // and the end; `candidates` are sorted by start. Returns the total cost; appends the word lengths to
    // `lengths` if given.
    double solve(QStringView run, const std::vector<qsizetype> &bounds, qsizetype from, qsizetype to,
                 const TextSpan *candidates, const TextSpan *candidatesEnd, std::vector<int> *lengths) const;
    // splitRun into `lengths` (appended).
    void split(QStringView run, const TextSpan *candidates, const TextSpan *candidatesEnd,
               std::vector<int> &lengths) const;

    // Scratch space reused from call to call (a WordSegmenter is used by one thread).
    struct Scratch
    {
        std::vector<double> best;
        std::vector<qsizetype> back;
        std::vector<qsizetype> bounds;
        std::vector<int> lengths;
        std::vector<int> chunk;
        std::vector<TextSpan> candidates;
        std::vector<WordSpan> icuWords;
    };
    mutable Scratch m_scratch;

    Segmenter m_segmenter;
    const WordDictionary &m_dictionary;
    WordDictionary m_added;     // project words, at the cost worked out for each
    WordDictionary m_removed;   // words that are not words in this project
    float m_unknownCost = 0;    // a character the dictionary does not know
    float m_fallbackCost = 0;   // a word only ICU knows
};

} // namespace marginalia
