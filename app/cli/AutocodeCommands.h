#pragma once

#include "CliSupport.h"

namespace marginalia::cli {

// autocode: every hit of a search coded, as the match, its sentence or its paragraph. Sentences are segmented
// (Boost.Locale), so only marginalia-cli-full has it (CommandSets.h).
void addAutocodeCommands(CommandTable &table);

} // namespace marginalia::cli
