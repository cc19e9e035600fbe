#pragma once

#include "CliSupport.h"

namespace marginalia::cli {

// adjudicate: two coders' disagreements settled into a consensus coder (core/analysis/Adjudication).
void addAdjudicationCommands(CommandTable &table);

} // namespace marginalia::cli
