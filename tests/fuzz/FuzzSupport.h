#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

// Writes a fuzz input to a file named `name` in a temporary folder, for readers that take paths.
inline QString writeFuzzInput(const QTemporaryDir &folder, const char *name, const uint8_t *data, size_t size)
{
    const QString path = folder.filePath(QString::fromLatin1(name));
    FILE *file = std::fopen(path.toLocal8Bit().constData(), "wb");
    if (file) {
        std::fwrite(data, 1, size, file);
        std::fclose(file);
    }
    return path;
}
