#pragma once

#include <QString>

#include <optional>

namespace marginalia {

// The project files whose pages this user's Marginalia has read through PRAGMA quick_check and found sound, so that
// opening one again does not read every page again (1.3 s for a 300 MB project with 1,000,000 codings, most of a
// search's time). A file is remembered by what only the kernel can set (device, inode, status-change time in
// nanoseconds) together with its size and modification time: any write to the file, and any replacement of it
// (copy, move, unpacking, download), gives it a new status-change time, which no program can set back (utimensat
// sets only access and modification times). The file as it came from someone else is therefore always checked once
// here before it is used; what is remembered is only "these very bytes were checked on this machine".
//
// Not remembered, so checked every time as before: files on file systems whose status-change time a file's author
// could influence (FAT, NTFS, network shares: only ext4, XFS, Btrfs, F2FS, ZFS, tmpfs and overlayfs count), files
// with a non-empty -wal beside them (pages not in the file itself), and files changed less than a second before the
// check began (the kernel's timestamps are coarse; a change within the same tick would keep the time).
//
// The record is a small text file in the user's cache folder (…/marginalia/checked-projects), trusted as the user's
// own settings are; it keeps the last 256 files and is written whole or not at all.
class CheckedFiles
{
public:
    // What identifies this version of the file's bytes, or nothing when it cannot be remembered (see above).
    static std::optional<QString> versionOf(const QString &path);
    // True when `version` (from versionOf, taken before opening) was recorded as checked.
    static bool wasChecked(const QString &version);
    // True when the file as it is now was recorded, by a check or by rememberOwnWrites (which records a file changed a
    // moment ago, so here the one-second rule of versionOf does not apply).
    static bool isRemembered(const QString &path);
    // Records that the file was checked. `before` is versionOf() taken before the check began: the file is remembered
    // only when it is still the same afterwards.
    static void remember(const QString &path, const QString &before);
    // Records the file as it is now, just after this program closed the last connection to it (no -wal left): its
    // pages were checked (or remembered) when it was opened and have since been written only by SQLite here, so the
    // next opening need not read them all again (1.3 s at a million codings, after every session of work). Taken
    // straight after the write, so the one-second rule of versionOf does not apply: what it guards against, a change
    // in the same clock tick, would here have to come from another program writing the file in the same few
    // milliseconds after this one closed it.
    static void rememberOwnWrites(const QString &path);

private:
    enum class Recent { Refused, Accepted };   // a file changed less than a second ago
    static std::optional<QString> version(const QString &path, Recent recent);
    static void store(const QString &fileVersion);
};

} // namespace marginalia
