#include "common/AtomicFile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace marginalia {

namespace {

const QString kMarker = QStringLiteral(".marginalia-tmp-");

std::atomic<qint64> g_failAfter{-1};
std::atomic<int> g_failError{0};

mode_t currentUmask()
{
    // umask() can only be read by setting it; the lock keeps two writers from seeing each other's 0.
    static std::mutex lock;
    const std::lock_guard guard(lock);
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return mask;
}

// ".<name>.marginalia-tmp-" beside the target.
QString temporaryPrefix(const QString &target)
{
    const QFileInfo info(target);
    return info.absolutePath() + u'/' + u'.' + info.fileName() + kMarker;
}

void fsyncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);   // best effort: some file systems refuse fsync on a folder
    ::close(fd);
}

} // namespace

AtomicFile::AtomicFile(QString target, QObject *parent) : QIODevice(parent), m_target(std::move(target)) {}

AtomicFile::~AtomicFile()
{
    discard();
}

QString AtomicFile::describeError(int error)
{
    const QString detail = QString::fromLocal8Bit(std::strerror(error));
    switch (error) {
    case ENOSPC:
        return QStringLiteral("the disk is full (%1)").arg(detail);
    case EDQUOT:
        return QStringLiteral("the disk quota is used up (%1)").arg(detail);
    case EACCES:
    case EPERM:
        return QStringLiteral("permission denied (%1)").arg(detail);
    case EROFS:
        return QStringLiteral("the disk is read-only (%1)").arg(detail);
    case ENOENT:
    case ENOTDIR:
        return QStringLiteral("the folder does not exist (%1)").arg(detail);
    case EIO:
        return QStringLiteral("the disk reported an input/output error (%1)").arg(detail);
    default:
        return detail;
    }
}

void AtomicFile::injectWriteFailure(qint64 afterBytes, int error)
{
    g_failError = error;
    g_failAfter = afterBytes;
}

Result<void> AtomicFile::fail(const QString &what, int error)
{
    discard();
    return failure(QStringLiteral("cannot write %1: %2%3")
                       .arg(QDir::toNativeSeparators(m_target), what.isEmpty() ? QString() : what + QStringLiteral(": "),
                            describeError(error)));
}

Result<void> AtomicFile::begin()
{
    discard();
    // A link is followed: the file it points to is replaced, the link stays a link.
    const QFileInfo info(m_target);
    if (info.isSymLink()) {
        const QString linked = info.symLinkTarget();
        if (!linked.isEmpty())
            m_target = linked;
    }
    m_error = 0;
    m_written = 0;
    QByteArray pattern =
        QFile::encodeName(temporaryPrefix(m_target) + QString::number(::getpid()) + QStringLiteral("-XXXXXX"));
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd < 0)
        return fail(QStringLiteral("cannot create a file in its folder"), errno);
    m_fd = fd;
    m_temporary = QFile::decodeName(pattern);
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    return {};
}

qint64 AtomicFile::readData(char *, qint64)
{
    return -1;
}

qint64 AtomicFile::writeData(const char *data, qint64 size)
{
    if (m_fd < 0 || m_error != 0)
        return -1;
    qint64 done = 0;
    const qint64 at = pos();
    while (done < size) {
        qint64 chunk = size - done;
        const qint64 failAfter = g_failAfter;
        if (failAfter >= 0 && m_written + chunk > failAfter)
            chunk = std::max<qint64>(0, failAfter - m_written);
        ssize_t n = 0;
        if (chunk == 0) {
            n = -1;
            errno = g_failError;
        } else {
            n = ::pwrite(m_fd, data + done, static_cast<size_t>(chunk), static_cast<off_t>(at + done));
        }
        if (n < 0) {
            if (errno == EINTR)
                continue;
            m_error = errno;
            setErrorString(describeError(m_error));
            return -1;
        }
        done += n;
        m_written += n;
    }
    return size;
}

qint64 AtomicFile::size() const
{
    struct stat status {};
    if (m_fd < 0 || ::fstat(m_fd, &status) != 0)
        return 0;
    return static_cast<qint64>(status.st_size);
}

void AtomicFile::close()
{
    // QuaZip closes the device it wrote to; the file itself stays open for commit().
    QIODevice::close();
}

Result<void> AtomicFile::append(QByteArrayView bytes)
{
    if (m_fd < 0)
        return failure(QStringLiteral("cannot write %1: the file is not open").arg(QDir::toNativeSeparators(m_target)));
    if (!isOpen())
        QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    if (QIODevice::write(bytes.data(), bytes.size()) != bytes.size())
        return fail({}, m_error != 0 ? m_error : EIO);
    return {};
}

Result<void> AtomicFile::commit()
{
    if (m_fd < 0)
        return failure(QStringLiteral("cannot write %1: the file is not open").arg(QDir::toNativeSeparators(m_target)));
    if (m_error != 0)
        return fail({}, m_error);
    QIODevice::close();
    if (::fsync(m_fd) != 0)
        return fail({}, errno);
    // The permissions of the user's other files: the old file's when replacing it, else what the umask gives.
    mode_t mode = 0666 & ~currentUmask();
    struct stat existing {};
    const QByteArray target = QFile::encodeName(m_target);
    const bool replacing = ::stat(target.constData(), &existing) == 0;
    if (replacing) {
        mode = existing.st_mode & 07777;
        // The owner stays the old file's where we may set it (root replacing a user's file); else ours.
        if (existing.st_uid != ::geteuid() || existing.st_gid != ::getegid())
            (void)::fchown(m_fd, existing.st_uid, existing.st_gid);
    }
    if (::fchmod(m_fd, mode) != 0)
        return fail(QStringLiteral("cannot set its permissions"), errno);
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(QFile::encodeName(m_temporary).constData());
        m_temporary.clear();
        return failure(QStringLiteral("cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(m_target), describeError(error)));
    }
    if (::rename(QFile::encodeName(m_temporary).constData(), target.constData()) != 0) {
        const int error = errno;
        ::unlink(QFile::encodeName(m_temporary).constData());
        m_temporary.clear();
        return failure(QStringLiteral("cannot write %1: cannot replace it: %2")
                           .arg(QDir::toNativeSeparators(m_target), describeError(error)));
    }
    m_temporary.clear();
    fsyncFolder(QFileInfo(m_target).absolutePath());
    return {};
}

void AtomicFile::discard()
{
    if (isOpen())
        QIODevice::close();
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temporary.isEmpty()) {
        ::unlink(QFile::encodeName(m_temporary).constData());
        m_temporary.clear();
    }
}

Result<void> AtomicFile::write(const QString &target, QByteArrayView bytes)
{
    AtomicFile file(target);
    if (auto ok = file.begin(); !ok)
        return ok;
    if (auto ok = file.append(bytes); !ok)
        return ok;
    return file.commit();
}

int AtomicFile::removeStaleTemporaries(const QString &target)
{
    const QFileInfo info(target);
    QDir folder(info.absolutePath());
    const QString prefix = u'.' + info.fileName() + kMarker;
    int removed = 0;
    const QFileInfoList candidates =
        folder.entryInfoList({prefix + u'*'}, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    for (const QFileInfo &candidate : candidates) {
        // ".<name>.marginalia-tmp-<pid>-XXXXXX": a writer still running on this machine keeps its file.
        const QString rest = candidate.fileName().mid(prefix.size());
        bool isNumber = false;
        const qint64 pid = rest.section(u'-', 0, 0).toLongLong(&isNumber);
        if (!isNumber || rest.section(u'-', 1).size() != 6)
            continue;
        bool writerGone = pid <= 0;
        if (pid > 0 && pid != ::getpid())
            writerGone = ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
        const bool old = candidate.lastModified().toUTC() < dayAgo;
        if ((writerGone || old) && QFile::remove(candidate.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

} // namespace marginalia
