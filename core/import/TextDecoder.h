#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <atomic>

namespace marginalia {

// How sure the decoder is of the encoding it used.
enum class EncodingConfidence {
    Certain,    // a byte-order mark, valid UTF-8, or the only legacy encoding the bytes decode in
    Likely,     // the character statistics favour it clearly, but another encoding decodes the bytes too
    Uncertain,  // the statistics barely decide (short or unusual text): worth a look by a person
    Given,      // the caller named the encoding
};

struct DecodedText
{
    QString text;
    // Canonical name of the encoding used: "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "GBK", "Big5",
    // "Big5-HKSCS"; also "UTF-32LE"/"UTF-32BE" (BOM or explicit), "CP950" and "Windows-1252" (explicit only).
    QString encoding;
    EncodingConfidence confidence = EncodingConfidence::Certain;
    // When not certain: the other encoding that decodes the bytes as well, found less likely.
    QString alternative;
};

// "certain", "likely", "uncertain" or "given" (for --json and logs).
QString encodingConfidenceName(EncodingConfidence confidence);
// For people (English, CLI): "GB18030, certain", "Big5 (likely; GB18030 also possible)",
// "Big5 (uncertain; GB18030 also possible)", "UTF-8, as given".
QString describeEncoding(const QString &encoding, EncodingConfidence confidence, const QString &alternative);

// Decodes the bytes of a plain-text file. With an empty encoding it detects: a byte-order mark,
// strict UTF-8, UTF-16 without BOM, then GB18030 against Big5, decided by the character statistics
// of the two decodings (ChineseEncodingEvidence), never by a rule for ties. Everything glibc's iconv
// reads as GB18030 (or GBK), Big5 (or Big5-HKSCS) is accepted. Binary data and bytes that do not
// decode are refused with a reason (without the file name; the caller adds it, and the reason
// reads on from it: "looks like a binary file, not text"). A BOM is not part of the returned text.
// A named encoding is decoded strictly; names are case-insensitive and take common aliases
// ("utf8", "utf-16le", "gbk" and "gb2312" for GB18030, "big5-hkscs", "cp950", "latin1" for
// Windows-1252). GB18030 falls back to GBK for the one byte only GBK has (0x80, the euro sign).
// With cancel set, detected UTF-8 (the common case) is decoded in pieces with a look at it before each; the other
// encodings are decoded in one call. Once it is seen set the result is a failure "cancelled".
Result<DecodedText> decodeText(const QByteArray &bytes, const QString &encoding = {},
                               const std::atomic_bool *cancel = nullptr);

} // namespace marginalia
