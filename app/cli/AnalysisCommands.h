#pragma once

#include "CliSupport.h"

namespace marginalia::cli {

// Cross-site comparison, agreement and report commands (matrix, cooccurrence, words, agreement, report).
void addAnalysisCommands(CommandTable &table);

} // namespace marginalia::cli
