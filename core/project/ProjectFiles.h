#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace marginalia {

// The files of a project on disk, looked at directly (not through SQLite) before a project is
// opened: so that a message can name the real cause (an unreadable folder, a truncated file), so
// that a -wal left beside a file it does not belong to is not replayed into it, and so that our
// own temporary files left by a killed process are tidied away.
namespace ProjectFiles {

// What the first 100 bytes of the file (SQLite's header) say.
struct Header
{
    qint64 fileBytes = 0;
    int pageSize = 0;
    qint64 pageCount = 0;      // the header's own count (0 when SQLite does not vouch for it)
    quint32 applicationId = 0;
    int userVersion = 0;       // Marginalia's file format
    // A -wal with content is beside the file: the two numbers above may be out of date.
    bool walMayChangeHeader = false;
};

// Checks the folder and file can be read and the file is a complete SQLite database made by
// Marginalia; the sentence names the cause otherwise. Does not change anything.
Result<Header> inspect(const QString &path, int applicationId);

// True when this process may write the file (not only its folder).
bool canWrite(const QString &path);
// True when another connection (any program) has the project open right now: it holds the
// shared lock SQLite takes on the -shm file while a connection uses the write-ahead log.
bool inUseByAnotherConnection(const QString &path);
// True when a descriptor of this process is open on the file with this device and inode (read from /proc/self/fd;
// nothing is opened or closed but that folder).
bool isOpenHere(dev_t device, ino_t inode);

// A -wal file left beside the project by a crash is replayed into it on the next open. When the
// project file has been replaced since (by a copy, a restore by hand, a sync tool), that replay
// would write another file's pages into it: silently mixing two versions. A -wal is judged not to
// belong to the project when the project file was changed after the last write to the -wal
// (its status-change time is later) and not one of the page images the -wal holds is in the
// project file (a checkpoint that was interrupted has copied at least one of them; a replaced file
// has none). Such a -wal is renamed to "<project>-wal.stale-<time>" (kept, not deleted) and the
// -shm removed; the returned sentence says so. Nothing happens while another program has the
// project open. Returns an empty string when nothing was moved.
Result<QString> setAsideStaleWal(const QString &path);

// A -shm or -wal beside the project that this user may not write (left by a colleague who opened
// the shared project, or by another account) makes every write fail with "read-only database".
// When nobody has the project open, the -shm is removed (SQLite rebuilds it from the -wal) and the
// -wal is replaced by a copy of itself that this user owns (content kept). Returns the sentence
// for the user, empty when there was nothing to do; a failure names the file to remove by hand.
Result<QString> takeOverLeftovers(const QString &path);

// Temporary files Marginalia writes beside a file (an unfinished backup copy, an unfinished new
// project) are named "<dot><name>.<kind>-<pid>-<random>". This makes such a name for target.
QString temporaryPathFor(const QString &target, const QString &kind);
// Removes temporaries of ours beside path (and their -journal/-wal/-shm) whose process has ended.
// Only names of exactly that pattern, for this file name, are touched. Returns the names removed.
QStringList removeAbandonedTemporaries(const QString &path);

// Flushes a file, then its folder, to the disk (so a rename that follows survives a power cut).
Result<void> syncFile(const QString &path);
Result<void> syncFolderOf(const QString &path);
// Renames a finished temporary over its final name atomically, refusing to replace an existing file.
Result<void> publish(const QString &temporary, const QString &target);

} // namespace ProjectFiles

} // namespace marginalia
