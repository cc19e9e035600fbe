#include "text/WordSegmenter.h"

#include "text/TextIndex.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace marginalia {

namespace {

// The chunks of a long run overlap by this many code points: a split is kept only up to the end of the
// chunk proper, and the next chunk starts at the last word kept, so a word near the cut is decided with
// context on both sides.
constexpr qsizetype kOverlap = 4 * WordDictionary::kLongestWord;

// A word ICU finds and the dictionaries lack counts as a word seen this often (in the dictionary's
// units): rarer than anything the shipped dictionary keeps (counts of 5 and more), yet cheaper than
// splitting it into two rare characters.
constexpr double kFallbackCount = 2;

// What an added project word saves over the best split of it alone, in nats (a factor of e).
constexpr float kProjectWordMargin = 1.0f;

} // namespace

WordSegmenter::WordSegmenter(const QString &localeName, const WordDictionary &dictionary)
    : m_segmenter(localeName)
    , m_dictionary(dictionary)
{
    m_added.setTotal(std::max(1.0, dictionary.total()));
    m_unknownCost = dictionary.costOfCount(1);
    m_fallbackCost = dictionary.costOfCount(kFallbackCount);
}

bool WordSegmenter::isHan(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (QChar::script(c) != QChar::Script_Han)
            return false;
    }
    return true;
}

void WordSegmenter::setProjectWords(const QStringList &added, const QStringList &removed)
{
    m_removed = WordDictionary();
    m_added = WordDictionary();
    m_added.setTotal(std::max(1.0, m_dictionary.total()));
    for (const QString &word : removed) {
        if (isHan(word) && TextIndex::codePointLength(word) >= 2)
            m_removed.insert(word, 1);
    }
    // Each added word costs a little less than the best split of it alone (with the dictionary as it
    // is, the project's removals applied): written alone it is then always taken whole.
    QList<std::pair<QString, float>> costs;
    for (const QString &word : added) {
        const qsizetype n = TextIndex::codePointLength(word);
        if (!isHan(word) || n < 2 || n > WordDictionary::kLongestWord || m_removed.find(word).isWord)
            continue;
        std::vector<qsizetype> bounds;
        for (qsizetype i = 0; i < word.size(); ++i) {
            if (!word.at(i).isLowSurrogate())
                bounds.push_back(i);
        }
        bounds.push_back(word.size());
        const double split = solve(word, bounds, 0, n, nullptr, nullptr, nullptr);
        costs.append({word, static_cast<float>(split) - kProjectWordMargin});
    }
    for (const auto &[word, cost] : std::as_const(costs))
        m_added.insertWithCost(word, cost);
}

WordSegmenter::Lookup WordSegmenter::find(QStringView text, quint32 hash) const
{
    const WordDictionary::Match shipped = m_dictionary.find(text, hash);
    Lookup result{shipped.isWord, shipped.isPrefix, shipped.cost};
    if (!m_added.isEmpty()) {
        const WordDictionary::Match own = m_added.find(text, hash);
        result.isPrefix = result.isPrefix || own.isPrefix;
        if (own.isWord && (!result.isWord || own.cost < result.cost)) {
            result.isWord = true;
            result.cost = own.cost;
        }
    }
    if (result.isWord && !m_removed.isEmpty() && m_removed.find(text, hash).isWord)
        result.isWord = false;
    return result;
}

float WordSegmenter::singleCost(QStringView character, quint32 hash) const
{
    const WordDictionary::Match match = m_dictionary.find(character, hash);
    return match.isWord ? match.cost : m_unknownCost;
}

double WordSegmenter::solve(QStringView run, const std::vector<qsizetype> &bounds, qsizetype from, qsizetype to,
                            const TextSpan *candidates, const TextSpan *candidatesEnd, std::vector<int> *lengths) const
{
    const qsizetype n = to - from;
    // best[k]: the least cost of a split of [from, from + k); back[k]: where its last word starts.
    std::vector<double> &best = m_scratch.best;
    std::vector<qsizetype> &back = m_scratch.back;
    best.assign(n + 1, std::numeric_limits<double>::infinity());
    back.assign(n + 1, 0);
    best[0] = 0;
    const auto relax = [&](qsizetype start, qsizetype end, double cost) {
        const double total = best[start - from] + cost;
        if (total < best[end - from]) {
            best[end - from] = total;
            back[end - from] = start;
        }
    };
    const TextSpan *candidate = std::lower_bound(candidates, candidatesEnd, from,
                                                 [](const TextSpan &span, qsizetype at) { return span.start < at; });
    const auto slice = [&](qsizetype start, qsizetype end) {
        return run.sliced(bounds[start], bounds[end] - bounds[start]);
    };
    for (qsizetype i = from; i < to; ++i) {
        // The words starting here are hashed as they grow, one character at a time.
        const QStringView first = slice(i, i + 1);
        quint32 hash = WordDictionary::hashOf(first);
        relax(i, i + 1, singleCost(first, hash));
        const qsizetype longest = std::min<qsizetype>(to, i + WordDictionary::kLongestWord);
        for (qsizetype end = i + 2; end <= longest; ++end) {
            hash = WordDictionary::hashAppend(hash, slice(end - 1, end));
            const Lookup match = find(slice(i, end), hash);
            if (match.isWord)
                relax(i, end, match.cost);
            if (!match.isPrefix)
                break;
        }
        for (; candidate != candidatesEnd && candidate->start <= i; ++candidate) {
            if (candidate->start < i || candidate->end > to || candidate->length() < 2)
                continue;
            const QStringView word = slice(candidate->start, candidate->end);
            const quint32 wordHash = WordDictionary::hashOf(word);
            if (!find(word, wordHash).isWord && (m_removed.isEmpty() || !m_removed.find(word, wordHash).isWord))
                relax(i, candidate->end, m_fallbackCost);
        }
    }
    if (lengths) {
        const std::size_t first = lengths->size();
        for (qsizetype k = n; k > 0;) {
            const qsizetype start = back[k] - from;
            lengths->push_back(static_cast<int>(k - start));
            k = start;
        }
        std::reverse(lengths->begin() + static_cast<std::ptrdiff_t>(first), lengths->end());
    }
    return best[n];
}

void WordSegmenter::split(QStringView run, const TextSpan *candidates, const TextSpan *candidatesEnd,
                          std::vector<int> &result) const
{
    std::vector<qsizetype> &bounds = m_scratch.bounds;
    bounds.clear();
    bounds.reserve(run.size() + 1);
    for (qsizetype i = 0; i < run.size(); ++i) {
        if (!run.at(i).isLowSurrogate())
            bounds.push_back(i);
    }
    const qsizetype n = static_cast<qsizetype>(bounds.size());
    bounds.push_back(run.size());

    std::vector<int> &lengths = m_scratch.chunk;
    qsizetype from = 0;
    while (from < n) {
        const qsizetype limit = std::min(n, from + kChunk);
        const qsizetype to = std::min(n, limit + kOverlap);
        lengths.clear();
        solve(run, bounds, from, to, candidates, candidatesEnd, &lengths);
        if (to == n) {
            result.insert(result.end(), lengths.cbegin(), lengths.cend());
            break;
        }
        // Keep the words that end within the chunk proper; the rest is solved again with what follows.
        qsizetype at = from;
        for (const int length : std::as_const(lengths)) {
            if (at + length > limit)
                break;
            result.push_back(length);
            at += length;
        }
        from = at;
    }
}

QList<int> WordSegmenter::splitRun(QStringView run, const QList<TextSpan> &candidates) const
{
    std::vector<int> lengths;
    split(run, candidates.constData(), candidates.constData() + candidates.size(), lengths);
    return QList<int>(lengths.cbegin(), lengths.cend());
}

QList<WordToken> WordSegmenter::words(const QString &text, Segmenter::WordFilter filter) const
{
    std::vector<WordSpan> spans;
    wordSpans(text, filter, spans);
    QList<WordToken> result;
    result.reserve(static_cast<qsizetype>(spans.size()));
    for (const WordSpan &span : spans)
        result.append({span.start, span.end, text.sliced(span.utf16Start, span.utf16Length())});
    return result;
}

void WordSegmenter::wordSpans(QStringView text, Segmenter::WordFilter filter, std::vector<WordSpan> &result) const
{
    result.clear();
    std::vector<WordSpan> &tokens = m_scratch.icuWords;
    m_segmenter.wordSpans(text, filter, tokens);
    const auto han = [&](const WordSpan &token) { return isHan(text.sliced(token.utf16Start, token.utf16Length())); };
    const qsizetype count = static_cast<qsizetype>(tokens.size());
    // Text without Chinese (most windows of a Western corpus) is ICU's words as they are.
    qsizetype firstHan = 0;
    while (firstHan < count && !han(tokens[firstHan]))
        ++firstHan;
    if (firstHan == count) {
        result.swap(tokens);
        return;
    }
    result.reserve(tokens.size());
    result.insert(result.end(), tokens.cbegin(), tokens.cbegin() + firstHan);
    std::vector<TextSpan> &candidates = m_scratch.candidates;
    std::vector<int> &lengths = m_scratch.lengths;
    for (qsizetype i = firstHan; i < count;) {
        if (i > firstHan && !han(tokens[i])) {
            result.push_back(tokens[i++]);
            continue;
        }
        // A run of Han words ICU found side by side (so side by side in the text too): split it again as a whole.
        qsizetype j = i + 1;
        while (j < count && tokens[j].start == tokens[j - 1].end && han(tokens[j]))
            ++j;
        if (j == i + 1 && tokens[i].end - tokens[i].start == 1) {
            result.push_back(tokens[i++]);
            continue;
        }
        const WordSpan &first = tokens[i];
        const QStringView run = text.sliced(first.utf16Start, tokens[j - 1].utf16End - first.utf16Start);
        candidates.clear();
        for (qsizetype k = i; k < j; ++k)
            candidates.push_back({tokens[k].start - first.start, tokens[k].end - first.start});
        lengths.clear();
        split(run, candidates.data(), candidates.data() + candidates.size(), lengths);
        qint64 codePoint = first.start;
        qsizetype utf16 = 0;
        for (const int length : lengths) {
            qsizetype end = utf16;
            for (int c = 0; c < length; ++c)
                end += run.at(end).isHighSurrogate() && end + 1 < run.size() ? 2 : 1;
            result.push_back({codePoint, codePoint + length, first.utf16Start + utf16, first.utf16Start + end});
            codePoint += length;
            utf16 = end;
        }
        i = j;
    }
}

} // namespace marginalia
