#include "project/CheckedFiles.h"

#include "common/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <sys/stat.h>
#include <sys/vfs.h>

#include <ctime>

namespace marginalia {

namespace {

constexpr qsizetype kRemembered = 256;
constexpr qint64 kNanoseconds = 1000000000;

// File systems whose inode status-change time only the kernel sets.
bool kernelKeepsChangeTime(const QString &path)
{
    struct statfs fs {};
    if (statfs(QFile::encodeName(path).constData(), &fs) != 0)
        return false;
    switch (static_cast<unsigned long>(fs.f_type)) {
    case 0xEF53UL:       // ext2/3/4
    case 0x58465342UL:   // XFS
    case 0x9123683EUL:   // Btrfs
    case 0xF2F52010UL:   // F2FS
    case 0x2FC12FC1UL:   // ZFS
    case 0x01021994UL:   // tmpfs
    case 0x794C7630UL:   // overlayfs
        return true;
    default:
        return false;
    }
}

qint64 nanoseconds(const timespec &time)
{
    return static_cast<qint64>(time.tv_sec) * kNanoseconds + time.tv_nsec;
}

QString recordPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
           + QStringLiteral("/marginalia/checked-projects");
}

QList<QByteArray> recordedVersions()
{
    QFile file(recordPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.read(kRemembered * 128).split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

} // namespace

std::optional<QString> CheckedFiles::versionOf(const QString &path)
{
    return version(path, Recent::Refused);
}

std::optional<QString> CheckedFiles::version(const QString &path, Recent recent)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat file {};
    if (stat(name.constData(), &file) != 0 || !S_ISREG(file.st_mode) || !kernelKeepsChangeTime(path))
        return std::nullopt;
    struct stat wal {};
    if (stat(QByteArray(name + "-wal").constData(), &wal) == 0 && wal.st_size > 0)
        return std::nullopt;   // pages beside the file
    timespec now {};
    clock_gettime(CLOCK_REALTIME, &now);
    if (recent == Recent::Refused && nanoseconds(now) - nanoseconds(file.st_ctim) < kNanoseconds)
        return std::nullopt;   // just changed: a change in the same clock tick would not show
    return QStringLiteral("%1:%2:%3:%4:%5")
        .arg(static_cast<quint64>(file.st_dev))
        .arg(static_cast<quint64>(file.st_ino))
        .arg(static_cast<qint64>(file.st_size))
        .arg(nanoseconds(file.st_mtim))
        .arg(nanoseconds(file.st_ctim));
}

bool CheckedFiles::wasChecked(const QString &version)
{
    return recordedVersions().contains(version.toLatin1());
}

bool CheckedFiles::isRemembered(const QString &path)
{
    const std::optional<QString> now = version(path, Recent::Accepted);
    return now && wasChecked(*now);
}

void CheckedFiles::remember(const QString &path, const QString &before)
{
    if (versionOf(path) != before)
        return;   // changed while it was checked: check it again next time
    store(before);
}

void CheckedFiles::rememberOwnWrites(const QString &path)
{
    if (const std::optional<QString> now = version(path, Recent::Accepted))
        store(*now);
}

void CheckedFiles::store(const QString &fileVersion)
{
    QList<QByteArray> versions = recordedVersions();
    const QByteArray line = fileVersion.toLatin1();
    versions.removeAll(line);
    versions.append(line);
    if (versions.size() > kRemembered)
        versions.remove(0, versions.size() - kRemembered);
    // A record that cannot be written costs a check next time, nothing else.
    if (!QDir().mkpath(QFileInfo(recordPath()).absolutePath()))
        return;
    AtomicFile record(recordPath());
    if (!record.begin() || !record.append(QByteArray(versions.join('\n') + '\n')))
        return;
    (void)record.commit();
}

} // namespace marginalia
