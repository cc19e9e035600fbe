#pragma once

#include "common/Result.h"
#include "project/DocumentParagraphs.h"
#include "search/TextSearch.h"

#include <QByteArray>
#include <QList>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace marginalia {
class Project;
} // namespace marginalia

namespace marginalia::cli {

class JsonStream;

// The text output's line of one search hit, as UTF-8: "DOCUMENT · paragraph 3 · speaker T · characters 13–14:
// before[hit]after", cited for people (1-based, inclusive: as reports cite; "paragraphs 3–4", "speakers A, B"; no
// paragraph part when the hit lies on no paragraph), with each line break of the context and the hit shown as a
// space. The pieces are the stored UTF-8 as it is; bytes that are not UTF-8 (a damaged file) are written as Qt reads
// them, U+FFFD for each bad sequence, as when the line was a QString.
struct HitLine
{
    std::string_view document;
    qint64 start = 0;   // code points, half-open
    qint64 end = 0;
    qint64 firstParagraph = 0;   // 0: the hit lies on no paragraph
    qint64 lastParagraph = 0;
    std::vector<std::string_view> speakers;
    std::string_view before;
    std::string_view match;
    std::string_view after;
};
void appendHitLine(std::string &out, const HitLine &line);

// Writes the hits of `marginalia-cli search` one document at a time as they come from
// TextSearch::forEachDocumentHits: each hit's text and context are cut from the document's stored UTF-8, read once
// and walked forward (ForwardUtf8Cutter; hits come by position), and its paragraphs and speakers come from the
// document's paragraph rows (LoadedParagraphs, the rule of CodingStore). No document is held as a QString.
// Two threads share the work: write() runs where the project's connection is and reads what a document's hits need
// (its text, its paragraph rows); a writing thread cites, cuts and formats them in the order they were handed over,
// text lines as bytes into one buffer written 256 KB at a time, JSON through the JsonStream. A few documents wait
// between the two (kQueuedBytes), so memory does not grow with the hits.
class SearchHitWriter
{
public:
    // json: the stream to write objects into, or null for text lines. It is written by the writing thread only,
    // until flush() returns.
    SearchHitWriter(Project &project, qint64 context, JsonStream *json);
    ~SearchHitWriter();   // flush()
    SearchHitWriter(const SearchHitWriter &) = delete;
    SearchHitWriter &operator=(const SearchHitWriter &) = delete;

    // One document's hits, in order. `whole`: the document's stored UTF-8 when the search read it whole (then it
    // is not read again), else empty.
    Result<void> write(const QList<SearchHit> &hits, const QByteArray &whole);
    // Waits until every document handed over is written, and writes what is buffered.
    void flush();

private:
    // One document's hits with what citing and cutting them needs.
    struct Document
    {
        QList<SearchHit> hits;
        QByteArray text;
        LoadedParagraphs rows;
        // Per hit, the rows that cite it, where they were read hit by hit; empty: all rows, for every hit.
        std::vector<std::pair<size_t, size_t>> rowsOfHit;
    };
    static qint64 queuedBytes(const Document &document);
    void writeDocuments();   // the writing thread
    void writeDocument(const Document &document);

    Project &m_project;
    DocumentParagraphs m_paragraphs;
    qint64 m_context;
    JsonStream *m_json;
    // Written by the writing thread only.
    std::string m_buffer;
    std::vector<int> m_speakers;
    // Between the threads. The writing thread sleeps until a few hundred kilobytes wait (kWakeBytes), not for every
    // document, and each side wakes the other only when it sleeps: a wake-up per document cost the reading thread a
    // fifth of its time (多媒体, 1,876 documents). It takes the whole queue when it wakes and hands the batch back
    // when it is written (m_returned), so it takes the mutex once per batch, not per document, and every block of
    // memory is freed by the thread that allocated it: the reading thread frees the documents handed back, and the
    // room of m_returned is made by the reading thread (kReturnedBatches), so handing back allocates nothing. Freeing
    // in the other thread took that thread's heap lock, and the mutex per document made each thread wait for the
    // other: together some 600 futex calls for 多媒体, now a few dozen.
    static constexpr qint64 kQueuedBytes = 2 * 1024 * 1024;
    static constexpr qint64 kWakeBytes = 256 * 1024;
    static constexpr size_t kReturnedBatches = 64;
    bool readerMayQueue(qint64 bytes, qint64 limit) const;
    void returnWrittenBatches();
    std::mutex m_mutex;
    std::condition_variable m_readerReady;
    std::condition_variable m_writerReady;
    std::vector<Document> m_queue;
    std::vector<std::vector<Document>> m_returned;
    std::vector<std::vector<Document>> m_freeing;   // the reading thread's: m_returned swapped out, freed there
    // Atomic, so that the writing thread counts each document written without the mutex.
    std::atomic<qint64> m_queuedBytes = 0;     // of the queue and the batch being written
    std::atomic<qint64> m_readerWaitsFor = -1; // the bytes of the document the reading thread waits to queue; -1: none
    bool m_readerWoken = false;                // under m_mutex: the writing thread woke the waiting reader
    bool m_writerWaiting = false;
    bool m_finishing = false;
    std::thread m_writing;
};

} // namespace marginalia::cli
