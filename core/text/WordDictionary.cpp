#include "text/WordDictionary.h"

#include "text/TextIndex.h"

#include <QFile>

#include <cmath>

// Resources of a static library must be registered by name, outside any namespace.
static void registerWordResources()
{
    Q_INIT_RESOURCE(words);
}

namespace marginalia {

namespace {

// What a word of the supplement counts (see resources/words/README.md): about the count of
// 教研组 or 课件 in jieba's dictionary, enough to beat the split into its characters.
constexpr double kSupplementCount = 200;

QByteArray resource(const QString &path)
{
    registerWordResources();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

const WordDictionary &WordDictionary::chinese()
{
    static const WordDictionary dictionary = [] {
        WordDictionary d;
        d.addList(resource(QStringLiteral(":/words/zh-words.txt")));
        d.addList(resource(QStringLiteral(":/words/zh-supplement.txt")), kSupplementCount);
        return d;
    }();
    return dictionary;
}

void WordDictionary::addList(QByteArrayView utf8, double defaultCount)
{
    qsizetype lineStart = 0;
    while (lineStart < utf8.size()) {
        qsizetype lineEnd = utf8.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = utf8.size();
        QByteArrayView line = utf8.sliced(lineStart, lineEnd - lineStart).trimmed();
        lineStart = lineEnd + 1;
        if (line.startsWith("# total ")) {
            bool ok = false;
            const double total = line.sliced(8).trimmed().toByteArray().toDouble(&ok);
            if (ok && total > 0)
                setTotal(total);
            continue;
        }
        const qsizetype hash = line.indexOf('#');
        if (hash >= 0)
            line = line.first(hash).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype tab = line.indexOf('\t');
        double count = defaultCount;
        if (tab >= 0) {
            bool ok = false;
            count = line.sliced(tab + 1).trimmed().toByteArray().toDouble(&ok);
            if (!ok || !(count > 0))
                continue;
            line = line.first(tab).trimmed();
        }
        insert(QString::fromUtf8(line), count);
    }
}

void WordDictionary::setTotal(double total)
{
    m_total = total;
    m_totalGiven = true;
    m_logTotal = static_cast<float>(std::log(total));
}

float WordDictionary::costOfCount(double count) const
{
    return m_logTotal - static_cast<float>(std::log(std::max(count, 1e-9)));
}

void WordDictionary::grow()
{
    std::vector<Slot> old(std::max<std::size_t>(1024, m_table.size() * 2));
    old.swap(m_table);
    const std::size_t mask = m_table.size() - 1;
    for (const Slot &slot : old) {
        if (slot.entry == 0)
            continue;
        std::size_t at = slot.hash & mask;
        while (m_table[at].entry != 0)
            at = (at + 1) & mask;
        m_table[at] = slot;
    }
}

const WordDictionary::Entry *WordDictionary::lookup(QStringView text, quint32 hash) const
{
    if (text.size() == 1) {
        if (m_single.empty())
            return nullptr;
        const quint32 entry = m_single[text.front().unicode()];
        return entry == 0 ? nullptr : &m_entries[entry - 1];
    }
    if (m_table.empty())
        return nullptr;
    const std::size_t mask = m_table.size() - 1;
    for (std::size_t at = hash & mask; m_table[at].entry != 0; at = (at + 1) & mask) {
        if (m_table[at].hash != hash)
            continue;
        const Entry &entry = m_entries[m_table[at].entry - 1];
        if (holds(entry, text))
            return &entry;
    }
    return nullptr;
}

WordDictionary::Entry *WordDictionary::markPrefixes(QStringView word)
{
    // Prefixes end between code points, never inside a surrogate pair; each is hashed by what it adds.
    quint32 hash = kEmptyHash;
    for (qsizetype i = 1; i < word.size(); ++i) {
        hash = hashAppend(hash, word.sliced(i - 1, 1));
        if (!word.at(i).isLowSurrogate())
            slot(word.first(i), hash)->isPrefix = true;
    }
    return slot(word, hashAppend(hash, word.last(1)));
}

WordDictionary::Entry *WordDictionary::slot(QStringView text, quint32 hash)
{
    if (m_table.empty())
        grow();
    std::size_t mask = m_table.size() - 1;
    std::size_t at = hash & mask;
    while (m_table[at].entry != 0) {
        if (m_table[at].hash == hash) {
            Entry &entry = m_entries[m_table[at].entry - 1];
            if (holds(entry, text))
                return &entry;
        }
        at = (at + 1) & mask;
    }
    if ((m_entries.size() + 1) * 2 > m_table.size()) {
        grow();
        mask = m_table.size() - 1;
        at = hash & mask;
        while (m_table[at].entry != 0)
            at = (at + 1) & mask;
    }
    Entry entry;
    entry.length = static_cast<quint16>(text.size());
    if (text.size() <= kInlineUnits) {
        std::copy(text.utf16(), text.utf16() + text.size(), entry.head);
    } else {
        entry.offset = static_cast<quint32>(m_keys.size());
        m_keys.insert(m_keys.end(), text.utf16(), text.utf16() + text.size());
    }
    m_entries.push_back(entry);
    m_table[at] = {hash, static_cast<quint32>(m_entries.size())};
    if (text.size() == 1) {
        if (m_single.empty())
            m_single.assign(0x10000, 0);
        m_single[text.front().unicode()] = static_cast<quint32>(m_entries.size());
    }
    return &m_entries.back();
}

void WordDictionary::insert(QStringView word, double count)
{
    if (word.isEmpty() || !(count > 0) || word.size() > 2 * kLongestWord)
        return;
    if (TextIndex::codePointLength(word) > kLongestWord)
        return;
    Entry *entry = markPrefixes(word);
    const float logCount = static_cast<float>(std::log(count));
    if (!entry->isWord) {
        ++m_words;
        entry->isWord = true;
        entry->logCount = logCount;
        m_countSum += count;
    } else if (!entry->fixedCost && logCount > entry->logCount) {
        m_countSum += count - std::exp(static_cast<double>(entry->logCount));
        entry->logCount = logCount;
    }
    if (!m_totalGiven) {
        m_total = m_countSum;
        m_logTotal = static_cast<float>(std::log(m_total));
    }
}

void WordDictionary::insertWithCost(QStringView word, float cost)
{
    if (word.isEmpty() || word.size() > 2 * kLongestWord)
        return;
    Entry *entry = markPrefixes(word);
    if (!entry->isWord)
        ++m_words;
    entry->isWord = true;
    entry->fixedCost = true;
    entry->logCount = cost;
}

WordDictionary::Match WordDictionary::find(QStringView text, quint32 hash) const
{
    const Entry *entry = lookup(text, hash);
    if (!entry)
        return {};
    Match match;
    match.isWord = entry->isWord;
    match.isPrefix = entry->isPrefix;
    if (entry->isWord)
        match.cost = entry->fixedCost ? entry->logCount : m_logTotal - entry->logCount;
    return match;
}

} // namespace marginalia
