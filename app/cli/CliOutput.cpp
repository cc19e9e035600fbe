#include "CliOutput.h"

#include "CoderChoice.h"

#include "common/JsonText.h"

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

QByteArray diagnosticBytes(const QJsonObject &json, const QString &text)
{
    if (g_jsonErrors)
        return JsonText::escapeByteOrderMarks(QJsonDocument(json).toJson(QJsonDocument::Compact)) + '\n';
    return QByteArrayLiteral("marginalia-cli: ") + text.toUtf8() + '\n';
}

void printDiagnostic(const QJsonObject &json, const QString &text)
{
    std::fflush(stdout);   // what a command wrote so far comes first
    write(stderr, diagnosticBytes(json, text));
}

} // namespace

void printJson(const QJsonValue &result)
{
    const QJsonValue value = withCoderChoice(result);   // the coder a writing command used
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    write(stdout, JsonText::escapeByteOrderMarks(document.toJson(QJsonDocument::Indented)));
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

JsonStream::~JsonStream()
{
    if (!m_buffer.isEmpty())
        std::fwrite(m_buffer.constData(), 1, static_cast<size_t>(m_buffer.size()), stdout);
}

void JsonStream::writeWhenFull()
{
    if (m_buffer.size() < (qsizetype(1) << 16))
        return;
    std::fwrite(m_buffer.constData(), 1, static_cast<size_t>(m_buffer.size()), stdout);
    m_buffer.clear();
}

void JsonStream::item(const QString &key)
{
    if (m_open.empty())
        return;   // the outermost value
    if (m_open.back().members++ > 0)
        m_buffer.append(",\n");
    m_buffer.append(static_cast<qsizetype>(4 * m_open.size()), ' ');
    if (!key.isNull()) {
        JsonText::appendString(m_buffer, key);
        m_buffer.append(": ");
    }
}

void JsonStream::beginArray(const QString &key)
{
    item(key);
    m_buffer.append("[\n");
    m_open.push_back({']'});
}

void JsonStream::beginObject(const QString &key)
{
    item(key);
    m_buffer.append("{\n");
    m_open.push_back({'}'});
}

void JsonStream::element(const QJsonValue &value)
{
    item({});
    JsonText::appendValue(m_buffer, value, static_cast<int>(m_open.size()));
    writeWhenFull();
}

void JsonStream::field(const QString &key, const QJsonValue &value)
{
    item(key);
    JsonText::appendValue(m_buffer, value, static_cast<int>(m_open.size()));
    writeWhenFull();
}

void JsonStream::end()
{
    if (m_open.empty())
        return;
    const Open closing = m_open.back();
    m_open.pop_back();
    // As Qt closes a container: a line break after the last member (none when empty), then the bracket at the
    // container's own depth; the outermost one ends the output with a line break.
    if (closing.members > 0)
        m_buffer.append('\n');
    m_buffer.append(static_cast<qsizetype>(4 * m_open.size()), ' ');
    m_buffer.append(closing.close);
    if (m_open.empty()) {
        m_buffer.append('\n');
        std::fwrite(m_buffer.constData(), 1, static_cast<size_t>(m_buffer.size()), stdout);
        m_buffer.clear();
        std::fflush(stdout);
        return;
    }
    writeWhenFull();
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

QByteArray errorBytes(const QString &message)
{
    return diagnosticBytes(QJsonObject{{QStringLiteral("error"), message}}, message);
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
