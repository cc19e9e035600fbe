#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace marginalia {

class Database;
struct ParagraphRows;

// A copy of each document's paragraph rows in one blob (the table paragraph_spans, file format 5), so that citing
// excerpts in a whole document reads one row instead of one per paragraph: a search for a common word (教师, 118,000
// hits in 236,000 paragraphs) spent a third of its time reading paragraph rows. The rows stay what analysis queries
// in SQL; the copy is written after them in the same transaction (DocumentStore::storeParagraphs, the only writer of
// paragraphs in Marginalia), dropped by triggers when any other writer updates or deletes a document's rows (its rows
// are read then; a REPLACE's implicit delete fires them since every connection of ours sets recursive_triggers), removed with its document (ON DELETE CASCADE), made for every document by the upgrade, and compared with the
// rows together with the page check on opening (RowCounts::disagreement), so a copy that another program edited or
// damage changed is rebuilt, or not used.
//
// The blob: 'P', 1 (the encoding's version); the number of distinct speakers, then each speaker's bytes as stored
// (length, bytes); the number of rows, then per row in the order of their numbers: the number less the previous one,
// the start less the previous row's end, the end less the start (each a signed difference, zigzag varint; the first
// row's previous number and end are 0), and its speaker (0: NULL, k: the k-th speaker). Differences are taken modulo
// 2^64, so every stored value comes back exactly.
class ParagraphSpans
{
public:
    struct Row
    {
        qint64 number = 0;
        qint64 start = 0;
        qint64 end = 0;
        std::optional<std::string> speaker;   // the stored bytes; nullopt: NULL
    };

    // The blob of rows given in the order of their numbers.
    static QByteArray encode(const std::vector<Row> &rows);
    // The blob of an import's rows (numbered from 1 in their order).
    static QByteArray encode(const ParagraphRows &paragraphs);
    // A blob read back: the speakers' bytes (pointing into the blob) and the rows with their speaker's index (-1: NULL).
    struct Decoded
    {
        struct Span
        {
            qint64 number = 0;
            qint64 start = 0;
            qint64 end = 0;
            int speaker = -1;
        };
        std::vector<std::string_view> speakers;
        std::vector<Span> rows;

        bool sameAs(const std::vector<Row> &rows) const;
    };
    // nullopt when it is not a blob this encoding wrote (damaged, or another program's).
    static std::optional<Decoded> decode(std::string_view blob);
    // The same read a row at a time into the caller's lists (LoadedParagraphs::assignCopy: the writing thread of a
    // search for 多媒体 decodes 2,000 copies, a fifth of its time, and decoded each into Decoded first, then copied
    // it): start() reads
    // the speakers, then next() each row (false at the end or at bytes this encoding did not write, failed() telling
    // which); the blob was read whole and right when next() says false and failed() does not.
    class RowReader
    {
    public:
        bool start(std::string_view blob);
        quint64 rowCount() const { return m_rowCount; }
        const std::vector<std::string_view> &speakers() const { return m_speakers; }
        bool next(Decoded::Span &row)
        {
            if (m_failed)
                return false;
            if (m_rowsRead == m_rowCount) {
                m_failed = m_at != m_end;
                return false;
            }
            qint64 start = 0;
            quint64 speaker = 0;
            if (!after(m_number, m_number) || !after(m_previousEnd, start) || !after(start, m_previousEnd)
                || !varint(speaker) || speaker > m_speakers.size()) {
                m_failed = true;
                return false;
            }
            ++m_rowsRead;
            row = {m_number, start, m_previousEnd, static_cast<int>(speaker) - 1};
            return true;
        }
        bool failed() const { return m_failed; }

    private:
        // Every read checks that its bytes are there and says false where they are not.
        bool varint(quint64 &value)
        {
            // Most values (a paragraph's number less the previous one, the gap before it, its speaker) take one byte:
            // read without the loop (reading a search's 2,000 copies, 1.2 MB, took a sixth less time).
            if (m_at < m_end && *m_at < 0x80) {
                value = *m_at++;
                return true;
            }
            value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (m_at >= m_end)
                    return false;
                const unsigned char byte = *m_at++;
                value |= static_cast<quint64>(byte & 0x7F) << shift;
                if ((byte & 0x80) == 0)
                    return true;
            }
            return false;   // more than ten bytes: not ours
        }
        // A signed difference from `from` (zigzag), added modulo 2^64.
        bool after(qint64 from, qint64 &value)
        {
            quint64 zigzag = 0;
            if (!varint(zigzag))
                return false;
            const quint64 difference = (zigzag >> 1) ^ (~(zigzag & 1) + 1);
            value = static_cast<qint64>(static_cast<quint64>(from) + difference);
            return true;
        }
        size_t left() const { return static_cast<size_t>(m_end - m_at); }

        const unsigned char *m_at = nullptr;
        const unsigned char *m_end = nullptr;
        std::vector<std::string_view> m_speakers;
        quint64 m_rowCount = 0;
        quint64 m_rowsRead = 0;
        qint64 m_number = 0;   // the first row's previous number and end are 0
        qint64 m_previousEnd = 0;
        bool m_failed = false;
    };

    // Writes (or replaces) the copy of one document's rows (inside the caller's transaction).
    static Result<void> store(Database &db, qint64 documentId, const QByteArray &blob);
    // Makes every document's copy again from its rows (the upgrade, a correction; inside the caller's transaction).
    static Result<void> rebuild(Database &db);
    // The copies there against the rows and the documents, read in one pass each: nullopt when they agree, else a
    // sentence ("the paragraphs kept for citing differ from the paragraphs table in 2 documents"). A document without
    // a copy is not a disagreement.
    static Result<std::optional<QString>> disagreement(Database &db);
    // Whether the file has the table (format 5 and later).
    static bool exists(Database &db);
};

} // namespace marginalia
