#pragma once

// The zip package shared by the DOCX and ODT writers (internal to core/report).

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

class QIODevice;

namespace marginalia {

// A part of the package written whole before the main part.
struct ZipPart
{
    QString name;
    QByteArray content;
    bool stored = false;   // not deflated, as the ODF "mimetype" entry must be
};

// Writes a zip package to path, whole or not at all: the parts in order, then the main part, which writeMain
// streams into its entry (it should stop early once stop() is true: the disk refused a write or the caller
// cancelled). A write failure is reported with the device's reason (a full disk) where it has one.
Result<void> writeZipPackage(const QString &path, const QList<ZipPart> &parts, const QString &mainPart,
                             const std::function<Result<void>(QIODevice *entry, const std::function<bool()> &stop)> &writeMain,
                             const std::atomic_bool *cancelled);

} // namespace marginalia
