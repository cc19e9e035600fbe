#pragma once

#include "CliSupport.h"

#include <array>
#include <string_view>

namespace marginalia::cli {

// marginalia-cli is two programs built from these sources (issue 12). The commands below need Qt Gui (a report's
// layout), Poppler (a PDF's text: import, and demo, which imports) or libpq (team): loading and relocating those
// libraries and theirs cost more than a whole search for a rare word. Only marginalia-cli-full links them and has
// these commands; marginalia-cli has every other one and hands these over to marginalia-cli-full (FullProgram.h)
// before it starts Qt. `help` lists them all in both.
inline constexpr std::array<std::string_view, 4> kFullProgramCommands{"import", "demo", "report", "team"};

// Whether the command (marginalia-cli's first argument) is run by marginalia-cli-full.
bool needsFullProgram(std::string_view command);

// Adds the commands of kFullProgramCommands to the table. Defined only in marginalia-cli-full (FullCommands.cpp).
void addFullProgramCommands(CommandTable &table);

} // namespace marginalia::cli
