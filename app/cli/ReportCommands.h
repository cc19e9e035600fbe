#pragma once

#include "CliSupport.h"

namespace marginalia::cli {

// `report`: writing ODT, DOCX and PDF lays text out with Qt Gui, so only marginalia-cli-full has it (CommandSets.h).
void addReportCommands(CommandTable &table);

} // namespace marginalia::cli
