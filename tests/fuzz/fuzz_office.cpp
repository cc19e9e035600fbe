// .docx and .odt: hostile zips and XML (bombs, entities, deep nesting, huge nodes).
#include "FuzzSupport.h"
#include "import/FormatReaders.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTemporaryDir folder;
    // Small fences (see ReadOptions), so that every limit is reached within the fuzzer's budget.
    marginalia::OfficeLimits limits;
    limits.maxUncompressed = 8 * 1024 * 1024;
    limits.maxTextCharacters = 1000000;
    limits.maxXmlNodeBytes = 256 * 1024;
    limits.maxXmlDepth = 100;
    limits.maxXmlElements = 100000;
    const QString docx = writeFuzzInput(folder, "input.docx", data, size);
    (void)marginalia::readDocx(docx, limits);
    const QString odt = writeFuzzInput(folder, "input.odt", data, size);
    (void)marginalia::readOdt(odt, limits);
    return 0;
}
