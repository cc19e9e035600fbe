#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace marginalia {

class Project;

struct SearchHit
{
    qint64 documentId = 0;
    QString document;
    qint64 start = 0;   // code points, half-open
    qint64 end = 0;
    // The same in bytes of the document's stored UTF-8, where the search found the hit in those bytes; -1 where it
    // matched a decoded copy (case-insensitive letters beyond ASCII). Lets a caller cut the hit without counting.
    qint64 byteStart = -1;
    qint64 byteEnd = -1;
};

struct SearchOptions
{
    bool caseSensitive = false;
    QList<qint64> documentIds;   // empty: all documents
};

// Full-text search over the stored texts. Queries of three or more characters go through the
// FTS5 trigram index (which documents hold each trigram, no positions); it finds Chinese
// substrings as well as Latin words. Shorter queries cannot use trigrams; they take the
// trigrams that begin with the query from the index's vocabulary, plus the indexed last two
// characters of each document, so they are still found without reading every text. Hits are
// then located exactly in each candidate document. Documents the SearchIndexer has not reached
// yet are always candidates: searches are exact while the index is being built, only slower.
class TextSearch
{
public:
    explicit TextSearch(Project &project) : m_project(project) {}

    Result<QList<SearchHit>> find(const QString &query, const SearchOptions &options = {});
    // The same hits in the same order (documents by name, then id; hits by position), handed over one document
    // at a time as they are found: only one document's hits are held (marginalia-cli search).
    using DocumentHitsVisitor = std::function<Result<void>(const QList<SearchHit> &hits)>;
    Result<void> forEachDocumentHits(const QString &query, const SearchOptions &options,
                                     const DocumentHitsVisitor &visit);
    // As above, with the document's stored UTF-8 as the search read it when it was read whole (texts up to
    // DocumentText::kWindowBytes; empty for longer ones), so that cutting the hits' context does not read it again.
    using DocumentHitsTextVisitor = std::function<Result<void>(const QList<SearchHit> &hits, const QByteArray &text)>;
    Result<void> forEachDocumentHits(const QString &query, const SearchOptions &options,
                                     const DocumentHitsTextVisitor &visit);
    // The documents that may contain the query (a superset of those that do).
    Result<QList<qint64>> candidateDocuments(const QString &normalizedQuery, bool caseSensitive = false);
    // Whether the index's candidates hold every match of the query whatever SQLite's case folding (ASCII or no case, or
    // case-sensitive and three characters or more); for other queries candidateDocuments asks SQLite how it folds.
    static bool indexFindsEveryMatch(const QString &normalizedQuery, bool caseSensitive);
    // The FTS5 MATCH expression for a query of three or more characters: all its trigrams.
    static QString trigramMatchExpression(const QString &normalizedQuery);
    // The same with only the trigrams whose three code points are all `usable` (none: empty).
    static QString trigramMatchExpression(const QString &normalizedQuery, const QList<bool> &usable);

private:
    Result<QList<qint64>> trigramCandidates(const QString &query);
    Result<QList<qint64>> documentsMatching(const QString &matchExpression);
    // prefix: the query as the index's tokenizer folds it.
    Result<QList<qint64>> shortQueryCandidates(const QString &query, const QString &prefix);
    Result<QList<qint64>> allDocuments();

    Project &m_project;
};

} // namespace marginalia
