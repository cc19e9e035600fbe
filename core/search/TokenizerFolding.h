#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace marginalia {

// How the trigram index folds case compared with how the hits are matched. The index folds each code point by
// SQLite's own table (its FTS5 tokenizer), the exact matching by Qt's (QChar::toCaseFolded, per code point), and the
// two part beyond ASCII: SQLite folds ς into σ, which Qt's toLower() keeps apart; Qt folds lower-case Cherokee onto
// upper case, which SQLite's table (3.40) does not. Nothing here is a list of such characters: SQLite is asked, on a
// private in-memory connection, what its tokenizer makes of each code point a query needs, so the library on the
// user's machine decides. Answers are kept for the process.
namespace TokenizerFolding {

// Every code point that Qt's case-insensitive matching takes for c: those x with QChar::toCaseFolded(x) equal to
// QChar::toCaseFolded(c), c among them. The classes come from one pass over the code points up to U+1FFFF (case
// exists nowhere beyond), made once per process on first use.
QList<char32_t> qtCaseClass(char32_t c);

// What SQLite's trigram tokenizer folds each code point into, in the same order. Asked of SQLite itself: each code
// point followed by two '@' is a row of a temporary FTS5 trigram table, and its first trigram, read back from an
// fts5vocab 'instance' table, begins with the folded code point. Nothing when SQLite cannot be asked.
std::optional<QList<char32_t>> sqliteFolds(const QList<char32_t> &codePoints);

// The query as the trigram index holds it (each code point folded by SQLite's tokenizer), provided that the index's
// candidates hold every match: for a case-insensitive query, SQLite must fold every member of each character's Qt case
// class (qtCaseClass) as it folds the character. Nothing where it does not, or where SQLite cannot be asked: then
// every document has to be read.
std::optional<QString> indexForm(const QString &normalizedQuery, bool caseSensitive);

// For a case-insensitive query: per code point, whether SQLite folds every member of its Qt case class as it folds
// the code point (a trigram of three such code points is found in every text that matches it). Nothing when SQLite
// cannot be asked.
std::optional<QList<bool>> classesHeldTogether(const QString &normalizedQuery);

} // namespace TokenizerFolding

} // namespace marginalia
