// The numbers of codings and documents a project keeps (format 4, core/project/RowCounts): moved by triggers in the
// same transaction as every insert and delete, whoever makes it (edits, undo and redo, imports, merges, REFI-QDA,
// cascades), filled by the upgrade of a format 3 file, checked against the tables when a file's pages are checked
// (corrected, or counted instead when the file cannot be written), and not used while a blind round hides codings.
// Every expected number is worked out by hand in the comment beside it.

#include "ProjectFixtures.h"

#include "import/Importer.h"
#include "project/AgreementRound.h"
#include "project/ChangeRecorder.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "project/Schema.h"
#include "refiqda/ProjectMerger.h"
#include "refiqda/RefiQda.h"
#include "text/TextNormalizer.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <latch>
#include <optional>
#include <thread>

using namespace marginalia;

class TestRowCounts : public QObject, private ProjectFixtures
{
    Q_OBJECT

private:
    // The number kept in the file, read directly (-1: no row).
    static qint64 kept(Project &project, const char *table)
    {
        auto stmt = project.database().prepare(std::string("SELECT row_count FROM row_counts WHERE table_name = '") + table + "'");
        return stmt && stmt->step() ? stmt->int64(0) : -1;
    }

    static qint64 counted(Project &project, const char *table)
    {
        auto stmt = project.database().prepare(std::string("SELECT count(*) FROM ") + table);
        return stmt && stmt->step() ? stmt->int64(0) : -1;
    }

    // What the project answers, and what the file keeps, are the hand-worked numbers.
    static void expectTotals(Project &project, qint64 documents, qint64 codings)
    {
        QVERIFY(project.rowCountsKept());
        QCOMPARE(*DocumentStore(project).count(), documents);
        QCOMPARE(*CodingStore(project).count(), codings);
        QCOMPARE(kept(project, "documents"), documents);
        QCOMPARE(kept(project, "codings"), codings);
        // and the tables hold as many (the kept numbers are not just what the code expects)
        QCOMPARE(counted(project, "documents"), documents);
        QCOMPARE(counted(project, "codings"), codings);
    }

    // A format 3 file as that release made it (its statements, kept in Schema.cpp), with two documents and three codings.
    static void makeFormatThreeFile(const QString &path)
    {
        const char *rows =
            "INSERT INTO project_info VALUES ('guid', 'g'), ('name', 'old'), ('created', '2026-01-01T00:00:00Z');"
            "INSERT INTO coders(id, guid, name) VALUES (1, 'c1', 'Li Na');"
            "INSERT INTO documents(id, guid, name, length, tail, content_hash, imported_at, imported_by, text) VALUES "
            "(1, 'd1', 'a.txt', 8, '上课', 'h1', '2026-01-01T00:00:00Z', 1, '老师用投影仪上课'),"
            "(2, 'd2', 'b.txt', 6, 'ef', 'h2', '2026-01-01T00:00:00Z', 1, 'abcdef');"
            "INSERT INTO document_fts_pending VALUES (1), (2);"
            "INSERT INTO codes(id, guid, name, created) VALUES (1, 'k1', 'teaching', '2026-01-01T00:00:00Z');"
            "INSERT INTO codings(guid, document_id, code_id, start, end, coder_id, created) VALUES "
            "('x1', 1, 1, 3, 6, 1, '2026-01-01T00:00:00Z'), ('x2', 1, 1, 0, 2, 1, '2026-01-01T00:00:00Z'),"
            "('x3', 2, 1, 1, 4, 1, '2026-01-01T00:00:00Z');"
            "PRAGMA application_id = 1297237838; PRAGMA journal_mode = WAL; PRAGMA user_version = 3";
        makePastFormatFile(path, 3, rows);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);   // the record of checked files goes to the test cache folder
        QVERIFY(folder().isValid());
    }

    void newProjectKeepsZero()
    {
        auto project = freshProject();
        expectTotals(*project, 0, 0);
    }

    void editsUndoAndRedoMoveTheTotals()
    {
        auto project = freshProject();
        const qint64 a = addDocument(*project, QStringLiteral("a.txt"), QStringLiteral("老师用投影仪上课，学生听。"));
        const qint64 b = addDocument(*project, QStringLiteral("b.txt"), QStringLiteral("The smartboard is new."));
        const qint64 teaching = addCode(*project, QStringLiteral("teaching"));
        expectTotals(*project, 2, 0);

        ChangeRecorder recorder(*project);
        auto added = recorder.record(QStringLiteral("code three"), [&]() -> Result<void> {
            code(*project, a, teaching, 0, 2);
            code(*project, a, teaching, 3, 6);
            code(*project, b, teaching, 4, 14);
            return {};
        });
        QVERIFY2(added, added ? "" : qPrintable(added.error()));
        expectTotals(*project, 2, 3);   // three codings added

        // The same coding again is the same row (identical codings by one coder are one): nothing added.
        QVERIFY(!code(*project, a, teaching, 0, 2).created);
        expectTotals(*project, 2, 3);

        auto firstId = project->database().prepare("SELECT min(id) FROM codings");
        QVERIFY(firstId && firstId->step());
        const qint64 first = firstId->int64(0);
        firstId = Statement();
        auto removed = recorder.record(QStringLiteral("uncode"), [&] { return CodingStore(*project).remove(first); });
        QVERIFY(removed);
        expectTotals(*project, 2, 2);   // 3 - 1

        QVERIFY(recorder.undo(*removed));
        expectTotals(*project, 2, 3);   // the removed one back
        QVERIFY(recorder.undo(*added));
        expectTotals(*project, 2, 0);   // the three gone
        QVERIFY(recorder.redo(*added));
        expectTotals(*project, 2, 3);
        QVERIFY(recorder.redo(*removed));
        expectTotals(*project, 2, 2);
    }

    void deletingADocumentOrCodeTakesItsCodingsAlong()
    {
        auto project = freshProject();
        const qint64 a = addDocument(*project, QStringLiteral("a.txt"), QStringLiteral("one two three four"));
        const qint64 b = addDocument(*project, QStringLiteral("b.txt"), QStringLiteral("five six seven"));
        const qint64 x = addCode(*project, QStringLiteral("x"));
        const qint64 y = addCode(*project, QStringLiteral("y"));
        code(*project, a, x, 0, 3);
        code(*project, a, y, 4, 7);
        code(*project, b, x, 0, 4);
        code(*project, b, y, 5, 8);
        expectTotals(*project, 2, 4);

        // The document's two codings go by ON DELETE CASCADE; the cascade fires their delete trigger.
        ChangeRecorder recorder(*project);
        auto removed = recorder.record(QStringLiteral("remove a"), [&] { return DocumentStore(*project).remove(a); });
        QVERIFY2(removed, removed ? "" : qPrintable(removed.error()));
        expectTotals(*project, 1, 2);   // b and its two codings left

        // The code y with its coding in b: one more coding goes by the cascade from codes.
        auto codeRemoved = recorder.record(QStringLiteral("remove y"), [&] { return Codebook(*project).remove(y, true); });
        QVERIFY2(codeRemoved, codeRemoved ? "" : qPrintable(codeRemoved.error()));
        expectTotals(*project, 1, 1);   // b's coding of x

        // Undone in reverse: the code and its coding, then the document and both of its codings.
        QVERIFY(recorder.undo(*codeRemoved));
        expectTotals(*project, 1, 2);
        QVERIFY(recorder.undo(*removed));
        expectTotals(*project, 2, 4);
        // Redone: the changeset deletes the document and its codings, which the cascade has taken first (those
        // deletes find nothing and are skipped), so each coding is subtracted once.
        QVERIFY(recorder.redo(*removed));
        expectTotals(*project, 1, 2);
    }

    void replacingARowCountsItOnce()
    {
        // No writer of ours replaces rows, but a REPLACE deletes the row it conflicts with without a DELETE
        // statement; the connection's recursive_triggers makes that delete fire the trigger.
        auto project = freshProject();
        const qint64 a = addDocument(*project, QStringLiteral("a.txt"), QStringLiteral("one two three"));
        const qint64 x = addCode(*project, QStringLiteral("x"));
        code(*project, a, x, 0, 3);
        QVERIFY(project->database().exec(
            "INSERT OR REPLACE INTO codings(guid, document_id, code_id, start, end, coder_id, created) "
            "SELECT guid, document_id, code_id, start, end, coder_id, created FROM codings"));
        expectTotals(*project, 1, 1);   // the one coding, replaced by itself
    }

    void importsCountEveryDocument()
    {
        QTemporaryDir files;
        QVERIFY(files.isValid());
        QStringList paths;
        for (const QString &text : {QStringLiteral("第一份访谈。"), QStringLiteral("Second interview."), QStringLiteral("Third one.")}) {
            const QString path = files.filePath(QStringLiteral("f%1.txt").arg(paths.size() + 1));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text.toUtf8());
            paths.append(path);
        }
        auto project = freshProject();
        auto report = Importer(*project).importFiles(paths, {});
        QVERIFY2(report, report ? "" : qPrintable(report.error()));
        expectTotals(*project, 3, 0);   // three files, three documents
    }

    void mergeAndRefiQdaImportCountTheirRows()
    {
        // Ours: one document with one coding. Theirs: two other documents with three codings.
        const QString oursPath = freshPath();
        const QString theirsPath = freshPath();
        {
            auto theirs = freshProject(theirsPath);
            const qint64 b = addDocument(*theirs, QStringLiteral("b.txt"), QStringLiteral("Teachers use the projector daily."));
            const qint64 c = addDocument(*theirs, QStringLiteral("c.txt"), QStringLiteral("学生用平板电脑学习。"));
            const qint64 y = addCode(*theirs, QStringLiteral("devices"));
            code(*theirs, b, y, 0, 8, QStringLiteral("Wang Wei"));
            code(*theirs, b, y, 17, 26, QStringLiteral("Wang Wei"));
            code(*theirs, c, y, 3, 7, QStringLiteral("Wang Wei"));
            expectTotals(*theirs, 2, 3);
        }
        auto ours = freshProject(oursPath);
        const qint64 a = addDocument(*ours, QStringLiteral("a.txt"), QStringLiteral("The smartboard is new."));
        code(*ours, a, addCode(*ours, QStringLiteral("teaching")), 4, 14);
        expectTotals(*ours, 1, 1);

        auto merged = mergeProject(*ours, theirsPath, MergeOptions{false, {}});
        QVERIFY2(merged, merged ? "" : qPrintable(merged.error()));
        expectTotals(*ours, 3, 4);   // 1 + 2 documents, 1 + 3 codings

        // Exported and imported into a new project: the same 3 documents and 4 codings, counted by its triggers.
        const QString qdpx = freshPath(QStringLiteral(".qdpx"));
        auto exported = exportQdpx(*ours, qdpx);
        QVERIFY2(exported, exported ? "" : qPrintable(exported.error()));
        const QString importedPath = freshPath();
        auto imported = importQdpx(qdpx, importedPath);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error()));
        auto reopened = Project::open(importedPath);
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error()));
        expectTotals(**reopened, 3, 4);
    }

    void formatThreeIsUpgradedWithItsTotals()
    {
        const QString path = freshPath();
        makeFormatThreeFile(path);
        {
            // Read-only, it is taken as it is: counted, not upgraded.
            auto project = Project::open(path, Project::Access::ReadOnly);
            QVERIFY2(project, project ? "" : qPrintable(project.error()));
            QCOMPARE((*project)->formatVersion(), 3);
            QVERIFY(!(*project)->rowCountsKept());
            QCOMPARE(*DocumentStore(**project).count(), qint64(2));
            QCOMPARE(*CodingStore(**project).count(), qint64(3));
        }
        auto project = Project::open(path);
        QVERIFY2(project, project ? "" : qPrintable(project.error()));
        QCOMPARE((*project)->formatVersion(), Project::kSchemaVersion);   // through format 4 to the current one
        expectTotals(**project, 2, 3);   // filled by the upgrade's count
        // And kept from there on: a fourth coding.
        code(**project, 2, 1, 0, 1);
        expectTotals(**project, 2, 4);
    }

    void aFormatThreeProjectIsMergedWithoutBeingWritten()
    {
        // A teammate's file from the release before: read as it is (read-only), its rows counted by our triggers.
        const QString theirs = freshPath();
        makeFormatThreeFile(theirs);
        auto ours = freshProject();
        const qint64 a = addDocument(*ours, QStringLiteral("ours.txt"), QStringLiteral("The smartboard is new."));
        code(*ours, a, addCode(*ours, QStringLiteral("devices")), 4, 14);
        auto merged = mergeProject(*ours, theirs, MergeOptions{false, {}});
        QVERIFY2(merged, merged ? "" : qPrintable(merged.error()));
        expectTotals(*ours, 3, 4);   // 1 + 2 documents, 1 + 3 codings
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(theirs.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_stmt *version = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &version, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(version), SQLITE_ROW);
        const int format = sqlite3_column_int(version, 0);
        sqlite3_finalize(version);
        sqlite3_close(db);
        QCOMPARE(format, 3);   // not upgraded: a merge only reads the other project
    }

    void totalsEditedByAnotherProgramAreCorrected()
    {
        const QString path = freshPath();
        {
            auto project = freshProject(path);
            const qint64 a = addDocument(*project, QStringLiteral("a.txt"), QStringLiteral("one two three"));
            const qint64 x = addCode(*project, QStringLiteral("x"));
            code(*project, a, x, 0, 3);
            code(*project, a, x, 4, 7);
        }
        // By hand with sqlite3: 999 codings kept where the table has 2.
        QVERIFY(rawExec(path, "UPDATE row_counts SET row_count = 999 WHERE table_name = 'codings'"));
        {
            // Read-only: the page check finds it, says so, and counts the table.
            auto project = Project::open(path, Project::Access::ReadOnly);
            QVERIFY2(project, project ? "" : qPrintable(project.error()));
            QCOMPARE((*project)->pageCheck(), Project::PageCheck::Checked);
            QVERIFY(!(*project)->rowCountsKept());
            QCOMPARE(*CodingStore(**project).count(), qint64(2));
            QCOMPARE(*DocumentStore(**project).count(), qint64(1));
            QCOMPARE((*project)->notes().size(), 1);
            QVERIFY2((*project)->notes().first().contains(QStringLiteral("999 codings kept, 2 in the table")),
                     qPrintable((*project)->notes().first()));
            // A second connection of this process is not checked again, and counts too.
            auto second = Project::open(path, Project::Access::ReadOnly);
            QVERIFY(second);
            QVERIFY(!(*second)->rowCountsKept());
            QCOMPARE(*CodingStore(**second).count(), qint64(2));
        }
        {
            // Still not remembered as checked: a second read-only opening finds it again.
            auto project = Project::open(path, Project::Access::ReadOnly);
            QVERIFY(project);
            QCOMPARE((*project)->pageCheck(), Project::PageCheck::Checked);
            QCOMPARE(*CodingStore(**project).count(), qint64(2));
        }
        {
            // For writing: corrected, with a note and a journal entry.
            auto project = Project::open(path);
            QVERIFY2(project, project ? "" : qPrintable(project.error()));
            QCOMPARE((*project)->notes().size(), 1);
            QVERIFY((*project)->notes().first().contains(QStringLiteral("they were corrected")));
            expectTotals(**project, 1, 2);
            auto journal = (*project)->database().prepare("SELECT count(*) FROM journal WHERE action = 'correct row counts'");
            QVERIFY(journal && journal->step());
            QCOMPARE(journal->int64(0), qint64(1));
        }
        {
            auto project = Project::open(path);
            QVERIFY(project);
            QVERIFY((*project)->notes().isEmpty());
            expectTotals(**project, 1, 2);
        }
        // A row taken away by hand is put back.
        QVERIFY(rawExec(path, "DELETE FROM row_counts WHERE table_name = 'documents'"));
        auto project = Project::open(path);
        QVERIFY2(project, project ? "" : qPrintable(project.error()));
        QCOMPARE((*project)->notes().size(), 1);
        QVERIFY2((*project)->notes().first().contains(QStringLiteral("no number of documents kept, 1 in the table")),
                 qPrintable((*project)->notes().first()));
        expectTotals(**project, 1, 2);
    }

    // Two threads opening the same file at once (the GUI's connection and an analysis, or two commands of a script
    // run in one process): the first compares the kept numbers with the tables as part of its page check; the second,
    // which comes in while that check runs, must not take the numbers as compared. The file keeps 999 codings where
    // the table has 200,000 (its page check, ~20 MB, takes long enough for the second to come in meanwhile); both are
    // read-only, so nothing corrects the numbers and both must count the table: 200,000.
    void twoOpeningsAtOnceDoNotTrustNumbersNotYetCompared()
    {
        const QString path = freshPath();
        {
            auto project = freshProject(path);
            addDocument(*project, QStringLiteral("a.txt"), QStringLiteral("word ").repeated(40000));
            addCode(*project, QStringLiteral("x"));
        }
        // 200,000 codings of the one code on the one document (each one character of its 200,000), written with
        // sqlite3 (the triggers keep the number), then the number set to 999 by hand.
        QVERIFY(rawExec(path, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) "
                              "INSERT INTO codings(guid, document_id, code_id, start, end, coder_id, created) "
                              "SELECT 'g' || i, 1, 1, i - 1, i, 1, '2026-01-01T00:00:00Z' FROM n"));
        QVERIFY(rawExec(path, "UPDATE row_counts SET row_count = 999 WHERE table_name = 'codings'"));
        for (int round = 0; round < 3; ++round) {
            std::latch start(2);
            std::optional<Result<std::unique_ptr<Project>>> opened[2];
            const auto open = [&](int which) {
                start.arrive_and_wait();
                opened[which] = Project::open(path, Project::Access::ReadOnly);
            };
            std::thread first(open, 0);
            std::thread second(open, 1);
            first.join();
            second.join();
            for (auto &project : opened) {
                QVERIFY(project && *project);
                QVERIFY(!(**project)->rowCountsKept());
                QCOMPARE(*CodingStore(***project).count(), qint64(200000));
            }
        }
    }

    void blindRoundCountsWhatTheCoderSees()
    {
        auto project = freshProject();
        DocumentStore documents(*project);
        const qint64 a = addDocument(*project, QStringLiteral("a.txt"), QStringLiteral("one two three four"));
        const qint64 b = addDocument(*project, QStringLiteral("b.txt"), QStringLiteral("five six seven"));
        const qint64 x = addCode(*project, QStringLiteral("x"));
        QVERIFY(documents.setAttribute(a, QStringLiteral("double coded"), QStringLiteral("true")));
        QVERIFY(documents.setAttribute(b, QStringLiteral("double coded"), QStringLiteral("false")));
        QVERIFY(documents.setAttributeType(QStringLiteral("double coded"), QStringLiteral("boolean")));
        code(*project, a, x, 0, 3, QStringLiteral("Li Na"));
        code(*project, a, x, 4, 7, QStringLiteral("Wang Wei"));
        code(*project, b, x, 0, 4, QStringLiteral("Wang Wei"));
        QVERIFY(AgreementRounds(*project).open(QStringLiteral("double coded")));

        // Li Na, with blind rounds applied, sees her coding on a and Wang Wei's on b (a is in the round): 2 of 3.
        QVERIFY(project->setBlindRoundsApplied(true));
        QCOMPARE(*CodingStore(*project).count(), qint64(2));
        project->setCurrentCoder(QStringLiteral("Wang Wei"));
        QCOMPARE(*CodingStore(*project).count(), qint64(2));   // his two; Li Na's on a hidden
        // Without blind rounds (the CLI), every coding: the kept number.
        QVERIFY(project->setBlindRoundsApplied(false));
        QCOMPARE(*CodingStore(*project).count(), qint64(3));
        // Closed: Wang Wei sees all three again.
        QVERIFY(project->setBlindRoundsApplied(true));
        QVERIFY(AgreementRounds(*project).close());
        QCOMPARE(*CodingStore(*project).count(), qint64(3));
        QVERIFY(project->setBlindRoundsApplied(false));
        expectTotals(*project, 2, 3);
    }

    // Switching the coder while blind rounds are applied makes the view of codings again for the new coder. When that
    // fails half-way (here SQLite refuses to create the view, after the old one was dropped), the connection keeps the
    // view of the coder it had and the coder is not switched: the caller is told.
    void aViewThatCannotBeMadeLeavesTheCoderAndTheView()
    {
        auto project = freshProject();   // coder Li Na
        DocumentStore documents(*project);
        const qint64 a = addDocument(*project, QStringLiteral("a.txt"), QStringLiteral("one two three four"));
        const qint64 b = addDocument(*project, QStringLiteral("b.txt"), QStringLiteral("five six seven"));
        const qint64 x = addCode(*project, QStringLiteral("x"));
        QVERIFY(documents.setAttribute(a, QStringLiteral("double coded"), QStringLiteral("true")));
        QVERIFY(documents.setAttribute(b, QStringLiteral("double coded"), QStringLiteral("false")));
        QVERIFY(documents.setAttributeType(QStringLiteral("double coded"), QStringLiteral("boolean")));
        code(*project, a, x, 0, 3, QStringLiteral("Li Na"));
        code(*project, a, x, 4, 7, QStringLiteral("Wang Wei"));
        code(*project, b, x, 0, 4, QStringLiteral("Wang Wei"));
        QVERIFY(AgreementRounds(*project).open(QStringLiteral("double coded")));
        QVERIFY(project->setBlindRoundsApplied(true));
        // Li Na sees her coding on a and Wang Wei's on b (a is in the round): one of hers, one of his.
        QCOMPARE(visibleOf(*project, "Li Na"), qint64(1));
        QCOMPARE(visibleOf(*project, "Wang Wei"), qint64(1));

        sqlite3_set_authorizer(project->database().handle(), &refuseTemporaryViews, nullptr);
        auto switched = project->setCurrentCoder(QStringLiteral("Wang Wei"));
        QVERIFY(!switched);
        QVERIFY2(switched.error().contains(project->fileName()) && switched.error().contains(QStringLiteral("Wang Wei"))
                     && switched.error().contains(QStringLiteral("the coder is still Li Na")),
                 qPrintable(switched.error()));
        QCOMPARE(project->currentCoder(), QStringLiteral("Li Na"));
        // Li Na's view still: the same one and one.
        QCOMPARE(visibleOf(*project, "Li Na"), qint64(1));
        QCOMPARE(visibleOf(*project, "Wang Wei"), qint64(1));
        QCOMPARE(*CodingStore(*project).count(), qint64(2));
        // Turning the rounds off fails the same way and leaves them on.
        QVERIFY(!project->setBlindRoundsApplied(false));
        QVERIFY(project->blindRoundsApplied());
        QCOMPARE(visibleOf(*project, "Wang Wei"), qint64(1));

        // Once the view can be made: Wang Wei sees his two, none of Li Na's (on a, in the round).
        sqlite3_set_authorizer(project->database().handle(), nullptr, nullptr);
        QVERIFY(project->setCurrentCoder(QStringLiteral("Wang Wei")));
        QCOMPARE(visibleOf(*project, "Li Na"), qint64(0));
        QCOMPARE(visibleOf(*project, "Wang Wei"), qint64(2));
    }

private:
    static int refuseTemporaryViews(void *, int action, const char *, const char *, const char *, const char *)
    {
        return action == SQLITE_CREATE_TEMP_VIEW ? SQLITE_DENY : SQLITE_OK;
    }

    // How many of a coder's codings the connection's view of codings shows (-1: there is no view).
    static qint64 visibleOf(Project &project, const char *coder)
    {
        auto stmt = project.database().prepare("SELECT count(*) FROM visible_codings v JOIN coders c ON c.id = v.coder_id"
                                               " WHERE c.name = ?1");
        if (!stmt)
            return -1;
        stmt->bind(1, QString::fromUtf8(coder));
        return stmt->step() ? stmt->int64(0) : -1;
    }
};

QTEST_GUILESS_MAIN(TestRowCounts)
#include "test_row_counts.moc"
