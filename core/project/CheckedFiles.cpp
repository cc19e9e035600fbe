#include "project/CheckedFiles.h"

#include "common/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <sys/vfs.h>

#include <algorithm>
#include <cerrno>
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
    QList<QByteArray> lines = file.read(kRemembered * 256).split('\n');
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
    struct stat file {};
    if (stat(QFile::encodeName(path).constData(), &file) != 0)
        return std::nullopt;
    return version(path, file, recent);
}

std::optional<QString> CheckedFiles::version(const QString &path, const struct stat &file, Recent recent)
{
    if (!S_ISREG(file.st_mode) || !kernelKeepsChangeTime(path))
        return std::nullopt;
    struct stat wal {};
    if (stat(QByteArray(QFile::encodeName(path) + "-wal").constData(), &wal) == 0 && wal.st_size > 0)
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

namespace {

// The version an entry is about: up to its schema part.
QByteArrayView entryVersion(const QByteArray &entry)
{
    const qsizetype space = entry.indexOf(' ');
    return space < 0 ? QByteArrayView(entry) : QByteArrayView(entry).first(space);
}

} // namespace

std::optional<QString> CheckedFiles::currentVersion(const QString &path)
{
    return version(path, Recent::Accepted);
}

CheckedFiles::Remembered CheckedFiles::lookup(const QString &version, const QString &schema)
{
    const QByteArray wanted = version.toLatin1();
    const QByteArray prefix = wanted + ' ' + schema.toLatin1() + '=';
    Remembered found;
    for (const QByteArray &entry : recordedVersions()) {
        if (entryVersion(entry) != wanted)
            continue;
        found.pages = true;
        if (entry.startsWith(prefix)) {
            bool ok = false;
            const int layout = entry.mid(prefix.size()).toInt(&ok);
            if (ok && layout >= 0)
                found.layout = layout;
        }
    }
    return found;
}

bool CheckedFiles::wasChecked(const QString &version)
{
    return lookup(version, {}).pages;
}

std::optional<int> CheckedFiles::checkedLayout(const QString &version, const QString &schema)
{
    return lookup(version, schema).layout;
}

void CheckedFiles::remember(const QString &path, const QString &before, const QString &schema, int layout)
{
    if (versionOf(path) != before)
        return;   // changed while it was checked: check it again next time
    const QByteArray version = before.toLatin1();
    const QByteArray schemaPart = ' ' + schema.toLatin1() + '=';
    // This entry replaces the version's entry without a schema and its entry for the same schema; entries for other
    // schemas (another program's) stay.
    store(version, version + schemaPart + QByteArray::number(layout), [&](const QByteArray &entry) {
        return entry.size() == version.size() || entry.mid(version.size()).startsWith(schemaPart);
    });
}

std::optional<QString> CheckedFiles::settledVersion(const QString &path)
{
    // The kernel stamps a change with its coarse clock (or, from Linux 6.13 on some file systems, a finer one that is
    // never earlier): once that clock reads later than the file's status-change time, every later change gets a later
    // one. One tick is 1 to 10 ms; a few ticks are waited for at most.
    constexpr qint64 kLongestWait = 50 * 1000 * 1000;
    timespec start {};
    clock_gettime(CLOCK_REALTIME_COARSE, &start);
    for (;;) {
        struct stat file {};
        if (stat(QFile::encodeName(path).constData(), &file) != 0)
            return std::nullopt;
        timespec now {};
        clock_gettime(CLOCK_REALTIME_COARSE, &now);
        if (nanoseconds(now) > nanoseconds(file.st_ctim))
            return version(path, file, Recent::Accepted);
        if (nanoseconds(now) - nanoseconds(start) > kLongestWait)
            return std::nullopt;   // a clock set back, or a file changed again and again: not remembered
        const timespec pause {0, 1000 * 1000};
        nanosleep(&pause, nullptr);
    }
}

void CheckedFiles::rememberOwnWrites(const QString &path, const QString &settled)
{
    // Any write since settledVersion gave the file another status-change time (the clock had moved past it).
    if (version(path, Recent::Accepted) != settled)
        return;
    // The pages only (no schema part): the next opening checks the schema, a few milliseconds, and records both.
    const QByteArray version = settled.toLatin1();
    store(version, version, [&](const QByteArray &entry) { return entry.size() == version.size(); });
}

namespace {

// An exclusive lock of a file beside the record, held while the record is read, changed and written: two programs
// recording at once (the workbench and a script, two commands) each wrote back what they had read, without the
// other's entry, so that file was checked again at its next opening. Without a lock file, nothing is held (as before).
class RecordLock
{
public:
    RecordLock()
    {
        const QByteArray path = QFile::encodeName(recordPath() + QStringLiteral(".lock"));
        m_fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd >= 0) {
            while (flock(m_fd, LOCK_EX) != 0 && errno == EINTR) {
            }
        }
    }
    ~RecordLock()
    {
        if (m_fd >= 0)
            ::close(m_fd);   // releases the lock
    }
    RecordLock(const RecordLock &) = delete;
    RecordLock &operator=(const RecordLock &) = delete;

private:
    int m_fd = -1;
};

} // namespace

void CheckedFiles::store(const QByteArray &version, const QByteArray &entry,
                         const std::function<bool(const QByteArray &)> &replaces)
{
    // A record that cannot be written costs a check next time, nothing else.
    if (!QDir().mkpath(QFileInfo(recordPath()).absolutePath()))
        return;
    const RecordLock lock;
    QList<QByteArray> entries = recordedVersions();
    entries.removeIf([&](const QByteArray &old) { return entryVersion(old) == version && replaces(old); });
    entries.append(entry);
    if (entries.size() > kRemembered)
        entries.remove(0, entries.size() - kRemembered);
    AtomicFile record(recordPath());
    if (!record.begin() || !record.append(QByteArray(entries.join('\n') + '\n')))
        return;
    (void)record.commit();
}

} // namespace marginalia
