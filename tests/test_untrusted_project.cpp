// Project files come from other people (a teammate's project to merge, a folder shared with
// colleagues, a copy from a USB stick). Each test builds a crafted or damaged file itself and checks
// that Marginalia refuses it with a sentence naming the cause, changes nothing, and finishes.

#include "ProjectFixtures.h"

#include "backup/BackupStore.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "project/ProjectFiles.h"
#include "project/Schema.h"
#include "search/TextSearch.h"
#include "text/TextNormalizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <functional>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace marginalia;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

qint64 rawCount(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    const qint64 value = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

// The schema as "type name table sql" lines (whitespace normalised), sorted: what SchemaCheck compares.
QStringList schemaOf(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT type, name, tbl_name, ifnull(sql, '') FROM sqlite_schema", -1, &stmt, nullptr);
    QStringList lines;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        QStringList parts;
        for (int column = 0; column < 4; ++column)
            parts.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column))));
        lines.append(parts.join(QLatin1Char('|')).replace(spaces, QStringLiteral(" ")));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    lines.sort();
    return lines;
}

// Runs body in a forked child (optionally as another user) and returns what it returned.
QString inChild(const std::function<QString()> &body, uid_t uid = 0, gid_t gid = 0)
{
    int pipeEnds[2];
    if (::pipe(pipeEnds) != 0)
        return QStringLiteral("no pipe");
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(pipeEnds[0]);
        QString result;
        if (uid != 0 && (::setgid(gid) != 0 || ::setuid(uid) != 0))
            result = QStringLiteral("setuid failed");
        else
            result = body();
        const QByteArray bytes = result.toUtf8();
        (void)!::write(pipeEnds[1], bytes.constData(), static_cast<size_t>(bytes.size()));
        ::_exit(0);
    }
    ::close(pipeEnds[1]);
    QByteArray received;
    char buffer[4096];
    ssize_t n;
    while ((n = ::read(pipeEnds[0], buffer, sizeof buffer)) > 0)
        received.append(buffer, static_cast<qsizetype>(n));
    ::close(pipeEnds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return QString::fromUtf8(received);
}

} // namespace

class TestUntrustedProject : public QObject, private ProjectFixtures
{
    Q_OBJECT

private:
    // A project with one document ("老师用投影仪上课", 8 code points), one code and `codings` codings
    // of one code point each (a second document of 5000 'x' holds them when there are many).
    QString makeProject(int codings = 3)
    {
        const QString path = freshPath();
        auto project = Project::create(path);
        if (!project)
            qFatal("%s", qPrintable(project.error()));
        NewDocument document;
        document.name = QStringLiteral("a.txt");
        document.text = normalizeForStorage(QStringLiteral("老师用投影仪上课"));
        const qint64 first = *DocumentStore(**project).add(document);
        document.name = QStringLiteral("b.txt");
        document.text = QString(5000, QLatin1Char('x'));
        const qint64 second = *DocumentStore(**project).add(document);
        const qint64 code = *Codebook(**project).add({QStringLiteral("teaching"), 0, {}, {}, {}});
        auto transaction = Transaction::begin((*project)->database());
        for (int i = 0; i < codings; ++i) {
            NewCoding coding;
            coding.documentId = codings <= 8 ? first : second;
            coding.codeId = code;
            coding.start = i;
            coding.end = i + 1;
            if (!CodingStore(**project).add(coding))
                qFatal("cannot add a coding");
        }
        if (!transaction->commit())
            qFatal("cannot commit");
        return path;
    }

    static QString openError(const QString &path, Project::Access access = Project::Access::ReadWrite)
    {
        auto project = Project::open(path, access);
        return project ? QString() : project.error();
    }

private Q_SLOTS:
    // ---- Schema objects Marginalia did not create ----

    void refusesAnAddedTrigger()
    {
        const QString path = makeProject();
        // The attack from the issue: every new coding deletes all others.
        QVERIFY(rawExec(path, "CREATE TRIGGER wipe AFTER INSERT ON codings BEGIN DELETE FROM codings WHERE id <> new.id; END;"));
        const QByteArray before = readAll(path);
        const QString error = openError(path);
        QVERIFY2(error.contains(QStringLiteral("contains a trigger Marginalia did not create: wipe")), qPrintable(error));
        QVERIFY(error.startsWith(QFileInfo(path).fileName()));
        QCOMPARE(readAll(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(rawCount(path, "SELECT count(*) FROM codings"), qint64(3));
        // Read-only opening and merging (which opens the other project read-only) refuse it too.
        QVERIFY(openError(path, Project::Access::ReadOnly).contains(QStringLiteral("did not create: wipe")));
        QVERIFY(openError(path, Project::Access::Inspect).contains(QStringLiteral("did not create: wipe")));
    }

    // SQLite's own statistics tables (ANALYZE, PRAGMA optimize, as any SQLite tool may run them) are not
    // foreign objects: the project still opens. A table of that name defined otherwise is refused.
    void acceptsSqlitesOwnStatisticsTables()
    {
        const QString path = makeProject();
        QVERIFY(rawExec(path, "ANALYZE"));
        QVERIFY(rawCount(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'") == 1);
        QCOMPARE(openError(path), QString());
        QCOMPARE(openError(path, Project::Access::ReadOnly), QString());

        const QString forged = makeProject();
        QVERIFY(rawExec(forged, "CREATE TABLE stat1(tbl, idx, stat)"));
        QVERIFY(openError(forged).contains(QStringLiteral("contains a table Marginalia did not create: stat1")));
    }

    void refusesAnAddedView()
    {
        const QString path = makeProject();
        QVERIFY(rawExec(path, "CREATE VIEW everything AS SELECT * FROM codings"));
        const QByteArray before = readAll(path);
        const QString error = openError(path);
        QVERIFY2(error.contains(QStringLiteral("contains a view Marginalia did not create: everything")), qPrintable(error));
        QCOMPARE(readAll(path), before);
    }

    void refusesAChangedDefinitionAndAMissingIndex()
    {
        const QString changed = makeProject();
        // The journal without its append-only trigger, then with a harmless-looking replacement.
        QVERIFY(rawExec(changed, "DROP TRIGGER journal_no_delete"));
        QVERIFY2(openError(changed).contains(QStringLiteral("lacks the trigger journal_no_delete")), qPrintable(openError(changed)));
        QVERIFY(rawExec(changed, "CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN SELECT 1; END"));
        QVERIFY2(openError(changed).contains(QStringLiteral("trigger journal_no_delete that is not defined as Marginalia defines it")),
                 qPrintable(openError(changed)));
        const QString missing = makeProject();
        QVERIFY(rawExec(missing, "DROP INDEX codings_by_code_position"));
        QVERIFY2(openError(missing).contains(QStringLiteral("lacks the index codings_by_code_position")), qPrintable(openError(missing)));
    }

    void refusesATableReplacedByARecursiveViewInBoundedTime()
    {
        const QString path = makeProject();
        // Passes the header checks (application id, format number); any query on codings would never end.
        QVERIFY(rawExec(path, "DROP TABLE codings; CREATE VIEW codings(id, guid, document_id, code_id, start, end, coder_id, memo, created) AS "
                              "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                              "SELECT x, x, 1, 1, 0, 1, 1, NULL, '' FROM n"));
        const QByteArray before = readAll(path);
        QElapsedTimer timer;
        timer.start();
        const QString error = openError(path);
        QVERIFY2(error.contains(QStringLiteral("has a view named codings where Marginalia has a table")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("nothing in it was changed")));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(readAll(path), before);
    }

    void stopsARunawayStatementWithAMessage()
    {
        const QString path = makeProject();
        auto project = Project::open(path);
        QVERIFY(project);
        Database &db = (*project)->database();
        // The default budget: 2,000,000,000 steps plus 200 per byte of the file and its -wal.
        const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
        QCOMPARE(db.statementStepLimit(), quint64(2'000'000'000) + 200 * quint64(bytes));
        // A smaller budget so the test is quick: a query that never ends stops at it.
        db.setStatementStepLimit(20'000'000);
        QElapsedTimer timer;
        timer.start();
        auto endless = db.prepare("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n");
        QVERIFY(endless);
        QVERIFY(!endless->step());
        QVERIFY2(endless->error().contains(QStringLiteral("a query was stopped after 20 million steps")), qPrintable(endless->error()));
        QVERIFY(db.lastStatementRanAway());
        QVERIFY(timer.elapsed() < 20000);
        QVERIFY(!db.exec("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"));
        // Ordinary statements run on: each execution gets the whole budget again.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(*CodingStore(**project).count(), qint64(3));
        QVERIFY(!db.lastStatementRanAway());
    }

    // ---- Damaged files ----

    void refusesFlippedBytesPointingToBackups()
    {
        // 400 codings fill several pages of the codings table; its root is then an interior page,
        // whose cell pointers are overwritten.
        const QString path = makeProject(400);
        const qint64 pageSize = rawCount(path, "PRAGMA page_size");
        const qint64 root = rawCount(path, "SELECT rootpage FROM sqlite_schema WHERE name = 'codings'");
        QVERIFY(root > 1);
        QByteArray bytes = readAll(path);
        const qint64 offset = (root - 1) * pageSize + 12;
        for (int i = 0; i < 64; ++i)
            bytes[offset + i] = static_cast<char>(bytes[offset + i] ^ 0x5A);
        QVERIFY(writeAll(path, bytes));
        const QString error = openError(path);
        QVERIFY2(error.contains(QStringLiteral("found that the file is damaged")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("Restore a backup copy")));
        QCOMPARE(readAll(path), bytes);
    }

    void fullIntegrityCheckPassesOnASoundProject()
    {
        auto project = Project::open(makeProject(50));
        QVERIFY(project);
        QVERIFY((*project)->checkIntegrity());
    }

    void namesATruncatedFile()
    {
        const QString path = makeProject(400);
        const QByteArray whole = readAll(path);
        const qint64 pageSize = rawCount(path, "PRAGMA page_size");
        // Cut inside a page, then at a page boundary (the header still counts the missing pages).
        QVERIFY(writeAll(path, whole.left(whole.size() - pageSize / 2)));
        QString error = openError(path);
        QVERIFY2(error.contains(QStringLiteral("is truncated: it holds %1 bytes").arg(whole.size() - pageSize / 2)), qPrintable(error));
        QVERIFY(writeAll(path, whole.left(whole.size() - 2 * pageSize)));
        error = openError(path);
        QVERIFY2(error.contains(QStringLiteral("is truncated: it holds %1 bytes, but its header says %2")
                                    .arg(whole.size() - 2 * pageSize)
                                    .arg(whole.size())),
                 qPrintable(error));
        QVERIFY(writeAll(path, {}));
        QVERIFY(openError(path).contains(QStringLiteral("is empty (0 bytes)")));
    }

    void namesAFileLockedByAnotherProgram()
    {
        const QString path = makeProject();
        int ready[2];
        QVERIFY(::pipe(ready) == 0);
        const pid_t holder = ::fork();
        if (holder == 0) {
            // Another program takes the file for itself and keeps it.
            sqlite3 *db = nullptr;
            sqlite3_open(path.toUtf8().constData(), &db);
            sqlite3_exec(db, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; INSERT INTO stopwords VALUES ('en', 'x', 1);",
                         nullptr, nullptr, nullptr);
            (void)!::write(ready[1], "r", 1);
            ::pause();
            ::_exit(0);
        }
        char signal = 0;
        QCOMPARE(::read(ready[0], &signal, 1), ssize_t(1));
        const QString error = openError(path);
        ::kill(holder, SIGKILL);
        ::waitpid(holder, nullptr, 0);
        QVERIFY2(error.contains(QStringLiteral("in use by another program")), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("not a Marginalia project")));
        // The killed holder's change never committed; the project opens again.
        auto project = Project::open(path);
        QVERIFY2(project, project ? "" : qPrintable(project.error()));
        QCOMPARE(rawCount(path, "SELECT count(*) FROM stopwords"), qint64(0));
    }

    void namesUnreadableFoldersAndFilesForOtherUsers()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to act as another user");
        // Root reads everything; a child running as another user sees the permissions.
        QTemporaryDir folder;
        const QString inner = folder.filePath(QStringLiteral("private"));
        QVERIFY(QDir().mkpath(inner));
        ::chmod(QFile::encodeName(folder.path()).constData(), 0755);
        const QString path = inner + QStringLiteral("/p.marginalia");
        QVERIFY(QFile::copy(makeProject(), path));
        ::chmod(QFile::encodeName(inner).constData(), 0700);
        const auto tryOpen = [&path] { return openError(path, Project::Access::ReadOnly); };
        QString error = inChild(tryOpen, 65534, 65534);
        QVERIFY2(error.contains(QStringLiteral("permission denied")) && error.contains(QStringLiteral("the folder")), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("not a Marginalia project")));
        ::chmod(QFile::encodeName(inner).constData(), 0755);
        ::chmod(QFile::encodeName(path).constData(), 0600);
        error = inChild(tryOpen, 65534, 65534);
        QVERIFY2(error.contains(QStringLiteral("permission denied")) && error.contains(QStringLiteral("this file")), qPrintable(error));
    }

    void aReaderWhoCannotWriteLeavesNothingTheOwnerCannotUse()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to act as two other users");
        // A shared folder anyone may write; the project belongs to uid 61000 and may only be read by others.
        QTemporaryDir folder;
        ::chmod(QFile::encodeName(folder.path()).constData(), 0777);
        const QString path = folder.filePath(QStringLiteral("shared.marginalia"));
        QVERIFY(QFile::copy(makeProject(), path));
        QVERIFY(::chown(QFile::encodeName(path).constData(), 61000, 61000) == 0);
        ::chmod(QFile::encodeName(path).constData(), 0644);
        const QString read = inChild(
            [&path] {
                auto project = Project::open(path, Project::Access::ReadOnly);
                if (!project)
                    return project.error();
                return QString::number(*CodingStore(**project).count());
            },
            61001, 61001);
        QCOMPARE(read, QStringLiteral("3"));
        // Nothing of the reader's is left beside the project.
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
        // The owner writes as before.
        const QString written = inChild(
            [&path] {
                auto project = Project::open(path);
                if (!project)
                    return project.error();
                auto code = Codebook(**project).add({QStringLiteral("owner's"), 0, {}, {}, {}});
                return code ? QStringLiteral("ok") : code.error();
            },
            61000, 61000);
        QCOMPARE(written, QStringLiteral("ok"));
        QCOMPARE(rawCount(path, "SELECT count(*) FROM codes"), qint64(2));

        // Files an earlier version (or another program) left as the reader: the owner takes them over.
        // (First the ones the raw read-only check above left, which SQLite gave to the file's owner.)
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QCOMPARE(inChild(
                     [&path] {
                         for (const char *suffix : {"-shm", "-wal"}) {
                             QFile file(path + QLatin1String(suffix));
                             if (!file.open(QIODevice::WriteOnly))
                                 return QStringLiteral("cannot create");
                         }
                         return QStringLiteral("left");
                     },
                     61001, 61001),
                 QStringLiteral("left"));
        const QString afterLeftovers = inChild(
            [&path] {
                auto project = Project::open(path);
                if (!project)
                    return project.error();
                auto code = Codebook(**project).add({QStringLiteral("after leftovers"), 0, {}, {}, {}});
                if (!code)
                    return code.error();
                return (*project)->notes().join(u' ');
            },
            61000, 61000);
        QVERIFY2(afterLeftovers.contains(QStringLiteral("were taken over")), qPrintable(afterLeftovers));
        QCOMPARE(rawCount(path, "SELECT count(*) FROM codes"), qint64(3));
    }

    // ---- A -wal beside a file it does not belong to ----

    void aStaleWalIsNotReplayedButKept()
    {
        const QString path = makeProject();
        const QString copy = path + QStringLiteral(".copy");
        QVERIFY(QFile::copy(path, copy));   // the state with one code
        // A writer adds a second code and is killed before it checkpoints: its -wal holds the code.
        QCOMPARE(inChild([&path] {
                     auto project = Project::open(path);
                     if (!project || !Codebook(**project).add({QStringLiteral("newer"), 0, {}, {}, {}}))
                         return QStringLiteral("failed");
                     ::_exit(0);   // no close, no checkpoint
                     return QString();
                 }),
                 QString());
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 32);
        QTest::qWait(20);   // so the replaced file's status time is later than the -wal's last write
        // The project file is replaced by the older copy (as a restore by hand or a sync tool would).
        QVERIFY(::rename(QFile::encodeName(copy).constData(), QFile::encodeName(path).constData()) == 0);

        auto project = Project::open(path);
        QVERIFY2(project, project ? "" : qPrintable(project.error()));
        QCOMPARE((*project)->notes().size(), 1);
        QVERIFY2((*project)->notes().first().contains(QStringLiteral("so it was not applied")), qPrintable((*project)->notes().first()));
        QCOMPARE(Codebook(**project).codes()->size(), 1);
        const QStringList kept = QFileInfo(path).dir().entryList({QFileInfo(path).fileName() + QStringLiteral("-wal.stale-*")});
        QCOMPARE(kept.size(), 1);
    }

    // The note reaches the user: marginalia-cli prints it on stderr, once, after opening.
    void aStaleWalNoteReachesTheCli()
    {
        const QString path = makeProject();
        const QString copy = path + QStringLiteral(".copy");
        QVERIFY(QFile::copy(path, copy));
        QCOMPARE(inChild([&path] {
                     auto project = Project::open(path);
                     if (!project || !Codebook(**project).add({QStringLiteral("newer"), 0, {}, {}, {}}))
                         return QStringLiteral("failed");
                     ::_exit(0);
                     return QString();
                 }),
                 QString());
        QTest::qWait(20);
        QVERIFY(::rename(QFile::encodeName(copy).constData(), QFile::encodeName(path).constData()) == 0);

        QProcess cli;
        cli.start(QStringLiteral(MARGINALIA_CLI), {QStringLiteral("codes"), path});
        QVERIFY(cli.waitForFinished(60000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY2(err.count(QStringLiteral("so it was not applied")) == 1, qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("warning: ")), qPrintable(err));
    }

    void aWalOfTheSameFileIsReplayed()
    {
        const QString path = makeProject();
        QCOMPARE(inChild([&path] {
                     auto project = Project::open(path);
                     if (!project || !Codebook(**project).add({QStringLiteral("newer"), 0, {}, {}, {}}))
                         return QStringLiteral("failed");
                     ::_exit(0);
                     return QString();
                 }),
                 QString());
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 32);
        auto project = Project::open(path);
        QVERIFY2(project, project ? "" : qPrintable(project.error()));
        QVERIFY((*project)->notes().isEmpty());
        QCOMPARE(Codebook(**project).codes()->size(), 2);
    }

    // ---- Our own leftovers ----

    void removesOnlyOurAbandonedTemporaries()
    {
        const QString path = makeProject();
        const QString name = QFileInfo(path).fileName();
        const QString base = QFileInfo(path).completeBaseName();
        // A process that has ended: its pid is free.
        const pid_t gone = ::fork();
        if (gone == 0)
            ::_exit(0);
        ::waitpid(gone, nullptr, 0);
        const QDir folder = QFileInfo(path).dir();
        const QStringList abandoned = {QStringLiteral(".%1.partial-%2-0badc0de").arg(name).arg(gone),
                                       QStringLiteral(".%1.restoring-%2-12345678-wal").arg(name).arg(gone),
                                       QStringLiteral(".%1.backup-20260101-120000.marginalia.partial-%2-abcdef01").arg(base).arg(gone)};
        const QStringList kept = {QStringLiteral(".%1.partial-%2-0badc0de").arg(name).arg(::getpid()),   // still running
                                  QStringLiteral("%1.partial-%2-0badc0de").arg(name).arg(gone),          // not hidden
                                  QStringLiteral(".other.marginalia.partial-%1-0badc0de").arg(gone),     // another project
                                  QStringLiteral(".%1.partial-%2-0badc0de.txt").arg(name).arg(gone)};    // not our pattern
        for (const QString &file : abandoned + kept)
            QVERIFY(writeAll(folder.filePath(file), "x"));
        auto project = Project::open(path);
        QVERIFY(project);
        for (const QString &file : abandoned)
            QVERIFY2(!folder.exists(file), qPrintable(file));
        for (const QString &file : kept)
            QVERIFY2(folder.exists(file), qPrintable(file));
        QCOMPARE((*project)->notes().size(), 1);
        QVERIFY((*project)->notes().first().contains(QStringLiteral("removed temporary files")));
    }

    // The folder is read by name prefix, in the file system's bytes: a Chinese project name finds its own leftovers,
    // and a folder of a leftover's name is not a leftover (it is kept; it was never listed as a file).
    void removesAbandonedTemporariesOfAChineseNameAndKeepsFolders()
    {
        const QString made = makeProject();
        const QString path = QFileInfo(made).dir().filePath(QStringLiteral("北京 访谈.marginalia"));
        QVERIFY(QFile::rename(made, path));
        const pid_t gone = ::fork();
        if (gone == 0)
            ::_exit(0);
        ::waitpid(gone, nullptr, 0);
        const QDir folder = QFileInfo(path).dir();
        const QString abandoned = QStringLiteral(".北京 访谈.marginalia.partial-%1-0badc0de").arg(gone);
        const QString backup = QStringLiteral(".北京 访谈.backup-1.marginalia.creating-%1-0badc0de-journal").arg(gone);
        const QString aFolder = QStringLiteral(".北京 访谈.marginalia.restoring-%1-0badc0de").arg(gone);
        const QString otherProject = QStringLiteral(".北京.marginalia.partial-%1-0badc0de").arg(gone);
        QVERIFY(writeAll(folder.filePath(abandoned), "x"));
        QVERIFY(writeAll(folder.filePath(backup), "x"));
        QVERIFY(writeAll(folder.filePath(otherProject), "x"));
        QVERIFY(folder.mkdir(aFolder));
        auto project = Project::open(path);
        QVERIFY2(project, project ? "" : qPrintable(project.error()));
        QVERIFY(!folder.exists(abandoned));
        QVERIFY(!folder.exists(backup));
        QVERIFY(QFileInfo(folder.filePath(aFolder)).isDir());
        QVERIFY(folder.exists(otherProject));
    }

    void aNewProjectGetsItsNameOnlyWhenItsWorkIsDone()
    {
        const QString path = freshPath();
        const QDir folder = QFileInfo(path).dir();
        const QString pattern = QStringLiteral(".%1.creating-*").arg(QFileInfo(path).fileName());
        {
            auto project = Project::createUnpublished(path);
            QVERIFY(project);
            QVERIFY(!QFile::exists(path));
            // The temporary project (with its -wal and -shm while open).
            QVERIFY(folder.entryList({pattern}, QDir::Files | QDir::Hidden).filter(QRegularExpression(QStringLiteral("-[0-9a-f]{8}$"))).size() == 1);
            QVERIFY(Codebook(**project).add({QStringLiteral("imported"), 0, {}, {}, {}}));
            QVERIFY((*project)->publish());
            QCOMPARE((*project)->path(), path);
            QVERIFY(Codebook(**project).add({QStringLiteral("after"), 0, {}, {}, {}}));   // still usable there
        }
        QVERIFY(folder.entryList({pattern}, QDir::Files | QDir::Hidden).isEmpty());
        auto project = Project::open(path);
        QVERIFY(project);
        QCOMPARE(Codebook(**project).codes()->size(), 2);
        QCOMPARE((*project)->name(), QFileInfo(path).completeBaseName());

        // Work that fails: the unpublished project goes with it.
        const QString failed = freshPath();
        QVERIFY(Project::createUnpublished(failed));
        QVERIFY(!QFile::exists(failed));
        QVERIFY(folder.entryList({QStringLiteral(".%1.creating-*").arg(QFileInfo(failed).fileName())}, QDir::Files | QDir::Hidden).isEmpty());

        // A process killed during the work leaves only its temporary, removed by the next attempt.
        const QString killed = freshPath();
        const QString killedPattern = QStringLiteral(".%1.creating-*").arg(QFileInfo(killed).fileName());
        inChild([&killed] {
            auto unfinished = Project::createUnpublished(killed);
            if (unfinished)
                (void)Codebook(**unfinished).add({QStringLiteral("half"), 0, {}, {}, {}});
            ::_exit(0);
            return QString();
        });
        QVERIFY(!QFile::exists(killed));
        QVERIFY(!folder.entryList({killedPattern}, QDir::Files | QDir::Hidden).isEmpty());
        QVERIFY(openError(killed).contains(QStringLiteral("no such project file")));
        QVERIFY(folder.entryList({killedPattern}, QDir::Files | QDir::Hidden).isEmpty());
    }

    void aFailedBackupLeavesNoFile()
    {
        const QString path = makeProject(400);
        const QString target = freshPath();
        // A child whose files may not grow past 16 KiB: the copy fails part way, as on a full disk.
        const QString error = inChild([&path, &target]() -> QString {
            auto project = Project::open(path, Project::Access::ReadOnly);
            if (!project)
                return QString(QStringLiteral("open: ") + project.error());
            struct rlimit limit {16384, 16384};
            ::signal(SIGXFSZ, SIG_IGN);
            ::setrlimit(RLIMIT_FSIZE, &limit);
            auto copied = (*project)->backupTo(target);
            return copied ? QStringLiteral("copied") : copied.error();
        });
        QVERIFY2(error.contains(QStringLiteral("the backup copy could not be written")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("nknown error")), qPrintable(error));
        QVERIFY(!QFile::exists(target));
        const QStringList left = QFileInfo(target).dir().entryList({QStringLiteral(".%1*").arg(QFileInfo(target).fileName())},
                                                                 QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
    }

    // ---- Every past format opens, and becomes exactly a fresh project ----

    void everyPastFormatUpgradesToAFreshProjectsSchema_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("layout");
        for (int version = 1; version < Project::kSchemaVersion; ++version) {
            const auto layouts = pastFormatLayouts(version);
            for (int layout = 0; layout < static_cast<int>(layouts.size()); ++layout)
                QTest::addRow("format %d layout %d", version, layout) << version << layout;
        }
    }

    void everyPastFormatUpgradesToAFreshProjectsSchema()
    {
        QFETCH(int, version);
        QFETCH(int, layout);
        // Built from the statements that format's release ran, with one document, code and coding.
        const QString path = freshPath();
        {
            const std::string rows = "INSERT INTO project_info VALUES ('guid', 'g'), ('name', 'old'), ('created', '2025-01-01T00:00:00Z');"
                                     "INSERT INTO coders(id, guid, name) VALUES (1, 'c1', 'Li Na');"
                                     "INSERT INTO documents(id, guid, name, length, tail, content_hash, imported_at, imported_by, text) "
                                     "VALUES (1, 'd1', 'a.txt', 8, '上课', 'h', '2025-01-01T00:00:00Z', 1, '老师用投影仪上课');"
                                     "INSERT INTO paragraphs VALUES (1, 1, 0, 8, NULL);"
                                     "INSERT INTO document_fts(rowid, text) VALUES (1, '老师用投影仪上课');"
                                     "INSERT INTO codes(id, guid, name, created) VALUES (1, 'k1', 'teaching', '2025-01-01T00:00:00Z');"
                                     "INSERT INTO codings(guid, document_id, code_id, start, end, coder_id, created) "
                                     "VALUES ('x1', 1, 1, 3, 6, 1, '2025-01-01T00:00:00Z');"
                                     "INSERT INTO journal(at, coder, action) VALUES ('2025-01-01T00:00:00Z', 'Li Na', 'create project');"
                                     "PRAGMA application_id = 1297237838; PRAGMA journal_mode = WAL; PRAGMA user_version = "
                + std::to_string(version);
            makePastFormatFile(path, version, layout, rows.c_str());
        }
        const QStringList oldSchema = schemaOf(path);
        {
            auto project = Project::open(path);
            QVERIFY2(project, project ? "" : qPrintable(project.error()));
            // Its data survived, and the search finds the text (the index rebuilt where its form changed).
            QCOMPARE(*CodingStore(**project).count(), qint64(1));
            QCOMPARE(TextSearch(**project).find(QStringLiteral("投影仪"))->size(), 1);
        }
        const QString fresh = freshPath();
        QVERIFY(Project::create(fresh));
        QCOMPARE(schemaOf(path), schemaOf(fresh));

        // The backup written before the upgrade is the old file, listed and restorable.
        const QStringList backups = QFileInfo(path).dir().entryList({QFileInfo(path).fileName() + QStringLiteral(".v%1-*.bak").arg(version)});
        QCOMPARE(backups.size(), 1);
        const QString backup = QFileInfo(path).dir().filePath(backups.first());
        QCOMPARE(schemaOf(backup), oldSchema);
        const auto listed = BackupStore::list(path);
        const auto upgrade = std::find_if(listed.begin(), listed.end(), [&](const BackupInfo &info) { return info.path == backup; });
        QVERIFY(upgrade != listed.end());
        QVERIFY2(upgrade->error.isEmpty(), qPrintable(upgrade->error));
        QCOMPARE(upgrade->codings, qint64(1));
        auto restored = BackupStore::restore(path, backup);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error()));
        QCOMPARE(rawCount(path, "PRAGMA user_version"), qint64(version));
        auto reopened = Project::open(path);   // upgraded again
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error()));
        QCOMPARE(*CodingStore(**reopened).count(), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestUntrustedProject)
#include "test_untrusted_project.moc"
