#include "analysis/WordFrequencies.h"

#include "project/Project.h"
#include "search/DocumentText.h"
#include "text/Segmenter.h"
#include "text/WordSegmenter.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

// Resources of a static library must be registered by name, outside any namespace.
static void registerStopWordResources()
{
    Q_INIT_RESOURCE(stopwords);
}

namespace marginalia {

namespace {

constexpr qsizetype kMaxCachedSpellings = 200000;

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
    auto stmt = db.prepare("SELECT d.id FROM documents d WHERE d.id IN (" + scope.documents + ") ORDER BY d.id");
    if (!stmt)
        return failure(stmt.error());
    bindAll(*stmt, scope.documentValues, 1);

    const WordSegmenter segmenter(options.locale);
    const auto filter = options.numbers ? Segmenter::WordFilter::LettersAndNumbers : Segmenter::WordFilter::Letters;
    QHash<QString, QString> folded;   // each distinct spelling is folded once
    QHash<QString, WordCount> counts;
    WordFrequencyResult result;
    while (stmt->step()) {
        ++result.documents;
        QSet<QString> seen;
        // A window at a time (ending at a line break where it can; words never span one): a 200 MB
        // document costs its words' counts, not a QString of it and a token for each of its words.
        auto text = DocumentText::open(db, stmt->int64(0));
        if (!text)
            return failure(text.error());
        auto read = (*text)->forEachWindow([&](const QByteArray &utf8, qint64) {
            for (const WordToken &token : segmenter.words(QString::fromUtf8(utf8), filter)) {
                auto it = folded.constFind(token.text);
                if (it == folded.cend()) {
                    // Spellings are folded once each; a text of endless distinct tokens does not
                    // keep them all twice.
                    if (folded.size() >= kMaxCachedSpellings)
                        folded.clear();
                    it = folded.insert(token.text, segmenter.foldCase(token.text));
                }
                const QString &word = it.value();
                if (stop.contains(word))
                    continue;
                WordCount &entry = counts[word];
                ++entry.count;
                ++result.words;
                if (!seen.contains(word)) {
                    seen.insert(word);
                    ++entry.documents;
                }
            }
            return true;
        });
        if (!read)
            return failure(read.error());
    }
    if (stmt->failed())
        return failure(stmt->error());
    result.top.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result.top.append({it.key(), it->count, it->documents});
    std::sort(result.top.begin(), result.top.end(), [](const WordCount &a, const WordCount &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.word < b.word;
    });
    if (options.top > 0 && result.top.size() > options.top)
        result.top.resize(options.top);
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
