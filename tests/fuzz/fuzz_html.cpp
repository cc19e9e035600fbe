// HTML and Markdown to text: tag soup, entities, unterminated constructs.
#include "import/FormatReaders.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)marginalia::htmlToPlainText(input);
    (void)marginalia::markdownToPlainText(input);
    return 0;
}
