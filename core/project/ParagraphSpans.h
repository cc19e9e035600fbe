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
