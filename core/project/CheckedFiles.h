#pragma once

#include <QString>

#include <functional>
#include <optional>

struct stat;

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
// The schema check (SchemaCheck::verify: building the expected schema in memory and comparing) is remembered the
// same way, together with what it was checked against: the file's format version and a digest of the statements
// this program creates that format with (SchemaCheck::fingerprint), and the layout it matched. A program with another
// schema for the format checks the file again.
//
// The record is a small text file in the user's cache folder (…/marginalia/checked-projects), trusted as the user's
// own settings are; it keeps the last 256 entries and is written whole or not at all, read and changed under a lock
// of a file beside it (two programs recording at once keep each other's entries). An entry is the file's version,
// then, for the schema, a space and "fingerprint=layout" (entries of earlier programs have no schema part; an entry
// with one also means the pages were checked).
class CheckedFiles
{
public:
    // What identifies this version of the file's bytes, or nothing when it cannot be remembered (see above).
    static std::optional<QString> versionOf(const QString &path);
    // True when the pages of `version` (from versionOf, taken before opening) were recorded as checked.
    static bool wasChecked(const QString &version);
    // The file's version as it is now, for looking it up (a file changed a moment ago included: the one-second rule
    // of versionOf is for recording after a check; a version recorded by rememberOwnWrites is one changed a moment ago).
    static std::optional<QString> currentVersion(const QString &path);
    // The layout (SchemaCheck::verify's result) recorded when `version` was checked against the schema `schema`
    // (SchemaCheck::fingerprint), or nothing when it was not.
    static std::optional<int> checkedLayout(const QString &version, const QString &schema);
    // Both at once (one reading of the record): whether the pages of `version` were checked, and the layout its
    // schema matched against `schema`.
    struct Remembered
    {
        bool pages = false;
        std::optional<int> layout;
    };
    static Remembered lookup(const QString &version, const QString &schema);
    // Records that the file's pages were checked and its schema matched `schema` in `layout`. `before` is versionOf()
    // taken before the checks began: the file is remembered only when it is still the same afterwards.
    static void remember(const QString &path, const QString &before, const QString &schema, int layout);
    // This program's own writes (rememberOwnWrites) are recorded in two steps around the close of its last
    // connection to a file whose pages were checked (or found remembered) when it was opened:
    // - settledVersion, while that connection holds the file still (Project: the -wal copied into the file, then a read
    //   transaction that keeps every SQLite program from copying anything into it): the file's version once the
    //   kernel's coarse clock has moved past its status-change time, so that any later write to the file, even one at
    //   once, gives it another status-change time (a change within the same clock tick would otherwise keep it);
    //   nothing when that takes longer than a few milliseconds or the file cannot be remembered (see above);
    // - rememberOwnWrites, once the connection is closed and SQLite has removed the -wal: records `settled` when the
    //   file is still exactly that version, so the next opening need not read every page again (1.3 s at a million
    //   codings, after every session of work).
    // Whether the file holds only this program's writes (no other program, and no other SQLite connection of this
    // process, committed to it meanwhile) is Project's to judge (PRAGMA data_version of every connection).
    static std::optional<QString> settledVersion(const QString &path);
    static void rememberOwnWrites(const QString &path, const QString &settled);

private:
    enum class Recent { Refused, Accepted };   // a file changed less than a second ago
    static std::optional<QString> version(const QString &path, Recent recent);
    // The version of the file with this status (nothing when it cannot be remembered); `recent` as above.
    static std::optional<QString> version(const QString &path, const struct stat &file, Recent recent);
    // Writes `entry` for `version` into the record, in place of the version's entries that `replaces` picks.
    static void store(const QByteArray &version, const QByteArray &entry,
                      const std::function<bool(const QByteArray &)> &replaces);
};

} // namespace marginalia
