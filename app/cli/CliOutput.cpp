#include "CliOutput.h"

#include "CoderChoice.h"

#include <QJsonDocument>

#include <cstdio>

namespace marginalia::cli {

void printJson(const QJsonValue &result)
{
    const QJsonValue value = withCoderChoice(result);   // the coder a writing command used
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    const QByteArray bytes = document.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString &message)
{
    const QByteArray bytes = QByteArrayLiteral("marginalia-cli: ") + message.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace marginalia::cli
