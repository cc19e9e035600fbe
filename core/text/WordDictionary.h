#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <vector>

namespace marginalia {

// A table of words with their frequencies, for splitting Chinese text into words (WordSegmenter).
// A word's cost is -ln of its probability (count / total), in nats: the segmenter looks for the
// split of a run of characters whose words cost least together. Every prefix of a word is in the
// table too (as a prefix), so a scan from a position can stop as soon as no word starts that way.
//
// The words live in one buffer and an open-addressing hash table of offsets, with no allocation per
// word (16 MB for the shipped 221,000 words and their prefixes).
// Immutable once built; safe to read from any thread.
class WordDictionary
{
public:
    struct Match
    {
        bool isWord = false;     // the text is a word of the table
        bool isPrefix = false;   // a longer word of the table starts with the text
        float cost = 0;          // -ln(count / total), when isWord
    };

    WordDictionary() = default;

    // The shipped Chinese dictionary: resources/words/zh-words.txt (derived from jieba's, simplified and
    // traditional; see the README there) and zh-supplement.txt (words of education and qualitative
    // research). Loaded once.
    static const WordDictionary &chinese();

    // Lines "word<TAB>count" (or a word alone, counted as `defaultCount`); '#' starts a comment, and
    // a line "# total N" sets the total the counts are shares of (else their sum).
    void addList(QByteArrayView utf8, double defaultCount = 1);

    // Adds a word (a count of an existing word is raised, never lowered). Words longer than
    // kLongestWord code points are ignored.
    void insert(QStringView word, double count);
    // Adds a word at a given cost (project words, whose cost the segmenter works out).
    void insertWithCost(QStringView word, float cost);

    Match find(QStringView text) const { return find(text, hashOf(text)); }
    // The same with the text's hash given (hashOf), so that a scan extending a key one character at a time
    // hashes only what it adds (hashAppend) and several tables are asked with one hash.
    Match find(QStringView text, quint32 hash) const;

    // FNV-1a over the UTF-16 units: hashOf(a + b) == hashAppend(hashOf(a), b).
    static constexpr quint32 kEmptyHash = 2166136261u;
    static quint32 hashAppend(quint32 hash, QStringView units)
    {
        for (const QChar c : units) {
            hash ^= c.unicode();
            hash *= 16777619u;
        }
        return hash;
    }
    static quint32 hashOf(QStringView text) { return hashAppend(kEmptyHash, text); }

    // The total the counts are shares of; costs are computed against it.
    double total() const { return m_total; }
    void setTotal(double total);
    float costOfCount(double count) const;

    qsizetype words() const { return m_words; }
    // The bytes the table holds (words, prefixes, hash table).
    qsizetype memoryBytes() const
    {
        return static_cast<qsizetype>(m_keys.capacity() * sizeof(char16_t) + m_entries.capacity() * sizeof(Entry)
                                      + m_table.capacity() * sizeof(Slot) + m_single.capacity() * sizeof(quint32));
    }
    bool isEmpty() const { return m_words == 0; }

    static constexpr int kLongestWord = 16;

private:
    // Keys of up to kInlineUnits UTF-16 units (nearly every Chinese word) are compared with the copy in their
    // entry, so that a hit reads the slot and the entry but not m_keys.
    static constexpr int kInlineUnits = 4;
    struct Entry
    {
        quint32 offset = 0;      // into m_keys
        float logCount = 0;      // ln(count), or the cost itself for insertWithCost entries
        quint16 length = 0;      // UTF-16 units
        bool isWord = false;
        bool isPrefix = false;
        bool fixedCost = false;
        char16_t head[kInlineUnits] = {};   // the key's first units
    };

    const Entry *lookup(QStringView text, quint32 hash) const;   // nullptr if absent
    Entry *slot(QStringView text, quint32 hash);   // created if absent; hash = hashOf(text)
    // Marks the word's prefixes and returns the word's own entry (created if absent).
    Entry *markPrefixes(QStringView word);
    void grow();
    // The entry's key is the text (its hash already matched).
    bool holds(const Entry &entry, QStringView text) const
    {
        if (entry.length != text.size())
            return false;
        const char16_t *key = text.size() <= kInlineUnits ? entry.head : m_keys.data() + entry.offset;
        return std::equal(text.utf16(), text.utf16() + text.size(), key);
    }

    std::vector<char16_t> m_keys;
    std::vector<Entry> m_entries;
    // A slot keeps the key's hash beside the entry's number, so that a probe of another key (and most
    // lookups are of keys the table lacks, where a scan of longer words ends) reads no entry.
    struct Slot
    {
        quint32 hash = 0;
        quint32 entry = 0;   // index + 1 into m_entries; 0 = empty
    };
    std::vector<Slot> m_table;
    // Keys of one UTF-16 unit (every Han character of the BMP the table knows) are found by their unit:
    // index + 1 into m_entries, 0 = absent; empty while there is no such key.
    std::vector<quint32> m_single;
    double m_total = 0;
    double m_countSum = 0;
    bool m_totalGiven = false;
    float m_logTotal = 0;
    qsizetype m_words = 0;
};

} // namespace marginalia
