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

// Errors and warnings go to stderr: as "marginalia-cli: message" lines, or, once JSON output is
// asked for (--json), as one compact JSON object a line, {"error": "message"} or
// {"warning": "message"}. stdout then carries nothing but the command's own JSON result, so a
// script can parse stdout whatever happened and read the reasons from stderr.
void setJsonErrors(bool json);
bool jsonErrors();
void printError(const QString &message);
void printWarning(const QString &message);
// Qt's own warnings (a missing runtime folder, a font) follow the same rule: JSON lines once JSON is
// asked for, Qt's usual text otherwise. Call once, before the application object is made.
void routeQtMessages();
// A wrong command line: the message and the command's synopsis ({"error": …, "usage": …} in JSON).
void printUsageError(const QString &message, const QString &synopsis);

} // namespace marginalia::cli
