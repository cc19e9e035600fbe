#include "search/TextSearch.h"

#include "project/Project.h"
#include "project/RowCounts.h"
#include "search/DocumentText.h"
#include "search/TokenizerFolding.h"
#include "text/TextIndex.h"
#include "text/Utf8Text.h"

#include <QSet>

#ifdef __SSE2__
#include <emmintrin.h>
#include <immintrin.h>
#endif

#include <algorithm>
#include <bit>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace marginalia {

namespace {

using Matching = HitFinder::Matching;

// Whether a code point has case: a letter of a cased category, or a character with any case mapping (ß, which has no
// upper-case mapping of its own, is what ẞ folds to). Taken per code point, not per UTF-16 unit: the two units of a
// Deseret letter have no case by themselves.
bool hasCase(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Letter_Uppercase || category == QChar::Letter_Lowercase
           || category == QChar::Letter_Titlecase || QChar::toLower(c) != c || QChar::toUpper(c) != c
           || QChar::toTitleCase(c) != c || QChar::toCaseFolded(c) != c;
}

Matching matchingFor(const QString &needle, bool caseSensitive)
{
    if (caseSensitive)
        return Matching::Bytes;
    bool cased = false;
    for (const uint c : needle.toUcs4()) {
        if (hasCase(c)) {
            if (c >= 0x80)
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

// Copies source to target with ASCII letters lower-cased, eight bytes at a time; every other byte
// (all of UTF-8's multi-byte sequences among them) is copied as it is.
void copyAsciiLowered(std::string_view source, std::string &target)
{
    target.resize(source.size());
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    constexpr quint64 kHighBits = 0x8080808080808080ULL;
    size_t i = 0;
    for (; i + 8 <= source.size(); i += 8) {
        quint64 word;
        std::memcpy(&word, source.data() + i, sizeof word);
        // Per byte, on its low seven bits: bit 7 of (x + 0x80 - 'A') is set from 'A' on, bit 7 of
        // (x + 0x80 - 'Z' - 1) from past 'Z'; a letter has the first and not the second, and is ASCII.
        const quint64 low = word & ~kHighBits;
        const quint64 fromA = low + kOnes * (0x80 - 'A');
        const quint64 pastZ = low + kOnes * (0x80 - 'Z' - 1);
        const quint64 upper = (fromA ^ pastZ) & ~word & kHighBits;
        word |= upper >> 2;   // 0x80 >> 2 is 0x20, the case bit
        std::memcpy(target.data() + i, &word, sizeof word);
    }
    for (; i < source.size(); ++i)
        target[i] = static_cast<char>(asciiLower(static_cast<unsigned char>(source[i])));
}

// A hit found in bytes: where it begins, and how many characters (bytes not 10xxxxxx) come before it in the bytes
// searched, counted by the scan that found it (the hits' code points without a second pass over the text).
struct ByteHit
{
    size_t byte = 0;
    qint64 characters = 0;
};

// The set bits of a 16-bit mask (std::popcount is a library call on the x86-64 baseline).
int bitsSet16(unsigned mask)
{
    mask = mask - ((mask >> 1) & 0x5555u);
    mask = (mask & 0x3333u) + ((mask >> 2) & 0x3333u);
    mask = (mask + (mask >> 4)) & 0x0F0Fu;
    return static_cast<int>((mask + (mask >> 8)) & 0x1Fu);
}

// The non-overlapping occurrences of needle in haystack from byte `from` on, appended; `characters` are those before
// `from`. glibc's memmem rather than string_view::find: the latter looks for the first byte and compares from there,
// and in UTF-8 Chinese the first byte of a character (0xE4-0xE9) starts every third byte.
void findBytesFrom(std::string_view haystack, std::string_view needle, size_t from, qint64 characters,
                   std::vector<ByteHit> &hits)
{
    const char *begin = haystack.data();
    const char *end = begin + haystack.size();
    const char *counted = begin + std::min(from, haystack.size());
    for (const char *at = counted; static_cast<size_t>(end - at) >= needle.size();) {
        const void *found = memmem(at, static_cast<size_t>(end - at), needle.data(), needle.size());
        if (!found)
            break;
        const char *hit = static_cast<const char *>(found);
        characters += TextIndex::utf8CodePointLength(std::string_view(counted, static_cast<size_t>(hit - counted)));
        counted = hit;
        hits.push_back({static_cast<size_t>(hit - begin), characters});
        at = hit + needle.size();
    }
}

#if defined(__x86_64__) && defined(__GNUC__)
// The loop of findBytes below, thirty-two positions at a time, where the processor has AVX2 (TextIndex::hasAvx2, and
// with it POPCNT). Gives the position it stopped at; hits, allowedFrom and characters (those before the position) as
// there.
__attribute__((target("avx2,popcnt"))) size_t findBytesAvx2(std::string_view haystack, std::string_view needle,
                                                            std::vector<ByteHit> &hits, size_t &allowedFrom,
                                                            qint64 &characters)
{
    const size_t length = needle.size();
    const char *data = haystack.data();
    const __m256i first = _mm256_set1_epi8(needle.front());
    const __m256i last = _mm256_set1_epi8(needle.back());
    const __m256i belowContinuations = _mm256_set1_epi8(-64);   // as signed bytes, 0x80-0xBF are below 0xC0
    size_t position = 0;
    for (; position + length - 1 + 32 <= haystack.size(); position += 32) {
        const __m256i starts = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + position));
        const __m256i ends = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + position + length - 1));
        auto candidates = static_cast<unsigned>(
            _mm256_movemask_epi8(_mm256_and_si256(_mm256_cmpeq_epi8(starts, first), _mm256_cmpeq_epi8(ends, last))));
        const auto continuations = static_cast<unsigned>(_mm256_movemask_epi8(_mm256_cmpgt_epi8(belowContinuations, starts)));
        for (; candidates != 0; candidates &= candidates - 1) {
            const auto offset = static_cast<unsigned>(std::countr_zero(candidates));
            const size_t at = position + offset;
            if (at >= allowedFrom && std::memcmp(data + at + 1, needle.data() + 1, length - 2) == 0) {
                const unsigned before = continuations & ((1u << offset) - 1);   // offset < 32
                hits.push_back({at, characters + offset - __builtin_popcount(before)});
                allowedFrom = at + length;
            }
        }
        characters += 32 - __builtin_popcount(continuations);
    }
    return position;
}
#endif

// As findBytesFrom, sixteen positions at a time where SSE2 is there: a position is a candidate when
// the needle's first byte is there and its last byte is where it would end, which in UTF-8 text
// (Chinese above all, where a few lead bytes start most characters) leaves few to compare in full.
// The characters before each hit are counted on the way, sixteen bytes at a time too.
void findBytes(std::string_view haystack, std::string_view needle, std::vector<ByteHit> &hits)
{
    const size_t length = needle.size();
    size_t position = 0;
    size_t allowedFrom = 0;   // hits do not overlap: none may start inside the previous one
    qint64 characters = 0;    // before `position`
#if defined(__x86_64__) && defined(__GNUC__)
    if (length >= 2 && TextIndex::hasAvx2())
        position = findBytesAvx2(haystack, needle, hits, allowedFrom, characters);
#endif
#ifdef __SSE2__
    if (length >= 2) {
        const char *data = haystack.data();
        const __m128i first = _mm_set1_epi8(needle.front());
        const __m128i last = _mm_set1_epi8(needle.back());
        const __m128i belowContinuations = _mm_set1_epi8(-64);
        for (; position + length - 1 + 16 <= haystack.size(); position += 16) {
            const __m128i starts = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + position));
            const __m128i ends = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + position + length - 1));
            auto candidates = static_cast<unsigned>(
                _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(starts, first), _mm_cmpeq_epi8(ends, last))));
            const auto continuations = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(starts, belowContinuations)));
            for (; candidates != 0; candidates &= candidates - 1) {
                const auto offset = static_cast<unsigned>(std::countr_zero(candidates));
                const size_t at = position + offset;
                if (at >= allowedFrom && std::memcmp(data + at + 1, needle.data() + 1, length - 2) == 0) {
                    hits.push_back({at, characters + offset - bitsSet16(continuations & ((1u << offset) - 1))});
                    allowedFrom = at + length;
                }
            }
            characters += 16 - bitsSet16(continuations);
        }
    }
#endif
    const size_t from = std::max(position, allowedFrom);
    if (from > position && position < haystack.size())
        characters += TextIndex::utf8CodePointLength(haystack.substr(position, std::min(from, haystack.size()) - position));
    findBytesFrom(haystack, needle, from, characters, hits);
}

// The non-overlapping occurrences of needle in haystack, with the characters before each.
std::vector<ByteHit> byteHits(std::string_view haystack, std::string_view needle, bool asciiInsensitive)
{
    std::vector<ByteHit> hits;
    if (!asciiInsensitive) {
        findBytes(haystack, needle, hits);
        return hits;
    }
    // Lower-case ASCII letters of a copy (other bytes, including all of UTF-8's multi-byte
    // sequences, are left as they are: the characters are where they were), then search bytes as above.
    thread_local std::string lowered;
    copyAsciiLowered(haystack, lowered);
    std::string loweredNeedle;
    copyAsciiLowered(needle, loweredNeedle);
    findBytes(lowered, loweredNeedle, hits);
    return hits;
}

// Where the UTF-16 offsets of a QString fall in its UTF-8 bytes, walking forward only.
class Utf16ToUtf8Cursor
{
public:
    explicit Utf16ToUtf8Cursor(const QString &text) : m_text(text) {}

    qsizetype byteAt(qsizetype utf16)
    {
        while (m_utf16 < utf16) {
            const char16_t c = m_text.at(m_utf16).unicode();
            if (QChar::isHighSurrogate(c) && m_utf16 + 1 < m_text.size() && m_text.at(m_utf16 + 1).isLowSurrogate()) {
                m_utf16 += 2;
                m_byte += 4;
            } else {
                ++m_utf16;
                m_byte += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }
        }
        return m_byte;
    }

private:
    const QString &m_text;
    qsizetype m_utf16 = 0;
    qsizetype m_byte = 0;
};

// The reader moved to document `id`, or a new one where it cannot be (its message then).
Result<void> openText(Database &db, qint64 id, std::unique_ptr<DocumentText> &text)
{
    if (text && text->reopen(id))
        return {};
    auto opened = DocumentText::open(db, id);
    if (!opened)
        return failure(opened.error());
    text = std::move(*opened);
    return {};
}

// The hits in one document, appended in order. The stored UTF-8 is read a window at a time
// (DocumentText), so a 200 MB document costs a few megabytes, not its text in a QString: each
// window is searched where it lies (HitFinder::findInWindow); the next window starts far enough back for a hit
// across the boundary, but not before the last hit's end (hits do not overlap). Code points are counted along the
// way.
Result<void> findInDocument(Database &db, qint64 id, const QString &name, const HitFinder &finder,
                            QList<SearchHit> &hits, QByteArray &wholeText, std::unique_ptr<DocumentText> &text,
                            bool textOpen = false)
{
    wholeText.clear();
    if (!textOpen) {
        if (auto opened = openText(db, id, text); !opened)
            return opened;
    }
    const qint64 size = text->size();
    const qsizetype overlap = finder.windowOverlap();
    const qint64 windowBytes = std::max<qint64>(DocumentText::kWindowBytes, 4 * static_cast<qint64>(overlap) + 16);
    qint64 position = 0;   // of the window, in bytes
    HitFinder::Count count;
    while (position < size) {
        Result<QByteArray> bytes = text->read(position, windowBytes);
        if (!bytes)
            return failure(bytes.error());
        QByteArray &chunk = *bytes;
        const bool last = position + chunk.size() >= size;
        if (!last)
            chunk.truncate(utf8CharacterStart(chunk, chunk.size() - 1));   // whole characters only
        const std::string_view view(chunk.constData(), static_cast<size_t>(chunk.size()));
        const qint64 lastHitEnd = finder.findInWindow(id, name, view, position, count, hits);
        if (last) {
            if (position == 0)
                wholeText = std::move(chunk);   // read in one piece: kept for the caller
            break;
        }
        const qint64 next = std::max(lastHitEnd, position + utf8CharacterStart(chunk, chunk.size() - overlap));
        count.codePoint += TextIndex::utf8CodePointLength(
            view.substr(static_cast<size_t>(count.counted - position), static_cast<size_t>(next - count.counted)));
        count.counted = next;
        position = next;
    }
    return {};
}

} // namespace

HitFinder::HitFinder(const QString &normalizedQuery, bool caseSensitive)
    : m_needle(normalizedQuery),
      m_needleUtf8(normalizedQuery.toUtf8()),
      m_matching(matchingFor(normalizedQuery, caseSensitive)),
      m_length(TextIndex::codePointLength(normalizedQuery))
{
}

qsizetype HitFinder::windowOverlap() const
{
    // How far back from a window's end a hit may begin: a UTF-16 unit is at most three UTF-8 bytes.
    return m_matching == Matching::Unicode ? 3 * m_needle.size() : m_needleUtf8.size() - 1;
}

qint64 HitFinder::findInWindow(qint64 id, const QString &name, std::string_view view, qint64 position, Count &count,
                               QList<SearchHit> &hits) const
{
    qint64 lastHitEnd = position;
    const bool inStoredBytes = m_matching != Matching::Unicode;
    const auto addHit = [&](qsizetype start, qsizetype end) {
        count.codePoint += TextIndex::utf8CodePointLength(view.substr(static_cast<size_t>(count.counted - position),
                                                                      static_cast<size_t>(position + start - count.counted)));
        count.counted = position + start;
        hits.append({id, name, count.codePoint, count.codePoint + m_length, inStoredBytes ? position + start : -1,
                     inStoredBytes ? position + end : -1});
        lastHitEnd = position + end;
    };
    if (m_matching == Matching::Unicode) {
        const QString window = stringFromUtf8(view);
        Utf16ToUtf8Cursor cursor(window);
        for (qsizetype at = window.indexOf(m_needle, 0, Qt::CaseInsensitive); at >= 0;
             at = window.indexOf(m_needle, at + m_needle.size(), Qt::CaseInsensitive)) {
            const qsizetype start = cursor.byteAt(at);
            addHit(start, cursor.byteAt(at + m_needle.size()));
        }
    } else {
        const std::string_view needle(m_needleUtf8.constData(), static_cast<size_t>(m_needleUtf8.size()));
        // The code points counted by the scan: the window's first one's (a window starts where the count stands)
        // plus the characters before each hit.
        const qint64 first = count.codePoint;
        for (const ByteHit &hit : byteHits(view, needle, m_matching == Matching::AsciiInsensitive)) {
            const auto start = static_cast<qint64>(hit.byte);
            count.codePoint = first + hit.characters;
            count.counted = position + start;
            hits.append({id, name, count.codePoint, count.codePoint + m_length, position + start,
                         position + start + m_needleUtf8.size()});
            lastHitEnd = position + start + m_needleUtf8.size();
        }
    }
    return lastHitEnd;
}

void HitFinder::find(qint64 documentId, const QString &name, std::string_view utf8, QList<SearchHit> &hits) const
{
    Count count;
    findInWindow(documentId, name, utf8, 0, count, hits);
}

Result<QList<SearchHit>> TextSearch::find(const QString &query, const SearchOptions &options)
{
    QList<SearchHit> hits;
    auto done = forEachDocumentHits(query, options, [&](const QList<SearchHit> &found) -> Result<void> {
        hits.append(found);
        return {};
    });
    if (!done)
        return failure(done.error());
    return hits;
}

Result<void> TextSearch::forEachDocumentHits(const QString &query, const SearchOptions &options,
                                             const DocumentHitsVisitor &visit)
{
    return forEachDocumentHits(query, options, [&](const QList<SearchHit> &hits, const QByteArray &) { return visit(hits); });
}

Result<void> TextSearch::forEachDocumentHits(const QString &query, const SearchOptions &options,
                                             const DocumentHitsTextVisitor &visit)
{
    return forEachDocumentHits(query, options, visit, {}, {});
}

Result<void> TextSearch::forEachDocumentHits(const QString &query, const SearchOptions &options,
                                             const DocumentHitsTextVisitor &visit, const std::function<bool()> &deferFinding,
                                             const UnsearchedVisitor &visitUnsearched,
                                             const std::function<bool(qint64 bytes)> &deferReading)
{
    const QString needle = query.normalized(QString::NormalizationForm_C);
    if (needle.isEmpty())
        return failure(QStringLiteral("the search text is empty"));
    // Half of a character (a lone surrogate, from pasted text): Qt would match it inside a whole one, the index and
    // the stored UTF-8 cannot hold it.
    if (!needle.isValidUtf16())
        return failure(QStringLiteral("the search text holds half of a character (an unpaired UTF-16 surrogate)"));
    auto candidates = candidateDocuments(needle, options.caseSensitive);
    if (!candidates)
        return failure(candidates.error());
    QList<qint64> documentIds = *candidates;
    if (!options.documentIds.isEmpty()) {
        const QSet<qint64> wanted(options.documentIds.cbegin(), options.documentIds.cend());
        documentIds.removeIf([&](qint64 id) { return !wanted.contains(id); });
    }
    std::sort(documentIds.begin(), documentIds.end());

    Database &db = m_project.database();
    // Hits come out ordered by document name, then id, then position: the candidates are put in that order
    // first (their names only), and each document's hits are in order as they are found.
    struct Candidate
    {
        QString name;
        qint64 id;
    };
    std::vector<Candidate> ordered;
    ordered.reserve(static_cast<size_t>(documentIds.size()));
    auto documents = RowCounts::total(m_project, RowCounts::Table::Documents);
    if (!documents)
        return failure(documents.error());
    if (4 * static_cast<qint64>(documentIds.size()) > *documents) {
        // Many candidates (a common word): every name in one scan, the candidates kept (a search per candidate
        // cost more).
        auto stmt = db.prepare("SELECT id, name FROM documents");
        if (!stmt)
            return failure(stmt.error());
        while (stmt->step()) {
            const qint64 id = stmt->int64(0);
            if (std::binary_search(documentIds.cbegin(), documentIds.cend(), id))
                ordered.push_back({stmt->text(1), id});
        }
        if (stmt->failed())
            return failure(stmt->error());
    } else {
        auto stmt = db.prepare("SELECT name FROM documents WHERE id = ?1");
        if (!stmt)
            return failure(stmt.error());
        for (qint64 id : std::as_const(documentIds)) {
            stmt->reset();
            stmt->bind(1, id);
            if (!stmt->step()) {
                if (stmt->failed())
                    return failure(stmt->error());
                continue;
            }
            ordered.push_back({stmt->text(0), id});
        }
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const Candidate &a, const Candidate &b) {
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    const HitFinder finder(needle, options.caseSensitive);
    QList<SearchHit> hits;
    QByteArray text;
    std::unique_ptr<DocumentText> reader;
    for (const Candidate &candidate : ordered) {
        bool textOpen = false;
        if (deferFinding && deferFinding()) {
            if (auto opened = openText(db, candidate.id, reader); !opened)
                return opened;
            // Read whole, up to a window (a longer text is searched here, a window at a time).
            if (reader->size() <= DocumentText::kWindowBytes) {
                const qint64 bytes = reader->size();
                if (deferReading && deferReading(bytes)) {
                    if (auto ok = visitUnsearched({candidate.id, candidate.name, QByteArray(), true, bytes}, finder); !ok)
                        return ok;
                    continue;
                }
                auto whole = reader->read(0, bytes);
                if (!whole)
                    return failure(whole.error());
                if (auto ok = visitUnsearched({candidate.id, candidate.name, std::move(*whole), false, bytes}, finder); !ok)
                    return ok;
                continue;
            }
            textOpen = true;
        }
        hits.clear();
        if (auto found = findInDocument(db, candidate.id, candidate.name, finder, hits, text, reader, textOpen); !found)
            return failure(found.error());
        if (hits.isEmpty())
            continue;
        if (auto ok = visit(hits, text); !ok)
            return ok;
    }
    return {};
}

bool TextSearch::indexFindsEveryMatch(const QString &normalizedQuery, bool caseSensitive)
{
    // The index folds case by SQLite's own table, the hits are found by Qt's (QString::indexOf). They agree for ASCII
    // (whose case-insensitive queries are matched with ASCII letters folded only) and for characters without case; a
    // case-sensitive query of three or more characters is folded by the index as the text is. Beyond that, whether
    // they agree is asked of SQLite (TokenizerFolding::indexForm, in candidateDocuments). Cased: hasCase.
    const bool shortQuery = TextIndex::codePointLength(normalizedQuery) < 3;
    if (caseSensitive && !shortQuery)
        return true;
    // U+FFFE and U+FFFF have no case for Qt, but SQLite reads them as U+FFFD: a prefix of either found nothing
    // (asked of SQLite below, they are looked up as it stores them).
    const QList<uint> codePoints = normalizedQuery.toUcs4();
    return std::none_of(codePoints.cbegin(), codePoints.cend(),
                        [](uint c) { return c >= 0x80 && (hasCase(c) || (c & 0xFFFFFFFEu) == 0xFFFEu); });
}

Result<QList<qint64>> TextSearch::candidateDocuments(const QString &normalizedQuery, bool caseSensitive)
{
    const bool shortQuery = TextIndex::codePointLength(normalizedQuery) < 3;
    if (indexFindsEveryMatch(normalizedQuery, caseSensitive)) {
        return shortQuery ? shortQueryCandidates(normalizedQuery, normalizedQuery.toLower())
                          : trigramCandidates(normalizedQuery);
    }
    // A cased character beyond ASCII: SQLite says how its tokenizer folds the query and whether it folds together
    // what Qt's matching does. Where it does not, or cannot be asked, every document is read (exact, only slower).
    const std::optional<QString> indexed = TokenizerFolding::indexForm(normalizedQuery, caseSensitive);
    if (indexed)
        return shortQuery ? shortQueryCandidates(normalizedQuery, *indexed) : trigramCandidates(normalizedQuery);
    // Some character's class is split (the old Cyrillic letters U+1C80–1C88 go with в, д, о, с, т, ъ, ѣ in Qt and
    // not in SQLite: nearly every Russian word): the trigrams made only of characters whose class SQLite holds
    // together still find every match ("при" of "привет"), so the documents holding all of those are a superset.
    if (!shortQuery && !caseSensitive) {
        if (const auto together = TokenizerFolding::classesHeldTogether(normalizedQuery)) {
            const QString expression = trigramMatchExpression(normalizedQuery, *together);
            if (!expression.isEmpty())
                return documentsMatching(expression);
        }
    }
    return allDocuments();
}

Result<QList<qint64>> TextSearch::allDocuments()
{
    auto all = m_project.database().prepare("SELECT id FROM documents");
    if (!all)
        return failure(all.error());
    QList<qint64> ids;
    while (all->step())
        ids.append(all->int64(0));
    if (all->failed())
        return failure(all->error());
    return ids;
}

QString TextSearch::trigramMatchExpression(const QString &query)
{
    return trigramMatchExpression(query, QList<bool>(query.toUcs4().size(), true));
}

QString TextSearch::trigramMatchExpression(const QString &query, const QList<bool> &usable)
{
    // Every trigram of the query must be in the document. The index keeps no positions
    // (detail=none), so this is a superset of the documents holding the query in one piece;
    // find() then locates the hits exactly.
    const QList<uint> codePoints = query.toUcs4();
    QStringList terms;
    for (qsizetype i = 0; i + 3 <= codePoints.size(); ++i) {
        if (!usable.value(i) || !usable.value(i + 1) || !usable.value(i + 2))
            continue;
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
    return documentsMatching(trigramMatchExpression(query));
}

Result<QList<qint64>> TextSearch::documentsMatching(const QString &expression)
{
    // Documents not indexed yet are candidates whatever they hold (one statement: one snapshot, so a
    // document the indexer moves meanwhile is seen on one side or the other).
    auto stmt = m_project.database().prepare(
        "SELECT rowid FROM document_fts WHERE document_fts MATCH ?1 UNION SELECT document_id FROM document_fts_pending");
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, expression);
    QList<qint64> ids;
    while (stmt->step())
        ids.append(stmt->int64(0));
    if (stmt->failed())
        return failure(stmt->error());
    return ids;
}

Result<QList<qint64>> TextSearch::shortQueryCandidates(const QString &query, const QString &prefix)
{
    // An occurrence that is followed by at least (3 - length) characters begins a trigram that
    // begins with the query; the others lie in a document's last two characters (its tail).
    // The trigram index folds case, so the prefix is the query as the index's tokenizer folds it (candidateDocuments:
    // Qt's lower case for ASCII and characters without case, else SQLite's own answer). A common character begins
    // trigrams in nearly every document, and listing them all costs more than reading every text:
    // once the candidates pass half the documents, every document is taken.
    Database &db = m_project.database();
    const ReadSnapshot snapshot(db);   // the statements below see one state of the index
    auto count = RowCounts::total(m_project, RowCounts::Table::Documents);
    if (!count)
        return failure(count.error());
    const qint64 documents = *count;

    QSet<qint64> candidates;
    bool everything = false;
    {
        auto instances = db.prepare(
            "SELECT doc FROM document_fts_instances WHERE term >= ?1 AND term < ?1 || char(1114111)");
        if (!instances)
            return failure(instances.error());
        instances->bind(1, prefix);
        while (!everything && instances->step()) {
            candidates.insert(instances->int64(0));
            everything = 2 * static_cast<qint64>(candidates.size()) > documents;
        }
        if (instances->failed())
            return failure(instances->error());
    }
    if (everything)
        return allDocuments();
    // The tails are compared here, folded by Qt: SQLite's lower() folds ASCII only, so "É" at a
    // document's end was missed by "é".
    const QString folded = query.toCaseFolded();
    auto rest = db.prepare("SELECT id, tail, 0 FROM documents UNION ALL SELECT document_id, '', 1 FROM document_fts_pending");
    if (!rest)
        return failure(rest.error());
    while (rest->step()) {
        if (rest->int64(2) == 1 || rest->text(1).toCaseFolded().contains(folded))
            candidates.insert(rest->int64(0));
    }
    if (rest->failed())
        return failure(rest->error());
    return QList<qint64>(candidates.cbegin(), candidates.cend());
}

} // namespace marginalia
