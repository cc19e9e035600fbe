#include "analysis/WordTally.h"

#include "analysis/WordFrequencies.h"

#include <cstring>

namespace marginalia {

WordTally::WordTally(std::function<QString(const QString &)> fold, const QSet<QString> &stopWords)
    : m_fold(std::move(fold))
    , m_stop(stopWords)
{
    m_spellings.resize(1024);
}

quint64 WordTally::hashOf(QStringView text)
{
    // Four UTF-16 units at a time, each step mixed by a multiplication (the words are short: one or two steps).
    const char16_t *p = text.utf16();
    qsizetype n = text.size();
    quint64 hash = 0x9E3779B97F4A7C15ull ^ static_cast<quint64>(n);
    const auto mix = [&hash](quint64 v) {
        hash = (hash ^ v) * 0xBF58476D1CE4E5B9ull;
        hash ^= hash >> 31;
    };
    for (; n >= 4; n -= 4, p += 4) {
        quint64 v;
        std::memcpy(&v, p, sizeof v);
        mix(v);
    }
    if (n > 0) {
        quint64 v = 0;
        std::memcpy(&v, p, static_cast<std::size_t>(n) * sizeof(char16_t));
        mix(v);
    }
    return hash;
}

qint32 WordTally::wordIndex(const QString &folded)
{
    auto it = m_wordIndex.constFind(folded);
    if (it != m_wordIndex.cend())
        return it.value();
    const auto index = static_cast<qint32>(m_words.size());
    Word word;
    word.folded = folded;
    word.stop = m_stop.contains(folded);
    m_words.push_back(std::move(word));
    m_wordIndex.insert(folded, index);
    return index;
}

void WordTally::clearSpellings()
{
    std::fill(m_spellings.begin(), m_spellings.end(), Spelling{});
    m_spellingCount = 0;
    m_keys.clear();
}

qint32 WordTally::wordOf(QStringView spelling)
{
    const quint64 hash = hashOf(spelling);
    std::size_t mask = m_spellings.size() - 1;
    std::size_t at = hash & mask;
    for (; m_spellings[at].word >= 0; at = (at + 1) & mask) {
        const Spelling &slot = m_spellings[at];
        if (slot.hash == hash && slot.length == spelling.size()
            && std::equal(spelling.utf16(), spelling.utf16() + spelling.size(), m_keys.data() + slot.offset))
            return slot.word;
    }
    // A spelling not met before (or forgotten): folded once.
    const qint32 word = wordIndex(m_fold(spelling.toString()));
    if (m_spellingCount >= kMaxSpellings || m_keys.size() + spelling.size() > kMaxSpellingUnits) {
        clearSpellings();
        at = hash & mask;
    } else if ((m_spellingCount + 1) * 2 > static_cast<qsizetype>(m_spellings.size())) {
        std::vector<Spelling> old(m_spellings.size() * 2);
        old.swap(m_spellings);
        mask = m_spellings.size() - 1;
        for (const Spelling &slot : old) {
            if (slot.word < 0)
                continue;
            std::size_t to = slot.hash & mask;
            while (m_spellings[to].word >= 0)
                to = (to + 1) & mask;
            m_spellings[to] = slot;
        }
        at = hash & mask;
    }
    while (m_spellings[at].word >= 0)
        at = (at + 1) & mask;
    m_spellings[at] = {hash, static_cast<quint32>(m_keys.size()), static_cast<quint32>(spelling.size()), word};
    m_keys.insert(m_keys.end(), spelling.utf16(), spelling.utf16() + spelling.size());
    ++m_spellingCount;
    return word;
}

bool WordTally::add(QStringView spelling)
{
    Word &word = m_words[static_cast<std::size_t>(wordOf(spelling))];
    if (word.stop)
        return false;
    ++word.count;
    ++m_tokens;
    if (word.lastDocument != m_document) {
        word.lastDocument = m_document;
        ++word.documents;
    }
    return true;
}

QList<WordCount> WordTally::counts() const
{
    QList<WordCount> result;
    result.reserve(static_cast<qsizetype>(m_words.size()));
    for (const Word &word : m_words) {
        if (!word.stop)
            result.append({word.folded, word.count, word.documents});
    }
    return result;
}

void WordTally::merge(const WordTally &other)
{
    for (const Word &theirs : other.m_words) {
        Word &ours = m_words[static_cast<std::size_t>(wordIndex(theirs.folded))];
        ours.count += theirs.count;
        ours.documents += theirs.documents;
    }
    m_tokens += other.m_tokens;
}

} // namespace marginalia
