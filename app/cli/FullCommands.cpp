#include "CommandSets.h"

#include "ImportCommands.h"
#include "ReportCommands.h"
#include "TeamCommands.h"

namespace marginalia::cli {

void addFullProgramCommands(CommandTable &table)
{
    addImportCommands(table);
    addReportCommands(table);
    addTeamCommands(table);
}

} // namespace marginalia::cli
