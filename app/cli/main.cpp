#include "CommandSets.h"
#include "FullProgram.h"
#include "Program.h"

#include <QCoreApplication>

// marginalia-cli: every command but those of kFullProgramCommands (CommandSets.h), and none of the libraries they need.
int main(int argc, char *argv[])
{
    using namespace marginalia::cli;
    // Before anything else, so that nothing is written or started here first: the process becomes
    // marginalia-cli-full.
    if (argc > 1 && needsFullProgram(argv[1]))
        return handOverToFullProgram(argc, argv);
    prepareOutput(argc, argv);
    QCoreApplication app(argc, argv);
    return runCommand(nullptr);
}
