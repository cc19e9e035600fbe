#pragma once

namespace marginalia::cli {

// marginalia-cli runs the commands of kFullProgramCommands (CommandSets.h) by replacing itself with
// marginalia-cli-full (execv): the same process, arguments, environment, standard input, output and error, so the
// exit code is that program's. It is looked for where the installation puts it, MARGINALIA_FULL_PROGRAM_FROM_BIN
// from this program's folder (../libexec/marginalia), then beside this program (the build folder). Returns only
// when it cannot be started, after saying why: the exit code then.
int handOverToFullProgram(int argc, char **argv);

} // namespace marginalia::cli
