#pragma once

// A test-only SQLite VFS that simulates a power cut: it wraps the default unix VFS, passes every
// call through, and remembers for each file what the disk held at its last sync (the bytes each
// later write overwrote, and the synced length). powerFail() puts every file back to that state,
// as a machine losing its page cache would. armFailure(n) makes the n-th write, truncate or sync
// from now on fail and everything after it too (the machine is off), so a commit can be cut at any
// point. Registered as the default VFS while a PowerLossVfs::Scope lives; single-threaded use only.

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <new>
#include <map>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace marginalia::testing {

class PowerLossVfs
{
public:
    struct Scope
    {
        Scope() { PowerLossVfs::install(); }
        ~Scope() { PowerLossVfs::uninstall(); }
    };

    // The n-th write/truncate/sync from now (1 = the next) fails, and the power stays off.
    static void armFailure(long operations)
    {
        state().countdown = operations;
        state().dead = false;
    }
    static bool powerIsOff() { return state().dead; }

    // Puts every file back to its last synced state and switches the power on again. Returns how
    // many bytes of unsynced writes were discarded.
    static long long powerFail()
    {
        long long discarded = 0;
        for (auto &[path, file] : state().files) {
            const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
            if (fd < 0)
                continue;
            for (auto undo = file.undo.rbegin(); undo != file.undo.rend(); ++undo) {
                (void)!::pwrite(fd, undo->before.data(), undo->before.size(), undo->offset);
                discarded += static_cast<long long>(undo->before.size());
            }
            struct stat status {};
            ::fstat(fd, &status);
            discarded += std::max<long long>(0, status.st_size - file.syncedSize);
            (void)!::ftruncate(fd, file.syncedSize);
            ::close(fd);
            file.undo.clear();
        }
        // Putting bytes back is itself a write, which moves the project file's status-change time
        // past its -wal's; a real power cut does not do that (and Project::open would then take the
        // -wal for one of another file). The -wal files get the latest time again.
        for (const auto &[path, file] : state().files) {
            if (path.ends_with("-wal"))
                ::utimensat(AT_FDCWD, path.c_str(), nullptr, 0);
        }
        state().dead = false;
        state().countdown = -1;
        return discarded;
    }

private:
    struct Undo
    {
        sqlite3_int64 offset;
        std::string before;
    };
    struct FileState
    {
        sqlite3_int64 syncedSize = 0;
        std::vector<Undo> undo;
    };
    struct State
    {
        sqlite3_vfs *base = nullptr;
        sqlite3_vfs vfs {};
        sqlite3_io_methods io {};
        std::map<std::string, FileState> files;
        long countdown = -1;
        bool dead = false;
    };
    struct File
    {
        sqlite3_file base;
        sqlite3_file *real;
        std::string path;   // empty: a temporary file, not tracked
    };

    static State &state()
    {
        static State instance;
        return instance;
    }

    // Counts one disk-changing operation; false when the power is (now) off.
    static bool powerOn()
    {
        State &s = state();
        if (s.dead)
            return false;
        if (s.countdown > 0 && --s.countdown == 0) {
            s.dead = true;
            return false;
        }
        return true;
    }

    static File *cast(sqlite3_file *file) { return reinterpret_cast<File *>(file); }

    static void remember(File *file, sqlite3_int64 offset, sqlite3_int64 bytes)
    {
        if (file->path.empty())
            return;
        FileState &tracked = state().files[file->path];
        const sqlite3_int64 end = std::min(offset + bytes, tracked.syncedSize);
        if (end <= offset)
            return;   // beyond the synced length: the truncate on power failure removes it
        std::string before(static_cast<size_t>(end - offset), '\0');
        const int fd = ::open(file->path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            (void)!::pread(fd, before.data(), before.size(), offset);
            ::close(fd);
        }
        tracked.undo.push_back({offset, std::move(before)});
    }

    static int xClose(sqlite3_file *file)
    {
        File *f = cast(file);
        const int rc = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
        f->path.~basic_string();
        return rc;
    }
    static int xRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
    {
        return cast(file)->real->pMethods->xRead(cast(file)->real, buffer, amount, offset);
    }
    static int xWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
    {
        if (!powerOn())
            return SQLITE_IOERR_WRITE;
        remember(cast(file), offset, amount);
        return cast(file)->real->pMethods->xWrite(cast(file)->real, buffer, amount, offset);
    }
    static int xTruncate(sqlite3_file *file, sqlite3_int64 size)
    {
        if (!powerOn())
            return SQLITE_IOERR_TRUNCATE;
        File *f = cast(file);
        if (!f->path.empty())
            remember(f, size, state().files[f->path].syncedSize - size);
        return f->real->pMethods->xTruncate(f->real, size);
    }
    static int xSync(sqlite3_file *file, int flags)
    {
        if (!powerOn())
            return SQLITE_IOERR_FSYNC;
        File *f = cast(file);
        const int rc = f->real->pMethods->xSync(f->real, flags);
        if (rc == SQLITE_OK && !f->path.empty()) {
            FileState &tracked = state().files[f->path];
            tracked.undo.clear();
            sqlite3_int64 size = 0;
            f->real->pMethods->xFileSize(f->real, &size);
            tracked.syncedSize = size;
        }
        return rc;
    }
    static int xFileSize(sqlite3_file *file, sqlite3_int64 *size)
    {
        return cast(file)->real->pMethods->xFileSize(cast(file)->real, size);
    }
    static int xLock(sqlite3_file *file, int lock) { return cast(file)->real->pMethods->xLock(cast(file)->real, lock); }
    static int xUnlock(sqlite3_file *file, int lock) { return cast(file)->real->pMethods->xUnlock(cast(file)->real, lock); }
    static int xCheckReservedLock(sqlite3_file *file, int *out)
    {
        return cast(file)->real->pMethods->xCheckReservedLock(cast(file)->real, out);
    }
    static int xFileControl(sqlite3_file *file, int op, void *arg)
    {
        return cast(file)->real->pMethods->xFileControl(cast(file)->real, op, arg);
    }
    static int xSectorSize(sqlite3_file *file) { return cast(file)->real->pMethods->xSectorSize(cast(file)->real); }
    static int xDeviceCharacteristics(sqlite3_file *file)
    {
        return cast(file)->real->pMethods->xDeviceCharacteristics(cast(file)->real);
    }
    static int xShmMap(sqlite3_file *file, int page, int size, int extend, void volatile **out)
    {
        return cast(file)->real->pMethods->xShmMap(cast(file)->real, page, size, extend, out);
    }
    static int xShmLock(sqlite3_file *file, int offset, int n, int flags)
    {
        return cast(file)->real->pMethods->xShmLock(cast(file)->real, offset, n, flags);
    }
    static void xShmBarrier(sqlite3_file *file) { cast(file)->real->pMethods->xShmBarrier(cast(file)->real); }
    static int xShmUnmap(sqlite3_file *file, int deleteFlag)
    {
        return cast(file)->real->pMethods->xShmUnmap(cast(file)->real, deleteFlag);
    }

    static int xOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
    {
        State &s = state();
        File *f = cast(file);
        f->real = reinterpret_cast<sqlite3_file *>(f + 1);
        new (&f->path) std::string(name ? name : "");
        f->base.pMethods = nullptr;
        const int rc = s.base->xOpen(s.base, name, f->real, flags, outFlags);
        if (rc != SQLITE_OK) {
            f->path.~basic_string();
            return rc;
        }
        f->base.pMethods = &s.io;
        if (!f->path.empty() && !s.files.contains(f->path)) {
            // A file that exists when first opened is taken as safely on the disk.
            sqlite3_int64 size = 0;
            f->real->pMethods->xFileSize(f->real, &size);
            s.files[f->path].syncedSize = size;
        }
        return SQLITE_OK;
    }
    static int xDelete(sqlite3_vfs *, const char *name, int syncDirectory)
    {
        if (!powerOn())
            return SQLITE_IOERR_DELETE;
        state().files.erase(name);
        return state().base->xDelete(state().base, name, syncDirectory);
    }

    static void install()
    {
        State &s = state();
        s.base = sqlite3_vfs_find(nullptr);
        s.vfs = *s.base;
        s.vfs.zName = "powerloss";
        s.vfs.szOsFile = static_cast<int>(sizeof(File)) + s.base->szOsFile;
        s.vfs.xOpen = &xOpen;
        s.vfs.xDelete = &xDelete;
        s.vfs.pNext = nullptr;
        s.io = {};
        s.io.iVersion = 2;   // shared memory, no memory-mapped reads
        s.io.xClose = &xClose;
        s.io.xRead = &xRead;
        s.io.xWrite = &xWrite;
        s.io.xTruncate = &xTruncate;
        s.io.xSync = &xSync;
        s.io.xFileSize = &xFileSize;
        s.io.xLock = &xLock;
        s.io.xUnlock = &xUnlock;
        s.io.xCheckReservedLock = &xCheckReservedLock;
        s.io.xFileControl = &xFileControl;
        s.io.xSectorSize = &xSectorSize;
        s.io.xDeviceCharacteristics = &xDeviceCharacteristics;
        s.io.xShmMap = &xShmMap;
        s.io.xShmLock = &xShmLock;
        s.io.xShmBarrier = &xShmBarrier;
        s.io.xShmUnmap = &xShmUnmap;
        s.files.clear();
        s.countdown = -1;
        s.dead = false;
        sqlite3_vfs_register(&s.vfs, 1);
    }
    static void uninstall()
    {
        State &s = state();
        sqlite3_vfs_unregister(&s.vfs);
        sqlite3_vfs_register(s.base, 1);
    }
};

} // namespace marginalia::testing
