#include "refiqda/QdpxArchive.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <QFile>
#include <QFileInfo>
#include <QLocale>

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
    probe.close();

    std::unique_ptr<QdpxArchive> archive(new QdpxArchive);
    archive->m_fileName = fileName;
    archive->m_limits = limits;
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

Result<QByteArray> QdpxArchive::read(const QString &entryName)
{
    if (!m_zip->setCurrentFile(entryName, QuaZip::csSensitive))
        return failure(u"%1: has no entry %2"_s.arg(m_fileName, entryName));
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info))
        return failure(u"%1: its zip directory is damaged"_s.arg(m_fileName));
    if (info.flags & 0x1u)
        return failure(u"%1: %2 is encrypted in the archive"_s.arg(m_fileName, entryName));

    const qint64 entryLimit = m_limits.maxEntryBytes;
    const qint64 totalLeft = m_limits.maxTotalBytes - m_inflated;
    const QString tooLarge = u"%1: is refused: %2 inflates to more than %3, the limit (a zip bomb?); nothing was imported"_s
                                 .arg(m_fileName, entryName, sizeText(entryLimit));
    const QString tooMuch = u"%1: is refused: its entries inflate to more than %2 altogether, the limit (a zip bomb?); "
                            u"nothing was imported"_s.arg(m_fileName, sizeText(m_limits.maxTotalBytes));
    // The claim in the central directory first, then the bytes actually produced.
    if (info.uncompressedSize > static_cast<quint64>(entryLimit))
        return failure(tooLarge);
    if (info.uncompressedSize > static_cast<quint64>(totalLeft))
        return failure(tooMuch);

    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return failure(u"%1: %2 cannot be inflated"_s.arg(m_fileName, entryName));
    QByteArray data;
    data.reserve(static_cast<qsizetype>(info.uncompressedSize));
    std::array<char, 64 * 1024> buffer{};
    for (;;) {
        const qint64 n = file.read(buffer.data(), static_cast<qint64>(buffer.size()));
        if (n < 0)
            return failure(u"%1: %2 is damaged"_s.arg(m_fileName, entryName));
        if (n == 0)
            break;
        if (data.size() + n > entryLimit)
            return failure(tooLarge);
        if (data.size() + n > totalLeft)
            return failure(tooMuch);
        data.append(buffer.data(), static_cast<qsizetype>(n));
    }
    file.close();
    if (file.getZipError() != UNZ_OK)
        return failure(u"%1: %2 fails its checksum"_s.arg(m_fileName, entryName));
    m_inflated += data.size();
    return data;
}

} // namespace marginalia::refiqda
