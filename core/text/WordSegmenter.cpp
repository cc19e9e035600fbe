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
        const double split = solve(word, bounds, 0, n, {}, nullptr);
        costs.append({word, static_cast<float>(split) - kProjectWordMargin});
    }
    for (const auto &[word, cost] : std::as_const(costs))
        m_added.insertWithCost(word, cost);
}

WordSegmenter::Lookup WordSegmenter::find(QStringView text) const
{
    const WordDictionary::Match shipped = m_dictionary.find(text);
    Lookup result{shipped.isWord, shipped.isPrefix, shipped.cost};
    if (!m_added.isEmpty()) {
        const WordDictionary::Match own = m_added.find(text);
        result.isPrefix = result.isPrefix || own.isPrefix;
        if (own.isWord && (!result.isWord || own.cost < result.cost)) {
            result.isWord = true;
            result.cost = own.cost;
        }
    }
    if (result.isWord && !m_removed.isEmpty() && m_removed.find(text).isWord)
        result.isWord = false;
    return result;
}

float WordSegmenter::singleCost(QStringView character) const
{
    const WordDictionary::Match match = m_dictionary.find(character);
    return match.isWord ? match.cost : m_unknownCost;
}

double WordSegmenter::solve(QStringView run, const std::vector<qsizetype> &bounds, qsizetype from, qsizetype to,
                            const QList<TextSpan> &candidates, QList<int> *lengths) const
{
    const qsizetype n = to - from;
    // best[k]: the least cost of a split of [from, from + k); back[k]: where its last word starts.
    std::vector<double> best(n + 1, std::numeric_limits<double>::infinity());
    std::vector<qsizetype> back(n + 1, 0);
    best[0] = 0;
    const auto relax = [&](qsizetype start, qsizetype end, double cost) {
        const double total = best[start - from] + cost;
        if (total < best[end - from]) {
            best[end - from] = total;
            back[end - from] = start;
        }
    };
    auto candidate = std::lower_bound(candidates.cbegin(), candidates.cend(), from,
                                      [](const TextSpan &span, qsizetype at) { return span.start < at; });
    const auto slice = [&](qsizetype start, qsizetype end) {
        return run.sliced(bounds[start], bounds[end] - bounds[start]);
    };
    for (qsizetype i = from; i < to; ++i) {
        relax(i, i + 1, singleCost(slice(i, i + 1)));
        const qsizetype longest = std::min<qsizetype>(to, i + WordDictionary::kLongestWord);
        for (qsizetype end = i + 2; end <= longest; ++end) {
            const Lookup match = find(slice(i, end));
            if (match.isWord)
                relax(i, end, match.cost);
            if (!match.isPrefix)
                break;
        }
        for (; candidate != candidates.cend() && candidate->start <= i; ++candidate) {
            if (candidate->start < i || candidate->end > to || candidate->length() < 2)
                continue;
            const QStringView word = slice(candidate->start, candidate->end);
            if (!find(word).isWord && (m_removed.isEmpty() || !m_removed.find(word).isWord))
                relax(i, candidate->end, m_fallbackCost);
        }
    }
    if (lengths) {
        QList<int> reversed;
        for (qsizetype k = n; k > 0;) {
            const qsizetype start = back[k] - from;
            reversed.append(static_cast<int>(k - start));
            k = start;
        }
        std::reverse(reversed.begin(), reversed.end());
        lengths->append(reversed);
    }
    return best[n];
}

QList<int> WordSegmenter::splitRun(QStringView run, const QList<TextSpan> &candidates) const
{
    std::vector<qsizetype> bounds;
    bounds.reserve(run.size() + 1);
    for (qsizetype i = 0; i < run.size(); ++i) {
        if (!run.at(i).isLowSurrogate())
            bounds.push_back(i);
    }
    const qsizetype n = static_cast<qsizetype>(bounds.size());
    bounds.push_back(run.size());

    QList<int> result;
    qsizetype from = 0;
    while (from < n) {
        const qsizetype limit = std::min(n, from + kChunk);
        const qsizetype to = std::min(n, limit + kOverlap);
        QList<int> lengths;
        solve(run, bounds, from, to, candidates, &lengths);
        if (to == n) {
            result.append(lengths);
            break;
        }
        // Keep the words that end within the chunk proper; the rest is solved again with what follows.
        qsizetype at = from;
        for (const int length : std::as_const(lengths)) {
            if (at + length > limit)
                break;
            result.append(length);
            at += length;
        }
        from = at;
    }
    return result;
}

QList<WordToken> WordSegmenter::words(const QString &text, Segmenter::WordFilter filter) const
{
    QList<WordToken> tokens = m_segmenter.words(text, filter);
    // Text without Chinese (most windows of a Western corpus) is ICU's words as they are.
    if (std::none_of(tokens.cbegin(), tokens.cend(), [](const WordToken &token) { return isHan(token.text); }))
        return tokens;
    QList<WordToken> result;
    result.reserve(tokens.size());
    for (qsizetype i = 0; i < tokens.size();) {
        if (!isHan(tokens.at(i).text)) {
            result.append(tokens.at(i++));
            continue;
        }
        // A run of Han words ICU found side by side: split it again as a whole.
        qsizetype j = i + 1;
        while (j < tokens.size() && tokens.at(j).start == tokens.at(j - 1).end && isHan(tokens.at(j).text))
            ++j;
        if (j == i + 1 && tokens.at(i).end - tokens.at(i).start == 1) {
            result.append(tokens.at(i++));
            continue;
        }
        const qint64 runStart = tokens.at(i).start;
        QString run;
        QList<TextSpan> candidates;
        for (qsizetype k = i; k < j; ++k) {
            run += tokens.at(k).text;
            candidates.append({tokens.at(k).start - runStart, tokens.at(k).end - runStart});
        }
        qint64 codePoint = runStart;
        qsizetype utf16 = 0;
        for (const int length : splitRun(run, candidates)) {
            qsizetype end = utf16;
            for (int c = 0; c < length; ++c)
                end += run.at(end).isHighSurrogate() && end + 1 < run.size() ? 2 : 1;
            result.append({codePoint, codePoint + length, run.sliced(utf16, end - utf16)});
            codePoint += length;
            utf16 = end;
        }
        i = j;
    }
    return result;
}

} // namespace marginalia
