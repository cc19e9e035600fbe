#include "report/ReportZip.h"

#include "common/AtomicFile.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <QDateTime>

namespace marginalia {

namespace {

// Opens the entry `name` in zip, stored (not deflated) when `stored`; the entry's zip error when it cannot.
Result<void> openEntry(QuaZipFile &entry, const QString &name, bool stored)
{
    QuaZipNewInfo info(name);
    info.dateTime = QDateTime::currentDateTime();
    const bool opened = stored ? entry.open(QIODevice::WriteOnly, info, nullptr, 0, 0, 0)
                               : entry.open(QIODevice::WriteOnly, info);
    if (!opened)
        return failure(QStringLiteral("cannot add %1 to the report (zip error %2)").arg(name).arg(entry.getZipError()));
    return {};
}

Result<void> addPart(QuaZip &zip, const ZipPart &part)
{
    QuaZipFile entry(&zip);
    if (auto ok = openEntry(entry, part.name, part.stored); !ok)
        return ok;
    const bool whole = entry.write(part.content) == part.content.size();
    entry.close();
    if (const int zipError = entry.getZipError(); zipError != 0)
        return failure(QStringLiteral("cannot add %1 to the report (zip error %2)").arg(part.name).arg(zipError));
    if (!whole)
        return failure(QStringLiteral("cannot add %1 to the report").arg(part.name));
    return {};
}

} // namespace

Result<void> writeZipPackage(const QString &path, const QList<ZipPart> &parts, const QString &mainPart,
                             const std::function<Result<void>(QIODevice *entry, const std::function<bool()> &stop)> &writeMain,
                             const std::atomic_bool *cancelled)
{
    // Zipped straight into the temporary file beside the target, which replaces the target only when whole; the
    // main part is written into its zip entry as the excerpts are read.
    AtomicFile file(path);
    if (auto ok = file.begin(); !ok)
        return ok;
    // The device knows why a write failed (a full disk); the zip library only has a code.
    auto fail = [&](const QString &zipMessage) -> Result<void> {
        const int error = file.writeError();
        file.discard();
        if (error != 0)
            return failure(QStringLiteral("cannot write the report %1: %2").arg(path, AtomicFile::describeError(error)));
        return failure(zipMessage);
    };
    QuaZip zip(&file);
    if (!zip.open(QuaZip::mdCreate))
        return fail(QStringLiteral("cannot write the report %1 (zip error %2)").arg(path).arg(zip.getZipError()));
    // An entry is opened only while the file still takes writes: minizip leaks the entry's central header
    // (zipOpenNewFileInZip4_64) when its local header cannot be written, so we do not ask it to after a failure.
    for (const ZipPart &part : parts) {
        if (file.writeError() != 0)
            break;
        if (auto ok = addPart(zip, part); !ok) {
            zip.close();
            return fail(ok.error());
        }
    }
    Result<void> streamed;
    {
        QuaZipFile entry(&zip);
        if (file.writeError() != 0) {
            zip.close();
            return fail(QStringLiteral("cannot write the report %1").arg(path));
        }
        if (auto ok = openEntry(entry, mainPart, false); !ok) {
            zip.close();
            return fail(ok.error());
        }
        auto stop = [&] { return file.writeError() != 0 || (cancelled != nullptr && cancelled->load()); };
        streamed = writeMain(&entry, stop);
        entry.close();
        // A failure while the entry's last bytes are compressed shows only here.
        if (const int zipError = entry.getZipError(); zipError != 0) {
            zip.close();
            return fail(QStringLiteral("cannot write %1 of the report %2 (zip error %3)").arg(mainPart, path).arg(zipError));
        }
    }
    zip.close();
    if (zip.getZipError() != 0 || file.writeError() != 0)
        return fail(QStringLiteral("cannot write the report %1 (zip error %2)").arg(path).arg(zip.getZipError()));
    if (!streamed) {
        file.discard();
        return streamed;
    }
    return file.commit();
}

} // namespace marginalia
