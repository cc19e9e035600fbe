#pragma once

#include "CliSupport.h"

#include <QStringList>

namespace marginalia::cli {

// Runs one marginalia-cli command line (arguments[0] is the program) and returns the exit code. The table holds
// every command that needs neither Qt Gui, Poppler nor libpq; addMoreCommands (marginalia-cli-full's
// addFullProgramCommands, CommandSets.h) adds the others.
int run(const QStringList &arguments, void (*addMoreCommands)(CommandTable &) = nullptr);

} // namespace marginalia::cli
