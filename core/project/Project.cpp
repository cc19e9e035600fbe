#include "project/Project.h"
#include "project/VisibleCodings.h"

#include "project/CheckedFiles.h"
#include "project/ProjectFiles.h"
#include "project/RowCounts.h"
#include "project/Schema.h"
#include "project/SchemaCheck.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutex>
#include <QUuid>

#include <sqlite3.h>
#include <sys/stat.h>

#include <algorithm>
#include <map>
#include <set>

namespace marginalia {

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString nowTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString Project::fileName() const
{
    return QFileInfo(m_path).fileName();
}

QString Project::name()
{
    auto stmt = m_db.prepare("SELECT value FROM project_info WHERE key = 'name'");
    if (stmt && stmt->step())
        return stmt->text(0);
    return QFileInfo(m_path).completeBaseName();
}

Result<void> Project::setCurrentCoder(const QString &name)
{
    const QString previous = std::exchange(m_currentCoder, name);
    if (m_blindRoundsApplied && m_db.handle()) {
        // The view of codings follows the coder (blind rounds); when it cannot be made for the new one, the view and
        // the coder stay as they were (setVisibleCodingsViewer is all or nothing).
        if (auto ok = setVisibleCodingsViewer(m_db, currentCoder()); !ok) {
            const QString wanted = currentCoder();
            m_currentCoder = previous;
            return failure(QStringLiteral("%1: the codings %2 may see could not be prepared (%3); the coder is still %4")
                               .arg(fileName(), wanted, ok.error(), currentCoder()));
        }
    }
    return {};
}

Result<void> Project::setBlindRoundsApplied(bool applied)
{
    if (auto ok = setVisibleCodingsViewer(m_db, applied ? currentCoder() : QString()); !ok)
        return failure(QStringLiteral("%1: the codings %2 may see could not be prepared (%3)")
                           .arg(fileName(), currentCoder(), ok.error()));
    m_blindRoundsApplied = applied;
    return {};
}

QString Project::currentCoder() const
{
    if (!m_currentCoder.isEmpty())
        return m_currentCoder;
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("default") : user;
}

namespace {

// For a process that reads once and ends (usePageCacheForOneQuery, useMappedReads, openSecondReader).
constexpr const char *kPageCacheForOneQuery = "PRAGMA cache_size = -2000";
// As much as SQLite maps (its limit, 2 GB in Debian's build); pages past it are read as before.
constexpr const char *kMappedReads = "PRAGMA mmap_size = 2147418112";

// The projects this process has open (by canonical path, counted). Opening a project looks at its
// files directly (ProjectFiles) before SQLite does; closing such a descriptor would drop every fcntl
// lock this process holds on the file, SQLite's included. So that is only done while no connection
// of this process has the file open, and one opening at a time does it (g_directPhase): a second
// opening waits, then finds the file registered and leaves the files alone. A -wal that this
// process is writing is likewise never judged stale (fcntl locks do not show a process its own).
QMutex g_openMutex;
QMutex g_directPhase;
// The life of one connection, in the order of the file's opening and closing events (OpenHere::events).
struct Life
{
    quint64 from = 0;
    quint64 to = 0;
};
// Per file: the connections (Projects) open, whether its pages were checked (or found remembered) when this process
// first opened it, whether one of them may have written it since, and whether anything else did (see Project::Watch).
struct OpenHere
{
    int count = 0;
    bool pagesSound = false;
    bool written = false;
    quint64 commits = 0;       // commits to the file by this process's connections (Project::onCommit)
    quint64 events = 0;        // stamps for Watch and Life
    bool foreignCommit = false;   // a commit no connection of this process made, or a connection that saw nothing
    std::vector<Life> unexplained;   // saw commits while connections of ours committed too: which were whose?
    std::vector<Life> quiet;         // saw no commit but its own
};
std::map<QString, OpenHere> g_openHere;
// Of those, the ones whose kept row counts were not compared with the tables (first opened with Access::Inspect, or
// not yet: the first opening is still at its checks) or were found to disagree by an opening that could not correct
// them (read-only): a second connection, which is not checked again, counts the tables too.
std::set<QString> g_rowCountsUnverified;

// Registers one more connection to canonical; returns how many there were before. The first marks the row counts
// unverified until its check has compared them (markRowCounts).
int registerOpen(const QString &canonical)
{
    const QMutexLocker lock(&g_openMutex);
    const int before = g_openHere[canonical].count++;
    if (before == 0)
        g_rowCountsUnverified.insert(canonical);
    return before;
}

void markPagesSound(const QString &canonical)
{
    const QMutexLocker lock(&g_openMutex);
    if (auto found = g_openHere.find(canonical); found != g_openHere.end())
        found->second.pagesSound = true;
}

// Whether a connection of this process has checked the pages (or found them remembered) and come through.
bool pagesSoundHere(const QString &canonical)
{
    const QMutexLocker lock(&g_openMutex);
    const auto found = g_openHere.find(canonical);
    return found != g_openHere.end() && found->second.pagesSound;
}

// A stamp in the file's order of events, with the number of commits of this process so far.
std::pair<quint64, quint64> stamp(const QString &canonical)
{
    const QMutexLocker lock(&g_openMutex);
    const auto found = g_openHere.find(canonical);
    if (found == g_openHere.end())
        return {0, 0};   // (not registered: nothing is vouched for by it)
    return {++found->second.events, found->second.commits};
}

void countCommit(const QString &canonical)
{
    const QMutexLocker lock(&g_openMutex);
    if (auto found = g_openHere.find(canonical); found != g_openHere.end())
        ++found->second.commits;
}

// What one connection saw when it closed (nothing: it could not tell, as a failed opening).
struct Seen
{
    std::optional<qint64> dataVersion;
    quint64 from = 0;   // stamps around reading it
    quint64 to = 0;
    quint64 commitsOfOurs = 0;
};

// Files which, as far as the connections' watches tell, only this process's connections committed to.
bool onlyOursCommitted(const OpenHere &file)
{
    if (file.foreignCommit)
        return false;
    // A connection that saw commits while others of ours committed too is vouched for by one that was open all the
    // while and saw none but its own.
    return std::ranges::all_of(file.unexplained, [&file](const Life &unexplained) {
        return std::ranges::any_of(file.quiet, [&unexplained](const Life &quiet) {
            return quiet.from < unexplained.from && unexplained.to < quiet.to;
        });
    });
}

// Adds what a connection saw of the file while it was open. (Under g_openMutex.)
void addSeen(OpenHere &file, const Project::Watch &watch, const Seen &seen, quint64 ownCommits)
{
    if (!watch.dataVersion || !seen.dataVersion) {
        file.foreignCommit = true;   // nobody watched for a while: cannot vouch
        return;
    }
    const bool changed = *seen.dataVersion != *watch.dataVersion;
    const quint64 others = seen.commitsOfOurs - watch.commitsOfOursBefore - ownCommits;
    if (!changed)
        file.quiet.push_back({watch.after, seen.from});
    else if (others == 0)
        file.foreignCommit = true;
    else
        file.unexplained.push_back({watch.before, seen.to});
}

// Drops one connection (already closed) with what it saw. True when it was the last one of this process, the pages
// were sound when the file was opened, one of the connections may have written it, and nothing but them did: the
// file as it is now is this program's work.
bool unregisterOpen(const QString &canonical, bool mayHaveWritten = false)
{
    const QMutexLocker lock(&g_openMutex);
    auto found = g_openHere.find(canonical);
    if (found == g_openHere.end())
        return false;
    found->second.written = found->second.written || mayHaveWritten;
    if (--found->second.count > 0)
        return false;
    // (Row counts found wrong and not corrected are not vouched for: the next opening must compare them again.)
    const bool ours = found->second.pagesSound && found->second.written && !g_rowCountsUnverified.contains(canonical)
                      && onlyOursCommitted(found->second);
    g_openHere.erase(found);
    g_rowCountsUnverified.erase(canonical);
    return ours;
}

// Adds what a closing connection saw; true when it is (as far as this process knows now) the last connection, with
// the file so far vouchable as this process's work (see unregisterOpen).
bool addSeenAtClose(const QString &canonical, const Project::Watch &watch, const Seen &seen, quint64 ownCommits,
                    bool mayHaveWritten)
{
    const QMutexLocker lock(&g_openMutex);
    auto found = g_openHere.find(canonical);
    if (found == g_openHere.end())
        return false;
    addSeen(found->second, watch, seen, ownCommits);
    const OpenHere &file = found->second;
    return file.count == 1 && file.pagesSound && (file.written || mayHaveWritten)
           && !g_rowCountsUnverified.contains(canonical) && onlyOursCommitted(file);
}

// A failed opening saw nothing it can vouch for.
void unregisterFailedOpen(const QString &canonical)
{
    {
        const QMutexLocker lock(&g_openMutex);
        if (auto found = g_openHere.find(canonical); found != g_openHere.end())
            found->second.foreignCommit = true;
    }
    unregisterOpen(canonical);
}

std::optional<qint64> readDataVersion(Database &db)
{
    auto version = db.prepare("PRAGMA data_version");
    if (!version || !version->step())
        return std::nullopt;
    return version->int64(0);
}

void markRowCounts(const QString &canonical, bool unverified)
{
    const QMutexLocker lock(&g_openMutex);
    if (unverified)
        g_rowCountsUnverified.insert(canonical);
    else
        g_rowCountsUnverified.erase(canonical);
}

bool rowCountsUnverified(const QString &canonical)
{
    const QMutexLocker lock(&g_openMutex);
    return g_rowCountsUnverified.contains(canonical);
}

Result<void> checkFormatVersion(const QString &fileName, int version, Project::Access access)
{
    if (version > Project::kSchemaVersion)
        return failure(QStringLiteral("%1: was saved by a newer version of Marginalia (file format %2; this version "
                                      "reads formats up to %3). Open it with the newer version.")
                           .arg(fileName)
                           .arg(version)
                           .arg(Project::kSchemaVersion));
    if (version < 1)
        return failure(QStringLiteral("%1: is not a Marginalia project (it has no file format number)").arg(fileName));
    if (version < Project::kOldestFormatReadAsIs && access == Project::Access::ReadOnly)
        return failure(QStringLiteral("%1: uses an older file format and must be opened for writing once to upgrade it")
                           .arg(fileName));
    return {};
}

} // namespace

Result<std::unique_ptr<Project>> Project::create(const QString &path)
{
    return createAt(path, path);
}

Result<std::unique_ptr<Project>> Project::createUnpublished(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return failure(QStringLiteral("%1: a file of that name exists already; choose another name or remove it first")
                           .arg(info.fileName()));
    auto project = createAt(ProjectFiles::temporaryPathFor(path, QStringLiteral("creating")), path);
    if (project)
        (*project)->m_publishPath = path;
    return project;
}

Result<std::unique_ptr<Project>> Project::createAt(const QString &path, const QString &namedPath)
{
    const QFileInfo info(path);
    if (info.exists())
        return failure(QStringLiteral("%1: a file of that name exists already; choose another name or remove it first")
                           .arg(info.fileName()));
    if (QFileInfo(info.absolutePath()).isWritable())
        ProjectFiles::removeAbandonedTemporaries(namedPath);
    std::unique_ptr<Project> project(new Project);
    project->m_path = path;
    if (auto ok = project->m_db.open(path, Database::OpenMode::Create); !ok)
        return failure(ok.error());
    const QString canonical = QFileInfo(path).canonicalFilePath();
    (void)registerOpen(canonical);
    project->startWatch(canonical, true);
    auto created = project->configureConnection();
    if (created)
        created = project->createSchema(QFileInfo(namedPath).completeBaseName());
    if (!created) {
        project->m_db.close();
        unregisterFailedOpen(canonical);
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return failure(created.error());
    }
    project->m_registeredPath = canonical;
    markRowCounts(canonical, false);   // counted from nothing by the triggers
    project->m_rowCountsKept = true;
    return project;
}

Result<void> Project::publish()
{
    if (m_publishPath.isEmpty())
        return {};
    if (m_db.handle() && !sqlite3_get_autocommit(m_db.handle()))
        return failure(QStringLiteral("%1: cannot be given its name while a change is under way").arg(QFileInfo(m_publishPath).fileName()));
    // Closing the only connection checkpoints the -wal into the file and removes it: one file to rename.
    m_db.close();
    if (QFileInfo::exists(m_path + QStringLiteral("-wal")))
        return failure(QStringLiteral("%1: the new project could not be completed (its write-ahead log is still in use)")
                           .arg(QFileInfo(m_publishPath).fileName()));
    QFile::remove(m_path + QStringLiteral("-shm"));
    if (auto ok = ProjectFiles::publish(m_path, m_publishPath); !ok) {
        (void)m_db.open(m_path, Database::OpenMode::ReadWrite);
        (void)configureConnection();
        return ok;
    }
    unregisterOpen(m_registeredPath);
    m_path = m_publishPath;
    m_publishPath.clear();
    m_registeredPath = QFileInfo(m_path).canonicalFilePath();
    if (registerOpen(m_registeredPath) == 0)
        markRowCounts(m_registeredPath, false);   // ours, counted by the triggers since it was created
    if (auto ok = m_db.open(m_path, Database::OpenMode::ReadWrite); !ok)
        return ok;
    startWatch(m_registeredPath, true);
    return configureConnection();
}

Project::~Project()
{
    const bool mayHaveWritten = m_access == Access::ReadWrite && m_db.isOpen() && !isReadOnly() && m_publishPath.isEmpty();
    const std::optional<QString> settled = m_registeredPath.isEmpty() ? std::nullopt : endWatch(mayHaveWritten);
    m_db.close();
    // A project this process opened checked (or remembered) and only it wrote: remembered as it is once the last
    // connection is closed, when SQLite has removed the -wal (so no other connection, of any program, had it open) and
    // the file is still the version taken while it held still.
    if (!m_registeredPath.isEmpty() && unregisterOpen(m_registeredPath, mayHaveWritten) && settled
        && !QFileInfo::exists(m_path + QStringLiteral("-wal")))
        CheckedFiles::rememberOwnWrites(m_path, *settled);
    if (!m_publishPath.isEmpty()) {
        // Never published: the work it was made for failed; nothing is left.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(m_path + suffix);
    }
}

Result<std::unique_ptr<Project>> Project::open(const QString &path, Access access)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    // Registered from the start (the Project takes the registration over; a failed opening drops it).
    QMutexLocker directPhase(&g_directPhase);
    const bool alreadyOpenHere = !canonical.isEmpty() && registerOpen(canonical) > 0;
    struct Registration
    {
        QString path;
        ~Registration()
        {
            if (!path.isEmpty())
                unregisterFailedOpen(path);
        }
    } registration{canonical};
    QStringList removed;
    if (folderWritable && !alreadyOpenHere)   // our temporaries left by a killed process
        removed = ProjectFiles::removeAbandonedTemporaries(path);
    // 1. The file itself, read directly: the folder and file readable, complete, ours, a format we know.
    // (A file this process has open already was checked when it was first opened, pages included.)
    auto header = alreadyOpenHere ? Result<ProjectFiles::Header>(ProjectFiles::Header{}) : ProjectFiles::inspect(path, kApplicationId);
    if (!header)
        return failure(header.error());
    if (alreadyOpenHere) {
        header->userVersion = kSchemaVersion;
        header->walMayChangeHeader = true;   // SQLite reads the header below
    }
    const int fileVersion = header->userVersion;
    if (!header->walMayChangeHeader) {
        if (auto ok = checkFormatVersion(info.fileName(), fileVersion, access); !ok)
            return failure(ok.error());
    }

    std::unique_ptr<Project> project(new Project);
    project->m_path = path;
    project->m_access = access;
    project->m_formatVersion = fileVersion;
    const bool fileWritable = ProjectFiles::canWrite(path);
    if (!removed.isEmpty())
        project->m_notes.append(QStringLiteral("%1: removed temporary files left by an interrupted run: %2")
                                    .arg(info.fileName(), removed.join(QStringLiteral(", "))));

    // 2. Beside the file: a -wal of another version of the file (not while this process has it open).
    if (folderWritable && !alreadyOpenHere) {
        auto stale = ProjectFiles::setAsideStaleWal(path);
        if (!stale)
            return failure(stale.error());
        if (!stale->isEmpty())
            project->m_notes.append(*stale);
        if (fileWritable) {
            auto takenOver = ProjectFiles::takeOverLeftovers(path);
            if (!takenOver)
                return failure(takenOver.error());
            if (!takenOver->isEmpty())
                project->m_notes.append(*takenOver);
        }
    }

    // 3. The connection. One that may not write the file must not leave -wal/-shm files either:
    //    they would belong to this user and stop the owner from writing. With no -shm beside the file
    //    (nobody has it open), such a reader opens it immutable (no locks, no files); otherwise it
    //    shares the existing ones read-only.
    Database::OpenMode mode = Database::OpenMode::ReadWrite;
    if (!fileWritable) {
        mode = QFileInfo::exists(path + QStringLiteral("-shm")) ? Database::OpenMode::ReadOnly
                                                                 : Database::OpenMode::Immutable;
    } else if (access != Access::ReadWrite && !folderWritable) {
        mode = Database::OpenMode::ReadOnly;
    }
    // (A reader that may write the file reads through a writable connection that refuses every
    // write, query_only: like any writer, it removes the -wal and -shm when it is the last to close.)
    directPhase.unlock();   // from here on only SQLite touches the files
    if (auto ok = project->m_db.open(path, mode); !ok)
        return failure(ok.error());
    project->m_openMode = mode;
    if (struct stat opened = {}; ::stat(QFile::encodeName(path).constData(), &opened) == 0) {
        project->m_fileDevice = static_cast<quint64>(opened.st_dev);
        project->m_fileInode = static_cast<quint64>(opened.st_ino);
    }
    // Watched from its first read on: any commit but this process's own from here to the close is seen.
    project->startWatch(canonical, mode != Database::OpenMode::Immutable);
    if (mode != Database::OpenMode::ReadWrite || access != Access::ReadWrite) {
        if (auto ok = project->m_db.exec("PRAGMA query_only = ON"); !ok)
            return failure(ok.error());
    }

    // 4. The header again through SQLite (this also reads a -wal that belongs to the file), then the
    //    schema and the pages. Nothing so far has written anything.
    {
        auto stored = project->m_db.prepare("SELECT * FROM pragma_application_id, pragma_user_version");
        if (!stored)
            return failure(stored.error());
        if (!stored->step())
            return failure(stored->failed() ? stored->error() : project->m_db.lastError());
        if (stored->int64(0) != kApplicationId)
            return failure(QStringLiteral("%1: is not a Marginalia project (it is a database of another program)")
                               .arg(info.fileName()));
        project->m_formatVersion = static_cast<int>(stored->int64(1));
    }
    if (auto ok = checkFormatVersion(info.fileName(), project->m_formatVersion, access); !ok)
        return failure(ok.error());
    // Both checks once per version of the file's bytes (CheckedFiles: remembered by what only the kernel sets; the
    // schema together with what it was compared with, so another program's schema is checked again). Looked up as the
    // file is now (a file this program wrote and closed a moment ago is recorded so); recorded after a check only
    // when it changed more than a second before (versionOf).
    const std::optional<QString> version = CheckedFiles::versionOf(path);
    const std::optional<QString> current = CheckedFiles::currentVersion(path);
    const QString schema = SchemaCheck::fingerprint(project->m_formatVersion);
    const CheckedFiles::Remembered remembered = current ? CheckedFiles::lookup(*current, schema) : CheckedFiles::Remembered{};
    std::optional<int> layout = remembered.layout;
    if (layout) {
        project->m_schemaCheck = OpeningCheck::Remembered;
    } else {
        auto verified = SchemaCheck::verify(project->m_db, project->m_formatVersion);
        if (!verified)
            return failure(verified.error());
        layout = *verified;
        project->m_schemaCheck = OpeningCheck::Checked;
    }
    // The kept row counts (format 4) are compared with the tables together with the page check, so they are
    // trusted for as long as that check is remembered: a version of the file's bytes.
    // A second connection of this process trusts the first one's checks only once they are done (two threads opening
    // the file at once: the second checks too).
    const bool keepsRowCounts = project->m_formatVersion >= 4;
    const bool checkedHere = alreadyOpenHere && pagesSoundHere(canonical);
    std::optional<QString> rowCountsDisagreement;
    if (access != Access::Inspect && !checkedHere) {
        if (remembered.pages) {
            project->m_pageCheck = PageCheck::Remembered;
        } else {
            if (auto ok = project->quickCheck(); !ok)
                return failure(ok.error());
            project->m_pageCheck = PageCheck::Checked;
            if (keepsRowCounts) {
                auto disagreement = RowCounts::disagreement(project->m_db, project->m_formatVersion);
                if (!disagreement)
                    return failure(disagreement.error());
                rowCountsDisagreement = *disagreement;
            }
        }
        // Pages and schema known sound: remembered when either check was run now (not while the row counts disagree:
        // checked again until they are corrected).
        if (version && !rowCountsDisagreement
            && (project->m_pageCheck == PageCheck::Checked || project->m_schemaCheck == OpeningCheck::Checked))
            CheckedFiles::remember(path, *version, schema, *layout);
        project->m_rowCountsKept = keepsRowCounts && !rowCountsDisagreement;
        // (Numbers that disagree stay unverified until corrected, below.)
        markRowCounts(canonical, !project->m_rowCountsKept);
        markPagesSound(canonical);
    } else if (checkedHere && access != Access::Inspect) {
        project->m_rowCountsKept = keepsRowCounts && !rowCountsUnverified(canonical);
    } else if (!alreadyOpenHere) {
        markRowCounts(canonical, true);   // Inspect: not compared
    }

    // 5. Ready: settings, then an upgrade of an older format.
    if (auto ok = project->configureConnection(); !ok)
        return failure(ok.error());
    if (project->m_formatVersion < kSchemaVersion && access == Access::ReadWrite) {
        if (project->isReadOnly())
            return failure(QStringLiteral("%1: uses an older file format and cannot be upgraded here: %2")
                               .arg(info.fileName(), describeSqliteError(SQLITE_READONLY, 0, {})));
        if (auto ok = project->migrate(project->m_formatVersion, *layout); !ok)
            return failure(ok.error());
        project->m_formatVersion = kSchemaVersion;
        project->m_rowCountsKept = true;   // counted by the upgrade
        markRowCounts(canonical, false);
    }
    if (rowCountsDisagreement) {
        if (auto ok = project->correctRowCounts(*rowCountsDisagreement); !ok)
            return failure(ok.error());
        markRowCounts(canonical, !project->m_rowCountsKept);
    }
    project->m_registeredPath = std::exchange(registration.path, QString());
    return project;
}

bool Project::isReadOnly() const
{
    return m_access != Access::ReadWrite || sqlite3_db_readonly(m_db.handle(), "main") != 0;
}

Result<void> Project::checkResult(std::string_view pragma, const QString &what)
{
    auto check = m_db.prepare(pragma);
    if (!check)
        return failure(check.error());
    QStringList problems;
    while (check->step()) {
        const QString row = check->text(0);
        if (row != QLatin1String("ok"))
            problems.append(row);
    }
    if (check->failed())
        problems.append(check->error());
    if (problems.isEmpty())
        return {};
    return failure(QStringLiteral("%1: %2 found that the file is damaged (%3). It was not used. Restore a backup copy: "
                                  "Marginalia keeps them beside the project (File > Restore from Backup, or the files "
                                  "named %4.backup-…, .before-merge-… and .v…bak).")
                       .arg(fileName(), what, problems.mid(0, 3).join(QStringLiteral("; ")),
                            QFileInfo(m_path).completeBaseName()));
}

Result<void> Project::quickCheck()
{
    // Every page of the file is read once: b-tree structure, record formats, NOT NULL and CHECK.
    return checkResult("PRAGMA quick_check(5)", QStringLiteral("the check on opening"));
}

Result<void> Project::correctRowCounts(const QString &disagreement)
{
    // Only another program (sqlite3 by hand) or damage makes them disagree: every writer of ours goes through the
    // triggers (row counts) or DocumentStore::storeParagraphs (paragraph copies). Corrected when the file may be written, otherwise counted for as long as it is open.
    if (isReadOnly()) {
        m_rowCountsKept = false;
        m_notes.append(QStringLiteral("%1: what the file keeps about its tables (the numbers of codings and documents, "
                                      "the paragraphs for citing) does not match them (%2), as after a change by "
                                      "another program; the tables are read instead here, and what is kept is "
                                      "corrected when the project is next opened for writing")
                           .arg(fileName(), disagreement));
        return {};
    }
    const auto corrected = [this, &disagreement]() -> Result<void> {
        auto transaction = Transaction::begin(m_db);
        if (!transaction)
            return failure(transaction.error());
        if (auto ok = RowCounts::recount(m_db, m_formatVersion); !ok)
            return ok;
        if (auto ok = journal(QStringLiteral("correct row counts"), {{QStringLiteral("found"), disagreement}}); !ok)
            return ok;
        return transaction->commit();
    }();
    if (!corrected) {   // (another program holding the file, a full disk): counted, as read-only
        m_notes.append(QStringLiteral("%1: what the file keeps about its tables (the numbers of codings and documents, "
                                      "the paragraphs for citing) does not match them (%2) and could not be corrected "
                                      "(%3); the tables are read instead here")
                           .arg(fileName(), disagreement, corrected.error()));
        return {};
    }
    m_rowCountsKept = true;
    m_notes.append(QStringLiteral("%1: what the file keeps about its tables (the numbers of codings and documents, "
                                  "the paragraphs for citing) did not match them (%2), as after a change by another "
                                  "program; they were corrected")
                       .arg(fileName(), disagreement));
    return {};
}

Result<void> Project::checkIntegrity()
{
    if (auto ok = checkResult("PRAGMA integrity_check(5)", QStringLiteral("the integrity check")); !ok)
        return ok;
    auto keys = m_db.prepare("PRAGMA foreign_key_check");
    if (!keys)
        return failure(keys.error());
    if (keys->step())
        return failure(QStringLiteral("%1: the integrity check found a row of %2 that refers to a missing row of %3. "
                                      "Restore a backup copy: Marginalia keeps them beside the project.")
                           .arg(fileName(), keys->text(0), keys->text(2)));
    if (keys->failed())
        return failure(keys->error());
    return {};
}

int Project::onCommit(void *project)
{
    // Commits of the file itself only (not of this connection's temporary objects, visible_codings).
    auto *self = static_cast<Project *>(project);
    if (sqlite3_txn_state(self->m_db.handle(), "main") == SQLITE_TXN_WRITE) {
        ++self->m_ownCommits;
        countCommit(self->m_watchedPath);
    }
    return 0;   // the commit goes ahead
}

void Project::startWatch(const QString &canonical, bool watchable)
{
    m_watchedPath = canonical;
    m_ownCommits = 0;
    sqlite3_commit_hook(m_db.handle(), &Project::onCommit, this);
    const auto [before, commits] = stamp(canonical);
    m_watch.before = before;
    m_watch.commitsOfOursBefore = commits;
    m_watch.dataVersion = watchable ? readDataVersion(m_db) : std::nullopt;
    m_watch.after = stamp(canonical).first;
}

std::optional<QString> Project::endWatch(bool mayHaveWritten)
{
    sqlite3 *handle = m_db.handle();
    const auto seenNow = [this]() {
        Seen seen;
        seen.from = stamp(m_watchedPath).first;
        if (m_db.isOpen())
            seen.dataVersion = readDataVersion(m_db);
        std::tie(seen.to, seen.commitsOfOurs) = stamp(m_watchedPath);
        return seen;
    };
    // Only worth holding the file still for when this is the last connection of a file that may be vouched for (what
    // this connection saw is added below).
    const bool worthIt = [&] {
        const QMutexLocker lock(&g_openMutex);
        const auto found = g_openHere.find(m_watchedPath);
        return found != g_openHere.end() && found->second.count == 1 && found->second.pagesSound
               && (found->second.written || mayHaveWritten) && !found->second.foreignCommit
               && !g_rowCountsUnverified.contains(m_watchedPath);
    }();
    if (!worthIt || !handle || !sqlite3_get_autocommit(handle)) {
        (void)addSeenAtClose(m_watchedPath, m_watch, seenNow(), m_ownCommits, mayHaveWritten);
        return std::nullopt;
    }
    // Held still: every frame of the -wal copied into the file, then a read transaction on that state, which keeps
    // any SQLite connection (of any program) from copying anything more into the file until it ends. No waiting for
    // other connections (the program is closing): busy means another one is at work, and nothing is recorded.
    sqlite3_busy_timeout(handle, 0);
    bool still = false;
    if (auto checkpoint = m_db.prepare("PRAGMA wal_checkpoint(TRUNCATE)"); checkpoint && checkpoint->step())
        still = checkpoint->int64(0) == 0;
    still = still && m_db.exec("BEGIN; SELECT count(*) FROM main.sqlite_schema").has_value();
    // What this connection saw, taken inside that transaction: a commit of another program before it began (even one
    // the checkpoint copied into the file) moved the data version.
    const bool onlyOurs = addSeenAtClose(m_watchedPath, m_watch, seenNow(), m_ownCommits, mayHaveWritten);
    std::optional<QString> settled;
    int moved = 1;
    if (still && onlyOurs && sqlite3_file_control(handle, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK
        && moved == 0)
        settled = CheckedFiles::settledVersion(m_path);
    // (Still the file SQLite has open, not one put in its place meanwhile.)
    if (settled && (sqlite3_file_control(handle, "main", SQLITE_FCNTL_HAS_MOVED, &moved) != SQLITE_OK || moved != 0))
        settled.reset();
    if (!sqlite3_get_autocommit(handle))
        (void)m_db.exec("COMMIT");
    return settled;
}

Result<void> Project::configureConnection()
{
    // WAL lets readers and one writer work at once; FULL makes an acknowledged write survive a power cut.
    // Journal mode is only switched when the file can be written (a read-only open keeps what it finds).
    if (m_access == Access::ReadWrite && sqlite3_db_readonly(m_db.handle(), "main") == 0) {
        auto mode = m_db.prepare("PRAGMA journal_mode = WAL");
        if (!mode)
            return failure(mode.error());
        const QString result = mode->step() ? mode->text(0).toLower() : QString();
        if (mode->failed())
            return failure(mode->error());
        mode->reset();
        if (result != QLatin1String("wal")) {
            // A file system without shared memory for the -shm file (some network shares) keeps the
            // rollback journal: still safe for one writer, but readers wait while it writes.
            if (result != QLatin1String("delete") && result != QLatin1String("truncate")
                && result != QLatin1String("persist"))
                return failure(QStringLiteral("%1: the project cannot be written safely here: SQLite would keep its "
                                              "changes in journal mode '%2'")
                                   .arg(fileName(), result));
            m_notes.append(QStringLiteral("%1: this file system does not support the write-ahead log; the project is "
                                          "written with a rollback journal instead (safe, but other programs cannot "
                                          "read it while Marginalia writes)")
                               .arg(fileName()));
        }
    }
    // A page cache of up to 64 MB (taken only as pages are read): the texts a search reads, and the
    // codings an analysis reads, stay in memory for the next one instead of being copied in again
    // from the operating system's cache (that copy was half the time of a search over 40 MB).
    // Recursive triggers: a REPLACE that deletes a row to make room then fires its delete triggers, which keep
    // the row counts (RowCounts; no trigger of ours fires itself).
    if (auto ok = m_db.exec("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF;"
                            " PRAGMA recursive_triggers = ON; PRAGMA cache_size = -65536;");
        !ok)
        return ok;
    // The view of codings a person is shown (blind rounds), on every connection: see project/VisibleCodings.
    if (auto ok = installVisibleCodings(m_db); !ok)
        return ok;
    // Installed as the table itself (no viewer): the filter only for a viewer.
    if (!m_blindRoundsApplied || currentCoder().isEmpty())
        return {};
    return setVisibleCodingsViewer(m_db, currentCoder());
}

Result<void> Project::usePageCacheForOneQuery()
{
    m_pageCacheForOneQuery = true;
    return m_db.exec(kPageCacheForOneQuery);
}

Result<void> Project::useMappedReads()
{
    m_mappedReads = true;
    return m_db.exec(kMappedReads);
}

Result<std::unique_ptr<Database>> Project::openSecondReader()
{
    // The name leads to the file this connection opened (the device and inode it had then, and a descriptor of this
    // process is open on them) before the second connection opens it, and still after that connection has begun
    // reading: so that connection has the same file.
    const QByteArray native = QFile::encodeName(m_path);
    const auto isOpened = [&](const struct stat &file) {
        return m_fileInode != 0 && static_cast<quint64>(file.st_dev) == m_fileDevice
               && static_cast<quint64>(file.st_ino) == m_fileInode;
    };
    struct stat before = {};
    const QString replaced = QStringLiteral("%1: the file was replaced while it was open").arg(fileName());
    if (::stat(native.constData(), &before) != 0 || !isOpened(before)
        || !ProjectFiles::isOpenHere(before.st_dev, before.st_ino))
        return failure(replaced);
    auto second = std::make_unique<Database>();
    const Database::OpenMode mode =
        m_openMode == Database::OpenMode::Immutable ? Database::OpenMode::Immutable : Database::OpenMode::ReadOnly;
    if (auto ok = second->open(m_path, mode); !ok)
        return failure(ok.error());
    // Were it another file after all (below), its close must not write the project's -wal into it.
    sqlite3_db_config(second->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    if (auto ok = second->exec("PRAGMA query_only = ON; PRAGMA trusted_schema = OFF"); !ok)
        return failure(ok.error());
    if (m_pageCacheForOneQuery) {
        if (auto ok = second->exec(kPageCacheForOneQuery); !ok)
            return failure(ok.error());
    }
    if (m_mappedReads) {
        if (auto ok = second->exec(kMappedReads); !ok)
            return failure(ok.error());
    }
    if (auto ok = second->exec("BEGIN"); !ok)
        return failure(ok.error());
    auto first = second->prepare("SELECT 1 FROM documents LIMIT 1");   // the read transaction begins here
    if (!first)
        return failure(first.error());
    (void)first->step();
    if (first->failed())
        return failure(first->error());
    first->reset();
    struct stat after = {};
    if (::stat(native.constData(), &after) != 0 || !isOpened(after)) {
        // Replaced while it opened: it may have another file open under the project's -shm. It stays open, unused,
        // until the program ends: closing it would close a descriptor of the -shm, and with it every lock this
        // process holds there, those of this connection's reading included.
        static std::vector<std::unique_ptr<Database>> keptOpen;
        static QMutex keptOpenMutex;
        const QMutexLocker locker(&keptOpenMutex);
        keptOpen.push_back(std::move(second));
        return failure(replaced);
    }
    return second;
}

Result<void> Project::createSchema(const QString &name)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return failure(transaction.error());
    for (const char *statement : schemaStatements()) {
        if (auto ok = m_db.exec(statement); !ok)
            return ok;
    }
    auto info = m_db.prepare("INSERT INTO project_info(key, value) VALUES (?1, ?2)");
    if (!info)
        return failure(info.error());
    const std::pair<const char *, QString> rows[] = {
        {"guid", newGuid()},
        {"name", name},
        {"created", nowTimestamp()},
    };
    for (const auto &[key, value] : rows) {
        info->reset();
        if (auto ok = info->bind(1, std::string_view(key)).bind(2, value).run(); !ok)
            return ok;
    }
    if (auto ok = m_db.exec("PRAGMA application_id = " + std::to_string(kApplicationId) + "; PRAGMA user_version = "
                            + std::to_string(kSchemaVersion));
        !ok)
        return ok;
    if (auto ok = journal(QStringLiteral("create project"), {}); !ok)
        return ok;
    return transaction->commit();
}

Result<void> Project::migrate(int fromVersion, int layout)
{
    // Keep the user's file as it was before changing its format.
    // "<file>.v<N>-<time>.bak", with "-2", "-3" … after the time when one exists from the same second.
    const QString stem = m_path + QStringLiteral(".v%1-%2").arg(fromVersion).arg(
                             QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString backup = stem + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(backup) && n < 100; ++n)
        backup = stem + QStringLiteral("-%1.bak").arg(n);
    if (auto ok = backupTo(backup); !ok)
        return failure(QStringLiteral("%1: uses an older file format; it was not upgraded because no backup copy could be "
                                      "written first: %2")
                           .arg(fileName(), ok.error()));
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return failure(transaction.error());
    for (const std::string &statement : layoutRepairStatements(fromVersion, layout)) {
        if (auto ok = m_db.exec(statement); !ok)
            return ok;
    }
    if (fromVersion == 1) {
        for (const std::string &statement : formatOneUpgradeStatements()) {
            if (auto ok = m_db.exec(statement); !ok)
                return ok;
        }
    }
    for (const FormatStep &step : formatSteps()) {
        if (step.format <= fromVersion)
            continue;
        for (const char *statement : step.statements()) {
            if (auto ok = m_db.exec(statement); !ok)
                return ok;
        }
        if (step.fill) {
            if (auto ok = step.fill(m_db); !ok)
                return ok;
        }
    }
    if (auto ok = m_db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion)); !ok)
        return ok;
    // The upgraded file must have exactly a fresh project's schema; otherwise nothing is kept.
    if (auto same = SchemaCheck::verify(m_db, kSchemaVersion); !same)
        return failure(QStringLiteral("%1: the format upgrade did not give the expected result, so it was undone (%2)")
                           .arg(fileName(), same.error()));
    if (auto ok = journal(QStringLiteral("upgrade file format"),
                          QJsonObject{{QStringLiteral("from"), fromVersion}, {QStringLiteral("to"), kSchemaVersion},
                                      {QStringLiteral("backup"), QFileInfo(backup).fileName()}});
        !ok)
        return ok;
    return transaction->commit();
}

Result<qint64> Project::coderId(const QString &name)
{
    const QString coder = name.trimmed().isEmpty() ? currentCoder() : name.trimmed();
    auto find = m_db.prepare("SELECT id FROM coders WHERE name = ?1");
    if (!find)
        return failure(find.error());
    find->bind(1, coder);
    if (find->step())
        return find->int64(0);
    if (find->failed())
        return failure(find->error());
    auto insert = m_db.prepare("INSERT INTO coders(guid, name) VALUES (?1, ?2)");
    if (!insert)
        return failure(insert.error());
    if (auto ok = insert->bind(1, newGuid()).bind(2, coder).run(); !ok)
        return failure(ok.error());
    return m_db.lastInsertId();
}

Result<QStringList> Project::coderNames()
{
    auto stmt = m_db.prepare("SELECT name FROM coders ORDER BY name");
    if (!stmt)
        return failure(stmt.error());
    QStringList names;
    while (stmt->step())
        names.append(stmt->text(0));
    if (stmt->failed())
        return failure(stmt->error());
    return names;
}

Result<void> Project::journal(const QString &action, const QJsonObject &detail)
{
    // Prepared once per connection: an import writes an entry per document and attribute value.
    auto stmt = m_db.cached("INSERT INTO journal(at, coder, action, detail) VALUES (?1, ?2, ?3, ?4)");
    if (!stmt)
        return failure(stmt.error());
    const QByteArray json = QJsonDocument(detail).toJson(QJsonDocument::Compact);
    auto ok = (*stmt)->bind(1, nowTimestamp())
                  .bind(2, currentCoder())
                  .bind(3, action)
                  .bindUnowned(4, std::string_view(json.constData(), static_cast<size_t>(json.size())))
                  .run();
    (*stmt)->reset();   // lets go of the JSON bound to it
    return ok;
}

Result<void> Project::backupTo(const QString &targetPath)
{
    const QString targetName = QFileInfo(targetPath).fileName();
    if (QFileInfo::exists(targetPath))
        return failure(QStringLiteral("%1: exists already").arg(targetName));
    // Inside a write transaction (an edit recorded for undo that starts with a backup, as a merge
    // does) SQLite refuses to back up from the writing connection: the committed state is read
    // through a second connection instead, which WAL lets read beside the writer.
    Database committed;
    sqlite3 *source = m_db.handle();
    if (!sqlite3_get_autocommit(source)) {
        if (auto ok = committed.open(m_db.path(), Database::OpenMode::ReadOnly); !ok)
            return ok;
        source = committed.handle();
    }
    // Written under a temporary name beside the target, flushed, then renamed: a backup that exists
    // is complete, and a failed one (a full disk) leaves nothing behind.
    const QString temporary = ProjectFiles::temporaryPathFor(targetPath, QStringLiteral("partial"));
    const auto discard = [&temporary] {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
    };
    {
        Database target;
        if (auto ok = target.open(temporary, Database::OpenMode::Create); !ok) {
            discard();
            return failure(QStringLiteral("%1: the backup copy could not be written (%2)").arg(targetName, ok.error()));
        }
        // A temporary file needs no journal: if the copy fails it is removed.
        (void)target.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF");
        sqlite3_backup *backup = sqlite3_backup_init(target.handle(), "main", source, "main");
        int rc = SQLITE_OK;
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
        }
        if (!backup || rc != SQLITE_DONE) {
            const int code = sqlite3_extended_errcode(target.handle());
            const QString reason = (code & 0xff) != SQLITE_OK
                ? describeSqliteError(code, sqlite3_system_errno(target.handle()), QString::fromUtf8(sqlite3_errmsg(target.handle())))
                : describeSqliteError(rc, sqlite3_system_errno(source), QString::fromUtf8(sqlite3_errstr(rc)));
            target.close();
            discard();
            return failure(QStringLiteral("%1: the backup copy could not be written (%2)").arg(targetName, reason));
        }
    }
    if (auto ok = ProjectFiles::syncFile(temporary); !ok) {
        discard();
        return ok;
    }
    if (auto ok = ProjectFiles::publish(temporary, targetPath); !ok) {
        discard();
        return ok;
    }
    return {};
}

} // namespace marginalia
