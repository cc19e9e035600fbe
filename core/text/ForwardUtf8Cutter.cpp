#include "text/ForwardUtf8Cutter.h"

#include "text/TextIndex.h"

#include <algorithm>
#include <cstring>

namespace marginalia {

namespace {

bool continues(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

} // namespace

size_t ForwardUtf8Cutter::seek(qint64 codePoint)
{
    codePoint = std::max<qint64>(0, codePoint);
    if (codePoint < m_codePoint) {   // out of order: walk again from the start
        m_byte = 0;
        m_codePoint = 0;
    }
    const size_t to = skip(m_byte, codePoint - m_codePoint);
    // Code points passed: counted by TextIndex's vectorised count rather than one at a time.
    m_codePoint += TextIndex::utf8CodePointLength(m_utf8.substr(m_byte, to - m_byte));
    m_byte = to;
    return m_byte;
}

size_t ForwardUtf8Cutter::skip(size_t byte, qint64 count) const
{
    // The byte where the (count + 1)-th character from `byte` begins: eight bytes at a time while that character
    // lies beyond them (a byte begins a character unless it is 10xxxxxx; those are counted with one popcount), then
    // byte by byte. Chinese text has no ASCII runs, so counting beats stepping through its characters.
    const size_t size = m_utf8.size();
    constexpr quint64 kHighBits = 0x8080808080808080ULL;
    while (byte + 8 <= size) {
        quint64 word;
        std::memcpy(&word, m_utf8.data() + byte, 8);
        // One bit per continuation byte (bit 7 set, bit 6 clear), summed into the top byte by one multiplication.
        const quint64 continuations = ((word & ~(word << 1) & kHighBits) >> 7) * 0x0101010101010101ULL >> 56;
        const qint64 starts = 8 - static_cast<qint64>(continuations);
        if (starts > count)
            break;
        byte += 8;
        count -= starts;
    }
    for (; byte < size; ++byte) {
        if (continues(m_utf8[byte]))
            continue;
        if (count == 0)
            return byte;
        --count;
    }
    return size;
}

QString ForwardUtf8Cutter::decode(size_t from, size_t to) const
{
    if (to <= from)
        return {};
    return QString::fromUtf8(m_utf8.data() + from, static_cast<qsizetype>(to - from));
}

ForwardUtf8Cutter::Bytes ForwardUtf8Cutter::cutBytes(qint64 start, qint64 end, qint64 before, qint64 after)
{
    Bytes bytes;
    start = std::max<qint64>(0, start);
    const qint64 from = std::max<qint64>(0, start - std::max<qint64>(0, before));
    bytes.from = seek(from);
    bytes.start = skip(bytes.from, start - from);
    bytes.end = end > start ? skip(bytes.start, end - start) : bytes.start;
    bytes.afterEnd = after > 0 ? skip(bytes.end, after) : bytes.end;
    return bytes;
}

ForwardUtf8Cutter::Bytes ForwardUtf8Cutter::cutAtBytes(size_t startByte, size_t endByte, qint64 before,
                                                        qint64 after) const
{
    // Where cutBytes would put them: a character boundary at or after each (in a text that is not UTF-8 a stray
    // continuation byte may follow a hit), the context's start `before` characters back (or the text's first
    // character), its end `after` characters on.
    Bytes bytes;
    bytes.start = skip(std::min(startByte, m_utf8.size()), 0);
    bytes.end = std::max(bytes.start, skip(std::min(endByte, m_utf8.size()), 0));
    bytes.from = bytes.start;
    for (size_t at = bytes.start; before > 0 && at > 0;) {
        --at;
        if (!continues(m_utf8[at])) {
            bytes.from = at;
            --before;
        }
    }
    bytes.afterEnd = after > 0 ? skip(bytes.end, after) : bytes.end;
    return bytes;
}

ForwardUtf8Cutter::Pieces ForwardUtf8Cutter::cut(qint64 start, qint64 end, qint64 before, qint64 after)
{
    const Bytes bytes = cutBytes(start, end, before, after);
    Pieces pieces;
    pieces.before = decode(bytes.from, bytes.start);
    pieces.text = decode(bytes.start, bytes.end);
    pieces.after = decode(bytes.end, bytes.afterEnd);
    return pieces;
}

} // namespace marginalia
