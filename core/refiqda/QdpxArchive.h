#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QuaZip;

namespace marginalia::refiqda {

// Read-only access to a .qdpx archive that trusts nothing in it. Opening refuses archives with
// entries whose names point outside the archive (absolute paths, drive letters, ".."), or with
// more entries than the limit. Entries are only ever read into memory, by name, each capped
// (the directory's claimed size and the bytes actually inflated), and all reads together
// capped too: a zip bomb fails with a message instead of filling memory or disk.
class QdpxArchive
{
public:
    struct Limits
    {
        qint64 maxEntryBytes = 0;
        qint64 maxTotalBytes = 0;
        qint64 maxEntries = 0;
    };

    static Result<std::unique_ptr<QdpxArchive>> open(const QString &path, const Limits &limits);
    ~QdpxArchive();

    const QStringList &entries() const { return m_entries; }
    // The entry of this name: exact, else case-insensitive (some producers write "Sources/"). Empty if none.
    QString findEntry(const QString &name) const;
    Result<QByteArray> read(const QString &entryName);

    // Why this entry name is unsafe to use as a path, or empty if it is a plain relative name.
    static QString unsafeNameReason(const QString &name);

private:
    QdpxArchive() = default;

    std::unique_ptr<QuaZip> m_zip;
    QString m_fileName;
    QStringList m_entries;
    Limits m_limits;
    qint64 m_inflated = 0;
};

} // namespace marginalia::refiqda
