#pragma once

#include "common/Result.h"
#include "project/Database.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace marginalia {

// An open project file (*.marginalia, one SQLite database). Owns the connection, checks the
// file is ours and of a version we understand before touching it, migrates older files (after
// a backup copy), and writes the journal. The stores (DocumentStore, Codebook, CodingStore)
// work on a Project; they hold no state of their own, so any number can be made cheaply.
class Project
{
public:
    // 'MRGN' in the SQLite header: identifies a Marginalia project to us and to file(1).
    static constexpr int kApplicationId = 0x4D52474E;
    static constexpr int kSchemaVersion = 5;
    // The oldest format a read-only opening takes as it is (without upgrading it): format 4 only added the kept row
    // counts (RowCounts) and format 5 the kept coding counts (CodingCounts) with an index of codings with memos, which
    // such a connection counts or scans instead.
    static constexpr int kOldestFormatReadAsIs = 3;

    // Inspect: read-only, and a file of an older format is taken as it is (not upgraded) and not
    // checked page by page: for listing, counting and copying backups, whose tables an older
    // format has too. Everything else uses ReadWrite or ReadOnly.
    enum class Access { ReadWrite, ReadOnly, Inspect };

    ~Project();

    // Creates a new, empty project; refuses to overwrite an existing file.
    static Result<std::unique_ptr<Project>> create(const QString &path);
    // For work that fills a new project (an import into a new file): the project is made under a
    // temporary name beside path (".<name>.creating-<pid>-<hex>") and only gets its name with
    // publish(), once the work has committed. A process killed meanwhile leaves no empty project
    // under the real name, only that temporary, which the next open or create beside it removes;
    // a Project destroyed unpublished removes its file at once.
    static Result<std::unique_ptr<Project>> createUnpublished(const QString &path);
    // Gives a project from createUnpublished its name (never replacing a file); the connection
    // is reopened there. Does nothing for other projects.
    Result<void> publish();
    // Opens an existing project. Before any statement touches its data (and before anything is
    // written to it) the file is checked: readable, complete, a Marginalia project of a format we
    // know, its schema exactly what Marginalia makes for that format (SchemaCheck: no trigger or
    // view of anyone else's), and its pages sound (PRAGMA quick_check). Anything else is refused
    // with a sentence naming the cause, and the file is left as it was. A -wal left beside a file
    // it does not belong to is moved aside first (see notes()). Older formats are upgraded (after
    // a backup copy) when opened for writing.
    static Result<std::unique_ptr<Project>> open(const QString &path, Access access = Access::ReadWrite);

    Database &database() { return m_db; }
    const QString &path() const { return m_path; }
    QString fileName() const;
    QString name();
    // Opened for reading only (asked for, or the file cannot be written).
    bool isReadOnly() const;

    // Who is working: new codings and journal entries are attributed to this coder. With blind rounds applied the view
    // of codings is made for the new coder too; when that fails, nothing changes (the coder stays who it was) and the
    // sentence says so. Without them it cannot fail.
    Result<void> setCurrentCoder(const QString &name);
    QString currentCoder() const;

    // Blind rounds (AgreementRound) on this connection: applied, the view visible_codings that every list, count,
    // analysis and report reads leaves out, while a round is open, the other coders' codings on the round's documents
    // (project/VisibleCodings); it follows setCurrentCoder. Not applied (the default, the CLI): nothing is left out.
    // On failure nothing changes.
    Result<void> setBlindRoundsApplied(bool applied);
    bool blindRoundsApplied() const { return m_blindRoundsApplied; }

    // The id of the coder with this name, created if it does not exist yet.
    Result<qint64> coderId(const QString &name);
    Result<QStringList> coderNames();

    // Appends to the journal (inside the caller's transaction).
    Result<void> journal(const QString &action, const QJsonObject &detail);

    // Writes a consistent copy of the project (also while others use it) to targetPath: into a
    // temporary file beside it, flushed to the disk, then renamed; a failed copy leaves no file.
    Result<void> backupTo(const QString &targetPath);

    // Sentences about what opening found and did (a stale -wal moved aside, the file system
    // without a write-ahead log, leftover temporary files removed); empty normally. The CLI and the
    // GUI show them.
    const QStringList &notes() const { return m_notes; }
    // The file format the project is in (older only when opened with Access::Inspect).
    int formatVersion() const { return m_formatVersion; }

    // The full check (PRAGMA integrity_check, which also compares every index with its table, and
    // foreign_key_check): slower than the check on opening (seconds for a large project), for
    // before a merge or an export. A sentence naming the first problems and pointing to backups
    // when it fails.
    Result<void> checkIntegrity();

    // What opening did about a check: ran it, or found this very version of the file checked before (CheckedFiles),
    // or neither. The pages (PRAGMA quick_check) are not checked with Access::Inspect or when the file is already
    // open in this process; the schema (SchemaCheck) is always checked or remembered.
    enum class OpeningCheck { NotRun, Checked, Remembered };
    using PageCheck = OpeningCheck;

    // For a process that reads the texts once and ends (marginalia-cli search): SQLite's default page cache (2 MB)
    // instead of 64 MB, so pages read once are copied into the same few buffers instead of into fresh memory (the
    // page faults of filling 64 MB were a third of a search's CPU time).
    Result<void> usePageCacheForOneQuery();
    // For a process that only reads (marginalia-cli search): SQLite reads the file through a memory map instead of a
    // copy per page (a third less time in the kernel for a search that reads every text). A read error of a mapped
    // file (a disk failing, a file cut short by another program) arrives as SIGBUS, not as an error SQLite can return:
    // only a process that turns that signal into a message and an exit (cli::guardMappedReads) may call this.
    Result<void> useMappedReads();
    // A second connection to this very file, for a thread that reads beside this connection's (marginalia-cli search:
    // two threads read the texts in about the time one reads half of them). Opened read-only (immutable if this one
    // is), never checkpointing, with the choices of the two calls above that were made here, and with a read
    // transaction begun on it. Refused when the file's name no longer leads to the file this connection opened
    // (replaced since, by a restore or another program): the pages of that one were checked, not those of another. The
    // two connections read two states of the file, each its own: a document deleted or added by another program
    // between their first reads is in one and not the other. Each document should be read whole by one of them, and
    // one the second connection cannot read, read by this one.
    Result<std::unique_ptr<Database>> openSecondReader();
    PageCheck pageCheck() const { return m_pageCheck; }
    OpeningCheck schemaCheck() const { return m_schemaCheck; }

    // Whether this connection may take the totals of codings and documents from the numbers the file keeps
    // (RowCounts): format 4, and the numbers compared with the tables when this version of the file was checked
    // (or corrected since). False for an older format, for Access::Inspect, and for a file opened read-only whose
    // numbers disagreed: the tables are counted then.
    bool rowCountsKept() const { return m_rowCountsKept; }
    // The same for the kept codings per code, document and coder (CodingCounts): format 5, trusted with the row
    // counts (compared in the same check). False for format 4 or older opened as it is: the codings are counted.
    bool codingCountsKept() const { return m_rowCountsKept && m_formatVersion >= 5; }
    // Whether the copies of the paragraph rows (ParagraphSpans, format 5) may be read instead of the rows: compared
    // with them together with the row counts.
    bool paragraphSpansKept() const { return m_rowCountsKept && m_formatVersion >= 5; }

    // What this connection saw of the file when it was opened, to tell at its close whether anything but this
    // process's connections committed to the file meanwhile (PRAGMA data_version moves when another connection, of
    // any program, has committed since this one last read). Stamps order it among the file's other connections.
    struct Watch
    {
        quint64 before = 0;   // stamps around reading dataVersion
        quint64 after = 0;
        std::optional<qint64> dataVersion;   // nothing: not watched (an immutable connection sees no change)
        quint64 commitsOfOursBefore = 0;     // commits by this process's connections to the file until then
    };

private:
    Project() = default;
    // Begins the watch (after the connection is open, before it reads anything else).
    void startWatch(const QString &canonical, bool watchable);
    // Ends it before the connection closes; for the last connection of this process to a file whose pages were
    // checked and which only this process wrote, the file's version as it holds still (CheckedFiles::settledVersion).
    std::optional<QString> endWatch(bool mayHaveWritten);
    static int onCommit(void *project);
    Result<void> configureConnection();
    static Result<std::unique_ptr<Project>> createAt(const QString &path, const QString &namedPath);
    Result<void> createSchema(const QString &name);
    Result<void> migrate(int fromVersion, int layout);
    Result<void> quickCheck();
    Result<void> checkResult(std::string_view pragma, const QString &what);
    Result<void> correctRowCounts(const QString &disagreement);

    Database m_db;
    Database::OpenMode m_openMode = Database::OpenMode::ReadWrite;   // how open() opened m_db
    bool m_pageCacheForOneQuery = false;
    bool m_mappedReads = false;
    // The file m_db opened (taken from its name just after), for openSecondReader; 0 and 0: not known.
    quint64 m_fileDevice = 0;
    quint64 m_fileInode = 0;
    QString m_path;
    QString m_registeredPath;
    QString m_publishPath;   // set while a project from createUnpublished has no name yet
    Access m_access = Access::ReadWrite;
    int m_formatVersion = kSchemaVersion;
    PageCheck m_pageCheck = PageCheck::NotRun;
    OpeningCheck m_schemaCheck = OpeningCheck::NotRun;
    QString m_currentCoder;
    bool m_blindRoundsApplied = false;
    bool m_rowCountsKept = false;
    QStringList m_notes;
    QString m_watchedPath;   // the registry's key (canonical path) for onCommit and the watch
    Watch m_watch;
    quint64 m_ownCommits = 0;
};

// A fresh GUID for a project object, as REFI-QDA writes them (lower case, no braces).
QString newGuid();

// The current time as ISO 8601 UTC with seconds, the form stored in the project.
QString nowTimestamp();

} // namespace marginalia
