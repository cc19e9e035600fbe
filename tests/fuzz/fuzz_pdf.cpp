// PDF text extraction through Poppler-Qt6.
#include "FuzzSupport.h"
#include "import/FormatReaders.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTemporaryDir folder;
    (void)marginalia::readPdf(writeFuzzInput(folder, "input.pdf", data, size));
    return 0;
}
