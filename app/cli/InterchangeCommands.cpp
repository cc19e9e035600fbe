#include "InterchangeCommands.h"

namespace marginalia::cli {

void addInterchangeCommands(CommandTable &table)
{
    (void)table;
}

} // namespace marginalia::cli
