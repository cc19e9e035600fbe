#include "analysis/AutoCoder.h"

#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "search/TextSearch.h"
#include "text/Segmenter.h"
#include "text/TextIndex.h"

#include <QJsonObject>
#include <QSet>

#include <optional>

namespace marginalia {

namespace {

// The line around [start, end): from after the previous "\n" to before the next one.
TextSpan lineAround(const QString &text, const TextIndex &index, qint64 start, qint64 end)
{
    const qsizetype from = index.toUtf16(start);
    const qsizetype to = index.toUtf16(end);
    const qsizetype lineStart = from > 0 ? text.lastIndexOf(u'\n', from - 1) + 1 : 0;
    qsizetype lineEnd = text.indexOf(u'\n', to);
    if (lineEnd < 0)
        lineEnd = text.size();
    return {index.toCodePoint(lineStart), index.toCodePoint(lineEnd)};
}

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
    DocumentStore documents(m_project);
    std::optional<Segmenter> segmenter;
    QList<AutoCodeTarget> targets;
    qint64 currentDocument = 0;
    QString text;
    TextIndex index;
    QSet<std::pair<qint64, qint64>> unitsDone;
    for (const SearchHit &hit : hits) {
        if (hit.documentId != currentDocument) {
            auto loaded = documents.text(hit.documentId);
            if (!loaded)
                return failure(loaded.error());
            text = *loaded;
            index = TextIndex(text);
            currentDocument = hit.documentId;
            unitsDone.clear();
        }
        TextSpan span{hit.start, hit.end};
        if (unit == AutoCodeUnit::Sentence) {
            if (!segmenter)
                segmenter.emplace();
            span = segmenter->sentenceAt(text, index, hit.start);
            // A hit running past its sentence keeps its full extent.
            span.start = std::min(span.start, hit.start);
            span.end = std::max(span.end, hit.end);
        } else if (unit == AutoCodeUnit::Paragraph) {
            span = lineAround(text, index, hit.start, hit.end);
        }
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
    CodingStore codings(m_project);
    AutoCodeReport report;
    report.hits = hits.size();
    for (const AutoCodeTarget &target : *targets) {
        NewCoding coding;
        coding.documentId = target.documentId;
        coding.codeId = codeId;
        coding.start = target.span.start;
        coding.end = target.span.end;
        coding.coder = coder;
        auto added = codings.add(coding);
        if (!added)
            return failure(added.error());
        if (added->created)
            ++report.added;
        else
            ++report.alreadyCoded;
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
