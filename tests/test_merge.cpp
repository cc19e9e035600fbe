#include "ProjectFixtures.h"

#include "analysis/WordFrequencies.h"
#include "project/CodeKeys.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/InterchangeStore.h"
#include "project/Project.h"
#include "refiqda/ProjectMerger.h"
#include "refiqda/RefiQda.h"

#include <quazip.h>
#include <quazipfile.h>

#include <sys/wait.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QTest>

using namespace marginalia;

class TestMerge : public QObject, private ProjectFixtures
{
    Q_OBJECT

private:
    // Our project, and a teammate's copy of it that went its own way.
    struct Pair
    {
        std::unique_ptr<Project> ours;
        std::unique_ptr<Project> theirs;
    };

    Pair makePair()
    {
        auto created = Project::create(freshPath());
        if (!created)
            qFatal("%s", qPrintable(created.error()));
        Pair pair;
        pair.ours = std::move(*created);
        Project &ours = *pair.ours;
        ours.setCurrentCoder(QStringLiteral("Li Na"));
        const qint64 shared = addDocument(ours, QStringLiteral("Interview 1"), QStringLiteral("𠀀😀 教师们用于教学。 We teach."));
        addDocument(ours, QStringLiteral("Notes"), QStringLiteral("Our notes."));
        const qint64 teaching = addCode(ours, QStringLiteral("Teaching"));
        const qint64 methods = addCode(ours, QStringLiteral("Methods"), teaching);
        addCode(ours, QStringLiteral("Renamed later"));
        code(ours, shared, teaching, 0, 2, QStringLiteral("Li Na"));
        code(ours, shared, methods, 3, 10, QStringLiteral("Li Na"));
        if (!DocumentStore(ours).setAttribute(shared, QStringLiteral("site"), QStringLiteral("Kunming")))
            qFatal("attribute");

        // The teammate starts from a copy (same GUIDs everywhere), then changes things.
        const QString theirPath = freshPath();
        if (!ours.backupTo(theirPath))
            qFatal("copy");
        auto opened = Project::open(theirPath);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        pair.theirs = std::move(*opened);
        Project &theirs = *pair.theirs;
        theirs.setCurrentCoder(QStringLiteral("Wang Wei"));
        DocumentStore documents(theirs);
        Codebook codebook(theirs);
        const qint64 theirShared = *documents.find(QStringLiteral("Interview 1"));
        if (!documents.rename(theirShared, QStringLiteral("Interview 1 (Wang)")))   // same text, other name: matched
            qFatal("rename");
        if (!documents.setAttribute(theirShared, QStringLiteral("site"), QStringLiteral("Beijing")))   // conflict
            qFatal("attribute");
        if (!documents.setAttribute(theirShared, QStringLiteral("kind"), QStringLiteral("teacher interview")))   // new
            qFatal("attribute");
        addDocument(theirs, QStringLiteral("Notes"), QStringLiteral("Their notes, other text."));   // name clash
        const qint64 fresh = addDocument(theirs, QStringLiteral("Interview 2"), QStringLiteral("New text 😀 here."));
        const qint64 theirTeaching = *codebook.find(QStringLiteral("Teaching"));
        const qint64 theirMethods = *codebook.find(QStringLiteral("Teaching/Methods"));
        if (!codebook.rename(*codebook.find(QStringLiteral("Renamed later")), QStringLiteral("Renamed by Wang")))
            qFatal("rename code");   // same GUID, other name: conflict
        const qint64 newCode = addCode(theirs, QStringLiteral("Assessment"), theirTeaching);
        code(theirs, theirShared, theirTeaching, 0, 2, QStringLiteral("Li Na"));   // identical: collapses (exists)
        code(theirs, theirShared, theirMethods, 3, 10, QStringLiteral("Wang Wei"));   // same range, other coder: kept
        code(theirs, fresh, newCode, 9, 10, QStringLiteral("Wang Wei"));
        return pair;
    }

    static qint64 codingCount(Project &project) { return *CodingStore(project).count(); }

private Q_SLOTS:
    void mergesATeammatesProject()
    {
        Pair pair = makePair();
        Project &ours = *pair.ours;
        const QString theirPath = pair.theirs->path();
        pair.theirs.reset();
        auto report = mergeProject(ours, theirPath);
        QVERIFY2(report, qPrintable(report ? QString() : report.error()));
        QCOMPARE(report->documentsMatched, 2);   // Interview 1 (by text) and their copy of Notes? no: see below
        QCOMPARE(report->documentsAdded, 2);
        QCOMPARE(report->codesAdded, 1);
        QCOMPARE(report->codesMatched, 3);
        QCOMPARE(report->codersAdded, 1);
        QCOMPARE(report->codingsAdded, 2);
        QCOMPARE(report->codingsCollapsed, 2);
        const QString conflicts = report->conflicts.join(u'\n');
        QVERIFY2(conflicts.contains(QStringLiteral("'Renamed later'")) && conflicts.contains(QStringLiteral("'Renamed by Wang'")),
                 qPrintable(conflicts));
        QVERIFY2(conflicts.contains(QStringLiteral("site = 'Kunming'")), qPrintable(conflicts));
        QVERIFY2(conflicts.contains(QStringLiteral("added as 'Notes (2)'")), qPrintable(conflicts));
        QCOMPARE(report->conflicts.size(), 3);

        QVERIFY(QFile::exists(report->backup));
        QVERIFY(report->backup.contains(QStringLiteral(".before-merge-")));
        auto backup = Project::open(report->backup, Project::Access::ReadOnly);
        QVERIFY(backup);
        QCOMPARE(codingCount(**backup), 2);

        QCOMPARE(codingCount(ours), 4);
        DocumentStore documents(ours);
        QCOMPARE(*documents.count(), 4);
        auto notes2 = documents.find(QStringLiteral("Notes (2)"));
        QVERIFY(notes2);
        QCOMPARE(*documents.text(*notes2), QStringLiteral("Their notes, other text."));
        const qint64 shared = *documents.find(QStringLiteral("Interview 1"));
        QCOMPARE(documents.attributes(shared)->value(QStringLiteral("site")), QStringLiteral("Kunming"));
        QCOMPARE(documents.attributes(shared)->value(QStringLiteral("kind")), QStringLiteral("teacher interview"));
        QVERIFY(Codebook(ours).find(QStringLiteral("Teaching/Assessment")));
        QVERIFY(Codebook(ours).find(QStringLiteral("Renamed later")));
        CodingFilter byWang;
        byWang.coders = {QStringLiteral("Wang Wei")};
        auto wang = CodingStore(ours).segments(byWang);
        QVERIFY(wang);
        QCOMPARE(wang->size(), 2);
        QStringList texts;
        for (const CodedSegment &segment : *wang)
            texts << segment.text;
        texts.sort();
        QCOMPARE(texts, (QStringList{QStringLiteral("教师们用于教学"), QStringLiteral("😀")}));

        auto journal = ours.database().prepare("SELECT count(*) FROM journal WHERE action = 'merge project'");
        QVERIFY(journal && journal->step());
        QCOMPARE(journal->int64(0), 1);

        // Merging the same project again adds nothing.
        auto again = mergeProject(ours, theirPath, MergeOptions{false, {}});
        QVERIFY(again);
        QCOMPARE(again->documentsAdded, 0);
        QCOMPARE(again->codingsAdded, 0);
        QCOMPARE(again->codesAdded, 0);
        QCOMPARE(codingCount(ours), 4);
    }

    void mergesAQdpx()
    {
        Pair pair = makePair();
        const QString qdpx = freshPath(QStringLiteral(".qdpx"));
        QVERIFY(exportQdpx(*pair.theirs, qdpx));
        auto report = mergeProject(*pair.ours, qdpx, MergeOptions{false, {}});
        QVERIFY2(report, qPrintable(report ? QString() : report.error()));
        QCOMPARE(report->documentsAdded, 2);
        QCOMPARE(report->codesAdded, 1);
        QCOMPARE(report->codingsAdded, 2);
        QCOMPARE(codingCount(*pair.ours), 4);
        QVERIFY(report->backup.isEmpty());
    }

    // Number keys and dictionary words (ProjectExtras) travel with a merge. From makePair: ours and theirs share
    // Teaching, Teaching/Methods and Renamed later (same GUIDs); theirs adds Teaching/Assessment.
    // Ours: key 1 = Teaching, key 2 = Methods; dictionary adds 微课, removes 教学.
    // Theirs: key 1 = Assessment (key 1 is ours: kept, reported), key 3 = Methods (Methods has key 2 here: kept,
    // reported), key 4 = Renamed later (free key, code without one: assigned);
    // dictionary adds 微课 (ours too: nothing), 互联网 (new: added), 教学 (ours removed it: kept removed, reported);
    // removes 课堂 (new: removed).
    void mergeCarriesKeysAndDictionary()
    {
        Pair pair = makePair();
        Project &ours = *pair.ours;
        Project &theirs = *pair.theirs;
        Codebook ourCodes(ours);
        Codebook theirCodes(theirs);
        CodeKeys ourKeys(ours);
        QVERIFY(ourKeys.assign(1, *ourCodes.find(QStringLiteral("Teaching"))));
        QVERIFY(ourKeys.assign(2, *ourCodes.find(QStringLiteral("Teaching/Methods"))));
        QVERIFY(ProjectDictionary(ours).add({QStringLiteral("微课")}));
        QVERIFY(ProjectDictionary(ours).remove({QStringLiteral("教学")}));
        CodeKeys theirKeys(theirs);
        QVERIFY(theirKeys.assign(1, *theirCodes.find(QStringLiteral("Teaching/Assessment"))));
        QVERIFY(theirKeys.assign(3, *theirCodes.find(QStringLiteral("Teaching/Methods"))));
        QVERIFY(theirKeys.assign(4, *theirCodes.find(QStringLiteral("Renamed by Wang"))));
        QVERIFY(ProjectDictionary(theirs).add({QStringLiteral("微课"), QStringLiteral("互联网"), QStringLiteral("教学")}));
        QVERIFY(ProjectDictionary(theirs).remove({QStringLiteral("课堂")}));
        const QString theirPath = theirs.path();
        pair.theirs.reset();

        auto report = mergeProject(ours, theirPath, MergeOptions{false, {}});
        QVERIFY2(report, qPrintable(report ? QString() : report.error()));
        QCOMPARE(report->codeKeysAssigned, 1);
        QCOMPARE(report->dictionaryWordsAdded, 1);
        QCOMPARE(report->dictionaryWordsRemoved, 1);
        auto keys = CodeKeys(ours).assigned();
        QVERIFY(keys);
        const QMap<int, qint64> expected{{1, *ourCodes.find(QStringLiteral("Teaching"))},
                                         {2, *ourCodes.find(QStringLiteral("Teaching/Methods"))},
                                         {4, *ourCodes.find(QStringLiteral("Renamed later"))}};
        QCOMPARE(*keys, expected);
        QCOMPARE(*ProjectDictionary(ours).added(), (QStringList{QStringLiteral("互联网"), QStringLiteral("微课")}));
        QCOMPARE(*ProjectDictionary(ours).removed(), (QStringList{QStringLiteral("教学"), QStringLiteral("课堂")}));
        const QString conflicts = report->conflicts.join(u'\n');
        QVERIFY2(conflicts.contains(QStringLiteral("key 1 is 'Teaching' in")) && conflicts.contains(QStringLiteral("kept 'Teaching'")),
                 qPrintable(conflicts));
        QVERIFY2(conflicts.contains(QStringLiteral("'Teaching/Methods' has key 2 in")) && conflicts.contains(QStringLiteral("key 3")),
                 qPrintable(conflicts));
        QVERIFY2(conflicts.contains(QStringLiteral("'教学' is added in")) && conflicts.contains(QStringLiteral("kept removed")),
                 qPrintable(conflicts));
        QCOMPARE(report->conflicts.size(), 3 + 3);   // the three of mergesATeammatesProject, and these three
    }

    // A .qdpx for the standard target carries them in its own entry (marginalia/extras.json; project.qde has no
    // trace of them), and importing it gives them back: key 5 = Methods, 互联网 added, 课堂 removed. An export for
    // another program leaves the entry out.
    void qdpxRoundTripKeepsKeysAndDictionary()
    {
        Pair pair = makePair();
        Project &theirs = *pair.theirs;
        QVERIFY(CodeKeys(theirs).assign(5, *Codebook(theirs).find(QStringLiteral("Teaching/Methods"))));
        QVERIFY(ProjectDictionary(theirs).add({QStringLiteral("互联网")}));
        QVERIFY(ProjectDictionary(theirs).remove({QStringLiteral("课堂")}));
        const QString qdpx = freshPath(QStringLiteral(".qdpx"));
        auto exported = exportQdpx(theirs, qdpx);
        QVERIFY(exported);
        QVERIFY(exported->extrasWritten);
        QuaZip zip(qdpx);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QVERIFY(zip.getFileNameList().contains(QStringLiteral("marginalia/extras.json")));
        QVERIFY(zip.setCurrentFile(QStringLiteral("project.qde")));
        QuaZipFile qde(&zip);
        QVERIFY(qde.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(qde.readAll());
        qde.close();
        zip.close();
        QVERIFY(!xml.contains(QStringLiteral("互联网")) && !xml.contains(QStringLiteral("课堂")));

        const QString imported = freshPath();
        auto report = importQdpx(qdpx, imported);
        QVERIFY2(report, qPrintable(report ? QString() : report.error()));
        QCOMPARE(report->codeKeysAssigned, 1);
        QCOMPARE(report->dictionaryWords, 2);
        auto project = Project::open(imported);
        QVERIFY(project);
        auto keys = CodeKeys(**project).assigned();
        QVERIFY(keys);
        QCOMPARE(*keys, (QMap<int, qint64>{{5, *Codebook(**project).find(QStringLiteral("Teaching/Methods"))}}));
        QCOMPARE(*ProjectDictionary(**project).added(), QStringList{QStringLiteral("互联网")});
        QCOMPARE(*ProjectDictionary(**project).removed(), QStringList{QStringLiteral("课堂")});

        // Merging the .qdpx into ours carries them too (ours has no keys or words).
        auto merged = mergeProject(*pair.ours, qdpx, MergeOptions{false, {}});
        QVERIFY2(merged, qPrintable(merged ? QString() : merged.error()));
        QCOMPARE(merged->codeKeysAssigned, 1);
        QCOMPARE(merged->dictionaryWordsAdded, 1);
        QCOMPARE(merged->dictionaryWordsRemoved, 1);

        const QString forNvivo = freshPath(QStringLiteral(".qdpx"));
        RefiExportOptions nvivo;
        nvivo.target = ExportTarget::NVivo;
        auto other = exportQdpx(theirs, forNvivo, nvivo);
        QVERIFY(other);
        QVERIFY(!other->extrasWritten);
        QuaZip plain(forNvivo);
        QVERIFY(plain.open(QuaZip::mdUnzip));
        QVERIFY(!plain.getFileNameList().contains(QStringLiteral("marginalia/extras.json")));
    }

    // A crafted entry: keys out of range, a code GUID the archive lacks, words that are not words, and not JSON at
    // all. The import succeeds and says what it skipped; nothing of it reaches the project.
    void craftedExtrasAreSkipped()
    {
        Pair pair = makePair();
        const QString qdpx = freshPath(QStringLiteral(".qdpx"));
        QVERIFY(exportQdpx(*pair.theirs, qdpx));
        for (const QByteArray &entry : {QByteArray(R"({"code_keys": {"0": "x", "12": "y", "3": "00000000-0000-0000-0000-000000000000"},)"
                                                   R"( "dictionary_added": ["a", "../x", 5, "教"], "dictionary_removed": [{}]})"),
                                        QByteArray("not json")}) {
            QuaZip zip(qdpx);
            QVERIFY(zip.open(QuaZip::mdAdd));
            QuaZipFile file(&zip);
            QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("marginalia/extras.json"))));
            file.write(entry);
            file.close();
            zip.close();
            const QString imported = freshPath();
            auto report = importQdpx(qdpx, imported);
            QVERIFY2(report, qPrintable(report ? QString() : report.error()));
            QCOMPARE(report->codeKeysAssigned, 0);
            QCOMPARE(report->dictionaryWords, 0);
            QVERIFY(!report->warnings.isEmpty());
            auto project = Project::open(imported);
            QVERIFY(project);
            QVERIFY(CodeKeys(**project).assigned()->isEmpty());
            QVERIFY(ProjectDictionary(**project).added()->isEmpty());
            // The next round adds a second entry of the same name: start from a clean export.
            QVERIFY(QFile::remove(qdpx));
            QVERIFY(exportQdpx(*pair.theirs, qdpx));
        }
    }

    // A merge of a .qdpx works in a scratch folder in the temporary folder; a killed merge leaves it
    // behind, and the next merge removes it once the process that made it has ended (a live one's is kept).
    void abandonedScratchFoldersAreRemoved()
    {
        const pid_t child = ::fork();
        if (child == 0)
            ::_exit(0);
        QVERIFY(child > 0);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);   // now a pid whose process has ended
        const QDir temporary(QDir::tempPath());
        const QString abandoned = temporary.filePath(QStringLiteral("marginalia-merge-%1-AbCdEf").arg(child));
        const QString live = temporary.filePath(QStringLiteral("marginalia-merge-1-AbCdEf"));   // pid 1 is running
        QVERIFY(QDir().mkpath(abandoned + QStringLiteral("/inner")));
        QVERIFY(QDir().mkpath(live));
        Pair pair = makePair();
        const QString qdpx = freshPath(QStringLiteral(".qdpx"));
        QVERIFY(exportQdpx(*pair.theirs, qdpx));
        QVERIFY(mergeProject(*pair.ours, qdpx, MergeOptions{false, {}}));
        QVERIFY(!QFileInfo::exists(abandoned));
        QVERIFY(QFileInfo::exists(live));
        QDir(live).removeRecursively();
        // And the merge's own scratch folder is gone after it.
        QCOMPARE(temporary.entryList({QStringLiteral("marginalia-merge-%1-*").arg(::getpid())}, QDir::Dirs).size(), 0);
    }

    void failedOrCancelledMergeChangesNothing()
    {
        Pair pair = makePair();
        Project &ours = *pair.ours;
        const qint64 before = codingCount(ours);
        const qint64 documentsBefore = *DocumentStore(ours).count();

        auto cancelled = mergeProject(ours, pair.theirs->path(), MergeOptions{false, {}},
                                      [](const InterchangeProgress &p) { return p.stage != u"Merging codings"; });
        QVERIFY(!cancelled);
        QVERIFY2(cancelled.error().contains(QStringLiteral("cancelled")), qPrintable(marginalia::errorText(cancelled)));
        QCOMPARE(codingCount(ours), before);
        QCOMPARE(*DocumentStore(ours).count(), documentsBefore);

        const QString junk = freshPath(QStringLiteral(".marginalia"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a project");
        file.close();
        auto refused = mergeProject(ours, junk);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QFileInfo(junk).fileName()), qPrintable(marginalia::errorText(refused)));
        QCOMPARE(codingCount(ours), before);

        auto self = mergeProject(ours, ours.path());
        QVERIFY(!self);
        QVERIFY(self.error().contains(QStringLiteral("itself")));
    }
    // Two coders' identical codings (same document text, code, coder, range) collapse into the one
    // the target has; the collapsed one's memo is added to it and its GUID is listed as an alias.
    void collapsedCodingsKeepTheirMemoAndGuid()
    {
        auto makeProject = [&](const QString &memo) {
            auto created = Project::create(freshPath());
            if (!created)
                qFatal("%s", qPrintable(created.error()));
            std::unique_ptr<Project> project = std::move(*created);
            project->setCurrentCoder(QStringLiteral("Li Na"));
            const qint64 document = addDocument(*project, QStringLiteral("Interview"), QStringLiteral("We teach with 😀 emoji."));
            const qint64 teaching = addCode(*project, QStringLiteral("Teaching"));
            NewCoding coding;
            coding.documentId = document;
            coding.codeId = teaching;
            coding.start = 0;
            coding.end = 8;
            coding.coder = QStringLiteral("Li Na");
            coding.memo = memo;
            if (!CodingStore(*project).add(coding))
                qFatal("coding");
            return project;
        };
        auto ours = makeProject(QStringLiteral("Our reading."));
        auto theirs = makeProject(QStringLiteral("Their reading."));
        auto guidOf = [](Project &project) {
            auto row = project.database().prepare("SELECT guid FROM codings");
            return row && row->step() ? row->text(0) : QString();
        };
        const QString ourGuid = guidOf(*ours);
        const QString theirGuid = guidOf(*theirs);
        QVERIFY(!ourGuid.isEmpty() && ourGuid != theirGuid);   // made apart: two GUIDs for one coding
        const QString theirPath = theirs->path();
        theirs.reset();

        auto report = mergeProject(*ours, theirPath, MergeOptions{false, {}});
        QVERIFY2(report, qPrintable(report ? QString() : report.error()));
        QCOMPARE(report->codingsAdded, 0);
        QCOMPARE(report->codingsCollapsed, 1);
        QCOMPARE(report->collapsedAliases, QStringList{theirGuid + QStringLiteral(" -> ") + ourGuid});
        auto memo = ours->database().prepare("SELECT memo FROM codings");
        QVERIFY(memo && memo->step());
        QCOMPARE(memo->text(0), QStringLiteral("Our reading.\n\nTheir reading."));
        QVERIFY(!memo->step());   // still one coding
        auto journal = ours->database().prepare("SELECT count(*) FROM journal WHERE detail LIKE ?1");
        QVERIFY(journal);
        journal->bind(1, QStringLiteral("%") + theirGuid + QStringLiteral("%"));
        QVERIFY(journal->step());
        QCOMPARE(journal->int64(0), 1);

        // Merging again adds the memo no second time.
        auto again = mergeProject(*ours, theirPath, MergeOptions{false, {}});
        QVERIFY(again);
        auto memoAgain = ours->database().prepare("SELECT memo FROM codings");
        QVERIFY(memoAgain && memoAgain->step());
        QCOMPARE(memoAgain->text(0), QStringLiteral("Our reading.\n\nTheir reading."));
    }

    // A crafted project stores "../../" paths where GUIDs belong. Merged, then exported, no archive
    // entry and no path in project.qde climbs out: GUIDs are checked wherever they are read.
    void craftedGuidsNeverReachAnArchivePath()
    {
        Pair pair = makePair();
        Project &theirs = *pair.theirs;
        for (const char *sql : {"UPDATE documents SET guid = '../../../../tmp/evil-' || id",
                                "UPDATE codes SET guid = '../../codes/' || id", "UPDATE codings SET guid = '../x/' || id",
                                "UPDATE coders SET guid = '..\\..\\' || id"}) {
            auto statement = theirs.database().prepare(sql);
            QVERIFY(statement);
            QVERIFY2(statement->run(), sql);
        }
        const QString theirPath = theirs.path();
        pair.theirs.reset();

        auto checkExport = [&](Project &project) {
            const QString qdpx = freshPath(QStringLiteral(".qdpx"));
            auto exported = exportQdpx(project, qdpx);
            QVERIFY2(exported, qPrintable(exported ? QString() : exported.error()));
            QuaZip zip(qdpx);
            QVERIFY(zip.open(QuaZip::mdUnzip));
            const QStringList entries = zip.getFileNameList();
            QVERIFY(!entries.isEmpty());
            for (const QString &entry : entries)
                QVERIFY2(!entry.contains(QStringLiteral("..")) && !entry.contains(u'\\'), qPrintable(entry));
            QVERIFY(zip.setCurrentFile(QStringLiteral("project.qde")));
            QuaZipFile file(&zip);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray qde = file.readAll();
            QVERIFY(!qde.contains(".."));
            file.close();
            zip.close();
            // And the file reads back.
            auto back = importQdpx(qdpx, freshPath());
            QVERIFY2(back, qPrintable(back ? QString() : back.error()));
        };

        // Exporting the crafted project itself writes checked GUIDs only.
        {
            auto crafted = Project::open(theirPath, Project::Access::ReadOnly);
            QVERIFY(crafted);
            checkExport(**crafted);
        }
        auto report = mergeProject(*pair.ours, theirPath, MergeOptions{false, {}});
        QVERIFY2(report, qPrintable(report ? QString() : report.error()));
        QVERIFY2(report->conflicts.join(u'\n').contains(QStringLiteral("is not a GUID")), qPrintable(report->conflicts.join(u'\n')));
        auto stored = pair.ours->database().prepare(
            "SELECT count(*) FROM (SELECT guid FROM documents UNION ALL SELECT guid FROM codes UNION ALL SELECT guid FROM "
            "codings UNION ALL SELECT guid FROM coders) WHERE guid LIKE '%..%'");
        QVERIFY(stored && stored->step());
        QCOMPARE(stored->int64(0), 0);
        checkExport(*pair.ours);
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "test_merge.moc"
