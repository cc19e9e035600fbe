#include "text/Utf8Text.h"

#include <cstdint>
#include <cstring>

namespace marginalia {

namespace {

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

// The length of the well-formed sequence that begins at `bytes` (a lead byte at or above 0x80), 0 if there is none
// (Unicode's table of well-formed sequences: no overlong forms, no surrogates, nothing past U+10FFFF, none cut off).
size_t sequenceLength(const unsigned char *bytes, size_t available)
{
    const unsigned char lead = bytes[0];
    size_t length;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0;   // overlong below
        else if (lead == 0xED)
            high = 0x9F;  // surrogates above
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;  // past U+10FFFF above
    } else {
        return 0;
    }
    if (available < length || bytes[1] < low || bytes[1] > high)
        return 0;
    for (size_t k = 2; k < length; ++k) {
        if ((bytes[k] & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

} // namespace

bool isValidUtf8(std::string_view utf8)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(utf8.data());
    const size_t size = utf8.size();
    size_t i = 0;
    while (i < size) {
        // ASCII eight bytes at a time.
        if (i + 8 <= size) {
            std::uint64_t word;
            std::memcpy(&word, bytes + i, sizeof word);
            if ((word & kHighBits) == 0) {
                i += 8;
                continue;
            }
        }
        if (bytes[i] < 0x80) {
            ++i;
            continue;
        }
        const size_t length = sequenceLength(bytes + i, size - i);
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

bool copyWithLineBreaksAsSpaces(std::string_view utf8, char *target)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(utf8.data());
    const size_t size = utf8.size();
    constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
    constexpr std::uint64_t kBreaks = 0x0A0A0A0A0A0A0A0AULL;
    size_t i = 0;
    while (i < size) {
        if (i + 8 <= size) {
            std::uint64_t word;
            std::memcpy(&word, bytes + i, sizeof word);
            if ((word & kHighBits) == 0) {
                // Bytes equal to '\n' are the zero bytes of word ^ kBreaks; for bytes below 0x80, adding 0x7F to
                // each sets its top bit unless it is zero, without a carry into the next byte.
                const std::uint64_t x = word ^ kBreaks;
                const std::uint64_t breaks = ~(((x & kLow7) + kLow7) | x) & kHighBits;
                word ^= (breaks >> 7) * ('\n' ^ ' ');
                std::memcpy(target + i, &word, sizeof word);
                i += 8;
                continue;
            }
        }
        if (bytes[i] < 0x80) {
            target[i] = bytes[i] == '\n' ? ' ' : static_cast<char>(bytes[i]);
            ++i;
            continue;
        }
        // Most of Chinese: a three-byte sequence whose lead byte puts no limit on the second (not E0 or ED), taken
        // here without the general table.
        const unsigned char lead = bytes[i];
        if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && i + 3 <= size && (bytes[i + 1] & 0xC0) == 0x80
            && (bytes[i + 2] & 0xC0) == 0x80) {
            target[i] = static_cast<char>(lead);
            target[i + 1] = static_cast<char>(bytes[i + 1]);
            target[i + 2] = static_cast<char>(bytes[i + 2]);
            i += 3;
            continue;
        }
        const size_t length = sequenceLength(bytes + i, size - i);
        if (length == 0)
            return false;
        for (size_t k = 0; k < length; ++k)
            target[i + k] = static_cast<char>(bytes[i + k]);
        i += length;
    }
    return true;
}

} // namespace marginalia
