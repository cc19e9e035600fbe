#pragma once

#include "common/Result.h"

#include <QByteArray>

#include <functional>
#include <memory>

struct sqlite3_blob;

namespace marginalia {

class Database;

// One stored document's text (UTF-8, as SQLite keeps it) read a window at a time through SQLite's
// incremental blob I/O: work over a 200 MB document holds a few megabytes of it, not the whole
// text and its copies (a QString of it alone is 400 MB). The handle sees the row as it was when
// opened; it is closed with the reader.
class DocumentText
{
public:
    // Bytes read at a time by the windowed walks below.
    static constexpr qint64 kWindowBytes = 4LL * 1024 * 1024;

    static Result<std::unique_ptr<DocumentText>> open(Database &database, qint64 documentId);
    // The reader moved to another document's text (sqlite3_blob_reopen: no statement compiled again, which
    // sqlite3_blob_open does each time, a tenth of a search reading 2,000 short texts). On failure the reader is
    // closed: open() a new one.
    Result<void> reopen(qint64 documentId);
    ~DocumentText();
    DocumentText(const DocumentText &) = delete;
    DocumentText &operator=(const DocumentText &) = delete;

    qint64 size() const { return m_size; }
    // Bytes [from, from + length), clamped to the text.
    Result<QByteArray> read(qint64 from, qint64 length);

    // Hands the text over in consecutive windows of about kWindowBytes that end after a line
    // break where the window has one (else after a space, else at a character boundary), with
    // the code point at which each begins. Returning false from the callback stops early.
    using Window = std::function<bool(const QByteArray &utf8, qint64 firstCodePoint)>;
    Result<void> forEachWindow(const Window &window, qint64 windowBytes = kWindowBytes);

private:
    DocumentText(Database &database, sqlite3_blob *blob, qint64 size) : m_database(database), m_blob(blob), m_size(size) {}

    Database &m_database;

    sqlite3_blob *m_blob = nullptr;
    qint64 m_size = 0;
};

// The start of the UTF-8 character that byte `at` belongs to (moves back over continuation bytes).
qsizetype utf8CharacterStart(const QByteArray &utf8, qsizetype at);

} // namespace marginalia
