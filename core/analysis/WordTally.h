#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

#include <functional>
#include <vector>

namespace marginalia {

struct WordCount;

// Counts words as the segmenter finds them in a text (spellings, as spans of it), case folded, stop words
// left out: occurrences and the documents they occur in. One lookup per word in a table of the spellings
// met so far, keyed by their UTF-16 units (no string made per word): the spelling leads to its folded
// word, with its counts, whether it is a stop word and the last document it was counted in. Each spelling is
// folded once; at most kMaxSpellings are remembered (a text of endless distinct tokens then folds some again,
// but does not keep them all twice).
//
// Threads: one tally per thread; merge() adds another's counts.
class WordTally
{
public:
    // `fold`: the case folding (Segmenter::foldCase); `stopWords`: folded words not to count.
    WordTally(std::function<QString(const QString &)> fold, const QSet<QString> &stopWords);

    // The next document's words follow.
    void startDocument() { ++m_document; }
    // One word of the current document. True if it was counted (not a stop word).
    bool add(QStringView spelling);

    // Words counted (after stop words).
    qint64 tokens() const { return m_tokens; }
    // The counted words with their counts and documents, in no particular order.
    QList<WordCount> counts() const;
    // Adds another tally's counts (of other documents).
    void merge(const WordTally &other);

    static constexpr qsizetype kMaxSpellings = 200000;
    static constexpr std::size_t kMaxSpellingUnits = 32 * 1024 * 1024;

private:
    struct Word
    {
        QString folded;
        qint64 count = 0;
        qint64 documents = 0;
        qint64 lastDocument = -1;   // the document that last counted it
        bool stop = false;
    };
    struct Spelling
    {
        quint64 hash = 0;
        quint32 offset = 0;   // into m_keys
        quint32 length = 0;   // UTF-16 units
        qint32 word = -1;     // into m_words; -1: an empty slot
    };

    static quint64 hashOf(QStringView text);
    qint32 wordOf(QStringView spelling);
    qint32 wordIndex(const QString &folded);
    void clearSpellings();

    std::function<QString(const QString &)> m_fold;
    const QSet<QString> &m_stop;
    std::vector<Word> m_words;
    QHash<QString, qint32> m_wordIndex;   // folded word → m_words
    std::vector<Spelling> m_spellings;    // open addressing, a power of two
    qsizetype m_spellingCount = 0;
    std::vector<char16_t> m_keys;
    qint64 m_document = 0;
    qint64 m_tokens = 0;
};

} // namespace marginalia
