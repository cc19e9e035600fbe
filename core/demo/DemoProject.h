#pragma once

#include "common/Result.h"

#include <QString>

namespace marginalia {

struct DemoSummary
{
    qint64 documents = 0;
    qint64 codes = 0;
    qint64 codings = 0;
};

// Builds the bundled demo project (fictional transcripts and observations from four sites, a
// starter codebook, codings by two coders) at path, which must not exist yet. The documents go
// through the normal importer, so their encodings (GB18030, UTF-16) are decoded as a user's
// would be; codings are placed by quoting the passage, not by offset.
Result<DemoSummary> buildDemoProject(const QString &path);

} // namespace marginalia
