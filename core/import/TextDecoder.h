#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace marginalia {

struct DecodedText
{
    QString text;
    // Canonical name of the encoding used: "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030" or "Big5";
    // also "UTF-32LE"/"UTF-32BE" (BOM or explicit) and "Windows-1252" (explicit only).
    QString encoding;
};

// Decodes the bytes of a plain-text file. With an empty encoding it detects: a byte-order mark,
// strict UTF-8, UTF-16 without BOM, then GB18030 against Big5. Binary data and bytes that do not
// decode are refused with a reason (without the file name; the caller adds it, and the reason
// reads on from it: "looks like a binary file, not text"). A BOM is not part of the returned text.
// A named encoding is decoded strictly; names are case-insensitive and take common aliases
// ("utf8", "utf-16le", "gbk" and "gb2312" for GB18030, "cp950", "latin1" for Windows-1252).
Result<DecodedText> decodeText(const QByteArray &bytes, const QString &encoding = {});

} // namespace marginalia
