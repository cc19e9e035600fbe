// speed (issue 12): the check on opening (PRAGMA quick_check, every page read) runs once per version of a project
// file's bytes; opening the same, unchanged file again uses the remembered result (core/project/CheckedFiles). A file
// whose bytes changed is checked again even when its size and modification time are put back as they were, because
// the kernel gives it a new status-change time that no program can set back.

#include "project/CheckedFiles.h"
#include "project/CodingStore.h"
#include "project/Codebook.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "project/SchemaCheck.h"

#include <QFile>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <atomic>
#include <cstdio>
#include <optional>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>

using namespace marginalia;

class TestOpenCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);   // the record goes to the test cache folder
        QVERIFY(m_dir.isValid());
    }

    void unchangedFileIsCheckedOnce()
    {
        const QString path = makeProject(QStringLiteral("once.marginalia"));
        if (!CheckedFiles::versionOf(path))
            QSKIP("the temporary folder is on a file system whose change times are not remembered");
        QCOMPARE(openedCheck(path), Project::PageCheck::Checked);
        QCOMPARE(openedCheck(path), Project::PageCheck::Remembered);
        QCOMPARE(openedCheck(path, Project::Access::ReadWrite), Project::PageCheck::Remembered);
    }

    void damagedBytesWithTheOldTimesAreCheckedAgain()
    {
        const QString path = makeProject(QStringLiteral("damaged.marginalia"));
        if (!CheckedFiles::versionOf(path))
            QSKIP("the temporary folder is on a file system whose change times are not remembered");
        QCOMPARE(openedCheck(path), Project::PageCheck::Checked);
        QCOMPARE(openedCheck(path), Project::PageCheck::Remembered);

        // The codings table's root page (an interior page with 400 codings) gets its cell pointers scrambled, in
        // place: same size; then the modification time is set back to what it was.
        const qint64 root = rawInteger(path, "SELECT rootpage FROM sqlite_schema WHERE name = 'codings'");
        const qint64 pageSize = rawInteger(path, "PRAGMA page_size");
        QVERIFY(root > 1);
        struct stat before {};
        QCOMPARE(stat(QFile::encodeName(path).constData(), &before), 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 offset = (root - 1) * pageSize + 12;
        QVERIFY(file.seek(offset));
        QByteArray bytes = file.read(64);
        for (char &c : bytes)
            c = static_cast<char>(c ^ 0x5A);
        QVERIFY(file.seek(offset));
        QCOMPARE(file.write(bytes), qint64(64));
        file.close();
        const timespec times[2] = {before.st_atim, before.st_mtim};
        QCOMPARE(utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);
        struct stat after {};
        QCOMPARE(stat(QFile::encodeName(path).constData(), &after), 0);
        QCOMPARE(after.st_size, before.st_size);
        QCOMPARE(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);
        QTest::qSleep(1100);   // past the second in which a change is never remembered

        auto reopened = Project::open(path, Project::Access::ReadOnly);
        QVERIFY(!reopened);
        QVERIFY2(reopened.error().contains(QStringLiteral("found that the file is damaged")), qPrintable(reopened.error()));
    }

    // Another program writing the file (here sqlite3 itself) changes its status-change time: checked again.
    void fileChangedByAnotherProgramIsCheckedAgain()
    {
        const QString path = makeProject(QStringLiteral("edited.marginalia"));
        if (!CheckedFiles::versionOf(path))
            QSKIP("the temporary folder is on a file system whose change times are not remembered");
        QCOMPARE(openedCheck(path), Project::PageCheck::Checked);
        QCOMPARE(openedCheck(path), Project::PageCheck::Remembered);
        QVERIFY(rawExec(path, "UPDATE codes SET name = 'renamed elsewhere'"));
        QTest::qSleep(1100);
        QCOMPARE(openedCheck(path), Project::PageCheck::Checked);
    }

    // What Marginalia wrote itself and closed (the last connection: no -wal left) is remembered as it is then, so the
    // next opening, even at once, does not read every page again; the file holds the change.
    void fileWrittenAndClosedHereIsRemembered()
    {
        const QString path = makeProject(QStringLiteral("written.marginalia"));
        if (!CheckedFiles::versionOf(path))
            QSKIP("the temporary folder is on a file system whose change times are not remembered");
        {
            auto project = Project::open(path);
            QVERIFY2(project, qPrintable(project ? QString() : project.error()));
            QCOMPARE((*project)->pageCheck(), Project::PageCheck::Checked);
            QVERIFY(Codebook(**project).add(NewCode{QStringLiteral("later"), 0, {}, {}, {}}));
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(openedCheck(path), Project::PageCheck::Remembered);
        QCOMPARE(rawInteger(path, "SELECT count(*) FROM codes WHERE name = 'later'"), qint64(1));
    }

    // Closed while another program still has the file open (its -wal stays): not remembered, since the other may write
    // after; the next opening checks the pages.
    void fileStillOpenElsewhereIsNotRememberedOnClose()
    {
        const QString path = makeProject(QStringLiteral("shared.marginalia"));
        if (!CheckedFiles::versionOf(path))
            QSKIP("the temporary folder is on a file system whose change times are not remembered");
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &other, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "SELECT count(*) FROM codes", nullptr, nullptr, nullptr), SQLITE_OK);
        {
            auto project = Project::open(path);
            QVERIFY2(project, qPrintable(project ? QString() : project.error()));
            QVERIFY(Codebook(**project).add(NewCode{QStringLiteral("later"), 0, {}, {}, {}}));
        }
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        sqlite3_close(other);
        QTest::qSleep(1100);
        QCOMPARE(openedCheck(path), Project::PageCheck::Checked);
    }

    // Another connection (here SQLite itself, in this process, as a plug-in or a script would) commits a change while
    // Marginalia has the file open and closes before it: its change sits in the -wal until Marginalia's last close
    // copies it into the file. That file is not only Marginalia's work, so it is checked again next time.
    void fileWrittenElsewhereWhileOpenIsCheckedAgain()
    {
        const QString path = makeProject(QStringLiteral("written-elsewhere.marginalia"));
        if (!CheckedFiles::versionOf(path))
            QSKIP("the temporary folder is on a file system whose change times are not remembered");
        {
            auto project = Project::open(path);
            QVERIFY2(project, qPrintable(project ? QString() : project.error()));
            QCOMPARE((*project)->pageCheck(), Project::PageCheck::Checked);
            QVERIFY(Codebook(**project).add(NewCode{QStringLiteral("ours"), 0, {}, {}, {}}));
            QVERIFY(rawExec(path, "UPDATE codes SET name = 'theirs' WHERE name = 'A'", Checkpoint::No));
            QVERIFY(Codebook(**project).add(NewCode{QStringLiteral("ours again"), 0, {}, {}, {}}));
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(rawInteger(path, "SELECT count(*) FROM codes WHERE name = 'theirs'"), qint64(1));
        QCOMPARE(openedCheck(path), Project::PageCheck::Checked);
    }

    // The same with another process (the sqlite3 program) writing while Marginalia has the file open and reads it.
    void fileWrittenByAnotherProcessWhileOpenIsCheckedAgain()
    {
        const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite.isEmpty())
            QSKIP("the sqlite3 program is not installed");
        const QString path = makeProject(QStringLiteral("other-process.marginalia"));
        if (!CheckedFiles::versionOf(path))
            QSKIP("the temporary folder is on a file system whose change times are not remembered");
        {
            auto project = Project::open(path);
            QVERIFY2(project, qPrintable(project ? QString() : project.error()));
            QVERIFY(Codebook(**project).add(NewCode{QStringLiteral("ours"), 0, {}, {}, {}}));
            QProcess other;
            other.start(sqlite, {path, QStringLiteral("UPDATE codes SET name = 'theirs' WHERE name = 'A';")});
            QVERIFY(other.waitForFinished(30000));
            QCOMPARE(other.exitCode(), 0);
            QCOMPARE(Codebook(**project).codes().value().size(), qsizetype(2));   // "ours" and "theirs"
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(rawInteger(path, "SELECT count(*) FROM codes WHERE name = 'theirs'"), qint64(1));
        QCOMPARE(openedCheck(path), Project::PageCheck::Checked);
    }

    // Another program writing the file at once after Marginalia closed it, in the same tick of the kernel's clock and
    // without changing its size, must not be taken for the version Marginalia recorded. Each round renames a code to
    // a name of the same length (same size) from another thread that waits for the close (SQLite removing the -wal) and
    // writes at once. (Linux 6.13 and later give such a change a finer status-change time on ext4, XFS, Btrfs and
    // tmpfs, so there this cannot fail; on older kernels it did.)
    void fileWrittenElsewhereRightAfterTheCloseIsCheckedAgain()
    {
        const QString path = makeProject(QStringLiteral("right-after.marginalia"));
        if (!CheckedFiles::versionOf(path))
            QSKIP("the temporary folder is on a file system whose change times are not remembered");
        const QString wal = path + QStringLiteral("-wal");
        for (int round = 0; round < 10; ++round) {
            std::atomic<bool> written = false;
            std::thread other;
            {
                auto project = Project::open(path);
                QVERIFY2(project, qPrintable(project ? QString() : project.error()));
                QVERIFY(Codebook(**project).add(NewCode{QStringLiteral("x%1").arg(round), 0, {}, {}, {}}));
                QVERIFY(QFile::exists(wal));
                const QByteArray rename = QStringLiteral("UPDATE codes SET name = 'y%1' WHERE name = 'x%1'").arg(round).toUtf8();
                other = std::thread([&written, rename, path, wal] {
                    QElapsedTimer waited;
                    waited.start();
                    while (QFile::exists(wal) && waited.elapsed() < 10000) {
                    }
                    // The last connection: its change is copied into the file as it closes.
                    written = rawExec(path, rename.constData(), Checkpoint::No);
                });
            }
            other.join();
            QVERIFY(written);
            QVERIFY(!QFile::exists(wal));
            QCOMPARE(rawInteger(path, QStringLiteral("SELECT count(*) FROM codes WHERE name = 'y%1'").arg(round).toUtf8().constData()),
                     qint64(1));
            QCOMPARE(openedCheck(path), Project::PageCheck::Checked);
        }
    }

    // A second connection of Marginalia reading while the first writes (an analysis in the GUI) is not another
    // program: the file is remembered as written here.
    void readerOfOursDuringTheWritesStillRemembers()
    {
        const QString path = makeProject(QStringLiteral("reader-of-ours.marginalia"));
        if (!CheckedFiles::versionOf(path))
            QSKIP("the temporary folder is on a file system whose change times are not remembered");
        {
            auto writer = Project::open(path);
            QVERIFY2(writer, qPrintable(writer ? QString() : writer.error()));
            QCOMPARE((*writer)->pageCheck(), Project::PageCheck::Checked);
            {
                auto reader = Project::open(path, Project::Access::ReadOnly);
                QVERIFY2(reader, qPrintable(reader ? QString() : reader.error()));
                QVERIFY(Codebook(**writer).add(NewCode{QStringLiteral("while read"), 0, {}, {}, {}}));
                QCOMPARE(Codebook(**reader).codes().value().size(), qsizetype(2));
            }
            QVERIFY(Codebook(**writer).add(NewCode{QStringLiteral("after"), 0, {}, {}, {}}));
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(openedCheck(path), Project::PageCheck::Remembered);
    }

    // The schema check (SchemaCheck::verify) is remembered with the pages: a remembered file opens without it, in
    // every access mode.
    void schemaCheckIsRemembered()
    {
        const QString path = makeProject(QStringLiteral("schema.marginalia"));
        if (!CheckedFiles::versionOf(path))
            QSKIP("the temporary folder is on a file system whose change times are not remembered");
        QCOMPARE(openedChecks(path), qMakePair(Project::OpeningCheck::Checked, Project::OpeningCheck::Checked));
        QCOMPARE(openedChecks(path), qMakePair(Project::OpeningCheck::Remembered, Project::OpeningCheck::Remembered));
        QCOMPARE(openedChecks(path, Project::Access::ReadWrite),
                 qMakePair(Project::OpeningCheck::Remembered, Project::OpeningCheck::Remembered));
        // Inspect reads no pages, but the schema is known.
        QCOMPARE(openedChecks(path, Project::Access::Inspect),
                 qMakePair(Project::OpeningCheck::NotRun, Project::OpeningCheck::Remembered));
    }

    // A record made against another schema (another program's statements for the format) does not spare this
    // program's check; the pages it vouches for stay remembered, and the other program's entry stays too.
    void anotherSchemaIsCheckedAgain()
    {
        const QString path = makeProject(QStringLiteral("other-schema.marginalia"));
        const std::optional<QString> version = CheckedFiles::versionOf(path);
        if (!version)
            QSKIP("the temporary folder is on a file system whose change times are not remembered");
        const QString other = QStringLiteral("f%1-00000000000000000000000000000000").arg(Project::kSchemaVersion);
        QVERIFY(SchemaCheck::fingerprint(Project::kSchemaVersion) != other);
        CheckedFiles::remember(path, *version, other, 0);
        QCOMPARE(CheckedFiles::checkedLayout(*version, other), std::optional<int>(0));
        QCOMPARE(CheckedFiles::checkedLayout(*version, SchemaCheck::fingerprint(Project::kSchemaVersion)), std::nullopt);

        QCOMPARE(openedChecks(path), qMakePair(Project::OpeningCheck::Remembered, Project::OpeningCheck::Checked));
        QCOMPARE(openedChecks(path), qMakePair(Project::OpeningCheck::Remembered, Project::OpeningCheck::Remembered));
        QCOMPARE(CheckedFiles::checkedLayout(*version, other), std::optional<int>(0));
    }

    // Formats differ in their statements, so in what a file of each is compared with.
    void formatsHaveTheirOwnFingerprints()
    {
        const QString current = SchemaCheck::fingerprint(Project::kSchemaVersion);
        QVERIFY(current.startsWith(QStringLiteral("f%1-").arg(Project::kSchemaVersion)));
        for (int format = 1; format < Project::kSchemaVersion; ++format)
            QVERIFY2(SchemaCheck::fingerprint(format) != current, qPrintable(QString::number(format)));
    }

    // A remembered file that gets a trigger Marginalia did not create (written with SQLite itself, the modification
    // time then put back) is a new version of the file: its schema is checked again and it is refused.
    // Two programs recording at once keep each other's entries: the record is read, changed and written under a lock.
    // Here two threads (each its own lock file handle, as two processes would have) record 40 files each, all at
    // once; every one of the 80 is remembered afterwards. Without the lock, each wrote back what it had read, and
    // entries of the other were lost.
    void recordsWrittenAtOnceKeepEachOther()
    {
        constexpr int kEach = 40;
        QStringList paths;
        QList<QString> versions;
        for (int i = 0; i < 2 * kEach; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("recorded-%1.bin").arg(i));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray::number(i));
            file.close();
            const std::optional<QString> version = CheckedFiles::currentVersion(path);
            if (!version)
                QSKIP("the temporary folder is on a file system whose change times are not remembered");
            paths.append(path);
            versions.append(*version);
        }
        std::atomic<bool> go = false;
        const auto record = [&](int first) {
            while (!go) {
            }
            for (int i = first; i < first + kEach; ++i)
                CheckedFiles::rememberOwnWrites(paths[i], versions[i]);
        };
        std::thread one(record, 0);
        std::thread two(record, kEach);
        go = true;
        one.join();
        two.join();
        for (int i = 0; i < 2 * kEach; ++i)
            QVERIFY2(CheckedFiles::wasChecked(versions[i]), qPrintable(paths[i]));
    }

    // A second connection, for another thread (marginalia-cli search), reads the file this project has open, and is
    // refused once the name leads elsewhere: to another file put in its place, or to none (the pages of that other file
    // were never checked).
    void secondReaderReadsOnlyTheFileOpenHere()
    {
        const QString path = makeProject(QStringLiteral("second.marginalia"));
        auto project = Project::open(path, Project::Access::ReadOnly);
        QVERIFY(project.has_value());
        {
            auto second = (*project)->openSecondReader();
            QVERIFY2(second.has_value(), second ? "" : qPrintable(second.error()));
            auto names = (*second)->prepare("SELECT name FROM documents");
            QVERIFY(names.has_value() && names->step());
            QCOMPARE(names->text(0), QStringLiteral("notes.txt"));
        }
        const QString other = makeProject(QStringLiteral("other.marginalia"));
        QCOMPARE(::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData()), 0);
        auto replaced = (*project)->openSecondReader();
        QVERIFY(!replaced.has_value());
        QVERIFY2(replaced.error().contains(QStringLiteral("replaced")), qPrintable(replaced.error()));
        QVERIFY(QFile::remove(path));
        QVERIFY(!(*project)->openSecondReader().has_value());
        // The project's own connection still reads its file.
        auto documents = (*project)->database().prepare("SELECT count(*) FROM documents");
        QVERIFY(documents.has_value() && documents->step());
        QCOMPARE(documents->int64(0), qint64(1));
    }

    void changedSchemaIsVerifiedAgainAndRefused()
    {
        const QString path = makeProject(QStringLiteral("trigger.marginalia"));
        const std::optional<QString> version = CheckedFiles::versionOf(path);
        if (!version)
            QSKIP("the temporary folder is on a file system whose change times are not remembered");
        QCOMPARE(openedChecks(path), qMakePair(Project::OpeningCheck::Checked, Project::OpeningCheck::Checked));
        QCOMPARE(openedChecks(path), qMakePair(Project::OpeningCheck::Remembered, Project::OpeningCheck::Remembered));

        struct stat before {};
        QCOMPARE(stat(QFile::encodeName(path).constData(), &before), 0);
        QVERIFY(rawExec(path, "CREATE TRIGGER wipe AFTER INSERT ON codes BEGIN DELETE FROM codings; END"));
        QCOMPARE(rawInteger(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'wipe'"), qint64(1));
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), qint64(0));   // checkpointed into the file
        const timespec times[2] = {before.st_atim, before.st_mtim};
        QCOMPARE(utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);
        QTest::qSleep(1100);   // past the second in which a change is never remembered
        QVERIFY(CheckedFiles::versionOf(path) != version);

        auto reopened = Project::open(path, Project::Access::ReadOnly);
        QVERIFY(!reopened);
        QVERIFY2(reopened.error().contains(QStringLiteral("contains a trigger Marginalia did not create: wipe")),
                 qPrintable(reopened.error()));
    }

private:
    // What opening did about the pages and the schema.
    static QPair<Project::OpeningCheck, Project::OpeningCheck> openedChecks(
        const QString &path, Project::Access access = Project::Access::ReadOnly)
    {
        auto project = Project::open(path, access);
        if (!project) {
            qWarning("%s", qPrintable(project.error()));
            return {Project::OpeningCheck::NotRun, Project::OpeningCheck::NotRun};
        }
        return {(*project)->pageCheck(), (*project)->schemaCheck()};
    }

    // A project with one document and 400 codings, closed, then left alone for over a second (a file changed within
    // the last second is not remembered).
    QString makeProject(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        {
            auto project = Project::create(path);
            if (!project)
                return path;
            NewDocument document;
            document.name = QStringLiteral("notes.txt");
            document.text = QStringLiteral("word ").repeated(500);
            auto documentId = DocumentStore(**project).add(document);
            auto code = Codebook(**project).add(NewCode{QStringLiteral("A"), 0, {}, {}, {}});
            if (!documentId || !code)
                return path;
            QList<NewCoding> codings;
            for (qint64 i = 0; i < 400; ++i)
                codings.append(NewCoding{*documentId, *code, 5 * i, 5 * i + 4, {}, {}, {}, {}});
            (void)CodingStore(**project).addAll(codings);
        }
        QTest::qSleep(1100);
        return path;
    }

    static Project::PageCheck openedCheck(const QString &path, Project::Access access = Project::Access::ReadOnly)
    {
        auto project = Project::open(path, access);
        if (!project) {
            qWarning("%s", qPrintable(project.error()));
            return Project::PageCheck::NotRun;
        }
        return (*project)->pageCheck();
    }

    // A statement run with SQLite itself, as another program would; by default its change is then copied into the
    // file at once (a checkpoint).
    enum class Checkpoint { No, Yes };
    static bool rawExec(const QString &path, const char *sql, Checkpoint checkpoint = Checkpoint::Yes)
    {
        sqlite3 *db = nullptr;
        bool done = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK
                    && sqlite3_busy_timeout(db, 5000) == SQLITE_OK
                    && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK
                    && (checkpoint == Checkpoint::No
                        || sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr) == SQLITE_OK);
        return sqlite3_close(db) == SQLITE_OK && done;
    }

    static qint64 rawInteger(const QString &path, const char *sql)
    {
        sqlite3 *db = nullptr;
        qint64 value = -1;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
            sqlite3_stmt *stmt = nullptr;
            if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
                value = sqlite3_column_int64(stmt, 0);
            sqlite3_finalize(stmt);
        }
        sqlite3_close(db);
        return value;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestOpenCheck)
#include "test_open_check.moc"
