#include "analysis/AutoCoder.h"

#include "project/CodingStore.h"
#include "project/Project.h"
#include "search/DocumentText.h"
#include "search/TextSearch.h"
#include "text/Segmenter.h"
#include "text/TextIndex.h"
#include "text/Utf8Text.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cstring>
#include <optional>

namespace marginalia {

namespace {

// A sentence is looked for in its whole line when the line is at most this long, else in this
// much of the line on either side of the hit (no real sentence is longer).
constexpr qsizetype kSentenceContextBytes = 64 * 1024;
constexpr qsizetype kWholeLineBytes = 1024 * 1024;

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

qint64 codePointsIn(const QByteArray &utf8, qsizetype from, qsizetype to)
{
    return TextIndex::utf8CodePointLength(std::string_view(utf8.constData() + from, static_cast<size_t>(to - from)));
}

// The units around the hits of one document, in linear time and without a QString of the whole
// text: the stored UTF-8 is held once, positions are converted by a cursor that only moves forward
// (the hits come in text order), each line's bounds are found once, and sentences are analysed
// once per line (or per stretch of a very long line) for all the hits in it. Before, each hit of a
// sentence unit analysed its whole line again: a 2 MB line with thousands of hits never finished.
class UnitFinder
{
public:
    UnitFinder(QByteArray utf8, Segmenter *segmenter) : m_utf8(std::move(utf8)), m_segmenter(segmenter) {}

    TextSpan paragraph(qint64 start, qint64 end)
    {
        const qsizetype startByte = byteOf(start);
        const qsizetype endByte = byteAfter(startByte, end - start);
        lineAround(startByte, endByte);
        return {m_lineStart, m_lineStart + m_lineLength};
    }

    TextSpan sentence(qint64 start, qint64 end)
    {
        const qsizetype startByte = byteOf(start);
        lineAround(startByte, byteAfter(startByte, end - start));
        const bool cached = startByte >= m_analysedFrom && startByte < m_analysedTo
                            && (m_analysedFrom == m_lineStartByte || startByte - m_analysedFrom >= kSentenceContextBytes / 4)
                            && (m_analysedTo == m_lineEndByte || m_analysedTo - startByte >= kSentenceContextBytes / 4);
        if (!cached)
            analyse(startByte, start);
        TextSpan span{start, start};
        if (!m_sentences.isEmpty()) {
            // The last sentence starting at or before the position, else the first (as Segmenter::sentenceAt).
            auto after = std::upper_bound(m_sentences.cbegin(), m_sentences.cend(), start,
                                          [](qint64 position, const TextSpan &s) { return position < s.start; });
            span = after == m_sentences.cbegin() ? m_sentences.first() : *(after - 1);
        }
        // A hit running past its sentence keeps its full extent.
        return {std::min(span.start, start), std::max(span.end, end)};
    }

private:
    // The byte where code point `codePoint` begins; code points only grow from call to call.
    qsizetype byteOf(qint64 codePoint)
    {
        while (m_cursorCodePoint < codePoint && m_cursorByte < m_utf8.size()) {
            ++m_cursorByte;
            while (m_cursorByte < m_utf8.size() && isContinuationByte(m_utf8.at(m_cursorByte)))
                ++m_cursorByte;
            ++m_cursorCodePoint;
        }
        return m_cursorByte;
    }

    qsizetype byteAfter(qsizetype from, qint64 codePoints) const
    {
        qsizetype at = from;
        for (qint64 i = 0; i < codePoints && at < m_utf8.size(); ++i) {
            ++at;
            while (at < m_utf8.size() && isContinuationByte(m_utf8.at(at)))
                ++at;
        }
        return at;
    }

    // The line holding [startByte, endByte), found once for all the hits in it.
    void lineAround(qsizetype startByte, qsizetype endByte)
    {
        if (m_lineEndByte >= 0 && startByte >= m_lineStartByte && endByte <= m_lineEndByte)
            return;
        const char *data = m_utf8.constData();
        // Lines start after the previous line's end at the earliest (hits come in order).
        qsizetype lineStart = startByte;
        const qsizetype floor = std::max<qsizetype>(m_lineEndByte, 0);
        while (lineStart > floor && data[lineStart - 1] != '\n')
            --lineStart;
        const void *newline = std::memchr(data + endByte, '\n', static_cast<size_t>(m_utf8.size() - endByte));
        const qsizetype lineEnd = newline ? static_cast<const char *>(newline) - data : m_utf8.size();
        m_lineStart = m_cursorCodePoint - codePointsIn(m_utf8, lineStart, m_cursorByte);
        m_lineLength = codePointsIn(m_utf8, lineStart, lineEnd);
        m_lineStartByte = lineStart;
        m_lineEndByte = lineEnd;
        m_analysedFrom = m_analysedTo = -1;
    }

    // Sentences of the current line, or of kSentenceContextBytes around the hit in a long line.
    void analyse(qsizetype hitByte, qint64 hitCodePoint)
    {
        qsizetype from = m_lineStartByte;
        qsizetype to = m_lineEndByte;
        if (to - from > kWholeLineBytes) {
            from = std::max(from, hitByte - kSentenceContextBytes);
            to = std::min(to, hitByte + kSentenceContextBytes);
            while (from > m_lineStartByte && isContinuationByte(m_utf8.at(from)))
                --from;
            while (to < m_lineEndByte && isContinuationByte(m_utf8.at(to)))
                ++to;
        }
        const qint64 firstCodePoint = hitCodePoint - codePointsIn(m_utf8, from, hitByte);
        const std::string_view stretch(m_utf8.constData() + from, static_cast<size_t>(to - from));
        m_sentences = m_segmenter->sentences(stringFromUtf8(stretch));
        for (TextSpan &span : m_sentences) {
            span.start += firstCodePoint;
            span.end += firstCodePoint;
        }
        m_analysedFrom = from;
        m_analysedTo = to;
    }

    QByteArray m_utf8;
    Segmenter *m_segmenter;
    qsizetype m_cursorByte = 0;
    qint64 m_cursorCodePoint = 0;
    qsizetype m_lineStartByte = 0;
    qsizetype m_lineEndByte = -1;
    qint64 m_lineStart = 0;
    qint64 m_lineLength = 0;
    qsizetype m_analysedFrom = -1;
    qsizetype m_analysedTo = -1;
    QList<TextSpan> m_sentences;
};

} // namespace

Result<AutoCodeUnit> AutoCoder::parseUnit(const QString &name)
{
    if (name == u"match" || name == u"hit")
        return AutoCodeUnit::Match;
    if (name == u"sentence")
        return AutoCodeUnit::Sentence;
    if (name == u"paragraph")
        return AutoCodeUnit::Paragraph;
    return failure(QStringLiteral("unknown unit '%1' (use match, sentence or paragraph)").arg(name));
}

Result<AutoCodeReport> AutoCoder::autoCode(qint64 codeId, const QString &query, AutoCodeUnit unit, const QString &coder)
{
    TextSearch search(m_project);
    auto hits = search.find(query);
    if (!hits)
        return failure(hits.error());
    return autoCodeHits(codeId, *hits, unit, query, coder);
}

Result<QList<AutoCodeTarget>> AutoCoder::unitsFor(const QList<SearchHit> &hits, AutoCodeUnit unit)
{
    Database &db = m_project.database();
    std::optional<Segmenter> segmenter;
    if (unit == AutoCodeUnit::Sentence)
        segmenter.emplace();
    QList<AutoCodeTarget> targets;
    qint64 currentDocument = 0;
    std::optional<UnitFinder> units;
    QSet<std::pair<qint64, qint64>> unitsDone;
    for (const SearchHit &hit : hits) {
        if (hit.documentId != currentDocument) {
            units.reset();
            if (unit != AutoCodeUnit::Match) {
                // The stored UTF-8 once (half a QString's size), read straight from the row.
                auto text = DocumentText::open(db, hit.documentId);
                if (!text)
                    return failure(text.error());
                auto bytes = (*text)->read(0, (*text)->size());
                if (!bytes)
                    return failure(bytes.error());
                units.emplace(std::move(*bytes), segmenter ? &*segmenter : nullptr);
            }
            currentDocument = hit.documentId;
            unitsDone.clear();
        }
        TextSpan span{hit.start, hit.end};
        if (unit == AutoCodeUnit::Sentence)
            span = units->sentence(hit.start, hit.end);
        else if (unit == AutoCodeUnit::Paragraph)
            span = units->paragraph(hit.start, hit.end);
        if (span.end <= span.start || unitsDone.contains({span.start, span.end}))
            continue;
        unitsDone.insert({span.start, span.end});
        targets.append({hit.documentId, span});
    }
    return targets;
}

Result<AutoCodeReport> AutoCoder::autoCodeHits(qint64 codeId, const QList<SearchHit> &hits, AutoCodeUnit unit,
                                               const QString &query, const QString &coder)
{
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    auto targets = unitsFor(hits, unit);
    if (!targets)
        return failure(targets.error());
    AutoCodeReport report;
    report.hits = hits.size();
    // In batches (the statements prepared once a batch, each document and the code looked up once), of a bounded
    // size: a long document can have millions of hits.
    constexpr qsizetype kBatch = 10000;
    CodingStore codings(m_project);
    QList<NewCoding> batch;
    for (qsizetype first = 0; first < targets->size(); first += kBatch) {
        batch.clear();
        for (qsizetype i = first; i < std::min(first + kBatch, targets->size()); ++i) {
            const AutoCodeTarget &target = targets->at(i);
            NewCoding coding;
            coding.documentId = target.documentId;
            coding.codeId = codeId;
            coding.start = target.span.start;
            coding.end = target.span.end;
            coding.coder = coder;
            batch.append(coding);
        }
        auto added = codings.addAll(batch);
        if (!added)
            return failure(added.error());
        for (const AddedCoding &one : *added) {
            if (one.created)
                ++report.added;
            else
                ++report.alreadyCoded;
        }
    }
    if (auto ok = m_project.journal(QStringLiteral("auto-code"),
                                    {{QStringLiteral("query"), query},
                                     {QStringLiteral("code_id"), codeId},
                                     {QStringLiteral("hits"), report.hits},
                                     {QStringLiteral("added"), report.added}});
        !ok)
        return failure(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return failure(ok.error());
    return report;
}

} // namespace marginalia
