// The Co-occurrence tab of the Compare window with real widgets, offscreen, on the hand-worked corpus of
// CooccurrenceCorpus.h (numbers derived in tests/test_cooccurrence.cpp): the heat map's cells for each measure, count
// and Jaccard, the site, kind and coder filters, ancestor pairs absent until asked for, a click on a cell opening the
// passages behind it, and the pair list beside it.

#include "CooccurrenceCorpus.h"

#include "compare/AnalysisTask.h"
#include "compare/CompareWindow.h"
#include "compare/CooccurrenceHeatDelegate.h"
#include "compare/CooccurrenceMatrixModel.h"
#include "compare/CooccurrenceModel.h"
#include "compare/CooccurrenceTab.h"
#include "compare/PassagesDialog.h"
#include "compare/TableCsv.h"
#include "mainwindow/MainWindow.h"
#include "settings/Settings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QImage>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <set>
#include <tuple>

using namespace marginalia;
using marginalia::test::CooccurrenceCorpus;

class TestCooccurrenceGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CooccurrenceCorpus c;
    std::unique_ptr<MainWindow> m_window;
    CompareWindow *m_compare = nullptr;

    CooccurrenceTab *tab() { return m_compare->cooccurrenceTab(); }
    CooccurrenceMatrixModel *heat() { return tab()->matrixModel(); }

    // The text of the heat map's cell of two codes, checked in both halves of the (symmetric) matrix.
    QString cellText(qint64 a, qint64 b)
    {
        const QModelIndex cell = heat()->cell(a, b);
        const QModelIndex mirror = heat()->cell(b, a);
        if (!cell.isValid() || !mirror.isValid())
            return QStringLiteral("(not shown)");
        if (cell.data().toString() != mirror.data().toString())
            return QStringLiteral("(not symmetric)");
        return cell.data().toString();
    }

    int cellKind(qint64 a, qint64 b) { return heat()->cell(a, b).data(CooccurrenceMatrixModel::KindRole).toInt(); }

    // Chooses an item of a combo as a user would and waits for the tab to show the new result.
    void choose(QComboBox *combo, const QString &text)
    {
        QSignalSpy refreshed(tab(), &CompareTab::refreshed);
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
        QVERIFY(refreshed.wait(10000));
    }

    // Chooses how the shown result is displayed (no new computation).
    static void pick(QComboBox *combo, const QString &text)
    {
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
    }

    void clickCell(qint64 a, qint64 b)
    {
        QTableView *view = tab()->matrixView();
        const QModelIndex cell = heat()->cell(a, b);
        view->scrollTo(cell);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    }

    // The passages of the dialog as (document, start, end).
    static std::set<std::tuple<qint64, qint64, qint64>> spans(const PassagesDialog *dialog)
    {
        std::set<std::tuple<qint64, qint64, qint64>> result;
        for (const Passage &passage : dialog->model()->passages())
            result.insert({passage.documentId, passage.start, passage.end});
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_cooccurrence_gui"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings().clear();

        const QString path = m_dir.filePath(QStringLiteral("c.marginalia"));
        {
            auto project = Project::create(path);
            QVERIFY2(project, qPrintable(project ? QString() : project.error()));
            QString error;
            QVERIFY2(c.build(**project, &error), qPrintable(error));
        }
        Settings().setCoderName(CooccurrenceCorpus::li);
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openProject(path));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto *action = m_window->findChild<QAction *>(QStringLiteral("compareCooccurrenceAction"));
        QVERIFY(action);
        action->trigger();
        m_compare = m_window->findChild<CompareWindow *>();
        QVERIFY(m_compare);
        QVERIFY(QTest::qWaitForWindowExposed(m_compare));
        QCOMPARE(m_compare->tabs()->currentWidget(), tab());
        QTRY_VERIFY_WITH_TIMEOUT(!m_compare->isBusy() && heat()->rowCount() == 5, 10000);
        new QAbstractItemModelTester(heat(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        new QAbstractItemModelTester(tab()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }

    void cleanupTestCase() { m_window.reset(); }

    void heatMapCountsWithoutAncestorPairs()
    {
        // Passages behind T–A: T [0,40), T [0,20), A [30,50), A [10,30), A [15,25) = 5; A–E: A [40,60), A [10,30),
        // A [15,25), E [55,70), E [20,30) = 5. T–E only touch: never together.
        QCOMPARE(tab()->views()->currentIndex(), int(CooccurrenceTab::HeatMapView));
        QCOMPARE(heat()->columnCount(), 6);   // the code column and five codes
        QCOMPARE(cellText(c.teaching, c.assessment), QStringLiteral("5"));
        QCOMPARE(cellText(c.assessment, c.emotion), QStringLiteral("5"));
        QCOMPARE(cellText(c.teaching, c.emotion), QString());
        QCOMPARE(cellKind(c.teaching, c.emotion), int(CooccurrenceMatrixModel::EmptyCell));
        // A code and its sub-codes (T–L, T–S, L–S) are left out by default: empty cells marked as such.
        QCOMPARE(cellText(c.teaching, c.lecture), QString());
        QCOMPARE(cellKind(c.teaching, c.lecture), int(CooccurrenceMatrixModel::AncestorCell));
        QCOMPARE(cellKind(c.teaching, c.slides), int(CooccurrenceMatrixModel::AncestorCell));
        QCOMPARE(cellKind(c.lecture, c.lecture), int(CooccurrenceMatrixModel::DiagonalCell));
        QVERIFY(!tab()->ancestorsCheck()->isChecked());
        // Codings: T–A 6 (two coders on T [0,40)), A–E 5. The heat is against the largest: 1 and 5/6.
        pick(tab()->measureCombo(), QStringLiteral("Codings"));
        QCOMPARE(cellText(c.teaching, c.assessment), QStringLiteral("6"));
        QCOMPARE(heat()->cell(c.teaching, c.assessment).data(CooccurrenceMatrixModel::HeatRole).toDouble(), 1.0);
        QCOMPARE(heat()->cell(c.assessment, c.emotion).data(CooccurrenceMatrixModel::HeatRole).toDouble(), 5.0 / 6.0);
        // Documents: T–A 2, A–E 2.
        pick(tab()->measureCombo(), QStringLiteral("Documents"));
        QCOMPARE(cellText(c.teaching, c.assessment), QStringLiteral("2"));
        pick(tab()->measureCombo(), QStringLiteral("Passages"));
    }

    void jaccardOnTheChosenMeasure()
    {
        // Passages: T–A 5 / (2 + 5) = 0.714…, A–E 5 / (5 + 3) = 0.625; the heat is the coefficient itself.
        pick(tab()->valueCombo(), QStringLiteral("Jaccard coefficient"));
        QCOMPARE(cellText(c.teaching, c.assessment), QLocale().toString(5.0 / 7.0, 'f', 2));
        QCOMPARE(heat()->cell(c.teaching, c.assessment).data(CooccurrenceMatrixModel::HeatRole).toDouble(), 5.0 / 7.0);
        QCOMPARE(heat()->cell(c.assessment, c.emotion).data(CooccurrenceMatrixModel::HeatRole).toDouble(), 0.625);
        // Documents: T–A 2 / (2 + 3 − 2) = 2/3.
        pick(tab()->measureCombo(), QStringLiteral("Documents"));
        QCOMPARE(heat()->cell(c.teaching, c.assessment).data(CooccurrenceMatrixModel::HeatRole).toDouble(), 2.0 / 3.0);
        pick(tab()->measureCombo(), QStringLiteral("Passages"));
        pick(tab()->valueCombo(), QStringLiteral("Count"));
    }

    void filtersChangeTheCounts()
    {
        // Kunming (D2, D3): T–A 3 passages (T [0,20), A [10,30), A [15,25)), A–E 3; Jaccard 3/4 and 3/5.
        QSignalSpy started(tab()->task(), &AnalysisTask::started);
        choose(tab()->siteCombo(), QStringLiteral("Kunming"));
        QVERIFY(started.count() >= 1);   // computed by the tab's background task
        QCOMPARE(heat()->rowCount(), 3);   // T, A, E have codings in Kunming; L and S do not
        QCOMPARE(cellText(c.teaching, c.assessment), QStringLiteral("3"));
        QCOMPARE(cellText(c.assessment, c.emotion), QStringLiteral("3"));
        pick(tab()->valueCombo(), QStringLiteral("Jaccard coefficient"));
        QCOMPARE(heat()->cell(c.teaching, c.assessment).data(CooccurrenceMatrixModel::HeatRole).toDouble(), 0.75);
        QCOMPARE(heat()->cell(c.assessment, c.emotion).data(CooccurrenceMatrixModel::HeatRole).toDouble(), 0.6);
        pick(tab()->valueCombo(), QStringLiteral("Count"));
        // Kunming observations (D3): A [0,10) and E [50,60) never meet.
        choose(tab()->kindCombo(), QStringLiteral("observation"));
        QCOMPARE(heat()->rowCount(), 2);
        QCOMPARE(cellText(c.assessment, c.emotion), QString());
        QCOMPARE(tab()->model()->rowCount(), 0);
        choose(tab()->kindCombo(), QStringLiteral("All kinds"));
        choose(tab()->siteCombo(), QStringLiteral("All sites"));
        // Li Na only: T–A 4 passages (T [0,40), A [30,50), T [0,20), A [10,30)); A–E never (her E's are apart).
        choose(tab()->coderCombo(), CooccurrenceCorpus::li);
        QCOMPARE(cellText(c.teaching, c.assessment), QStringLiteral("4"));
        QCOMPARE(cellText(c.assessment, c.emotion), QString());
        choose(tab()->coderCombo(), QStringLiteral("All coders"));
        QCOMPARE(cellText(c.teaching, c.assessment), QStringLiteral("5"));
    }

    void aClickOpensThePassagesBehindTheCell()
    {
        // T–A: the five passages of the count, each once (T [0,40) by both coders is one passage).
        clickCell(c.assessment, c.teaching);
        QTRY_VERIFY(m_compare->passagesDialog());
        const std::set<std::tuple<qint64, qint64, qint64>> expected = {
            {c.d1, 0, 40}, {c.d1, 30, 50}, {c.d2, 0, 20}, {c.d2, 10, 30}, {c.d2, 15, 25}};
        QCOMPARE(spans(m_compare->passagesDialog()), expected);
        m_compare->passagesDialog()->close();
        QTRY_VERIFY(!m_compare->passagesDialog());

        // Under a filter the click lists only what the cell counts: Li Na's four.
        choose(tab()->coderCombo(), CooccurrenceCorpus::li);
        clickCell(c.teaching, c.assessment);
        QTRY_VERIFY(m_compare->passagesDialog());
        const std::set<std::tuple<qint64, qint64, qint64>> li = {{c.d1, 0, 40}, {c.d1, 30, 50}, {c.d2, 0, 20},
                                                                  {c.d2, 10, 30}};
        QCOMPARE(spans(m_compare->passagesDialog()), li);
        m_compare->passagesDialog()->close();
        QTRY_VERIFY(!m_compare->passagesDialog());
        choose(tab()->coderCombo(), QStringLiteral("All coders"));

        // An empty cell and an ancestor cell open nothing.
        clickCell(c.teaching, c.emotion);
        clickCell(c.teaching, c.lecture);
        QVERIFY(!m_compare->passagesDialog());
    }

    void enterOpensTheCurrentCell()
    {
        QTableView *view = tab()->matrixView();
        view->setFocus();
        view->setCurrentIndex(heat()->cell(c.emotion, c.assessment));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(m_compare->passagesDialog());
        QCOMPARE(m_compare->passagesDialog()->model()->rowCount(), 5);   // A–E's five passages
        m_compare->passagesDialog()->close();
        QTRY_VERIFY(!m_compare->passagesDialog());
    }

    void paragraphUnit()
    {
        // Same paragraph (see test_cooccurrence's paragraphCountsAndJaccard): T–A 2, A–E 3, T–E 1 (D2), L–A 1 and
        // S–A 1 (D1's first line); T–L still left out.
        choose(tab()->unitCombo(), QStringLiteral("Same paragraph"));
        QCOMPARE(tab()->measureCombo()->currentText(), QStringLiteral("Paragraphs"));
        QCOMPARE(cellText(c.teaching, c.assessment), QStringLiteral("2"));
        QCOMPARE(cellText(c.assessment, c.emotion), QStringLiteral("3"));
        QCOMPARE(cellText(c.teaching, c.emotion), QStringLiteral("1"));
        QCOMPARE(cellText(c.lecture, c.assessment), QStringLiteral("1"));
        QCOMPARE(cellKind(c.teaching, c.lecture), int(CooccurrenceMatrixModel::AncestorCell));
        // Jaccard T–E: 1 / (2 + 3 − 1).
        pick(tab()->valueCombo(), QStringLiteral("Jaccard coefficient"));
        QCOMPARE(heat()->cell(c.teaching, c.emotion).data(CooccurrenceMatrixModel::HeatRole).toDouble(), 0.25);
        pick(tab()->valueCombo(), QStringLiteral("Count"));
        // T–E's paragraph (D2) holds T [0,20) and E [20,30) of the two codes.
        clickCell(c.teaching, c.emotion);
        QTRY_VERIFY(m_compare->passagesDialog());
        QCOMPARE(spans(m_compare->passagesDialog()),
                 (std::set<std::tuple<qint64, qint64, qint64>>{{c.d2, 0, 20}, {c.d2, 20, 30}}));
        m_compare->passagesDialog()->close();
        QTRY_VERIFY(!m_compare->passagesDialog());
        choose(tab()->unitCombo(), QStringLiteral("Overlapping codings"));
        QCOMPARE(tab()->measureCombo()->currentText(), QStringLiteral("Passages"));
    }

    void ancestorPairsWhenAsked()
    {
        QSignalSpy refreshed(tab(), &CompareTab::refreshed);
        tab()->ancestorsCheck()->setChecked(true);
        QVERIFY(refreshed.wait(10000));
        // T–L: T [0,40) and L [10,20) = 2 passages; L–S: L and S = 2; T–S 2.
        QCOMPARE(cellText(c.teaching, c.lecture), QStringLiteral("2"));
        QCOMPARE(cellText(c.lecture, c.slides), QStringLiteral("2"));
        QCOMPARE(cellText(c.teaching, c.slides), QStringLiteral("2"));
        QCOMPARE(cellKind(c.teaching, c.lecture), int(CooccurrenceMatrixModel::PairCell));
        clickCell(c.lecture, c.slides);
        QTRY_VERIFY(m_compare->passagesDialog());
        QCOMPARE(spans(m_compare->passagesDialog()),
                 (std::set<std::tuple<qint64, qint64, qint64>>{{c.d1, 10, 20}, {c.d1, 15, 18}}));
        m_compare->passagesDialog()->close();
        QTRY_VERIFY(!m_compare->passagesDialog());
        tab()->ancestorsCheck()->setChecked(false);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(cellText(c.teaching, c.lecture), QString());
    }

    void pairListAndCsv()
    {
        tab()->views()->setCurrentIndex(CooccurrenceTab::ListView);
        QCOMPARE(tab()->table(), tab()->listView());
        // Most overlapping coding pairs first: T–A (4), then A–E (3).
        CooccurrenceModel *list = tab()->model();
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(list->index(0, CooccurrenceModel::CodeAColumn).data().toString(), QStringLiteral("Teaching"));
        QCOMPARE(list->index(0, CooccurrenceModel::CodeBColumn).data().toString(), QStringLiteral("Assessment"));
        QCOMPARE(list->index(0, CooccurrenceModel::CountColumn).data().toString(), QStringLiteral("5"));
        QCOMPARE(list->index(0, CooccurrenceModel::JaccardColumn).data().toString(), QLocale().toString(5.0 / 7.0, 'f', 2));
        QCOMPARE(list->index(0, CooccurrenceModel::DocumentsColumn).data().toString(), QStringLiteral("2"));
        // Double-clicking the pair lists the same passages as the cell.
        const QModelIndex pair = list->index(0, CooccurrenceModel::CountColumn);
        const QPoint center = tab()->listView()->visualRect(pair).center();
        QTest::mouseClick(tab()->listView()->viewport(), Qt::LeftButton, {}, center);
        QTest::mouseDClick(tab()->listView()->viewport(), Qt::LeftButton, {}, center);
        QTRY_VERIFY(m_compare->passagesDialog());
        QCOMPARE(m_compare->passagesDialog()->model()->rowCount(), 5);
        m_compare->passagesDialog()->close();
        QTRY_VERIFY(!m_compare->passagesDialog());

        // The heat map as CSV: the header row names the codes, each row starts with its code's path.
        tab()->views()->setCurrentIndex(CooccurrenceTab::HeatMapView);
        tab()->matrixView()->setFocus();
        QTest::keySequence(tab()->matrixView(), QKeySequence::Copy);
        const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("Code,Teaching,Lecture,Slides")), qPrintable(lines.at(0)));
        QVERIFY2(lines.contains(QStringLiteral("Emotion,,,,5,")), qPrintable(lines.join(u'|')));

        // In German the tables show T–A's Jaccard coefficient, 5/7, as 0,71; their CSV carries 0.71, which a CSV reader
        // takes as one number (it was "0,71", a text field).
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        QCOMPARE(list->index(0, CooccurrenceModel::JaccardColumn).data().toString(), QStringLiteral("0,71"));
        const QString listCsv = tableCsv(list);
        QVERIFY2(listCsv.contains(QStringLiteral("\nTeaching,Assessment,5,0.71,2\n")), qPrintable(listCsv));
        pick(tab()->valueCombo(), QStringLiteral("Jaccard coefficient"));
        QCOMPARE(cellText(c.teaching, c.assessment), QStringLiteral("0,71"));
        const QString heatCsv = tableCsv(tab()->matrixView()->model());
        QVERIFY2(heatCsv.contains(QStringLiteral(",0.71")) && !heatCsv.contains(u"0,71"), qPrintable(heatCsv));
        pick(tab()->valueCombo(), QStringLiteral("Count"));
    }

    void heatColoursRunFromBaseToDeepBlue()
    {
        const QColor base(255, 255, 255);
        QCOMPARE(CooccurrenceHeatDelegate::heatColor(0.0, base), base);
        QCOMPARE(CooccurrenceHeatDelegate::heatColor(1.0, base), QColor(8, 69, 148));
        // Halfway: (255 + 8) / 2 = 131.5 → 132, (255 + 69) / 2 = 162, (255 + 148) / 2 = 201.5 → 202.
        QCOMPARE(CooccurrenceHeatDelegate::heatColor(0.5, base), QColor(132, 162, 202));
        // The view paints at its size; a cell of heat 1 (T–A, the largest count) is painted in that blue.
        QImage image(tab()->matrixView()->viewport()->size(), QImage::Format_ARGB32);
        tab()->matrixView()->viewport()->render(&image);
        const QRect hottest = tab()->matrixView()->visualRect(heat()->cell(c.teaching, c.assessment));
        QCOMPARE(QColor(image.pixel(hottest.topLeft() + QPoint(3, 3))), QColor(8, 69, 148));
        // For a reviewer: MARGINALIA_SCREENSHOTS=DIR saves the Compare window with the heat map there.
        if (const QString dir = qEnvironmentVariable("MARGINALIA_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(m_compare->grab().save(dir + QStringLiteral("/cooccurrence-heatmap.png")));
    }
};

QTEST_MAIN(TestCooccurrenceGui)
#include "test_cooccurrence_gui.moc"
