#include "ProjectFixtures.h"

#include "import/Importer.h"
#include "project/ChangeRecorder.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "search/SearchIndexer.h"
#include "search/TextSearch.h"
#include "text/TextNormalizer.h"

#include <QFile>
#include <QTest>

using namespace marginalia;

// Undo and redo of recorded edits: the project returns exactly to its earlier state.
class TestUndo : public QObject, private ProjectFixtures
{
    Q_OBJECT

private:
    // A new project with no current coder set (unlike ProjectFixtures::freshProject).
    std::unique_ptr<Project> freshProject()
    {
        auto project = Project::create(freshPath());
        if (!project)
            qFatal("%s", qPrintable(project.error()));
        return std::move(*project);
    }

private Q_SLOTS:
    void undoAndRedoACoding()
    {
        auto project = freshProject();
        const qint64 doc = addDocument(*project, QStringLiteral("d.txt"), QStringLiteral("😀 exam pressure"));
        const qint64 code = *Codebook(*project).add({QStringLiteral("exam pressure"), 0, {}, {}, {}});
        ChangeRecorder recorder(*project);
        CodingStore codings(*project);
        auto change = recorder.record(QStringLiteral("Code"), [&]() -> Result<void> {
            auto added = codings.add({doc, code, 2, 6, {}, {}, {}, {}});
            if (!added)
                return failure(added.error());
            return {};
        });
        QVERIFY(change);
        QCOMPARE(*codings.count(), qint64(1));
        QVERIFY(recorder.undo(*change));
        QCOMPARE(*codings.count(), qint64(0));
        QVERIFY(recorder.redo(*change));
        auto segments = codings.segments({});
        QCOMPARE(segments->size(), 1);
        QCOMPARE(segments->first().start, qint64(2));
        QCOMPARE(segments->first().text, QStringLiteral("exam"));
    }

    void undoDeletingACodeWithCodingsRestoresEverything()
    {
        auto project = freshProject();
        const qint64 doc = addDocument(*project, QStringLiteral("d.txt"), QStringLiteral("one two three"));
        Codebook codebook(*project);
        const qint64 parent = *codebook.add({QStringLiteral("P"), 0, QStringLiteral("#112233"), QStringLiteral("desc"), {}});
        const qint64 child = *codebook.add({QStringLiteral("C"), parent, {}, {}, {}});
        CodingStore codings(*project);
        QVERIFY(codings.add({doc, parent, 0, 3, {}, QStringLiteral("memo"), {}, {}}));
        QVERIFY(codings.add({doc, child, 4, 7, {}, {}, {}, {}}));
        const QString guid = codebook.code(parent)->guid;

        ChangeRecorder recorder(*project);
        auto change = recorder.record(QStringLiteral("Delete code"), [&] { return codebook.remove(parent, true); });
        QVERIFY(change);
        QCOMPARE(codebook.codes()->size(), 0);
        QCOMPARE(*codings.count(), qint64(0));

        QVERIFY(recorder.undo(*change));
        QCOMPARE(codebook.codes()->size(), 2);
        QCOMPARE(codebook.code(parent)->guid, guid);
        QCOMPARE(codebook.code(parent)->description, QStringLiteral("desc"));
        QCOMPARE(codebook.code(child)->path, QStringLiteral("P/C"));
        QCOMPARE(*codings.count(), qint64(2));
        QCOMPARE(codings.segments({})->first().memo, QStringLiteral("memo"));

        // Redo deletes again although the cascade removes codings before their own delete entries run.
        QVERIFY(recorder.redo(*change));
        QCOMPARE(codebook.codes()->size(), 0);
        QCOMPARE(*codings.count(), qint64(0));
    }

    void undoMergeRestoresBothCodes()
    {
        auto project = freshProject();
        const qint64 doc = addDocument(*project, QStringLiteral("d.txt"), QStringLiteral("one two three"));
        Codebook codebook(*project);
        const qint64 a = *codebook.add({QStringLiteral("A"), 0, {}, {}, {}});
        const qint64 b = *codebook.add({QStringLiteral("B"), 0, {}, {}, {}});
        CodingStore codings(*project);
        QVERIFY(codings.add({doc, a, 0, 3, {}, {}, {}, {}}));
        QVERIFY(codings.add({doc, b, 0, 3, {}, {}, {}, {}}));
        QVERIFY(codings.add({doc, a, 4, 7, {}, {}, {}, {}}));
        ChangeRecorder recorder(*project);
        auto change = recorder.record(QStringLiteral("Merge"), [&] { return codebook.merge(a, b); });
        QVERIFY(change);
        QCOMPARE(*codings.count(), qint64(2));
        QVERIFY(recorder.undo(*change));
        QCOMPARE(codebook.codes()->size(), 2);
        CodingFilter onA;
        onA.codeIds = {a};
        QCOMPARE(codings.segments(onA)->size(), 2);
        QCOMPARE(*codings.count(), qint64(3));
    }

    void undoImportRemovesDocumentsAndTheirIndex()
    {
        auto project = freshProject();
        const QString path = folder().filePath(QStringLiteral("interview.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("教师：我们用电脑上课\n");
        file.close();
        ChangeRecorder recorder(*project);
        Importer importer(*project);
        auto change = recorder.record(QStringLiteral("Import"), [&]() -> Result<void> {
            ImportOptions options;
            options.attributes.insert(QStringLiteral("site"), QStringLiteral("Kunming"));
            auto report = importer.importFiles({path}, options);
            if (!report)
                return failure(report.error());
            return {};
        });
        QVERIFY2(change, change ? "" : qPrintable(change.error()));
        QCOMPARE(TextSearch(*project).find(QStringLiteral("用电脑"))->size(), 1);
        QVERIFY(recorder.undo(*change));
        QCOMPARE(*DocumentStore(*project).count(), qint64(0));
        QCOMPARE(TextSearch(*project).find(QStringLiteral("用电脑"))->size(), 0);
        QVERIFY(project->database().exec("INSERT INTO document_fts(document_fts) VALUES('integrity-check')"));
        QVERIFY(recorder.redo(*change));
        QCOMPARE(TextSearch(*project).find(QStringLiteral("用电脑"))->size(), 1);
        QCOMPARE(DocumentStore(*project).list()->first().attributes.value(QStringLiteral("site")), QStringLiteral("Kunming"));
        QVERIFY(project->database().exec("INSERT INTO document_fts(document_fts) VALUES('integrity-check')"));

        // Once the search index has the document, undoing the import takes it out of the index too,
        // and redoing it queues it for indexing again.
        QVERIFY(SearchIndexer(*project).indexPending());
        QCOMPARE(SearchIndexer(*project).pending()->documentsTotal, qint64(0));
        QVERIFY(recorder.undo(*change));
        QCOMPARE(TextSearch(*project).find(QStringLiteral("用电脑"))->size(), 0);
        QVERIFY(project->database().exec("INSERT INTO document_fts(document_fts, rank) VALUES('integrity-check', 1)"));
        QVERIFY(recorder.redo(*change));
        QCOMPARE(SearchIndexer(*project).pending()->documentsTotal, qint64(1));
        QCOMPARE(TextSearch(*project).find(QStringLiteral("用电脑"))->size(), 1);
        QVERIFY(SearchIndexer(*project).indexPending());
        QCOMPARE(TextSearch(*project).find(QStringLiteral("用电脑"))->size(), 1);
        QVERIFY(project->database().exec("INSERT INTO document_fts(document_fts, rank) VALUES('integrity-check', 1)"));
    }

    void undoRefusesWhenTheProjectChangedSince()
    {
        auto project = freshProject();
        Codebook codebook(*project);
        const qint64 code = *codebook.add({QStringLiteral("A"), 0, {}, {}, {}});
        ChangeRecorder recorder(*project);
        auto change = recorder.record(QStringLiteral("Rename"), [&] { return codebook.rename(code, QStringLiteral("B")); });
        QVERIFY(change);
        QVERIFY(codebook.rename(code, QStringLiteral("C")));   // someone else renamed it since
        auto undone = recorder.undo(*change);
        QVERIFY(!undone);
        QVERIFY2(undone.error().contains(QStringLiteral("changed since")), qPrintable(marginalia::errorText(undone)));
        QCOMPARE(codebook.code(code)->name, QStringLiteral("C"));
    }

    void failedEditsRecordNothing()
    {
        auto project = freshProject();
        ChangeRecorder recorder(*project);
        auto change = recorder.record(QStringLiteral("Bad"), [&] { return Codebook(*project).rename(42, QStringLiteral("x")); });
        QVERIFY(!change);
    }
};

QTEST_GUILESS_MAIN(TestUndo)
#include "test_undo.moc"
