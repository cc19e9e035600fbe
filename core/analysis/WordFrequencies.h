#pragma once

#include "analysis/Matrix.h"
#include "common/Result.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace marginalia {

class Project;

struct WordCount
{
    QString word;            // case-folded
    qint64 count = 0;        // occurrences
    qint64 documents = 0;    // documents it occurs in
};

struct WordOptions
{
    AnalysisScope scope;               // e.g. {"site": {"Beijing"}}; scope.coders is ignored
    int top = 50;                      // 0: all
    bool useStopWords = true;          // the project's lists (shipped lists with the project's edits)
    QSet<QString> extraStopWords;      // more words to leave out (case-folded), e.g. from a file
    bool numbers = false;              // count numbers ("2024") as words
    QString locale = QStringLiteral("zh_CN.UTF-8");
    // Count what is normally left out: speaker labels at the start of a turn ("访谈者：", "T:") that
    // occur at two or more line starts of a document, and the document's header lines.
    bool keepLabels = false;
    // Set (from another thread) to stop counting: count() then fails with cancelledMessage(). Looked at for each
    // window of text (at most DocumentText::kWindowBytes).
    const std::atomic_bool *cancelled = nullptr;
    // Told how far count() is, from the thread that calls it: `done` of `total` code points of the documents in
    // scope read, at the start of each window of text (at most DocumentText::kWindowBytes) and (total, total) at
    // the end. Not called when unset.
    std::function<void(qint64 done, qint64 total)> progress;
    // Threads that segment and count (each document on one of them; the caller's thread reads the texts):
    // 1 counts on the caller's thread, 0 takes one per core, at most kAutoThreads. More threads finish sooner on
    // free cores and cost a little more CPU in all (the threads share the caches).
    int threads = 1;
    static constexpr int kAutoThreads = 2;
    static constexpr int kMaxThreads = 16;
};

// A speaker label left out of the counts, and in how many turns.
struct LeftOutLabel
{
    QString label;
    qint64 turns = 0;
};

struct WordFrequencyResult
{
    QString group;           // the attribute value (per-value counts), empty for overall
    qint64 documents = 0;    // documents counted
    qint64 words = 0;        // word tokens counted (after stop words)
    QList<WordCount> top;
    // What was left out (unless WordOptions::keepLabels): speaker labels, most turns first, and header
    // lines — the lines at the top of a document that start with a label used only once ("地点：…
    // 日期：…", "Class observation: …"), at most kMaxHeaderLines of them, each at most kMaxHeaderLength
    // characters long, and never every line of the document — with their labels.
    QList<LeftOutLabel> speakerLabels;
    qint64 headerLines = 0;
    QStringList headerLabels;   // distinct, in the order first met

    static constexpr int kMaxHeaderLines = 10;
    static constexpr int kMaxHeaderLength = 200;
};

// The stop-word lists: shipped defaults (resources/stopwords/LANGUAGE.txt) with the project's edits,
// kept in the project's stopwords table.
class StopWords
{
public:
    explicit StopWords(Project &project) : m_project(project) {}

    static QStringList languages();   // "en", "zh"
    static QStringList shipped(const QString &language);
    // Words from a text file: one a line, '#' comments; case-folded by the caller's Segmenter.
    static Result<QStringList> readFile(const QString &path);

    // The effective list of one language, sorted.
    Result<QStringList> words(const QString &language);
    // The effective lists of every language, together.
    Result<QSet<QString>> all();
    Result<void> add(const QString &language, const QStringList &words);
    Result<void> remove(const QString &language, const QStringList &words);
    // Forgets the project's edits of one language.
    Result<void> reset(const QString &language);

private:
    Result<void> edit(const QString &language, const QStringList &words, bool include);

    Project &m_project;
};

class WordSegmenter;

// The project's edits of the Chinese word dictionary (resources/words, used by WordSegmenter): words it
// adds (a school's name, a term of the field) and words that are not words in this project (their
// characters then go to other words or stand alone). Kept in the stopwords table as the list named
// "dictionary" (included = 1 adds, 0 removes; see Schema.cpp). The names of the codebook's codes
// (in-vivo codes included) join the added words while they are codes, unless the project removed them.
// Only words of 2 to 16 Han characters can be added or removed.
class ProjectDictionary
{
public:
    explicit ProjectDictionary(Project &project) : m_project(project) {}

    // The list's name in the stopwords table.
    static QString listName() { return QStringLiteral("dictionary"); }
    // Empty if the word can be in the dictionary, else a sentence saying why not.
    static QString whyNotAWord(const QString &word);

    Result<QStringList> added();     // sorted
    Result<QStringList> removed();   // sorted
    // Code names that join the dictionary (codes whose names are 2-16 Han characters), sorted.
    Result<QStringList> codeWords();
    Result<void> add(const QStringList &words);
    Result<void> remove(const QStringList &words);
    // Drops the project's edit of each word (back to the shipped dictionary).
    Result<void> forget(const QStringList &words);
    // Hands the project's words (added and code words, and the removed ones) to the segmenter.
    Result<void> applyTo(WordSegmenter &segmenter);

private:
    Result<QStringList> listed(bool included);
    Result<void> edit(const QStringList &words, std::optional<bool> include);

    Project &m_project;
};

// One place of a word in a document, code points [start, end).
struct WordOccurrence
{
    qint64 documentId = 0;
    qint64 start = 0;
    qint64 end = 0;
    friend bool operator==(const WordOccurrence &, const WordOccurrence &) = default;
    friend size_t qHash(const WordOccurrence &o, size_t seed = 0) { return qHashMulti(seed, o.documentId, o.start, o.end); }
};

// Word frequencies: Boost.Locale word segmentation, with runs of Chinese characters split by the
// dictionary segmenter (WordSegmenter, with the project's dictionary), case folded, stop words left out.
class WordFrequencies
{
public:
    explicit WordFrequencies(Project &project) : m_project(project) {}

    // The error of a count stopped by WordOptions::cancelled.
    static QString cancelledMessage() { return QStringLiteral("Counting the words was cancelled."); }

    Result<WordFrequencyResult> count(const WordOptions &options);
    // One result per value of the attribute (documents without a value are left out).
    Result<QList<WordFrequencyResult>> countBy(const QString &attribute, const WordOptions &options);
    // Of the places where a text search found the word (in document order), those the counts count: the
    // segmenter, with the project's dictionary, finds exactly this word there (not a part of a longer word,
    // "学生" in "大学生", "teacher" in "teachers"), outside the speaker labels and header lines left out.
    // So the passages behind a count are as many as the count.
    Result<QList<WordOccurrence>> counted(const QString &word, const QList<WordOccurrence> &found,
                                          const WordOptions &options);

private:
    Project &m_project;
};

} // namespace marginalia
