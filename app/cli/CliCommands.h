#pragma once

#include "CliSupport.h"

#include <QStringList>

namespace marginalia::cli {

// Runs one marginalia-cli command line (arguments[0] is the program) and returns the exit code. The table holds
// every command but those of kFullProgramCommands; addMoreCommands (marginalia-cli-full's addFullProgramCommands,
// CommandSets.h) adds those.
int run(const QStringList &arguments, void (*addMoreCommands)(CommandTable &) = nullptr);

} // namespace marginalia::cli
