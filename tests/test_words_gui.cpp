// The Words tab with real widgets, offscreen: speaker labels and header lines named in the summary, the
// context menu's "Not a Word" (one undo step), "Add to Dictionary…" through its input dialog, and the
// Dictionary dialog's lists; the Compare window's bar showing how far a count is.
#include "compare/AnalysisTask.h"
#include "compare/CompareWindow.h"
#include "compare/DictionaryDialog.h"
#include "compare/WordFrequencyModel.h"
#include "compare/WordsTab.h"
#include "context/ProjectContext.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "text/TextNormalizer.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

// One header line (访谈记录 used once), then two speakers with two turns each: 互联网 in three turns,
// 备课 in two, 育华中学 in two turns and in the header line.
const QString kTranscript = u"访谈记录：育华中学\n"
                            u"访谈者：育华中学的老师用互联网备课吗？\n"
                            u"教师：用互联网备课。\n"
                            u"访谈者：明白。\n"
                            u"教师：育华中学也用互联网。\n"_s;

QStringList words(const WordFrequencyModel *model)
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row)
        list.append(model->index(row, WordFrequencyModel::WordColumn).data().toString());
    return list;
}

int rowOf(const WordFrequencyModel *model, const QString &word)
{
    return static_cast<int>(words(model).indexOf(word));
}

qint64 countOf(const WordFrequencyModel *model, const QString &word)
{
    const int row = rowOf(model, word);
    return row < 0 ? 0 : model->index(row, WordFrequencyModel::CountColumn).data().toLongLong();
}

} // namespace

class TestWordsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void summaryNamesWhatWasLeftOut();
    void notAWordFromTheContextMenuIsUndoable();
    void addToDictionaryAsksForTheWord();
    void compareWindowShowsHowFarTheWorkIs();

private:
    // Waits for the tab's next result.
    void waitForRefresh();

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectContext> m_context;
    std::unique_ptr<WordsTab> m_tab;
};

void TestWordsGui::initTestCase()
{
    const QString path = m_dir.filePath(u"words.marginalia"_s);
    auto project = Project::create(path);
    // (error() only when there is one: QVERIFY2 evaluates its message either way.)
    QVERIFY2(project, project ? "" : qPrintable(project.error()));
    (*project)->setCurrentCoder(u"Li Na"_s);
    NewDocument document;
    document.name = u"interview"_s;
    document.text = normalizeForStorage(kTranscript);
    QVERIFY(DocumentStore(**project).add(document));
    m_context = std::make_unique<ProjectContext>(std::move(*project));
    m_tab = std::make_unique<WordsTab>(m_context.get());
    m_tab->resize(700, 500);
    m_tab->show();
    m_tab->reloadNow();
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->model()->rowCount() > 0, 20000);
}

void TestWordsGui::waitForRefresh()
{
    QSignalSpy refreshed(m_tab.get(), &CompareTab::refreshed);
    QVERIFY(refreshed.wait(20000));
}

void TestWordsGui::summaryNamesWhatWasLeftOut()
{
    const WordFrequencyModel *model = m_tab->model();
    // 互联网 three times; the labels 访谈者 and 教师 and the header line are not counted.
    QCOMPARE(countOf(model, u"互联网"_s), 3);
    QCOMPARE(countOf(model, u"备课"_s), 2);
    // Double-click lists as many passages as the count says.
    QCOMPARE(m_tab->passagesAt(model->index(rowOf(model, u"互联网"_s), WordFrequencyModel::WordColumn)).size(), 3);
    QVERIFY(!words(model).contains(u"访谈者"_s));
    QVERIFY(!words(model).contains(u"教师"_s));
    QVERIFY(!words(model).contains(u"记录"_s));
    const QString summary = m_tab->summary()->text();
    // (No translator is loaded here, so the English plural forms read "turn(s)".)
    QVERIFY2(summary.contains(u"speaker labels of 4 turn"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"(教师, 访谈者)"_s), qPrintable(summary));   // two turns each, then by label
    QVERIFY2(summary.contains(u"1 header line"_s) && summary.contains(u"(访谈记录)"_s), qPrintable(summary));
}

void TestWordsGui::notAWordFromTheContextMenuIsUndoable()
{
    const WordFrequencyModel *model = m_tab->model();
    const int row = rowOf(model, u"互联网"_s);
    QVERIFY(row >= 0);
    // A single character cannot be taken apart: the action is disabled on one.
    const int single = rowOf(model, u"用"_s);
    QVERIFY(single >= 0);
    QMenu *singleMenu = m_tab->contextMenu(model->index(single, WordFrequencyModel::WordColumn));
    QVERIFY(!singleMenu->findChild<QAction *>(u"notAWord"_s)->isEnabled());
    singleMenu->close();

    QMenu *menu = m_tab->contextMenu(model->index(row, WordFrequencyModel::WordColumn));
    QAction *notWord = menu->findChild<QAction *>(u"notAWord"_s);
    QVERIFY(notWord && notWord->isEnabled());
    QCOMPARE(notWord->text(), u"“互联网” Is Not a Word"_s);
    QSignalSpy refreshed(m_tab.get(), &CompareTab::refreshed);
    notWord->trigger();
    menu->close();
    QVERIFY(refreshed.wait(20000));
    QVERIFY(!words(model).contains(u"互联网"_s));
    QCOMPARE(m_context->undoStack()->count(), 1);
    QCOMPARE(m_context->undoStack()->undoText(), u"“互联网” is not a word"_s);
    // The dialog lists it; undo brings the word back in the counts and the dialog.
    m_tab->showDictionary();
    DictionaryDialog *dialog = m_tab->dictionaryDialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->removedList()->count(), 1);
    QCOMPARE(dialog->removedList()->item(0)->text(), u"互联网"_s);
    m_context->undoStack()->undo();
    waitForRefresh();
    QCOMPARE(countOf(model, u"互联网"_s), 3);
    QCOMPARE(dialog->removedList()->count(), 0);
    dialog->close();
}

void TestWordsGui::addToDictionaryAsksForTheWord()
{
    const WordFrequencyModel *model = m_tab->model();
    QVERIFY(!words(model).contains(u"育华中学"_s));
    // The menu of 中学 offers the word to extend: the user types 育华中学 in the input dialog.
    const int row = rowOf(model, u"中学"_s);
    QVERIFY(row >= 0);
    QMenu *menu = m_tab->contextMenu(model->index(row, WordFrequencyModel::WordColumn));
    QString suggested;
    QTimer::singleShot(0, this, [&suggested] {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(input);
        suggested = input->textValue();
        input->setTextValue(u"育华中学"_s);
        input->accept();
    });
    QSignalSpy refreshed(m_tab.get(), &CompareTab::refreshed);
    menu->findChild<QAction *>(u"addToDictionary"_s)->trigger();
    menu->close();
    QCOMPARE(suggested, u"中学"_s);
    QVERIFY(refreshed.wait(20000));
    // Counted in the two turns; the header line's 育华中学 stays left out.
    QCOMPARE(countOf(model, u"育华中学"_s), 2);
    // The header line's 育华中学 is found by a search but was not counted: two passages.
    QCOMPARE(m_tab->passagesAt(model->index(rowOf(model, u"育华中学"_s), WordFrequencyModel::WordColumn)).size(), 2);
    QVERIFY(!words(model).contains(u"中学"_s));
    m_tab->showDictionary();
    QCOMPARE(m_tab->dictionaryDialog()->addedList()->count(), 1);
    QCOMPARE(m_tab->dictionaryDialog()->addedList()->item(0)->text(), u"育华中学"_s);
    m_tab->dictionaryDialog()->close();
}

void TestWordsGui::compareWindowShowsHowFarTheWorkIs()
{
    CompareWindow compare(m_context.get());
    compare.show();
    QTRY_VERIFY_WITH_TIMEOUT(!compare.isBusy(), 20000);
    QCOMPARE(compare.busyBar()->maximum(), 0);   // nothing said yet: a busy bar
    // Work on the Words tab's task that says it is 3 steps of 4 along, then waits to be let go.
    std::atomic_bool release = false;
    compare.wordsTab()->task()->start(
        m_context.get(),
        [&release](Project &, const std::atomic_bool &cancelled, AnalysisTask::Progress &progress) {
            progress.steps.store(4);
            progress.step.store(3);
            while (!release.load() && !cancelled.load())
                QThread::msleep(5);
            return QString();
        },
        [](const QString &) {});
    QVERIFY(compare.isBusy());
    // The bar appears after its delay (300 ms) and shows 3/4 of 1,000.
    QTRY_VERIFY_WITH_TIMEOUT(compare.busyBar()->isVisible(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(compare.busyBar()->maximum(), 1000, 5000);
    QCOMPARE(compare.busyBar()->value(), 750);
    release = true;
    QTRY_VERIFY_WITH_TIMEOUT(!compare.isBusy(), 5000);
    QVERIFY(!compare.busyBar()->isVisible());
    QCOMPARE(compare.busyBar()->maximum(), 0);   // busy again for the next work that does not say
}

QTEST_MAIN(TestWordsGui)
#include "test_words_gui.moc"
