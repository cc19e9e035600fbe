#include "ProjectFixtures.h"

#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "project/Schema.h"
#include "search/SearchIndexer.h"
#include "search/TextSearch.h"
#include "text/TextNormalizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <sqlite3.h>

using namespace marginalia;

class TestStorage : public QObject, private ProjectFixtures
{
    Q_OBJECT

private:
    static qint64 pragma(Project &project, const char *name)
    {
        auto stmt = project.database().prepare(std::string("PRAGMA ") + name);
        return stmt && stmt->step() ? stmt->int64(0) : -1;
    }

private Q_SLOTS:
    void createsProjectWithSafeSettings()
    {
        auto project = freshProject();
        QCOMPARE(pragma(*project, "application_id"), qint64(Project::kApplicationId));
        QCOMPARE(pragma(*project, "user_version"), qint64(Project::kSchemaVersion));
        // The format a new file is written in is the last step of the schema's table (a version raised without its
        // step would mark files of the old schema with the new number).
        QCOMPARE(formatSteps().back().format, Project::kSchemaVersion);
        QCOMPARE(pragma(*project, "foreign_keys"), qint64(1));
        QCOMPARE(pragma(*project, "synchronous"), qint64(2));   // FULL
        auto mode = project->database().prepare("PRAGMA journal_mode");
        QVERIFY(mode && mode->step());
        QCOMPARE(mode->text(0), QStringLiteral("wal"));
    }

    void refusesToOverwriteOnCreate()
    {
        const QString path = freshPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();
        auto project = Project::create(path);
        QVERIFY(!project);
        QVERIFY(project.error().contains(QStringLiteral("exists already")));
    }

    void refusesForeignFilesWithoutTouchingThem_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("text file") << QByteArray("just some notes\n") << QStringLiteral("is not a Marginalia project");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("is empty (0 bytes)");
        QTest::newRow("random bytes") << QByteArray(4096, '\xA7') << QStringLiteral("is not a Marginalia project");
    }

    void refusesForeignFilesWithoutTouchingThem()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString path = freshPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        auto project = Project::open(path);
        QVERIFY(!project);
        QVERIFY2(project.error().contains(reason), qPrintable(marginalia::errorText(project)));
        QVERIFY(project.error().startsWith(QFileInfo(path).fileName()));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), content);
    }

    void refusesOtherSqliteDatabases()
    {
        const QString path = freshPath();
        QVERIFY(rawExec(path, "CREATE TABLE t(x); INSERT INTO t VALUES (1);"));
        const QByteArray before = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        auto project = Project::open(path);
        QVERIFY(!project);
        QVERIFY(project.error().contains(QStringLiteral("is not a Marginalia project")));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }

    void refusesNewerVersions()
    {
        const QString path = freshPath();
        {
            auto project = Project::create(path);
            QVERIFY(project);
            QVERIFY((*project)->database().exec("PRAGMA user_version = 99"));
        }
        auto project = Project::open(path);
        QVERIFY(!project);
        QVERIFY2(project.error().contains(QStringLiteral("newer version")), qPrintable(marginalia::errorText(project)));
        // Still version 99: nothing was migrated or rewritten.
        sqlite3 *db = nullptr;
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(stmt, 0), 99);
        sqlite3_finalize(stmt);
        sqlite3_close(db);
    }

    void readOnlyOpeningReadsRefusesWritesAndLeavesNoFilesBehind()
    {
        const QString path = freshPath();
        {
            auto project = Project::create(path);
            QVERIFY(project);
            addDocument(**project, QStringLiteral("a.txt"), QStringLiteral("老师用投影仪上课"));
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        {
            auto project = Project::open(path, Project::Access::ReadOnly);
            QVERIFY2(project, project ? "" : qPrintable(project.error()));
            QVERIFY((*project)->isReadOnly());
            QCOMPARE(*DocumentStore(**project).count(), qint64(1));
            QCOMPARE(TextSearch(**project).find(QStringLiteral("投影仪"))->size(), 1);
            NewDocument document;
            document.name = QStringLiteral("b.txt");
            document.text = QStringLiteral("不该写入");
            QVERIFY(!DocumentStore(**project).add(document));
            QVERIFY(!Codebook(**project).add({QStringLiteral("code"), 0, {}, {}, {}}));
        }
        // Nothing was written, and no -wal or -shm file is left beside the project.
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
        auto again = Project::open(path);
        QVERIFY(again);
        QCOMPARE(*DocumentStore(**again).count(), qint64(1));
        QVERIFY(Codebook(**again).codes()->isEmpty());
    }

    void upgradesVersionOneFilesKeepingABackup()
    {
        const QString path = freshPath();
        {
            auto project = Project::create(path);
            QVERIFY(project);
            addDocument(**project, QStringLiteral("a.txt"), QStringLiteral("老师用投影仪上课"));
            QVERIFY(SearchIndexer(**project).indexPending());
            // What a version 1 file looked like: every document indexed at import, no waiting list, and
            // none of format 3's team tables and triggers, format 4's row counts nor format 5's coding counts, index
            // of codings with memos and paragraph copies.
            QStringList teamObjects;
            auto team = (*project)->database().prepare(
                "SELECT type, name FROM sqlite_schema WHERE (name LIKE 'team!_%' ESCAPE '!' OR name LIKE 'row!_counts%' ESCAPE '!' "
                "OR name LIKE 'coding!_counts%' ESCAPE '!' OR name = 'codings_with_memo' OR name LIKE 'paragraph!_spans%' ESCAPE '!') "
                "AND type IN ('trigger', 'table', 'index') ORDER BY type = 'table'");
            QVERIFY(team);
            while (team->step())
                teamObjects << QStringLiteral("DROP %1 %2").arg(team->text(0).toUpper(), team->text(1));
            team = Statement();
            QVERIFY(!teamObjects.isEmpty());
            QVERIFY((*project)->database().exec(teamObjects.join(u';').toStdString()));
            QVERIFY((*project)->database().exec("DROP TABLE document_fts_pending; PRAGMA user_version = 1"));
        }
        auto project = Project::open(path);
        QVERIFY2(project, project ? "" : qPrintable(project.error()));
        QCOMPARE(pragma(**project, "user_version"), qint64(Project::kSchemaVersion));
        QCOMPARE(SearchIndexer(**project).pending()->documentsTotal, qint64(0));
        QCOMPARE(TextSearch(**project).find(QStringLiteral("投影仪"))->size(), 1);
        const QStringList backups = QFileInfo(path).dir().entryList({QFileInfo(path).fileName() + QStringLiteral(".v1-*.bak")});
        QCOMPARE(backups.size(), 1);
        auto journal = (*project)->database().prepare("SELECT count(*) FROM journal WHERE action = 'upgrade file format'");
        QVERIFY(journal && journal->step());
        QCOMPARE(journal->int64(0), qint64(1));
        // New documents now wait for the indexer and are found meanwhile.
        addDocument(**project, QStringLiteral("b.txt"), QStringLiteral("学生不用投影仪"));
        QCOMPARE(SearchIndexer(**project).pending()->documentsTotal, qint64(1));
        QCOMPARE(TextSearch(**project).find(QStringLiteral("投影仪"))->size(), 2);
    }

    void storesDocumentsWithCodePointLengthAndParagraphs()
    {
        auto project = freshProject();
        const QString text = QStringLiteral("T: 😀 hello\r\n\r\n教师：𠀀好\n");
        const qint64 id = addDocument(*project, QStringLiteral("a.txt"), text);
        DocumentStore documents(*project);
        auto info = documents.info(id);
        QVERIFY(info);
        // "T: 😀 hello\n\n教师：𠀀好\n" has 10 + 1 + 1 + 5 + 1 = 18 code points.
        QCOMPARE(info->length, qint64(18));
        auto stored = documents.text(id);
        QVERIFY(stored);
        QCOMPARE(*stored, QStringLiteral("T: 😀 hello\n\n教师：𠀀好\n"));
        auto paragraphs = project->database().prepare(
            "SELECT start, end, ifnull(speaker, '') FROM paragraphs WHERE document_id = ?1 ORDER BY number");
        QVERIFY(paragraphs);
        paragraphs->bind(1, id);
        QVERIFY(paragraphs->step());
        QCOMPARE(paragraphs->int64(0), qint64(0));
        QCOMPARE(paragraphs->int64(1), qint64(10));
        QCOMPARE(paragraphs->text(2), QStringLiteral("T"));
        QVERIFY(paragraphs->step());
        QCOMPARE(paragraphs->int64(0), qint64(12));
        QCOMPARE(paragraphs->int64(1), qint64(17));
        QCOMPARE(paragraphs->text(2), QStringLiteral("教师"));
        QVERIFY(!paragraphs->step());
    }

    void findsDocumentsByNameOrId()
    {
        auto project = freshProject();
        const qint64 a = addDocument(*project, QStringLiteral("a.txt"), QStringLiteral("alpha"));
        DocumentStore documents(*project);
        QCOMPARE(*documents.find(QStringLiteral("a.txt")), a);
        QCOMPARE(*documents.find(QString::number(a)), a);
        QCOMPARE(*documents.find(QStringLiteral("/some/folder/a.txt")), a);
        QVERIFY(!documents.find(QStringLiteral("b.txt")));
        QCOMPARE(*documents.uniqueName(QStringLiteral("a.txt")), QStringLiteral("a.txt (2)"));
    }

    void typedAttributes()
    {
        auto project = freshProject();
        const qint64 id = addDocument(*project, QStringLiteral("a.txt"), QStringLiteral("alpha"));
        DocumentStore documents(*project);
        QVERIFY(documents.defineAttribute(QStringLiteral("year"), QStringLiteral("integer")));
        QVERIFY(documents.setAttribute(id, QStringLiteral("site"), QStringLiteral("Kunming")));
        QVERIFY(documents.setAttribute(id, QStringLiteral("year"), QStringLiteral(" 2018 ")));
        auto bad = documents.setAttribute(id, QStringLiteral("year"), QStringLiteral("last spring"));
        QVERIFY(!bad);
        QVERIFY(bad.error().contains(QStringLiteral("whole numbers")));
        auto values = documents.attributes(id);
        QVERIFY(values);
        QCOMPARE(values->value(QStringLiteral("site")), QStringLiteral("Kunming"));
        QCOMPARE(values->value(QStringLiteral("year")), QStringLiteral("2018"));
        QVERIFY(documents.setAttribute(id, QStringLiteral("site"), QStringLiteral("Beijing")));
        QCOMPARE(documents.attributeValues()->value(QStringLiteral("site")), QStringList{QStringLiteral("Beijing")});
    }

    void codebookTreeOperations()
    {
        auto project = freshProject();
        Codebook codebook(*project);
        const qint64 practice = *codebook.add({QStringLiteral("Teaching practice"), 0, QStringLiteral("#4e79a7"), {}, {}});
        const qint64 tnl = *codebook.add({QStringLiteral("teaching not learning"), practice, {}, {}, {}});
        const qint64 access = *codebook.add({QStringLiteral("Access"), 0, {}, {}, {}});
        auto clash = codebook.add({QStringLiteral("teaching not learning"), practice, {}, {}, {}});
        QVERIFY(!clash);
        QVERIFY(clash.error().contains(QStringLiteral("exists already")));
        QVERIFY(!codebook.add({QStringLiteral("a/b"), 0, {}, {}, {}}));
        QVERIFY(!codebook.add({QStringLiteral("x"), 0, QStringLiteral("red"), {}, {}}));

        QCOMPARE(*codebook.find(QStringLiteral("Teaching practice/teaching not learning")), tnl);
        QCOMPARE(*codebook.find(QStringLiteral("teaching not learning")), tnl);
        QCOMPARE(codebook.code(practice)->color, QStringLiteral("#4E79A7"));

        // Cannot move a code under its own descendant.
        QVERIFY(!codebook.move(practice, tnl));
        QVERIFY(codebook.move(tnl, access, 0));
        QCOMPARE(codebook.code(tnl)->path, QStringLiteral("Access/teaching not learning"));
        QVERIFY(codebook.move(access, 0, 0));
        auto all = codebook.codes();
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).name, QStringLiteral("Access"));
        QCOMPARE(all->at(1).name, QStringLiteral("teaching not learning"));
        QCOMPARE(all->at(1).depth, 1);
        QCOMPARE(all->at(2).name, QStringLiteral("Teaching practice"));
        QVERIFY(codebook.rename(tnl, QStringLiteral("teaching, not learning")));
        QCOMPARE(codebook.code(tnl)->path, QStringLiteral("Access/teaching, not learning"));

        // One code looked up alone is the same as in the whole tree, three levels down too.
        auto deep = codebook.add({QStringLiteral("在家上网"), tnl, QStringLiteral("#59A14F"), QStringLiteral("home"), {}});
        QVERIFY(deep);
        auto tree = codebook.codes();
        QVERIFY(tree);
        for (const Code &expected : *tree) {
            auto alone = codebook.code(expected.id);
            QVERIFY(alone);
            QCOMPARE(alone->path, expected.path);
            QCOMPARE(alone->depth, expected.depth);
            QCOMPARE(alone->parentId, expected.parentId);
            QCOMPARE(alone->guid, expected.guid);
            QCOMPARE(alone->color, expected.color);
            QCOMPARE(alone->description, expected.description);
            QCOMPARE(alone->position, expected.position);
        }
        QCOMPARE(codebook.code(*deep)->path, QStringLiteral("Access/teaching, not learning/在家上网"));
        QVERIFY(!codebook.code(999999));

        // A crafted file whose parents run in a circle: the lookup ends, and the tree leaves them out.
        QVERIFY(project->database().exec("PRAGMA foreign_keys = OFF"));
        auto circle = project->database().prepare("UPDATE codes SET parent_id = ?2 WHERE id = ?1");
        QVERIFY(circle);
        QVERIFY(circle->bind(1, access).bind(2, *deep).run());
        QVERIFY(codebook.code(*deep));
        QVERIFY(codebook.codes());
        QVERIFY(codebook.subtree(access));
        QVERIFY(codebook.codingCount(access, true));
        // A code that is its own parent, and one with id 0 (which the tree takes for "no parent").
        circle->reset();
        QVERIFY(circle->bind(1, practice).bind(2, practice).run());
        QVERIFY(project->database().exec("INSERT INTO codes(id, guid, name, created) VALUES (0, 'zero', 'zero', 'now')"));
        auto crafted = codebook.codes();
        QVERIFY(crafted);
        QCOMPARE(std::count_if(crafted->cbegin(), crafted->cend(), [](const Code &code) { return code.id == 0; }), 1);
        QVERIFY(codebook.subtree(practice));
        QVERIFY(codebook.codingCount(practice, true));
    }

    void codingsUseCodePointsAndValidateRanges()
    {
        auto project = freshProject();
        // 😀 and 𠀀 take two UTF-16 units each but one code point.
        const qint64 doc = addDocument(*project, QStringLiteral("d.txt"), QStringLiteral("😀𠀀 ab 教师用于教学"));
        const qint64 code = *Codebook(*project).add({QStringLiteral("c"), 0, {}, {}, {}});
        CodingStore codings(*project);
        auto added = codings.add({doc, code, 6, 10, {}, QStringLiteral("memo"), {}, {}});
        QVERIFY2(added, added ? "" : qPrintable(added.error()));
        QVERIFY(added->created);
        auto again = codings.add({doc, code, 6, 10, {}, {}, {}, {}});
        QVERIFY(again);
        QVERIFY(!again->created);
        QCOMPARE(again->id, added->id);
        QVERIFY(!codings.add({doc, code, 5, 13, {}, {}, {}, {}}));   // past the end (12 code points)
        QVERIFY(!codings.add({doc, code, 3, 3, {}, {}, {}, {}}));
        auto segments = codings.segments({});
        QVERIFY(segments);
        QCOMPARE(segments->size(), 1);
        QCOMPARE(segments->first().text, QStringLiteral("教师用于"));
        QCOMPARE(segments->first().coder, QStringLiteral("Li Na"));
        QCOMPARE(segments->first().memo, QStringLiteral("memo"));

        CodingFilter withContext;
        withContext.contextLength = 3;
        auto context = codings.segments(withContext);
        QCOMPARE(context->first().contextBefore, QStringLiteral("ab "));
        QCOMPARE(context->first().contextAfter, QStringLiteral("教学"));

        QVERIFY(codings.move(added->id, 2, 3));
        QCOMPARE(codings.segment(added->id)->text, QStringLiteral(" "));
        QVERIFY(codings.remove(added->id));
        QCOMPARE(*codings.count(), qint64(0));
    }

    void filtersCodingsByAttributeCoderAndCode()
    {
        auto project = freshProject();
        const qint64 a = addDocument(*project, QStringLiteral("a.txt"), QStringLiteral("aaaa bbbb"));
        const qint64 b = addDocument(*project, QStringLiteral("b.txt"), QStringLiteral("cccc dddd"));
        DocumentStore documents(*project);
        QVERIFY(documents.setAttribute(a, QStringLiteral("site"), QStringLiteral("Beijing")));
        QVERIFY(documents.setAttribute(b, QStringLiteral("site"), QStringLiteral("Kunming")));
        Codebook codebook(*project);
        const qint64 parent = *codebook.add({QStringLiteral("P"), 0, {}, {}, {}});
        const qint64 child = *codebook.add({QStringLiteral("C"), parent, {}, {}, {}});
        CodingStore codings(*project);
        QVERIFY(codings.add({a, parent, 0, 4, QStringLiteral("Li Na"), {}, {}, {}}));
        QVERIFY(codings.add({a, child, 5, 9, QStringLiteral("Tom"), {}, {}, {}}));
        QVERIFY(codings.add({b, child, 0, 4, QStringLiteral("Li Na"), {}, {}, {}}));

        CodingFilter bySite;
        bySite.attributes.insert(QStringLiteral("site"), {QStringLiteral("Kunming")});
        QCOMPARE(codings.segments(bySite)->size(), 1);
        QCOMPARE(codings.segments(bySite)->first().text, QStringLiteral("cccc"));

        CodingFilter byCoder;
        byCoder.coders = {QStringLiteral("Tom")};
        QCOMPARE(codings.segments(byCoder)->size(), 1);

        CodingFilter byCode;
        byCode.codeIds = {parent};
        QCOMPARE(codings.segments(byCode)->size(), 1);
        byCode.includeSubcodes = true;
        QCOMPARE(codings.segments(byCode)->size(), 3);

        auto frequencies = codings.frequencies();
        QVERIFY(frequencies);
        QCOMPARE(frequencies->size(), 2);
        QCOMPARE(frequencies->at(0).path, QStringLiteral("P"));
        QCOMPARE(frequencies->at(0).segments, qint64(1));
        QCOMPARE(frequencies->at(1).path, QStringLiteral("P/C"));
        QCOMPARE(frequencies->at(1).segments, qint64(2));
        QCOMPARE(frequencies->at(1).documents, qint64(2));
        QCOMPARE(frequencies->at(1).characters, qint64(8));
    }

    void mergeCollapsesDuplicatesAndMovesSubcodes()
    {
        auto project = freshProject();
        const qint64 doc = addDocument(*project, QStringLiteral("d.txt"), QStringLiteral("one two three four"));
        Codebook codebook(*project);
        const qint64 source = *codebook.add({QStringLiteral("distraction"), 0, {}, {}, {}});
        const qint64 target = *codebook.add({QStringLiteral("ICT as distraction"), 0, {}, {}, {}});
        const qint64 sourceChild = *codebook.add({QStringLiteral("games"), source, {}, {}, {}});
        const qint64 targetChild = *codebook.add({QStringLiteral("games"), target, {}, {}, {}});
        const qint64 other = *codebook.add({QStringLiteral("phones"), source, {}, {}, {}});
        CodingStore codings(*project);
        QVERIFY(codings.add({doc, source, 0, 3, {}, {}, {}, {}}));
        QVERIFY(codings.add({doc, target, 0, 3, {}, {}, {}, {}}));   // identical range, same coder: collapses
        QVERIFY(codings.add({doc, source, 4, 7, {}, {}, {}, {}}));
        QVERIFY(codings.add({doc, sourceChild, 8, 13, {}, {}, {}, {}}));
        QVERIFY(codings.add({doc, targetChild, 8, 13, {}, {}, {}, {}}));
        QVERIFY(codings.add({doc, source, 0, 3, QStringLiteral("Tom"), {}, {}, {}}));   // other coder: kept

        QVERIFY(!codebook.merge(source, sourceChild));
        QVERIFY(codebook.merge(source, target));
        QVERIFY(!codebook.code(source));
        QVERIFY(!codebook.code(sourceChild));
        QCOMPARE(codebook.code(other)->path, QStringLiteral("ICT as distraction/phones"));
        CodingFilter onTarget;
        onTarget.codeIds = {target};
        QCOMPARE(codings.segments(onTarget)->size(), 3);
        CodingFilter onChild;
        onChild.codeIds = {targetChild};
        QCOMPARE(codings.segments(onChild)->size(), 1);
        QCOMPARE(*codings.count(), qint64(4));
    }

    void deletingACodeWithCodingsNeedsConsent()
    {
        auto project = freshProject();
        const qint64 doc = addDocument(*project, QStringLiteral("d.txt"), QStringLiteral("one two"));
        Codebook codebook(*project);
        const qint64 parent = *codebook.add({QStringLiteral("P"), 0, {}, {}, {}});
        const qint64 child = *codebook.add({QStringLiteral("C"), parent, {}, {}, {}});
        CodingStore codings(*project);
        QVERIFY(codings.add({doc, child, 0, 3, {}, {}, {}, {}}));
        auto refused = codebook.remove(parent, false);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("1 coding")), qPrintable(marginalia::errorText(refused)));
        QVERIFY(codebook.code(child));
        QVERIFY(codebook.remove(parent, true));
        QVERIFY(!codebook.code(child));
        QCOMPARE(*codings.count(), qint64(0));
    }

    void deletingADocumentRemovesItsCodingsAndIndex()
    {
        auto project = freshProject();
        const qint64 doc = addDocument(*project, QStringLiteral("d.txt"), QStringLiteral("searchable words"));
        const qint64 code = *Codebook(*project).add({QStringLiteral("c"), 0, {}, {}, {}});
        QVERIFY(CodingStore(*project).add({doc, code, 0, 4, {}, {}, {}, {}}));
        QVERIFY(DocumentStore(*project).remove(doc));
        QCOMPARE(*CodingStore(*project).count(), qint64(0));
        QCOMPARE(TextSearch(*project).find(QStringLiteral("searchable"))->size(), 0);
        auto integrity = project->database().exec("INSERT INTO document_fts(document_fts) VALUES('integrity-check')");
        QVERIFY2(integrity, integrity ? "" : qPrintable(integrity.error()));
    }

    void journalIsAppendOnlyAndRecordsEdits()
    {
        auto project = freshProject();
        addDocument(*project, QStringLiteral("d.txt"), QStringLiteral("text"));
        QVERIFY(Codebook(*project).add({QStringLiteral("c"), 0, {}, {}, {}}));
        auto entries = project->database().prepare("SELECT action, coder FROM journal ORDER BY id");
        QVERIFY(entries);
        QStringList actions;
        while (entries->step()) {
            actions.append(entries->text(0));
            QVERIFY(!entries->text(1).isEmpty());
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("create project"), QStringLiteral("add document"),
                                       QStringLiteral("add code")}));
        QVERIFY(!project->database().exec("DELETE FROM journal"));
        QVERIFY(!project->database().exec("UPDATE journal SET action = 'x'"));
    }

    void transactionsRollBackOnFailure()
    {
        auto project = freshProject();
        {
            auto outer = Transaction::begin(project->database());
            QVERIFY(outer);
            addDocument(*project, QStringLiteral("d.txt"), QStringLiteral("text"));
            // outer is dropped without commit
        }
        QCOMPARE(*DocumentStore(*project).count(), qint64(0));
        {
            // A nested step that fails poisons the whole transaction: its commit keeps nothing.
            auto outer = Transaction::begin(project->database());
            QVERIFY(outer);
            addDocument(*project, QStringLiteral("kept?.txt"), QStringLiteral("text"));
            {
                auto inner = Transaction::begin(project->database());
                QVERIFY(inner);
                QVERIFY(Codebook(*project).add({QStringLiteral("half-done"), 0, {}, {}, {}}));
            }
            QVERIFY(!outer->commit());
        }
        QCOMPARE(*DocumentStore(*project).count(), qint64(0));
        QVERIFY(DocumentStore(*project).add({QStringLiteral("later.txt"), QStringLiteral("x"), {}, {}, {}, {}, {}, {}, {}}));
        QCOMPARE(*DocumentStore(*project).count(), qint64(1));
    }

    void secondWriterGetsAClearMessage()
    {
        const QString path = freshPath();
        auto first = Project::create(path);
        QVERIFY(first);
        auto second = Project::open(path);
        QVERIFY2(second, second ? "" : qPrintable(second.error()));
        // Hold the write lock in the first connection.
        auto holding = Transaction::begin((*first)->database());
        QVERIFY(holding);
        sqlite3_busy_timeout((*second)->database().handle(), 50);
        auto blocked = Codebook(**second).add({QStringLiteral("c"), 0, {}, {}, {}});
        QVERIFY(!blocked);
        QVERIFY2(blocked.error().contains(QStringLiteral("in use")), qPrintable(marginalia::errorText(blocked)));
        QVERIFY(holding->commit());
        QVERIFY(Codebook(**second).add({QStringLiteral("c"), 0, {}, {}, {}}));
        // Readers see committed work of the other connection.
        QCOMPARE(Codebook(**first).codes()->size(), 1);
    }

    void backupIsAnOpenableCopy()
    {
        auto project = freshProject();
        addDocument(*project, QStringLiteral("d.txt"), QStringLiteral("text"));
        const QString copy = freshPath();
        QVERIFY(project->backupTo(copy));
        auto reopened = Project::open(copy, Project::Access::ReadOnly);
        QVERIFY(reopened);
        QCOMPARE(*DocumentStore(**reopened).count(), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "test_storage.moc"
