#pragma once

#include <QCoreApplication>

#include <memory>

namespace marginalia {

// The application object of a command-line program. With gui, a QGuiApplication (ODT and PDF reports lay out
// text with fonts, which needs one), on the offscreen platform unless QT_QPA_PLATFORM says otherwise, so no
// display is needed; else a QCoreApplication.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv, bool gui);

} // namespace marginalia
