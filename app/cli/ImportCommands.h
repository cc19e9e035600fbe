#pragma once

#include "CliSupport.h"

namespace marginalia::cli {

// `import` and `demo` (which imports the bundled texts): they reach every document reader, PDF (Poppler) included,
// so only marginalia-cli-full has them (CommandSets.h).
void addImportCommands(CommandTable &table);

} // namespace marginalia::cli
