#include "text/Utf8Cutter.h"

#include "text/Utf8Text.h"

#include <algorithm>

namespace marginalia {

namespace {

bool continues(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

} // namespace

Utf8Cutter::Utf8Cutter(std::string_view utf8, std::vector<qint64> codePoints)
    : m_utf8(utf8), m_codePoints(std::move(codePoints))
{
    std::sort(m_codePoints.begin(), m_codePoints.end());
    m_codePoints.erase(std::unique(m_codePoints.begin(), m_codePoints.end()), m_codePoints.end());
    m_bytes.reserve(m_codePoints.size());
    // One walk: a code point begins at every byte that does not continue a character.
    size_t byte = 0;
    qint64 codePoint = 0;
    for (const qint64 wanted : m_codePoints) {
        while (codePoint < wanted && byte < m_utf8.size()) {
            ++byte;
            while (byte < m_utf8.size() && continues(m_utf8[byte]))
                ++byte;
            ++codePoint;
        }
        m_bytes.push_back(byte);
    }
}

size_t Utf8Cutter::byteOf(qint64 codePoint) const
{
    const auto found = std::lower_bound(m_codePoints.begin(), m_codePoints.end(), codePoint);
    if (found != m_codePoints.end() && *found == codePoint)
        return m_bytes[static_cast<size_t>(found - m_codePoints.begin())];
    // Not asked for: a programming error; an empty cut is safer than a wrong one.
    return std::string_view::npos;
}

QString Utf8Cutter::cut(qint64 from, qint64 to) const
{
    const size_t begin = byteOf(from);
    const size_t end = byteOf(to);
    if (begin == std::string_view::npos || end == std::string_view::npos || end <= begin)
        return {};
    return stringFromUtf8(m_utf8.substr(begin, end - begin));
}

} // namespace marginalia
