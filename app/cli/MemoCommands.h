#pragma once

#include "CliSupport.h"

namespace marginalia::cli {

// memos: every memo with what it belongs to, as text, JSON, CSV, Markdown or HTML.
void addMemoCommands(CommandTable &table);

} // namespace marginalia::cli
