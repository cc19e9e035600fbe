#include "search/SearchRunner.h"

#include "project/DocumentStore.h"
#include "text/Paragraphs.h"
#include "text/Segmenter.h"
#include "text/TextIndex.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace marginalia {

namespace {

// The words of one paragraph, as sets of start and end positions (code points in the document).
struct WordEdges
{
    QSet<qint64> starts;
    QSet<qint64> ends;
};

WordEdges wordEdges(const Segmenter &segmenter, const QString &text, const TextIndex &index, const Paragraph &paragraph)
{
    const qsizetype from = index.toUtf16(paragraph.start);
    const QString line = text.mid(from, index.toUtf16(paragraph.end) - from);
    WordEdges edges;
    for (const WordToken &word : segmenter.words(line, Segmenter::WordFilter::LettersAndNumbers)) {
        edges.starts.insert(paragraph.start + word.start);
        edges.ends.insert(paragraph.start + word.end);
    }
    return edges;
}

} // namespace

Result<QList<SearchResult>> SearchRunner::run(Project &project, const SearchRequest &request,
                                              const std::atomic_bool &cancelled)
{
    SearchOptions options;
    options.caseSensitive = request.caseSensitive;
    auto hits = TextSearch(project).find(request.query, options);
    if (!hits)
        return failure(hits.error());

    DocumentStore documents(project);
    std::optional<Segmenter> segmenter;
    QList<SearchResult> results;
    qint64 currentDocument = 0;
    QString text;
    TextIndex index;
    QList<Paragraph> paragraphs;
    int edgesOf = -1;   // the paragraph whose word edges are in `edges`
    WordEdges edges;
    for (const SearchHit &hit : *hits) {
        if (cancelled)
            return failure(QStringLiteral("cancelled"));
        if (hit.documentId != currentDocument) {
            auto loaded = documents.text(hit.documentId);
            if (!loaded)
                return failure(loaded.error());
            text = *loaded;
            index = TextIndex(text);
            paragraphs = splitParagraphs(text);
            currentDocument = hit.documentId;
            edgesOf = -1;
        }
        // The paragraph holding the hit's start: the last one starting at or before it.
        const auto after = std::upper_bound(paragraphs.cbegin(), paragraphs.cend(), hit.start,
                                            [](qint64 position, const Paragraph &p) { return position < p.start; });
        const int paragraph = static_cast<int>(after - paragraphs.cbegin()) - 1;
        if (request.wholeWords) {
            if (paragraph < 0)
                continue;
            if (edgesOf != paragraph) {
                if (!segmenter)
                    segmenter.emplace();
                edges = wordEdges(*segmenter, text, index, paragraphs.at(paragraph));
                edgesOf = paragraph;
            }
            if (!edges.starts.contains(hit.start) || !edges.ends.contains(hit.end))
                continue;
        }
        const qint64 lineStart = paragraph >= 0 ? paragraphs.at(paragraph).start : 0;
        const qint64 lineEnd = paragraph >= 0 ? std::max(paragraphs.at(paragraph).end, hit.end) : hit.end;
        const qint64 contextStart = std::max(lineStart, hit.start - contextReach);
        const qint64 contextEnd = std::min(lineEnd, hit.end + contextReach);

        SearchResult result;
        result.hit = hit;
        result.paragraph = paragraph + 1;
        const qsizetype from = index.toUtf16(contextStart);
        const qsizetype hitFrom = index.toUtf16(hit.start);
        const qsizetype hitTo = index.toUtf16(hit.end);
        const QString ellipsis = QStringLiteral("…");
        const QString before = (contextStart > lineStart ? ellipsis : QString()) + text.mid(from, hitFrom - from);
        result.context = before + text.mid(hitFrom, hitTo - hitFrom)
            + text.mid(hitTo, index.toUtf16(contextEnd) - hitTo) + (contextEnd < lineEnd ? ellipsis : QString());
        result.hitFrom = before.size();
        result.hitLength = hitTo - hitFrom;
        results.append(result);
    }
    return results;
}

QList<SearchHit> SearchRunner::hits(const QList<SearchResult> &results)
{
    QList<SearchHit> list;
    list.reserve(results.size());
    for (const SearchResult &result : results)
        list.append(result.hit);
    return list;
}

} // namespace marginalia
