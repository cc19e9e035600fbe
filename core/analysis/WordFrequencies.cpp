#include "analysis/WordFrequencies.h"

#include "analysis/WordTally.h"

#include "project/DocumentStore.h"
#include "project/Project.h"
#include "search/DocumentText.h"
#include "text/Paragraphs.h"
#include "text/Segmenter.h"
#include "text/TextIndex.h"
#include "text/Utf8Text.h"
#include "text/WordSegmenter.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

// Resources of a static library must be registered by name, outside any namespace.
static void registerStopWordResources()
{
    Q_INIT_RESOURCE(stopwords);
}

namespace marginalia {

namespace {

QStringList parseList(const QString &content)
{
    QStringList words;
    for (QStringView line : QStringView(content).split(u'\n')) {
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0)
            line = line.left(hash);
        line = line.trimmed();
        if (!line.isEmpty())
            words.append(line.toString());
    }
    return words;
}

Result<void> checkLanguage(const QString &language)
{
    if (!StopWords::languages().contains(language))
        return failure(QStringLiteral("stop-word lists exist for %1, not for '%2'")
                           .arg(StopWords::languages().join(QStringLiteral(", ")), language));
    return {};
}

// What to leave out of one document's counts: its repeated speaker labels and its header lines.
struct DocumentLabels
{
    QHash<QString, qint64> speakers;   // label → turns, for labels at two or more line starts
    qint64 headerLines = 0;            // the first N non-empty lines
    QStringList headerLabels;
};

// Reads what to leave out of each document, its two statements prepared once (compiling them for each
// of 2,000 documents was a twentieth of a count).
class LabelReader
{
public:
    explicit LabelReader(Database &db) : m_db(db) {}

    Result<DocumentLabels> read(qint64 documentId);

private:
    Database &m_db;
    std::optional<Statement> m_repeated;
    std::optional<Statement> m_first;
};

Result<DocumentLabels> LabelReader::read(qint64 documentId)
{
    if (!m_repeated) {
        auto repeated = m_db.prepare("SELECT speaker, count(*) FROM paragraphs WHERE document_id = ?1"
                                     " AND speaker IS NOT NULL AND speaker <> '' GROUP BY speaker HAVING count(*) >= 2");
        if (!repeated)
            return failure(repeated.error());
        // Header lines: the leading paragraphs that start with a label no other line starts with, each short
        // (metadata, not a turn of talk), and not the whole document.
        auto first = m_db.prepare("SELECT speaker, end - start, (SELECT count(*) FROM paragraphs WHERE document_id = ?1)"
                                  " FROM paragraphs WHERE document_id = ?1 ORDER BY number LIMIT ?2");
        if (!first)
            return failure(first.error());
        m_repeated = std::move(*repeated);
        m_first = std::move(*first);
    }
    DocumentLabels labels;
    Statement &repeated = *m_repeated;
    repeated.reset();
    repeated.bind(1, documentId);
    while (repeated.step())
        labels.speakers.insert(repeated.text(0), repeated.int64(1));
    if (repeated.failed())
        return failure(repeated.error());
    Statement &first = *m_first;
    first.reset();
    first.bind(1, documentId).bind(2, static_cast<qint64>(WordFrequencyResult::kMaxHeaderLines));
    qint64 paragraphs = 0;
    while (first.step()) {
        const QString label = first.text(0);
        paragraphs = first.int64(2);
        if (label.isEmpty() || labels.speakers.contains(label) || first.int64(1) > WordFrequencyResult::kMaxHeaderLength)
            break;
        ++labels.headerLines;
        labels.headerLabels.append(label);
    }
    if (first.failed())
        return failure(first.error());
    first.reset();
    if (labels.headerLines >= paragraphs) {
        labels.headerLines = 0;
        labels.headerLabels.clear();
    }
    return labels;
}

// How much of a line (UTF-16 units) is a repeated speaker's label with its colon, 0 if none. `label` is set
// to the label.
qsizetype speakerLabelLength(QStringView line, const DocumentLabels &labels, QString *label)
{
    if (labels.speakers.isEmpty())
        return 0;
    *label = speakerLabel(line);
    if (label->isEmpty() || !labels.speakers.contains(*label))
        return 0;
    // The label, then the first colon after it (speakerLabel allows spaces between).
    qsizetype colon = line.indexOf(*label) + label->size();
    while (colon < line.size() && line.at(colon) != u':' && line.at(colon) != u'：')
        ++colon;
    return std::min(colon + 1, line.size());
}

// Blanks what is left out of a window of text (header lines, repeated speakers' labels with their colon)
// with spaces, so the segmenter finds no words there. `atLineStart`: the window starts a line; updated
// for the next window. `nonEmptyLines` counts the document's non-empty lines met so far (paragraph
// numbers, as splitParagraphs counts them).
void blankLabels(QString &text, const DocumentLabels &labels, bool &atLineStart, qint64 &nonEmptyLines,
                 QHash<QString, qint64> &turnsLeftOut)
{
    qsizetype lineStart = 0;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        const bool complete = lineEnd >= 0;
        if (!complete)
            lineEnd = text.size();
        if (atLineStart) {
            const QStringView line = QStringView(text).sliced(lineStart, lineEnd - lineStart);
            if (!line.trimmed().isEmpty()) {
                ++nonEmptyLines;
                QString label;
                if (nonEmptyLines <= labels.headerLines) {
                    std::fill(text.begin() + lineStart, text.begin() + lineEnd, u' ');
                } else if (const qsizetype length = speakerLabelLength(line, labels, &label); length > 0) {
                    std::fill(text.begin() + lineStart, text.begin() + lineStart + length, u' ');
                    ++turnsLeftOut[label];
                }
            }
        }
        atLineStart = complete;
        lineStart = lineEnd + 1;
    }
}

// Segments and tallies windows of text, on a thread of its own when there are several. Each document's windows
// go to one worker, in order, so that its tally counts the document once; the tallies are merged at the end.
class CountingWorker
{
public:
    CountingWorker(std::unique_ptr<WordSegmenter> segmenter, Segmenter::WordFilter filter, const QSet<QString> &stop,
                   bool ownThread)
        : m_segmenter(std::move(segmenter))
        , m_filter(filter)
        , m_tally([segmenter = m_segmenter.get()](const QString &spelling) { return segmenter->foldCase(spelling); },
                  stop)
    {
        if (ownThread)
            m_thread = std::thread([this] { run(); });
    }
    ~CountingWorker()
    {
        // Stopped early (an error, cancelled): what waits is dropped.
        {
            const std::lock_guard lock(m_mutex);
            m_jobs.clear();
        }
        finish();
    }
    CountingWorker(const CountingWorker &) = delete;
    CountingWorker &operator=(const CountingWorker &) = delete;

    // The next window of text; `startsDocument`: the first of a document. Waits while kQueued windows wait.
    void add(QString window, bool startsDocument)
    {
        if (!m_thread.joinable()) {
            process(window, startsDocument);
            return;
        }
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_jobs.size() < kQueued; });
        m_jobs.push_back({std::move(window), startsDocument});
        lock.unlock();
        m_ready.notify_one();
    }
    // Counts what was handed over and ends the thread.
    void finish()
    {
        if (!m_thread.joinable())
            return;
        {
            const std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_ready.notify_one();
        m_thread.join();
    }
    WordTally &tally() { return m_tally; }

    // Windows waiting per worker: at most this many times DocumentText::kWindowBytes (as UTF-16) held.
    static constexpr std::size_t kQueued = 2;

private:
    struct Job
    {
        QString window;
        bool startsDocument = false;
    };

    void run()
    {
        for (;;) {
            Job job;
            {
                std::unique_lock lock(m_mutex);
                m_ready.wait(lock, [this] { return !m_jobs.empty() || m_done; });
                if (m_jobs.empty())
                    return;
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            m_space.notify_one();
            process(job.window, job.startsDocument);
        }
    }
    void process(const QString &window, bool startsDocument)
    {
        if (startsDocument)
            m_tally.startDocument();
        m_segmenter->wordSpans(window, m_filter, m_spans);
        const QStringView view(window);
        for (const WordSpan &span : m_spans)
            m_tally.add(view.sliced(span.utf16Start, span.utf16Length()));
    }

    std::unique_ptr<WordSegmenter> m_segmenter;
    Segmenter::WordFilter m_filter;
    WordTally m_tally;
    std::vector<WordSpan> m_spans;
    std::mutex m_mutex;
    std::condition_variable m_ready;   // a job or the end
    std::condition_variable m_space;   // room in the queue
    std::deque<Job> m_jobs;
    bool m_done = false;
    std::thread m_thread;   // last: started once everything else is there
};

} // namespace

QStringList StopWords::languages()
{
    return {QStringLiteral("en"), QStringLiteral("zh")};
}

QStringList StopWords::shipped(const QString &language)
{
    registerStopWordResources();
    QFile file(QStringLiteral(":/stopwords/%1.txt").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parseList(QString::fromUtf8(file.readAll()));
}

Result<QStringList> StopWords::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("cannot read the stop-word file %1: %2").arg(path, file.errorString()));
    QByteArray content = file.readAll();
    if (content.startsWith("\xEF\xBB\xBF"))
        content.remove(0, 3);
    return parseList(QString::fromUtf8(content));
}

Result<QStringList> StopWords::words(const QString &language)
{
    if (auto ok = checkLanguage(language); !ok)
        return failure(ok.error());
    QSet<QString> set;
    for (const QString &word : shipped(language))
        set.insert(word);
    auto stmt = m_project.database().prepare("SELECT word, included FROM stopwords WHERE language = ?1");
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, language);
    while (stmt->step()) {
        if (stmt->int64(1))
            set.insert(stmt->text(0));
        else
            set.remove(stmt->text(0));
    }
    if (stmt->failed())
        return failure(stmt->error());
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

Result<QSet<QString>> StopWords::all()
{
    QSet<QString> set;
    for (const QString &language : languages()) {
        auto list = words(language);
        if (!list)
            return failure(list.error());
        for (const QString &word : *list)
            set.insert(word);
    }
    return set;
}

Result<void> StopWords::add(const QString &language, const QStringList &list)
{
    return edit(language, list, true);
}

Result<void> StopWords::remove(const QString &language, const QStringList &list)
{
    return edit(language, list, false);
}

Result<void> StopWords::edit(const QString &language, const QStringList &list, bool include)
{
    if (auto ok = checkLanguage(language); !ok)
        return ok;
    Segmenter segmenter;
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    auto upsert = db.prepare("INSERT INTO stopwords(language, word, included) VALUES (?1, ?2, ?3)"
                             " ON CONFLICT(language, word) DO UPDATE SET included = excluded.included");
    if (!upsert)
        return failure(upsert.error());
    QJsonArray journaled;
    for (const QString &raw : list) {
        const QString word = segmenter.foldCase(raw.trimmed());
        if (word.isEmpty())
            continue;
        upsert->reset();
        upsert->bind(1, language).bind(2, word).bind(3, static_cast<qint64>(include ? 1 : 0));
        if (auto ok = upsert->run(); !ok)
            return ok;
        journaled.append(word);
    }
    if (auto ok = m_project.journal(include ? QStringLiteral("add stop words") : QStringLiteral("remove stop words"),
                                    {{QStringLiteral("language"), language}, {QStringLiteral("words"), journaled}});
        !ok)
        return ok;
    return transaction->commit();
}

Result<void> StopWords::reset(const QString &language)
{
    if (auto ok = checkLanguage(language); !ok)
        return ok;
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    auto erase = db.prepare("DELETE FROM stopwords WHERE language = ?1");
    if (!erase)
        return failure(erase.error());
    if (auto ok = erase->bind(1, language).run(); !ok)
        return ok;
    if (auto ok = m_project.journal(QStringLiteral("reset stop words"), {{QStringLiteral("language"), language}}); !ok)
        return ok;
    return transaction->commit();
}

QString ProjectDictionary::whyNotAWord(const QString &word)
{
    const qint64 codePoints = TextIndex::codePointLength(word);
    if (!WordSegmenter::isHan(word))
        return QStringLiteral("“%1” is not a word of Chinese characters only; the dictionary splits Chinese text, "
                              "other words are found by their spaces and punctuation").arg(word);
    if (codePoints < 2 || codePoints > WordDictionary::kLongestWord)
        return QStringLiteral("“%1” has %2 characters; a word of the dictionary has 2 to %3")
            .arg(word)
            .arg(codePoints)
            .arg(WordDictionary::kLongestWord);
    return {};
}

Result<QStringList> ProjectDictionary::listed(bool included)
{
    auto stmt = m_project.database().prepare(
        "SELECT word FROM stopwords WHERE language = ?1 AND included = ?2 ORDER BY word");
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, listName()).bind(2, static_cast<qint64>(included ? 1 : 0));
    QStringList words;
    while (stmt->step())
        words.append(stmt->text(0));
    if (stmt->failed())
        return failure(stmt->error());
    return words;
}

Result<QStringList> ProjectDictionary::added()
{
    return listed(true);
}

Result<QStringList> ProjectDictionary::removed()
{
    return listed(false);
}

Result<QStringList> ProjectDictionary::codeWords()
{
    auto stmt = m_project.database().prepare("SELECT DISTINCT trim(name) FROM codes ORDER BY 1");
    if (!stmt)
        return failure(stmt.error());
    QStringList words;
    while (stmt->step()) {
        const QString name = stmt->text(0);
        if (whyNotAWord(name).isEmpty())
            words.append(name);
    }
    if (stmt->failed())
        return failure(stmt->error());
    return words;
}

Result<void> ProjectDictionary::add(const QStringList &words)
{
    return edit(words, true);
}

Result<void> ProjectDictionary::remove(const QStringList &words)
{
    return edit(words, false);
}

Result<void> ProjectDictionary::forget(const QStringList &words)
{
    return edit(words, std::nullopt);
}

Result<void> ProjectDictionary::edit(const QStringList &words, std::optional<bool> include)
{
    QStringList clean;
    for (const QString &raw : words) {
        const QString word = raw.trimmed().normalized(QString::NormalizationForm_C);
        if (const QString why = whyNotAWord(word); !why.isEmpty() && include)
            return failure(why);
        if (!word.isEmpty())
            clean.append(word);
    }
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    auto stmt = include ? db.prepare("INSERT INTO stopwords(language, word, included) VALUES (?1, ?2, ?3)"
                                     " ON CONFLICT(language, word) DO UPDATE SET included = excluded.included")
                        : db.prepare("DELETE FROM stopwords WHERE language = ?1 AND word = ?2");
    if (!stmt)
        return failure(stmt.error());
    for (const QString &word : std::as_const(clean)) {
        stmt->reset();
        stmt->bind(1, listName()).bind(2, word);
        if (include)
            stmt->bind(3, static_cast<qint64>(*include ? 1 : 0));
        if (auto ok = stmt->run(); !ok)
            return ok;
    }
    const QString action = !include ? QStringLiteral("forget dictionary words")
        : *include                  ? QStringLiteral("add dictionary words")
                                    : QStringLiteral("remove dictionary words");
    if (auto ok = m_project.journal(action, {{QStringLiteral("words"), QJsonArray::fromStringList(clean)}}); !ok)
        return ok;
    return transaction->commit();
}

Result<void> ProjectDictionary::applyTo(WordSegmenter &segmenter)
{
    auto own = added();
    if (!own)
        return failure(own.error());
    auto codes = codeWords();
    if (!codes)
        return failure(codes.error());
    auto notWords = removed();
    if (!notWords)
        return failure(notWords.error());
    const QSet<QString> excluded(notWords->cbegin(), notWords->cend());
    QStringList words = *own;
    for (const QString &word : std::as_const(*codes)) {
        if (!excluded.contains(word))
            words.append(word);
    }
    segmenter.setProjectWords(words, *notWords);
    return {};
}

Result<WordFrequencyResult> WordFrequencies::count(const WordOptions &options)
{
    QSet<QString> stop = options.extraStopWords;
    if (options.useStopWords) {
        auto lists = StopWords(m_project).all();
        if (!lists)
            return failure(lists.error());
        stop.unite(*lists);
    }
    const ScopeSql scope = scopeSql({options.scope.attributes, {}}, 1);
    Database &db = m_project.database();
    auto stmt = db.prepare("SELECT d.id, d.length FROM documents d WHERE d.id IN (" + scope.documents + ") ORDER BY d.id");
    if (!stmt)
        return failure(stmt.error());
    bindAll(*stmt, scope.documentValues, 1);
    // For the progress: the code points in scope (documents.length, read without the texts).
    qint64 total = 0;
    if (options.progress) {
        auto sum = db.prepare("SELECT total(d.length) FROM documents d WHERE d.id IN (" + scope.documents + ")");
        if (!sum)
            return failure(sum.error());
        bindAll(*sum, scope.documentValues, 1);
        if (!sum->step())
            return failure(sum->error());
        total = static_cast<qint64>(sum->real(0));
    }
    qint64 doneBefore = 0;   // code points of the documents read whole

    const auto filter = options.numbers ? Segmenter::WordFilter::LettersAndNumbers : Segmenter::WordFilter::Letters;
    // Segmenting and counting run on worker threads (each its own segmenter and tally); this thread runs the SQL,
    // reads and decodes the texts and blanks their labels.
    const unsigned threads = options.threads > 0
        ? static_cast<unsigned>(std::min(options.threads, WordOptions::kMaxThreads))
        : std::clamp(std::thread::hardware_concurrency(), 1u, static_cast<unsigned>(WordOptions::kAutoThreads));
    std::vector<std::unique_ptr<CountingWorker>> workers;
    for (unsigned i = 0; i < threads; ++i) {
        auto segmenter = std::make_unique<WordSegmenter>(options.locale);
        if (auto ok = ProjectDictionary(m_project).applyTo(*segmenter); !ok)
            return failure(ok.error());
        workers.push_back(std::make_unique<CountingWorker>(std::move(segmenter), filter, stop, threads > 1));
    }
    LabelReader labelReader(db);
    QHash<QString, qint64> turnsLeftOut;
    WordFrequencyResult result;
    while (stmt->step()) {
        CountingWorker &worker = *workers[static_cast<std::size_t>(result.documents % threads)];
        ++result.documents;
        // A window at a time (ending at a line break where it can; words never span one): a 200 MB
        // document costs its words' counts, not a QString of it and a token for each of its words.
        auto text = DocumentText::open(db, stmt->int64(0));
        if (!text)
            return failure(text.error());
        DocumentLabels labels;
        if (!options.keepLabels) {
            auto found = labelReader.read(stmt->int64(0));
            if (!found)
                return failure(found.error());
            labels = std::move(*found);
            result.headerLines += labels.headerLines;
            for (const QString &label : std::as_const(labels.headerLabels)) {
                if (!result.headerLabels.contains(label))
                    result.headerLabels.append(label);
            }
        }
        bool atLineStart = true;
        qint64 nonEmptyLines = 0;
        bool stopped = false;
        bool first = true;
        auto read = (*text)->forEachWindow([&](const QByteArray &utf8, qint64 codePoint) {
            if (options.cancelled && options.cancelled->load(std::memory_order_relaxed)) {
                stopped = true;
                return false;
            }
            if (options.progress)
                options.progress(std::min(doneBefore + codePoint, total), total);
            QString window = stringFromUtf8(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
            if (labels.headerLines > 0 || !labels.speakers.isEmpty())
                blankLabels(window, labels, atLineStart, nonEmptyLines, turnsLeftOut);
            worker.add(std::move(window), std::exchange(first, false));
            return true;
        });
        if (!read)
            return failure(read.error());
        if (stopped)
            return failure(cancelledMessage());
        doneBefore += stmt->int64(1);
    }
    if (stmt->failed())
        return failure(stmt->error());
    for (auto it = turnsLeftOut.cbegin(); it != turnsLeftOut.cend(); ++it)
        result.speakerLabels.append({it.key(), it.value()});
    std::sort(result.speakerLabels.begin(), result.speakerLabels.end(), [](const LeftOutLabel &a, const LeftOutLabel &b) {
        return a.turns != b.turns ? a.turns > b.turns : a.label < b.label;
    });
    for (auto &worker : workers)
        worker->finish();
    WordTally &tally = workers.front()->tally();
    for (std::size_t i = 1; i < workers.size(); ++i)
        tally.merge(workers[i]->tally());
    result.words = tally.tokens();
    result.top = tally.counts();
    std::sort(result.top.begin(), result.top.end(), [](const WordCount &a, const WordCount &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.word < b.word;
    });
    if (options.top > 0 && result.top.size() > options.top)
        result.top.resize(options.top);
    if (options.progress)
        options.progress(total, total);
    return result;
}

Result<QList<WordOccurrence>> WordFrequencies::counted(const QString &word, const QList<WordOccurrence> &found,
                                                       const WordOptions &options)
{
    WordSegmenter segmenter(options.locale);
    if (auto ok = ProjectDictionary(m_project).applyTo(segmenter); !ok)
        return failure(ok.error());
    const auto filter = options.numbers ? Segmenter::WordFilter::LettersAndNumbers : Segmenter::WordFilter::Letters;
    const QString folded = segmenter.foldCase(word);
    DocumentStore documents(m_project);
    LabelReader labelReader(m_project.database());
    QList<WordOccurrence> result;
    qint64 documentId = -1;
    QString text;
    TextIndex index;
    DocumentLabels labels;
    qsizetype headerEnd = 0;
    // Lines hold whole words: an occurrence is checked in its line, or in a stretch of it of at least
    // kReach UTF-16 units on either side.
    constexpr qsizetype kReach = 4096;
    struct
    {
        qint64 documentId = -1;
        qsizetype start = 0;
        qsizetype end = 0;
    } line;
    struct
    {
        qsizetype from = -1;
        qsizetype to = -1;
        qint64 codePoint = 0;
        QList<WordToken> tokens;
    } window;
    for (const WordOccurrence &occurrence : found) {
        if (occurrence.documentId != documentId) {
            auto loaded = documents.text(occurrence.documentId);
            if (!loaded)
                return failure(loaded.error());
            documentId = occurrence.documentId;
            text = std::move(*loaded);
            index = TextIndex(text);
            labels = {};
            if (!options.keepLabels) {
                auto read = labelReader.read(documentId);
                if (!read)
                    return failure(read.error());
                labels = std::move(*read);
            }
            // The header lines are the first N non-empty lines: they end here (UTF-16).
            headerEnd = 0;
            for (qint64 lines = 0; lines < labels.headerLines && headerEnd < text.size();) {
                qsizetype next = text.indexOf(u'\n', headerEnd);
                if (next < 0)
                    next = text.size();
                if (!QStringView(text).sliced(headerEnd, next - headerEnd).trimmed().isEmpty())
                    ++lines;
                headerEnd = next + 1;
            }
        }
        if (occurrence.start < 0 || occurrence.end > index.codePointLength() || occurrence.start >= occurrence.end)
            continue;
        const qsizetype start = index.toUtf16(occurrence.start);
        if (start < headerEnd)
            continue;
        // The line of the occurrence, found once per line (occurrences come in document order).
        if (start < line.start || start >= line.end || documentId != line.documentId) {
            line.documentId = documentId;
            line.start = start == 0 ? 0 : text.lastIndexOf(u'\n', start - 1) + 1;
            line.end = text.indexOf(u'\n', start);
            if (line.end < 0)
                line.end = text.size();
            window = {};
        }
        // Of a long line, the stretch of kReach-unit cells around the occurrence's cell: at least kReach of
        // context on either side, and the same stretch for every occurrence in that cell, so that each part of
        // the line is segmented at most three times however many occurrences it holds.
        const qsizetype cell = (start - line.start) / kReach;
        qsizetype from = line.start + std::max<qsizetype>(0, cell - 1) * kReach;
        qsizetype to = std::min(line.end, from + 3 * kReach);
        if (from > line.start && text.at(from).isLowSurrogate())
            --from;
        if (to < line.end && text.at(to).isLowSurrogate())
            ++to;
        if (from != window.from || to != window.to) {
            window.from = from;
            window.to = to;
            QString piece = text.sliced(from, to - from);
            QString label;
            if (from == line.start) {
                if (const qsizetype length = speakerLabelLength(piece, labels, &label); length > 0)
                    std::fill(piece.begin(), piece.begin() + length, u' ');
            }
            window.tokens = segmenter.words(piece, filter);
            window.codePoint = index.toCodePoint(from);
        }
        const qint64 relative = occurrence.start - window.codePoint;
        const auto token = std::lower_bound(window.tokens.cbegin(), window.tokens.cend(), relative,
                                            [](const WordToken &t, qint64 at) { return t.start < at; });
        if (token != window.tokens.cend() && token->start == relative
            && token->end == occurrence.end - window.codePoint && segmenter.foldCase(token->text) == folded)
            result.append(occurrence);
    }
    return result;
}

Result<QList<WordFrequencyResult>> WordFrequencies::countBy(const QString &attribute, const WordOptions &options)
{
    auto stmt = m_project.database().prepare(
        "SELECT DISTINCT CAST(da.value AS TEXT) AS v FROM document_attributes da JOIN attributes a ON a.id = da.attribute_id"
        " WHERE a.name = ?1 ORDER BY v");
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, attribute);
    QStringList values;
    while (stmt->step())
        values.append(stmt->text(0));
    if (stmt->failed())
        return failure(stmt->error());
    const QStringList wanted = options.scope.attributes.value(attribute);
    QList<WordFrequencyResult> results;
    for (const QString &value : values) {
        if (!wanted.isEmpty() && !wanted.contains(value))
            continue;
        WordOptions one = options;
        one.scope.attributes.insert(attribute, {value});
        auto counted = count(one);
        if (!counted)
            return failure(counted.error());
        counted->group = value;
        results.append(*counted);
    }
    return results;
}

} // namespace marginalia
