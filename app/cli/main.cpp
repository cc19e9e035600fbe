#include "CliCommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("marginalia-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Marginalia"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARGINALIA_VERSION));
    return marginalia::cli::run(QCoreApplication::arguments());
}
