#include "CommandSets.h"
#include "Program.h"

#include "report/ReportApplication.h"

#include <cstring>

// marginalia-cli-full: every command; marginalia-cli hands it those of kFullProgramCommands (CommandSets.h).
int main(int argc, char *argv[])
{
    using namespace marginalia::cli;
    prepareOutput(argc, argv);
    // Reports in ODT and PDF lay text out with fonts: only that command gets a (offscreen) QGuiApplication.
    const bool gui = argc > 1 && std::strcmp(argv[1], "report") == 0;
    const auto app = marginalia::createApplication(argc, argv, gui);
    return runCommand(addFullProgramCommands);
}
