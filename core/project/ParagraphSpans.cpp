#include "project/ParagraphSpans.h"

#include "project/Database.h"
#include "project/DocumentStore.h"
#include "text/SpeakerNumbering.h"

#include <sqlite3.h>

#include <QStringList>

#include <algorithm>

namespace marginalia {

namespace {

constexpr char kMagic = 'P';
constexpr char kEncoding = 1;

void appendVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(static_cast<char>((value & 0x7F) | 0x80));
        value >>= 7;
    }
    out.append(static_cast<char>(value));
}

// A difference modulo 2^64 as a signed number, zigzagged so that small ones of either sign take one byte.
void appendDifference(QByteArray &out, qint64 value, qint64 from)
{
    const auto difference = static_cast<qint64>(static_cast<quint64>(value) - static_cast<quint64>(from));
    appendVarint(out, (static_cast<quint64>(difference) << 1) ^ static_cast<quint64>(difference >> 63));
}

// Encodes rows whose speakers are given as indices into `speakers` (-1: NULL).
template<typename RowAt>
QByteArray encodeRows(size_t count, const std::vector<std::string_view> &speakers, RowAt rowAt)
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(8 + 6 * count));
    out.append(kMagic);
    out.append(kEncoding);
    appendVarint(out, speakers.size());
    for (const std::string_view speaker : speakers) {
        appendVarint(out, speaker.size());
        out.append(speaker.data(), static_cast<qsizetype>(speaker.size()));
    }
    appendVarint(out, count);
    qint64 previousNumber = 0;
    qint64 previousEnd = 0;
    for (size_t i = 0; i < count; ++i) {
        const auto [number, start, end, speaker] = rowAt(i);
        appendDifference(out, number, previousNumber);
        appendDifference(out, start, previousEnd);
        appendDifference(out, end, start);
        appendVarint(out, static_cast<quint64>(speaker + 1));
        previousNumber = number;
        previousEnd = end;
    }
    return out;
}

struct EncodedRow
{
    qint64 number;
    qint64 start;
    qint64 end;
    int speaker;
};

} // namespace

QByteArray ParagraphSpans::encode(const std::vector<Row> &rows)
{
    // The names point into the rows, which outlive the numbering.
    SpeakerNumbering<std::string_view> speakers;
    std::vector<int> speakerOf(rows.size(), -1);
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].speaker)
            speakerOf[i] = speakers.number(std::string_view(*rows[i].speaker));
    }
    return encodeRows(rows.size(), speakers.names(), [&](size_t i) {
        return EncodedRow{rows[i].number, rows[i].start, rows[i].end, speakerOf[i]};
    });
}

QByteArray ParagraphSpans::encode(const ParagraphRows &paragraphs)
{
    std::vector<std::string_view> speakers;
    speakers.reserve(paragraphs.speakers.size());
    for (const QByteArray &speaker : paragraphs.speakers)
        speakers.emplace_back(speaker.constData(), static_cast<size_t>(speaker.size()));
    return encodeRows(paragraphs.rows.size(), speakers, [&](size_t i) {
        const ParagraphRows::Row &row = paragraphs.rows[i];
        return EncodedRow{static_cast<qint64>(i + 1), row.start, row.end, row.speaker};
    });
}

bool ParagraphSpans::RowReader::start(std::string_view blob)
{
    m_speakers.clear();
    m_rowCount = m_rowsRead = 0;
    m_number = m_previousEnd = 0;
    m_failed = true;
    if (blob.size() < 2 || blob[0] != kMagic || blob[1] != kEncoding)
        return false;
    m_at = reinterpret_cast<const unsigned char *>(blob.data()) + 2;
    m_end = reinterpret_cast<const unsigned char *>(blob.data()) + blob.size();
    quint64 speakerCount = 0;
    if (!varint(speakerCount) || speakerCount > left())   // each speaker takes at least its length's byte
        return false;
    m_speakers.reserve(static_cast<size_t>(speakerCount));
    for (quint64 i = 0; i < speakerCount; ++i) {
        quint64 length = 0;
        if (!varint(length) || length > left())
            return false;
        m_speakers.emplace_back(reinterpret_cast<const char *>(m_at), static_cast<size_t>(length));
        m_at += length;
    }
    if (!varint(m_rowCount) || m_rowCount > left() / 4)   // each row takes at least four bytes
        return false;
    m_failed = false;
    return true;
}

std::optional<ParagraphSpans::Decoded> ParagraphSpans::decode(std::string_view blob)
{
    RowReader reader;
    if (!reader.start(blob))
        return std::nullopt;
    Decoded decoded;
    decoded.speakers = reader.speakers();
    decoded.rows.reserve(static_cast<size_t>(reader.rowCount()));
    Decoded::Span row;
    while (reader.next(row))
        decoded.rows.push_back(row);
    if (reader.failed())
        return std::nullopt;
    return decoded;
}

bool ParagraphSpans::Decoded::sameAs(const std::vector<Row> &table) const
{
    return std::equal(rows.begin(), rows.end(), table.begin(), table.end(), [&](const Span &span, const Row &row) {
        if (span.number != row.number || span.start != row.start || span.end != row.end
            || (span.speaker >= 0) != row.speaker.has_value())
            return false;
        return span.speaker < 0 || speakers[static_cast<size_t>(span.speaker)] == *row.speaker;
    });
}

Result<void> ParagraphSpans::store(Database &db, qint64 documentId, const QByteArray &blob)
{
    auto insert = db.cached("INSERT OR REPLACE INTO paragraph_spans(document_id, spans) VALUES (?1, ?2)");
    if (!insert)
        return failure(insert.error());
    Statement &statement = **insert;
    statement.reset();
    statement.bind(1, documentId).bindBlob(2, std::string_view(blob.constData(), static_cast<size_t>(blob.size())));
    auto ok = statement.run();
    statement.reset();
    return ok;
}

namespace {

// Each document's id with its paragraph rows in the order of their numbers, one document at a time, from one scan of
// each table (rows of no document are passed over).
class RowsByDocument
{
public:
    explicit RowsByDocument(Database &db) : m_db(db) {}

    Result<void> start()
    {
        auto documents = m_db.prepare("SELECT id FROM documents ORDER BY id");
        // Rows whose document is not a whole number (a hand-made file: INTEGER affinity keeps 1.5 or '7x') belong to
        // no document: DocumentParagraphs' `document_id = ?` never reads them, so neither does the copy.
        auto rows = m_db.prepare("SELECT document_id, number, start, end, speaker FROM paragraphs "
                                 "WHERE typeof(document_id) = 'integer' ORDER BY document_id, number");
        if (!documents || !rows)
            return failure(documents ? rows.error() : documents.error());
        m_documents.emplace(std::move(*documents));
        m_rows.emplace(std::move(*rows));
        m_rowPending = m_rows->step();
        return m_rows->failed() ? failure(m_rows->error()) : Result<void>();
    }
    // Calls visit(documentId, rows) for each document after start(), in the order of their ids, until it fails.
    template<typename Visit>
    Result<void> forEach(Visit visit)
    {
        qint64 documentId = 0;
        std::vector<ParagraphSpans::Row> rows;
        for (;;) {
            auto more = next(documentId, rows);
            if (!more)
                return failure(more.error());
            if (!*more)
                return {};
            if (auto ok = visit(documentId, rows); !ok)
                return ok;
        }
    }

private:
    // The next document (false when there is none) and its rows.
    Result<bool> next(qint64 &documentId, std::vector<ParagraphSpans::Row> &rows)
    {
        rows.clear();
        if (!m_documents->step())
            return m_documents->failed() ? failure(m_documents->error()) : Result<bool>(false);
        documentId = m_documents->int64(0);
        while (m_rowPending && m_rows->int64(0) <= documentId) {
            if (m_rows->int64(0) == documentId) {
                ParagraphSpans::Row row{m_rows->int64(1), m_rows->int64(2), m_rows->int64(3), std::nullopt};
                // NULL comes as no bytes at all (not even an empty string's): as DocumentParagraphs reads it.
                if (const std::string_view speaker = m_rows->utf8(4); speaker.data() != nullptr)
                    row.speaker = std::string(speaker);
                rows.push_back(std::move(row));
            }
            m_rowPending = m_rows->step();
        }
        if (m_rows->failed())
            return failure(m_rows->error());
        return true;
    }

    Database &m_db;
    std::optional<Statement> m_documents;
    std::optional<Statement> m_rows;
    bool m_rowPending = false;
};

} // namespace

Result<void> ParagraphSpans::rebuild(Database &db)
{
    if (auto ok = db.exec("DELETE FROM paragraph_spans"); !ok)
        return ok;
    RowsByDocument documents(db);
    if (auto ok = documents.start(); !ok)
        return ok;
    return documents.forEach(
        [&](qint64 documentId, const std::vector<Row> &rows) { return store(db, documentId, encode(rows)); });
}

Result<std::optional<QString>> ParagraphSpans::disagreement(Database &db)
{
    const ReadSnapshot snapshot(db);   // the three scans see one state of the file
    RowsByDocument documents(db);
    if (auto ok = documents.start(); !ok)
        return failure(ok.error());
    auto spans = db.prepare("SELECT document_id, spans FROM paragraph_spans ORDER BY document_id");
    if (!spans)
        return failure(spans.error());
    auto orphans = db.prepare("SELECT count(*) FROM paragraph_spans WHERE document_id NOT IN (SELECT id FROM documents)");
    if (!orphans)
        return failure(orphans.error());
    bool spanPending = spans->step();
    qint64 differing = 0;
    auto compared = documents.forEach([&](qint64 documentId, const std::vector<Row> &rows) {
        while (spanPending && spans->int64(0) < documentId)
            spanPending = spans->step();
        // A document without a copy is read from its rows (a change of them by another writer drops it): only a
        // copy that is there and differs is wrong.
        if (spanPending && spans->int64(0) == documentId) {
            const std::optional<Decoded> kept = decode(spans->blob(1));
            if (!kept || !kept->sameAs(rows))
                ++differing;
        }
        return Result<void>();
    });
    if (!compared)
        return failure(compared.error());
    if (spans->failed())
        return failure(spans->error());
    if (!orphans->step())
        return failure(orphans->failed() ? orphans->error() : db.lastError());
    const qint64 strays = orphans->int64(0);
    QStringList differences;
    if (differing > 0)
        differences.append(differing == 1 ? QStringLiteral("the paragraphs kept for citing differ from the paragraphs "
                                                           "table in 1 document")
                                          : QStringLiteral("the paragraphs kept for citing differ from the paragraphs "
                                                           "table in %1 documents")
                                                .arg(differing));
    if (strays > 0)
        differences.append(QStringLiteral("paragraphs are kept for citing for %1 documents that are not there").arg(strays));
    if (differences.isEmpty())
        return std::optional<QString>();
    return std::optional<QString>(differences.join(QStringLiteral("; ")));
}

bool ParagraphSpans::exists(Database &db)
{
    return sqlite3_table_column_metadata(db.handle(), "main", "paragraph_spans", "spans", nullptr, nullptr, nullptr,
                                         nullptr, nullptr)
        == SQLITE_OK;
}

} // namespace marginalia
