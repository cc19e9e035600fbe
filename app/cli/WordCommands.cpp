#include "WordCommands.h"

#include "AnalysisCommands.h"
#include "CliArgs.h"
#include "CliOutput.h"

#include "analysis/WordFrequencies.h"
#include "text/Segmenter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <numeric>

namespace marginalia::cli {

namespace {

QJsonObject wordsJson(const WordFrequencyResult &result, const QString &attribute)
{
    QJsonArray words;
    for (const WordCount &word : result.top)
        words.append(QJsonObject{{QStringLiteral("word"), word.word},
                                 {QStringLiteral("count"), word.count},
                                 {QStringLiteral("documents"), word.documents}});
    QJsonArray speakers;
    for (const LeftOutLabel &label : result.speakerLabels)
        speakers.append(QJsonObject{{QStringLiteral("label"), label.label}, {QStringLiteral("turns"), label.turns}});
    return {{attribute, result.group.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result.group)},
            {QStringLiteral("documents"), result.documents},
            {QStringLiteral("tokens"), result.words},
            {QStringLiteral("words"), words},
            {QStringLiteral("leftOut"), QJsonObject{{QStringLiteral("speakerLabels"), speakers},
                                                    {QStringLiteral("headerLines"), result.headerLines},
                                                    {QStringLiteral("headerLabels"),
                                                     QJsonArray::fromStringList(result.headerLabels)}}}};
}

// "Left out: …" for the text output, empty when nothing was.
QString leftOutLine(const WordFrequencyResult &result)
{
    QStringList parts;
    if (!result.speakerLabels.isEmpty()) {
        QStringList labels;
        for (const LeftOutLabel &label : result.speakerLabels)
            labels.append(QStringLiteral("%1 (%2)").arg(label.label).arg(label.turns));
        parts.append(QStringLiteral("the speaker labels of %1 turns: %2")
                         .arg(std::accumulate(result.speakerLabels.cbegin(), result.speakerLabels.cend(), qint64(0),
                                              [](qint64 sum, const LeftOutLabel &label) { return sum + label.turns; }))
                         .arg(labels.join(QStringLiteral(", "))));
    }
    if (result.headerLines > 0)
        parts.append(QStringLiteral("%1 header line(s) starting %2").arg(result.headerLines)
                         .arg(result.headerLabels.join(QStringLiteral(", "))));
    if (parts.isEmpty())
        return {};
    return QStringLiteral("Not counted: %1 (--keep-labels counts them).").arg(parts.join(QStringLiteral("; ")));
}

int commandWords(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("words"),
        QStringLiteral("words PROJECT [--site S]... [--by-site] [--top N] [--kind KIND]... [--attr NAME=VALUE]... "
                       "[--stopwords FILE] [--no-stopwords] [--numbers] [--keep-labels] [--threads N] [--json]"),
        {valueOption(QStringLiteral("site"), QStringLiteral("Only documents of this site (repeatable)."), QStringLiteral("S")),
         QCommandLineOption(QStringLiteral("by-site"), QStringLiteral("Count each site separately.")),
         valueOption(QStringLiteral("top"), QStringLiteral("The most frequent N words (default 50; 0: all)."),
                     QStringLiteral("N")),
         kindOption(), attrOption(),
         valueOption(QStringLiteral("stopwords"), QStringLiteral("Also leave out the words of this file (one a line)."),
                     QStringLiteral("FILE")),
         QCommandLineOption(QStringLiteral("no-stopwords"), QStringLiteral("Count stop words too.")),
         QCommandLineOption(QStringLiteral("numbers"), QStringLiteral("Count numbers as words.")),
         QCommandLineOption(QStringLiteral("keep-labels"),
                            QStringLiteral("Count speaker labels (访谈者：, T:) and header lines too.")),
         valueOption(QStringLiteral("threads"),
                     QStringLiteral("Segment and count on N threads (default 1; 0: one per core, at most 2)."),
                     QStringLiteral("N")),
         jsonOption()},
        1,
        1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    auto scope = scopeFrom(*invocation, spec.name, false);
    if (!scope)
        return Usage;
    const QString site = QStringLiteral("site");
    if (invocation->isSet(site))
        scope->attributes.insert(site, invocation->values(site));
    WordOptions options;
    options.scope = *scope;
    const auto top = wholeNumberOption(spec.name, *invocation, QStringLiteral("top"), options.top, 0,
                                       std::numeric_limits<int>::max());
    if (!top)
        return Usage;
    options.top = static_cast<int>(*top);
    const auto threads = wholeNumberOption(spec.name, *invocation, QStringLiteral("threads"), options.threads, 0,
                                           WordOptions::kMaxThreads);
    if (!threads)
        return Usage;
    options.threads = static_cast<int>(*threads);
    options.useStopWords = !invocation->isSet(QStringLiteral("no-stopwords"));
    options.numbers = invocation->isSet(QStringLiteral("numbers"));
    options.keepLabels = invocation->isSet(QStringLiteral("keep-labels"));
    if (invocation->isSet(QStringLiteral("stopwords"))) {
        auto list = StopWords::readFile(invocation->value(QStringLiteral("stopwords")));
        if (!list) {
            printError(list.error());
            return Failed;
        }
        const Segmenter segmenter;
        for (const QString &word : *list)
            options.extraStopWords.insert(segmenter.foldCase(word));
    }
    auto project = openProject(invocation->positional[0], *invocation, Project::Access::ReadOnly);
    if (!project || !filtersKnown(*project, scope->attributes, {}))
        return Failed;
    WordFrequencies frequencies(*project);
    QList<WordFrequencyResult> results;
    if (invocation->isSet(QStringLiteral("by-site"))) {
        auto counted = frequencies.countBy(site, options);
        if (!counted) {
            printError(counted.error());
            return Failed;
        }
        results = *counted;
    } else {
        auto counted = frequencies.count(options);
        if (!counted) {
            printError(counted.error());
            return Failed;
        }
        if (invocation->values(site).size() == 1)
            counted->group = invocation->value(site);
        results.append(*counted);
    }
    if (invocation->isSet(kJson)) {
        if (invocation->isSet(QStringLiteral("by-site"))) {
            QJsonArray groups;
            for (const WordFrequencyResult &result : results)
                groups.append(wordsJson(result, site));
            printJson(QJsonObject{{QStringLiteral("by"), site}, {QStringLiteral("groups"), groups}});
        } else {
            printJson(wordsJson(results.first(), site));
        }
        return Success;
    }
    for (const WordFrequencyResult &result : results) {
        if (!result.group.isEmpty())
            printLine(QStringLiteral("%1 (%2 documents)").arg(result.group).arg(result.documents));
        for (const WordCount &word : result.top)
            printLine(QStringLiteral("  %1\t%2\t%3 document(s)").arg(word.word).arg(word.count).arg(word.documents));
        if (const QString leftOut = leftOutLine(result); !leftOut.isEmpty())
            printLine(leftOut);
    }
    return Success;
}

int commandStopwords(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("stopwords"),
        QStringLiteral("stopwords PROJECT [--language en|zh] [--add WORD]... [--remove WORD]... [--import FILE] "
                       "[--reset] [--json]"),
        {valueOption(QStringLiteral("language"), QStringLiteral("The list to show or edit: en or zh (default en)."),
                     QStringLiteral("LANGUAGE")),
         valueOption(QStringLiteral("add"), QStringLiteral("Add a stop word (repeatable)."), QStringLiteral("WORD")),
         valueOption(QStringLiteral("remove"), QStringLiteral("Remove a stop word (repeatable)."), QStringLiteral("WORD")),
         valueOption(QStringLiteral("import"), QStringLiteral("Add the words of a file (one a line)."), QStringLiteral("FILE")),
         QCommandLineOption(QStringLiteral("reset"), QStringLiteral("Forget the project's edits of the list.")),
         coderOption(), jsonOption()},
        1,
        1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    const QString language = invocation->isSet(QStringLiteral("language")) ? invocation->value(QStringLiteral("language"))
                                                                             : QStringLiteral("en");
    auto project = openProject(invocation->positional[0], *invocation);
    if (!project)
        return Failed;
    StopWords stopWords(*project);
    if (invocation->isSet(QStringLiteral("reset"))) {
        if (auto ok = stopWords.reset(language); !ok) {
            printError(ok.error());
            return Failed;
        }
    }
    QStringList additions = invocation->values(QStringLiteral("add"));
    if (invocation->isSet(QStringLiteral("import"))) {
        auto list = StopWords::readFile(invocation->value(QStringLiteral("import")));
        if (!list) {
            printError(list.error());
            return Failed;
        }
        additions += *list;
    }
    if (!additions.isEmpty()) {
        if (auto ok = stopWords.add(language, additions); !ok) {
            printError(ok.error());
            return Failed;
        }
    }
    if (invocation->isSet(QStringLiteral("remove"))) {
        if (auto ok = stopWords.remove(language, invocation->values(QStringLiteral("remove"))); !ok) {
            printError(ok.error());
            return Failed;
        }
    }
    auto words = stopWords.words(language);
    if (!words) {
        printError(words.error());
        return Failed;
    }
    if (invocation->isSet(kJson))
        printJson(QJsonObject{{QStringLiteral("language"), language},
                              {QStringLiteral("words"), QJsonArray::fromStringList(*words)}});
    else
        printLine(words->join(u'\n'));
    return Success;
}

// ---- dictionary (words, issue 13): the project's own Chinese words for word counts ----
int commandDictionary(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("dictionary"),
        QStringLiteral("dictionary PROJECT [--add WORD]... [--remove WORD]... [--forget WORD]... [--json]"),
        {valueOption(QStringLiteral("add"), QStringLiteral("Count WORD as one word (Chinese, 2-16 characters; repeatable)."),
                     QStringLiteral("WORD")),
         valueOption(QStringLiteral("remove"), QStringLiteral("WORD is not a word in this project (repeatable)."),
                     QStringLiteral("WORD")),
         valueOption(QStringLiteral("forget"), QStringLiteral("Drop the project's edit of WORD (repeatable)."),
                     QStringLiteral("WORD")),
         coderOption(), jsonOption()},
        1,
        1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    const QStringList additions = invocation->values(QStringLiteral("add"));
    const QStringList removals = invocation->values(QStringLiteral("remove"));
    const QStringList forgotten = invocation->values(QStringLiteral("forget"));
    for (const QString &word : additions + removals) {
        if (const QString why = ProjectDictionary::whyNotAWord(word.trimmed()); !why.isEmpty()) {
            printError(QStringLiteral("dictionary: %1.").arg(why));
            return Usage;
        }
    }
    const bool editing = !additions.isEmpty() || !removals.isEmpty() || !forgotten.isEmpty();
    auto project = openProject(invocation->positional[0], *invocation,
                               editing ? Project::Access::ReadWrite : Project::Access::ReadOnly);
    if (!project)
        return Failed;
    ProjectDictionary dictionary(*project);
    for (const auto &[words, edit] : {std::pair{forgotten, &ProjectDictionary::forget},
                                      std::pair{additions, &ProjectDictionary::add},
                                      std::pair{removals, &ProjectDictionary::remove}}) {
        if (words.isEmpty())
            continue;
        if (auto ok = (dictionary.*edit)(words); !ok) {
            printError(ok.error());
            return Failed;
        }
    }
    auto added = dictionary.added();
    auto removed = dictionary.removed();
    auto codes = dictionary.codeWords();
    for (const Result<QStringList> *read : {&added, &removed, &codes}) {
        if (!*read) {
            printError(read->error());
            return Failed;
        }
    }
    if (invocation->isSet(kJson)) {
        printJson(QJsonObject{{QStringLiteral("added"), QJsonArray::fromStringList(*added)},
                              {QStringLiteral("removed"), QJsonArray::fromStringList(*removed)},
                              {QStringLiteral("codeWords"), QJsonArray::fromStringList(*codes)}});
        return Success;
    }
    const auto list = [](const QStringList &words) {
        return words.isEmpty() ? QStringLiteral("none") : words.join(QStringLiteral(", "));
    };
    printLine(QStringLiteral("Words added (%1): %2").arg(added->size()).arg(list(*added)));
    printLine(QStringLiteral("Not words (%1): %2").arg(removed->size()).arg(list(*removed)));
    printLine(QStringLiteral("Code names counted as words (%1): %2").arg(codes->size()).arg(list(*codes)));
    return Success;
}

} // namespace

void addWordCommands(CommandTable &table)
{
    table.insert(QStringLiteral("words"), commandWords);
    table.insert(QStringLiteral("stopwords"), commandStopwords);
    table.insert(QStringLiteral("dictionary"), commandDictionary);
}

} // namespace marginalia::cli
