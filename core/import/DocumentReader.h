#pragma once

#include "common/Result.h"
#include "import/TextDecoder.h"

#include <QString>

namespace marginalia {

struct ReadOptions
{
    // Files larger than this are refused before they are read.
    qint64 maxBytes = 50LL * 1024 * 1024;
    // A text encoding to use instead of detection ("UTF-8", "UTF-16LE", "GB18030", "Big5", ...).
    QString encoding;
};

struct ReadDocument
{
    // Normalised for storage (normalizeForStorage): NFC, "\n" line endings, one line per paragraph.
    QString text;
    // "txt", "md", "html", "docx", "odt" or "pdf".
    QString format;
    // The encoding the bytes were decoded from, for formats where that was chosen ("UTF-8", "GB18030", ...).
    QString encoding;
    // How sure detection was of it, and the other encoding that was possible (see DecodedText).
    EncodingConfidence encodingConfidence = EncodingConfidence::Certain;
    QString encodingAlternative;
};

// Reads any supported file, choosing the reader by extension (.txt/.text, .md/.markdown,
// .html/.htm, .docx, .odt, .pdf). Every failure names the file and the reason.
Result<ReadDocument> readDocumentFile(const QString &path, const ReadOptions &options = {});

} // namespace marginalia
