#include "CommandSets.h"

#include "AdjudicationCommands.h"
#include "AgreementCommands.h"
#include "AutocodeCommands.h"
#include "ImportCommands.h"
#include "InterchangeCommands.h"
#include "ReportCommands.h"
#include "TeamCommands.h"
#include "WordCommands.h"

namespace marginalia::cli {

void addFullProgramCommands(CommandTable &table)
{
    addImportCommands(table);
    addReportCommands(table);
    addTeamCommands(table);
    addAutocodeCommands(table);
    addWordCommands(table);
    addAgreementCommands(table);
    addAdjudicationCommands(table);
    addInterchangeCommands(table);
}

} // namespace marginalia::cli
