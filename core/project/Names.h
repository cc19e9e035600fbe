#pragma once

#include "common/Result.h"

#include <QString>

namespace marginalia {

// Names of codes, documents, attributes, coders and sets are shown on one line everywhere (lists,
// CLI output, report headings): a line break or another control character in one could fake a
// line of output or hide part of the name. What a person types is refused with a sentence; a name
// that comes from a file name, where the user cannot easily change it, is cleaned instead.

// The name trimmed, or a sentence saying why it cannot be one: empty, or it contains a line break,
// a tab or another control character (which one and where). kind is "code", "attribute", ...
Result<QString> checkedName(const QString &kind, const QString &name);

// The name with every control character (line breaks and tabs included) replaced by a space, and
// trimmed.
QString singleLineName(const QString &name);

} // namespace marginalia
