#include "CliArgs.h"
#include "CliCommands.h"
#include "CliOutput.h"
#include "CoderChoice.h"

#include "report/ReportApplication.h"

#include <QCoreApplication>

#include <cstring>

int main(int argc, char *argv[])
{
    // Qt may warn while the application object is made: in JSON from the start when --json is given.
    QStringList rest;
    for (int i = 2; i < argc; ++i)
        rest.append(QString::fromLocal8Bit(argv[i]));
    marginalia::cli::setJsonErrors(marginalia::cli::asksForJson(rest));
    marginalia::cli::routeQtMessages();
    // Reports in ODT and PDF lay text out with fonts: only that command gets a (offscreen) QGuiApplication.
    const bool gui = argc > 1 && std::strcmp(argv[1], "report") == 0;
    const auto app = marginalia::createApplication(argc, argv, gui);
    QCoreApplication::setApplicationName(QStringLiteral("marginalia-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Marginalia"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARGINALIA_VERSION));
    const int status = marginalia::cli::run(QCoreApplication::arguments());
    marginalia::cli::printCoderChoice();
    return status;
}
