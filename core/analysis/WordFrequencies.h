#pragma once

#include "analysis/Matrix.h"
#include "common/Result.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

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
};

struct WordFrequencyResult
{
    QString group;           // the attribute value (per-value counts), empty for overall
    qint64 documents = 0;    // documents counted
    qint64 words = 0;        // word tokens counted (after stop words)
    QList<WordCount> top;
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

// Word frequencies with Boost.Locale word segmentation (Chinese split into words by ICU's dictionary),
// case folded, stop words left out.
class WordFrequencies
{
public:
    explicit WordFrequencies(Project &project) : m_project(project) {}

    Result<WordFrequencyResult> count(const WordOptions &options);
    // One result per value of the attribute (documents without a value are left out).
    Result<QList<WordFrequencyResult>> countBy(const QString &attribute, const WordOptions &options);

private:
    Project &m_project;
};

} // namespace marginalia
