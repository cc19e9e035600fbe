#pragma once

#include "CliSupport.h"

namespace marginalia::cli {

// agreement: every statistic with its bootstrap interval. Sentence units are segmented (Boost.Locale), so only
// marginalia-cli-full has it (CommandSets.h); agreement-sample is in AnalysisCommands.
void addAgreementCommands(CommandTable &table);

} // namespace marginalia::cli
