// Memos exported (issue 13): every memo with what it belongs to, the coded passage and its citation for coding
// memos, who and when as far as the project knows, in the CLI (`memos`: text, JSON, CSV, Markdown, HTML, written
// atomically with --output) and from the All Memos view (Export…, beside the project, in the background).
// Every expected value is worked out by hand from the texts below.

#include "common/AtomicFile.h"
#include "codebook/CodebookPane.h"
#include "coding/EditCommands.h"
#include "coding/MemoPanel.h"
#include "document/DocumentView.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "settings/Settings.h"
#include "context/ProjectContext.h"
#include "interchange/Prompts.h"
#include "memos/MemoListModel.h"
#include "memos/MemoWriter.h"
#include "memos/MemosPane.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/InterchangeStore.h"
#include "project/MemoStore.h"
#include "project/Project.h"
#include "search/SearchPane.h"
#include "search/SearchResultsModel.h"
#include "segments/SegmentsModel.h"
#include "segments/SegmentsPane.h"
#include "text/TextNormalizer.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

using namespace marginalia;

namespace {

// Code points: line 1 "I: How do you plan?" is [0, 19), "\n" at 19; line 2 "T: 教师 plan 𠀀 daily." is [20, 39):
// T 20, ':' 21, ' ' 22, 教 23, 师 24, ' ' 25, "plan" 26–29, ' ' 30, 𠀀 31 (one code point, two UTF-16 units),
// ' ' 32, "daily" 33–37, '.' 38.
const QString kText = QStringLiteral("I: How do you plan?\nT: 教师 plan \U00020000 daily.\n");

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(MARGINALIA_CLI), arguments);
    CliRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestMemos : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_document = 0;
    qint64 m_plain = 0;   // a document without a memo
    qint64 m_code = 0;
    qint64 m_child = 0;
    qint64 m_passage = 0;   // the coding of "plan 𠀀 daily"
    qint64 m_across = 0;    // the coding across both paragraphs

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_memos"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings().clear();
        Settings().setCoderName(QStringLiteral("tester"));
        m_path = m_dir.filePath(QStringLiteral("study.marginalia"));
        auto project = Project::create(m_path);
        QVERIFY(project);
        (*project)->setCurrentCoder(QStringLiteral("Mei"));   // who imports the documents
        DocumentStore documents(**project);
        NewDocument interview;
        interview.name = QStringLiteral("interview.txt");
        interview.text = normalizeForStorage(kText);
        interview.memo = QStringLiteral("=HYPERLINK(\"http://evil\")");   // a formula a spreadsheet must not run
        interview.importedAt = QStringLiteral("2026-01-02T03:04:05Z");
        auto document = documents.add(interview);
        QVERIFY(document);
        m_document = *document;
        NewDocument plain;
        plain.name = QStringLiteral("a-plain.txt");   // sorts first, but has no memo: not listed
        plain.text = normalizeForStorage(QStringLiteral("Nothing here.\n"));
        m_plain = *documents.add(plain);
        Codebook codebook(**project);
        m_code = *codebook.add({QStringLiteral("Planning"), 0, {}, {}, {}});
        m_child = *codebook.add({QStringLiteral("daily"), m_code, {}, {}, {}});
        QVERIFY(codebook.setMemo(m_code, QStringLiteral("# not a heading\n- not a list")));
        CodingStore codings(**project);
        auto passage = codings.add({m_document, m_child, 26, 38, QStringLiteral("Ana"), QStringLiteral("plain memo, with comma"),
                                    {}, QStringLiteral("2026-02-03T04:05:06Z")});
        QVERIFY(passage);
        m_passage = passage->id;
        auto across = codings.add({m_document, m_code, 15, 24, QStringLiteral("Li"), QStringLiteral("two\nlines"), {},
                                   QStringLiteral("2026-03-04T05:06:07Z")});
        QVERIFY(across);
        m_across = across->id;
        QVERIFY(codings.add({m_document, m_code, 0, 2, QStringLiteral("Li"), QStringLiteral("   "), {}, {}}));   // blank: left out
        QVERIFY(InterchangeStore(**project).ensureCase(QStringLiteral("{00000000-0000-4000-8000-000000000001}"),
                                                       QStringLiteral("Teacher T"), QStringLiteral("Case memo")));
    }

    // The store in order: documents by name, codes in codebook order, codings by document and start, cases.
    void storeReadsPassagesAndCitations()
    {
        auto project = Project::open(m_path, Project::Access::ReadOnly);
        QVERIFY(project);
        QList<MemoEntry> entries;
        QVERIFY(MemoStore(**project).forEach(MemoReading::WithPassages, [&](const MemoEntry &e) {
            entries.append(e);
            return true;
        }));
        QCOMPARE(entries.size(), 5);   // 1 document, 1 code, 2 codings (the blank one left out), 1 case
        QCOMPARE(entries[0].owner, MemoOwner::Document);
        QCOMPARE(entries[0].document, QStringLiteral("interview.txt"));
        QCOMPARE(entries[0].date, QStringLiteral("2026-01-02T03:04:05Z"));
        QCOMPARE(entries[1].owner, MemoOwner::Code);
        QCOMPARE(entries[1].code, QStringLiteral("Planning"));
        // Coding [15, 24) starts before [26, 38): "lan?\nT: 教", paragraphs 1–2, speakers I then T.
        QCOMPARE(entries[2].owner, MemoOwner::Coding);
        QCOMPARE(entries[2].id, m_across);
        QCOMPARE(entries[2].passage, QStringLiteral("lan?\nT: 教"));
        QCOMPARE(entries[2].firstParagraph, 1);
        QCOMPARE(entries[2].lastParagraph, 2);
        QCOMPARE(entries[2].speakers, (QStringList{QStringLiteral("I"), QStringLiteral("T")}));
        QCOMPARE(entries[2].coder, QStringLiteral("Li"));
        QCOMPARE(entries[3].id, m_passage);
        QCOMPARE(entries[3].code, QStringLiteral("Planning/daily"));
        QCOMPARE(entries[3].passage, QStringLiteral("plan \U00020000 daily"));   // 12 code points, 13 UTF-16 units
        QCOMPARE(MemoWriter::citation(entries[3], MemoLabels{}),
                 QStringLiteral("paragraph 2 · speaker T · characters 27–38"));   // 1-based, inclusive
        QCOMPARE(MemoWriter::citation(entries[2], MemoLabels{}),
                 QStringLiteral("paragraphs 1–2 · speakers I, T · characters 16–24"));
        QCOMPARE(entries[4].owner, MemoOwner::Case);
        QCOMPARE(entries[4].caseName, QStringLiteral("Teacher T"));
        // Stopping early stops: one memo asked for, one given.
        int seen = 0;
        QVERIFY(MemoStore(**project).forEach(MemoReading::WithPassages, [&](const MemoEntry &) { return ++seen < 1; }));
        QCOMPARE(seen, 1);
    }

    void cliJson()
    {
        const CliRun run = runCli({QStringLiteral("memos"), m_path, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonArray list = QJsonDocument::fromJson(run.out, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(list.size(), 5);
        QCOMPARE(list[0][QStringLiteral("kind")].toString(), QStringLiteral("document"));
        QCOMPARE(list[0][QStringLiteral("imported_by")].toString(), QStringLiteral("Mei"));
        QCOMPARE(list[0][QStringLiteral("imported_at")].toString(), QStringLiteral("2026-01-02T03:04:05Z"));
        QCOMPARE(list[1][QStringLiteral("kind")].toString(), QStringLiteral("code"));
        QCOMPARE(list[1][QStringLiteral("memo")].toString(), QStringLiteral("# not a heading\n- not a list"));
        const QJsonObject coding = list[3].toObject();
        QCOMPARE(coding[QStringLiteral("kind")].toString(), QStringLiteral("coding"));
        QCOMPARE(coding[QStringLiteral("id")].toInteger(), m_passage);
        QCOMPARE(coding[QStringLiteral("code")].toString(), QStringLiteral("Planning/daily"));
        QCOMPARE(coding[QStringLiteral("start")].toInteger(), 26);
        QCOMPARE(coding[QStringLiteral("end")].toInteger(), 38);
        QCOMPARE(coding[QStringLiteral("passage")].toString(), QStringLiteral("plan \U00020000 daily"));
        QCOMPARE(coding[QStringLiteral("paragraphs")].toArray(), (QJsonArray{2}));
        QCOMPARE(coding[QStringLiteral("speakers")].toArray(), (QJsonArray{QStringLiteral("T")}));
        QCOMPARE(coding[QStringLiteral("coder")].toString(), QStringLiteral("Ana"));
        QCOMPARE(coding[QStringLiteral("coded_at")].toString(), QStringLiteral("2026-02-03T04:05:06Z"));
        QCOMPARE(list[2][QStringLiteral("paragraphs")].toArray(), (QJsonArray{1, 2}));
        QCOMPARE(list[4][QStringLiteral("case")].toString(), QStringLiteral("Teacher T"));
        QCOMPARE(list[4][QStringLiteral("memo")].toString(), QStringLiteral("Case memo"));
    }

    void cliText()
    {
        const CliRun run = runCli({QStringLiteral("memos"), m_path});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = QString::fromUtf8(run.out).split(u'\n');
        QCOMPARE(lines.size(), 6);   // five memos and the last line's end
        QCOMPARE(lines[0], QStringLiteral("document · interview.txt · imported by Mei · imported 2026-01-02T03:04:05Z: "
                                          "=HYPERLINK(\"http://evil\")"));
        // The code was created when the test ran: a UTC time as stored.
        QVERIFY2(QRegularExpression(QStringLiteral("^code · Planning · created \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ: "
                                                   "# not a heading - not a list$"))
                     .match(lines[1])
                     .hasMatch(),
                 qPrintable(lines[1]));
        // The memo's line break becomes a space: one memo, one line.
        QCOMPARE(lines[2], QStringLiteral("coding · Planning in interview.txt · paragraphs 1–2 · speakers I, T · "
                                          "characters 16–24 · coded by Li · coded 2026-03-04T05:06:07Z: two lines"));
        QCOMPARE(lines[4], QStringLiteral("case · Teacher T: Case memo"));
    }

    void cliCsvToFileIsNeutralisedAndAtomic()
    {
        const QString out = m_dir.filePath(QStringLiteral("memos.csv"));
        const CliRun run = runCli({QStringLiteral("memos"), m_path, QStringLiteral("--csv"), QStringLiteral("--output"), out});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QString::fromUtf8(run.out).trimmed(), QStringLiteral("Wrote 5 memo(s) to %1").arg(out));
        const QByteArray bytes = readFile(out);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));   // the BOM spreadsheets need to read UTF-8
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(lines[0], QStringLiteral("kind,document,code,case,passage,citation,by,date,memo"));
        // The formula gets a leading quote; its quotes are doubled inside a quoted field (RFC 4180).
        QCOMPARE(lines[1], QStringLiteral("document,interview.txt,,,,,Mei,2026-01-02T03:04:05Z,\"'=HYPERLINK(\"\"http://evil\"\")\""));
        QCOMPARE(lines[4], QStringLiteral("coding,interview.txt,Planning/daily,,plan \U00020000 daily,"
                                          "paragraph 2 · speaker T · characters 27–38,Ana,2026-02-03T04:05:06Z,"
                                          "\"plain memo, with comma\""));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral(".memos.csv.marginalia-tmp-*")},
                                              QDir::Hidden | QDir::Files).isEmpty());
        // A format and --json without a file would mix CSV into JSON's stdout: refused.
        QCOMPARE(runCli({QStringLiteral("memos"), m_path, QStringLiteral("--csv"), QStringLiteral("--json")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("memos"), m_path, QStringLiteral("--csv"), QStringLiteral("--markdown")}).exitCode, 2);
        // A folder that does not exist: exit 1, nothing written.
        const CliRun bad = runCli({QStringLiteral("memos"), m_path, QStringLiteral("--csv"), QStringLiteral("--output"),
                                   m_dir.filePath(QStringLiteral("missing/memos.csv"))});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing/memos.csv"))));
    }

    void cliMarkdownEscapesAndQuotes()
    {
        const CliRun run = runCli({QStringLiteral("memos"), m_path, QStringLiteral("--markdown")});
        QCOMPARE(run.exitCode, 0);
        const QString md = QString::fromUtf8(run.out);
        QVERIFY(md.startsWith(QStringLiteral("# Memos — study\n")));
        // The code memo's "#" and "-" are text, not a heading and a list; its line break is a hard break.
        QVERIFY2(md.contains(QStringLiteral("\\# not a heading\\\n\\- not a list\n")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("### Planning/daily in interview.txt\n\n"
                                           "*paragraph 2 · speaker T · characters 27–38 · coded by Ana · coded "
                                           "2026-02-03T04:05:06Z*\n\n> plan \U00020000 daily\n\nplain memo, with comma\n")));
        // The passage across two lines stays inside the quote, its line break a hard break.
        QVERIFY(md.contains(QStringLiteral("> lan?\\\n> T: 教\n")));
        QVERIFY(md.contains(QStringLiteral("## Case memos\n\n### Teacher T\n\nCase memo\n")));
    }

    void guiExportBesideTheProject()
    {
        auto project = Project::open(m_path);
        QVERIFY(project);
        ProjectContext context(std::move(*project));
        MemosPane pane(&context);
        QCOMPARE(pane.model()->rowCount(), 5);
        // The dialog starts in the project's folder.
        QCOMPARE(pane.suggestedExportPath(MemoFormat::Html), m_dir.filePath(QStringLiteral("study-memos.html")));
        const QString target = m_dir.filePath(QStringLiteral("from-gui"));   // no suffix: the format's is added
        QString askedTitle;
        Prompts::setHook([&](Prompts::Kind kind, const QString &title) {
            askedTitle = title;
            return kind == Prompts::Kind::SaveFile ? target : QString();
        });
        QSignalSpy finished(&pane, &MemosPane::exportFinished);
        QMenu *menu = pane.exportButton()->menu();
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 3);   // CSV, Markdown, HTML
        menu->actions().at(2)->trigger();      // HTML…
        Prompts::setHook({});
        QVERIFY(!askedTitle.isEmpty());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toString(), target + QStringLiteral(".html"));
        QCOMPARE(finished.at(0).at(1).toLongLong(), 5);
        QCOMPARE(finished.at(0).at(2).toString(), QString());
        QVERIFY(pane.exportButton()->isEnabled());
        const QString html = QString::fromUtf8(readFile(target + QStringLiteral(".html")));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<h3>Planning/daily in interview.txt</h3>")));
        QVERIFY(html.contains(QStringLiteral("<blockquote>lan?<br>\nT: 教</blockquote>")));
        // Escaped, not markup: the document memo's quotes.
        QVERIFY(html.contains(QStringLiteral("=HYPERLINK(&quot;http://evil&quot;)")));
        QVERIFY(html.contains(QStringLiteral("<p class=\"memo\">two<br>\nlines</p>")));

        // A write that fails (injected ENOSPC) reports the failure and leaves the earlier file as it was.
        const QByteArray before = readFile(target + QStringLiteral(".html"));
        QSignalSpy failures(&context, &ProjectContext::failed);
        AtomicFile::injectWriteFailure(100, ENOSPC);
        pane.exportTo(MemoFormat::Html, target + QStringLiteral(".html"));
        QVERIFY(finished.wait(20000));
        AtomicFile::injectWriteFailure(-1, 0);
        QVERIFY(!finished.at(1).at(2).toString().isEmpty());
        QCOMPARE(failures.count(), 1);
        QCOMPARE(readFile(target + QStringLiteral(".html")), before);
    }

    // Issue 12: the segments pane follows a coding edit by patching the rows of the touched document, never by a
    // reset; the rows end as a fresh query shows them.
    void segmentsPatchWithoutReset()
    {
        const QString path = m_dir.filePath(QStringLiteral("segments.marginalia"));
        qint64 interview = 0, other = 0, planning = 0, daily = 0;
        {
            auto project = Project::create(path);
            QVERIFY(project);
            NewDocument a;
            a.name = QStringLiteral("interview.txt");
            a.text = normalizeForStorage(kText);
            interview = *DocumentStore(**project).add(a);
            NewDocument b;
            b.name = QStringLiteral("b.txt");   // sorts before interview.txt
            b.text = normalizeForStorage(QStringLiteral("Plan b.\n"));
            other = *DocumentStore(**project).add(b);
            Codebook codebook(**project);
            planning = *codebook.add({QStringLiteral("Planning"), 0, {}, {}, {}});
            daily = *codebook.add({QStringLiteral("daily"), planning, {}, {}, {}});
            QVERIFY(CodingStore(**project).add({interview, daily, 26, 38, QStringLiteral("Ana"), {}, {}, {}}));
        }
        auto project = Project::open(path);
        QVERIFY(project);
        (*project)->setCurrentCoder(QStringLiteral("Bo"));
        ProjectContext context(std::move(*project));
        SegmentsPane pane(&context);
        pane.setCodes({planning});   // with sub-codes (the default): daily's passage too
        SegmentsModel *model = pane.model();
        QCOMPARE(model->rowCount(), 1);
        auto textAt = [&](int row) { return model->segment(model->index(row, 0))->text; };
        QCOMPARE(textAt(0), QStringLiteral("plan \U00020000 daily"));

        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);

        // "How" [3, 6) in interview.txt starts before 26: a new first row.
        QVERIFY(EditCommands::addCoding(&context, interview, {3, 6}, planning));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(textAt(0), QStringLiteral("How"));
        // "Plan" [0, 4) in b.txt: b.txt sorts first, so row 0 again; interview's rows move down.
        QVERIFY(EditCommands::addCoding(&context, other, {0, 4}, planning));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 0);
        QCOMPARE(textAt(0), QStringLiteral("Plan"));
        QCOMPARE(textAt(1), QStringLiteral("How"));
        // A second coder on daily's passage: the same passage, one row changed, with both coders.
        QVERIFY(EditCommands::addCoding(&context, interview, {26, 38}, daily));
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model->segment(model->index(2, 0))->coders, (QStringList{QStringLiteral("Ana"), QStringLiteral("Bo")}));
        QVERIFY(changed.count() >= 1);
        // A memo on "How": that row changes, nothing else.
        const qint64 how = model->segment(model->index(1, 0))->id;
        changed.clear();
        QVERIFY(EditCommands::setCodingMemo(&context, how, QStringLiteral("question")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(model->segment(model->index(1, 0))->memo, QStringLiteral("question"));
        // Uncoding removes its row; undo brings it back at its place.
        QVERIFY(EditCommands::removeCoding(&context, how));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(model->rowCount(), 2);
        context.undoStack()->undo();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(textAt(1), QStringLiteral("How"));
        QCOMPARE(model->segment(model->index(1, 0))->memo, QStringLiteral("question"));
        QCOMPARE(resets.count(), 0);

        // What a fresh query shows, row for row.
        SegmentsModel fresh(&context);
        fresh.setFilter(model->filter());
        QCOMPARE(fresh.rowCount(), model->rowCount());
        for (int row = 0; row < fresh.rowCount(); ++row) {
            const CodedSegment *a = model->segment(model->index(row, 0));
            const CodedSegment *b = fresh.segment(fresh.index(row, 0));
            QCOMPARE(a->codingIds, b->codingIds);
            QCOMPARE(a->text, b->text);
            QCOMPARE(a->contextBefore, b->contextBefore);
            QCOMPARE(a->coders, b->coders);
            QCOMPARE(a->memo, b->memo);
        }
        // A code edit (a rename: the codes table) still reloads.
        QVERIFY(EditCommands::renameCode(&context, daily, QStringLiteral("everyday")));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model->segment(model->index(2, 0))->codePath, QStringLiteral("Planning/everyday"));
    }

    // The search pane counts the passages auto-coding would code on a connection of its own (the call returns
    // before the count is known), can be cancelled, drops a count of results no longer shown, and then codes them
    // as one undoable edit.
    void searchCountsInTheBackground()
    {
        const QString path = m_dir.filePath(QStringLiteral("search.marginalia"));
        qint64 codeId = 0;
        {
            auto project = Project::create(path);
            QVERIFY(project);
            NewDocument a;
            a.name = QStringLiteral("interview.txt");
            a.text = normalizeForStorage(kText);   // "plan" in line 1 (at 14) and line 2 (at 26)
            QVERIFY(DocumentStore(**project).add(a));
            NewDocument b;
            b.name = QStringLiteral("b.txt");
            b.text = normalizeForStorage(QStringLiteral("Plan b. Plan c.\n"));   // twice in one line
            QVERIFY(DocumentStore(**project).add(b));
            codeId = *Codebook(**project).add({QStringLiteral("Planning"), 0, {}, {}, {}});
        }
        auto project = Project::open(path);
        QVERIFY(project);
        (*project)->setCurrentCoder(QStringLiteral("Bo"));
        ProjectContext context(std::move(*project));
        SearchPane pane(&context);
        QSignalSpy searched(&pane, &SearchPane::searchFinished);
        pane.queryEdit()->setText(QStringLiteral("plan"));
        pane.search();
        QVERIFY(searched.wait(20000));
        QCOMPARE(pane.model()->rowCount(), 4);   // 2 in interview.txt, 2 in b.txt (case ignored)
        pane.codeCombo()->setCurrentIndex(pane.codeCombo()->findData(codeId));
        pane.unitCombo()->setCurrentIndex(pane.unitCombo()->findData(static_cast<int>(AutoCodeUnit::Paragraph)));

        // Paragraphs: interview's two lines and b.txt's one line = 3.
        QSignalSpy counted(&pane, &SearchPane::unitsCounted);
        qint64 given = -2;
        pane.countUnits([&given](qint64 count) { given = count; });
        QVERIFY(pane.isCounting());                  // returned before the count is known
        QCOMPARE(given, -2);
        QVERIFY(!pane.autoCodeButton()->isEnabled());   // no second count or apply meanwhile
        QVERIFY(counted.wait(20000));
        QCOMPARE(counted.at(0).at(0).toLongLong(), 3);
        QCOMPARE(given, 3);
        QVERIFY(pane.autoCodeButton()->isEnabled());

        // Cancelled: -1, the callback never runs.
        given = -2;
        pane.countUnits([&given](qint64 count) { given = count; });
        pane.cancelCount();
        QCOMPARE(counted.count(), 2);
        QCOMPARE(counted.at(1).at(0).toLongLong(), -1);
        QTest::qWait(200);
        QCOMPARE(given, -2);

        // The results dropped meanwhile (documents changed; before the count's result can reach the GUI thread,
        // which it only does through the event loop): the count is not theirs, -1, and the callback never runs.
        pane.countUnits([&given](qint64 count) { given = count; });
        context.notifyChanged(ProjectContext::Documents);
        QCOMPARE(pane.model()->rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(counted.count(), 3, 20000);
        QCOMPARE(counted.at(2).at(0).toLongLong(), -1);
        QCOMPARE(given, -2);

        // Confirmed: the question names the count, then one undoable edit codes the paragraph.
        pane.queryEdit()->setText(QStringLiteral("plan"));
        pane.search();
        QTRY_COMPARE_WITH_TIMEOUT(pane.model()->rowCount(), 4, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!pane.isSearching(), 20000);
        QString question;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&question] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                question = box->text();
                box->button(QMessageBox::Yes)->click();
            }
        });
        answer.start(20);
        const int undoBefore = context.undoStack()->count();
        pane.confirmAndAutoCode();
        QTRY_COMPARE_WITH_TIMEOUT(context.undoStack()->count(), undoBefore + 1, 20000);
        answer.stop();
        QVERIFY2(question.startsWith(QStringLiteral("Code 3 passage")), qPrintable(question));
        QCOMPARE(*CodingStore(context.project()).count(), 3);
        context.undoStack()->undo();
        QCOMPARE(*CodingStore(context.project()).count(), 0);
    }

    // All Memos follows edits made elsewhere (the Memo panel, coding, renaming) by patching rows: no reset, and the
    // rows end as a fresh read shows them.
    void memoListPatchesWithoutReset()
    {
        const QString path = m_dir.filePath(QStringLiteral("list.marginalia"));
        qint64 interview = 0, other = 0, planning = 0, daily = 0, first = 0;
        {
            auto project = Project::create(path);
            QVERIFY(project);
            NewDocument a;
            a.name = QStringLiteral("interview.txt");
            a.text = normalizeForStorage(kText);
            a.memo = QStringLiteral("doc memo");
            interview = *DocumentStore(**project).add(a);
            NewDocument b;
            b.name = QStringLiteral("b.txt");
            b.text = normalizeForStorage(QStringLiteral("Plan b.\n"));
            other = *DocumentStore(**project).add(b);
            Codebook codebook(**project);
            planning = *codebook.add({QStringLiteral("Planning"), 0, {}, {}, {}});
            daily = *codebook.add({QStringLiteral("daily"), planning, {}, {}, {}});
            QVERIFY(codebook.setMemo(planning, QStringLiteral("code memo")));
            first = CodingStore(**project).add({interview, daily, 26, 38, QStringLiteral("Ana"), QStringLiteral("first"), {}, {}})->id;
        }
        auto project = Project::open(path);
        QVERIFY(project);
        (*project)->setCurrentCoder(QStringLiteral("Bo"));
        ProjectContext context(std::move(*project));
        MemoListModel model(&context);
        auto describe = [](const MemoListModel &m) {
            QStringList rows;
            for (const MemoEntry &e : m.entries())
                rows.append(QStringLiteral("%1|%2|%3|%4|%5")
                                .arg(static_cast<int>(e.owner))
                                .arg(e.id)
                                .arg(e.document, e.code, e.memo));
            return rows;
        };
        // Document interview, code Planning, the coding of daily.
        QCOMPARE(model.rowCount(), 3);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // A coding without a memo: nothing to show.
        QVERIFY(EditCommands::addCoding(&context, interview, {3, 6}, planning));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 0);
        qint64 how = 0;
        auto shown = CodingStore(context.project()).documentCodings(interview);
        QVERIFY(shown);
        for (const CodedSegment &c : *shown)
            how = c.start == 3 ? c.id : how;
        QVERIFY(how != 0);
        // Its memo written: a coding row at row 2 (codings after the code; start 3 before 26).
        QVERIFY(EditCommands::setCodingMemo(&context, how, QStringLiteral("new memo")));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 2);
        // b.txt's memo: the first row (b.txt sorts before interview.txt).
        QVERIFY(EditCommands::setDocumentMemo(&context, other, QStringLiteral("b memo")));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 0);
        QCOMPARE(model.rowCount(), 5);
        // A renamed code: the coding row of daily shows the new path, in place.
        QVERIFY(EditCommands::renameCode(&context, daily, QStringLiteral("everyday")));
        QCOMPARE(model.entries().at(4).code, QStringLiteral("Planning/everyday"));
        QCOMPARE(inserted.count(), 2);
        // The memo emptied: its row goes; the coding removed: its row goes; undo brings it back.
        QVERIFY(EditCommands::setCodingMemo(&context, how, QString()));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 3);
        QVERIFY(EditCommands::removeCoding(&context, first));
        QCOMPARE(removed.count(), 2);
        QCOMPARE(model.rowCount(), 3);
        context.undoStack()->undo();
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.entries().at(3).memo, QStringLiteral("first"));
        QCOMPARE(resets.count(), 0);
        MemoListModel fresh(&context);
        QCOMPARE(describe(model), describe(fresh));
    }

    // In the main window, activating a memo goes to its object, for each kind: the document opens, the code is
    // selected in the codebook, the coded passage is selected; the Memo panel follows each time.
    void jumpToEachKind()
    {
        MainWindow window;
        QVERIFY(window.openProject(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Workspace *workspace = window.workspace();
        MemosPane *memos = workspace->memosPane();
        QCOMPARE(memos->model()->rowCount(), 5);   // as storeReadsPassagesAndCitations found
        auto activate = [&](int row) {
            const QModelIndex index = memos->filterModel()->index(row, MemoListModel::ObjectColumn);
            Q_EMIT memos->view()->activated(index);
        };
        workspace->openDocument(m_plain);
        activate(0);   // the document memo of interview.txt
        QCOMPARE(workspace->documentView()->documentId(), m_document);
        QCOMPARE(workspace->memoPanel()->target(), MemoPanel::Target::Document);
        QCOMPARE(workspace->memoPanel()->targetId(), m_document);
        activate(1);   // the code memo of Planning
        QCOMPARE(workspace->codebookPane()->selectedCodeIds(), QList<qint64>{m_code});
        QCOMPARE(workspace->memoPanel()->target(), MemoPanel::Target::Code);
        QCOMPARE(workspace->memoPanel()->targetId(), m_code);
        workspace->openDocument(m_plain);
        activate(3);   // the coding of "plan 𠀀 daily"
        QCOMPARE(workspace->documentView()->documentId(), m_document);
        QCOMPARE(workspace->documentView()->selectedSpan(), (TextSpan{26, 38}));
        QCOMPARE(workspace->memoPanel()->target(), MemoPanel::Target::Coding);
        QCOMPARE(workspace->memoPanel()->targetId(), m_passage);
    }
};

QTEST_MAIN(TestMemos)
#include "test_memos.moc"
