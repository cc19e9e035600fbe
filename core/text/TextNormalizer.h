#pragma once

#include <QString>

namespace marginalia {

// What every imported text goes through before it is stored: a leading byte-order mark is
// dropped, line endings become "\n", other invisible control characters (except tab) are
// removed, and the text is put into Unicode Normalization Form C.
QString normalizeForStorage(const QString &text);

} // namespace marginalia
