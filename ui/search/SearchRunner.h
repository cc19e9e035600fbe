#pragma once

#include "common/Result.h"
#include "search/TextSearch.h"

#include <QList>
#include <QString>

#include <atomic>

namespace marginalia {

class Project;

struct SearchRequest
{
    QString query;
    bool caseSensitive = false;
    // Only hits that begin and end on word boundaries (Segmenter, so Chinese words count too).
    bool wholeWords = false;
};

// One hit as the search pane lists it.
struct SearchResult
{
    SearchHit hit;
    int paragraph = 0;        // 1-based number of the paragraph (non-empty line) holding the hit
    QString context;          // the hit with some text of its paragraph either side
    qsizetype hitFrom = 0;    // where the hit lies in context, UTF-16
    qsizetype hitLength = 0;
};

// Runs a search of the whole project and dresses its hits for display. Needs no GUI: it runs
// in a worker thread on a connection of its own (AnalysisTask).
class SearchRunner
{
public:
    // Code points of context kept on either side of a hit.
    static constexpr qint64 contextReach = 40;

    static Result<QList<SearchResult>> run(Project &project, const SearchRequest &request,
                                           const std::atomic_bool &cancelled);
    // The hits of the results, for auto-coding.
    static QList<SearchHit> hits(const QList<SearchResult> &results);
};

} // namespace marginalia
