#include "refiqda/QdpxArchive.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <array>

namespace marginalia::refiqda {

using namespace Qt::StringLiterals;

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes);
}

} // namespace

QdpxArchive::~QdpxArchive() = default;

QString QdpxArchive::unsafeNameReason(const QString &name)
{
    if (name.isEmpty())
        return u"has an empty name"_s;
    if (name.contains(QChar(0)))
        return u"has a NUL character in its name"_s;
    QString path = name;
    path.replace(u'\\', u'/');
    if (path.startsWith(u'/'))
        return u"is an absolute path"_s;
    if (path.size() >= 2 && path.at(1) == u':' && path.at(0).isLetter())
        return u"starts with a drive letter"_s;
    const QStringList parts = path.split(u'/');
    for (const QString &part : parts) {
        if (part == u"..")
            return u"climbs out of the archive with '..'"_s;
    }
    return {};
}

Result<std::unique_ptr<QdpxArchive>> QdpxArchive::open(const QString &path, const Limits &limits)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return failure(u"%1: cannot be opened (%2)"_s.arg(fileName, probe.errorString()));
    const qint64 archiveBytes = probe.size();
    probe.close();

    std::unique_ptr<QdpxArchive> archive(new QdpxArchive);
    archive->m_fileName = fileName;
    archive->m_path = path;
    archive->m_limits = limits;
    archive->m_archiveBytes = std::max<qint64>(archiveBytes, 1);
    archive->m_zip = std::make_unique<QuaZip>(path);
    if (!archive->m_zip->open(QuaZip::mdUnzip))
        return failure(u"%1: is not a REFI-QDA project (.qdpx files are zip archives, and this is not one)"_s.arg(fileName));
    const qint64 count = archive->m_zip->getEntriesCount();
    if (count < 0)
        return failure(u"%1: its zip directory is damaged"_s.arg(fileName));
    if (count > limits.maxEntries)
        return failure(u"%1: is refused: it holds %2 entries, more than the limit of %3"_s.arg(fileName)
                           .arg(count)
                           .arg(limits.maxEntries));
    archive->m_entries = archive->m_zip->getFileNameList();
    if (archive->m_zip->getZipError() != UNZ_OK)
        return failure(u"%1: its zip directory is damaged"_s.arg(fileName));
    for (const QString &entry : std::as_const(archive->m_entries)) {
        const QString reason = unsafeNameReason(entry);
        if (!reason.isEmpty())
            return failure(u"%1: is refused: the archive holds an entry named '%2', which %3 (a \"zip slip\" "
                           u"attack could write outside the target); nothing was imported"_s
                               .arg(fileName, entry, reason));
    }
    return archive;
}

QString QdpxArchive::findEntry(const QString &name) const
{
    if (m_entries.contains(name))
        return name;
    for (const QString &entry : m_entries) {
        if (entry.compare(name, Qt::CaseInsensitive) == 0)
            return entry;
    }
    return {};
}

Result<QdpxArchive::EntryGuard> QdpxArchive::prepareEntry(const QString &entryName, qint64 cap)
{
    if (!m_zip->setCurrentFile(entryName, QuaZip::csSensitive))
        return failure(u"%1: has no entry %2"_s.arg(m_fileName, entryName));
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info))
        return failure(u"%1: its zip directory is damaged"_s.arg(m_fileName));
    if (info.flags & 0x1u)
        return failure(u"%1: %2 is encrypted in the archive"_s.arg(m_fileName, entryName));
    // The compressed size is a claim too: never more than the archive itself, so that a header
    // claiming gigabytes of compressed data cannot switch the ratio guard off.
    const qint64 claimedCompressed = static_cast<qint64>(std::min<quint64>(info.compressedSize, quint64(1) << 62));
    EntryGuard guard{entryName, std::min(claimedCompressed, m_archiveBytes), cap};
    // The claim in the central directory first, then (account) the bytes actually produced.
    const QString refused = account(guard, 0, static_cast<qint64>(std::min<quint64>(info.uncompressedSize, quint64(1) << 62)));
    if (!refused.isEmpty())
        return failure(refused);
    return guard;
}

QString QdpxArchive::account(const EntryGuard &guard, qint64 inflated, qint64 n)
{
    const qint64 after = inflated + n;
    if (after > guard.cap)
        return u"%1: is refused: %2 inflates to more than %3, the limit%4 (a zip bomb?); nothing was imported"_s.arg(
            m_fileName, guard.entryName, sizeText(guard.cap),
            guard.cap == m_limits.maxReadBytes ? u" (option --max-source-text)"_s : QString());
    if (m_inflated + n > m_limits.maxTotalBytes)
        return u"%1: is refused: its entries inflate to more than %2 altogether, the limit (option --max-inflated; a zip "
               u"bomb?); nothing was imported"_s.arg(m_fileName, sizeText(m_limits.maxTotalBytes));
    // Real text and XML deflate by 3 to 20 times; a thousandfold is a bomb.
    if (m_limits.maxCompressionRatio > 0 && after > m_limits.ratioGuardFromBytes
        && after / std::max<qint64>(guard.compressedSize, 1) >= m_limits.maxCompressionRatio)
        return u"%1: is refused: %2 inflates more than %3 times its compressed size of %4, the limit (a zip bomb?); "
               u"nothing was imported"_s.arg(m_fileName, guard.entryName)
                   .arg(m_limits.maxCompressionRatio)
                   .arg(sizeText(guard.compressedSize));
    return {};
}

Result<QByteArray> QdpxArchive::read(const QString &entryName)
{
    auto guard = prepareEntry(entryName, std::min(m_limits.maxEntryBytes, m_limits.maxReadBytes));
    if (!guard)
        return failure(guard.error());
    qint64 claimed = 0;
    {
        QuaZipFileInfo64 info;
        if (m_zip->getCurrentFileInfo(&info))
            claimed = static_cast<qint64>(std::min<quint64>(info.uncompressedSize, quint64(guard->cap)));
    }

    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return failure(u"%1: %2 cannot be inflated"_s.arg(m_fileName, entryName));
    QByteArray data;
    data.reserve(static_cast<qsizetype>(claimed));
    std::array<char, 64 * 1024> buffer{};
    for (;;) {
        const qint64 n = file.read(buffer.data(), static_cast<qint64>(buffer.size()));
        if (n < 0)
            return failure(u"%1: %2 is damaged"_s.arg(m_fileName, entryName));
        if (n == 0)
            break;
        if (const QString refused = account(*guard, data.size(), n); !refused.isEmpty())
            return failure(refused);
        m_inflated += n;
        data.append(buffer.data(), static_cast<qsizetype>(n));
    }
    file.close();
    if (file.getZipError() != UNZ_OK)
        return failure(u"%1: %2 fails its checksum"_s.arg(m_fileName, entryName));
    return data;
}

// An entry inflating as it is read, through the archive's limits.
class EntryStream : public QIODevice
{
public:
    // A zip handle of its own, so that other entries can be read while this one is open.
    EntryStream(QdpxArchive &archive, QdpxArchive::EntryGuard guard)
        : m_archive(archive), m_guard(std::move(guard)), m_zip(archive.m_path), m_file(&m_zip)
    {
    }
    bool start()
    {
        if (!m_zip.open(QuaZip::mdUnzip) || !m_zip.setCurrentFile(m_guard.entryName, QuaZip::csSensitive))
            return false;
        if (!m_file.open(QIODevice::ReadOnly))
            return false;
        return open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    void close() override
    {
        m_file.close();
        QIODevice::close();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failed)
            return -1;
        if (maxSize <= 0 || m_checked)
            return 0;
        const qint64 n = m_file.read(data, maxSize);
        if (n < 0) {
            m_failed = true;
            setErrorString(u"%1 is damaged"_s.arg(m_guard.entryName));
            return -1;
        }
        if (n == 0) {
            if (!m_checked) {
                m_checked = true;
                m_file.close();
                if (m_file.getZipError() != UNZ_OK) {
                    m_failed = true;
                    setErrorString(u"%1 fails its checksum"_s.arg(m_guard.entryName));
                    m_archive.m_limitError = u"%1: %2 fails its checksum"_s.arg(m_archive.m_fileName, m_guard.entryName);
                    return -1;
                }
            }
            return 0;
        }
        if (const QString refused = m_archive.account(m_guard, m_read, n); !refused.isEmpty()) {
            m_failed = true;
            m_archive.m_limitError = refused;
            setErrorString(refused);
            return -1;
        }
        m_read += n;
        m_archive.m_inflated += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QdpxArchive &m_archive;
    QdpxArchive::EntryGuard m_guard;
    QuaZip m_zip;
    QuaZipFile m_file;
    qint64 m_read = 0;
    bool m_failed = false;
    bool m_checked = false;
};

Result<std::unique_ptr<QIODevice>> QdpxArchive::openStream(const QString &entryName)
{
    m_limitError.clear();
    auto guard = prepareEntry(entryName, m_limits.maxEntryBytes);
    if (!guard)
        return failure(guard.error());
    auto stream = std::make_unique<EntryStream>(*this, std::move(*guard));
    if (!stream->start())
        return failure(u"%1: %2 cannot be inflated"_s.arg(m_fileName, entryName));
    return std::unique_ptr<QIODevice>(std::move(stream));
}

} // namespace marginalia::refiqda
