#include "CliOutput.h"

#include "CoderChoice.h"

#include <QJsonDocument>

#include <cstdio>

namespace marginalia::cli {

namespace {

bool g_jsonErrors = false;
QtMessageHandler g_qtHandler = nullptr;

void write(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

void printDiagnostic(const QJsonObject &json, const QString &text)
{
    std::fflush(stdout);   // what a command wrote so far comes first
    if (g_jsonErrors)
        write(stderr, QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n');
    else
        write(stderr, QByteArrayLiteral("marginalia-cli: ") + text.toUtf8() + '\n');
}

} // namespace

void printJson(const QJsonValue &result)
{
    const QJsonValue value = withCoderChoice(result);   // the coder a writing command used
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    write(stdout, document.toJson(QJsonDocument::Indented));
}

void printLine(const QString &line)
{
    write(stdout, line.toUtf8() + '\n');
}

void writeLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

void flushOutput()
{
    std::fflush(stdout);
}

namespace {

// `value` as QJsonDocument::Indented writes it at nesting depth `depth` (1: a member of the outermost container),
// without the indentation of its first line: written alone as the element of an array (depth 1) by Qt, then each
// further line indented by four spaces more per level. Strings hold no raw line breaks (JSON escapes them).
QByteArray indentedJson(const QJsonValue &value, size_t depth)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Indented);
    // "[\n    " + value + "\n]\n"
    const QByteArray bare = wrapped.mid(6, wrapped.size() - 9);
    if (depth <= 1 || !bare.contains('\n'))
        return bare;
    const QByteArray deeper = '\n' + QByteArray(static_cast<qsizetype>(4 * (depth - 1)), ' ');
    QByteArray out;
    out.reserve(bare.size() * 2);
    for (const char c : bare) {
        if (c == '\n')
            out += deeper;
        else
            out += c;
    }
    return out;
}

QByteArray quotedKey(const QString &key)
{
    // Qt escapes keys as it escapes strings.
    return indentedJson(QJsonValue(key), 1) + ": ";
}

} // namespace

void JsonStream::write(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

void JsonStream::item(const QString &key)
{
    if (m_open.empty())
        return;   // the outermost value
    QByteArray prefix = m_open.back().members++ > 0 ? QByteArrayLiteral(",\n") : QByteArray();
    prefix += QByteArray(static_cast<qsizetype>(4 * m_open.size()), ' ');
    if (!key.isNull())
        prefix += quotedKey(key);
    write(prefix);
}

void JsonStream::beginArray(const QString &key)
{
    item(key);
    write(QByteArrayLiteral("[\n"));
    m_open.push_back({']'});
}

void JsonStream::beginObject(const QString &key)
{
    item(key);
    write(QByteArrayLiteral("{\n"));
    m_open.push_back({'}'});
}

void JsonStream::element(const QJsonValue &value)
{
    item({});
    write(indentedJson(value, m_open.size()));
}

void JsonStream::field(const QString &key, const QJsonValue &value)
{
    item(key);
    write(indentedJson(value, m_open.size()));
}

void JsonStream::end()
{
    if (m_open.empty())
        return;
    const Open closing = m_open.back();
    m_open.pop_back();
    // As Qt closes a container: a line break after the last member (none when empty), then the bracket at the
    // container's own depth; the outermost one ends the output with a line break.
    QByteArray bytes = closing.members > 0 ? QByteArrayLiteral("\n") : QByteArray();
    bytes += QByteArray(static_cast<qsizetype>(4 * m_open.size()), ' ');
    bytes += closing.close;
    if (m_open.empty()) {
        bytes += '\n';
        write(bytes);
        std::fflush(stdout);
        return;
    }
    write(bytes);
}

void setJsonErrors(bool json)
{
    g_jsonErrors = json;
}

bool jsonErrors()
{
    return g_jsonErrors;
}

void printError(const QString &message)
{
    printDiagnostic(QJsonObject{{QStringLiteral("error"), message}}, message);
}

void printWarning(const QString &message)
{
    printDiagnostic(QJsonObject{{QStringLiteral("warning"), message}}, QStringLiteral("warning: ") + message);
}

void routeQtMessages()
{
    g_qtHandler = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (g_jsonErrors && type != QtFatalMsg)
            printDiagnostic(QJsonObject{{type == QtCriticalMsg ? QStringLiteral("error") : QStringLiteral("warning"), message}},
                            message);
        else if (g_qtHandler)
            g_qtHandler(type, context, message);
    });
}

void printUsageError(const QString &message, const QString &synopsis)
{
    const QString usage = QStringLiteral("marginalia-cli ") + synopsis;
    printDiagnostic(QJsonObject{{QStringLiteral("error"), message}, {QStringLiteral("usage"), usage}},
                    message + QStringLiteral("\nusage: ") + usage);
}

} // namespace marginalia::cli
