// PDF text extraction through Poppler-Qt6.
#include "FuzzSupport.h"
#include "import/FormatReaders.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTemporaryDir folder;
    // A small text ceiling: pages that repeat one content stream must be refused quickly.
    (void)marginalia::readPdf(writeFuzzInput(folder, "input.pdf", data, size), 1000000);
    return 0;
}
