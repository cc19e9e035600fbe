#pragma once

#include "common/Result.h"
#include "project/Database.h"
#include "text/SpeakerNumbering.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3_blob;

namespace marginalia {

// The paragraph rows of one document as loaded, in the order of their ends, with the rule that cites a range by them.
// A value: loaded where the project's connection is and handed to another thread to cite (marginalia-cli search).
class LoadedParagraphs
{
public:
    // The citation of [start, end) by the rows [from, to) (by default all): the first paragraph is the first row
    // ending after the start, if it begins before the end; the last is the first row ending at or after the end, if
    // it begins before the end, else the last one ending before the end (and after the start); the speakers are those
    // of the rows numbered first to last, in order, each once, as indices into speakerUtf8(). `speakers` is cleared
    // and filled, so one vector serves every call.
    struct Numbers
    {
        qint64 firstParagraph = 0;   // 0 and 0: the range touches no paragraph
        qint64 lastParagraph = 0;
        // The first row ending after the start: the citation of a range starting there or later, by the same rows, may
        // give it as `from` (no row before it can cite such a range), and costs a few comparisons then.
        size_t firstRow = 0;
    };
    Numbers cite(qint64 start, qint64 end, std::vector<int> &speakers) const;
    Numbers cite(qint64 start, qint64 end, std::vector<int> &speakers, size_t from, size_t to) const;
    std::string_view speakerUtf8(int index) const { return m_speakers.name(index); }
    QString speaker(int index) const;
    size_t size() const { return m_end.size(); }
    // The rows ending after `from` up to and including the first one ending at or after `to` (for rows whose ends
    // rise): the rows DocumentParagraphs::appendRange reads for [from, to].
    std::pair<size_t, size_t> rangeEndingWithin(qint64 from, qint64 to) const;
    // The rows of a document's copy (ParagraphSpans) in place of these: false, and nothing kept, when it cannot be
    // read or its ends do not rise.
    bool assignCopy(std::string_view blob);

private:
    friend class DocumentParagraphs;
    void clear();
    // The index of a speaker as stored (UTF-8 or not), its name taken as Qt reads it.
    int speakerIndex(std::string_view utf8);

    std::vector<qint64> m_start;
    std::vector<qint64> m_end;
    std::vector<qint64> m_number;
    std::vector<int> m_speaker;   // index into m_speakers, -1: no speaker
    SpeakerNumbering<std::string> m_speakers;   // UTF-8; a transcript has a few, taking turns
};

// Loads the paragraphs of one document in the order of their ends (paragraphs_by_end), to cite excerpts in one pass
// instead of three range searches and a speaker query per excerpt. cite() gives what those searches gave (the rule
// of LoadedParagraphs::cite).
class DocumentParagraphs
{
public:
    // spansKept: the document's copy of its rows in paragraph_spans may be read instead of the rows
    // (Project::paragraphSpansKept).
    explicit DocumentParagraphs(Database &db, bool spansKept = false) : m_db(db), m_spansKept(spansKept) {}
    ~DocumentParagraphs();
    DocumentParagraphs(const DocumentParagraphs &) = delete;
    DocumentParagraphs &operator=(const DocumentParagraphs &) = delete;

    struct Citation
    {
        qint64 firstParagraph = 0;   // 0 and 0: the range touches no paragraph
        qint64 lastParagraph = 0;
        QStringList speakers;
    };

    // The paragraphs of the document that end after `from`, up to the first one ending at or after `to`: all a
    // citation of ranges inside [from, to] needs (the whole document: -1 and the largest qint64, read in one scan of
    // the table).
    Result<void> load(qint64 documentId, qint64 from, qint64 to);
    Citation cite(qint64 start, qint64 end) const;

    // The rows loaded last (their citation with speakers as indices: LoadedParagraphs::cite).
    const LoadedParagraphs &rows() const { return m_rows; }
    // Moves the rows loaded last into `rows` (what `rows` held is emptied and kept for the next load): no copy.
    void takeRows(LoadedParagraphs &rows)
    {
        std::swap(m_rows, rows);
        m_rows.clear();
    }
    // The rows of the paragraphs ending after `from` up to the first one ending at or after `to`, appended to `rows`
    // (which the same document's earlier appends filled; the speakers' indices go on from theirs): gives the range of
    // `rows` that holds them, to cite [from, to] by as load() then cite() would.
    Result<std::pair<size_t, size_t>> appendRange(LoadedParagraphs &rows, qint64 documentId, qint64 from, qint64 to);
    // The document's copy of its rows (ParagraphSpans), when it may be read and is there with its ends rising (then the
    // rows in the order of their ends, as every range of appendRange would read them): true, and rows() holds them.
    Result<bool> loadCopy(qint64 documentId);
    // The bytes of that copy, unread, when it may be read and is there (LoadedParagraphs::assignCopy takes them in,
    // on any thread). Read through one blob handle moved from row to row (sqlite3_blob_reopen: 2,000 copies in 1.2
    // instead of 2.0 ms with a statement); the handle, and with it the read transaction of this connection, stays open
    // until the next readCopy that finds no copy, or this object's end.
    Result<std::optional<QByteArray>> readCopy(qint64 documentId);

private:
    Result<bool> loadWholeDocument(qint64 documentId);
    Result<bool> loadSpans(qint64 documentId);
    Result<Statement *> spansStatement();
    Result<void> loadByEnds(LoadedParagraphs &rows, qint64 documentId, qint64 from, qint64 to);

    Database &m_db;
    bool m_spansKept = false;
    std::optional<Statement> m_readSpans;
    sqlite3_blob *m_copyBlob = nullptr;   // readCopy's handle on paragraph_spans.spans
    std::optional<Statement> m_readDocument;
    std::optional<Statement> m_readByEnds;
    LoadedParagraphs m_rows;
};

} // namespace marginalia
