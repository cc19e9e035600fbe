#include "text/Utf8Text.h"

#include "text/TextIndex.h"

#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

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

bool isValidUtf8Bytewise(std::string_view utf8)
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

#if defined(__x86_64__) && defined(__GNUC__)
// isValidUtf8 thirty-two bytes at a time where the processor has AVX2 (TextIndex::hasAvx2). Every error of Unicode's
// table of well-formed sequences shows in a pair of neighbouring bytes, except a missing or extra third or fourth
// byte: so each byte is checked with the one before it by three table lookups (the earlier byte's high and low half,
// this byte's high half), each giving the kinds of error that half allows; a kind all three allow is there. Third and
// fourth bytes are checked by where the lead byte two or three back says they must be. Bytes F5 to FF never occur.
namespace wellFormed {

enum : unsigned char {
    kTooShort = 1 << 0,           // a lead byte without its continuation: followed by ASCII or a lead byte
    kTooLong = 1 << 1,            // a continuation byte after ASCII
    kOverlong3 = 1 << 2,          // E0 80-9F
    kTooLarge = 1 << 3,           // F4 90-BF: past U+10FFFF
    kSurrogate = 1 << 4,          // ED A0-BF
    kOverlong2 = 1 << 5,          // C0 or C1 and a continuation byte
    kOverlong4 = 1 << 6,          // F0 80-8F
    kTwoContinuations = 1 << 7,   // right only as a third or fourth byte
    kAlways = kTooShort | kTooLong | kTwoContinuations,
    kContinuation = kTooLong | kTwoContinuations | kOverlong2,
};

// The earlier byte's high half: ASCII, continuation, or the lead bytes C, D, E and F.
alignas(16) constexpr unsigned char kByEarlierHigh[16] = {
    kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong,
    kTwoContinuations, kTwoContinuations, kTwoContinuations, kTwoContinuations,
    kTooShort | kOverlong2, kTooShort, kTooShort | kOverlong3 | kSurrogate, kTooShort | kTooLarge | kOverlong4};
// The earlier byte's low half: C0, E0 and F0; C1; F4; ED.
alignas(16) constexpr unsigned char kByEarlierLow[16] = {
    kAlways | kOverlong2 | kOverlong3 | kOverlong4, kAlways | kOverlong2, kAlways, kAlways, kAlways | kTooLarge, kAlways,
    kAlways, kAlways, kAlways, kAlways, kAlways, kAlways, kAlways, kAlways | kSurrogate, kAlways, kAlways};
// This byte's high half: ASCII or a lead byte; a continuation byte in 80-8F, 90-9F, A0-BF.
alignas(16) constexpr unsigned char kByHigh[16] = {
    kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort,
    kContinuation | kOverlong3 | kOverlong4, kContinuation | kOverlong3 | kTooLarge, kContinuation | kSurrogate | kTooLarge,
    kContinuation | kSurrogate | kTooLarge, kTooShort, kTooShort, kTooShort, kTooShort};

struct Tables
{
    __m256i byEarlierHigh;
    __m256i byEarlierLow;
    __m256i byHigh;
};

__attribute__((target("avx2"))) inline __m256i bothLanes(const unsigned char (&table)[16])
{
    return _mm256_broadcastsi128_si256(_mm_load_si128(reinterpret_cast<const __m128i *>(table)));
}

__attribute__((target("avx2"))) inline __m256i highHalf(__m256i bytes)
{
    return _mm256_and_si256(_mm256_srli_epi16(bytes, 4), _mm256_set1_epi8(0x0F));
}

// The errors of `bytes`, the 32 bytes after `previous`, as a nonzero byte anywhere.
__attribute__((target("avx2"))) inline __m256i errorsIn(const Tables &tables, __m256i previous, __m256i bytes)
{
    // The bytes one, two and three before each (across the two 16-byte lanes, and from the previous block).
    const __m256i carried = _mm256_permute2x128_si256(previous, bytes, 0x21);
    const __m256i before1 = _mm256_alignr_epi8(bytes, carried, 15);
    const __m256i before2 = _mm256_alignr_epi8(bytes, carried, 14);
    const __m256i before3 = _mm256_alignr_epi8(bytes, carried, 13);
    const __m256i kinds = _mm256_and_si256(
        _mm256_and_si256(_mm256_shuffle_epi8(tables.byEarlierHigh, highHalf(before1)),
                         _mm256_shuffle_epi8(tables.byEarlierLow, _mm256_and_si256(before1, _mm256_set1_epi8(0x0F)))),
        _mm256_shuffle_epi8(tables.byHigh, highHalf(bytes)));
    // Third bytes (E0 and above two back) and fourth bytes (F0 and above three back) must be continuations after a
    // continuation: exactly where kTwoContinuations is (its bit, 0x80, set where subtracting leaves more than zero).
    const __m256i third = _mm256_subs_epu8(before2, _mm256_set1_epi8(static_cast<char>(0xE0 - 1)));
    const __m256i fourth = _mm256_subs_epu8(before3, _mm256_set1_epi8(static_cast<char>(0xF0 - 1)));
    const __m256i must = _mm256_andnot_si256(_mm256_cmpeq_epi8(_mm256_or_si256(third, fourth), _mm256_setzero_si256()),
                                             _mm256_set1_epi8(static_cast<char>(0x80)));
    const __m256i neverThere = _mm256_subs_epu8(bytes, _mm256_set1_epi8(static_cast<char>(0xF4)));
    return _mm256_or_si256(_mm256_xor_si256(kinds, must), neverThere);
}

__attribute__((target("avx2"))) bool isValidUtf8Avx2(std::string_view utf8)
{
    const Tables tables{bothLanes(kByEarlierHigh), bothLanes(kByEarlierLow), bothLanes(kByHigh)};
    __m256i errors = _mm256_setzero_si256();
    __m256i previous = _mm256_setzero_si256();   // ASCII before the text
    const char *at = utf8.data();
    const char *const end = at + utf8.size();
    for (; end - at >= 32; at += 32) {
        const __m256i bytes = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(at));
        errors = _mm256_or_si256(errors, errorsIn(tables, previous, bytes));
        previous = bytes;
        if ((end - at) % 1024 < 32 && !_mm256_testz_si256(errors, errors))
            return false;   // a long text stops at its first bad kilobyte
    }
    // The rest (0 to 31 bytes), with ASCII after it: a sequence cut off at the end is then a lead byte followed by
    // ASCII, or a third or fourth byte missing, seen at the byte after it.
    alignas(32) char rest[32] = {};
    std::memcpy(rest, at, static_cast<size_t>(end - at));
    errors = _mm256_or_si256(errors, errorsIn(tables, previous, _mm256_load_si256(reinterpret_cast<const __m256i *>(rest))));
    return _mm256_testz_si256(errors, errors);
}

} // namespace wellFormed
#endif

} // namespace

bool isValidUtf8(std::string_view utf8)
{
#if defined(__x86_64__) && defined(__GNUC__)
    if (utf8.size() >= 32 && TextIndex::hasAvx2())
        return wellFormed::isValidUtf8Avx2(utf8);
#endif
    return isValidUtf8Bytewise(utf8);
}

bool copyWithLineBreaksAsSpaces(std::string_view utf8, char *target)
{
#if defined(__x86_64__) && defined(__GNUC__)
    if (utf8.size() >= 32 && TextIndex::hasAvx2()) {
        if (!wellFormed::isValidUtf8Avx2(utf8))
            return false;
        // Sixteen bytes at a time (SSE2, the x86-64 baseline), the last sixteen overlapping those before them.
        const char *from = utf8.data();
        const size_t size = utf8.size();
        const __m128i breaks = _mm_set1_epi8('\n');
        const __m128i flip = _mm_set1_epi8('\n' ^ ' ');
        const auto copy16 = [&](size_t at) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(from + at));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(target + at),
                             _mm_xor_si128(bytes, _mm_and_si128(_mm_cmpeq_epi8(bytes, breaks), flip)));
        };
        for (size_t at = 0; at + 16 <= size; at += 16)
            copy16(at);
        copy16(size - 16);
        return true;
    }
#endif
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

QString stringFromUtf8(std::string_view utf8)
{
    QString text = QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
    constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
    if (!utf8.starts_with(kByteOrderMark))
        return text;
    // Put back what Qt dropped (one, in Qt 6), counted rather than assumed.
    qsizetype marks = 0;
    for (std::string_view rest = utf8; rest.starts_with(kByteOrderMark); rest.remove_prefix(kByteOrderMark.size()))
        ++marks;
    qsizetype kept = 0;
    while (kept < text.size() && text.at(kept) == QChar(0xFEFF))
        ++kept;
    if (kept < marks)
        text.insert(0, QString(marks - kept, QChar(0xFEFF)));
    return text;
}

} // namespace marginalia
