#include "text/ForwardUtf8Cutter.h"

#include "text/TextIndex.h"
#include "text/Utf8Text.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace marginalia {

namespace {

bool continues(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// The eight bytes at `at` as a mask with the top bit of each byte that begins a character (any but 10xxxxxx), the
// first byte's lowest.
quint64 characterStarts(const char *at)
{
    constexpr quint64 kHighBits = 0x8080808080808080ULL;
    quint64 word;
    std::memcpy(&word, at, 8);
    if constexpr (std::endian::native == std::endian::big)
        word = std::byteswap(word);   // the first byte lowest, as the callers take the bits
    return ~(word & ~(word << 1)) & kHighBits;
}

// How many characters begin in such a mask: its bits moved to the bottom of each byte and summed into the top byte by
// one multiplication (std::popcount is a library call on the x86-64 baseline).
qint64 startCount(quint64 starts)
{
    return static_cast<qint64>(((starts >> 7) * 0x0101010101010101ULL) >> 56);
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
    // The byte where the (count + 1)-th character from `byte` begins: eight bytes at a time, each word's characters
    // found by their first bytes (those not 10xxxxxx) as the top bits of a mask. Chinese text has no ASCII runs, so
    // counting beats stepping through its characters.
    const size_t size = m_utf8.size();
    while (byte + 8 <= size) {
        quint64 starts = characterStarts(m_utf8.data() + byte);
        const qint64 inWord = startCount(starts);
        if (inWord > count) {
            for (; count > 0; --count)
                starts &= starts - 1;   // the first `count` of them passed
            return byte + static_cast<size_t>(std::countr_zero(starts)) / 8;
        }
        byte += 8;
        count -= inWord;
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

size_t ForwardUtf8Cutter::back(size_t byte, qint64 count) const
{
    // The `count`-th character before `byte` (or the first one there is, at the text's start): eight bytes at a time
    // as skip(), from the end of each word.
    size_t found = byte;
    while (count > 0 && byte >= 8) {
        quint64 starts = characterStarts(m_utf8.data() + byte - 8);
        const qint64 inWord = startCount(starts);
        if (inWord >= count) {
            for (; count > 1; --count)
                starts &= ~(quint64(1) << (63 - std::countl_zero(starts)));   // the last `count - 1` of them passed
            return byte - 8 + static_cast<size_t>(63 - std::countl_zero(starts)) / 8;
        }
        if (starts != 0)
            found = byte - 8 + static_cast<size_t>(std::countr_zero(starts)) / 8;
        byte -= 8;
        count -= inWord;
    }
    while (count > 0 && byte > 0) {
        --byte;
        if (!continues(m_utf8[byte])) {
            found = byte;
            --count;
        }
    }
    return found;
}

QString ForwardUtf8Cutter::decode(size_t from, size_t to) const
{
    if (to <= from)
        return {};
    return stringFromUtf8(m_utf8.substr(from, to - from));
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
    bytes.from = back(bytes.start, before);
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
