#pragma once

#include <QString>

#include <string_view>

namespace marginalia {

// Cuts excerpts with their context out of one stored UTF-8 text (SQLite's text as stored) while they are produced,
// without a list of all their positions: the excerpts come in the order of their context's start (as codings and
// search hits come, by start), and a cursor walks the text forward only. Each cut costs the walk to it plus the
// excerpt and its context, so n excerpts cost the text's length plus their own, and memory does not grow with n
// (Utf8Cutter needs every position first). Positions are code points, clamped to [0, the text's length]; an excerpt
// whose context starts before the cursor is still cut right (the walk starts again from the beginning).
class ForwardUtf8Cutter
{
public:
    // The text must stay valid while the cutter is used.
    explicit ForwardUtf8Cutter(std::string_view utf8) : m_utf8(utf8) {}

    struct Pieces
    {
        QString before;   // up to `before` code points before start
        QString text;     // [start, end)
        QString after;    // up to `after` code points from end
    };
    Pieces cut(qint64 start, qint64 end, qint64 before = 0, qint64 after = 0);
    // The same cut as byte offsets into the text, for callers that copy the bytes themselves: the context before is
    // [from, start), the excerpt [start, end), the context after [end, afterEnd).
    struct Bytes
    {
        size_t from = 0;
        size_t start = 0;
        size_t end = 0;
        size_t afterEnd = 0;
    };
    Bytes cutBytes(qint64 start, qint64 end, qint64 before = 0, qint64 after = 0);
    // The same cut for an excerpt whose bytes are known (a search hit found in these bytes): only the context is
    // walked, back from its start and on from its end, so the cursor is neither needed nor moved.
    Bytes cutAtBytes(size_t startByte, size_t endByte, qint64 before = 0, qint64 after = 0) const;

private:
    // The byte at which code point `codePoint` begins (or the text's end), moving the cursor there.
    size_t seek(qint64 codePoint);
    // The byte `count` code points after `byte` (or the text's end), without moving the cursor.
    size_t skip(size_t byte, qint64 count) const;
    // The byte `count` code points before `byte` (or where the text's first character begins), the same way.
    size_t back(size_t byte, qint64 count) const;
    QString decode(size_t from, size_t to) const;

    std::string_view m_utf8;
    size_t m_byte = 0;        // the cursor: a byte where a character begins ...
    qint64 m_codePoint = 0;   // ... and its code point
};

} // namespace marginalia
