#include "project/ProjectFiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>
#include <string_view>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace marginalia::ProjectFiles {

namespace {

constexpr int kHeaderBytes = 100;
constexpr int kWalHeaderBytes = 32;
constexpr int kWalFrameHeaderBytes = 24;

quint32 bigEndian32(const unsigned char *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

// Closes a POSIX file descriptor when it goes out of scope.
class FileDescriptor
{
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int get() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }

private:
    int m_fd;
};

bool readAt(int fd, void *buffer, size_t bytes, off_t offset)
{
    auto *out = static_cast<char *>(buffer);
    size_t done = 0;
    while (done < bytes) {
        const ssize_t n = ::pread(fd, out + done, bytes - done, offset + static_cast<off_t>(done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += static_cast<size_t>(n);
    }
    return true;
}

QString permissionHint(const QString &what)
{
    return QStringLiteral("permission denied: you are not allowed to read %1 (ask its owner to share it with you, "
                          "or copy the project to a folder of your own)")
        .arg(what);
}

// True when a process other than this one holds a lock overlapping [start, start + length).
bool lockedByAnotherProcess(const QString &path, off_t start, off_t length)
{
    FileDescriptor fd(::open(native(path).constData(), O_RDONLY | O_CLOEXEC));
    if (!fd.isValid())
        return false;
    struct flock probe {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = start;
    probe.l_len = length;
    if (::fcntl(fd.get(), F_GETLK, &probe) != 0)
        return false;
    return probe.l_type != F_UNLCK;
}

bool processIsGone(qint64 pid)
{
    if (pid <= 0 || pid == ::getpid())
        return false;
    return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

bool newer(const timespec &a, const timespec &b)
{
    return a.tv_sec != b.tv_sec ? a.tv_sec > b.tv_sec : a.tv_nsec > b.tv_nsec;
}

// SQLite's WAL checksum over 8-byte words, continuing from (s0, s1).
void walChecksum(const unsigned char *data, size_t bytes, bool bigEndianWords, quint32 &s0, quint32 &s1)
{
    for (size_t i = 0; i + 8 <= bytes; i += 8) {
        quint32 x0;
        quint32 x1;
        if (bigEndianWords) {
            x0 = bigEndian32(data + i);
            x1 = bigEndian32(data + i + 4);
        } else {
            std::memcpy(&x0, data + i, 4);
            std::memcpy(&x1, data + i + 4, 4);
        }
        s0 += x0 + s1;
        s1 += x1 + s0;
    }
}

} // namespace

Result<Header> inspect(const QString &path, int applicationId)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    struct stat status {};
    if (::stat(native(path).constData(), &status) != 0) {
        const int error = errno;
        if (error == EACCES)
            return failure(QStringLiteral("%1: %2").arg(name, permissionHint(QStringLiteral("the folder %1").arg(info.absolutePath()))));
        if (error == ENOENT || error == ENOTDIR)
            return failure(QStringLiteral("%1: no such project file").arg(path));
        return failure(QStringLiteral("%1: cannot be examined (%2)").arg(name, QString::fromLocal8Bit(std::strerror(error))));
    }
    if (S_ISDIR(status.st_mode))
        return failure(QStringLiteral("%1: is a folder, not a project file").arg(name));
    if (!S_ISREG(status.st_mode))
        return failure(QStringLiteral("%1: is not a file").arg(name));

    FileDescriptor fd(::open(native(path).constData(), O_RDONLY | O_CLOEXEC));
    if (!fd.isValid()) {
        const int error = errno;
        if (error == EACCES || error == EPERM)
            return failure(QStringLiteral("%1: %2").arg(name, permissionHint(QStringLiteral("this file"))));
        return failure(QStringLiteral("%1: cannot be opened (%2)").arg(name, QString::fromLocal8Bit(std::strerror(error))));
    }
    Header header;
    header.fileBytes = status.st_size;
    if (status.st_size == 0)
        return failure(QStringLiteral("%1: is empty (0 bytes), so it holds no project; it may be the remains of an "
                                      "interrupted copy or save. Restore a backup copy.")
                           .arg(name));
    unsigned char bytes[kHeaderBytes] = {};
    const bool complete = status.st_size >= kHeaderBytes && readAt(fd.get(), bytes, kHeaderBytes, 0);
    if (status.st_size >= kHeaderBytes && !complete)
        return failure(QStringLiteral("%1: cannot be read (%2)").arg(name, QString::fromLocal8Bit(std::strerror(errno))));
    static const char kMagic[] = "SQLite format 3";   // with its terminating zero: 16 bytes
    if (!complete || std::memcmp(bytes, kMagic, sizeof kMagic) != 0)
        return failure(QStringLiteral("%1: is not a Marginalia project (it is not a database file at all)").arg(name));
    header.applicationId = bigEndian32(bytes + 68);
    header.userVersion = static_cast<int>(bigEndian32(bytes + 60));
    // A -wal with content may hold a newer first page (a project just created has its
    // application id only there until the first checkpoint): then SQLite reads the header.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    header.walMayChangeHeader = wal.exists() && wal.size() > kWalHeaderBytes;
    if (!header.walMayChangeHeader && header.applicationId != static_cast<quint32>(applicationId))
        return failure(QStringLiteral("%1: is not a Marginalia project (it is a database of another program)").arg(name));
    const int rawPageSize = (bytes[16] << 8) | bytes[17];
    header.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (header.pageSize < 512 || (header.pageSize & (header.pageSize - 1)) != 0)
        return failure(QStringLiteral("%1: is damaged: its header names an impossible page size (%2). Restore a backup "
                                      "copy.")
                           .arg(name)
                           .arg(header.pageSize));
    // The page count in the header is valid when SQLite stored it with the current change counter.
    if (bigEndian32(bytes + 92) == bigEndian32(bytes + 24))
        header.pageCount = bigEndian32(bytes + 28);

    // A missing end is only certain without a -wal (a checkpoint that was cut short may have grown
    // the header's count before writing the pages, and the -wal still has them).
    if (!header.walMayChangeHeader) {
        const qint64 expected = header.pageCount * header.pageSize;
        if (status.st_size % header.pageSize != 0 || (expected > 0 && status.st_size < expected))
            return failure(QStringLiteral("%1: is truncated: it holds %2 bytes, but its header says %3 (an interrupted "
                                          "copy or download?). Restore a backup copy, or copy the project again.")
                               .arg(name)
                               .arg(status.st_size)
                               .arg(std::max<qint64>(expected, (status.st_size / header.pageSize + 1) * header.pageSize)));
    }
    return header;
}

bool canWrite(const QString &path)
{
    return ::access(native(path).constData(), W_OK) == 0;
}

bool inUseByAnotherConnection(const QString &path)
{
    // SQLite's unix VFS: every connection in WAL mode holds a shared lock on byte 128 of the -shm
    // file (its "DMS" slot) while open; a connection in exclusive locking mode locks the database
    // file's lock bytes from 1 GiB on instead.
    constexpr off_t kShmDmsByte = 128;
    constexpr off_t kPendingByte = 0x40000000;
    constexpr off_t kLockBytes = 2 + 510;
    const QString shm = path + QStringLiteral("-shm");
    return (QFileInfo::exists(shm) && lockedByAnotherProcess(shm, kShmDmsByte, 1))
        || lockedByAnotherProcess(path, kPendingByte, kLockBytes);
}

Result<QString> setAsideStaleWal(const QString &path)
{
    const QString walPath = path + QStringLiteral("-wal");
    struct stat walStatus {};
    struct stat dbStatus {};
    if (::stat(native(walPath).constData(), &walStatus) != 0 || walStatus.st_size <= kWalHeaderBytes)
        return QString();
    if (::stat(native(path).constData(), &dbStatus) != 0 || inUseByAnotherConnection(path))
        return QString();
    // Changed after the -wal's last write? (A checkpoint does that too; see below.)
    if (!newer(dbStatus.st_ctim, walStatus.st_mtim))
        return QString();

    FileDescriptor wal(::open(native(walPath).constData(), O_RDONLY | O_CLOEXEC));
    FileDescriptor db(::open(native(path).constData(), O_RDONLY | O_CLOEXEC));
    if (!wal.isValid() || !db.isValid())
        return QString();   // SQLite will report what it cannot read
    unsigned char walHeader[kWalHeaderBytes];
    unsigned char dbHeader[kHeaderBytes];
    if (!readAt(wal.get(), walHeader, sizeof walHeader, 0) || !readAt(db.get(), dbHeader, sizeof dbHeader, 0))
        return QString();
    const quint32 magic = bigEndian32(walHeader);
    if (magic != 0x377f0682 && magic != 0x377f0683)
        return QString();   // SQLite ignores a -wal without a valid header
    const bool bigEndianWords = (magic & 1) != 0;
    quint32 s0 = 0;
    quint32 s1 = 0;
    walChecksum(walHeader, 24, bigEndianWords, s0, s1);
    if (s0 != bigEndian32(walHeader + 24) || s1 != bigEndian32(walHeader + 28))
        return QString();
    const quint32 pageSize = bigEndian32(walHeader + 8);
    const int rawDbPageSize = (dbHeader[16] << 8) | dbHeader[17];
    const quint32 dbPageSize = rawDbPageSize == 1 ? 65536u : static_cast<quint32>(rawDbPageSize);
    const quint32 salt1 = bigEndian32(walHeader + 16);
    const quint32 salt2 = bigEndian32(walHeader + 20);

    // The page images of the committed frames, as SQLite's recovery would accept them.
    bool belongs = false;
    bool anyCommitted = false;
    if (pageSize == dbPageSize && pageSize >= 512 && pageSize <= 65536) {
        std::vector<unsigned char> frame(kWalFrameHeaderBytes + pageSize);
        std::vector<unsigned char> dbPage(pageSize);
        std::vector<std::pair<quint32, off_t>> pending;   // frames of a transaction not yet seen committed
        std::vector<std::pair<quint32, off_t>> committed;
        for (off_t offset = kWalHeaderBytes; offset + static_cast<off_t>(frame.size()) <= walStatus.st_size;
             offset += static_cast<off_t>(frame.size())) {
            if (!readAt(wal.get(), frame.data(), frame.size(), offset))
                break;
            if (bigEndian32(frame.data() + 8) != salt1 || bigEndian32(frame.data() + 12) != salt2)
                break;
            walChecksum(frame.data(), 8, bigEndianWords, s0, s1);
            walChecksum(frame.data() + kWalFrameHeaderBytes, pageSize, bigEndianWords, s0, s1);
            if (s0 != bigEndian32(frame.data() + 16) || s1 != bigEndian32(frame.data() + 20))
                break;
            pending.emplace_back(bigEndian32(frame.data()), offset + kWalFrameHeaderBytes);
            if (bigEndian32(frame.data() + 4) != 0) {   // a commit frame
                committed.insert(committed.end(), pending.begin(), pending.end());
                pending.clear();
            }
        }
        anyCommitted = !committed.empty();
        std::vector<unsigned char> image(pageSize);
        for (const auto &[page, offset] : committed) {
            if (page == 0)
                continue;
            if (!readAt(db.get(), dbPage.data(), pageSize, static_cast<off_t>(page - 1) * pageSize))
                continue;
            if (readAt(wal.get(), image.data(), pageSize, offset) && image == dbPage) {
                belongs = true;
                break;
            }
        }
    } else {
        anyCommitted = true;   // a -wal of another page size cannot be this file's
    }
    if (belongs || !anyCommitted)
        return QString();

    const QString stale = walPath + QStringLiteral(".stale-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (::rename(native(walPath).constData(), native(stale).constData()) != 0)
        return failure(QStringLiteral("%1: a -wal file beside it belongs to another version of the file (the project was "
                                      "replaced after Marginalia last wrote to it) and could not be moved aside (%2); "
                                      "move %3 away by hand before opening the project")
                           .arg(QFileInfo(path).fileName(), QString::fromLocal8Bit(std::strerror(errno)),
                                QFileInfo(walPath).fileName()));
    ::unlink(native(path + QStringLiteral("-shm")).constData());
    return QStringLiteral("%1: the -wal file beside it was left by an earlier version of this file (the project was "
                          "replaced after Marginalia last wrote to it, e.g. by a copy), so it was not applied; it "
                          "is kept as %2")
        .arg(QFileInfo(path).fileName(), QFileInfo(stale).fileName());
}

Result<QString> takeOverLeftovers(const QString &path)
{
    const QString shm = path + QStringLiteral("-shm");
    const QString wal = path + QStringLiteral("-wal");
    const bool shmBlocks = QFileInfo::exists(shm) && !canWrite(shm);
    const bool walBlocks = QFileInfo::exists(wal) && !canWrite(wal);
    if ((!shmBlocks && !walBlocks) || inUseByAnotherConnection(path))
        return QString();
    const QString name = QFileInfo(path).fileName();
    const auto cannot = [&name](const QString &file) {
        return failure(QStringLiteral("%1: the file %2 beside it belongs to another user and cannot be written or "
                                      "replaced (%3); ask its owner to remove it, or remove it yourself while nobody "
                                      "has the project open")
                           .arg(name, QFileInfo(file).fileName(), QString::fromLocal8Bit(std::strerror(errno))));
    };
    if (walBlocks) {
        const QString copy = temporaryPathFor(wal, QStringLiteral("partial"));
        if (!QFile::copy(wal, copy)) {
            QFile::remove(copy);
            return cannot(wal);
        }
        ::chmod(native(copy).constData(), 0644);
        if (!syncFile(copy) || ::rename(native(copy).constData(), native(wal).constData()) != 0) {
            QFile::remove(copy);
            return cannot(wal);
        }
    }
    if (shmBlocks && ::unlink(native(shm).constData()) != 0)
        return cannot(shm);
    return QStringLiteral("%1: the -wal/-shm files beside it belonged to another user who had opened the project; "
                          "they were taken over (nothing in them was lost) so that you can write to it")
        .arg(name);
}

QString temporaryPathFor(const QString &target, const QString &kind)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(QStringLiteral(".%1.%2-%3-%4")
                                           .arg(info.fileName(), kind)
                                           .arg(::getpid())
                                           .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
}

namespace {

// The names in `folder` that begin with one of `prefixes` (bytes as the file system has them) and are not folders,
// read with readdir alone: no stat() and no QString for any other name. Every opening of a project comes here, and
// a folder such as Downloads holds thousands of files (QDir::entryList took a stat() of each: 5,000 files, a few
// milliseconds on every command).
QStringList namesStartingWith(const QString &folder, const std::vector<QByteArray> &prefixes)
{
    QStringList names;
    DIR *directory = ::opendir(QFile::encodeName(folder).constData());
    if (!directory)
        return names;
    const int descriptor = ::dirfd(directory);
    while (const dirent *entry = ::readdir(directory)) {
        const std::string_view name(entry->d_name);
        const bool wanted = std::ranges::any_of(prefixes, [&](const QByteArray &prefix) {
            return name.starts_with(std::string_view(prefix.constData(), static_cast<size_t>(prefix.size())));
        });
        if (!wanted)
            continue;
        bool isFolder = entry->d_type == DT_DIR;
        if (entry->d_type == DT_UNKNOWN) {   // file systems that do not say: ask
            struct stat status = {};
            isFolder = ::fstatat(descriptor, entry->d_name, &status, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(status.st_mode);
        }
        if (!isFolder)
            names.append(QFile::decodeName(entry->d_name));
    }
    ::closedir(directory);
    return names;
}

} // namespace

bool isOpenHere(dev_t device, ino_t inode)
{
    DIR *descriptors = ::opendir("/proc/self/fd");
    if (!descriptors)
        return false;
    bool found = false;
    while (const dirent *entry = ::readdir(descriptors)) {
        char *end = nullptr;
        const long descriptor = std::strtol(entry->d_name, &end, 10);
        if (end == entry->d_name || *end != '\0' || descriptor == ::dirfd(descriptors))
            continue;
        struct stat status = {};
        if (::fstat(static_cast<int>(descriptor), &status) == 0 && S_ISREG(status.st_mode) && status.st_dev == device
            && status.st_ino == inode) {
            found = true;
            break;
        }
    }
    ::closedir(descriptors);
    return found;
}

QStringList removeAbandonedTemporaries(const QString &path)
{
    const QFileInfo info(path);
    const QDir folder = info.absoluteDir();
    // Only hidden names that begin with the project's name or base name can be ours (the pattern below): those
    // alone are read, and the pattern is compiled only when there are any.
    QStringList names = namesStartingWith(folder.path(), {QFile::encodeName(u'.' + info.fileName() + u'.'),
                                                          QFile::encodeName(u'.' + info.completeBaseName() + u'.')});
    if (names.isEmpty())
        return {};
    // Temporaries of the project itself and of its backup copies (which start with its base name).
    const QRegularExpression pattern(
        QStringLiteral("^\\.(?:%1|%2\\.[^/]+)\\.(?:partial|creating|restoring)-(\\d+)-[0-9a-f]{8}(?:-journal|-wal|-shm)?$")
            .arg(QRegularExpression::escape(info.fileName()), QRegularExpression::escape(info.completeBaseName())));
    QStringList removed;
    names.sort();
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        if (!match.hasMatch() || !processIsGone(match.captured(1).toLongLong()))
            continue;
        if (QFile::remove(folder.filePath(name)))
            removed.append(name);
    }
    return removed;
}

Result<void> syncFile(const QString &path)
{
    FileDescriptor fd(::open(native(path).constData(), O_RDONLY | O_CLOEXEC));
    if (!fd.isValid() || ::fsync(fd.get()) != 0)
        return failure(QStringLiteral("%1: could not be flushed to the disk (%2)")
                           .arg(QFileInfo(path).fileName(), QString::fromLocal8Bit(std::strerror(errno))));
    return {};
}

Result<void> syncFolderOf(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    FileDescriptor fd(::open(native(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd.isValid() || ::fsync(fd.get()) != 0)
        return failure(QStringLiteral("%1: the folder could not be flushed to the disk (%2)")
                           .arg(folder, QString::fromLocal8Bit(std::strerror(errno))));
    return {};
}

Result<void> publish(const QString &temporary, const QString &target)
{
    // link() fails when the target exists, so nothing is ever replaced; then the temporary name goes.
    if (::link(native(temporary).constData(), native(target).constData()) != 0) {
        const int error = errno;
        if (error == EEXIST)
            return failure(QStringLiteral("%1: exists already").arg(QFileInfo(target).fileName()));
        if (error != EPERM && error != ENOTSUP && error != EOPNOTSUPP)
            return failure(QStringLiteral("%1: could not be written (%2)")
                               .arg(QFileInfo(target).fileName(), QString::fromLocal8Bit(std::strerror(error))));
        // File systems without hard links (FAT, some shares): a plain rename, after checking.
        if (QFileInfo::exists(target))
            return failure(QStringLiteral("%1: exists already").arg(QFileInfo(target).fileName()));
        if (::rename(native(temporary).constData(), native(target).constData()) != 0)
            return failure(QStringLiteral("%1: could not be written (%2)")
                               .arg(QFileInfo(target).fileName(), QString::fromLocal8Bit(std::strerror(errno))));
        return syncFolderOf(target);
    }
    ::unlink(native(temporary).constData());
    return syncFolderOf(target);
}

} // namespace marginalia::ProjectFiles
