#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>

class QuaZip;

namespace marginalia::refiqda {

// Read-only access to a .qdpx archive that trusts nothing in it. Opening refuses archives with
// entries whose names point outside the archive (absolute paths, drive letters, ".."), or with
// more entries than the limit. Entries are only ever read by name, into memory (read: small
// entries such as source texts) or as a stream (openStream: project.qde, parsed as it inflates).
// Every entry is capped (the directory's claimed size and the bytes actually inflated), as is
// its compression ratio past a threshold, and all reads together: a zip bomb fails with a
// message instead of filling memory or disk.
class QdpxArchive
{
public:
    struct Limits
    {
        qint64 maxEntryBytes = 0;       // any entry, streamed or not
        qint64 maxReadBytes = 0;        // an entry read whole into memory
        qint64 maxTotalBytes = 0;       // all entries read, together
        qint64 maxEntries = 0;
        qint64 maxCompressionRatio = 0;   // inflated / compressed; 0: no ratio guard
        qint64 ratioGuardFromBytes = 0;   // the ratio is only checked past this many inflated bytes
    };

    static Result<std::unique_ptr<QdpxArchive>> open(const QString &path, const Limits &limits);
    ~QdpxArchive();

    const QStringList &entries() const { return m_entries; }
    // The entry of this name: exact, else case-insensitive (some producers write "Sources/"). Empty if none.
    QString findEntry(const QString &name) const;
    Result<QByteArray> read(const QString &entryName);
    // The entry as a sequential device that inflates as it is read. A read past a limit fails
    // (returns -1); limitError() then says which. Only one entry can be open at a time.
    Result<std::unique_ptr<QIODevice>> openStream(const QString &entryName);
    // Why the last stream stopped at a limit, or empty.
    QString limitError() const { return m_limitError; }

    // Why this entry name is unsafe to use as a path, or empty if it is a plain relative name.
    static QString unsafeNameReason(const QString &name);

private:
    friend class EntryStream;
    QdpxArchive() = default;
    struct EntryGuard
    {
        QString entryName;
        qint64 compressedSize = 0;
        qint64 cap = 0;
    };
    Result<EntryGuard> prepareEntry(const QString &entryName, qint64 cap);
    // Counts n more inflated bytes of the entry, of which `inflated` have been read so far;
    // the reason for refusing, or empty.
    QString account(const EntryGuard &guard, qint64 inflated, qint64 n);

    std::unique_ptr<QuaZip> m_zip;
    QString m_fileName;
    QString m_path;
    QStringList m_entries;
    Limits m_limits;
    qint64 m_inflated = 0;
    qint64 m_archiveBytes = 1;
    QString m_limitError;
};

} // namespace marginalia::refiqda
