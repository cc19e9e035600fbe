#pragma once

#include "CliSupport.h"

namespace marginalia::cli {

// Word counts and their lists (words, stopwords, dictionary): they segment text and fold case (Boost.Locale), so
// only marginalia-cli-full has them (CommandSets.h).
void addWordCommands(CommandTable &table);

} // namespace marginalia::cli
