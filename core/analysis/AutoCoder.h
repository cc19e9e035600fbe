#pragma once

#include "common/Result.h"
#include "search/TextSearch.h"
#include "text/Segmenter.h"

#include <QList>
#include <QString>

namespace marginalia {

class Project;

enum class AutoCodeUnit { Match, Sentence, Paragraph };

struct AutoCodeReport
{
    qint64 hits = 0;           // occurrences of the query
    qint64 added = 0;          // new codings
    qint64 alreadyCoded = 0;   // units the coder had coded with this code already
};

// One unit to be coded: a hit, or the sentence or paragraph it lies in.
struct AutoCodeTarget
{
    qint64 documentId = 0;
    TextSpan span;
};

// Codes every search hit with a code: the hit itself, the sentence around it, or its paragraph
// (line). Several hits in one unit give one coding. All in one transaction.
class AutoCoder
{
public:
    explicit AutoCoder(Project &project) : m_project(project) {}

    Result<AutoCodeReport> autoCode(qint64 codeId, const QString &query, AutoCodeUnit unit, const QString &coder = {});

    // The same for hits found elsewhere (the GUI's search pane, with its options); query is only
    // written to the journal.
    Result<AutoCodeReport> autoCodeHits(qint64 codeId, const QList<SearchHit> &hits, AutoCodeUnit unit,
                                        const QString &query, const QString &coder = {});
    // The distinct units the hits fall in, in the order of the hits (hits must be grouped by
    // document, as TextSearch returns them): what autoCodeHits() would code.
    Result<QList<AutoCodeTarget>> unitsFor(const QList<SearchHit> &hits, AutoCodeUnit unit);

    static Result<AutoCodeUnit> parseUnit(const QString &name);

private:
    Project &m_project;
};

} // namespace marginalia
