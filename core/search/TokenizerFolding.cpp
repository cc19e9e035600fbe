#include "search/TokenizerFolding.h"

#include "project/Database.h"

#include <QChar>
#include <QHash>
#include <QMutex>
#include <QSet>

#include <algorithm>

namespace marginalia::TokenizerFolding {

namespace {

constexpr char32_t kLastCasedPlane = 0x1FFFF;

// The code points whose Qt case fold is another one, by that fold.
const QHash<char32_t, QList<char32_t>> &othersByFold()
{
    static const QHash<char32_t, QList<char32_t>> byFold = [] {
        QHash<char32_t, QList<char32_t>> map;
        for (char32_t x = 0; x <= kLastCasedPlane; ++x) {
            if (x >= 0xD800 && x <= 0xDFFF)
                continue;   // surrogates are no characters
            const char32_t folded = QChar::toCaseFolded(x);
            if (folded != x)
                map[folded].append(x);
        }
        return map;
    }();
    return byFold;
}

// Asks SQLite: one row per code point, "x@@", whose trigram at offset 0 is the folded x and "@@" ('@' has no case).
std::optional<QList<char32_t>> askSqlite(const QList<char32_t> &codePoints)
{
    Database memory;
    if (!memory.open(QStringLiteral(":memory:"), Database::OpenMode::Create))
        return std::nullopt;
    if (!memory.exec("CREATE VIRTUAL TABLE probe USING fts5(text, tokenize='trigram');"
                     "CREATE VIRTUAL TABLE probe_instances USING fts5vocab(probe, 'instance');"
                     "BEGIN"))
        return std::nullopt;
    auto insert = memory.prepare("INSERT INTO probe(rowid, text) VALUES (?1, ?2)");
    if (!insert)
        return std::nullopt;
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints.at(i);
        insert->reset();
        insert->bind(1, static_cast<qint64>(i + 1));
        insert->bind(2, QString::fromUcs4(&c, 1) + QStringLiteral("@@"));
        if (!insert->run())
            return std::nullopt;
    }
    if (!memory.exec("COMMIT"))
        return std::nullopt;
    auto terms = memory.prepare("SELECT doc, term FROM probe_instances WHERE offset = 0");
    if (!terms)
        return std::nullopt;
    QList<char32_t> folds(codePoints.size(), 0);
    QList<bool> answered(codePoints.size(), false);
    while (terms->step()) {
        const qint64 row = terms->int64(0);
        const QList<uint> term = terms->text(1).toUcs4();
        // Anything but one row per code point, each "?@@", and the tokenizer did something not understood here.
        if (row < 1 || row > codePoints.size() || answered.at(row - 1) || term.size() != 3 || term.at(1) != u'@'
            || term.at(2) != u'@')
            return std::nullopt;
        folds[row - 1] = term.at(0);
        answered[row - 1] = true;
    }
    if (terms->failed() || answered.contains(false))
        return std::nullopt;
    return folds;
}

} // namespace

QList<char32_t> qtCaseClass(char32_t c)
{
    const char32_t folded = QChar::toCaseFolded(c);
    QList<char32_t> members{c};
    if (folded != c && QChar::toCaseFolded(folded) == folded)
        members.append(folded);
    for (const char32_t x : othersByFold().value(folded)) {
        if (x != c)
            members.append(x);
    }
    return members;
}

std::optional<QList<char32_t>> sqliteFolds(const QList<char32_t> &codePoints)
{
    // One library per process: its answers hold for the process's life.
    static QMutex mutex;
    static QHash<char32_t, char32_t> known;
    const QMutexLocker lock(&mutex);
    QList<char32_t> unknown;
    QSet<char32_t> asked;
    for (const char32_t c : codePoints) {
        if (!known.contains(c) && !asked.contains(c)) {
            asked.insert(c);
            unknown.append(c);
        }
    }
    if (!unknown.isEmpty()) {
        const auto answers = askSqlite(unknown);
        if (!answers)
            return std::nullopt;
        for (qsizetype i = 0; i < unknown.size(); ++i)
            known.insert(unknown.at(i), answers->at(i));
    }
    QList<char32_t> folds;
    folds.reserve(codePoints.size());
    for (const char32_t c : codePoints)
        folds.append(known.value(c));
    return folds;
}

namespace {

// SQLite's fold of each code point of the query, and for a case-insensitive one of every code point that Qt matches
// with one of them (its Qt case class), asked at once.
std::optional<QHash<char32_t, char32_t>> foldsAround(const QList<uint> &query, bool caseSensitive)
{
    QList<char32_t> asked;
    QSet<char32_t> seen;
    for (const uint c : query) {
        for (const char32_t x : caseSensitive ? QList<char32_t>{c} : qtCaseClass(c)) {
            if (!seen.contains(x)) {
                seen.insert(x);
                asked.append(x);
            }
        }
    }
    const auto folds = sqliteFolds(asked);
    if (!folds)
        return std::nullopt;
    QHash<char32_t, char32_t> foldOf;
    for (qsizetype i = 0; i < asked.size(); ++i)
        foldOf.insert(asked.at(i), folds->at(i));
    return foldOf;
}

} // namespace

std::optional<QList<bool>> classesHeldTogether(const QString &normalizedQuery)
{
    const QList<uint> query = normalizedQuery.toUcs4();
    const auto found = foldsAround(query, false);
    if (!found)
        return std::nullopt;
    const QHash<char32_t, char32_t> &foldOf = *found;
    QList<bool> together;
    together.reserve(query.size());
    for (const uint c : query) {
        const QList<char32_t> members = qtCaseClass(c);
        together.append(std::all_of(members.cbegin(), members.cend(),
                                    [&](char32_t x) { return foldOf.value(x) == foldOf.value(c); }));
    }
    return together;
}

std::optional<QString> indexForm(const QString &normalizedQuery, bool caseSensitive)
{
    const QList<uint> query = normalizedQuery.toUcs4();
    const auto found = foldsAround(query, caseSensitive);
    if (!found)
        return std::nullopt;
    const QHash<char32_t, char32_t> &foldOf = *found;
    QString form;
    for (const char32_t c : query) {
        const char32_t folded = foldOf.value(c);
        if (!caseSensitive) {
            // A text character that Qt matches with c is found by the index only if SQLite folds it as it folds c.
            for (const char32_t x : qtCaseClass(c)) {
                if (foldOf.value(x) != folded)
                    return std::nullopt;
            }
        }
        form += QString::fromUcs4(&folded, 1);
    }
    return form;
}

} // namespace marginalia::TokenizerFolding
