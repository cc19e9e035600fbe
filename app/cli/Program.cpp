#include "Program.h"

#include "CliArgs.h"
#include "CliCommands.h"
#include "CliOutput.h"
#include "CoderChoice.h"

#include <QCoreApplication>

namespace marginalia::cli {

void prepareOutput(int argc, char **argv)
{
    QStringList rest;
    for (int i = 2; i < argc; ++i)
        rest.append(QString::fromLocal8Bit(argv[i]));
    setJsonErrors(asksForJson(rest));
    routeQtMessages();
}

int runCommand(void (*addMoreCommands)(CommandTable &))
{
    QCoreApplication::setApplicationName(QStringLiteral("marginalia-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Marginalia"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARGINALIA_VERSION));
    const int status = run(QCoreApplication::arguments(), addMoreCommands);
    printCoderChoice();
    return status;
}

} // namespace marginalia::cli
