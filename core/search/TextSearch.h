#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <functional>
#include <string_view>

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

// Finds a query's hits in a document's stored UTF-8 as the search does (code points counted, byte offsets kept where
// the hits were found in those bytes): a value any thread may use, so that marginalia-cli search finds on its writing
// thread the hits of documents handed over unsearched (TextSearch::forEachDocumentHits with deferFinding).
class HitFinder
{
public:
    // How hits are located in a text.
    enum class Matching {
        Bytes,              // the needle's UTF-8 bytes as they are (no cased letters, or case-sensitive)
        AsciiInsensitive,   // bytes, with ASCII letters compared without case
        Unicode,            // QString::indexOf, case-insensitive over all of Unicode
    };

    // normalizedQuery: NFC, whole characters (valid UTF-16), not empty.
    HitFinder(const QString &normalizedQuery, bool caseSensitive);

    // The hits in a document's whole text, appended in order.
    void find(qint64 documentId, const QString &name, std::string_view utf8, QList<SearchHit> &hits) const;

    // The same for one window of a longer text, the bytes from `position` on (whole characters): `count` carries
    // the code point at byte `counted` from window to window (a window starts where it stands: counted == position)
    // and is moved to the last hit's start. Gives the end of the last hit (bytes), or `position` when there is none.
    struct Count
    {
        qint64 counted = 0;   // bytes whose code points are in codePoint
        qint64 codePoint = 0;
    };
    qint64 findInWindow(qint64 documentId, const QString &name, std::string_view window, qint64 position, Count &count,
                        QList<SearchHit> &hits) const;
    // How far back from a window's end a hit may begin, in bytes.
    qsizetype windowOverlap() const;

private:
    QString m_needle;
    QByteArray m_needleUtf8;
    Matching m_matching = Matching::Bytes;
    qint64 m_length = 0;   // code points
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
    // As above, where a document may also be handed over unsearched: before each candidate is read, deferFinding() is
    // asked, and if it says yes, a text of up to DocumentText::kWindowBytes is read whole and given to visitUnsearched
    // with the finder to find its hits with, elsewhere (those without hits come too); a longer one is searched here.
    // marginalia-cli search lets its writing thread find hits while it has little else to do. Where deferReading is
    // given and says yes to the text's size, the text is not even read: the receiver reads it through a connection of
    // its own (its writing thread reads while this one does).
    struct UnsearchedDocument
    {
        qint64 id = 0;
        QString name;
        QByteArray text;   // stored UTF-8, whole; empty when unread
        bool unread = false;
        qint64 bytes = 0;   // the text's size in bytes (read or not)
    };
    using UnsearchedVisitor = std::function<Result<void>(UnsearchedDocument &&document, const HitFinder &finder)>;
    Result<void> forEachDocumentHits(const QString &query, const SearchOptions &options,
                                     const DocumentHitsTextVisitor &visit, const std::function<bool()> &deferFinding,
                                     const UnsearchedVisitor &visitUnsearched,
                                     const std::function<bool(qint64 bytes)> &deferReading = {});
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
