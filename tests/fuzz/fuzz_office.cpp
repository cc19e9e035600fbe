// .docx and .odt: hostile zips and XML (bombs, entities, deep nesting).
#include "FuzzSupport.h"
#include "import/FormatReaders.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTemporaryDir folder;
    const QString docx = writeFuzzInput(folder, "input.docx", data, size);
    (void)marginalia::readDocx(docx, 8 * 1024 * 1024);
    const QString odt = writeFuzzInput(folder, "input.odt", data, size);
    (void)marginalia::readOdt(odt, 8 * 1024 * 1024);
    return 0;
}
