#pragma once

#include "CliSupport.h"

namespace marginalia::cli {

// REFI-QDA and merging commands (export-qdpx, import-qdpx, export-qdc, import-qdc, merge).
void addInterchangeCommands(CommandTable &table);

} // namespace marginalia::cli
