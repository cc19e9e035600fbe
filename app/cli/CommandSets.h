#pragma once

#include "CliSupport.h"

#include <array>
#include <string_view>

namespace marginalia::cli {

// marginalia-cli is two programs built from these sources (issue 12). The commands below need a library that costs
// more to load and relocate than a whole search for a rare word: Qt Gui (a report's layout), Poppler (a PDF's text:
// import, and demo, which imports), libpq (team), Boost.Locale (segmenting sentences and words, folding case:
// autocode, words, stopwords, dictionary, agreement and adjudicate, which computes agreement), QuaZip (REFI-QDA
// .qdpx and .qdc, and merge, which reads a .qdpx) or OpenSSL's SHA-256 (adding documents: import, demo, import-qdpx,
// import-qdc, merge). Only marginalia-cli-full links them and has these commands; marginalia-cli has every other
// one and hands these over to marginalia-cli-full (FullProgram.h) before it starts Qt. `help` lists them all in both.
inline constexpr auto kFullProgramCommands = std::to_array<std::string_view>(
    {"import", "demo", "report", "team", "autocode", "words", "stopwords", "dictionary", "agreement", "adjudicate",
     "export-qdpx", "import-qdpx", "export-qdc", "import-qdc", "merge"});

// Whether the command (marginalia-cli's first argument) is run by marginalia-cli-full.
bool needsFullProgram(std::string_view command);

// Adds the commands of kFullProgramCommands to the table. Defined only in marginalia-cli-full (FullCommands.cpp).
void addFullProgramCommands(CommandTable &table);

} // namespace marginalia::cli
