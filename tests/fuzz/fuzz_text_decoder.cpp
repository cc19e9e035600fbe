// Text decoding: detection, every explicit encoding, and the normaliser behind it.
#include "import/TextDecoder.h"
#include "text/Paragraphs.h"
#include "text/TextIndex.h"
#include "text/TextNormalizer.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    for (const char *encoding : {"", "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5", "Big5-HKSCS"}) {
        auto decoded = marginalia::decodeText(bytes, QString::fromLatin1(encoding));
        if (decoded) {
            const QString text = marginalia::normalizeForStorage(decoded->text);
            const marginalia::TextIndex index(text);
            for (const marginalia::Paragraph &paragraph : marginalia::splitParagraphs(text)) {
                if (paragraph.start > paragraph.end || paragraph.end > index.codePointLength())
                    __builtin_trap();
            }
        }
    }
    return 0;
}
