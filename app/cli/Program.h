#pragma once

#include "CliSupport.h"

namespace marginalia::cli {

// What marginalia-cli and marginalia-cli-full do around a command.

// Before the application object is made (Qt may warn while it is): errors and Qt's messages in JSON from the start
// when the command line asks for --json.
void prepareOutput(int argc, char **argv);

// Once it is made: the application's names (they name the settings and the cache folder, the same for both
// programs), then the command (CliCommands.h's run) and the coder it used. Returns the exit code.
int runCommand(void (*addMoreCommands)(CommandTable &));

} // namespace marginalia::cli
