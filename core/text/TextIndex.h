#pragma once

#include <QString>

#include <string_view>
#include <vector>

namespace marginalia {

// The one place where Unicode code-point offsets (what the project stores, what REFI-QDA
// counts) and QString's UTF-16 offsets meet. Text without characters outside the BMP maps
// one to one; otherwise the positions of surrogate pairs are kept sorted and searched.
class TextIndex
{
public:
    TextIndex() = default;
    explicit TextIndex(const QString &text);

    qint64 codePointLength() const { return m_codePointLength; }
    qsizetype utf16Length() const { return m_utf16Length; }

    // Clamps to [0, length]. A UTF-16 offset inside a surrogate pair maps to the pair's code point.
    qsizetype toUtf16(qint64 codePoint) const;
    qint64 toCodePoint(qsizetype utf16) const;

    static qint64 codePointLength(const QString &text);
    static qint64 codePointLength(QStringView text);
    // Whether the processor has AVX2, for the scans that use it where it is there (asked once), and they may use it.
    static bool hasAvx2();
    // Whether those scans may use AVX2 (by default they may): the tests run them without it too, so that the SSE2 and
    // byte-by-byte loops that other processors take are tested on any machine.
    static void allowAvx2(bool allowed);
    // Code points in valid UTF-8 (SQLite's text as stored): the bytes that do not continue a character.
    static qint64 utf8CodePointLength(std::string_view utf8);

private:
    // Code-point index of every character that occupies two UTF-16 units, ascending.
    std::vector<qint64> m_wideCodePoints;
    qint64 m_codePointLength = 0;
    qsizetype m_utf16Length = 0;
};

} // namespace marginalia
