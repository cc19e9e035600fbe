#include "AnalysisCommands.h"

namespace marginalia::cli {

void addAnalysisCommands(CommandTable &table)
{
    (void)table;
}

} // namespace marginalia::cli
