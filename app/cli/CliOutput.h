#pragma once

#include "common/JsonText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace marginalia::cli {

// Exit codes of marginalia-cli, stable for scripts.
enum ExitCode {
    Success = 0,
    Failed = 1,        // the command could not be carried out; nothing was changed
    Usage = 2,         // the command line is wrong
    PartlyDone = 3,    // import: some files were refused, the others imported
    Interrupted = 130, // import: stopped by Ctrl+C (SIGINT, 128 + 2 as shells report it); nothing was changed
};

void printJson(const QJsonValue &value);
void printLine(const QString &line);
// A line to stdout through the C library's buffer (printLine flushes each line): for outputs of many lines, which
// end with flushOutput().
void writeLine(const QString &line);
void flushOutput();

// Writes JSON to stdout while it is produced, byte for byte what printJson() writes for the whole value
// (QJsonDocument::Indented), so that an output of any size is never held whole: containers are opened and closed
// here, their members written straight into bytes (core/common/JsonText.h, Qt's layout without a QJsonDocument).
// Object keys must come in QJsonObject's order (sorted), as printJson() writes them. The output is buffered and
// flushed when the outermost container closes.
class JsonStream
{
public:
    JsonStream() = default;
    ~JsonStream();   // writes what is buffered (an output left open by an early return stays as far as it got)
    Q_DISABLE_COPY_MOVE(JsonStream)

    void beginArray(const QString &key = {});    // key: the field holding it, inside an object
    void beginObject(const QString &key = {});
    void element(const QJsonValue &value);        // in an array
    // An object element written member by member: fill(JsonObjectWriter &) gives its fields in key order.
    template<typename Fill>
    void elementObject(Fill &&fill)
    {
        item({});
        JsonObjectWriter object(m_buffer, static_cast<int>(m_open.size()));
        fill(object);
        object.end();
        writeWhenFull();
    }
    void field(const QString &key, const QJsonValue &value);   // in an object
    void end();                                   // closes the innermost container
    bool isOpen() const { return !m_open.empty(); }

private:
    void item(const QString &key);   // the separator, indentation and key of the next member
    void writeWhenFull();

    struct Open
    {
        char close;            // ']' or '}'
        qint64 members = 0;    // written so far
    };
    std::vector<Open> m_open;
    QByteArray m_buffer;   // written to stdout a block at a time
};

// Errors and warnings go to stderr: as "marginalia-cli: message" lines, or, once JSON output is
// asked for (--json), as one compact JSON object a line, {"error": "message"} or
// {"warning": "message"}. stdout then carries nothing but the command's own JSON result, so a
// script can parse stdout whatever happened and read the reasons from stderr.
void setJsonErrors(bool json);
bool jsonErrors();
// What printError(message) writes to stderr, for a place that cannot build it then (a signal handler).
QByteArray errorBytes(const QString &message);
void printError(const QString &message);
void printWarning(const QString &message);
// Qt's own warnings (a missing runtime folder, a font) follow the same rule: JSON lines once JSON is
// asked for, Qt's usual text otherwise. Call once, before the application object is made.
void routeQtMessages();
// A wrong command line: the message and the command's synopsis ({"error": …, "usage": …} in JSON).
void printUsageError(const QString &message, const QString &synopsis);

} // namespace marginalia::cli
