#include "CommandSets.h"

#include <algorithm>

namespace marginalia::cli {

bool needsFullProgram(std::string_view command)
{
    return std::ranges::find(kFullProgramCommands, command) != kFullProgramCommands.end();
}

} // namespace marginalia::cli
