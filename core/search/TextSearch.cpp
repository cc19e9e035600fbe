#include "search/TextSearch.h"

#include "project/Project.h"
#include "text/TextIndex.h"

#include <QSet>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace marginalia {

namespace {

// How hits are located in a candidate's text.
enum class Matching {
    Bytes,              // the needle's UTF-8 bytes as they are (no cased letters, or case-sensitive)
    AsciiInsensitive,   // bytes, with ASCII letters compared without case
    Unicode,            // QString::indexOf, case-insensitive over all of Unicode
};

Matching matchingFor(const QString &needle, bool caseSensitive)
{
    if (caseSensitive)
        return Matching::Bytes;
    bool cased = false;
    for (const QChar c : needle) {
        if (c.toLower() != c.toUpper()) {
            if (c.unicode() >= 0x80)
                return Matching::Unicode;
            cased = true;
        }
    }
    return cased ? Matching::AsciiInsensitive : Matching::Bytes;
}

unsigned char asciiLower(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + ('a' - 'A')) : c;
}

// Byte offsets of the non-overlapping occurrences of needle in haystack.
std::vector<size_t> byteHits(std::string_view haystack, std::string_view needle, bool asciiInsensitive)
{
    std::vector<size_t> hits;
    if (!asciiInsensitive) {
        for (size_t at = haystack.find(needle); at != std::string_view::npos;
             at = haystack.find(needle, at + needle.size()))
            hits.push_back(at);
        return hits;
    }
    // Lower-case ASCII letters of a copy (other bytes, including all of UTF-8's multi-byte
    // sequences, are left as they are), then search bytes as above.
    thread_local std::string lowered;
    lowered.assign(haystack);
    for (char &c : lowered)
        c = static_cast<char>(asciiLower(static_cast<unsigned char>(c)));
    std::string loweredNeedle(needle);
    for (char &c : loweredNeedle)
        c = static_cast<char>(asciiLower(static_cast<unsigned char>(c)));
    const std::string_view text(lowered);
    for (size_t at = text.find(loweredNeedle); at != std::string_view::npos;
         at = text.find(loweredNeedle, at + loweredNeedle.size()))
        hits.push_back(at);
    return hits;
}

} // namespace

Result<QList<SearchHit>> TextSearch::find(const QString &query, const SearchOptions &options)
{
    const QString needle = query.normalized(QString::NormalizationForm_C);
    if (needle.isEmpty())
        return failure(QStringLiteral("the search text is empty"));
    auto candidates = candidateDocuments(needle);
    if (!candidates)
        return failure(candidates.error());
    QList<qint64> documentIds = *candidates;
    if (!options.documentIds.isEmpty()) {
        const QSet<qint64> wanted(options.documentIds.cbegin(), options.documentIds.cend());
        documentIds.removeIf([&](qint64 id) { return !wanted.contains(id); });
    }
    std::sort(documentIds.begin(), documentIds.end());

    auto stmt = m_project.database().prepare("SELECT name, text FROM documents WHERE id = ?1");
    if (!stmt)
        return failure(stmt.error());
    const Matching matching = matchingFor(needle, options.caseSensitive);
    const QByteArray needleUtf8 = needle.toUtf8();
    const qint64 length = TextIndex::codePointLength(needle);
    QList<SearchHit> hits;
    for (qint64 id : documentIds) {
        stmt->reset();
        stmt->bind(1, id);
        if (!stmt->step()) {
            if (stmt->failed())
                return failure(stmt->error());
            continue;
        }
        const QString name = stmt->text(0);
        if (matching == Matching::Unicode) {
            const QString text = stmt->text(1);
            const TextIndex index(text);
            for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
                 at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive)) {
                const qint64 start = index.toCodePoint(at);
                hits.append({id, name, start, start + length});
            }
            continue;
        }
        // Search the stored UTF-8 where it lies and count code points (bytes that do not
        // continue a character) up to each hit: no conversion of the whole text.
        const std::string_view text = stmt->utf8(1);
        size_t counted = 0;
        qint64 codePoint = 0;
        for (const size_t at : byteHits(text, std::string_view(needleUtf8.constData(), static_cast<size_t>(needleUtf8.size())),
                                        matching == Matching::AsciiInsensitive)) {
            for (; counted < at; ++counted)
                codePoint += (static_cast<unsigned char>(text[counted]) & 0xC0) != 0x80;
            hits.append({id, name, codePoint, codePoint + length});
        }
    }
    std::sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        return a.document != b.document ? a.document < b.document
                                        : (a.documentId != b.documentId ? a.documentId < b.documentId : a.start < b.start);
    });
    return hits;
}

Result<QList<qint64>> TextSearch::candidateDocuments(const QString &normalizedQuery)
{
    if (TextIndex::codePointLength(normalizedQuery) >= 3)
        return trigramCandidates(normalizedQuery);
    return shortQueryCandidates(normalizedQuery);
}

QString TextSearch::trigramMatchExpression(const QString &query)
{
    // Every trigram of the query must be in the document. The index keeps no positions
    // (detail=none), so this is a superset of the documents holding the query in one piece;
    // find() then locates the hits exactly.
    const QList<uint> codePoints = query.toUcs4();
    QStringList terms;
    for (qsizetype i = 0; i + 3 <= codePoints.size(); ++i) {
        QString trigram = QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + i), 3);
        trigram.replace(u'"', QStringLiteral("\"\""));
        const QString term = u'"' + trigram + u'"';
        if (!terms.contains(term))
            terms.append(term);
    }
    return terms.join(QStringLiteral(" AND "));
}

Result<QList<qint64>> TextSearch::trigramCandidates(const QString &query)
{
    // Documents not indexed yet are candidates whatever they hold (one statement: one snapshot, so a
    // document the indexer moves meanwhile is seen on one side or the other).
    auto stmt = m_project.database().prepare(
        "SELECT rowid FROM document_fts WHERE document_fts MATCH ?1 UNION SELECT document_id FROM document_fts_pending");
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, trigramMatchExpression(query));
    QList<qint64> ids;
    while (stmt->step())
        ids.append(stmt->int64(0));
    if (stmt->failed())
        return failure(stmt->error());
    return ids;
}

Result<QList<qint64>> TextSearch::shortQueryCandidates(const QString &query)
{
    // An occurrence that is followed by at least (3 - length) characters begins a trigram that
    // begins with the query; the others lie in a document's last two characters (its tail).
    // The trigram index folds case, so the prefix is looked up folded.
    const QString prefix = query.toLower();
    auto stmt = m_project.database().prepare(
        R"(SELECT doc FROM document_fts_instances WHERE term >= ?1 AND term < ?1 || char(1114111)
           UNION
           SELECT id FROM documents WHERE instr(lower(tail), ?1) > 0
           UNION
           SELECT document_id FROM document_fts_pending)");
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, prefix);
    QList<qint64> ids;
    while (stmt->step())
        ids.append(stmt->int64(0));
    if (stmt->failed())
        return failure(stmt->error());
    return ids;
}

} // namespace marginalia
