// The GUI with real widgets, offscreen: open a project, select text in the document view and code
// it by each of the ways a user can, check the coding in the project file with exact code-point
// offsets (an emoji comes before the passage), undo it; merge, delete, import, edit attributes.

#include "codebook/CodebookModel.h"
#include "codebook/CodebookPane.h"
#include "coding/CodingController.h"
#include "coding/EditCommands.h"
#include "codebook/CodeDialog.h"
#include "coding/MemoPanel.h"
#include "documents/FindBar.h"
#include "coding/QuickCodeBox.h"
#include "context/BackgroundIndexer.h"
#include "context/ProjectContext.h"
#include "document/DocumentView.h"
#include "documents/AttributeEditor.h"
#include "documents/AttributeTableModel.h"
#include "documents/DocumentListModel.h"
#include "documents/DocumentsPane.h"
#include "import/ImportController.h"
#include "mainwindow/IndexingStatus.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/MessageBar.h"
#include "mainwindow/Workspace.h"
#include "project/ChangeRecorder.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "search/SearchIndexer.h"
#include "search/TextSearch.h"
#include "segments/SegmentsModel.h"
#include "segments/SegmentsPane.h"
#include "settings/CoderDialog.h"
#include "settings/Settings.h"
#include "common/UserAccount.h"
#include "text/TextNormalizer.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRandomGenerator>
#include <QToolButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <sys/wait.h>
#include <unistd.h>

using namespace marginalia;

namespace {

// "Intro 😀 line.\n" is 14 code points (15 UTF-16 units); "The " follows.
const QString kText = QStringLiteral("Intro 😀 line.\nThe exam pressure is high for teachers.\nWorkload grows.\n");
constexpr TextSpan kPassage{18, 31};    // "exam pressure"
constexpr TextSpan kTeachers{44, 52};   // "teachers"

} // namespace

class TestGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_document = 0;
    qint64 m_exam = 0;
    qint64 m_workload = 0;
    qint64 m_stress = 0;
    std::unique_ptr<MainWindow> m_window;

    Workspace *workspace() { return m_window->workspace(); }
    DocumentView *view() { return workspace()->documentView(); }
    QUndoStack *undoStack() { return workspace()->context()->undoStack(); }

    // The codings as stored in the file, read through a second connection.
    static QList<CodedSegment> storedCodings(const QString &path)
    {
        auto project = Project::open(path, Project::Access::ReadOnly);
        if (!project)
            qFatal("%s", qPrintable(project.error()));
        CodingFilter filter;
        filter.withText = true;
        auto segments = CodingStore(**project).segments(filter);
        if (!segments)
            qFatal("%s", qPrintable(segments.error()));
        return *segments;
    }

    QList<CodedSegment> storedCodings() { return storedCodings(m_path); }

    static bool hasCoding(const QList<CodedSegment> &codings, qint64 codeId, TextSpan span)
    {
        for (const CodedSegment &coding : codings) {
            if (coding.codeId == codeId && coding.start == span.start && coding.end == span.end)
                return true;
        }
        return false;
    }

    void select(TextSpan span)
    {
        view()->selectSpan(span);
        QCOMPARE(view()->selectedSpan(), span);
    }

    qint64 waitingForIndex()
    {
        auto project = Project::open(m_path, Project::Access::ReadOnly);
        if (!project)
            return -1;
        auto waiting = SearchIndexer(**project).pending();
        return waiting ? waiting->documentsTotal : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings().clear();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(MainWindow::demoProjectPath() + suffix);   // built afresh by opensTheDemoProject

        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("gui.marginalia"));
        auto project = Project::create(m_path);
        QVERIFY2(project, qPrintable(project ? QString() : project.error()));
        NewDocument document;
        document.name = QStringLiteral("interview.txt");
        document.text = normalizeForStorage(kText);
        auto added = DocumentStore(**project).add(document);
        QVERIFY(added);
        m_document = *added;
        QVERIFY(DocumentStore(**project).setAttribute(m_document, QStringLiteral("site"), QStringLiteral("Kunming")));
        Codebook codebook(**project);
        m_exam = *codebook.add({QStringLiteral("exam pressure"), 0, QStringLiteral("#e06c75"), QStringLiteral("Tests"), {}});
        m_workload = *codebook.add({QStringLiteral("workload"), 0, {}, {}, {}});
        m_stress = *codebook.add({QStringLiteral("stress"), 0, {}, {}, {}});
        project->reset();

        Settings().setCoderName(QStringLiteral("tester"));
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openProject(m_path));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(view()->documentId(), m_document);
        QCOMPARE(view()->text(), normalizeForStorage(kText));
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    void cleanup()
    {
        // Each test starts with the file as initTestCase made it.
        while (undoStack()->canUndo())
            undoStack()->undo();
        undoStack()->clear();
        QVERIFY(storedCodings().isEmpty());
    }

    void modelsPassTheModelTester()
    {
        auto *codebook = new QAbstractItemModelTester(workspace()->codebookModel(),
                                                      QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        auto *documents = new QAbstractItemModelTester(workspace()->documentListModel(),
                                                       QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        auto *attributes = new QAbstractItemModelTester(workspace()->attributeModel(),
                                                        QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        auto *segments = new QAbstractItemModelTester(workspace()->segmentsPane()->model(),
                                                      QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        auto *codebookProxy = new QAbstractItemModelTester(workspace()->codebookPane()->view()->model(),
                                                           QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        auto *documentsProxy = new QAbstractItemModelTester(workspace()->documentsPane()->view()->model(),
                                                            QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        QCOMPARE(workspace()->codebookModel()->rowCount(), 3);
        workspace()->documentListModel()->setGrouping(QStringLiteral("site"));
        QCOMPARE(workspace()->documentListModel()->rowCount(), 1);
        const QModelIndex group = workspace()->documentListModel()->index(0, 0);
        QCOMPARE(group.data().toString(), QStringLiteral("Kunming"));
        QCOMPARE(workspace()->documentListModel()->rowCount(group), 1);
        workspace()->documentsPane()->filterEdit()->setText(QStringLiteral("nothing like it"));
        QCOMPARE(workspace()->documentsPane()->view()->model()->rowCount(), 0);
        workspace()->documentsPane()->filterEdit()->setText(QStringLiteral("kunm"));
        QCOMPARE(workspace()->documentsPane()->view()->model()->rowCount(), 1);
        workspace()->documentsPane()->filterEdit()->clear();
        workspace()->documentListModel()->setGrouping({});
        QCOMPARE(workspace()->documentListModel()->rowCount(), 1);
        workspace()->codebookPane()->filterEdit()->setText(QStringLiteral("exam"));
        QCOMPARE(workspace()->codebookPane()->view()->model()->rowCount(), 1);
        workspace()->codebookPane()->filterEdit()->clear();
        workspace()->segmentsPane()->setCodes({m_exam});
        QCOMPARE(workspace()->segmentsPane()->model()->rowCount(), 0);
        for (QObject *tester : {static_cast<QObject *>(codebook), static_cast<QObject *>(documents),
                                static_cast<QObject *>(attributes), static_cast<QObject *>(segments),
                                static_cast<QObject *>(codebookProxy), static_cast<QObject *>(documentsProxy)})
            tester->setParent(this);   // they keep checking during the other tests
    }

    void dragSelectionOntoCode()
    {
        select(kPassage);
        auto *mime = new QMimeData;
        mime->setData(DocumentView::selectionMimeType(),
                      QStringLiteral("%1 %2 %3").arg(m_document).arg(kPassage.start).arg(kPassage.end).toUtf8());
        QAbstractItemModel *model = workspace()->codebookPane()->view()->model();
        const QModelIndex target = qobject_cast<QSortFilterProxyModel *>(model)->mapFromSource(
            workspace()->codebookModel()->indexOf(m_exam));
        QVERIFY(model->canDropMimeData(mime, Qt::CopyAction, -1, -1, target));
        QVERIFY(model->dropMimeData(mime, Qt::CopyAction, -1, -1, target));
        delete mime;

        const QList<CodedSegment> codings = storedCodings();
        QCOMPARE(codings.size(), 1);
        QCOMPARE(codings.first().codeId, m_exam);
        QCOMPARE(codings.first().start, qint64(18));
        QCOMPARE(codings.first().end, qint64(31));
        QCOMPARE(codings.first().text, QStringLiteral("exam pressure"));
        QCOMPARE(codings.first().coder, QStringLiteral("tester"));
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Code “exam pressure”"));
        QCOMPARE(view()->codings().size(), 1);
        QCOMPARE(workspace()->codebookModel()->indexOf(m_exam).siblingAtColumn(CodebookModel::CountColumn).data().toLongLong(),
                 qint64(1));

        undoStack()->undo();
        QVERIFY(storedCodings().isEmpty());
        QVERIFY(view()->codings().isEmpty());
        undoStack()->redo();
        QVERIFY(hasCoding(storedCodings(), m_exam, kPassage));
        undoStack()->undo();
        QVERIFY(storedCodings().isEmpty());
    }

    void dropCodeOntoSelection()
    {
        select(kPassage);
        Q_EMIT view()->codeDropped(m_workload, view()->selectedSpan());
        QVERIFY(hasCoding(storedCodings(), m_workload, kPassage));
        QCOMPARE(storedCodings().size(), 1);
        undoStack()->undo();
        QVERIFY(storedCodings().isEmpty());
    }

    void quickCodeBoxCodesByTypedName()
    {
        select(kPassage);
        workspace()->quickCodeAction()->trigger();
        QuickCodeBox *box = workspace()->quickCodeBox();
        QVERIFY(box->isVisible());
        QTest::keyClicks(box->lineEdit(), QStringLiteral("stress"));
        QTest::keyClick(box->lineEdit(), Qt::Key_Return);
        QVERIFY(!box->isVisible());
        QVERIFY(hasCoding(storedCodings(), m_stress, kPassage));
        undoStack()->undo();
        QVERIFY(storedCodings().isEmpty());
    }

    void numberKeyAppliesTheAssignedCode()
    {
        // Key 1 given to "workload" (as Assign Key ▸ 1 in the codebook does); pressing 1 on another selection
        // codes it with "workload", whatever was coded last.
        select(kPassage);
        QVERIFY(workspace()->codingController()->codeSelection(m_workload));
        QVERIFY(EditCommands::assignCodeKey(workspace()->context(), 1, m_workload));
        select(kTeachers);
        view()->textEdit()->setFocus();
        QTest::keyClick(view()->textEdit(), Qt::Key_1);
        QList<CodedSegment> codings = storedCodings();
        QCOMPARE(codings.size(), 2);
        QVERIFY(hasCoding(codings, m_workload, kTeachers));
        undoStack()->undo();   // the coding
        codings = storedCodings();
        QCOMPARE(codings.size(), 1);
        QVERIFY(!hasCoding(codings, m_workload, kTeachers));
        undoStack()->undo();   // the key
        // A key without a code says so, and codes nothing.
        QTest::keyClick(view()->textEdit(), Qt::Key_1);
        QCOMPARE(storedCodings().size(), 1);
        QVERIFY(m_window->messageBar()->isVisible());
    }

    void inVivoMakesACodeAndCodesInOneStep()
    {
        const int codesBefore = static_cast<int>(workspace()->codebookModel()->codes().size());
        select(kTeachers);
        QTest::keyClick(view()->textEdit(), Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(workspace()->codebookModel()->codes().size(), codesBefore + 1);
        auto project = Project::open(m_path, Project::Access::ReadOnly);
        QVERIFY(project);
        auto teachers = Codebook(**project).find(QStringLiteral("teachers"));
        QVERIFY(teachers);
        QVERIFY(hasCoding(storedCodings(), *teachers, kTeachers));
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Code in vivo “teachers”"));
        undoStack()->undo();   // one step takes away both the coding and the code
        QVERIFY(storedCodings().isEmpty());
        QCOMPARE(workspace()->codebookModel()->codes().size(), codesBefore);

        // A selection named like an existing code codes with that code.
        select(kPassage);
        workspace()->inVivoAction()->trigger();
        QCOMPARE(workspace()->codebookModel()->codes().size(), codesBefore);
        QVERIFY(hasCoding(storedCodings(), m_exam, kPassage));
    }

    void uncodeFromTheView()
    {
        select(kPassage);
        QVERIFY(workspace()->codingController()->codeSelection(m_exam));
        const qint64 coding = storedCodings().first().id;
        Q_EMIT view()->uncodeRequested(coding);
        QVERIFY(storedCodings().isEmpty());
        undoStack()->undo();
        QCOMPARE(storedCodings().size(), 1);
    }

    void mergeTwoCodesAndUndo()
    {
        select(kPassage);
        QVERIFY(workspace()->codingController()->codeSelection(m_workload));
        select(kTeachers);
        QVERIFY(workspace()->codingController()->codeSelection(m_stress));

        // Dropping "workload" on "stress" with Shift merges; here through the commands the drop uses.
        workspace()->codebookPane()->selectCode(m_workload);
        QAbstractItemModel *model = workspace()->codebookModel();
        std::unique_ptr<QMimeData> mime(model->mimeData({workspace()->codebookModel()->indexOf(m_workload)}));
        QVERIFY(mime->hasFormat(DocumentView::codeMimeType()));
        QCOMPARE(mime->data(DocumentView::codeMimeType()).toLongLong(), m_workload);
        QVERIFY(EditCommands::mergeCodes(workspace()->context(), m_workload, m_stress));
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Merge “workload” into “stress”"));
        QList<CodedSegment> codings = storedCodings();
        QCOMPARE(codings.size(), 2);
        QVERIFY(hasCoding(codings, m_stress, kPassage));
        QVERIFY(hasCoding(codings, m_stress, kTeachers));
        QVERIFY(!workspace()->codebookModel()->indexOf(m_workload).isValid());

        undoStack()->undo();
        codings = storedCodings();
        QVERIFY(hasCoding(codings, m_workload, kPassage));
        QVERIFY(hasCoding(codings, m_stress, kTeachers));
        QVERIFY(workspace()->codebookModel()->indexOf(m_workload).isValid());
    }

    void dropCodeOnCodeMovesItUnderneath()
    {
        CodebookModel *model = workspace()->codebookModel();
        std::unique_ptr<QMimeData> mime(model->mimeData({model->indexOf(m_workload)}));
        model->dropMimeData(mime.get(), Qt::MoveAction, -1, 0, model->indexOf(m_stress));
        QCOMPARE(model->code(m_workload)->parentId, m_stress);
        QCOMPARE(model->parent(model->indexOf(m_workload)), model->indexOf(m_stress));
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Move “workload”"));
        undoStack()->undo();
        QCOMPARE(model->code(m_workload)->parentId, qint64(0));
    }

    void deleteCodeStatesTheCodingsAndUndoes()
    {
        select(kPassage);
        QVERIFY(workspace()->codingController()->codeSelection(m_exam));
        workspace()->codebookPane()->deleteCode(m_exam, false);
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Delete code “exam pressure” and 1 coding(s)"));
        QVERIFY(storedCodings().isEmpty());
        QVERIFY(!workspace()->codebookModel()->indexOf(m_exam).isValid());
        undoStack()->undo();
        QVERIFY(hasCoding(storedCodings(), m_exam, kPassage));
        QVERIFY(workspace()->codebookModel()->indexOf(m_exam).isValid());
    }

    void renameByEditingTheTree()
    {
        const QModelIndex index = workspace()->codebookModel()->indexOf(m_stress);
        QVERIFY(workspace()->codebookModel()->setData(index, QStringLiteral("strain")));
        QCOMPARE(workspace()->codebookModel()->indexOf(m_stress).data().toString(), QStringLiteral("strain"));
        undoStack()->undo();
        QCOMPARE(workspace()->codebookModel()->indexOf(m_stress).data().toString(), QStringLiteral("stress"));
    }

    void attributesEditAndPasteAreUndoable()
    {
        AttributeTableModel *model = workspace()->attributeModel();
        int site = -1;
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->attribute(column) == QStringLiteral("site"))
                site = column;
        }
        QVERIFY(site >= 0);
        QVERIFY(model->setData(model->index(0, site), QStringLiteral("Beijing")));
        QCOMPARE(model->index(0, site).data().toString(), QStringLiteral("Beijing"));
        QCOMPARE(workspace()->documentListModel()->index(0, DocumentListModel::SiteColumn).data().toString(),
                 QStringLiteral("Beijing"));
        QVERIFY(model->pasteColumn(model->index(0, site), {QStringLiteral("Zhejiang")}));
        QCOMPARE(model->index(0, site).data().toString(), QStringLiteral("Zhejiang"));
        undoStack()->undo();
        undoStack()->undo();
        QCOMPARE(model->index(0, site).data().toString(), QStringLiteral("Kunming"));
    }

private:
    // Types into whatever has the keyboard focus, as a person at the keyboard does.
    static void typeKeys(const QString &text)
    {
        for (QChar c : text) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            QTest::keyClick(focus, c.toLatin1());
        }
    }

    static void pressKey(Qt::Key key)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, key);
    }

    static void focusGrid(AttributeEditor *editor)
    {
        editor->raise();
        editor->activateWindow();
        QApplication::setActiveWindow(editor);
        QVERIFY(QTest::qWaitForWindowActive(editor));
        editor->view()->setFocus();
        QTRY_VERIFY(editor->view()->hasFocus());
    }

    int attributeColumn(const QString &name)
    {
        AttributeTableModel *model = workspace()->attributeModel();
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->attribute(column) == name)
                return column;
        }
        return -1;
    }

private Q_SLOTS:
    void attributeGridKeepsEveryTypedValue()
    {
        AttributeTableModel *model = workspace()->attributeModel();
        QVERIFY(model->addColumn(QStringLiteral("age"), QStringLiteral("integer")));
        QVERIFY(model->addColumn(QStringLiteral("role"), QStringLiteral("text")));
        const int site = attributeColumn(QStringLiteral("site"));
        const int age = attributeColumn(QStringLiteral("age"));
        const int role = attributeColumn(QStringLiteral("role"));
        QVERIFY(site >= 0 && age == site + 1 && role == age + 1);   // defined in this order

        workspace()->showAttributeEditor();
        AttributeEditor *editor = workspace()->attributeEditor();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        focusGrid(editor);
        QTableView *grid = editor->view();
        grid->setCurrentIndex(model->index(0, site));
        const int undoBefore = undoStack()->count();

        // Type, Tab, type, Tab, type, Enter: three values, each kept.
        typeKeys(QStringLiteral("Lima"));
        pressKey(Qt::Key_Tab);
        typeKeys(QStringLiteral("42"));
        pressKey(Qt::Key_Tab);
        typeKeys(QStringLiteral("teacher"));
        pressKey(Qt::Key_Return);   // the delegate commits on Return from the event loop
        QTRY_COMPARE(model->index(0, role).data().toString(), QStringLiteral("teacher"));
        QCOMPARE(model->index(0, site).data().toString(), QStringLiteral("Lima"));
        QCOMPARE(model->index(0, age).data().toString(), QStringLiteral("42"));
        QCOMPARE(model->index(0, role).data().toString(), QStringLiteral("teacher"));
        QCOMPARE(undoStack()->count(), undoBefore + 3);
        auto stored = [this](const QString &attribute) {
            auto project = Project::open(m_path, Project::Access::ReadOnly);
            return project ? DocumentStore(**project).attributes(m_document)->value(attribute) : QString();
        };
        QCOMPARE(stored(QStringLiteral("age")), QStringLiteral("42"));

        // Typed, then the focus goes elsewhere: kept.
        grid->setCurrentIndex(model->index(0, role));
        typeKeys(QStringLiteral("nurse"));
        QVERIFY(grid->indexWidget(model->index(0, role)));   // still being edited
        m_window->activateWindow();
        view()->setFocus();
        QTRY_COMPARE(model->index(0, role).data().toString(), QStringLiteral("nurse"));

        // Typed, then the window is closed: kept.
        focusGrid(editor);
        grid->setCurrentIndex(model->index(0, site));
        typeKeys(QStringLiteral("Quito"));
        QVERIFY(grid->indexWidget(model->index(0, site)));   // being edited
        editor->close();
        QCOMPARE(model->index(0, site).data().toString(), QStringLiteral("Quito"));
        QCOMPARE(stored(QStringLiteral("site")), QStringLiteral("Quito"));

        // A value the type refuses is not stored, and the user is told why.
        QSignalSpy failed(workspace()->context(), &ProjectContext::failed);
        QVERIFY(!model->setData(model->index(0, age), QStringLiteral("forty")));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("whole numbers")));
        QCOMPARE(model->index(0, age).data().toString(), QStringLiteral("42"));

        // Delete unsets the selected value, as one undo step.
        editor->show();
        focusGrid(editor);
        grid->setCurrentIndex(model->index(0, age));
        pressKey(Qt::Key_Delete);
        QCOMPARE(model->index(0, age).data().toString(), QString());
        QCOMPARE(stored(QStringLiteral("age")), QString());
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Unset “age” of “interview.txt”"));
        undoStack()->undo();
        QCOMPARE(model->index(0, age).data().toString(), QStringLiteral("42"));
        editor->close();
    }

    void pastingCellsWhileEditingPastesThemIntoTheGrid()
    {
        AttributeTableModel *model = workspace()->attributeModel();
        QVERIFY(model->addColumn(QStringLiteral("city"), QStringLiteral("text")));
        QVERIFY(model->addColumn(QStringLiteral("year"), QStringLiteral("integer")));
        const int city = attributeColumn(QStringLiteral("city"));
        workspace()->showAttributeEditor();
        AttributeEditor *editor = workspace()->attributeEditor();
        focusGrid(editor);
        editor->view()->setCurrentIndex(model->index(0, city));
        typeKeys(QStringLiteral("x"));   // a cell editor is open now
        QVERIFY(editor->view()->indexWidget(model->index(0, city)));
        // Two cells copied from a spreadsheet row: both land in the grid, one undo step.
        QGuiApplication::clipboard()->setText(QStringLiteral("Lima\t2019\n"));
        const int undoBefore = undoStack()->count();
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::Paste);
        QTRY_COMPARE(model->index(0, city).data().toString(), QStringLiteral("Lima"));
        QCOMPARE(model->index(0, city + 1).data().toString(), QStringLiteral("2019"));
        // "x" was committed first, then the paste: two undo steps.
        QCOMPARE(undoStack()->count(), undoBefore + 2);
        editor->close();
    }

    void attributesCanBeRenamedRetypedAndDeleted()
    {
        AttributeTableModel *model = workspace()->attributeModel();
        QVERIFY(model->addColumn(QStringLiteral("years"), QStringLiteral("text")));
        int years = attributeColumn(QStringLiteral("years"));
        QVERIFY(model->setData(model->index(0, years), QStringLiteral(" 12 ")));   // stored trimmed: "12"
        QVERIFY(model->renameColumn(years, QStringLiteral("tenure")));
        years = attributeColumn(QStringLiteral("tenure"));
        QVERIFY(years >= 0);
        QCOMPARE(attributeColumn(QStringLiteral("years")), -1);
        QCOMPARE(model->index(0, years).data().toString(), QStringLiteral("12"));
        QVERIFY(model->setColumnType(years, QStringLiteral("integer")));
        QCOMPARE(model->attributeType(years), QStringLiteral("integer"));
        // A retype the values do not fit is refused as a whole.
        QVERIFY(model->addColumn(QStringLiteral("remark"), QStringLiteral("text")));
        const int remark = attributeColumn(QStringLiteral("remark"));
        QVERIFY(model->setData(model->index(0, remark), QStringLiteral("shy")));
        QVERIFY(!model->setColumnType(remark, QStringLiteral("date")));
        QCOMPARE(model->attributeType(remark), QStringLiteral("text"));
        // The column header's menu offers rename, type and delete, with the current type checked.
        AttributeEditor editor(model);
        QMenu *menu = editor.headerMenu(years);
        QStringList entries;
        QString checkedType;
        for (QAction *action : menu->actions()) {
            entries.append(action->text());
            if (action->menu()) {
                for (QAction *type : action->menu()->actions()) {
                    if (type->isChecked())
                        checkedType = type->data().toString();
                }
            }
        }
        QCOMPARE(entries, (QStringList{QStringLiteral("Rename…"), QStringLiteral("Type"), QString(),
                                       QStringLiteral("Delete…")}));
        QCOMPARE(checkedType, QStringLiteral("integer"));
        QVERIFY(model->removeColumn(years));
        QCOMPARE(attributeColumn(QStringLiteral("tenure")), -1);
        undoStack()->undo();   // the deletion
        years = attributeColumn(QStringLiteral("tenure"));
        QVERIFY(years >= 0);
        QCOMPARE(model->index(0, years).data().toString(), QStringLiteral("12"));
        undoStack()->undo();   // remark's value
        undoStack()->undo();   // remark
        undoStack()->undo();   // the retype
        QCOMPARE(model->attributeType(attributeColumn(QStringLiteral("tenure"))), QStringLiteral("text"));
        undoStack()->undo();   // the rename
        QVERIFY(attributeColumn(QStringLiteral("years")) >= 0);
    }

    void attributeWithoutValuesSurvivesReopening()
    {
        QVERIFY(workspace()->attributeModel()->addColumn(QStringLiteral("empty one"), QStringLiteral("date")));
        QVERIFY(m_window->openProject(m_path));   // closes and opens the project again
        AttributeTableModel *model = workspace()->attributeModel();
        const int column = attributeColumn(QStringLiteral("empty one"));
        QVERIFY(column >= 0);
        QCOMPARE(model->attributeType(column), QStringLiteral("date"));
        QCOMPARE(model->index(0, column).data().toString(), QString());
        QVERIFY(model->removeColumn(column));
    }

    void pastedBlockThatDoesNotFitChangesNothing()
    {
        workspace()->showAttributeEditor();
        AttributeEditor *editor = workspace()->attributeEditor();
        AttributeTableModel *model = workspace()->attributeModel();
        const int site = attributeColumn(QStringLiteral("site"));
        editor->view()->setCurrentIndex(model->index(0, site));
        const int undoBefore = undoStack()->count();
        QSignalSpy failed(workspace()->context(), &ProjectContext::failed);
        // Two rows, but the project has one document.
        QVERIFY(!editor->paste(QStringLiteral("Hanoi\nHue\n")));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(undoStack()->count(), undoBefore);
        QCOMPARE(model->index(0, site).data().toString(), QStringLiteral("Kunming"));
        editor->close();
    }

private:
    // Answers the next modal dialog (run from a timer while exec() waits).
    template<typename Dialog, typename Answer>
    static void answerDialog(Answer answer)
    {
        QTimer::singleShot(0, [answer] {
            QTRY_VERIFY(qobject_cast<Dialog *>(QApplication::activeModalWidget()));
            answer(qobject_cast<Dialog *>(QApplication::activeModalWidget()));
        });
    }

private Q_SLOTS:
    void firstStartAsksWhoIsCoding()
    {
        QSettings().remove(QStringLiteral("coder/name"));
        QVERIFY(!Settings().hasCoderName());
        // Until asked, the account's full name is used and shown — never a made-up "coder".
        QVERIFY(!accountFullName().isEmpty());
        QCOMPARE(Settings().coderName(), accountFullName());

        QString prefilled;
        answerDialog<CoderDialog>([&prefilled](CoderDialog *dialog) {
            prefilled = dialog->nameEdit()->text();
            dialog->nameEdit()->setText(QStringLiteral("Ana Lima"));
            dialog->accept();
        });
        QVERIFY(m_window->askCoderOnFirstStart());
        QCOMPARE(prefilled, accountFullName());
        QCOMPARE(Settings().coderName(), QStringLiteral("Ana Lima"));
        QCOMPARE(m_window->coderLabel()->text(), QStringLiteral("Coder: Ana Lima"));
        QCOMPARE(workspace()->context()->project().currentCoder(), QStringLiteral("Ana Lima"));
        QVERIFY(!m_window->askCoderOnFirstStart());   // asked once only

        select(kPassage);
        QVERIFY(EditCommands::addCoding(workspace()->context(), m_document, kPassage, m_exam));
        QCOMPARE(storedCodings().first().coder, QStringLiteral("Ana Lima"));

        // File › Coder… switches; a name of two lines cannot be accepted.
        bool okWasEnabled = true;
        answerDialog<CoderDialog>([&okWasEnabled](CoderDialog *dialog) {
            dialog->nameEdit()->setText(QStringLiteral("Bo\nEve"));
            okWasEnabled = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
            dialog->nameEdit()->setText(QStringLiteral("Bo <b>Chen</b>"));
            dialog->accept();
        });
        m_window->coderAction()->trigger();
        QVERIFY(!okWasEnabled);
        QCOMPARE(Settings().coderName(), QStringLiteral("Bo <b>Chen</b>"));
        QCOMPARE(m_window->coderLabel()->textFormat(), Qt::PlainText);   // markup in a name is shown as typed
        QCOMPARE(workspace()->context()->project().currentCoder(), QStringLiteral("Bo <b>Chen</b>"));
        m_window->setCoder(QStringLiteral("tester"));
    }

    void namesAreShownAsPlainText()
    {
        qint64 code = 0;
        QVERIFY(EditCommands::addCode(workspace()->context(), QStringLiteral("<b>bold & <i>co"), 0, &code));
        MemoPanel *memo = workspace()->memoPanel();
        memo->setTarget(MemoPanel::Target::Code, code);
        QLabel *title = memo->findChild<QLabel *>();
        QVERIFY(title);
        QCOMPARE(title->textFormat(), Qt::PlainText);
        QVERIFY2(title->text().contains(QStringLiteral("<b>bold & <i>co")), qPrintable(title->text()));
        // A name of two lines is refused with a sentence, and no code is made.
        QSignalSpy failed(workspace()->context(), &ProjectContext::failed);
        QVERIFY(!EditCommands::addCode(workspace()->context(), QStringLiteral("two\nlines"), 0));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("must be one line")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(m_window->messageBar()->findChild<QLabel *>()->textFormat(), Qt::PlainText);
    }

    // Saving an edited memo or code keeps the characters that were not typed: a no-break space (« oui », 10 %) and a
    // line separator came back from the editor as a space and a line break, and an untouched description with leading
    // spaces was trimmed when only the code's colour changed.
    void editingKeepsWhatWasNotTyped()
    {
        qint64 code = 0;
        QVERIFY(EditCommands::addCode(workspace()->context(), QStringLiteral("no-break"), 0, &code));
        const QString memo = QStringLiteral("10\u00A0% «\u00A0oui\u00A0»\u2028next line");
        QVERIFY(EditCommands::setCodeMemo(workspace()->context(), code, memo));
        MemoPanel *panel = workspace()->memoPanel();
        panel->setTarget(MemoPanel::Target::Code, code);
        auto *edit = panel->findChild<QPlainTextEdit *>();
        QVERIFY(edit);
        edit->moveCursor(QTextCursor::End);
        QTest::keyClicks(edit, QStringLiteral("!"));
        QVERIFY(panel->save());
        QCOMPARE(Codebook(workspace()->context()->project()).code(code)->memo, memo + u'!');

        Code stored;
        stored.id = code;
        stored.name = QStringLiteral("no-break");
        stored.description = QStringLiteral("  indented\u00A0description");
        CodeDialog dialog(QList<Code>{stored});
        dialog.setCode(stored);
        QCOMPARE(dialog.values().description, stored.description);   // untouched: as stored
        dialog.descriptionEdit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(dialog.descriptionEdit(), QStringLiteral(" more "));
        QCOMPARE(dialog.values().description, QStringLiteral("indented\u00A0description more"));   // typed: trimmed
    }

    void editMenuSaysWhatCannotBeUndone()
    {
        QAction *undo = nullptr;
        for (QAction *menu : m_window->menuBar()->actions()) {
            if (menu->menu() && menu->text() == QStringLiteral("&Edit"))
                undo = menu->menu()->actions().value(0);
        }
        QVERIFY(undo);
        QVERIFY(EditCommands::addCoding(workspace()->context(), m_document, kPassage, m_exam));
        QCOMPARE(undo->text(), QStringLiteral("&Undo Code “exam pressure”"));
        QVERIFY(undo->isEnabled());
        // A coding's changeset is some hundred bytes: with a 16-byte limit it is committed but not kept.
        ChangeRecorder::setMaximumChangesetSize(16);
        const bool coded = EditCommands::addCoding(workspace()->context(), m_document, kTeachers, m_workload);
        ChangeRecorder::setMaximumChangesetSize(qint64(64) * 1024 * 1024);
        QVERIFY(coded);
        QCOMPARE(storedCodings().size(), 2);
        QVERIFY(!undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("Cannot undo “Code “workload”” (too large to keep)"));
        // Leave the file as the other tests expect it.
        auto project = Project::open(m_path);
        QVERIFY(project);
        for (const CodedSegment &coding : storedCodings())
            QVERIFY(CodingStore(**project).remove(coding.id));
    }

    void importRunsInTheBackgroundAndUndoes()
    {
        const QString good = m_dir.filePath(QStringLiteral("observation.txt"));
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("课堂观察 😀 teachers talk.\n").toUtf8());
        file.close();
        const QString missing = m_dir.filePath(QStringLiteral("missing.txt"));
        ImportController *import = workspace()->importController();
        import->setShowSummary(false);
        QSignalSpy finished(import, &ImportController::finished);
        ImportOptions options;
        options.attributes.insert(QStringLiteral("site"), QStringLiteral("Chongqing"));
        QVERIFY(m_window->importFiles({good, missing}, options));
        QTRY_VERIFY_WITH_TIMEOUT(!import->isRunning() && finished.size() == 1, 20000);
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QCOMPARE(finished.first().at(1).toInt(), 1);
        QCOMPARE(workspace()->documentListModel()->documents().size(), 2);
        const DocumentInfo *imported = nullptr;
        for (const DocumentInfo &info : workspace()->documentListModel()->documents()) {
            if (info.name.startsWith(QStringLiteral("observation")))
                imported = &info;
        }
        QVERIFY(imported);
        QCOMPARE(imported->attributes.value(QStringLiteral("site")), QStringLiteral("Chongqing"));
        QCOMPARE(imported->length, qint64(22));   // "课堂观察 😀 teachers talk.\n" in code points
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Import 1 document(s)"));
        // The new document is indexed for search in the background, and the undo takes it out again.
        QTRY_COMPARE_WITH_TIMEOUT(waitingForIndex(), qint64(0), 20000);
        undoStack()->undo();
        QCOMPARE(workspace()->documentListModel()->documents().size(), 1);
        auto project = Project::open(m_path, Project::Access::ReadOnly);
        QVERIFY(project);
        QCOMPARE(*DocumentStore(**project).count(), qint64(1));
        QCOMPARE(TextSearch(**project).find(QStringLiteral("课堂观察"))->size(), 0);
        project->reset();
        auto writable = Project::open(m_path);   // FTS5's integrity check is run as a write
        QVERIFY(writable);
        QVERIFY((*writable)->database().exec("INSERT INTO document_fts(document_fts, rank) VALUES('integrity-check', 1)"));
    }

    void searchIndexIsBuiltInTheBackground()
    {
        // initTestCase stored its document without indexing it; opening the project indexed it.
        QTRY_COMPARE_WITH_TIMEOUT(waitingForIndex(), qint64(0), 20000);
        QTRY_VERIFY(!workspace()->context()->indexer()->isRunning());
        auto hits = TextSearch(workspace()->context()->project()).find(QStringLiteral("exam"));
        QVERIFY(hits);
        QVERIFY(!hits->isEmpty());
    }

    void memosAreSavedAsUndoableCommands()
    {
        MemoPanel *memo = workspace()->memoPanel();
        memo->setTarget(MemoPanel::Target::Code, m_exam);
        QVERIFY(memo->editor()->isEnabled());
        memo->editor()->setFocus();
        QTest::keyClicks(memo->editor(), QStringLiteral("Mostly about the gaokao."));
        QVERIFY(memo->save());
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Edit memo of code “exam pressure”"));
        {
            auto project = Project::open(m_path, Project::Access::ReadOnly);
            QVERIFY(project);
            QCOMPARE(Codebook(**project).code(m_exam)->memo, QStringLiteral("Mostly about the gaokao."));
        }
        undoStack()->undo();
        QCOMPARE(memo->editor()->toPlainText(), QString());

        memo->setTarget(MemoPanel::Target::Document, m_document);
        QTest::keyClicks(memo->editor(), QStringLiteral("Second visit."));
        memo->setTarget(MemoPanel::Target::None, 0);   // leaving the document saves its memo
        auto project = Project::open(m_path, Project::Access::ReadOnly);
        QVERIFY(project);
        QCOMPARE(DocumentStore(**project).info(m_document)->memo, QStringLiteral("Second visit."));
    }

    void findBarSelectsTheNextMatch()
    {
        select({0, 0});
        workspace()->findAction()->trigger();
        FindBar *bar = workspace()->findBar();
        QVERIFY(bar->isVisible());
        QTest::keyClicks(bar->lineEdit(), QStringLiteral("PRESSURE"));
        QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
        QCOMPARE(view()->selectedSpan(), (TextSpan{23, 31}));
    }

    void segmentsPaneListsAndJumps()
    {
        select(kPassage);
        QVERIFY(workspace()->codingController()->codeSelection(m_exam));
        select(kTeachers);
        QVERIFY(workspace()->codingController()->codeSelection(m_exam));
        workspace()->codebookPane()->selectCode(m_exam);
        SegmentsModel *segments = workspace()->segmentsPane()->model();
        QCOMPARE(segments->rowCount(), 2);
        QCOMPARE(segments->index(0, SegmentsModel::DocumentColumn).data().toString(), QStringLiteral("interview.txt"));
        QVERIFY(segments->index(0, SegmentsModel::TextColumn).data().toString().contains(QStringLiteral("【exam pressure】")));
        select({0, 0});
        workspace()->jumpTo(m_document, {segments->index(1, 0).data(SegmentsModel::StartRole).toLongLong(),
                                         segments->index(1, 0).data(SegmentsModel::EndRole).toLongLong()});
        QCOMPARE(view()->selectedSpan(), kTeachers);
    }

    void settingsRememberRecentProjectsAndPositions()
    {
        Settings settings;
        QCOMPARE(settings.lastProject(), QFileInfo(m_path).absoluteFilePath());
        settings.setDocumentPosition(m_path, QStringLiteral("guid"), 42);
        QCOMPARE(settings.documentPosition(m_path, QStringLiteral("guid")), qint64(42));
        QCOMPARE(settings.coderName(), QStringLiteral("tester"));
    }

    void opensTheDemoProject()
    {
        QVERIFY(m_window->openDemoProject());
        QVERIFY(QFile::exists(MainWindow::demoProjectPath()));
        QVERIFY(workspace()->documentListModel()->documents().size() > 0);
        QVERIFY(workspace()->codebookModel()->codes().size() > 0);
        QVERIFY(view()->documentId() != 0);
        QVERIFY(!view()->text().isEmpty());
        // Code the first ten code points of the open document by the quick-code box and find it in the file.
        const TextSpan span{0, 10};
        select(span);
        workspace()->quickCodeAction()->trigger();
        QTest::keyClicks(workspace()->quickCodeBox()->lineEdit(), QStringLiteral("a brand new code"));
        QTest::keyClick(workspace()->quickCodeBox()->lineEdit(), Qt::Key_Return);
        const QList<CodedSegment> codings = storedCodings(MainWindow::demoProjectPath());
        bool found = false;
        for (const CodedSegment &coding : codings)
            found = found || (coding.code == QStringLiteral("a brand new code") && coding.start == 0 && coding.end == 10
                              && coding.documentId == view()->documentId());
        QVERIFY(found);
        undoStack()->undo();
        for (const CodedSegment &coding : storedCodings(MainWindow::demoProjectPath()))
            QVERIFY(coding.code != QStringLiteral("a brand new code"));
        undoStack()->clear();
        QVERIFY(m_window->openProject(m_path));
    }

    void indexingShowsProgressAndStops()
    {
        // A project of about 10 MB waiting for its search index, of random Chinese characters (as
        // many different trigrams as there can be, which is what makes indexing slow): seconds of work.
        const QString path = m_dir.filePath(QStringLiteral("big.marginalia"));
        {
            auto project = Project::create(path);
            QVERIFY(project);
            QRandomGenerator random(11);
            auto transaction = Transaction::begin((*project)->database());
            QVERIFY(transaction);
            for (int i = 0; i < 120; ++i) {
                QString text = QStringLiteral("教师：我们每天都用多媒体教室上课。\n");
                for (int c = 0; c < 30000; ++c)
                    text.append(QChar(static_cast<char16_t>(0x4E00 + random.bounded(0x5000))));
                NewDocument document;
                document.name = QStringLiteral("big-%1.txt").arg(i);
                document.text = text + QStringLiteral("\n编号%1\n").arg(i);
                QVERIFY(DocumentStore(**project).add(document));
            }
            QVERIFY(transaction->commit());
        }
        QVERIFY(m_window->openProject(path));
        auto *status = m_window->findChild<IndexingStatus *>();
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), 20000);
        auto *progress = status->findChild<QProgressBar *>();
        QVERIFY(progress && progress->value() > 0);
        auto *stop = status->findChild<QToolButton *>();
        QVERIFY(stop);
        stop->click();
        QVERIFY(!status->isVisible());
        BackgroundIndexer *indexer = workspace()->context()->indexer();
        QTRY_VERIFY_WITH_TIMEOUT(!indexer->isRunning(), 20000);
        auto waiting = SearchIndexer(workspace()->context()->project()).pending();
        QVERIFY(waiting);
        QVERIFY(waiting->documentsTotal > 0);
        QVERIFY(waiting->documentsTotal < 120);
        // Half indexed: searches still find every document.
        auto hits = TextSearch(workspace()->context()->project()).find(QStringLiteral("编号7"));
        QVERIFY(hits);
        QCOMPARE(hits->size(), 11);   // 编号7 and 编号70 to 编号79
        QCOMPARE(TextSearch(workspace()->context()->project()).find(QStringLiteral("多媒体教室上课"))->size(), 120);
        // The next start finishes the rest.
        indexer->start();
        QTRY_VERIFY_WITH_TIMEOUT(!indexer->isRunning(), 60000);
        QCOMPARE(SearchIndexer(workspace()->context()->project()).pending()->documentsTotal, qint64(0));
        QCOMPARE(TextSearch(workspace()->context()->project()).find(QStringLiteral("编号7"))->size(), 11);
        // Stopped, then started again before the stopped run has ended (documents came meanwhile: an undone deletion,
        // a merge): the start is not lost. 40 documents of 30,000 characters are three batches of 400,000 (the
        // stopped run indexes one at most), so some wait after the stopped run, and the next run indexes them.
        {
            auto transaction = Transaction::begin(workspace()->context()->project().database());
            QVERIFY(transaction);
            QRandomGenerator random(12);
            for (int i = 0; i < 40; ++i) {
                QString text;
                for (int c = 0; c < 30000; ++c)
                    text.append(QChar(static_cast<char16_t>(0x4E00 + random.bounded(0x5000))));
                NewDocument document;
                document.name = QStringLiteral("more-%1.txt").arg(i);
                document.text = text;
                QVERIFY(DocumentStore(workspace()->context()->project()).add(document));
            }
            QVERIFY(transaction->commit());
        }
        indexer->start();
        indexer->stop();
        indexer->start();   // the stopped run ends in the event loop, after this
        QTRY_VERIFY_WITH_TIMEOUT(!indexer->isRunning(), 60000);
        QCOMPARE(SearchIndexer(workspace()->context()->project()).pending()->documentsTotal, qint64(0));
        QVERIFY(m_window->openProject(m_path));
    }
    // What opening a project found and did reaches the message bar: a temporary left by a process
    // that has ended is removed on opening, and the bar says so (the note Project::notes() gives).
    void notesFromOpeningAreShown()
    {
        const pid_t gone = ::fork();   // a process that has ended: its pid is free
        if (gone == 0)
            ::_exit(0);
        ::waitpid(gone, nullptr, 0);
        const QString leftover = QFileInfo(m_path).dir().filePath(
            QStringLiteral(".%1.partial-%2-0badc0de").arg(QFileInfo(m_path).fileName()).arg(gone));
        {
            QFile file(leftover);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x");
        }
        m_window->closeProject();
        QVERIFY(m_window->openProject(m_path));
        QVERIFY(!QFile::exists(leftover));
        auto *bar = m_window->findChild<MessageBar *>();
        QVERIFY(bar);
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QStringLiteral("removed temporary files left by an interrupted run")), qPrintable(bar->text()));
    }
};

QTEST_MAIN(TestGui)
#include "test_gui.moc"
