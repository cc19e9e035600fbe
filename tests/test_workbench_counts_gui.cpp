// The workbench's counts on opening and after an edit, offscreen in a real MainWindow (issue 12): the codebook and the
// document list read the counts the file keeps (format 5, CodingCounts) and follow edits by their gains; with the
// document list grouped, a coding re-measures its document's row and its group's, not every document of the group.
// Expected numbers are worked out by hand beside each check.

#include "codebook/CodebookModel.h"
#include "coding/EditCommands.h"
#include "context/ProjectContext.h"
#include "documents/DocumentListModel.h"
#include "documents/DocumentsPane.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "project/AgreementRound.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "settings/Settings.h"
#include "text/TextNormalizer.h"

#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace marginalia;

namespace {

// A delegate that notes which document rows (rows under a group) it is asked to measure (sizeHint), and how many
// cells in all.
class CountingDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        ++measured;
        if (index.parent().isValid())
            documentRows.insert(index.row());
        return QStyledItemDelegate::sizeHint(option, index);
    }
    void clear()
    {
        measured = 0;
        documentRows.clear();
    }
    mutable int measured = 0;
    mutable QSet<int> documentRows;
};

constexpr int kDocuments = 40;

} // namespace

class TestWorkbenchCountsGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QList<qint64> m_documents;
    qint64 m_teaching = 0;
    qint64 m_devices = 0;
    std::unique_ptr<MainWindow> m_window;

    Workspace *workspace() { return m_window->workspace(); }
    ProjectContext *context() { return workspace()->context(); }

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

    // The test's project: 40 documents of the site "north" (one group when grouped by site), "The teacher uses the
    // projector every day."; teaching: one coding in each of the first 10 documents ("teacher", 4–11, by Li Na);
    // devices: 2 in the first ("projector" 21–30, by Li Na and by Wang Wei). The first document has 3 codings,
    // documents 2–10 one each.
    void buildProject(const QString &path)
    {
        auto project = Project::create(path);
        QVERIFY(project);
        DocumentStore documents(**project);
        m_documents.clear();
        for (int i = 0; i < kDocuments; ++i) {
            NewDocument document;
            document.name = QStringLiteral("interview-%1.txt").arg(i + 1, 2, 10, QLatin1Char('0'));
            document.text = normalizeForStorage(QStringLiteral("The teacher uses the projector every day.\n"));
            m_documents.append(*documents.add(document));
            QVERIFY(documents.setAttribute(m_documents.last(), QStringLiteral("site"), QStringLiteral("north")));
        }
        Codebook codebook(**project);
        m_teaching = *codebook.add({QStringLiteral("teaching"), 0, {}, {}, {}});
        m_devices = *codebook.add({QStringLiteral("devices"), 0, {}, {}, {}});
        CodingStore store(**project);
        for (int i = 0; i < 10; ++i)
            QVERIFY(store.add({m_documents[i], m_teaching, 4, 11, QStringLiteral("Li Na"), {}, {}, {}}));
        QVERIFY(store.add({m_documents[0], m_devices, 21, 30, QStringLiteral("Li Na"), {}, {}, {}}));
        QVERIFY(store.add({m_documents[0], m_devices, 21, 30, QStringLiteral("Wang Wei"), {}, {}, {}}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_workbench_counts_gui"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("counts.marginalia"));
        buildProject(m_path);
        if (QTest::currentTestFailed())
            return;

        Settings().setCoderName(QStringLiteral("tester"));
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openProject(m_path));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void openingShowsTheKeptCounts()
    {
        QVERIFY(context()->project().codingCountsKept());
        QCOMPARE(codeCount(m_teaching), 10);
        QCOMPARE(codeCount(m_devices), 2);
        QCOMPARE(documentCount(m_documents[0]), 3);
        QCOMPARE(documentCount(m_documents[1]), 1);
        QCOMPARE(documentCount(m_documents[39]), 0);
        QCOMPARE(workspace()->documentListModel()->totalCodings(), 12);
    }

    void aGroupedCodingMeasuresItsRowAndGroupOnly()
    {
        DocumentsPane *pane = workspace()->documentsPane();
        QVERIFY(pane->groupingCombo()->findData(QStringLiteral("site")) >= 0);   // offered
        workspace()->documentListModel()->setGrouping(QStringLiteral("site"));   // as choosing it does
        QCOMPARE(workspace()->documentListModel()->grouping(), QStringLiteral("site"));
        QCOMPARE(workspace()->documentListModel()->rowCount(), 1);   // the one group, "north"
        auto *delegate = new CountingDelegate(pane->view());
        pane->view()->setItemDelegate(delegate);

        // A coding in the last document (row 39 of the group): its row is measured, and the group's total, but none of
        // the group's other 39 documents (which measuring the group with its documents did at every coding).
        delegate->clear();
        QVERIFY(EditCommands::addCoding(context(), m_documents[39], {4, 11}, m_teaching));
        QCOMPARE(documentCount(m_documents[39]), 1);
        QCOMPARE(codeCount(m_teaching), 11);
        const QModelIndex group = workspace()->documentListModel()->index(0, DocumentListModel::CodingsColumn);
        QCOMPARE(group.data().toLongLong(), 13);   // 12 + 1
        QCOMPARE(delegate->documentRows, QSet<int>{39});

        // The undo likewise.
        delegate->clear();
        context()->undoStack()->undo();
        QCOMPARE(documentCount(m_documents[39]), 0);
        QCOMPARE(codeCount(m_teaching), 10);
        QCOMPARE(delegate->documentRows, QSet<int>{39});

        // A reload (the grouping set again) still measures every row: 1 group and 40 documents, 4 columns each beside
        // the name.
        delegate->clear();
        workspace()->documentListModel()->setGrouping(QString());
        workspace()->documentListModel()->setGrouping(QStringLiteral("site"));
        QCOMPARE(delegate->documentRows.size(), kDocuments);
        QVERIFY2(delegate->measured >= (kDocuments + 1) * (DocumentListModel::ColumnCount - 1),
                 qPrintable(QString::number(delegate->measured)));
    }

    void editsKeepTheCountsAReloadWouldRead()
    {
        // Deleting devices (2 codings in the first document) and undoing it: the patched counts against models read
        // afresh from the kept counts.
        QVERIFY(EditCommands::deleteCode(context(), m_devices));
        QCOMPARE(documentCount(m_documents[0]), 1);   // 3 - 2
        {
            DocumentListModel fresh(context());
            for (const DocumentInfo &info : fresh.documents())
                QCOMPARE(documentCount(info.id), info.codings);
            QCOMPARE(fresh.totalCodings(), 10);
        }
        context()->undoStack()->undo();
        QCOMPARE(codeCount(m_devices), 2);
        CodebookModel fresh(context());
        for (const Code &code : fresh.codes())
            QCOMPARE(codeCount(code.id),
                     fresh.data(fresh.indexOf(code.id).siblingAtColumn(CodebookModel::CountColumn)).toLongLong());
        QCOMPARE(documentCount(m_documents[0]), 3);
    }

    void openingDuringABlindRoundCountsWhatTheCoderSees()
    {
        // A second project like the first, with a blind round open on the set "double" (documents 1–5 yes, the others
        // no), opened by Wang Wei.
        const QString path = m_dir.filePath(QStringLiteral("round.marginalia"));
        buildProject(path);
        if (QTest::currentTestFailed())
            return;
        {
            auto project = Project::open(path);
            QVERIFY(project);
            DocumentStore documents(**project);
            for (int i = 0; i < kDocuments; ++i)
                QVERIFY(documents.setAttribute(m_documents[i], QStringLiteral("double"),
                                               i < 5 ? QStringLiteral("true") : QStringLiteral("false")));
            QVERIFY(documents.setAttributeType(QStringLiteral("double"), QStringLiteral("boolean")));
            QVERIFY(AgreementRounds(**project).open(QStringLiteral("double")));
        }
        Settings().setCoderName(QStringLiteral("Wang Wei"));
        QVERIFY(m_window->openProject(path));
        QVERIFY(context()->project().codingCountsKept());
        QVERIFY(roundHidesCodings(context()->project()));
        // Wang Wei is shown, on documents 1–5, his own codings alone: his devices in the first; Li Na's teaching there
        // is hidden. teaching: documents 6–10, 5; devices 1. Document 1: 1, document 2: 0, document 6: 1; 6 in all.
        QCOMPARE(codeCount(m_teaching), 5);
        QCOMPARE(codeCount(m_devices), 1);
        QCOMPARE(documentCount(m_documents[0]), 1);
        QCOMPARE(documentCount(m_documents[1]), 0);
        QCOMPARE(documentCount(m_documents[5]), 1);
        QCOMPARE(documentCount(m_documents[39]), 0);
        QCOMPARE(workspace()->documentListModel()->totalCodings(), 6);
        // His coding of teaching in document 2 is shown to him: teaching 6, document 2 1, 7 in all; and undone.
        QVERIFY(EditCommands::addCoding(context(), m_documents[1], {4, 11}, m_teaching));
        QCOMPARE(codeCount(m_teaching), 6);
        QCOMPARE(documentCount(m_documents[1]), 1);
        QCOMPARE(workspace()->documentListModel()->totalCodings(), 7);
        context()->undoStack()->undo();
        QCOMPARE(codeCount(m_teaching), 5);
        QCOMPARE(documentCount(m_documents[1]), 0);
        QCOMPARE(workspace()->documentListModel()->totalCodings(), 6);
    }
};

QTEST_MAIN(TestWorkbenchCountsGui)
#include "test_workbench_counts_gui.moc"
