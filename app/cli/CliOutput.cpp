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
