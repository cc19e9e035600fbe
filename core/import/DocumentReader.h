#pragma once

#include "common/Result.h"
#include "import/TextDecoder.h"

#include <QString>

#include <atomic>

namespace marginalia {

// The deepest XML nesting a reader accepts whatever ReadOptions::maxXmlDepth says: the office
// readers recurse once per level, and this keeps them far inside the stack.
inline constexpr int kXmlDepthCeiling = 1000;

// Ceilings for what a file inflates to, whatever its size on disk or its headers claim. The
// defaults lie far beyond real documents (a 1,000-page book is about 3 million characters, its
// .docx XML about 20 MB in some 500,000 elements); passing one refuses the file with a sentence
// naming the file and the limit, and nothing of it is stored.
struct ReadOptions
{
    // Files larger than this are refused before they are read.
    qint64 maxBytes = 50LL * 1024 * 1024;
    // The text a file produces, in characters (UTF-16 code units), counted as it is produced:
    // a .docx of a few hundred KB can inflate to hundreds of millions.
    qint64 maxTextCharacters = 50'000'000;
    // XML parts (.docx, .odt): the most inflated bytes between two markup characters ('<', '>'),
    // i.e. the largest single text node, tag or attribute value.
    qint64 maxXmlNodeBytes = 16LL * 1024 * 1024;
    // XML parts: elements open at once (the readers recurse per level; at most kXmlDepthCeiling). HTML: elements
    // open at once among those whose end tag is required (htmlToPlainText).
    int maxXmlDepth = 400;
    // XML parts: elements in all parts of one file together. HTML: start tags.
    qint64 maxXmlElements = 10'000'000;
    // A text encoding to use instead of detection ("UTF-8", "UTF-16LE", "GB18030", "Big5", ...).
    QString encoding;
    // When set, every reader polls it at bounded intervals of work (a chunk of bytes, an XML buffer, an HTML or
    // Markdown stretch, a PDF page; before and after normalisation) and, once it is true, stops and fails with
    // "Import of FILE cancelled." (readCancelledMessage). Owned by the caller; may be set from any thread.
    const std::atomic_bool *cancel = nullptr;
};

// True when the caller asked the read to stop.
inline bool readCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}
inline bool readCancelled(const ReadOptions &options) { return readCancelled(options.cancel); }
// "Import of NAME cancelled."
QString readCancelledMessage(const QString &fileName);

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
