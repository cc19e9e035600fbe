#include "CliCommands.h"

#include "report/ReportApplication.h"

#include <QCoreApplication>

#include <cstring>

int main(int argc, char *argv[])
{
    // Reports in ODT and PDF lay text out with fonts: only that command gets a (offscreen) QGuiApplication.
    const bool gui = argc > 1 && std::strcmp(argv[1], "report") == 0;
    const auto app = marginalia::createApplication(argc, argv, gui);
    QCoreApplication::setApplicationName(QStringLiteral("marginalia-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Marginalia"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARGINALIA_VERSION));
    return marginalia::cli::run(QCoreApplication::arguments());
}
