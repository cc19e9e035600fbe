// REFI-QDA exchange, merging and backups through the real main window, offscreen: the File menu
// commands run with their file dialogs answered through Prompts' hook. Export a project as .qdpx
// and import it into a new project (same counts, same offsets after 😀 and 𠀀); export and import a
// codebook (one undo step); merge a teammate's project (their codings land, one undo step takes
// them away again, redo brings them back); save a backup, change the project, restore the backup.

#include "backup/BackupController.h"
#include "backup/BackupListModel.h"
#include "backup/BackupStore.h"
#include "coding/EditCommands.h"
#include "context/ProjectContext.h"
#include "interchange/InterchangeController.h"
#include "interchange/Prompts.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "refiqda/RefiQda.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace marginalia;

namespace {

// "研究 😀 𠀀 " is 7 code points before "教师" (8 UTF-16 units for the two characters outside the BMP).
const QString kShared = QStringLiteral("研究 😀 𠀀 教师们用于教学。\nExam pressure is high for teachers.\n");
const QString kTheirs = QStringLiteral("Kunming notes: workload grows every term.\n");

struct Counts
{
    qint64 documents = -1;
    qint64 codes = -1;
    qint64 codings = -1;
    bool operator==(const Counts &) const = default;
};

Counts countsOf(const QString &path)
{
    auto project = Project::open(path, Project::Access::ReadOnly);
    if (!project)
        qFatal("%s", qPrintable(project.error()));
    Counts counts;
    counts.documents = *DocumentStore(**project).count();
    counts.codes = Codebook(**project).codes()->size();
    counts.codings = *CodingStore(**project).count();
    return counts;
}

// (document name, code name, start, end, coder) of every coding.
QSet<QString> codingKeys(const QString &path)
{
    auto project = Project::open(path, Project::Access::ReadOnly);
    if (!project)
        qFatal("%s", qPrintable(project.error()));
    CodingFilter filter;
    filter.withText = false;
    const auto segments = CodingStore(**project).segments(filter);
    if (!segments)
        qFatal("%s", qPrintable(segments.error()));
    QSet<QString> keys;
    for (const CodedSegment &coding : *segments)
        keys.insert(QStringLiteral("%1|%2|%3|%4|%5")
                        .arg(coding.document, coding.codePath)
                        .arg(coding.start)
                        .arg(coding.end)
                        .arg(coding.coder));
    return keys;
}

// A project with the shared transcript (and more), codes and codings by one coder.
void buildProject(const QString &path, const QString &coder, bool theirs)
{
    auto project = Project::create(path);
    if (!project)
        qFatal("%s", qPrintable(project.error()));
    (*project)->setCurrentCoder(coder);
    DocumentStore documents(**project);
    Codebook codebook(**project);
    CodingStore codings(**project);
    const qint64 shared = *documents.add({QStringLiteral("Beijing teacher 1"), kShared, QStringLiteral("txt"), {}, {}, {}, {}, {}, {}});
    const qint64 pressure = *codebook.add({QStringLiteral("Pressure"), 0, QStringLiteral("#cc3333"), {}, {}});
    const qint64 teaching = *codebook.add({QStringLiteral("Teaching"), 0, {}, QStringLiteral("How teachers teach"), {}});
    if (!theirs) {
        codings.add({shared, teaching, 7, 9, {}, {}, {}, {}}).value();        // 教师
        codings.add({shared, pressure, 16, 29, {}, {}, {}, {}}).value();      // Exam pressure
        codings.add({shared, teaching, 7, 16, {}, {}, {}, {}}).value();
        return;
    }
    const qint64 workload = *codebook.add({QStringLiteral("Workload"), pressure, {}, {}, {}});
    const qint64 other = *documents.add({QStringLiteral("Kunming notes"), kTheirs, QStringLiteral("txt"), {}, {}, {}, {}, {}, {}});
    codings.add({shared, pressure, 16, 29, {}, {}, {}, {}}).value();          // the same passage, another coder
    codings.add({shared, teaching, 0, 2, {}, {}, {}, {}}).value();            // 研究
    codings.add({other, workload, 15, 23, {}, {}, {}, {}}).value();           // workload
}

} // namespace

class TestInterchangeGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    QString m_openAnswer;
    QString m_saveAnswer;
    QString m_chooseAnswer = QStringLiteral("Any program");   // the export dialog's program
    bool m_confirm = true;

    QString file(const QString &name) const { return m_dir.filePath(name); }
    InterchangeController *interchange() const { return m_window->findChild<InterchangeController *>(); }
    BackupController *backups() const { return m_window->findChild<BackupController *>(); }
    QUndoStack *undoStack() const { return m_window->workspace()->context()->undoStack(); }

    // Runs a command and waits for its end.
    bool runAndWait(const std::function<void()> &command)
    {
        QSignalSpy finished(interchange(), &InterchangeController::finished);
        command();
        if (finished.isEmpty() && !finished.wait(30000))
            return false;
        return finished.first().first().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_interchange_gui"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        Prompts::setHook([this](Prompts::Kind kind, const QString &) {
            switch (kind) {
            case Prompts::Kind::OpenFile:
                return m_openAnswer;
            case Prompts::Kind::SaveFile:
                return m_saveAnswer;
            case Prompts::Kind::Choose:
                return m_chooseAnswer;
            case Prompts::Kind::Confirm:
                break;
            }
            return m_confirm ? QStringLiteral("yes") : QString();
        });
        m_path = file(QStringLiteral("ours.marginalia"));
        buildProject(m_path, QStringLiteral("Ann"), false);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(m_window->openProject(m_path));
        QVERIFY(interchange());
        QVERIFY(backups());
        interchange()->setShowSummary(false);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        Prompts::setHook({});
    }

    void fileMenuHasTheCommands()
    {
        QStringList texts;
        for (QAction *action : m_window->menuBar()->actions().first()->menu()->actions())
            texts.append(action->text());
        for (const QString &expected :
             {QStringLiteral("Export Project as REFI-QDA (.qdpx)…"), QStringLiteral("Export Codebook (.qdc)…"),
              QStringLiteral("Import REFI-QDA Project (.qdpx)…"), QStringLiteral("Import Codebook (.qdc)…"),
              QStringLiteral("Merge Project…"), QStringLiteral("Save a &Backup Now"),
              QStringLiteral("Restore from Backup…")})
            QVERIFY2(texts.contains(expected), qPrintable(expected));
    }

    void exportQdpxThenImportIntoANewProject()
    {
        const QString archive = file(QStringLiteral("ours.qdpx"));
        m_saveAnswer = file(QStringLiteral("ours"));   // the suffix is added
        QVERIFY2(runAndWait([this] { interchange()->chooseQdpxExport(); }), qPrintable(interchange()->lastSummary()));
        QVERIFY(QFileInfo::exists(archive));
        QVERIFY(interchange()->lastSummary().contains(QStringLiteral("Codings: 3")));

        const QString imported = file(QStringLiteral("imported.marginalia"));
        m_openAnswer = archive;
        m_saveAnswer = imported;
        m_confirm = true;   // open it afterwards
        QVERIFY2(runAndWait([this] { interchange()->chooseQdpxImport(); }), qPrintable(interchange()->lastSummary()));
        QVERIFY(m_window->workspace());
        QCOMPARE(m_window->workspace()->context()->path(), imported);
        const Counts original = countsOf(m_path);
        QCOMPARE(original, (Counts{1, 2, 3}));
        QCOMPARE(countsOf(imported), original);
        QCOMPARE(codingKeys(imported), codingKeys(m_path));

        // A second import onto an existing file is refused, and the file is untouched.
        QVERIFY(!runAndWait([this] { interchange()->importQdpx(m_openAnswer, m_saveAnswer); }));
        QCOMPARE(countsOf(imported), original);
        QVERIFY(m_window->openProject(m_path));
    }

    // The export dialog asks which program will read the file: for QualCoder, positions count
    // UTF-16 units (the file says so) and no sets are written; cancelling the question writes nothing.
    void exportAsksForTheProgram()
    {
        QVERIFY(m_window->openProject(m_path));
        const QString archive = file(QStringLiteral("for-qualcoder.qdpx"));
        m_saveAnswer = archive;
        m_chooseAnswer = QStringLiteral("QualCoder");
        QVERIFY2(runAndWait([this] { interchange()->chooseQdpxExport(); }), qPrintable(interchange()->lastSummary()));
        m_chooseAnswer = QStringLiteral("Any program");
        QVERIFY(QFileInfo::exists(archive));
        QVERIFY2(interchange()->lastSummary().contains(QStringLiteral("UTF-16 units, as QualCoder counts them")),
                 qPrintable(interchange()->lastSummary()));
        QuaZip zip(archive);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QVERIFY(zip.setCurrentFile(QStringLiteral("project.qde")));
        QuaZipFile entry(&zip);
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QByteArray qde = entry.readAll();
        QVERIFY(qde.contains("positions in UTF-16 units for qualcoder"));
        QVERIFY(!qde.contains("<Sets>"));

        const QString none = file(QStringLiteral("not-written.qdpx"));
        m_saveAnswer = none;
        m_chooseAnswer = QString();   // the question cancelled
        interchange()->chooseQdpxExport();
        m_chooseAnswer = QStringLiteral("Any program");
        QVERIFY(!QFileInfo::exists(none));
    }

    void codebookExportAndUndoableImport()
    {
        const QString qdc = file(QStringLiteral("ours.qdc"));
        m_saveAnswer = qdc;
        QVERIFY2(runAndWait([this] { interchange()->chooseQdcExport(); }), qPrintable(interchange()->lastSummary()));
        QVERIFY(QFileInfo::exists(qdc));

        const QString empty = file(QStringLiteral("empty.marginalia"));
        QVERIFY(m_window->newProject(empty));
        m_openAnswer = qdc;
        QVERIFY2(runAndWait([this] { interchange()->chooseQdcImport(); }), qPrintable(interchange()->lastSummary()));
        QCOMPARE(countsOf(empty).codes, 2);
        QCOMPARE(undoStack()->count(), 1);
        undoStack()->undo();
        QCOMPARE(countsOf(empty).codes, 0);
        undoStack()->redo();
        QCOMPARE(countsOf(empty).codes, 2);
        QVERIFY(m_window->openProject(m_path));
    }

    void mergeIsOneUndoStep()
    {
        const QString theirs = file(QStringLiteral("theirs.marginalia"));
        buildProject(theirs, QStringLiteral("Bob"), true);
        const QSet<QString> before = codingKeys(m_path);
        const Counts countsBefore = countsOf(m_path);
        QCOMPARE(undoStack()->count(), 0);

        m_openAnswer = theirs;
        QVERIFY2(runAndWait([this] { interchange()->chooseProjectToMerge(); }), qPrintable(interchange()->lastSummary()));
        const QString summary = interchange()->lastSummary();
        QVERIFY2(summary.contains(QStringLiteral("Codings added: 3")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Documents added: 1")), qPrintable(summary));

        const QSet<QString> after = codingKeys(m_path);
        const QSet<QString> bobs{
            QStringLiteral("Beijing teacher 1|Pressure|16|29|Bob"),
            QStringLiteral("Beijing teacher 1|Teaching|0|2|Bob"),
            QStringLiteral("Kunming notes|Pressure/Workload|15|23|Bob"),
        };
        QCOMPARE(after, before | bobs);
        QCOMPARE(countsOf(m_path), (Counts{2, 3, 6}));
        // The merger kept a copy of the project as it was.
        const QList<BackupInfo> listed = BackupStore::list(m_path);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().kind, BackupInfo::Kind::BeforeMerge);
        QCOMPARE(listed.first().codings, countsBefore.codings);

        QCOMPARE(undoStack()->count(), 1);
        QVERIFY(undoStack()->undoText().contains(QStringLiteral("theirs.marginalia")));
        undoStack()->undo();
        QCOMPARE(codingKeys(m_path), before);
        QCOMPARE(countsOf(m_path), countsBefore);
        undoStack()->redo();
        QCOMPARE(codingKeys(m_path), after);
        undoStack()->undo();
        QCOMPARE(countsOf(m_path), countsBefore);

        // A .qdpx is merged the same way: the teammate's export.
        const QString theirArchive = file(QStringLiteral("theirs.qdpx"));
        {
            auto project = Project::open(theirs, Project::Access::ReadOnly);
            QVERIFY(project);
            QVERIFY(exportQdpx(**project, theirArchive));
        }
        m_openAnswer = theirArchive;
        QVERIFY2(runAndWait([this] { interchange()->chooseProjectToMerge(); }), qPrintable(interchange()->lastSummary()));
        QCOMPARE(codingKeys(m_path), after);
        QCOMPARE(undoStack()->count(), 1);   // the undone merge was replaced by this one
        undoStack()->undo();
        QCOMPARE(codingKeys(m_path), before);
    }

    void backupAndRestoreRoundTrip()
    {
        const Counts saved = countsOf(m_path);
        const QSet<QString> savedCodings = codingKeys(m_path);
        const QString backup = backups()->saveBackupNow();
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFileInfo(backup).fileName().startsWith(QStringLiteral("ours.backup-")));

        // Change the project after the backup: a new coding through the user's path.
        ProjectContext *context = m_window->workspace()->context();
        auto document = DocumentStore(context->project()).find(QStringLiteral("Beijing teacher 1"));
        QVERIFY(document);
        QVERIFY(EditCommands::codeWithNewCode(context, *document, {3, 4}, QStringLiteral("Emoji")));
        const Counts changed = countsOf(m_path);
        QCOMPARE(changed.codings, saved.codings + 1);

        // The dialog's model lists the backup with its counts.
        BackupListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(m_path);
        bool found = false;
        for (const BackupInfo &info : model.backups()) {
            if (info.path == QFileInfo(backup).absoluteFilePath()) {
                found = true;
                QCOMPARE(info.kind, BackupInfo::Kind::Manual);
                QCOMPARE(info.documents, saved.documents);
                QCOMPARE(info.codes, saved.codes);
                QCOMPARE(info.codings, saved.codings);
            }
        }
        QVERIFY(found);
        // Listing opened each copy read-only and left nothing beside them.
        QStringList sidecars = QDir(m_dir.path()).entryList({QStringLiteral("*-wal"), QStringLiteral("*-shm")}, QDir::Files);
        sidecars.removeIf([](const QString &name) { return !name.startsWith(QStringLiteral("ours.b")); });
        QVERIFY2(sidecars.isEmpty(), qPrintable(sidecars.join(QLatin1Char(' '))));

        // Saying no changes nothing.
        m_confirm = false;
        QVERIFY(!backups()->restore(backup));
        QCOMPARE(countsOf(m_path), changed);
        m_confirm = true;

        // A file that is no project cannot be restored; the project stays as it was, and open.
        const QString bogus = file(QStringLiteral("ours.backup-20200101-000000.marginalia"));
        {
            QFile junk(bogus);
            QVERIFY(junk.open(QIODevice::WriteOnly));
            junk.write("not a database at all");
        }
        QVERIFY(!backups()->restore(bogus));
        QVERIFY(m_window->workspace());
        QCOMPARE(countsOf(m_path), changed);
        QFile::remove(bogus);

        QVERIFY(backups()->restore(backup));
        QVERIFY(m_window->workspace());
        QCOMPARE(m_window->workspace()->context()->path(), m_path);
        QCOMPARE(countsOf(m_path), saved);
        QCOMPARE(codingKeys(m_path), savedCodings);
        QCOMPARE(undoStack()->count(), 0);
        // The state before the restore was kept as a backup of its own.
        const QString before = backups()->lastSavedBackup();
        QVERIFY(QFileInfo(before).fileName().startsWith(QStringLiteral("ours.before-restore-")));
        QCOMPARE(countsOf(before), changed);
        // No temporary file is left next to the project.
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("*restoring*")},
                                                              QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
        // And the restored project works: code, undo.
        context = m_window->workspace()->context();
        QVERIFY(EditCommands::codeWithNewCode(context, *document, {3, 4}, QStringLiteral("Emoji")));
        QCOMPARE(countsOf(m_path).codings, saved.codings + 1);
        undoStack()->undo();
        QCOMPARE(countsOf(m_path).codings, saved.codings);
    }
};

QTEST_MAIN(TestInterchangeGui)
#include "test_interchange_gui.moc"
