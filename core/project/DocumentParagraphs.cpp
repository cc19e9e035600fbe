#include "project/DocumentParagraphs.h"

#include "project/ParagraphSpans.h"
#include "text/Utf8Text.h"

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace marginalia {

DocumentParagraphs::~DocumentParagraphs()
{
    sqlite3_blob_close(m_copyBlob);
}

Result<void> DocumentParagraphs::load(qint64 documentId, qint64 from, qint64 to)
{
    if (from < 0 && to == std::numeric_limits<qint64>::max()) {
        auto whole = loadWholeDocument(documentId);
        if (!whole)
            return failure(whole.error());
        if (*whole)
            return {};
    }
    m_rows.clear();
    return loadByEnds(m_rows, documentId, from, to);
}

// All of a document's paragraphs in the table's own order (its key: document and number), each row with its speaker:
// one sequential scan, where reading paragraphs_by_end needed a search of the table per row for the speaker. The
// numbers are in the order of the ends in every table Marginalia writes; where they are not (a file made elsewhere),
// false is returned and nothing is kept.
Result<bool> DocumentParagraphs::loadWholeDocument(qint64 documentId)
{
    if (m_spansKept) {
        auto loaded = loadSpans(documentId);
        if (!loaded || *loaded)
            return loaded;
    }
    if (!m_readDocument) {
        auto read = m_db.prepare("SELECT start, end, number, speaker FROM paragraphs WHERE document_id = ?1 "
                                 "ORDER BY number");
        if (!read)
            return failure(read.error());
        m_readDocument.emplace(std::move(*read));
    }
    m_rows.clear();
    LoadedParagraphs &rows = m_rows;
    Statement &read = *m_readDocument;
    read.reset();
    read.bind(1, documentId);
    bool inOrder = true;
    while (read.step()) {
        const qint64 end = read.int64(1);
        // Ends rising strictly: the order of paragraphs_by_end (end, then start), and every end is above -1.
        if (end <= (rows.m_end.empty() ? -1 : rows.m_end.back())) {
            inOrder = false;
            break;
        }
        rows.m_start.push_back(read.int64(0));
        rows.m_end.push_back(end);
        rows.m_number.push_back(read.int64(2));
        // NULL comes as no bytes at all (not even an empty string's).
        const std::string_view speaker = read.utf8(3);
        rows.m_speaker.push_back(speaker.data() == nullptr ? -1 : rows.speakerIndex(speaker));
    }
    if (read.failed())
        return failure(read.error());
    read.reset();
    if (!inOrder)
        rows.clear();
    return inOrder;
}

Result<Statement *> DocumentParagraphs::spansStatement()
{
    if (!m_readSpans) {
        auto read = m_db.prepare("SELECT spans FROM paragraph_spans WHERE document_id = ?1");
        if (!read)
            return failure(read.error());
        m_readSpans.emplace(std::move(*read));
    }
    return &*m_readSpans;
}

// The document's copy of its rows (ParagraphSpans), taken as the rows would be: false, with nothing kept, when there is
// no copy or it cannot be read (the rows are read then), or when the ends do not rise.
Result<bool> DocumentParagraphs::loadSpans(qint64 documentId)
{
    auto statement = spansStatement();
    if (!statement)
        return failure(statement.error());
    m_rows.clear();
    Statement &read = **statement;
    read.reset();
    read.bind(1, documentId);
    if (!read.step()) {
        if (read.failed())
            return failure(read.error());
        return false;
    }
    const bool taken = m_rows.assignCopy(read.blob(0));
    read.reset();
    return taken;
}

Result<std::optional<QByteArray>> DocumentParagraphs::readCopy(qint64 documentId)
{
    if (!m_spansKept)
        return std::optional<QByteArray>();
    sqlite3 *const connection = m_db.handle();
    const int moved = m_copyBlob ? sqlite3_blob_reopen(m_copyBlob, documentId)
                                 : sqlite3_blob_open(connection, "main", "paragraph_spans", "spans", documentId, 0,
                                                     &m_copyBlob);
    if (moved != SQLITE_OK) {
        // A handle that failed to move is of no more use (and a failed open may still have made one).
        const QString reason = QString::fromUtf8(sqlite3_errmsg(connection));
        sqlite3_blob_close(m_copyBlob);
        m_copyBlob = nullptr;
        // SQLITE_ERROR: no row for the document, or a value that is not bytes (a hand-made file): no copy, and its
        // rows are read. Anything else (I/O, damage, memory) is a failure.
        if ((moved & 0xFF) == SQLITE_ERROR)
            return std::optional<QByteArray>();
        return failure(QStringLiteral("the paragraphs of document %1 cannot be read: %2").arg(documentId).arg(reason));
    }
    const int size = sqlite3_blob_bytes(m_copyBlob);
    QByteArray copy(size, Qt::Uninitialized);
    if (const int read = sqlite3_blob_read(m_copyBlob, copy.data(), size, 0); read != SQLITE_OK) {
        return failure(QStringLiteral("the paragraphs of document %1 cannot be read: %2")
                           .arg(documentId)
                           .arg(QString::fromUtf8(sqlite3_errstr(read))));
    }
    return std::optional<QByteArray>(std::move(copy));
}

bool LoadedParagraphs::assignCopy(std::string_view blob)
{
    clear();
    ParagraphSpans::RowReader reader;
    if (!reader.start(blob))
        return false;
    const size_t count = static_cast<size_t>(reader.rowCount());
    m_start.reserve(count);
    m_end.reserve(count);
    m_number.reserve(count);
    m_speaker.reserve(count);
    // The copy's speakers are distinct bytes: each is taken once as a row's speaker is (speakerIndex: as Qt reads it).
    std::vector<int> speakerOf;
    speakerOf.reserve(reader.speakers().size());
    for (const std::string_view name : reader.speakers())
        speakerOf.push_back(speakerIndex(name));
    ParagraphSpans::Decoded::Span row;
    qint64 previousEnd = -1;
    while (reader.next(row)) {
        if (row.end <= previousEnd) {
            clear();
            return false;
        }
        previousEnd = row.end;
        m_start.push_back(row.start);
        m_end.push_back(row.end);
        m_number.push_back(row.number);
        m_speaker.push_back(row.speaker < 0 ? -1 : speakerOf[static_cast<size_t>(row.speaker)]);
    }
    if (reader.failed()) {
        clear();
        return false;
    }
    return true;
}

std::pair<size_t, size_t> LoadedParagraphs::rangeEndingWithin(qint64 from, qint64 to) const
{
    const auto first = std::upper_bound(m_end.begin(), m_end.end(), from);
    const auto atOrAfter = std::lower_bound(first, m_end.end(), to);
    const size_t begin = static_cast<size_t>(first - m_end.begin());
    const size_t end = atOrAfter == m_end.end() ? m_end.size() : static_cast<size_t>(atOrAfter - m_end.begin()) + 1;
    return {begin, end};
}

void LoadedParagraphs::clear()
{
    m_start.clear();
    m_end.clear();
    m_number.clear();
    m_speaker.clear();
    m_speakers.clear();
}

Result<std::pair<size_t, size_t>> DocumentParagraphs::appendRange(LoadedParagraphs &rows, qint64 documentId, qint64 from,
                                                                  qint64 to)
{
    const size_t first = rows.size();
    if (auto ok = loadByEnds(rows, documentId, from, to); !ok)
        return failure(ok.error());
    return std::pair{first, rows.size()};
}

Result<bool> DocumentParagraphs::loadCopy(qint64 documentId)
{
    if (!m_spansKept)
        return false;
    return loadSpans(documentId);
}

// The paragraphs ending after `from` up to the first ending at or after `to`, by paragraphs_by_end, each row's speaker
// looked up in the table; appended to rows.
Result<void> DocumentParagraphs::loadByEnds(LoadedParagraphs &rows, qint64 documentId, qint64 from, qint64 to)
{
    if (!m_readByEnds) {
        auto read = m_db.prepare("SELECT start, end, number, speaker FROM paragraphs WHERE document_id = ?1 AND "
                                 "end > ?2 ORDER BY end");
        if (!read)
            return failure(read.error());
        m_readByEnds.emplace(std::move(*read));
    }
    Statement &read = *m_readByEnds;
    read.reset();
    read.bind(1, documentId).bind(2, from);
    while (read.step()) {
        rows.m_start.push_back(read.int64(0));
        rows.m_end.push_back(read.int64(1));
        rows.m_number.push_back(read.int64(2));
        rows.m_speaker.push_back(read.isNull(3) ? -1 : rows.speakerIndex(read.utf8(3)));
        if (rows.m_end.back() >= to)
            break;
    }
    if (read.failed())
        return failure(read.error());
    read.reset();
    return {};
}

int LoadedParagraphs::speakerIndex(std::string_view utf8)
{
    // The names kept are UTF-8 as Qt reads it, so bytes equal to the previous one's are that name (checked first:
    // a transcript's turns come from a few speakers).
    if (const int last = m_speakers.ifLast(utf8); last >= 0)
        return last;
    // Bytes that are not UTF-8 are kept as Qt reads them (U+FFFD for each bad sequence, as text() gave), so that two
    // names are the same here exactly when they are the same QString.
    if (!isValidUtf8(utf8)) {
        const QByteArray read = stringFromUtf8(utf8).toUtf8();
        return m_speakers.number(std::string_view(read.constData(), static_cast<size_t>(read.size())));
    }
    return m_speakers.number(utf8);
}

QString LoadedParagraphs::speaker(int index) const
{
    const std::string &name = m_speakers.name(index);
    return stringFromUtf8(name);
}

LoadedParagraphs::Numbers LoadedParagraphs::cite(qint64 start, qint64 end, std::vector<int> &speakers) const
{
    return cite(start, end, speakers, 0, m_end.size());
}

namespace {

// std::upper_bound (below: std::lower_bound) over the rising ends [first, last), found by steps of 1, 2, 4, … from
// `first` and then halving the last step: a citation's rows are mostly the first few of those it may search (the hits
// of a search come in order, each searching from the previous one's row), so it costs a few comparisons, not log n.
template <typename Before>
size_t gallop(const std::vector<qint64> &ends, size_t first, size_t last, Before before)
{
    size_t step = 1;
    size_t low = first;   // every row before `low` is before the value
    while (low + step <= last && before(ends[low + step - 1])) {
        low += step;
        step *= 2;
    }
    const auto from = ends.begin() + static_cast<ptrdiff_t>(low);
    const auto to = ends.begin() + static_cast<ptrdiff_t>(std::min(last, low + step - 1));
    return static_cast<size_t>(std::partition_point(from, to, before) - ends.begin());
}

} // namespace

LoadedParagraphs::Numbers LoadedParagraphs::cite(qint64 start, qint64 end, std::vector<int> &speakers, size_t from,
                                           size_t to) const
{
    speakers.clear();
    to = std::min(to, m_end.size());
    from = std::min(from, to);
    const size_t count = to;
    const size_t firstIndex = gallop(m_end, from, to, [&](qint64 rowEnd) { return rowEnd <= start; });
    const size_t atOrAfterEnd = gallop(m_end, from, to, [&](qint64 rowEnd) { return rowEnd < end; });
    std::optional<qint64> first;
    std::optional<qint64> last;
    if (firstIndex < count && m_start[firstIndex] < end)
        first = m_number[firstIndex];
    if (atOrAfterEnd < count && m_start[atOrAfterEnd] < end)
        last = m_number[atOrAfterEnd];
    else if (atOrAfterEnd > from && m_end[atOrAfterEnd - 1] > start)
        last = m_number[atOrAfterEnd - 1];
    Numbers numbers;
    numbers.firstRow = firstIndex;
    if (!first || !last)
        return numbers;
    if (*first <= *last) {
        numbers.firstParagraph = *first;
        numbers.lastParagraph = *last;
    }
    for (size_t i = firstIndex; i < count && m_number[i] <= *last; ++i) {
        if (m_number[i] < *first || m_speaker[i] < 0)
            continue;
        if (std::find(speakers.begin(), speakers.end(), m_speaker[i]) == speakers.end())
            speakers.push_back(m_speaker[i]);
    }
    return numbers;
}

DocumentParagraphs::Citation DocumentParagraphs::cite(qint64 start, qint64 end) const
{
    std::vector<int> speakers;
    const LoadedParagraphs::Numbers numbers = m_rows.cite(start, end, speakers);
    Citation citation;
    citation.firstParagraph = numbers.firstParagraph;
    citation.lastParagraph = numbers.lastParagraph;
    for (const int speaker : speakers)
        citation.speakers.append(m_rows.speaker(speaker));
    return citation;
}

} // namespace marginalia
