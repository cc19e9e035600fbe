// The main window after an edit patches what the edit touched instead of reloading the project: the codebook's
// counts, the document list's coding counts and the shown document's codings. Each step is checked twice: against
// numbers worked out by hand, and against fresh models built from the project file (so a patch that drifts from
// what a reload would show fails), and the patched models must not have been reset (so the test proves the patch
// path ran, not a reload).

#include "codebook/CodebookModel.h"
#include "coding/CodingController.h"
#include "coding/EditCommands.h"
#include "context/ProjectContext.h"
#include "document/DocumentView.h"
#include "documents/DocumentListModel.h"
#include "documents/DocumentsPane.h"
#include "mainwindow/MainWindow.h"
#include "memos/MemoListModel.h"
#include "memos/MemosPane.h"
#include "mainwindow/Workspace.h"
#include "project/ChangeRecorder.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "settings/Settings.h"
#include "text/TextNormalizer.h"

#include <QHeaderView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace marginalia;

namespace {

const QString kTextA = QStringLiteral("The exam pressure is high for teachers.\nWorkload grows every term.\n");
const QString kTextB = QStringLiteral("Parents ask about exams.\nThe workload is shared.\n");

} // namespace

class TestGuiIncremental : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_docA = 0;
    qint64 m_docB = 0;
    qint64 m_theme = 0;
    qint64 m_exam = 0;      // a sub-code of theme
    qint64 m_workload = 0;
    std::unique_ptr<MainWindow> m_window;

    Workspace *workspace() { return m_window->workspace(); }
    ProjectContext *context() { return workspace()->context(); }
    QUndoStack *undoStack() { return context()->undoStack(); }

    qint64 codeCount(qint64 codeId)
    {
        CodebookModel *model = workspace()->codebookModel();
        return model->data(model->indexOf(codeId).siblingAtColumn(CodebookModel::CountColumn)).toLongLong();
    }
    qint64 documentCount(qint64 documentId)
    {
        DocumentListModel *model = workspace()->documentListModel();
        return model->data(model->indexOf(documentId).siblingAtColumn(DocumentListModel::CodingsColumn)).toLongLong();
    }

    // The window's models and view against models built afresh from the project, as a reload would show them.
    void compareWithFresh()
    {
        CodebookModel fresh(context());
        CodebookModel *shown = workspace()->codebookModel();
        QCOMPARE(shown->codes().size(), fresh.codes().size());
        for (const Code &code : fresh.codes()) {
            const QModelIndex a = shown->indexOf(code.id);
            const QModelIndex b = fresh.indexOf(code.id);
            QVERIFY2(a.isValid(), qPrintable(code.path));
            QCOMPARE(shown->data(a, Qt::DisplayRole), fresh.data(b, Qt::DisplayRole));
            QCOMPARE(shown->data(a.siblingAtColumn(CodebookModel::CountColumn)),
                     fresh.data(b.siblingAtColumn(CodebookModel::CountColumn)));
            QCOMPARE(shown->data(a, Qt::ToolTipRole), fresh.data(b, Qt::ToolTipRole));   // totals with sub-codes
        }
        DocumentListModel freshDocuments(context());
        DocumentListModel *documents = workspace()->documentListModel();
        QCOMPARE(documents->documents().size(), freshDocuments.documents().size());
        for (const DocumentInfo &info : freshDocuments.documents()) {
            QCOMPARE(documentCount(info.id), info.codings);
            QCOMPARE(documents->document(info.id)->memo, info.memo);
        }
        // The numbers stay whole: the pane widens a column for a changed count itself (no ResizeToContents, which
        // measured every row at each change).
        QTreeView *list = workspace()->documentsPane()->view();
        const QAbstractItemView *measured = list;   // the widest cell of a column, as ResizeToContents measures it
        for (int column : {DocumentListModel::CharactersColumn, DocumentListModel::CodingsColumn}) {
            QCOMPARE(list->header()->sectionResizeMode(column), QHeaderView::Interactive);
            QVERIFY2(list->header()->sectionSize(column) >= measured->sizeHintForColumn(column),
                     qPrintable(QString::number(column)));
        }
        // All Memos against a list read afresh.
        MemoListModel freshMemos(context());
        const QList<MemoEntry> &memos = workspace()->memosPane()->model()->entries();
        QCOMPARE(memos.size(), freshMemos.entries().size());
        for (qsizetype i = 0; i < memos.size(); ++i) {
            QCOMPARE(memos[i].id, freshMemos.entries()[i].id);
            QCOMPARE(memos[i].memo, freshMemos.entries()[i].memo);
            QCOMPARE(memos[i].code, freshMemos.entries()[i].code);
        }
        // The status bar's totals, kept from the models, against the project's.
        auto total = CodingStore(context()->project()).count();
        QVERIFY(total);
        QVERIFY2(workspace()->statistics().contains(QStringLiteral("%1 coding(s)").arg(*total)),
                 qPrintable(workspace()->statistics()));
        auto stored = CodingStore(context()->project()).documentCodings(m_docA);
        QVERIFY(stored);
        const QList<CodedSegment> &patched = workspace()->documentView()->codings();
        QCOMPARE(patched.size(), stored->size());
        for (qsizetype i = 0; i < patched.size(); ++i) {
            QCOMPARE(patched[i].id, stored->at(i).id);
            QCOMPARE(patched[i].codeId, stored->at(i).codeId);
            QCOMPARE(patched[i].start, stored->at(i).start);
            QCOMPARE(patched[i].end, stored->at(i).end);
            QCOMPARE(patched[i].codePath, stored->at(i).codePath);
            QCOMPARE(patched[i].color, stored->at(i).color);
            QCOMPARE(patched[i].coder, stored->at(i).coder);
            QCOMPARE(patched[i].memo, stored->at(i).memo);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_incremental"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("incremental.marginalia"));
        auto project = Project::create(m_path);
        QVERIFY(project);
        NewDocument a;
        a.name = QStringLiteral("a.txt");
        a.text = normalizeForStorage(kTextA);
        m_docA = *DocumentStore(**project).add(a);
        NewDocument b;
        b.name = QStringLiteral("b.txt");
        b.text = normalizeForStorage(kTextB);
        m_docB = *DocumentStore(**project).add(b);
        Codebook codebook(**project);
        m_theme = *codebook.add({QStringLiteral("theme"), 0, {}, {}, {}});
        m_exam = *codebook.add({QStringLiteral("exam"), m_theme, {}, {}, {}});
        m_workload = *codebook.add({QStringLiteral("workload"), 0, {}, {}, {}});
        CodingStore store(**project);
        // exam: 1 coding (A); workload: 2 codings (A, B). A has 2 codings, B 1.
        QVERIFY(store.add({m_docA, m_exam, 4, 17, {}, {}, {}, {}}));        // "exam pressure"
        QVERIFY(store.add({m_docA, m_workload, 40, 48, {}, {}, {}, {}}));   // "Workload"
        QVERIFY(store.add({m_docB, m_workload, 29, 37, {}, {}, {}, {}}));   // "workload"
        project->reset();

        Settings().setCoderName(QStringLiteral("tester"));
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openProject(m_path));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(workspace()->documentView()->documentId(), m_docA);
        QCOMPARE(codeCount(m_exam), 1);
        QCOMPARE(codeCount(m_workload), 2);
        QCOMPARE(documentCount(m_docA), 2);
        QCOMPARE(documentCount(m_docB), 1);
        compareWithFresh();
    }

    void cleanupTestCase() { m_window.reset(); }

    void footprintOfACodingNamesItsCodeAndDocument()
    {
        // Recorded by hand: one coding added is one row of codings, of exam, in A.
        ChangeRecorder recorder(context()->project());
        auto change = recorder.record(QStringLiteral("probe"), [&]() -> Result<void> {
            auto added = CodingStore(context()->project()).add({m_docA, m_exam, 30, 38, {}, {}, {}, {}});
            if (!added)
                return failure(added.error());
            return {};
        });
        QVERIFY(change);
        auto footprint = recorder.footprint(*change);
        QVERIFY(recorder.undo(*change));   // leave the project as it was (the window did not see this edit)
        QVERIFY(footprint);
        // The project's first coding by "tester" also adds the coder (coders, then the coding).
        QCOMPARE(footprint->tables, (QStringList{QStringLiteral("coders"), QStringLiteral("codings")}));
        QCOMPARE(footprint->codingCodes, QSet<qint64>{m_exam});
        QCOMPARE(footprint->codingDocuments, QSet<qint64>{m_docA});
        QCOMPARE(footprint->codings.size(), 1);
        QVERIFY(footprint->codes.isEmpty());
        // The counts it moves: one more coding of exam, one more in A; undone, one fewer of each.
        QCOMPARE(footprint->codingsGainedByCode, (QHash<qint64, qint64>{{m_exam, 1}}));
        QCOMPARE(footprint->codingsGainedByDocument, (QHash<qint64, qint64>{{m_docA, 1}}));
        QCOMPARE(footprint->reversed().codingsGainedByCode, (QHash<qint64, qint64>{{m_exam, -1}}));
        QCOMPARE(footprint->reversed().codingsGainedByDocument, (QHash<qint64, qint64>{{m_docA, -1}}));
    }

    void footprintOfAMergeMovesCodingsBetweenCodes()
    {
        // workload's two codings (A 40–48, B 29–37) become exam's: their code_id changes, their documents do not,
        // so exam gains 2, workload loses 2 and no document's count moves.
        ChangeRecorder recorder(context()->project());
        auto change = recorder.record(QStringLiteral("probe"),
                                      [&]() { return Codebook(context()->project()).merge(m_workload, m_exam); });
        QVERIFY(change);
        auto footprint = recorder.footprint(*change);
        QVERIFY(recorder.undo(*change));
        QVERIFY(footprint);
        QCOMPARE(footprint->codingsGainedByCode, (QHash<qint64, qint64>{{m_exam, 2}, {m_workload, -2}}));
        QVERIFY(footprint->codingsGainedByDocument.isEmpty());
        QCOMPARE(footprint->codingCodes, (QSet<qint64>{m_exam, m_workload}));
    }

    void codingPatchesCountsWithoutReload()
    {
        QSignalSpy codebookResets(workspace()->codebookModel(), &QAbstractItemModel::modelReset);
        QSignalSpy documentResets(workspace()->documentListModel(), &QAbstractItemModel::modelReset);
        QSignalSpy countChanged(workspace()->codebookModel(), &QAbstractItemModel::dataChanged);
        QVERIFY(workspace()->codingController()->codeSpan(m_exam, m_docA, {30, 38}));   // "teachers"
        QCOMPARE(codeCount(m_exam), 2);       // 1 + the new one
        QCOMPARE(codeCount(m_workload), 2);   // untouched
        QCOMPARE(documentCount(m_docA), 3);   // 2 + 1
        QCOMPARE(documentCount(m_docB), 1);
        QCOMPARE(workspace()->documentView()->codings().size(), 3);
        QCOMPARE(codebookResets.count(), 0);
        QCOMPARE(documentResets.count(), 0);
        QVERIFY(countChanged.count() >= 1);
        compareWithFresh();
    }

    void uncodeUndoRedoPatch()
    {
        QSignalSpy codebookResets(workspace()->codebookModel(), &QAbstractItemModel::modelReset);
        QSignalSpy documentResets(workspace()->documentListModel(), &QAbstractItemModel::modelReset);
        qint64 teachers = 0;
        for (const CodedSegment &coding : workspace()->documentView()->codings()) {
            if (coding.start == 30)
                teachers = coding.id;
        }
        QVERIFY(teachers);
        QVERIFY(workspace()->codingController()->uncode(teachers));
        QCOMPARE(codeCount(m_exam), 1);
        QCOMPARE(documentCount(m_docA), 2);
        compareWithFresh();
        undoStack()->undo();   // the uncode undone: the coding is back
        QCOMPARE(codeCount(m_exam), 2);
        QCOMPARE(documentCount(m_docA), 3);
        compareWithFresh();
        undoStack()->undo();   // the coding undone
        QCOMPARE(codeCount(m_exam), 1);
        QCOMPARE(documentCount(m_docA), 2);
        QCOMPARE(workspace()->documentView()->codings().size(), 2);
        compareWithFresh();
        undoStack()->redo();
        undoStack()->redo();   // coded and uncoded again
        QCOMPARE(codeCount(m_exam), 1);
        QCOMPARE(documentCount(m_docA), 2);
        compareWithFresh();
        undoStack()->undo();   // back to coded
        QCOMPARE(codeCount(m_exam), 2);
        QCOMPARE(documentCount(m_docA), 3);
        QCOMPARE(codebookResets.count(), 0);
        QCOMPARE(documentResets.count(), 0);
        compareWithFresh();
    }

    void codingAnotherDocumentCountsThere()
    {
        QVERIFY(workspace()->codingController()->codeSpan(m_exam, m_docB, {18, 23}));   // "exams"
        QCOMPARE(codeCount(m_exam), 3);       // 2 in A + 1 in B
        QCOMPARE(documentCount(m_docB), 2);   // 1 + 1
        QCOMPARE(documentCount(m_docA), 3);
        QCOMPARE(workspace()->documentView()->codings().size(), 3);   // A is shown: unchanged
        compareWithFresh();
    }

    void memoPatchesTheShownCoding()
    {
        const qint64 coding = workspace()->documentView()->codings().first().id;
        QVERIFY(EditCommands::setCodingMemo(context(), coding, QStringLiteral("asked twice")));
        QCOMPARE(workspace()->documentView()->codings().first().memo, QStringLiteral("asked twice"));
        compareWithFresh();
        undoStack()->undo();
        QCOMPARE(workspace()->documentView()->codings().first().memo, QString());
        compareWithFresh();
    }

    void documentMemoPatchesTheListTooltip()
    {
        QSignalSpy documentResets(workspace()->documentListModel(), &QAbstractItemModel::modelReset);
        DocumentListModel *model = workspace()->documentListModel();
        QVERIFY(EditCommands::setDocumentMemo(context(), m_docB, QStringLiteral("second visit")));
        QVERIFY(model->data(model->indexOf(m_docB), Qt::ToolTipRole).toString().contains(QStringLiteral("second visit")));
        QCOMPARE(model->document(m_docB)->memo, QStringLiteral("second visit"));
        QCOMPARE(documentCount(m_docB), 2);   // the row read again keeps its count
        compareWithFresh();
        undoStack()->undo();
        QVERIFY(!model->data(model->indexOf(m_docB), Qt::ToolTipRole).toString().contains(QStringLiteral("second visit")));
        compareWithFresh();
        QCOMPARE(documentResets.count(), 0);
    }

    void mergeAndItsUndoRecount()
    {
        // workload (A 1, B 1) into exam (A 2, B 1): exam 5, workload gone; theme's total with sub-codes is exam's.
        QVERIFY(EditCommands::mergeCodes(context(), m_workload, m_exam));
        QCOMPARE(codeCount(m_exam), 5);
        QVERIFY(!workspace()->codebookModel()->indexOf(m_workload).isValid());
        QCOMPARE(documentCount(m_docA), 3);
        QCOMPARE(documentCount(m_docB), 2);
        compareWithFresh();
        undoStack()->undo();
        QCOMPARE(codeCount(m_exam), 3);
        QCOMPARE(codeCount(m_workload), 2);
        compareWithFresh();
        undoStack()->redo();
        QCOMPARE(codeCount(m_exam), 5);
        compareWithFresh();
        undoStack()->undo();
        compareWithFresh();
    }

    void renameKeepsCounts()
    {
        QVERIFY(EditCommands::renameCode(context(), m_exam, QStringLiteral("exam stress")));
        QCOMPARE(workspace()->codebookModel()->data(workspace()->codebookModel()->indexOf(m_exam)).toString(),
                 QStringLiteral("exam stress"));
        QCOMPARE(codeCount(m_exam), 3);
        QCOMPARE(workspace()->documentView()->codings().first().codePath, QStringLiteral("theme/exam stress"));
        compareWithFresh();
    }

    void recolourAndMovePatchTheView()
    {
        QVERIFY(EditCommands::recolorCode(context(), m_workload, QStringLiteral("#123456")));
        for (const CodedSegment &coding : workspace()->documentView()->codings()) {
            if (coding.codeId == m_workload)
                QCOMPARE(coding.color, QStringLiteral("#123456"));
        }
        compareWithFresh();
        // exam out of theme to the top: its codings' paths lose the parent, theme's total with sub-codes drops to 0.
        QVERIFY(EditCommands::moveCode(context(), m_exam, 0, 0));
        QCOMPARE(workspace()->documentView()->codings().first().codePath, QStringLiteral("exam stress"));
        compareWithFresh();
        undoStack()->undo();
        QCOMPARE(workspace()->documentView()->codings().first().codePath, QStringLiteral("theme/exam stress"));
        compareWithFresh();
        undoStack()->undo();
        compareWithFresh();
    }

    void deleteCodeWithCodingsAndUndoPatchCounts()
    {
        // Now: exam 3 (A 4–17 and 30–38, B 18–23), workload 2 (A 40–48, B 29–37); A 3 codings, B 2; 5 in all.
        QSignalSpy documentResets(workspace()->documentListModel(), &QAbstractItemModel::modelReset);
        // A memo on exam's first coding (A 4–17): it leaves All Memos with the code and comes back with the undo.
        const qint64 memoed = workspace()->documentView()->codings().first().id;
        QCOMPARE(workspace()->documentView()->codings().first().codeId, m_exam);
        QVERIFY(EditCommands::setCodingMemo(context(), memoed, QStringLiteral("pressure before exams")));
        const auto memoListed = [&] {
            for (const MemoEntry &entry : workspace()->memosPane()->model()->entries()) {
                if (entry.owner == MemoOwner::Coding && entry.id == memoed)
                    return true;
            }
            return false;
        };
        QVERIFY(memoListed());
        QSignalSpy memoResets(workspace()->memosPane()->model(), &QAbstractItemModel::modelReset);
        QVERIFY(EditCommands::deleteCode(context(), m_exam));
        QVERIFY(!memoListed());
        QVERIFY(!workspace()->codebookModel()->indexOf(m_exam).isValid());
        QCOMPARE(documentCount(m_docA), 1);   // 3 - 2
        QCOMPARE(documentCount(m_docB), 1);   // 2 - 1
        QCOMPARE(workspace()->documentListModel()->totalCodings(), 2);
        QCOMPARE(workspace()->documentView()->codings().size(), 1);
        compareWithFresh();
        undoStack()->undo();   // the code and its three codings are back
        QVERIFY(memoListed());
        QCOMPARE(codeCount(m_exam), 3);
        QCOMPARE(documentCount(m_docA), 3);
        QCOMPARE(documentCount(m_docB), 2);
        QCOMPARE(workspace()->documentListModel()->totalCodings(), 5);
        compareWithFresh();
        undoStack()->redo();
        QCOMPARE(workspace()->documentListModel()->totalCodings(), 2);
        compareWithFresh();
        undoStack()->undo();
        compareWithFresh();
        QCOMPARE(documentResets.count(), 0);   // counts moved by the edit, not a reload
        QCOMPARE(memoResets.count(), 0);       // All Memos patched
    }
};

QTEST_MAIN(TestGuiIncremental)
#include "test_gui_incremental.moc"
