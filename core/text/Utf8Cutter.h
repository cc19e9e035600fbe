#pragma once

#include <QString>

#include <string_view>
#include <vector>

namespace marginalia {

// Cuts many pieces out of one stored UTF-8 text (SQLite's text as stored) by code-point positions, in one pass:
// the positions are sorted and the text is walked once from the start to find their bytes, so cutting n excerpts
// costs the text's length plus the excerpts' length, not the text's length n times over (as substr() from the
// start for each excerpt does). Positions are clamped to [0, the text's length in code points].
class Utf8Cutter
{
public:
    // The text must stay valid while the cutter is used. codePoints: every position cut() will be given, in any
    // order, repeats allowed.
    Utf8Cutter(std::string_view utf8, std::vector<qint64> codePoints);

    // The code points [from, to) (clamped) as a QString; both positions must have been given to the constructor.
    QString cut(qint64 from, qint64 to) const;

private:
    size_t byteOf(qint64 codePoint) const;

    std::string_view m_utf8;
    std::vector<qint64> m_codePoints;   // sorted, each once
    std::vector<size_t> m_bytes;        // parallel: the byte where that code point begins (or the text's end)
};

} // namespace marginalia
