#include "SearchOutput.h"

#include "CliOutput.h"

#include "project/Project.h"
#include "search/DocumentText.h"
#include "search/TextSearch.h"
#include "text/ForwardUtf8Cutter.h"
#include "text/Utf8Text.h"

#include <charconv>
#include <cstdio>
#include <cstring>
#include <limits>

#ifdef __linux__
#include <pthread.h>
#endif
#include <sys/resource.h>

namespace marginalia::cli {

namespace {

constexpr size_t kWriteBytes = 256 * 1024;

// The name in the hits the writing thread finds (m_foundHits): none. writeDocument takes the name from the document,
// and a name in every hit is a QString copy per hit, an atomic update of its count each.
const QString kNoName;

// A document's whole stored text, through a reader opened for it.
Result<QByteArray> readWholeText(Database &db, qint64 documentId)
{
    auto reader = DocumentText::open(db, documentId);
    if (!reader)
        return failure(reader.error());
    return (*reader)->read(0, (*reader)->size());
}

// Writes at `to` and returns the end of what was written: the line is built in place, its room made once.
char *put(char *to, std::string_view piece)
{
    if (!piece.empty())
        std::memcpy(to, piece.data(), piece.size());
    return to + piece.size();
}

char *putNumber(char *to, qint64 number)
{
    return std::to_chars(to, to + 24, number).ptr;
}

// The piece with each line break as a space; bytes that are not UTF-8 as Qt reads them (U+FFFD, three bytes, for
// each bad byte at most: the room taken for a piece is three times its bytes).
char *putOneLine(char *to, std::string_view piece)
{
    if (copyWithLineBreaksAsSpaces(piece, to))
        return to + piece.size();
    const QByteArray read = stringFromUtf8(piece).toUtf8();
    for (const char c : read)
        *to++ = c == '\n' ? ' ' : c;
    return to;
}

// Whether a document's hits are cited by the rows each would read (hits far apart: one search of the index each, or
// the copy's rows) rather than by all the document's rows: a hit in every 4 KB or less (reading a document's
// paragraphs for a hit in every 4 KB or more cost more than those searches: 多媒体, 6,513 hits in 1,876 documents of
// 20 KB, 84 ms CPU instead of 111; with one a kilobyte, 老师, 147 instead of 158).
bool citesHitByHit(qsizetype hits, qsizetype textBytes)
{
    constexpr qint64 kBytesPerHitForOneScan = 4096;
    return static_cast<qint64>(hits) * kBytesPerHitForOneScan < static_cast<qint64>(textBytes);
}

// The failure of a document that could not be read, after which nothing more is written.
QString couldNotBeRead(const QString &name, const QString &why)
{
    return QStringLiteral("“%1” could not be read (%2); nothing from there on was written").arg(name, why);
}

// The calling thread's CPU time so far, user and system (0 where it cannot be had).
double threadCpuMs()
{
#ifdef RUSAGE_THREAD
    rusage usage = {};
    if (getrusage(RUSAGE_THREAD, &usage) != 0)
        return 0;
    const auto ms = [](const timeval &t) { return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
#else
    return 0;
#endif
}

} // namespace

void appendHitLine(std::string &out, const HitLine &line)
{
    static constexpr std::string_view kDot = " \u00B7 ";   // " · "
    static constexpr std::string_view kDash = "\u2013";     // "–"
    size_t room = line.document.size() + 160 + 3 * (line.before.size() + line.match.size() + line.after.size());
    for (const std::string_view speaker : line.speakers)
        room += speaker.size() + 2;
    const size_t used = out.size();
    out.resize_and_overwrite(used + room, [&](char *buffer, size_t) {
        char *to = put(buffer + used, line.document);
        to = put(to, kDot);
        if (line.firstParagraph > 0) {
            if (line.firstParagraph == line.lastParagraph) {
                to = put(to, "paragraph ");
                to = putNumber(to, line.firstParagraph);
            } else {
                to = put(to, "paragraphs ");
                to = putNumber(to, line.firstParagraph);
                to = put(to, kDash);
                to = putNumber(to, line.lastParagraph);
            }
            to = put(to, kDot);
        }
        if (!line.speakers.empty()) {
            to = put(to, line.speakers.size() == 1 ? "speaker " : "speakers ");
            for (size_t i = 0; i < line.speakers.size(); ++i) {
                if (i > 0)
                    to = put(to, ", ");
                to = put(to, line.speakers[i]);
            }
            to = put(to, kDot);
        }
        to = put(to, "characters ");
        to = putNumber(to, line.start + 1);
        to = put(to, kDash);
        to = putNumber(to, line.end);
        to = put(to, ": ");
        to = putOneLine(to, line.before);
        *to++ = '[';
        to = putOneLine(to, line.match);
        *to++ = ']';
        to = putOneLine(to, line.after);
        *to++ = '\n';
        return static_cast<size_t>(to - buffer);
    });
}

// MARGINALIA_SEARCH_SECOND_READER: "never" (every text is read by the reading thread, as before the writing thread
// had a connection) or "always" (the connection opened before the first document, and every document that may come
// unread does): for the tests of both ways and for measuring them. Anything else, or nothing: as the work goes.
SearchHitWriter::SecondReading SearchHitWriter::secondReadingAsked()
{
    const QByteArray asked = qgetenv("MARGINALIA_SEARCH_SECOND_READER");
    if (asked == "never")
        return SecondReading::Never;
    if (asked == "always")
        return SecondReading::Always;
    return SecondReading::AsTheWorkGoes;
}

// MARGINALIA_SEARCH_QUEUE_BYTES: the bytes that may wait between the threads, in place of kQueuedBytes (at least 1), so
// that a test makes the reading thread wait for room at nearly every document: where the two threads hand over, as
// often as a search can make them. Anything else, or nothing: kQueuedBytes.
qint64 SearchHitWriter::queueLimitAsked()
{
    bool ok = false;
    const qint64 asked = qEnvironmentVariableIntValue("MARGINALIA_SEARCH_QUEUE_BYTES", &ok);
    return ok && asked >= 1 && asked <= kQueuedBytes ? asked : kQueuedBytes;
}

SearchHitWriter::SearchHitWriter(Project &project, qint64 context, JsonStream *json)
    : m_project(project), m_paragraphs(project.database(), project.paragraphSpansKept()), m_context(context), m_json(json),
      m_secondReading(secondReadingAsked()), m_queueLimit(queueLimitAsked()),
      m_statistics(!qEnvironmentVariableIsEmpty("MARGINALIA_SEARCH_STATISTICS"))
{
    m_returned.reserve(kReturnedBatches);
    m_freeing.reserve(kReturnedBatches);
    // Opened here, before the writing thread starts (which then has it alone).
    if (m_secondReading == SecondReading::Always)
        openSecondReader();
}

SearchHitWriter::~SearchHitWriter()
{
    (void)flush();
}

Result<void> SearchHitWriter::flush()
{
    if (m_writing.joinable()) {
        {
            std::unique_lock lock(m_mutex);
            m_finishing = true;
            m_writerReady.notify_one();
            // Until the writing thread has written everything, reading the rows it asks for.
            for (;;) {
                m_readerReady.wait(lock, [&] { return m_writerDone || m_rowsWanted; });
                if (!m_rowsWanted)
                    break;
                serveRowsWanted();
            }
        }
        m_writing.join();
        m_finishing = false;
        m_writerDone = false;
        if (m_statistics) {
            std::fprintf(stderr, "marginalia-cli search: %lld of %lld documents read by the writing thread%s\n",
                         static_cast<long long>(m_readByWriter), static_cast<long long>(m_handedOver),
                         m_second ? "" : " (it had no connection of its own)");
            // What each thread cost: the measure of a change to either (the wall time mostly says how the two
            // threads were placed on the cores).
            const auto ms = [](double value) { return QByteArray::number(value, 'f', 1); };   // not the locale's
            std::fprintf(stderr, "marginalia-cli search: CPU time %s ms reading (from the start), %s ms writing\n",
                         ms(threadCpuMs()).constData(), ms(m_writerCpuMs).constData());
        }
        m_readByWriter = 0;
        m_handedOver = 0;
    }
    // The writing thread's connection, closed here after it ended (its readers first).
    m_secondReady = false;
    m_secondTried = false;
    m_secondText.reset();
    m_secondParagraphs.reset();
    m_second.reset();
    m_finder.reset();
    m_returned.clear();
    m_freeing.clear();
    if (!m_buffer.empty())
        std::fwrite(m_buffer.data(), 1, m_buffer.size(), stdout);
    m_buffer.clear();
    if (m_writingFailure)
        return failure(*std::exchange(m_writingFailure, std::nullopt));
    return {};
}

bool SearchHitWriter::readerMayQueue(qint64 bytes, qint64 limit) const
{
    return m_queuedBytes == 0 || m_queuedBytes + bytes <= limit;
}

Result<void> SearchHitWriter::write(const QList<SearchHit> &hits, const QByteArray &whole)
{
    if (hits.isEmpty())
        return {};
    Document document;
    document.hits = hits;
    document.name = hits.constFirst().document;
    const qint64 documentId = hits.constFirst().documentId;
    if (whole.isEmpty()) {
        auto bytes = readWholeText(m_project.database(), documentId);
        if (!bytes)
            return failure(bytes.error());
        document.text = std::move(*bytes);
    } else {
        document.text = whole;
    }
    if (auto read = readRows(m_paragraphs, documentId, hits, document.text.size(), document.rows, document.rowsOfHit);
        !read)
        return read;
    return queue(std::move(document));
}

Result<void> SearchHitWriter::readRows(DocumentParagraphs &paragraphs, qint64 documentId, const QList<SearchHit> &hits,
                                       qsizetype textBytes, LoadedParagraphs &rows,
                                       std::vector<std::pair<size_t, size_t>> &rowsOfHit)
{
    rows = LoadedParagraphs();
    rowsOfHit.clear();
    // Hits close together: all the document's paragraphs, read in one scan of the table; hits far apart: each
    // hit's own paragraphs, one search of the index each (citesHitByHit).
    const bool fewHits = citesHitByHit(hits.size(), textBytes);
    // Hits far apart in a document with a copy of its rows (format 5): the copy, one row, costs less than a search per
    // hit; each hit is cited by the rows that search would have read (those ending after its start, up to the first
    // ending at or after its end: the copy's ends rise, so they are in the same order).
    bool copied = false;
    if (fewHits) {
        auto loaded = paragraphs.loadCopy(documentId);
        if (!loaded)
            return failure(loaded.error());
        copied = *loaded;
    }
    if (copied) {
        paragraphs.takeRows(rows);
        appendRangesOfHits(rows, hits, rowsOfHit);
    } else if (fewHits) {
        rowsOfHit.reserve(static_cast<size_t>(hits.size()));
        for (const SearchHit &hit : hits) {
            auto range = paragraphs.appendRange(rows, documentId, hit.start, hit.end);
            if (!range)
                return failure(range.error());
            rowsOfHit.push_back(*range);
        }
    } else {
        if (auto ok = paragraphs.load(documentId, -1, std::numeric_limits<qint64>::max()); !ok)
            return ok;
        paragraphs.takeRows(rows);
    }
    return {};
}

bool SearchHitWriter::mayDeferFinding() const
{
    return m_secondReading == SecondReading::Always || m_queuedBytes < kDeferBelowBytes;
}

bool SearchHitWriter::mayDeferReading(qint64 bytes) const
{
    return m_secondReady && (m_secondReading == SecondReading::Always || m_queuedBytes + bytes <= kUnreadBelowBytes);
}

Result<void> SearchHitWriter::writeUnsearched(TextSearch::UnsearchedDocument &&unsearched, const HitFinder &finder)
{
    if (unsearched.unread) {
        if (!m_finder)
            m_finder.emplace(finder);
        Document document;
        document.arrival = Document::Arrival::Unread;
        document.unreadBytes = unsearched.bytes;
        document.id = unsearched.id;
        document.name = std::move(unsearched.name);
        return queue(std::move(document));
    }
    auto copy = m_paragraphs.readCopy(unsearched.id);
    if (!copy)
        return failure(copy.error());
    if (!*copy) {
        // No copy for the writing thread to cite by: searched here, its rows read here.
        QList<SearchHit> hits;
        finder.find(unsearched.id, unsearched.name, std::string_view(unsearched.text.constData(),
                                                                     static_cast<size_t>(unsearched.text.size())), hits);
        return write(hits, unsearched.text);
    }
    if (!m_finder)
        m_finder.emplace(finder);
    Document document;
    document.arrival = Document::Arrival::Unsearched;
    document.id = unsearched.id;
    document.name = std::move(unsearched.name);
    document.text = std::move(unsearched.text);
    document.copy = std::move(**copy);
    return queue(std::move(document));
}

Result<void> SearchHitWriter::queue(Document &&document)
{
    const qint64 bytes = document.text.size() + document.copy.size() + 64 * static_cast<qint64>(document.hits.size())
                         + document.unreadBytes;
    document.queued = bytes;
    const bool unread = document.arrival == Document::Arrival::Unread;
    ++m_handedOver;
    bool wakeWriter = false;
    {
        std::unique_lock lock(m_mutex);
        serveRowsWanted();
        if (m_writingFailure)
            return failure(*m_writingFailure);   // nothing more would be written
        if (!readerMayQueue(bytes, m_queueLimit)) {
            // The writing thread is behind by more than a few documents: wait until it has written half of what
            // waits (a document larger than that waits until nothing does), reading rows it asks for meanwhile.
            m_readerWaitsFor = bytes;
            if (m_writerWaiting)
                m_writerReady.notify_one();
            for (;;) {
                m_readerReady.wait(lock, [&] { return m_rowsWanted || readerMayQueue(bytes, m_queueLimit / 2); });
                if (!m_rowsWanted)
                    break;
                serveRowsWanted();
            }
            m_readerWaitsFor = -1;
        }
        m_queuedBytes += bytes;
        m_queue.push_back(std::move(document));
        m_unreadQueued = m_unreadQueued || unread;
        // A document to read is work for the writing thread at once (the reading thread goes on meanwhile).
        wakeWriter = m_writerWaiting && (m_queuedBytes >= kWakeBytes || unread);
        m_freeing.swap(m_returned);
    }
    if (wakeWriter)
        m_writerReady.notify_one();
    // Freed on this thread, outside the lock; the emptied list keeps its room and goes back at the next swap.
    m_freeing.clear();
    if (!m_writing.joinable())
        m_writing = std::thread([this] { writeDocuments(); });
    return {};
}

void SearchHitWriter::writeDocuments()
{
#ifdef __linux__
    pthread_setname_np(pthread_self(), "search-writer");   // told apart in perf, top and gdb
#endif
    for (;;) {
        std::vector<Document> batch;
        bool wantsSecond = false;
        {
            std::unique_lock lock(m_mutex);
            if (m_queue.empty()) {
                m_writerWaiting = true;
                // Nothing is being written now: the bytes counted are the queue's.
                m_writerReady.wait(lock, [&] {
                    return m_finishing
                           || (!m_queue.empty() && (m_readerWaitsFor >= 0 || m_queuedBytes >= kWakeBytes || m_unreadQueued));
                });
                m_writerWaiting = false;
                if (m_queue.empty()) {
                    // Finishing, all written.
                    if (m_statistics)
                        m_writerCpuMs = threadCpuMs();
                    m_writerDone = true;
                    m_readerReady.notify_one();
                    return;
                }
            }
            // A few hundred kilobytes waiting (not the first documents, nor the last of a short search): worth a
            // connection of its own.
            wantsSecond = m_secondReading == SecondReading::AsTheWorkGoes && !m_secondTried && !m_finishing
                          && m_queuedBytes >= kWakeBytes;
            batch.swap(m_queue);
            m_unreadQueued = false;
        }
        if (wantsSecond)
            openSecondReader();
        for (Document &document : batch) {
            // After a failure nothing more is written: the output would lack a document's hits.
            if (!m_writingFailure) {
                if (document.arrival == Document::Arrival::Searched) {
                    writeDocument({document.name, document.hits, document.text, document.rows, document.rowsOfHit});
                } else if (document.arrival == Document::Arrival::Unread) {
                    if (readUnread(document))
                        writeDocument({document.name, m_foundHits, document.text, m_foundRows, m_foundRowsOfHit});
                    document.text = QByteArray();   // allocated on this thread: freed here
                    document.copy = QByteArray();
                } else if (findUnsearched(document) || rowsFromReadingThread(document)) {
                    writeDocument({document.name, m_foundHits, document.text, m_foundRows, m_foundRowsOfHit});
                }
            }
            m_foundHits.clear();
            m_queuedBytes -= document.queued;
            // The reading thread sets m_readerWaitsFor before it looks at the bytes, and this thread counts the bytes
            // before it looks at m_readerWaitsFor (both sequentially consistent): either it sees the room made, or it
            // is woken here, under the mutex, so not between its look and its sleep. Under the mutex it is asked again
            // whether the reading thread waits and has room: meanwhile it may have gone on and be waiting for a later
            // document, which this room does not hold. (A flag "woken once" stood for that answer: set by a wake-up for
            // the earlier document, it kept the later wait from being woken when there was room, and each thread
            // waited for the other for ever: once in the benchmark's searches, and about one search for 多媒体 in two
            // or three hundred where little may wait between the threads, test_search_output.)
            // Woken again before it runs, it finds no waiters: nothing is called in the kernel.
            if (const qint64 waits = m_readerWaitsFor; waits >= 0 && readerMayQueue(waits, m_queueLimit / 2)) {
                bool wake = false;
                {
                    const std::lock_guard lock(m_mutex);
                    wake = m_readerWaitsFor >= 0 && readerMayQueue(m_readerWaitsFor, m_queueLimit / 2);
                }
                if (wake)
                    m_readerReady.notify_one();
            }
        }
        const std::lock_guard lock(m_mutex);
        m_returned.push_back(std::move(batch));
    }
}

void SearchHitWriter::findHits(const Document &document)
{
    m_foundHits.clear();
    m_foundRowsOfHit.clear();
    m_finder->find(document.id, kNoName,
                   std::string_view(document.text.constData(), static_cast<size_t>(document.text.size())), m_foundHits);
}

bool SearchHitWriter::findUnsearched(const Document &document)
{
    findHits(document);
    if (m_foundHits.isEmpty())
        return true;
    // A copy whose ends do not rise (a file made elsewhere) cannot be cited by: its rows are read then.
    if (!m_foundRows.assignCopy(std::string_view(document.copy.constData(), static_cast<size_t>(document.copy.size()))))
        return false;
    // As write() cites: hits far apart by the rows each would have read, hits close together by all of them.
    if (citesHitByHit(m_foundHits.size(), document.text.size()))
        appendRangesOfHits(m_foundRows, m_foundHits, m_foundRowsOfHit);
    return true;
}

void SearchHitWriter::openSecondReader()
{
    m_secondTried = true;
    // Without it (a file that cannot be opened twice, or replaced meanwhile), the reading thread reads every text as
    // before: nothing is lost but time.
    auto second = m_project.openSecondReader();
    if (!second)
        return;
    m_second = std::move(*second);
    m_secondParagraphs.emplace(*m_second, m_project.paragraphSpansKept());
    m_secondReady = true;
}

bool SearchHitWriter::readUnread(Document &document)
{
    ++m_readByWriter;
    m_foundHits.clear();
    m_foundRowsOfHit.clear();
    const auto fail = [&](const QString &why) {
        const std::lock_guard lock(m_mutex);
        m_writingFailure = couldNotBeRead(document.name, why);
        return false;
    };
    // The text, through this thread's reader (moved from row to row, as the reading thread's). A text this connection
    // cannot read (not there in the state of the file it reads: deleted by another program since the reading
    // thread's began) is read, searched and cited by the reading thread, where the search found it.
    Result<void> opened = m_secondText ? m_secondText->reopen(document.id) : Result<void>();
    if (!m_secondText || !opened) {
        auto reader = DocumentText::open(*m_second, document.id);
        if (!reader)
            return rowsFromReadingThread(document, true);
        m_secondText = std::move(*reader);
    }
    auto text = m_secondText->read(0, m_secondText->size());
    if (!text) {
        m_secondText.reset();
        return rowsFromReadingThread(document, true);
    }
    document.text = std::move(*text);
    auto copy = m_secondParagraphs->readCopy(document.id);
    if (!copy)
        return fail(copy.error());
    if (*copy) {
        document.copy = std::move(**copy);
        if (findUnsearched(document))
            return true;
    } else {
        findHits(document);
        if (m_foundHits.isEmpty())
            return true;
    }
    // No copy, or one that cannot be cited by: the rows, read here too.
    if (auto read = readRows(*m_secondParagraphs, document.id, m_foundHits, document.text.size(), m_foundRows,
                             m_foundRowsOfHit);
        !read)
        return fail(read.error());
    return true;
}

void SearchHitWriter::appendRangesOfHits(const LoadedParagraphs &rows, const QList<SearchHit> &hits,
                                         std::vector<std::pair<size_t, size_t>> &ranges)
{
    ranges.reserve(ranges.size() + static_cast<size_t>(hits.size()));
    for (const SearchHit &hit : hits)
        ranges.push_back(rows.rangeEndingWithin(hit.start, hit.end));
}

bool SearchHitWriter::rowsFromReadingThread(Document &document, bool wholeDocument)
{
    std::unique_lock lock(m_mutex);
    m_rowsWanted = &document;
    m_wholeDocumentWanted = wholeDocument;
    m_readerReady.notify_one();
    m_writerReady.wait(lock, [&] { return m_rowsWanted == nullptr; });
    if (m_rowsFailure)
        m_writingFailure = std::exchange(m_rowsFailure, std::nullopt);
    return !m_writingFailure;
}

void SearchHitWriter::serveRowsWanted()
{
    if (!m_rowsWanted)
        return;
    // The writing thread waits (for this), so the document, its hits and lists are this thread's until it is woken.
    Document &wanted = *m_rowsWanted;
    if (m_wholeDocumentWanted) {
        if (auto text = readWholeText(m_project.database(), wanted.id); text) {
            wanted.text = std::move(*text);
            findHits(wanted);
        } else {
            m_rowsFailure = couldNotBeRead(wanted.name, text.error());
        }
    }
    if (!m_rowsFailure && !m_foundHits.isEmpty()) {
        if (auto read = readRows(m_paragraphs, wanted.id, m_foundHits, wanted.text.size(), m_foundRows, m_foundRowsOfHit);
            !read) {
            m_rowsFailure = QStringLiteral("the paragraphs of “%1” could not be read for citing its hits (%2); nothing "
                                           "from there on was written")
                                .arg(wanted.name, read.error());
        }
    }
    m_rowsWanted = nullptr;
    m_wholeDocumentWanted = false;
    m_writerReady.notify_one();
}

void SearchHitWriter::writeDocument(const Cited &document)
{
    const QList<SearchHit> &hits = document.hits;
    if (hits.isEmpty())
        return;
    const QByteArray &bytes = document.text;
    const LoadedParagraphs &rows = document.rows;
    const std::string_view text(bytes.constData(), static_cast<size_t>(bytes.size()));
    ForwardUtf8Cutter cutter(text);
    const QByteArray documentName = m_json ? QByteArray() : document.name.toUtf8();
    HitLine line;
    line.document = std::string_view(documentName.constData(), static_cast<size_t>(documentName.size()));
    // The hits come by start: each cites from the row the one before it began at.
    size_t firstRowOfLastHit = 0;
    qint64 lastStart = 0;
    for (qsizetype i = 0; i < hits.size(); ++i) {
        const SearchHit &hit = hits.at(i);
        if (hit.start < lastStart)
            firstRowOfLastHit = 0;
        lastStart = hit.start;
        const auto [fromRow, toRow] = document.rowsOfHit.empty() ? std::pair<size_t, size_t>{firstRowOfLastHit, rows.size()}
                                                                 : document.rowsOfHit[static_cast<size_t>(i)];
        // The hit's bytes where the search found it in these bytes (it always has: bytes are the document's
        // whole stored text), else found by counting.
        const bool byBytes = hit.byteStart >= 0 && hit.byteEnd >= hit.byteStart && hit.byteEnd <= bytes.size();
        const ForwardUtf8Cutter::Bytes cut =
            byBytes ? cutter.cutAtBytes(static_cast<size_t>(hit.byteStart), static_cast<size_t>(hit.byteEnd), m_context,
                                        m_context)
                    : cutter.cutBytes(hit.start, hit.end, m_context, m_context);
        const LoadedParagraphs::Numbers cited = rows.cite(hit.start, hit.end, m_speakers, fromRow, toRow);
        firstRowOfLastHit = cited.firstRow;
        if (m_json) {
            const auto piece = [&](size_t from, size_t to) {   // as ForwardUtf8Cutter::cut decodes them
                return to <= from ? QString() : stringFromUtf8(std::string_view(bytes.constData() + from, to - from));
            };
            const QString before = piece(cut.from, cut.start);
            const QString match = piece(cut.start, cut.end);
            const QString after = piece(cut.end, cut.afterEnd);
            QStringList speakers;
            for (const int speaker : m_speakers)
                speakers.append(rows.speaker(speaker));
            if (!m_json->isOpen())
                m_json->beginArray();
            m_json->elementObject([&](JsonObjectWriter &object) {   // fields in QJsonObject's (sorted) order
                object.field(QLatin1StringView("context_after"), after)
                    .field(QLatin1StringView("context_before"), before)
                    .field(QLatin1StringView("document"), document.name)
                    .field(QLatin1StringView("document_id"), hit.documentId)
                    .field(QLatin1StringView("end"), hit.end)
                    .numberRange(QLatin1StringView("paragraphs"), cited.firstParagraph, cited.lastParagraph)
                    .field(QLatin1StringView("speakers"), speakers)
                    .field(QLatin1StringView("start"), hit.start)
                    .field(QLatin1StringView("text"), match);
            });
            continue;
        }
        line.start = hit.start;
        line.end = hit.end;
        line.firstParagraph = cited.firstParagraph;
        line.lastParagraph = cited.lastParagraph;
        line.speakers.clear();
        for (const int speaker : m_speakers)
            line.speakers.push_back(rows.speakerUtf8(speaker));
        line.before = text.substr(cut.from, cut.start - cut.from);
        line.match = text.substr(cut.start, cut.end - cut.start);
        line.after = text.substr(cut.end, cut.afterEnd - cut.end);
        appendHitLine(m_buffer, line);
        if (m_buffer.size() >= kWriteBytes) {
            std::fwrite(m_buffer.data(), 1, m_buffer.size(), stdout);
            m_buffer.clear();
        }
    }
}

} // namespace marginalia::cli
