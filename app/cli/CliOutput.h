#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace marginalia::cli {

// Exit codes of marginalia-cli, stable for scripts.
enum ExitCode {
    Success = 0,
    Failed = 1,        // the command could not be carried out; nothing was changed
    Usage = 2,         // the command line is wrong
    PartlyDone = 3,    // import: some files were refused, the others imported
};

void printJson(const QJsonValue &value);
void printLine(const QString &line);
void printError(const QString &message);

} // namespace marginalia::cli
