// The agreement work in the GUI with real widgets, offscreen, on a small project whose numbers are worked out by
// hand below: the Compare › Agreement tab on every unit with its statistics, progress and Cancel, the methods
// paragraph and the reliability data; the sample planner and the blind round; adjudication into a consensus coder.

#include "agreement/AdjudicationDialog.h"
#include "agreement/AgreementController.h"
#include "agreement/BlindRound.h"
#include "agreement/SamplePlannerDialog.h"
#include "compare/AgreementModel.h"
#include "codebook/CodebookModel.h"
#include "compare/AgreementTab.h"
#include "compare/CompareController.h"
#include "compare/CompareWindow.h"
#include "compare/CooccurrenceModel.h"
#include "compare/CooccurrenceTab.h"
#include "compare/MatrixModel.h"
#include "compare/MatrixTab.h"
#include "compare/DisagreementModel.h"
#include "compare/PassagesDialog.h"
#include "context/ProjectContext.h"
#include "document/DocumentView.h"
#include "documents/DocumentListModel.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "memos/MemoListModel.h"
#include "memos/MemosPane.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/Database.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "reports/ReportDialog.h"
#include "segments/SegmentsModel.h"
#include "segments/SegmentsPane.h"
#include "settings/Settings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTabWidget>
#include <QTextBrowser>
#include <QUndoStack>

using namespace marginalia;

namespace {

// d1 (compared: both coders coded it) has five paragraphs (non-empty lines):
//   "one" [0,3)  "two" [4,7)  "three" [8,13)  "four" [14,18)  "five" [19,23)
// d2 only ann coded (not compared); d3 nobody coded. Sites: d1 and d2 "north", d3 "south".
const QString kD1 = QStringLiteral("one\ntwo\nthree\nfour\nfive\n");
const QString kD2 = QStringLiteral("alpha beta\n");
const QString kD3 = QStringLiteral("gamma delta\n");

// Codings of the code "theme":
//   ann d1 [0,3) "one", ann d1 [8,13) "three", ann d2 [0,5) "alpha"
//   bob d1 [0,3) "one", bob d1 [14,18) "four"
//
// Paragraph unit, d1: p1 yes/yes, p2 no/no, p3 ann only, p4 bob only, p5 no/no.
//   Percent agreement 3/5 = 60.0.
//   Cohen: P(ann yes) = P(bob yes) = 2/5; Pe = 0.4·0.4 + 0.6·0.6 = 0.52; κ = (0.6 − 0.52) / 0.48 = 0.167.
//   Fleiss: P̄ = 3/5 (agreeing units 1, others 0); p_yes = 4/10; Pe = 0.52; κ = 0.167.
//   Gwet: π_yes = (1 + 0 + ½ + ½ + 0)/5 = 0.4; Pe = 2·0.4·0.6 = 0.48; AC1 = (0.6 − 0.48)/0.52 = 0.231.
//   Brennan–Prediger: (0.6 − 0.5)/0.5 = 0.200.
//   Krippendorff: n = 10 values, 4 yes, 6 no; Σ o_cc = 2 + 2 + 2 (the three agreeing units) = 6;
//   α = 1 − (n − 1)(n − Σ o_cc)/(n² − Σ n_c²) = 1 − 9·4/(100 − 52) = 1 − 36/48 = 0.250.
// Segment unit (95 %): [0,3) of both one unit (yes, yes); ann's [8,13) and bob's [14,18) a unit each:
//   3 units, 1 agreeing: 33.3 %.
// Document unit: d1 alone, both applied the code: 1 unit, 100.0 %, κ n/a (Pe = 1).

} // namespace

class TestAgreementGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_d1 = 0, m_d2 = 0, m_d3 = 0;
    qint64 m_theme = 0;
    std::unique_ptr<MainWindow> m_window;
    CompareWindow *m_compare = nullptr;

    AgreementTab *tab() { return m_compare->agreementTab(); }
    QString cell(int row, int column) { return tab()->model()->index(row, column).data().toString(); }

    // Chooses an item of a combo as a user would and waits for the tab to show the new result.
    void choose(QComboBox *combo, const QString &text)
    {
        QSignalSpy refreshed(tab(), &CompareTab::refreshed);
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
        QVERIFY(refreshed.wait(20000));
    }
    void setDraws(int draws)
    {
        if (tab()->drawsSpin()->value() == draws)
            return;
        QSignalSpy refreshed(tab(), &CompareTab::refreshed);
        tab()->drawsSpin()->setValue(draws);
        QVERIFY(refreshed.wait(20000));
    }
    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
    }

    static void doubleClick(QTableView *view, const QModelIndex &index)
    {
        view->scrollTo(index);
        const QPoint center = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, center);
    }
    Workspace *workspace() { return m_window->workspace(); }
    // The coders of the codings the document view shows, in order (by start).
    QStringList shownCoders(qint64 documentId)
    {
        workspace()->openDocument(documentId);
        QStringList coders;
        for (const CodedSegment &coding : workspace()->documentView()->codings())
            coders.append(QStringLiteral("%1 %2-%3").arg(coding.coder).arg(coding.start).arg(coding.end));
        return coders;
    }
    // The passages of the coded-segment list for "theme": "document start-end coders".
    QStringList listedPassages()
    {
        SegmentsModel *model = workspace()->segmentsPane()->model();
        workspace()->segmentsPane()->setCodes({m_theme});
        QStringList rows;
        for (int row = 0; row < model->rowCount(); ++row) {
            const CodedSegment *segment = model->segment(model->index(row, 0));
            rows.append(QStringLiteral("%1 %2-%3 %4")
                            .arg(segment->document)
                            .arg(segment->start)
                            .arg(segment->end)
                            .arg(segment->coders.join(u'+')));
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_agreement_gui"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings().clear();

        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("agreement.marginalia"));
        auto project = Project::create(m_path);
        QVERIFY2(project, qPrintable(project ? QString() : project.error()));
        DocumentStore documents(**project);
        auto addDocument = [&](const QString &name, const QString &text, const QString &site) {
            NewDocument document;
            document.name = name;
            document.text = text;
            auto id = documents.add(document);
            if (!id)
                qFatal("%s", qPrintable(id.error()));
            documents.setAttribute(*id, QStringLiteral("site"), site);
            return *id;
        };
        m_d1 = addDocument(QStringLiteral("d1"), kD1, QStringLiteral("north"));
        m_d2 = addDocument(QStringLiteral("d2"), kD2, QStringLiteral("north"));
        m_d3 = addDocument(QStringLiteral("d3"), kD3, QStringLiteral("south"));
        m_theme = *Codebook(**project).add({QStringLiteral("theme"), 0, QStringLiteral("#e06c75"), {}, {}});
        CodingStore codings(**project);
        const QList<std::tuple<qint64, qint64, qint64, QString>> planned = {
            {m_d1, 0, 3, QStringLiteral("ann")},  {m_d1, 8, 13, QStringLiteral("ann")}, {m_d2, 0, 5, QStringLiteral("ann")},
            {m_d1, 0, 3, QStringLiteral("bob")},  {m_d1, 14, 18, QStringLiteral("bob")},
        };
        for (const auto &[document, start, end, coder] : planned) {
            NewCoding coding;
            coding.documentId = document;
            coding.codeId = m_theme;
            coding.start = start;
            coding.end = end;
            coding.coder = coder;
            auto added = codings.add(coding);
            QVERIFY2(added, qPrintable(added ? QString() : added.error()));
        }
        project->reset();

        Settings().setCoderName(QStringLiteral("ann"));
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openProject(m_path));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto *action = m_window->findChild<QAction *>(QStringLiteral("compareAgreementAction"));
        QVERIFY(action);
        action->trigger();
        m_compare = m_window->findChild<CompareWindow *>();
        QVERIFY(m_compare);
        new QAbstractItemModelTester(tab()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        new QAbstractItemModelTester(tab()->disagreementModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     this);
        QTRY_VERIFY2_WITH_TIMEOUT(!m_compare->isBusy() && tab()->model()->rowCount() == 2, qPrintable(tab()->summaryLabel()->text()), 20000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    void everyStatisticAtTheParagraphUnit()
    {
        setDraws(0);
        choose(tab()->unitCombo(), QStringLiteral("Paragraph"));
        QCOMPARE(tab()->model()->rowCount(), 2);   // theme, overall
        QCOMPARE(tab()->model()->headerData(AgreementModel::UnitsColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Paragraphs"));
        for (int row : {0, 1}) {
            QCOMPARE(cell(row, AgreementModel::UnitsColumn), QStringLiteral("5"));
            QCOMPARE(cell(row, AgreementModel::PercentColumn), QStringLiteral("60.0"));
            QCOMPARE(cell(row, AgreementModel::KappaColumn), QStringLiteral("0.167"));
            QCOMPARE(cell(row, AgreementModel::FleissColumn), QStringLiteral("0.167"));
            QCOMPARE(cell(row, AgreementModel::GwetColumn), QStringLiteral("0.231"));
            QCOMPARE(cell(row, AgreementModel::BrennanPredigerColumn), QStringLiteral("0.200"));
            QCOMPARE(cell(row, AgreementModel::AlphaColumn), QStringLiteral("0.250"));
            // No bootstrap asked for: no interval.
            QCOMPARE(cell(row, AgreementModel::AlphaIntervalColumn), QStringLiteral("—"));
            // Document level beside it: d1, both applied the code.
            QCOMPARE(cell(row, AgreementModel::DocumentPercentColumn), QStringLiteral("100.0"));
            QCOMPARE(cell(row, AgreementModel::DocumentKappaColumn), QStringLiteral("n/a"));
        }
        QCOMPARE(cell(0, AgreementModel::CodeColumn), QStringLiteral("theme"));
        QCOMPARE(cell(1, AgreementModel::CodeColumn), QStringLiteral("Overall"));
        QVERIFY(!tab()->overlapSpin()->isEnabled());
        QVERIFY(tab()->exportButton()->isEnabled());

        // The disagreements are runs of characters: ann's "three" [8,13) and bob's "four" [14,18). The code's row
        // leads to them, as passages.
        QCOMPARE(tab()->disagreementModel()->rowCount(), 2);
        const QModelIndex code = tab()->model()->index(0, AgreementModel::CodeColumn);
        tab()->agreementView()->scrollTo(code);
        const QPoint center = tab()->agreementView()->visualRect(code).center();
        QTest::mouseClick(tab()->agreementView()->viewport(), Qt::LeftButton, {}, center);
        QTest::mouseDClick(tab()->agreementView()->viewport(), Qt::LeftButton, {}, center);
        QVERIFY(m_compare->passagesDialog());
        const QList<Passage> &passages = m_compare->passagesDialog()->model()->passages();
        QCOMPARE(passages.size(), 2);
        QCOMPARE(passages[0].text, QStringLiteral("three"));
        QCOMPARE(passages[1].text, QStringLiteral("four"));
        m_compare->passagesDialog()->close();
    }

    void segmentAndDocumentUnits()
    {
        choose(tab()->unitCombo(), QStringLiteral("Segment (overlap)"));
        QVERIFY(tab()->overlapSpin()->isEnabled());
        QCOMPARE(tab()->model()->headerData(AgreementModel::UnitsColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Segments"));
        QCOMPARE(cell(0, AgreementModel::UnitsColumn), QStringLiteral("3"));
        QCOMPARE(cell(0, AgreementModel::PercentColumn), QStringLiteral("33.3"));

        choose(tab()->unitCombo(), QStringLiteral("Document"));
        QCOMPARE(cell(0, AgreementModel::UnitsColumn), QStringLiteral("1"));
        QCOMPARE(cell(0, AgreementModel::PercentColumn), QStringLiteral("100.0"));
        QCOMPARE(cell(0, AgreementModel::KappaColumn), QStringLiteral("n/a"));

        // Character unit: 24 characters of d1 ("one\ntwo\nthree\nfour\nfive\n"); both coded 3, ann 5 more, bob 4
        // more: 24 − 9 = 15 agree, 62.5 %. Export is refused there (one row per character).
        choose(tab()->unitCombo(), QStringLiteral("Character"));
        QCOMPARE(cell(0, AgreementModel::UnitsColumn), QStringLiteral("24"));
        QCOMPARE(cell(0, AgreementModel::PercentColumn), QStringLiteral("62.5"));
        QVERIFY(!tab()->exportButton()->isEnabled());
    }

    void bootstrapIntervalAndThresholds()
    {
        choose(tab()->unitCombo(), QStringLiteral("Paragraph"));
        setDraws(1000);
        // Every statistic keeps its value; alpha gets an interval "low to high" around the draws and the shares of
        // draws below 0.800 and 0.667. With 5 units α = 0.250 is far below both thresholds, so most draws are: the
        // share below 0.667 is at most the share below 0.800 (every draw below 0.667 is below 0.800).
        QCOMPARE(cell(0, AgreementModel::AlphaColumn), QStringLiteral("0.250"));
        const QStringList interval = cell(0, AgreementModel::AlphaIntervalColumn).split(QStringLiteral(" to "));
        QCOMPARE(interval.size(), 2);
        const double low = interval[0].toDouble(), high = interval[1].toDouble();
        QVERIFY2(low <= high && low >= -1 && high <= 1, qPrintable(interval.join(u'|')));
        const double below800 = cell(0, AgreementModel::AlphaBelow800Column).toDouble();
        const double below667 = cell(0, AgreementModel::AlphaBelow667Column).toDouble();
        QVERIFY(below800 > 0.5 && below800 <= 1);
        QVERIFY(below667 <= below800);
        QVERIFY(tab()->summaryLabel()->text().contains(QStringLiteral("1000 draws")));
        // The same seed gives the same interval when computed again.
        const QString first = cell(0, AgreementModel::AlphaIntervalColumn);
        QSignalSpy refreshed(tab(), &CompareTab::refreshed);
        tab()->reloadNow();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(cell(0, AgreementModel::AlphaIntervalColumn), first);
        // Each statistic's tooltip gives its interval.
        QVERIFY(tab()->model()->index(0, AgreementModel::KappaColumn).data(Qt::ToolTipRole).toString()
                    .startsWith(QStringLiteral("95 % interval: ")));
    }

    void progressAndCancel()
    {
        // The computation shows progress with Cancel; Cancel stops it and says so, and the table is not replaced.
        const QString before = cell(0, AgreementModel::AlphaColumn);
        tab()->reloadNow();
        QVERIFY(tab()->progressBar()->isVisible());
        QVERIFY(tab()->cancelButton()->isVisible());
        QTest::mouseClick(tab()->cancelButton(), Qt::LeftButton);
        QCOMPARE(tab()->summaryLabel()->text(), QStringLiteral("The computation was cancelled."));
        QVERIFY(!tab()->progressBar()->isVisible());
        QVERIFY(!tab()->cancelButton()->isVisible());
        QVERIFY(!m_compare->isBusy());
        QCOMPARE(cell(0, AgreementModel::AlphaColumn), before);
        QSignalSpy refreshed(tab(), &CompareTab::refreshed);
        tab()->reloadNow();
        QVERIFY(refreshed.wait(20000));
        QVERIFY(!tab()->progressBar()->isVisible());
    }

    void methodsParagraphAndReliabilityData()
    {
        setDraws(0);
        auto *copy = tab()->findChild<QPushButton *>(QStringLiteral("agreementCopyMethods"));
        QVERIFY(copy);
        QApplication::clipboard()->clear();
        copy->click();
        const QString methods = QApplication::clipboard()->text();
        // The paragraph the CLI's --methods prints: coders, documents, unit and units, the pooled statistics.
        QVERIFY2(methods.startsWith(QStringLiteral("2 coders (ann, bob) coded 1 document independently.")),
                 qPrintable(methods));
        QVERIFY(methods.contains(QStringLiteral("the paragraph as the unit of analysis (5 units per code")));
        QVERIFY(methods.contains(QStringLiteral("percent agreement = 60.0 %")));
        QVERIFY(methods.contains(QStringLiteral("Krippendorff's α (nominal) = 0.250")));
        QVERIFY(methods.contains(QStringLiteral("0.800")));

        // The matrix form (units as rows, coders as columns, 1/0), paragraphs in order (see the table above), and
        // which unit each row is.
        const QString path = m_dir.filePath(QStringLiteral("reliability.csv"));
        QSignalSpy exported(tab(), &AgreementTab::exported);
        tab()->exportReliabilityData(path);
        QVERIFY(exported.wait(20000));
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
        QCOMPARE(readFile(path), QByteArray("ann,bob\n1,1\n0,0\n1,0\n0,1\n0,0\n"));
        QCOMPARE(readFile(m_dir.filePath(QStringLiteral("reliability.units.csv"))),
                 QByteArray("row,code,document,start,end\n1,theme,d1,0,3\n2,theme,d1,4,7\n3,theme,d1,8,13\n"
                            "4,theme,d1,14,18\n5,theme,d1,19,23\n"));
        QVERIFY(exported.first().at(1).toString().startsWith(QStringLiteral("5 unit(s) written to ")));

        // A folder that does not exist: refused with a message, nothing written.
        exported.clear();
        const QString bad = m_dir.filePath(QStringLiteral("missing/folder/data.csv"));
        tab()->exportReliabilityData(bad);
        QVERIFY(exported.wait(20000));
        QVERIFY(!exported.first().at(0).toBool());
        QVERIFY(exported.first().at(1).toString().contains(bad));
        QVERIFY(!QFile::exists(bad));
    }

    // The report dialog ends the report with the methods paragraph when two or more coders are checked, on the
    // chosen unit: ann and bob at the paragraph unit give the numbers worked out at the top (60.0 %, α = 0.250 over
    // the 5 paragraphs of d1). One coder alone or none: no Reliability section.
    void reportDialogEndsWithTheMethodsParagraph()
    {
        ReportDialog dialog(workspace()->context(), m_window.get());
        dialog.setFormat(ReportFormat::Html);
        QListWidget *coders = dialog.reliabilityCoderList();
        // Every coder of the project (the one who created it too), none checked.
        const QList<QListWidgetItem *> annItems = coders->findItems(QStringLiteral("ann"), Qt::MatchExactly);
        const QList<QListWidgetItem *> bobItems = coders->findItems(QStringLiteral("bob"), Qt::MatchExactly);
        QCOMPARE(annItems.size(), 1);
        QCOMPARE(bobItems.size(), 1);
        for (int row = 0; row < coders->count(); ++row)
            QCOMPARE(coders->item(row)->checkState(), Qt::Unchecked);
        QVERIFY(dialog.options().reliabilityCoders.isEmpty());
        QVERIFY(!dialog.reliabilityUnitCombo()->isEnabled());
        auto saveAs = [&](const QString &name) -> QString {
            const QString path = m_dir.filePath(name);
            QSignalSpy saved(&dialog, &ReportDialog::saved);
            QSignalSpy failed(&dialog, &ReportDialog::saveFailed);
            dialog.save(path);
            [&] { QTRY_VERIFY_WITH_TIMEOUT(saved.size() + failed.size() == 1, 30000); }();
            return failed.isEmpty() ? QString::fromUtf8(readFile(path)) : failed.first().at(0).toString();
        };

        annItems.first()->setCheckState(Qt::Checked);   // ann alone: no agreement to state
        QVERIFY(dialog.options().reliabilityCoders.isEmpty());
        QVERIFY(!dialog.reliabilityUnitCombo()->isEnabled());
        const QString alone = saveAs(QStringLiteral("report-alone.html"));
        QVERIFY2(alone.contains(QStringLiteral("three")), qPrintable(alone.left(400)));
        QVERIFY(!alone.contains(QStringLiteral("<h2>Reliability</h2>")));

        bobItems.first()->setCheckState(Qt::Checked);
        QVERIFY(dialog.reliabilityUnitCombo()->isEnabled());
        QCOMPARE(dialog.reliabilityUnitCombo()->currentText(), QStringLiteral("Paragraph"));   // the default
        QCOMPARE(dialog.options().reliabilityCoders, (QStringList{QStringLiteral("ann"), QStringLiteral("bob")}));
        const QString report = saveAs(QStringLiteral("report-reliability.html"));
        QVERIFY2(report.contains(QStringLiteral("<h2>Reliability</h2>")), qPrintable(report.right(1500)));
        QVERIFY(report.contains(QStringLiteral("2 coders (ann, bob) coded 1 document independently.")));
        QVERIFY(report.contains(QStringLiteral("the paragraph as the unit of analysis (5 units per code")));
        QVERIFY(report.contains(QStringLiteral("percent agreement = 60.0 %")));
        QVERIFY(report.contains(QStringLiteral("Krippendorff's α (nominal) = 0.250")));
        // Before the document memos and after the excerpts.
        QVERIFY(report.indexOf(QStringLiteral("<h2>Reliability</h2>")) > report.indexOf(QStringLiteral("three")));

        // The unit chosen is the unit stated: the document unit, d1 alone (1 unit, 100.0 %).
        dialog.reliabilityUnitCombo()->setCurrentIndex(dialog.reliabilityUnitCombo()->findText(QStringLiteral("Document")));
        QCOMPARE(dialog.options().reliabilityUnit, AgreementUnit::Document);
        const QString byDocument = saveAs(QStringLiteral("report-document.html"));
        QVERIFY2(byDocument.contains(QStringLiteral("the document as the unit of analysis (1 unit")),
                 qPrintable(byDocument.right(1500)));
        QVERIFY(byDocument.contains(QStringLiteral("percent agreement = 100.0 %")));

        // The preview shows the same section.
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewing(), 30000);
        QVERIFY(dialog.preview()->toPlainText().contains(QStringLiteral("percent agreement = 100.0 %")));
    }

    void samplePlannerAndBlindRound()
    {
        const QStringList everything{QStringLiteral("ann 0-3"), QStringLiteral("bob 0-3"), QStringLiteral("ann 8-13"),
                                     QStringLiteral("bob 14-18")};
        QCOMPARE(shownCoders(m_d1), everything);
        QCOMPARE(listedPassages(), (QStringList{QStringLiteral("d1 0-3 ann+bob"), QStringLiteral("d1 8-13 ann"),
                                                QStringLiteral("d1 14-18 bob"), QStringLiteral("d2 0-5 ann")}));

        SamplePlannerDialog dialog(workspace()->context(), m_window.get());
        dialog.show();
        // Defaults: 20 %, by site, the default seed. north has 2 documents: round(0.2 × 2) = 0, at least 1; south
        // has 1: at least 1. So 2 documents.
        QCOMPARE(dialog.shareSpin()->value(), 20.0);
        QCOMPARE(dialog.attributeCombo()->currentText(), QStringLiteral("site"));
        QCOMPARE(dialog.sample().documentIds.size(), 2);
        QCOMPARE(dialog.sample().strata.size(), 2);
        QCOMPARE(dialog.sample().strata[0].value, QStringLiteral("north"));
        QCOMPARE(dialog.sample().strata[0].drawnIds.size(), 1);
        QCOMPARE(dialog.sample().strata[1].drawnIds, (QList<qint64>{m_d3}));
        QVERIFY(dialog.previewLabel()->text().contains(QStringLiteral("north: 1 of 2")));
        // The same seed draws the same sample; all of each stratum at 100 %.
        const QList<qint64> first = dialog.sample().documentIds;
        dialog.seedSpin()->setValue(dialog.seedSpin()->value() + 1);
        dialog.seedSpin()->setValue(dialog.seedSpin()->value() - 1);
        QCOMPARE(dialog.sample().documentIds, first);
        dialog.shareSpin()->setValue(100);
        QCOMPARE(dialog.sample().documentIds, (QList<qint64>{m_d1, m_d2, m_d3}));
        dialog.nameEdit()->setText(QStringLiteral("double"));
        QVERIFY(dialog.blindCheck()->isChecked());
        const int commands = workspace()->context()->undoStack()->count();
        QVERIFY(dialog.save());
        QCOMPARE(workspace()->context()->undoStack()->count(), commands + 1);   // one undoable edit
        BlindRound *round = BlindRound::of(workspace()->context());
        QVERIFY(round->isOpen());
        QCOMPARE(round->round()->set, QStringLiteral("double"));
        QCOMPARE(round->round()->openedBy, QStringLiteral("ann"));
        auto *controller = m_window->findChild<AgreementController *>();
        QVERIFY(controller);
        // A second sample of the same name is refused as a whole: no new undo step, the round unchanged.
        {
            SamplePlannerDialog again(workspace()->context(), m_window.get());
            again.nameEdit()->setText(QStringLiteral("double"));
            QVERIFY(!again.save());
            QCOMPARE(workspace()->context()->undoStack()->count(), commands + 1);
            QCOMPARE(round->round()->set, QStringLiteral("double"));
        }

        // ann sees only her own codings on the sample's documents, in the document and in the list (the passage
        // both coded is listed with ann alone).
        const QStringList annOnly{QStringLiteral("ann 0-3"), QStringLiteral("ann 8-13")};
        QCOMPARE(shownCoders(m_d1), annOnly);
        QCOMPARE(listedPassages(), (QStringList{QStringLiteral("d1 0-3 ann"), QStringLiteral("d1 8-13 ann"),
                                                QStringLiteral("d2 0-5 ann")}));
        // Undo: no set, no round, everything shown; redo: hidden again.
        workspace()->context()->undoStack()->undo();
        QVERIFY(!round->isOpen());
        QCOMPARE(shownCoders(m_d1), everything);
        workspace()->context()->undoStack()->redo();
        QVERIFY(round->isOpen());
        QCOMPARE(shownCoders(m_d1), annOnly);
        // Another coder at this computer sees theirs.
        m_window->setCoder(QStringLiteral("bob"));
        QCOMPARE(workspace()->documentView()->codings().size(), 2);
        QCOMPARE(shownCoders(m_d1), (QStringList{QStringLiteral("bob 0-3"), QStringLiteral("bob 14-18")}));
        m_window->setCoder(QStringLiteral("ann"));
        QCOMPARE(shownCoders(m_d1), annOnly);

        // The round survives closing and opening the project (it is in the file).
        m_window->closeProject();
        m_compare = nullptr;
        QVERIFY(m_window->openProject(m_path));
        QVERIFY(BlindRound::of(workspace()->context())->isOpen());
        QCOMPARE(shownCoders(m_d1), annOnly);

        // Closing the round shows everything and opens the Agreement tab on the sample.
        QVERIFY(controller->closeRound());
        QVERIFY(!BlindRound::of(workspace()->context())->isOpen());
        QVERIFY(!controller->blindRoundAction()->isChecked());
        QCOMPARE(shownCoders(m_d1), everything);
        m_compare = m_window->findChild<CompareWindow *>();
        QVERIFY(m_compare);
        QCOMPARE(m_compare->tabs()->currentWidget(), tab());
        QCOMPARE(tab()->documentSetCombo()->currentText(), QStringLiteral("double"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_compare->isBusy() && tab()->model()->rowCount() == 2, 20000);
        // The sample holds all three documents; d1 is the one both coded (character unit: 24 characters).
        QCOMPARE(tab()->model()->result().documents, QStringList{QStringLiteral("d1")});

        // A second round on a set that is not one is refused, and nothing is open.
        QVERIFY(!controller->openRound(QStringLiteral("site")));
        QVERIFY(!BlindRound::of(workspace()->context())->isOpen());
    }

    // While a round is open, no view shows ann the other coders' codings on the round's documents: one filter
    // (project/VisibleCodings) under the codebook's counts, the document list's counts, the memos, the matrix and
    // the co-occurrences with their passages, reports, the agreement tab and adjudication. The fixture gets a second
    // code "place" (bob d1 [0,3), ann d1 [8,13)) and two coding memos (ann's theme d1 [0,3), bob's theme d1 [14,18))
    // for the time of this test. The round is on "double" (all three documents, saved above).
    //   Everything: theme 5 codings (ann 3, bob 2), place 2; d1 6 codings; theme passages 4 (d1 0-3 ann+bob, 8-13,
    //   14-18, d2 0-5); theme × place overlapping: theme 0-3, place 0-3, theme 8-13, place 8-13 (4 passages).
    //   ann alone: theme 3, place 1; d1 3 codings; theme passages 3 (d1 0-3, 8-13, d2 0-5), none with bob;
    //   theme × place: theme 8-13 and place 8-13 (2 passages).
    void blindRoundHidesOtherCodersEverywhere()
    {
        Project &project = workspace()->context()->project();
        const qint64 place = *Codebook(project).add({QStringLiteral("place"), 0, QStringLiteral("#61afef"), {}, {}});
        CodingStore store(project);
        QList<qint64> added;
        for (const auto &[start, end, coder] : QList<std::tuple<qint64, qint64, QString>>{
                 {0, 3, QStringLiteral("bob")}, {8, 13, QStringLiteral("ann")}}) {
            NewCoding coding;
            coding.documentId = m_d1;
            coding.codeId = place;
            coding.start = start;
            coding.end = end;
            coding.coder = coder;
            auto id = store.add(coding);
            QVERIFY2(id, qPrintable(id ? QString() : id.error()));
            added.append(id->id);
        }
        auto d1Codings = store.documentCodings(m_d1);
        QVERIFY(d1Codings);
        QList<qint64> memoed;
        for (const CodedSegment &coding : std::as_const(*d1Codings)) {
            if (coding.codeId == m_theme && ((coding.coder == u"ann" && coding.start == 0) || (coding.coder == u"bob" && coding.start == 14))) {
                QVERIFY(store.setMemo(coding.id, coding.coder + QStringLiteral("'s note")));
                memoed.append(coding.id);
            }
        }
        QCOMPARE(memoed.size(), 2);
        workspace()->context()->notifyChanged(ProjectContext::Codes | ProjectContext::Codings);

        auto codebookCount = [&](const QString &name) {
            CodebookModel *model = workspace()->codebookModel();
            const QModelIndexList found =
                model->match(model->index(0, CodebookModel::NameColumn), Qt::DisplayRole, name, 1,
                             Qt::MatchExactly | Qt::MatchRecursive);
            return found.isEmpty() ? QStringLiteral("(none)")
                                   : found.first().siblingAtColumn(CodebookModel::CountColumn).data().toString();
        };
        auto documentCount = [&](const QString &name) {
            DocumentListModel *model = workspace()->documentListModel();
            const QModelIndexList found =
                model->match(model->index(0, DocumentListModel::NameColumn), Qt::DisplayRole, name, 1,
                             Qt::MatchExactly | Qt::MatchRecursive);
            return found.isEmpty() ? QStringLiteral("(none)")
                                   : found.first().siblingAtColumn(DocumentListModel::CodingsColumn).data().toString();
        };
        auto memoCoders = [&] {
            QStringList coders;
            for (const MemoEntry &entry : workspace()->memosPane()->model()->entries()) {
                if (entry.owner == MemoOwner::Coding)
                    coders.append(entry.coder);
            }
            coders.sort();
            return coders;
        };
        auto passageWho = [](const QList<Passage> &passages) {
            QStringList rows;
            for (const Passage &passage : passages)
                rows.append(QStringLiteral("%1 %2-%3 %4 %5").arg(passage.document).arg(passage.start).arg(passage.end)
                                .arg(passage.code, passage.who));
            return rows;
        };
        auto *controller = m_window->findChild<AgreementController *>();
        QVERIFY(controller);
        if (!m_compare)
            m_compare = m_window->findChild<CompareWindow *>();
        QVERIFY(m_compare);
        MatrixTab *matrix = m_compare->matrixTab();
        CooccurrenceTab *cooccurrence = m_compare->cooccurrenceTab();
        auto themeRow = [&] {
            for (int row = 0; row < matrix->model()->rowCount(); ++row) {
                if (matrix->model()->index(row, 0).data(MatrixModel::CodeIdRole).toLongLong() == m_theme)
                    return row;
            }
            return -1;
        };
        auto themePassages = [&] {
            m_compare->tabs()->setCurrentWidget(matrix);
            const int row = themeRow();
            return row < 0 ? QStringList{QStringLiteral("(no row)")} : passageWho(matrix->passagesAt(matrix->model()->index(row, 0)));
        };
        auto pairPassages = [&] {
            m_compare->tabs()->setCurrentWidget(cooccurrence);
            CooccurrenceModel *model = cooccurrence->model();
            return model->rowCount() == 0 ? QStringList{QStringLiteral("(no pair)")}
                                          : passageWho(cooccurrence->passagesAt(model->index(0, 0)));
        };
        auto saveReport = [&](const QString &name) {
            ReportDialog dialog(workspace()->context(), m_window.get());
            dialog.setFormat(ReportFormat::Html);
            const QString path = m_dir.filePath(name);
            QSignalSpy saved(&dialog, &ReportDialog::saved);
            dialog.save(path);
            [&] { QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30000); }();
            return QString::fromUtf8(readFile(path));
        };

        // Everything, before the round (the same views, so the checks below can fail).
        QTRY_COMPARE(codebookCount(QStringLiteral("theme")), QStringLiteral("5"));
        QCOMPARE(codebookCount(QStringLiteral("place")), QStringLiteral("2"));
        QTRY_COMPARE(documentCount(QStringLiteral("d1")), QStringLiteral("6"));
        QTRY_COMPARE(memoCoders(), (QStringList{QStringLiteral("ann"), QStringLiteral("bob")}));
        QTRY_VERIFY_WITH_TIMEOUT(!m_compare->isBusy() && themePassages().size() == 4, 20000);
        QVERIFY(themePassages().join(u'|').contains(QStringLiteral("bob")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_compare->isBusy() && pairPassages().size() == 4, 20000);
        const QString everything = saveReport(QStringLiteral("report-everything.html"));
        QVERIFY(everything.contains(QStringLiteral("bob's note")));

        QVERIFY(controller->openRound(QStringLiteral("double")));
        QVERIFY(BlindRound::of(workspace()->context())->isOpen());

        QTRY_COMPARE(codebookCount(QStringLiteral("theme")), QStringLiteral("3"));
        QCOMPARE(codebookCount(QStringLiteral("place")), QStringLiteral("1"));
        QTRY_COMPARE(documentCount(QStringLiteral("d1")), QStringLiteral("3"));
        QTRY_COMPARE(memoCoders(), QStringList{QStringLiteral("ann")});
        QTRY_VERIFY_WITH_TIMEOUT(!m_compare->isBusy() && themePassages().size() == 3, 20000);
        QCOMPARE(themePassages(), (QStringList{QStringLiteral("d1 0-3 theme ann"), QStringLiteral("d1 8-13 theme ann"),
                                               QStringLiteral("d2 0-5 theme ann")}));
        QTRY_VERIFY_WITH_TIMEOUT(!m_compare->isBusy() && pairPassages().size() == 2, 20000);
        QVERIFY2(!pairPassages().join(u'|').contains(QStringLiteral("bob")), qPrintable(pairPassages().join(u'|')));
        {
            // The report offers no reliability paragraph while the round hides codings (it would leave the round's
            // documents out without saying so); closed, it does again (checked below).
            ReportDialog dialog(workspace()->context(), m_window.get());
            auto *reliability = dialog.findChild<QListWidget *>(QStringLiteral("reportReliabilityCoders"));
            QVERIFY(reliability);
            QVERIFY(!reliability->isEnabled());
            QVERIFY2(reliability->toolTip().contains(QStringLiteral("“double”")), qPrintable(reliability->toolTip()));
        }
        const QString blind = saveReport(QStringLiteral("report-blind.html"));
        QVERIFY(blind.contains(QStringLiteral("ann's note")));
        QVERIFY2(!blind.contains(QStringLiteral("bob")), qPrintable(blind.left(2000)));
        // The agreement tab compares no document of the round (bob's codings there are not seen) and says why.
        m_compare->tabs()->setCurrentWidget(tab());
        tab()->reloadNow();
        QTRY_VERIFY_WITH_TIMEOUT(tab()->summaryLabel()->text().contains(QStringLiteral("The blind round on “double” is open")), 20000);
        QVERIFY(tab()->model()->result().documents.isEmpty());
        // Adjudication waits for the round.
        {
            AdjudicationDialog dialog(workspace()->context(), m_window.get());
            QVERIFY(dialog.items().isEmpty());
            QVERIFY2(dialog.positionLabel()->text().contains(QStringLiteral("blind round")), qPrintable(dialog.positionLabel()->text()));
            QVERIFY(!dialog.start());
        }

        // Closed: everything again.
        QVERIFY(controller->closeRound());
        QTRY_COMPARE(codebookCount(QStringLiteral("theme")), QStringLiteral("5"));
        QTRY_COMPARE(documentCount(QStringLiteral("d1")), QStringLiteral("6"));
        QTRY_COMPARE(memoCoders(), (QStringList{QStringLiteral("ann"), QStringLiteral("bob")}));
        {
            ReportDialog dialog(workspace()->context(), m_window.get());
            auto *reliability = dialog.findChild<QListWidget *>(QStringLiteral("reportReliabilityCoders"));
            QVERIFY(reliability && reliability->isEnabled());
        }

        // The fixture as it was for the adjudication below.
        for (qint64 id : std::as_const(added))
            QVERIFY(store.remove(id));
        for (qint64 id : std::as_const(memoed))
            QVERIFY(store.setMemo(id, QString()));
        QVERIFY(Codebook(project).remove(place, false));
        workspace()->context()->notifyChanged(ProjectContext::Codes | ProjectContext::Codings);
        QTRY_COMPARE(codebookCount(QStringLiteral("place")), QStringLiteral("(none)"));
    }

    // Adjudication of ann and bob into "consensus". d1 (the only document both coded) has three clusters of "theme":
    // [0,3) coded by both alike (copied by Start), ann's [8,13) "three" and bob's [14,18) "four" (the two
    // disagreements, in that order). The list is read off the GUI thread; a decision takes its disagreement off the
    // list without reading it again.
    void adjudicationIntoConsensus()
    {
        auto *controller = m_window->findChild<AgreementController *>();
        QVERIFY(controller);
        AdjudicationDialog *dialog = controller->showAdjudication();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 20000);
        QCOMPARE(dialog->coderACombo()->currentText(), QStringLiteral("ann"));
        QCOMPARE(dialog->coderBCombo()->currentText(), QStringLiteral("bob"));
        QCOMPARE(dialog->consensusEdit()->text(), QStringLiteral("consensus"));
        QCOMPARE(dialog->items().size(), 2);
        QCOMPARE(dialog->items()[0].extent, (TextSpan{8, 13}));
        QCOMPARE(dialog->items()[1].extent, (TextSpan{14, 18}));
        QCOMPARE(dialog->currentIndex(), 0);
        // Side by side: ann's span in its context, bob did not code it.
        QVERIFY(dialog->textA()->toHtml().contains(QStringLiteral("three</span>")));
        QVERIFY(dialog->textA()->toPlainText().contains(QStringLiteral("two\nthree\nfour")));
        QCOMPARE(dialog->textB()->toPlainText(), QStringLiteral("(not coded)"));
        QVERIFY(dialog->positionLabel()->text().startsWith(QStringLiteral("Disagreement 1 of 2 — d1")));

        // Reading shows progress with Cancel; Cancel stops it, says so, and leaves no list to decide on.
        dialog->documentSetCombo()->setCurrentIndex(dialog->documentSetCombo()->findText(QStringLiteral("double")));
        QVERIFY(dialog->isLoading());
        QVERIFY(dialog->loadProgress()->isVisible());
        QVERIFY(dialog->cancelLoadButton()->isVisible());
        QVERIFY(!dialog->choiceButton(AdjudicationChoice::CoderA)->isEnabled());
        QTest::mouseClick(dialog->cancelLoadButton(), Qt::LeftButton);
        QVERIFY(!dialog->isLoading());
        QVERIFY(!dialog->loadProgress()->isVisible());
        QVERIFY(dialog->items().isEmpty());
        QVERIFY2(dialog->positionLabel()->text().contains(QStringLiteral("cancelled")),
                 qPrintable(dialog->positionLabel()->text()));
        // All documents again: read again (the set "double" holds d1 too, but the choice is the user's).
        QSignalSpy loaded(dialog, &AdjudicationDialog::itemsLoaded);
        dialog->documentSetCombo()->setCurrentIndex(0);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(dialog->items().size(), 2);

        // Start: one undo step copies [0,3) and saves the agreement before. Character unit, d1 (24 characters):
        // ann 8 yes, bob 7 yes, 3 both: agree 15/24 = 62.5 %; Pe = (8·7 + 16·17)/576 = 328/576,
        // κ = (0.625 − 0.5694)/(0.4306) = 0.129; α: 48 values, 15 yes, 33 no, Σ o_cc = 30:
        // 1 − 47·18/(2304 − 225 − 1089) = 1 − 846/990 = 0.145.
        QUndoStack *stack = workspace()->context()->undoStack();
        const int before = stack->count();
        QVERIFY(dialog->start());
        QCOMPARE(stack->count(), before + 1);
        QVERIFY2(dialog->beforeLabel()->text().contains(
                     QStringLiteral("agreement 62.5 %, Cohen's κ 0.129, Krippendorff's α 0.145")),
                 qPrintable(dialog->beforeLabel()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 20000);
        QCOMPARE(dialog->items().size(), 2);   // still both open: start copies only what both coded alike
        QCOMPARE(shownCoders(m_d1).filter(QStringLiteral("consensus")), QStringList{QStringLiteral("consensus 0-3")});

        // ann's "three": coder A. It leaves the list at once, without reading the list again; bob's "four" is shown.
        loaded.clear();
        QVERIFY(dialog->decide(AdjudicationChoice::CoderA));
        QCOMPARE(stack->count(), before + 2);
        QVERIFY(!dialog->isLoading());
        QCOMPARE(dialog->items().size(), 1);
        QCOMPARE(dialog->items()[0].extent, (TextSpan{14, 18}));
        QCOMPARE(dialog->currentIndex(), 0);
        QVERIFY(dialog->positionLabel()->text().startsWith(QStringLiteral("Disagreement 1 of 1 — d1")));
        QCOMPARE(dialog->textA()->toPlainText(), QStringLiteral("(not coded)"));
        QCOMPARE(dialog->editedFromSpin()->value(), 15);
        QCOMPARE(dialog->editedToSpin()->value(), 18);
        // bob's "four": an edited span, characters 15 to 17 ([14,17) "fou"). The list is empty.
        dialog->editedToSpin()->setValue(17);
        QVERIFY(dialog->decide(AdjudicationChoice::Edited));
        QVERIFY(dialog->items().isEmpty());
        QVERIFY(dialog->positionLabel()->text().startsWith(QStringLiteral("No open disagreements")));
        QCOMPARE(shownCoders(m_d1).filter(QStringLiteral("consensus")),
                 (QStringList{QStringLiteral("consensus 0-3"), QStringLiteral("consensus 8-13"),
                              QStringLiteral("consensus 14-17")}));

        // After: each coder against the consensus on d1 (24 characters; consensus 11 yes), computed off the GUI
        // thread after the decision.
        //   ann: 3 differ ([14,17)): 21/24 = 87.5 %; 19 yes, 29 no, Σ o_cc = 42: α = 1 − 47·6/(2304 − 361 − 841)
        //   = 1 − 282/1102 = 0.744.
        //   bob: [8,13) and [17,18) differ: 18/24 = 75.0 %; 18 yes, 30 no, Σ o_cc = 36: α = 1 − 47·12/(2304 − 324 − 900)
        //   = 1 − 564/1080 = 0.478.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->afterLabel()->text().contains(
                                     QStringLiteral("ann vs consensus: agreement 87.5 %, Krippendorff's α 0.744; bob vs "
                                                    "consensus: agreement 75.0 %, Krippendorff's α 0.478")),
                                 20000);
        // No decision read the list again.
        QCOMPARE(loaded.size(), 0);

        // Undo the edited span: the list is read again (off the GUI thread) and bob's "four" is open again; ann's
        // "three" has its decision (coder A) and stays off the list.
        stack->undo();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(dialog->items().size(), 1);
        QCOMPARE(dialog->items()[0].extent, (TextSpan{14, 18}));
        QCOMPARE(dialog->items()[0].status, AdjudicationStatus::Open);
        // Neither on it: no consensus coding there, and it stays decided when the list is read again (an undo of an
        // earlier edit elsewhere reads it); undoing the "neither" itself opens it again.
        QVERIFY(dialog->decide(AdjudicationChoice::Neither));
        QVERIFY(dialog->items().isEmpty());
        stack->undo();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(dialog->items().size(), 1);
        QCOMPARE(dialog->items()[0].status, AdjudicationStatus::Open);
        stack->redo();
        QVERIFY(loaded.wait(20000));
        QVERIFY2(dialog->items().isEmpty(), "a disagreement decided \"neither\" came back when the list was read again");
        stack->undo();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(dialog->items().size(), 1);
        // Both on it: the union of both spans ([14,18) ∪ nothing of ann's = [14,18)) is bob's span.
        QVERIFY(dialog->decide(AdjudicationChoice::Both));
        QVERIFY(dialog->items().isEmpty());
        QCOMPARE(shownCoders(m_d1).filter(QStringLiteral("consensus")),
                 (QStringList{QStringLiteral("consensus 0-3"), QStringLiteral("consensus 8-13"),
                              QStringLiteral("consensus 14-18")}));

        // Every decision is journaled: the start, and the codings added and removed by the consensus decisions.
        auto journal = workspace()->context()->project().database().prepare(
            "SELECT count(*) FROM journal WHERE action = 'start adjudication'");
        QVERIFY(journal && journal->step());
        QCOMPARE(journal->int64(0), qint64(1));

        // The baseline stays as saved when Start runs again; undoing everything leaves no consensus codings.
        QVERIFY(dialog->start());
        QVERIFY(dialog->beforeLabel()->text().contains(QStringLiteral("Krippendorff's α 0.145")));
        while (stack->count() > before && stack->canUndo() && stack->index() > before)
            stack->undo();
        QCOMPARE(shownCoders(m_d1).filter(QStringLiteral("consensus")), QStringList());
        QVERIFY(dialog->beforeLabel()->text().contains(QStringLiteral("not saved yet")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading() && dialog->items().size() == 2, 20000);
        dialog->close();
    }
};

QTEST_MAIN(TestAgreementGui)
#include "test_agreement_gui.moc"
