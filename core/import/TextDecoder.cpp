#include "import/TextDecoder.h"

#include "import/ChineseEncodingEvidence.h"
#include "text/Utf8Text.h"

#include <QByteArrayView>
#include <QList>
#include <QStringDecoder>

#include <algorithm>
#include <atomic>

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <optional>

using namespace Qt::StringLiterals;

namespace marginalia {

namespace {

// Share of control characters (other than tab, line feed, vertical tab, form feed and carriage
// return) above which data is taken for binary.
constexpr double kMaxControlShare = 0.02;

// UTF-16 without a BOM is accepted only when this share of its characters is plausible text...
constexpr double kUtf16MinPlausible = 0.9;
// ...and, when the data has no NUL byte at all, the other byte order scores at least this much
// lower. English read as UTF-16 gives CJK ideographs in both byte orders ("Bush hid the facts");
// real UTF-16 CJK text is plausible in one order only.
constexpr double kUtf16NoNulMargin = 0.3;
// Without NUL bytes, data of which more than this share of bytes is printable ASCII is Latin-script
// text in some 8-bit encoding rather than UTF-16.
constexpr double kUtf16NoNulMaxAsciiBytes = 0.9;
// Nor is data shorter than this many UTF-16 units: four bytes of ASCII and GB18030 can look like
// two ideographs.
constexpr qsizetype kUtf16NoNulMinUnits = 8;

// Detection between GB18030 and Big5 looks at this many bytes from the first non-ASCII byte on:
// enough for the statistics, and cheap for a file at the import limit. The whole file is then decoded in the
// chosen encoding only.
constexpr qsizetype kLegacySampleBytes = 64 * 1024;
// The statistics decide with a margin (in nats, the log of how many times likelier one decoding is
// than the other) of at least this much: "certain"...
constexpr double kCertainMargin = 25.0;
// ...or this much: "likely". Below, the choice is reported as uncertain.
constexpr double kLikelyMargin = 8.0;
// A legacy decoding whose characters cost more than this on average (nats each) is not Chinese
// text: Latin-1 letters before ASCII letters make valid GBK and Big5 pairs of rare hanzi.
constexpr double kMaxMeanCost = 11.5;
// The only encoding that reads the bytes is certain when its characters cost at most this on
// average (Chinese text: 6 to 8.5; a wrong decoding: 11.8 and more).
constexpr double kCertainAloneMaxMeanCost = 10.0;
// Valid UTF-8 whose only non-ASCII characters are at most this many two-byte ones may be a few
// hanzi in GB18030 or Big5 (flagAmbiguousUtf8).
constexpr qsizetype kAmbiguousUtf8MaxCharacters = 4;

enum class ByteOrder { Little, Big };

enum class Encoding { Utf8, Utf16Le, Utf16Be, Utf16Any, Utf32Le, Utf32Be, Gb18030, Gbk, Big5, Cp950, Big5Hkscs, Windows1252 };

QString canonicalName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return u"UTF-8"_s;
    case Encoding::Utf16Le:
        return u"UTF-16LE"_s;
    case Encoding::Utf16Be:
        return u"UTF-16BE"_s;
    case Encoding::Utf16Any:
        return u"UTF-16"_s;
    case Encoding::Utf32Le:
        return u"UTF-32LE"_s;
    case Encoding::Utf32Be:
        return u"UTF-32BE"_s;
    case Encoding::Gb18030:
        return u"GB18030"_s;
    case Encoding::Gbk:
        return u"GBK"_s;
    case Encoding::Big5:
        return u"Big5"_s;
    case Encoding::Cp950:
        return u"CP950"_s;
    case Encoding::Big5Hkscs:
        return u"Big5-HKSCS"_s;
    case Encoding::Windows1252:
        return u"Windows-1252"_s;
    }
    return {};
}

std::optional<Encoding> encodingForName(const QString &name)
{
    // "UTF-8", "utf_8", "Utf8" and "utf 8" all mean the same.
    QString key = name.trimmed().toLower();
    key.remove(u'-');
    key.remove(u'_');
    key.remove(u' ');
    if (key == u"utf8")
        return Encoding::Utf8;
    if (key == u"utf16le")
        return Encoding::Utf16Le;
    if (key == u"utf16be")
        return Encoding::Utf16Be;
    if (key == u"utf16" || key == u"ucs2" || key == u"unicode")
        return Encoding::Utf16Any;
    if (key == u"utf32le")
        return Encoding::Utf32Le;
    if (key == u"utf32be")
        return Encoding::Utf32Be;
    // GB18030 is a superset of GBK, which is a superset of GB2312 (EUC-CN).
    if (key == u"gb18030" || key == u"gbk" || key == u"gb2312" || key == u"cp936" || key == u"euccn"
        || key == u"windows936")
        return Encoding::Gb18030;
    if (key == u"big5" || key == u"csbig5")
        return Encoding::Big5;
    if (key == u"cp950" || key == u"windows950" || key == u"ms950")
        return Encoding::Cp950;
    if (key == u"big5hkscs" || key == u"hkscs")
        return Encoding::Big5Hkscs;
    if (key == u"windows1252" || key == u"cp1252" || key == u"latin1" || key == u"iso88591")
        return Encoding::Windows1252;
    return std::nullopt;
}

QString badByteMessage(Encoding encoding, qsizetype offset)
{
    if (offset < 0)
        return u"does not decode as %1"_s.arg(canonicalName(encoding));
    return u"does not decode as %1 (first bad byte at offset %2)"_s.arg(canonicalName(encoding)).arg(offset);
}

bool isBinaryControl(char32_t c)
{
    if (c == u'\t' || c == u'\n' || c == 0x0B || c == 0x0C || c == u'\r')
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

bool looksBinary(const QString &text)
{
    if (text.isEmpty())
        return false;
    qsizetype controls = 0;
    for (const QChar c : text) {
        if (isBinaryControl(c.unicode()))
            ++controls;
    }
    return static_cast<double>(controls) > kMaxControlShare * static_cast<double>(text.size());
}

// Control bytes in the ASCII range are control characters in every ASCII-compatible encoding
// (GB18030 and Big5 never use them inside a multi-byte character).
bool rawBytesLookBinary(QByteArrayView bytes)
{
    qsizetype controls = 0;
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x80 && isBinaryControl(b))
            ++controls;
    }
    return static_cast<double>(controls) > kMaxControlShare * static_cast<double>(bytes.size());
}

QString stripLeadingBom(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

// ---- UTF-8 -------------------------------------------------------------------------------------

// The offset of the first byte that does not start a well-formed UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0)
                low = 0xA0; // overlong
            else if (b == 0xED)
                high = 0x9F; // surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0)
                low = 0x90; // overlong
            else if (b == 0xF4)
                high = 0x8F; // beyond U+10FFFF
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        const auto second = static_cast<unsigned char>(bytes[i + 1]);
        if (second < low || second > high)
            return i;
        for (qsizetype k = 2; k < length; ++k) {
            if ((static_cast<unsigned char>(bytes[i + k]) & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

std::optional<QString> decodeUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// Bytes already known to be well-formed UTF-8 (firstInvalidUtf8), decoded in pieces of 4 MB with a look at the cancel
// flag before each (the decoder keeps a sequence cut between two pieces); std::nullopt once it is set.
std::optional<QString> decodeValidUtf8(QByteArrayView bytes, const std::atomic_bool *cancel)
{
    if (!cancel)
        return decodeUtf8(bytes);
    constexpr qsizetype kPiece = 4 * 1024 * 1024;
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text;
    text.reserve(bytes.size());
    for (qsizetype start = 0; start < bytes.size(); start += kPiece) {
        if (cancel->load(std::memory_order_relaxed))
            return std::nullopt;
        text += decoder.decode(bytes.sliced(start, std::min(kPiece, bytes.size() - start)));
    }
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// ---- UTF-16 and UTF-32 -------------------------------------------------------------------------

char16_t unitAt(QByteArrayView bytes, qsizetype index, ByteOrder order)
{
    const auto first = static_cast<unsigned char>(bytes[2 * index]);
    const auto second = static_cast<unsigned char>(bytes[2 * index + 1]);
    return order == ByteOrder::Little ? static_cast<char16_t>(first | (second << 8))
                                      : static_cast<char16_t>((first << 8) | second);
}

// Qt's UTF-16 decoder neither reports unpaired surrogates nor a dangling odd byte, so UTF-16 is
// checked and decoded here. Returns the text, or the byte offset of the first bad unit.
expected<QString, qsizetype> decodeUtf16(QByteArrayView bytes, ByteOrder order)
{
    const qsizetype units = bytes.size() / 2;
    QString text(units, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype i = 0; i < units; ++i) {
        const char16_t u = unitAt(bytes, i, order);
        if (QChar::isHighSurrogate(u)) {
            if (i + 1 >= units || !QChar::isLowSurrogate(unitAt(bytes, i + 1, order)))
                return unexpected(2 * i);
            out[i] = u;
            out[i + 1] = unitAt(bytes, i + 1, order);
            ++i;
        } else if (QChar::isLowSurrogate(u)) {
            return unexpected(2 * i);
        } else {
            out[i] = u;
        }
    }
    if (bytes.size() % 2 != 0)
        return unexpected(bytes.size() - 1);
    return text;
}

expected<QString, qsizetype> decodeUtf32(QByteArrayView bytes, ByteOrder order)
{
    QString text;
    text.reserve(bytes.size() / 4);
    const qsizetype count = bytes.size() / 4;
    for (qsizetype i = 0; i < count; ++i) {
        char32_t c = 0;
        for (qsizetype k = 0; k < 4; ++k) {
            const qsizetype index = order == ByteOrder::Little ? 4 * i + 3 - k : 4 * i + k;
            c = (c << 8) | static_cast<unsigned char>(bytes[index]);
        }
        if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            return unexpected(4 * i);
        if (QChar::requiresSurrogates(c)) {
            text.append(QChar(QChar::highSurrogate(c)));
            text.append(QChar(QChar::lowSurrogate(c)));
        } else {
            text.append(QChar(static_cast<char16_t>(c)));
        }
    }
    if (bytes.size() % 4 != 0)
        return unexpected(4 * count);
    return text;
}

// Characters one expects in English or Chinese text. Deliberately narrow: every range added here
// makes misreading GB18030 or Latin-1 bytes as UTF-16 more likely.
bool isPlausibleTextChar(char32_t c)
{
    if (c == u'\t' || c == u'\n' || c == u'\r' || c == 0x0C)
        return true;
    return (c >= 0x20 && c <= 0x7E)         // ASCII
        || (c >= 0xA0 && c <= 0x24F)        // Latin-1 and Latin Extended-A/B
        || (c >= 0x2010 && c <= 0x203B)     // dashes, quotes, ellipsis, ‰, ※
        || (c >= 0x3000 && c <= 0x303F)     // CJK symbols and punctuation
        || (c >= 0x4E00 && c <= 0x9FFF)     // CJK Unified Ideographs
        || (c >= 0xFF00 && c <= 0xFFEF)     // fullwidth forms
        || (c >= 0x1F300 && c <= 0x1FAFF)   // emoji
        || (c >= 0x20000 && c <= 0x3134F);  // CJK extensions B-G
}

// The share of plausible characters when the bytes are read as UTF-16 in the given order; 0 when
// they are not valid UTF-16.
double plausibleUtf16Share(QByteArrayView bytes, ByteOrder order)
{
    const qsizetype units = bytes.size() / 2;
    qsizetype characters = 0;
    qsizetype plausible = 0;
    for (qsizetype i = 0; i < units; ++i) {
        char32_t c = unitAt(bytes, i, order);
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 >= units || !QChar::isLowSurrogate(unitAt(bytes, i + 1, order)))
                return 0.0;
            c = QChar::surrogateToUcs4(static_cast<char16_t>(c), unitAt(bytes, i + 1, order));
            ++i;
        } else if (QChar::isLowSurrogate(c)) {
            return 0.0;
        }
        ++characters;
        if (isPlausibleTextChar(c))
            ++plausible;
    }
    return characters ? static_cast<double>(plausible) / static_cast<double>(characters) : 0.0;
}

std::optional<DecodedText> detectUtf16(QByteArrayView bytes, bool hasNul)
{
    if (bytes.isEmpty() || bytes.size() % 2 != 0)
        return std::nullopt;
    if (!hasNul) {
        if (bytes.size() / 2 < kUtf16NoNulMinUnits)
            return std::nullopt;
        qsizetype asciiBytes = 0;
        for (const char ch : bytes) {
            if ((ch >= 0x20 && ch <= 0x7E) || ch == '\n' || ch == '\r' || ch == '\t')
                ++asciiBytes;
        }
        if (static_cast<double>(asciiBytes) > kUtf16NoNulMaxAsciiBytes * static_cast<double>(bytes.size()))
            return std::nullopt;
    }
    const double little = plausibleUtf16Share(bytes, ByteOrder::Little);
    const double big = plausibleUtf16Share(bytes, ByteOrder::Big);

    ByteOrder order = little >= big ? ByteOrder::Little : ByteOrder::Big;
    if (hasNul) {
        // ASCII characters put their zero byte at odd offsets in little-endian data. Text with
        // few ASCII characters may have more zeros in the other column (一 is U+4E00), so the
        // zero distribution only decides when both byte orders read as plausible text ("Hi").
        if (std::abs(little - big) < 0.1) {
            qsizetype evenZeros = 0;
            qsizetype oddZeros = 0;
            for (qsizetype i = 0; i < bytes.size(); ++i) {
                if (bytes[i] == '\0')
                    ++(i % 2 == 0 ? evenZeros : oddZeros);
            }
            order = evenZeros > oddZeros ? ByteOrder::Big : ByteOrder::Little;
        }
    } else if (std::abs(little - big) < kUtf16NoNulMargin) {
        return std::nullopt;
    }
    if ((order == ByteOrder::Little ? little : big) < kUtf16MinPlausible)
        return std::nullopt;
    auto text = decodeUtf16(bytes, order);
    if (!text)
        return std::nullopt;
    return DecodedText{std::move(*text), canonicalName(order == ByteOrder::Little ? Encoding::Utf16Le : Encoding::Utf16Be), EncodingConfidence::Certain, {}};
}

// ---- GB18030, Big5, Windows-1252 ---------------------------------------------------------------

// The names glibc's iconv knows the legacy encodings by.
const char *iconvName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Gb18030:
        return "GB18030";
    case Encoding::Gbk:
        return "CP936";
    case Encoding::Big5:
        return "BIG5";
    case Encoding::Cp950:
        return "CP950";
    case Encoding::Big5Hkscs:
        return "BIG5-HKSCS";
    case Encoding::Windows1252:
        return "CP1252";
    default:
        return "";
    }
}

struct ConversionError
{
    // Where conversion stopped, or -1 when the converter is missing.
    qsizetype offset = -1;
};

// Strict conversion with the C library's iconv, which stops at the first byte sequence that is
// malformed, unassigned or cut off and tells where. (Boost.Locale's conversion was about a hundred
// times slower, tens of seconds for a file at the import limit.) Whatever iconv reads is accepted:
// no check of our own is stricter. With cutEnd, the bytes are the start of a longer file, so a
// character cut off at their end is no error.
expected<QString, ConversionError> convertWithIconv(QByteArrayView bytes, Encoding encoding, bool cutEnd = false)
{
    const iconv_t converter = iconv_open("UTF-8", iconvName(encoding));
    if (converter == reinterpret_cast<iconv_t>(static_cast<std::intptr_t>(-1)))
        return unexpected(ConversionError{});
    // Every character of these encodings takes at most 1.5 times its bytes in UTF-8 (Windows-1252
    // and single bytes of Big5: three times); the buffer grows if that is ever wrong.
    QByteArray utf8(bytes.size() * 3 / 2 + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.data());
    size_t inLeft = static_cast<size_t>(bytes.size());
    char *out = utf8.data();
    size_t outLeft = static_cast<size_t>(utf8.size());
    std::optional<qsizetype> badOffset;
    while (inLeft > 0) {
        if (iconv(converter, &in, &inLeft, &out, &outLeft) != static_cast<size_t>(-1))
            continue;
        if (errno == EINVAL && cutEnd)
            break;   // an incomplete character at the end of a sample
        if (errno != E2BIG) {
            badOffset = in - bytes.data();
            break;
        }
        const qsizetype written = out - utf8.data();
        utf8.resize(utf8.size() * 2);
        out = utf8.data() + written;
        outLeft = static_cast<size_t>(utf8.size() - written);
    }
    iconv_close(converter);
    if (badOffset)
        return unexpected(ConversionError{*badOffset});
    return stringFromUtf8(std::string_view(utf8.constData(), static_cast<size_t>(out - utf8.constData())));
}

enum class Family { Gb, Big5 };

struct LegacyCandidate
{
    Encoding encoding;
    Family family;
    QString sampleText;
    ChineseTextEvidence evidence;
};

// The encodings detection weighs, each family's first choice first. glibc's CP950 reads what its
// BIG5 reads (at the time of writing), so it is tried only when BIG5 fails; Big5-HKSCS reads the
// Hong Kong characters as well and maps some codes differently, so it is always weighed.
QList<LegacyCandidate> legacyCandidates(QByteArrayView sample, bool sampleIsCut)
{
    QList<LegacyCandidate> candidates;
    const auto tryEncoding = [&](Encoding encoding, Family family) {
        auto text = convertWithIconv(sample, encoding, sampleIsCut);
        if (!text)
            return false;
        candidates.append({encoding, family, std::move(*text), {}});
        candidates.last().evidence = chineseTextEvidence(candidates.last().sampleText);
        return true;
    };
    if (!tryEncoding(Encoding::Gb18030, Family::Gb))
        tryEncoding(Encoding::Gbk, Family::Gb);
    if (!tryEncoding(Encoding::Big5, Family::Big5))
        tryEncoding(Encoding::Cp950, Family::Big5);
    tryEncoding(Encoding::Big5Hkscs, Family::Big5);
    return candidates;
}

Result<DecodedText> detectLegacy(QByteArrayView bytes)
{
    const QString invalid = u"is not valid text in UTF-8, UTF-16, GB18030 or Big5"_s;
    // ASCII reads the same in every candidate, so the sample starts at the first byte above it,
    // which starts a character (all before it are single bytes): a long English preamble does
    // not hide the evidence.
    qsizetype firstHigh = 0;
    while (firstHigh < bytes.size() && static_cast<unsigned char>(bytes[firstHigh]) < 0x80)
        ++firstHigh;
    const QByteArrayView sample = bytes.sliced(firstHigh).first(std::min(bytes.size() - firstHigh, kLegacySampleBytes));
    const bool sampleIsRest = firstHigh + sample.size() == bytes.size();
    QList<LegacyCandidate> candidates = legacyCandidates(sample, firstHigh + sample.size() < bytes.size());
    // Cheapest first; equal costs keep the order above (the plain encoding before its extension).
    std::stable_sort(candidates.begin(), candidates.end(), [](const LegacyCandidate &a, const LegacyCandidate &b) {
        return a.evidence.cost < b.evidence.cost;
    });
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const LegacyCandidate &chosen = candidates.at(i);
        if (chosen.evidence.characters == 0 || chosen.evidence.meanCost() > kMaxMeanCost)
            continue;
        QString text;
        if (sampleIsRest) {
            // The ASCII before the sample reads as ASCII in every candidate.
            text = QString::fromLatin1(bytes.first(firstHigh)) + chosen.sampleText;
        } else if (auto whole = convertWithIconv(bytes, chosen.encoding)) {
            text = std::move(*whole);
        } else {
            continue;   // the rest of the file does not decode in this encoding
        }
        if (looksBinary(text))
            return failure(u"looks like a binary file, not text"_s);
        // The best decoding of the other family is the alternative; the margin is how much
        // likelier the chosen one is. One that lost before (it was cheaper but the rest of the
        // file did not decode) leaves the choice uncertain.
        const LegacyCandidate *rival = nullptr;
        for (const LegacyCandidate &other : candidates) {
            if (other.family != chosen.family) {
                rival = &other;
                break;
            }
        }
        DecodedText decoded{std::move(text), canonicalName(chosen.encoding), EncodingConfidence::Certain, {}};
        // Alone, it is certain when it reads like Chinese text; costly characters (a Big5 file with
        // characters glibc lacks, read as GB18030) make it only likely.
        if (!rival && chosen.evidence.meanCost() > kCertainAloneMaxMeanCost)
            decoded.confidence = EncodingConfidence::Likely;
        if (rival) {
            const double margin = rival->evidence.cost - chosen.evidence.cost;
            decoded.alternative = rival->family == Family::Gb ? canonicalName(Encoding::Gb18030)
                                                              : canonicalName(Encoding::Big5);
            decoded.confidence = margin >= kCertainMargin ? EncodingConfidence::Certain
                               : margin >= kLikelyMargin  ? EncodingConfidence::Likely
                                                          : EncodingConfidence::Uncertain;
            if (decoded.confidence == EncodingConfidence::Certain)
                decoded.alternative.clear();
        }
        return decoded;
    }
    return failure(invalid);
}

// A hanzi or two in GB18030 or Big5 can be valid UTF-8 as well: 师 in GB18030 (CA A6) is ʦ, 么
// (C3 B4) is ô. UTF-8 stays the choice, as a file of European text with a few accented letters is
// more common, but when the only non-ASCII characters are a few two-byte ones and the bytes also
// read as Chinese, the choice is not called certain.
void flagAmbiguousUtf8(QByteArrayView bytes, DecodedText &decoded)
{
    qsizetype twoByte = 0;
    for (const QChar c : std::as_const(decoded.text)) {
        if (c.unicode() >= 0x800)
            return;   // three-byte sequences: CJK in UTF-8, or symbols; GB18030 and Big5 rarely give them
        if (c.unicode() >= 0x80 && ++twoByte > kAmbiguousUtf8MaxCharacters)
            return;
    }
    if (twoByte == 0)
        return;
    Result<DecodedText> legacy = detectLegacy(bytes);
    if (!legacy)
        return;
    decoded.confidence = twoByte <= kAmbiguousUtf8MaxCharacters / 2 ? EncodingConfidence::Uncertain : EncodingConfidence::Likely;
    // By the family name, which the import dialog offers (a file named GB18030 falls back to GBK).
    decoded.alternative = legacy->encoding == canonicalName(Encoding::Gbk) ? canonicalName(Encoding::Gb18030) : legacy->encoding;
}

// ---- explicit encodings ------------------------------------------------------------------------

// offsetBase: where the bytes start in the file, for error messages.
Result<DecodedText> decodeExplicit(QByteArrayView bytes, Encoding encoding, qsizetype offsetBase = 0)
{
    const auto fail = [encoding, offsetBase](qsizetype offset) {
        return failure(badByteMessage(encoding, offset < 0 ? offset : offset + offsetBase));
    };
    const auto done = [encoding](QString text) {
        return DecodedText{stripLeadingBom(std::move(text)), canonicalName(encoding), EncodingConfidence::Given, {}};
    };
    switch (encoding) {
    case Encoding::Utf8: {
        std::optional<QString> text = decodeUtf8(bytes);
        if (!text)
            return fail(firstInvalidUtf8(bytes));
        return done(std::move(*text));
    }
    case Encoding::Utf16Le:
    case Encoding::Utf16Be: {
        auto text = decodeUtf16(bytes, encoding == Encoding::Utf16Le ? ByteOrder::Little : ByteOrder::Big);
        if (!text)
            return fail(text.error());
        return done(std::move(*text));
    }
    case Encoding::Utf16Any: {
        // The byte order from the BOM, else from the content, else little-endian (Windows).
        if (bytes.startsWith("\xFE\xFF"))
            return decodeExplicit(bytes, Encoding::Utf16Be, offsetBase);
        if (!bytes.startsWith("\xFF\xFE")) {
            if (std::optional<DecodedText> detected = detectUtf16(bytes, bytes.contains('\0'))) {
                detected->confidence = EncodingConfidence::Given;
                return *detected;
            }
        }
        return decodeExplicit(bytes, Encoding::Utf16Le, offsetBase);
    }
    case Encoding::Utf32Le:
    case Encoding::Utf32Be: {
        auto text = decodeUtf32(bytes, encoding == Encoding::Utf32Le ? ByteOrder::Little : ByteOrder::Big);
        if (!text)
            return fail(text.error());
        return done(std::move(*text));
    }
    case Encoding::Gb18030:
    case Encoding::Gbk:
    case Encoding::Big5:
    case Encoding::Cp950:
    case Encoding::Big5Hkscs:
    case Encoding::Windows1252: {
        auto text = convertWithIconv(bytes, encoding);
        // GB18030 lacks one byte of GBK (0x80, the euro sign), so a file named GB18030 or GBK
        // that has it is read as GBK.
        if (!text && text.error().offset >= 0 && encoding == Encoding::Gb18030) {
            if (auto gbk = convertWithIconv(bytes, Encoding::Gbk))
                return DecodedText{stripLeadingBom(std::move(*gbk)), canonicalName(Encoding::Gbk), EncodingConfidence::Given, {}};
        }
        if (!text && text.error().offset < 0)
            return failure(u"cannot decode %1: the converter is not available on this system"_s.arg(canonicalName(encoding)));
        if (!text)
            return fail(text.error().offset);
        return done(std::move(*text));
    }
    }
    return failure(u"unknown encoding"_s);
}

Result<DecodedText> decodeWithBom(QByteArrayView bytes, Encoding encoding, qsizetype bomLength)
{
    Result<DecodedText> decoded = decodeExplicit(bytes.sliced(bomLength), encoding, bomLength);
    if (!decoded)
        return failure(u"starts with a %1 byte-order mark but "_s.arg(canonicalName(encoding)) + decoded.error());
    decoded->confidence = EncodingConfidence::Certain;
    return decoded;
}

Result<DecodedText> detect(QByteArrayView bytes, const std::atomic_bool *cancel)
{
    // UTF-32LE's BOM begins like UTF-16LE's, so it is checked first.
    if (bytes.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)))
        return decodeWithBom(bytes, Encoding::Utf32Le, 4);
    if (bytes.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)))
        return decodeWithBom(bytes, Encoding::Utf32Be, 4);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeWithBom(bytes, Encoding::Utf8, 3);
    if (bytes.startsWith("\xFF\xFE"))
        return decodeWithBom(bytes, Encoding::Utf16Le, 2);
    if (bytes.startsWith("\xFE\xFF"))
        return decodeWithBom(bytes, Encoding::Utf16Be, 2);
    if (bytes.startsWith("\x84\x31\x95\x33"))
        return decodeWithBom(bytes, Encoding::Gb18030, 4);

    const QString binary = u"looks like a binary file, not text"_s;
    // Text in any encoding we read has no NUL byte, except UTF-16.
    if (bytes.contains('\0')) {
        std::optional<DecodedText> utf16 = detectUtf16(bytes, true);
        if (!utf16 || looksBinary(utf16->text))
            return failure(binary);
        return *utf16;
    }
    // The scan stops at the first byte that is not UTF-8, where decoding would go on to the end.
    const bool validUtf8 = firstInvalidUtf8(bytes) < 0;
    if (cancel && cancel->load(std::memory_order_relaxed))
        return failure(u"cancelled"_s);
    if (std::optional<QString> text = validUtf8 ? decodeValidUtf8(bytes, cancel) : std::nullopt) {
        if (looksBinary(*text))
            return failure(binary);
        DecodedText decoded{std::move(*text), canonicalName(Encoding::Utf8), EncodingConfidence::Certain, {}};
        flagAmbiguousUtf8(bytes, decoded);
        return decoded;
    }
    // UTF-16 of CJK-only text has no NUL byte. Its check is strict enough that GB18030 and Big5,
    // whose byte pairs read as Hangul, surrogates or private-use characters, never pass. Without
    // a NUL byte or BOM it is a judgement, though: likely, not certain.
    if (validUtf8 && cancel && cancel->load(std::memory_order_relaxed))
        return failure(u"cancelled"_s);   // decodeValidUtf8 stopped at the cancel flag
    if (std::optional<DecodedText> utf16 = detectUtf16(bytes, false)) {
        if (!looksBinary(utf16->text)) {
            utf16->confidence = EncodingConfidence::Likely;
            return *utf16;
        }
    }
    // Only now: the low bytes of UTF-16 CJK characters are often control bytes.
    if (rawBytesLookBinary(bytes))
        return failure(binary);
    return detectLegacy(bytes);
}

} // namespace

QString encodingConfidenceName(EncodingConfidence confidence)
{
    switch (confidence) {
    case EncodingConfidence::Certain:
        return u"certain"_s;
    case EncodingConfidence::Likely:
        return u"likely"_s;
    case EncodingConfidence::Uncertain:
        return u"uncertain"_s;
    case EncodingConfidence::Given:
        return u"given"_s;
    }
    return {};
}

QString describeEncoding(const QString &encoding, EncodingConfidence confidence, const QString &alternative)
{
    if (confidence == EncodingConfidence::Given)
        return u"%1, as given"_s.arg(encoding);
    if (alternative.isEmpty())
        return u"%1, %2"_s.arg(encoding, encodingConfidenceName(confidence));
    return u"%1 (%2; %3 also possible)"_s.arg(encoding, encodingConfidenceName(confidence), alternative);
}

Result<DecodedText> decodeText(const QByteArray &bytes, const QString &encoding, const std::atomic_bool *cancel)
{
    if (!encoding.trimmed().isEmpty()) {
        const std::optional<Encoding> chosen = encodingForName(encoding);
        if (!chosen)
            return failure(u"unknown encoding '%1'"_s.arg(encoding.trimmed()));
        return decodeExplicit(bytes, *chosen);
    }
    if (bytes.isEmpty())
        return DecodedText{QString(), canonicalName(Encoding::Utf8), EncodingConfidence::Certain, {}};
    return detect(bytes, cancel);
}

} // namespace marginalia
