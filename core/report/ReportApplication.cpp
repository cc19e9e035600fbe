#include "report/ReportApplication.h"

#include <QGuiApplication>

namespace marginalia {

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv, bool gui)
{
    if (!gui)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace marginalia
