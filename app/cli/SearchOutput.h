#pragma once

#include "common/Result.h"
#include "project/DocumentParagraphs.h"
#include "search/DocumentText.h"
#include "search/TextSearch.h"

#include <QByteArray>
#include <QList>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
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
// between the two (kQueuedBytes), so memory does not grow with the hits. While the writing thread has little to do
// (mayDeferFinding: few hits per document), documents come to writeUnsearched() instead: the reading thread only reads
// the text and the copy of the paragraph rows, and the writing thread finds the hits and reads the copy (多媒体: the
// reading thread was two thirds of the work, the writing thread idle most of the time). Once a search has more than a
// few documents, the writing thread also opens a connection of its own (Project::openSecondReader), and while little
// waits for it, documents come unread (mayDeferReading): it reads their text, copy and rows itself while the reading
// thread reads the next ones. Each document is read whole by one connection.
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
    // Whether a document may come unsearched now: the writing thread is not behind.
    bool mayDeferFinding() const;
    // Whether a document of `bytes` may come unread now: the writing thread has its own connection (opened once it has
    // a search of more than a few documents to write) and little waiting for it, so it reads the text itself while
    // this thread reads the next ones (TextSearch::forEachDocumentHits with deferReading).
    bool mayDeferReading(qint64 bytes) const;
    // One document unsearched (TextSearch::forEachDocumentHits with deferFinding), its hits to be found with `finder`
    // on the writing thread and cited by its copy of the paragraph rows; searched here where it has no copy. Where
    // the copy cannot be cited by (its ends do not rise), the writing thread asks for the rows, and this thread reads
    // them when it next queues a document or flushes. One unread reaches the writing thread as it is: that thread
    // reads its text, its copy and, where needed, its rows through its own connection.
    Result<void> writeUnsearched(TextSearch::UnsearchedDocument &&document, const HitFinder &finder);
    // Waits until every document handed over is written, and writes what is buffered. Fails where a document or rows
    // the writing thread needed could not be read, by either thread (nothing from that document on is written; write()
    // and writeUnsearched() fail from then on too).
    Result<void> flush();

private:
    // One document's hits with what citing and cutting them needs.
    struct Document
    {
        QList<SearchHit> hits;
        QByteArray text;
        LoadedParagraphs rows;
        // Per hit, the rows that cite it, where they were read hit by hit; empty: all rows, for every hit.
        std::vector<std::pair<size_t, size_t>> rowsOfHit;
        // How it came: searched here (hits, rows and rowsOfHit filled); unsearched (those empty: its id, its name and
        // its copy of the paragraph rows, which the writing thread finds the hits and the rows with); or unread (text
        // and copy empty too: the writing thread reads text, copy and rows, readUnread).
        enum class Arrival { Searched, Unsearched, Unread };
        Arrival arrival = Arrival::Searched;
        qint64 unreadBytes = 0;   // unread: the size of its text
        qint64 id = 0;
        QString name;
        QByteArray copy;
        qint64 queued = 0;   // the bytes it counts for in m_queuedBytes
    };
    // The range of `rows` that cites each hit (LoadedParagraphs::rangeEndingWithin), appended to `ranges`.
    static void appendRangesOfHits(const LoadedParagraphs &rows, const QList<SearchHit> &hits,
                                   std::vector<std::pair<size_t, size_t>> &ranges);
    // One document's hits with its rows: where they are, for writeDocument.
    struct Cited
    {
        const QString &name;
        const QList<SearchHit> &hits;
        const QByteArray &text;
        const LoadedParagraphs &rows;
        const std::vector<std::pair<size_t, size_t>> &rowsOfHit;
    };
    Result<void> queue(Document &&document);
    // The rows citing a document's hits, read through `paragraphs` (on the thread whose connection it reads; into
    // `rows` and `rowsOfHit`, emptied first).
    static Result<void> readRows(DocumentParagraphs &paragraphs, qint64 documentId, const QList<SearchHit> &hits,
                                 qsizetype textBytes, LoadedParagraphs &rows,
                                 std::vector<std::pair<size_t, size_t>> &rowsOfHit);
    // The writing thread's side of reading rows: asks and waits; false if they could not be read. wholeDocument: the
    // reading thread also reads the text into the document and finds its hits (one its own connection could not read).
    bool rowsFromReadingThread(Document &document, bool wholeDocument = false);
    // The reading thread's side, under m_mutex: reads the rows asked for, if any, and wakes the writing thread.
    void serveRowsWanted();
    void writeDocuments();   // the writing thread
    // A document handed over unsearched: its hits found and its copy read into the writing thread's lists
    // (m_foundHits, m_foundRows, m_foundRowsOfHit); false when the copy cannot be cited by.
    bool findUnsearched(const Document &document);
    // The document's hits found in its text into m_foundHits, the found lists emptied first (on the thread that owns
    // them at the time).
    void findHits(const Document &document);
    // The writing thread's own connection (Project::openSecondReader), opened once; without it, nothing comes unread.
    void openSecondReader();
    // A document handed over unread: its text, its hits and the rows citing them read and found on the writing thread
    // into document.text and the found lists; false (m_writingFailure set) when they cannot be read. A text its
    // connection cannot read (a document deleted since the reading thread's state of the file) is read, searched and
    // cited by the reading thread instead (rowsFromReadingThread with wholeDocument).
    bool readUnread(Document &document);
    void writeDocument(const Cited &document);

    enum class SecondReading { AsTheWorkGoes, Never, Always };
    static SecondReading secondReadingAsked();
    static qint64 queueLimitAsked();

    Project &m_project;
    DocumentParagraphs m_paragraphs;
    qint64 m_context;
    JsonStream *m_json;
    // Written by the writing thread only.
    std::string m_buffer;
    std::vector<int> m_speakers;
    // The writing thread's, but for rows it asks for: serveRowsWanted fills them on the reading thread while the
    // writing thread waits (handed over through m_mutex).
    QList<SearchHit> m_foundHits;   // of the unsearched document being written
    LoadedParagraphs m_foundRows;
    std::vector<std::pair<size_t, size_t>> m_foundRowsOfHit;
    // Set under m_mutex (rowsFromReadingThread, readUnread); read by the reading thread under it, or after the writing
    // thread ended.
    std::optional<QString> m_writingFailure;
    // Set by the reading thread before the first unsearched document is queued, then only read until flush().
    std::optional<HitFinder> m_finder;
    // The writing thread's, until flush() has joined it: its connection, and its readers of texts and paragraphs.
    // m_secondReady says to the reading thread that documents may come unread.
    std::unique_ptr<Database> m_second;
    std::unique_ptr<DocumentText> m_secondText;
    std::optional<DocumentParagraphs> m_secondParagraphs;
    const SecondReading m_secondReading;
    const qint64 m_queueLimit;   // kQueuedBytes, or what a test asked for (queueLimitAsked)
    bool m_secondTried = false;
    std::atomic<bool> m_secondReady = false;
    // MARGINALIA_SEARCH_STATISTICS: how many documents were handed over and how many the writing thread read, written
    // to stderr when the writing thread has ended (for tests and benchmarks).
    const bool m_statistics;
    qint64 m_handedOver = 0;     // the reading thread's
    qint64 m_readByWriter = 0;   // the writing thread's
    double m_writerCpuMs = 0;    // the writing thread's CPU time, taken as it ends (for m_statistics)
    // Between the threads. The writing thread sleeps until a few hundred kilobytes wait (kWakeBytes), not for every
    // document, and each side wakes the other only when it sleeps: a wake-up per document cost the reading thread a
    // fifth of its time (多媒体, 1,876 documents). It takes the whole queue when it wakes and hands the batch back
    // when it is written (m_returned), so it takes the mutex once per batch, not per document, and each document is
    // freed by the thread that allocated it (rows read on request, serveRowsWanted, excepted): the reading thread frees
    // the documents handed back, and the room of m_returned is made by the reading thread (kReturnedBatches), so
    // handing back allocates nothing. Freeing in the other thread took that thread's heap lock, and the mutex per document made each thread wait for the
    // other: together some 600 futex calls for 多媒体, now a few dozen.
    static constexpr qint64 kQueuedBytes = 2 * 1024 * 1024;
    static constexpr qint64 kWakeBytes = 256 * 1024;
    static constexpr size_t kReturnedBatches = 64;
    // Documents come unsearched while less than this waits (the writing thread wakes at kWakeBytes): a writing thread
    // that falls behind (many hits per document) lets the reading thread find the hits again.
    static constexpr qint64 kDeferBelowBytes = 2 * kWakeBytes;
    // Documents come unread while less than this waits (and the writing thread has its connection): the writing thread
    // reads what it would otherwise wait for. 多媒体 (2,000 documents, 42 MB): it reads 200 to 700 of them, and the
    // search takes 23.7 instead of 28.2 ms (medians of 31); 128 KB, 384 KB, or counting only the unread documents'
    // bytes, were slower.
    static constexpr qint64 kUnreadBelowBytes = kWakeBytes;
    bool readerMayQueue(qint64 bytes, qint64 limit) const;
    std::mutex m_mutex;
    std::condition_variable m_readerReady;
    std::condition_variable m_writerReady;
    std::vector<Document> m_queue;
    std::vector<std::vector<Document>> m_returned;
    std::vector<std::vector<Document>> m_freeing;   // the reading thread's: m_returned swapped out, freed there
    // Atomic, so that the writing thread counts each document written without the mutex.
    std::atomic<qint64> m_queuedBytes = 0;     // of the queue and the batch being written
    std::atomic<qint64> m_readerWaitsFor = -1; // the bytes of the document the reading thread waits to queue; -1: none
    bool m_writerWaiting = false;
    bool m_unreadQueued = false;                 // the queue holds a document to read: the writing thread wakes for it
    bool m_finishing = false;
    bool m_writerDone = false;                   // the writing thread has written everything (finishing)
    Document *m_rowsWanted = nullptr;            // the document whose rows the writing thread waits for
    bool m_wholeDocumentWanted = false;          // and its text and hits too
    std::optional<QString> m_rowsFailure;        // why they could not be read
    std::thread m_writing;
};

} // namespace marginalia::cli
