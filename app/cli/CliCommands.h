#pragma once

#include <QStringList>

namespace marginalia::cli {

// Runs one marginalia-cli command line (arguments[0] is the program) and returns the exit code.
int run(const QStringList &arguments);

} // namespace marginalia::cli
