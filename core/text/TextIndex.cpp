#include "text/TextIndex.h"

#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#include <immintrin.h>
#endif

#include <algorithm>
#include <atomic>

namespace marginalia {

TextIndex::TextIndex(const QString &text)
    : m_utf16Length(text.size())
{
    const qsizetype n = text.size();
    qint64 codePoint = 0;
    for (qsizetype i = 0; i < n; ++i, ++codePoint) {
        if (text.at(i).isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            m_wideCodePoints.push_back(codePoint);
            ++i;
        }
    }
    m_codePointLength = codePoint;
}

qsizetype TextIndex::toUtf16(qint64 codePoint) const
{
    codePoint = std::clamp<qint64>(codePoint, 0, m_codePointLength);
    // Every wide character before this code point adds one UTF-16 unit.
    const auto before = std::lower_bound(m_wideCodePoints.begin(), m_wideCodePoints.end(), codePoint);
    return static_cast<qsizetype>(codePoint + (before - m_wideCodePoints.begin()));
}

qint64 TextIndex::toCodePoint(qsizetype utf16) const
{
    utf16 = std::clamp<qsizetype>(utf16, 0, m_utf16Length);
    // The UTF-16 start of the k-th wide character is wide[k] + k; count those strictly before utf16.
    qint64 lo = 0;
    qint64 hi = static_cast<qint64>(m_wideCodePoints.size());
    while (lo < hi) {
        const qint64 mid = (lo + hi) / 2;
        if (m_wideCodePoints[static_cast<size_t>(mid)] + mid < utf16)
            lo = mid + 1;
        else
            hi = mid;
    }
    // lo wide characters start before utf16; when utf16 is the low half of the last of them,
    // utf16 - lo is that character's own code point, as wanted.
    return utf16 - lo;
}

qint64 TextIndex::codePointLength(const QString &text)
{
    return codePointLength(QStringView(text));
}

qint64 TextIndex::codePointLength(QStringView text)
{
    qint64 length = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i, ++length) {
        if (text.at(i).isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate())
            ++i;
    }
    return length;
}

#if defined(__x86_64__) && defined(__GNUC__)
namespace {

// As the sixteen-byte loop below, thirty-two bytes at a time, where the processor has AVX2 (asked once; the build
// targets the x86-64 baseline). Moves `at` past what it counted.
__attribute__((target("avx2"))) qint64 continuationsAvx2(const char *&at, const char *end)
{
    qint64 continuations = 0;
    const __m256i below = _mm256_set1_epi8(-64);
    while (end - at >= 32) {
        __m256i lanes = _mm256_setzero_si256();
        for (int round = 0; round < 255 && end - at >= 32; ++round, at += 32) {
            const __m256i bytes = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(at));
            lanes = _mm256_sub_epi8(lanes, _mm256_cmpgt_epi8(below, bytes));
        }
        const __m256i sums = _mm256_sad_epu8(lanes, _mm256_setzero_si256());
        continuations += _mm256_extract_epi64(sums, 0) + _mm256_extract_epi64(sums, 1) + _mm256_extract_epi64(sums, 2)
                         + _mm256_extract_epi64(sums, 3);
    }
    return continuations;
}

} // namespace
#endif

namespace {
std::atomic<bool> g_avx2Allowed = true;
}

bool TextIndex::hasAvx2()
{
#if defined(__x86_64__) && defined(__GNUC__)
    static const bool avx2 = __builtin_cpu_supports("avx2");
    return avx2 && g_avx2Allowed.load(std::memory_order_relaxed);
#else
    return false;
#endif
}

void TextIndex::allowAvx2(bool allowed)
{
    g_avx2Allowed.store(allowed, std::memory_order_relaxed);
}

qint64 TextIndex::utf8CodePointLength(std::string_view utf8)
{
    const char *at = utf8.data();
    const char *end = at + utf8.size();
    qint64 continuations = 0;
#if defined(__x86_64__) && defined(__GNUC__)
    if (end - at >= 64 && hasAvx2())
        continuations += continuationsAvx2(at, end);
#endif
#ifdef __SSE2__
    // Sixteen bytes at a time: as signed bytes, continuation bytes (0x80-0xBF) are exactly those
    // below -64 (0xC0). Each comparison gives -1 per match; up to 255 rounds are summed per byte
    // lane before the lanes are added up.
    const __m128i below = _mm_set1_epi8(-64);
    while (end - at >= 16) {
        __m128i lanes = _mm_setzero_si128();
        for (int round = 0; round < 255 && end - at >= 16; ++round, at += 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
            lanes = _mm_sub_epi8(lanes, _mm_cmplt_epi8(bytes, below));
        }
        const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
        continuations += _mm_cvtsi128_si64(sums) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums));
    }
#endif
    // Eight bytes at a time: a continuation byte is 10xxxxxx, so its bit 7 is set and bit 6 clear;
    // shifting the word left by one puts each byte's bit 6 under its bit 7.
    constexpr quint64 kHighBits = 0x8080808080808080ULL;
    for (; end - at >= 8; at += 8) {
        quint64 word;
        std::memcpy(&word, at, sizeof word);
        // At most one bit per byte, at bit 7: gathered into the top byte by one multiplication
        // (std::popcount would be a library call without -mpopcnt).
        const quint64 marks = (word & ~(word << 1) & kHighBits) >> 7;
        continuations += static_cast<qint64>((marks * 0x0101010101010101ULL) >> 56);
    }
    for (; at < end; ++at)
        continuations += (static_cast<unsigned char>(*at) & 0xC0) == 0x80;
    return static_cast<qint64>(utf8.size()) - continuations;
}

} // namespace marginalia
