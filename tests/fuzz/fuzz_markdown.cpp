// Markdown to text: nested brackets and links, emphasis runs, unclosed code spans, comments and
// tags. The reader must stay linear and never recurse on the input's nesting; its output never
// holds more characters than the input, since every construct drops or keeps characters.
#include "import/FormatReaders.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString text = marginalia::markdownToPlainText(input);
    // Entities are the one exception: "&#x10FFFF;" (10 units) decodes to a surrogate pair.
    if (text.size() > input.size() + 8)
        __builtin_trap();
    return 0;
}
