// The coding workbench end to end, in the real main window (offscreen), on two projects side by side:
//
//   small   one 2 MB transcript with 5,000 codings (the baseline: nothing in it is large)
//   large   2,000 transcripts (about 40 MB) with 1,000,000 codings over a 200-code tree by three coders
//
// In each, codings are added by pressing a number key on a selection, then undone, redone and uncoded; then a
// code is renamed, recoloured and moved, a coding's and a document's memo edited, and codes of 100 codings each
// deleted and merged (with the undo of each), the same change in both projects. Each step is timed from the
// action to the repainted window (events processed, document view and stripes repainted), the project written
// on the way (synchronous=FULL). Medians of the rounds are printed, wall and process CPU time, with the ratio
// large / small: the GUI must do work in proportion to the edit, not to the project.
//
// Building the large project takes a minute or two, so it is kept in /tmp under a name that carries its
// shape and kGeneratorVersion, and copied for each run (the runs edit it); bump kGeneratorVersion when the
// generator or the schema changes.
//
// Last, each project is opened again with a blind round open on every fifth document (the coder "bench" then sees
// only their own codings there, and the codebook and document list count what they see).
//
//   marginalia-bench-workbench [--codings N] [--documents N] [--megabytes M] [--rounds N] [--cache DIR]
//                              [--only small|large]

#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "project/AgreementRound.h"
#include "coding/CodingController.h"
#include "coding/EditCommands.h"
#include "coding/RecordedEditCommand.h"
#include "context/ProjectContext.h"
#include "document/DocumentView.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "search/SearchIndexer.h"
#include "settings/Settings.h"
#include "text/TextNormalizer.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace marginalia;

namespace {

constexpr int kGeneratorVersion = 3;   // 3: file format 5 (kept coding counts)

void check(bool ok, const QString &what)
{
    if (!ok) {
        std::fprintf(stderr, "benchmark failed: %s\n", qPrintable(what));
        std::exit(1);
    }
}

QString transcript(QRandomGenerator &random, qint64 bytes)
{
    static const char *const chinese[] = {"老师", "学生", "电脑", "课堂", "多媒体", "白板", "家长", "考试", "微课", "农村"};
    static const char *const english[] = {"teacher", "students", "computer", "smartboard", "parents", "exam", "rural"};
    QString text;
    qint64 size = 0;
    for (int line = 0; size < bytes; ++line) {
        QString turn = line % 2 ? QStringLiteral("教师：") : QStringLiteral("Interviewer: ");
        for (int w = 0; w < 20; ++w) {
            if (line % 2)
                turn += QString::fromUtf8(chinese[random.bounded(static_cast<int>(std::size(chinese)))]);
            else
                turn += QString::fromLatin1(english[random.bounded(static_cast<int>(std::size(english)))]) + u' ';
        }
        turn += u'\n';
        size += turn.toUtf8().size();
        text += turn;
    }
    return normalizeForStorage(text);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// Documents of bytes each (the last ones a little varied), a code tree, and codings spread evenly over the
// documents by raw prepared statements in one transaction; then indexed for search, as a project is once its
// import has been indexed in the background (this measures coding, not coding while the indexer writes).
void build(const QString &path, int documents, qint64 bytesPerDocument, qint64 codings, bool codeTree)
{
    QFile::remove(path);
    auto project = Project::create(path);
    check(bool(project), QStringLiteral("create %1").arg(path));
    Database &db = (*project)->database();
    QRandomGenerator random(3);
    std::vector<std::pair<qint64, qint64>> lengths;   // document id, code points
    {
        auto transaction = Transaction::begin(db);
        check(bool(transaction), db.lastError());
        for (int i = 0; i < documents; ++i) {
            NewDocument document;
            document.name = QStringLiteral("transcript-%1.txt").arg(i + 1, 5, 10, QLatin1Char('0'));
            document.text = transcript(random, bytesPerDocument / 2 + random.bounded(bytesPerDocument + 1));
            auto id = DocumentStore(**project).add(document);
            check(bool(id), document.name);
            lengths.emplace_back(*id, TextIndex::codePointLength(document.text));
        }
        check(bool(transaction->commit()), db.lastError());
    }
    QList<qint64> codes;
    {
        auto transaction = Transaction::begin(db);
        Codebook codebook(**project);
        if (codeTree) {   // 8 themes × 4 categories × 5 codes, as in BenchScale
            for (int t = 0; t < 8; ++t) {
                const qint64 theme = *codebook.add({QStringLiteral("Theme %1").arg(t + 1), 0, {}, {}, {}});
                for (int c = 0; c < 4; ++c) {
                    const qint64 category
                        = *codebook.add({QStringLiteral("Category %1.%2").arg(t + 1).arg(c + 1), theme, {}, {}, {}});
                    codes.append(category);
                    for (int k = 0; k < 5; ++k)
                        codes.append(*codebook.add(
                            {QStringLiteral("Code %1.%2.%3").arg(t + 1).arg(c + 1).arg(k + 1), category, {}, {}, {}}));
                }
                codes.append(theme);
            }
        } else {
            for (int i = 0; i < 10; ++i)
                codes.append(*codebook.add({QStringLiteral("code %1").arg(i), 0, {}, {}, {}}));
        }
        check(bool(transaction->commit()), db.lastError());
    }
    std::vector<qint64> coders;
    for (const char *name : {"bench", "Li Na", "Wang Wei"})
        coders.push_back(*(*project)->coderId(QString::fromUtf8(name)));
    {
        auto transaction = Transaction::begin(db);
        auto insert = db.prepare("INSERT OR IGNORE INTO codings(guid, document_id, code_id, start, end, coder_id, created)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        check(bool(insert), db.lastError());
        const QString created = nowTimestamp();
        qint64 added = 0;
        for (std::size_t d = 0; d < lengths.size(); ++d) {
            const auto [documentId, length] = lengths[d];
            const qint64 target = codings * static_cast<qint64>(d + 1) / static_cast<qint64>(lengths.size());
            while (added < target) {
                const qint64 start = random.bounded(std::max<qint64>(1, length - 200));
                insert->reset();
                insert->bind(1, newGuid()).bind(2, documentId).bind(3, codes[random.bounded(static_cast<int>(codes.size()))])
                    .bind(4, start).bind(5, std::min(length, start + 5 + random.bounded(150)))
                    .bind(6, coders[random.bounded(static_cast<int>(coders.size()))]).bind(7, created);
                check(bool(insert->run()), db.lastError());
                added += db.changes();
            }
        }
        check(bool(transaction->commit()), db.lastError());
    }
    check(bool(SearchIndexer(**project).indexPending()), QStringLiteral("index"));
}

// One row of the table: per round, the wall time and the CPU time of the process (the second tells the work
// done even on a machine shared with other jobs, where the wall time also holds the waits for a core).
struct Samples
{
    std::vector<double> wall, cpu;
};

struct Timings
{
    double openMs = 0;
    Samples add, undo, redo, uncode;
    // Code edits: the same edit in both projects (a code renamed, recoloured, moved; a memo on a shown coding),
    // and codes made for the step with kEditCodings codings each, so that deleting or merging one is a change of
    // the same size in both projects (spread over as many documents as the project has, up to kEditCodings).
    Samples rename, recolor, move, moveUndo, memo, memoUndo, documentMemo, deleteCode, deleteUndo, merge, mergeUndo;
    qint64 codings = 0;
    int documents = 0;
};

double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// Wall and CPU time from start() to stop(), added to a row.
class Stopwatch
{
public:
    void start()
    {
        m_cpu = cpuMs();
        m_wall.start();
    }
    void stop(Samples &into) const
    {
        into.wall.push_back(static_cast<double>(m_wall.nsecsElapsed()) / 1e6);
        into.cpu.push_back(cpuMs() - m_cpu);
    }

private:
    QElapsedTimer m_wall;
    double m_cpu = 0;
};

constexpr int kEditCodings = 100;

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Everything the user would wait for after an edit: pending events (model resets, relayouts, paints of the
// panes) and the document view with its stripes repainted.
void settle(DocumentView *view)
{
    QApplication::processEvents();
    view->textEdit()->viewport()->repaint();
    view->stripeArea()->repaint();
}

// Opening a project in a new main window, to the window shown and painted, `times` times (each a new window, as the
// next session would be): wall and CPU time of each.
Samples openAgain(const QString &path, int times)
{
    Samples samples;
    for (int i = 0; i < times; ++i) {
        Stopwatch watch;
        watch.start();
        {
            MainWindow window;
            check(window.openProject(path), path);
            window.resize(1400, 900);
            window.show();
            (void)QTest::qWaitForWindowExposed(&window);
            settle(window.workspace()->documentView());
            watch.stop(samples);
        }
        QApplication::processEvents();   // the closed window's deferred deletions, outside the timing
    }
    return samples;
}

// A blind round on every fifth document by id (the first of each five), as a set "bench sample", written and closed
// by this program (so the next opening does not read every page again).
void openBlindRound(const QString &path)
{
    auto project = Project::open(path);
    check(bool(project), path);
    Database &db = (*project)->database();
    {
        auto transaction = Transaction::begin(db);
        check(bool(transaction), db.lastError());
        DocumentStore documents(**project);
        auto list = documents.list(DocumentStore::CodingCount::Skipped);
        check(bool(list), QStringLiteral("documents"));
        std::vector<qint64> ids;
        for (const DocumentInfo &document : *list)
            ids.push_back(document.id);
        std::sort(ids.begin(), ids.end());
        for (std::size_t i = 0; i < ids.size(); ++i)
            check(bool(documents.setAttribute(ids[i], QStringLiteral("bench sample"),
                                              i % 5 == 0 ? QStringLiteral("true") : QStringLiteral("false"))),
                  QStringLiteral("set"));
        check(bool(documents.setAttributeType(QStringLiteral("bench sample"), QStringLiteral("boolean"))),
              QStringLiteral("set type"));
        check(bool(transaction->commit()), db.lastError());
    }
    check(bool(AgreementRounds(**project).open(QStringLiteral("bench sample"))), QStringLiteral("open round"));
}

Timings measure(const QString &path, int rounds)
{
    Timings t;
    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    check(window.openProject(path), path);
    window.resize(1400, 900);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    Workspace *workspace = window.workspace();
    DocumentView *view = workspace->documentView();
    settle(view);
    t.openMs = elapsedMs(timer);

    Project &project = workspace->context()->project();
    t.documents = static_cast<int>(*DocumentStore(project).count());
    {
        auto stmt = project.database().prepare("SELECT count(*) FROM codings");
        check(stmt && stmt->step(), QStringLiteral("count"));
        t.codings = stmt->int64(0);
    }
    const qint64 documentId = view->documentId();
    const qint64 length = TextIndex::codePointLength(view->textEdit()->toPlainText());
    check(documentId != 0 && length > 400, QStringLiteral("no document shown"));
    // Number key 1 codes with the first code (keys are stored in the project: CodeKeys).
    auto codes = Codebook(project).codes();
    check(codes && codes->size() > 1, QStringLiteral("no codes"));
    check(EditCommands::assignCodeKey(workspace->context(), 1, codes->first().id), QStringLiteral("assign key 1"));
    QUndoStack *undo = workspace->context()->undoStack();
    auto find = project.database().prepare("SELECT id FROM codings WHERE document_id = ?1 AND start = ?2 AND end = ?3");
    check(bool(find), QStringLiteral("prepare"));

    for (int round = 0; round < rounds; ++round) {
        // Spans no generated coding has (odd lengths above 150 + 5), so each key press adds one.
        const qint64 start = 100 + round * ((length - 400) / (rounds + 1));
        const TextSpan span{start, start + 157 + 2 * round % 40};
        view->selectSpan(span);
        view->scrollToSpan(span);
        settle(view);
        view->textEdit()->setFocus();

        Stopwatch watch;
        watch.start();
        QTest::keyClick(view->textEdit(), Qt::Key_1);
        settle(view);
        watch.stop(t.add);

        watch.start();
        undo->undo();
        settle(view);
        watch.stop(t.undo);

        watch.start();
        undo->redo();
        settle(view);
        watch.stop(t.redo);

        find->reset();
        find->bind(1, documentId).bind(2, span.start).bind(3, span.end);
        check(find->step(), QStringLiteral("the added coding is not in the project"));
        const qint64 codingId = find->int64(0);
        find->reset();
        watch.start();
        check(workspace->codingController()->uncode(codingId), QStringLiteral("uncode"));
        settle(view);
        watch.stop(t.uncode);
    }

    ProjectContext *context = workspace->context();
    const qint64 renamed = codes->at(1).id;   // a category in the large tree, a plain code in the small one
    const QString name = codes->at(1).name;
    auto documentIds = project.database().prepare("SELECT id FROM documents ORDER BY id LIMIT ?1");
    check(bool(documentIds), QStringLiteral("prepare"));
    documentIds->bind(1, kEditCodings);
    QList<qint64> spread;   // documents the made codes' codings go to, round robin
    while (documentIds->step())
        spread.append(documentIds->int64(0));
    check(!spread.isEmpty(), QStringLiteral("no documents"));
    // A new code with kEditCodings codings, made as one undo step outside the timing.
    const auto codeWithCodings = [&](const QString &codeName, qint64 offset) {
        qint64 id = 0;
        check(RecordedEditCommand::run(context, QStringLiteral("bench setup"), ProjectContext::Codes | ProjectContext::Codings,
                                       [&]() -> Result<void> {
            auto added = Codebook(project).add({codeName, 0, {}, {}, {}});
            if (!added)
                return failure(added.error());
            id = *added;
            for (int i = 0; i < kEditCodings; ++i) {
                const qint64 start = offset + 3 * i;
                auto coded = CodingStore(project).add({spread[i % spread.size()], id, start, start + 7, {}, {}, {}, {}});
                if (!coded)
                    return failure(coded.error());
            }
            return {};
        }), codeName);
        settle(view);
        return id;
    };
    const auto timed = [&](Samples &into, const std::function<void()> &step) {
        settle(view);
        Stopwatch watch;
        watch.start();
        step();
        settle(view);
        watch.stop(into);
    };
    for (int round = 0; round < rounds; ++round) {
        timed(t.rename, [&] {
            check(EditCommands::renameCode(context, renamed, QStringLiteral("%1 (%2)").arg(name).arg(round)),
                  QStringLiteral("rename"));
        });
        timed(t.recolor, [&] {
            check(EditCommands::recolorCode(context, renamed, round % 2 ? QStringLiteral("#3366cc") : QStringLiteral("#cc6633")),
                  QStringLiteral("recolour"));
        });
        timed(t.move, [&] { check(EditCommands::moveCode(context, renamed, 0, 0), QStringLiteral("move")); });
        timed(t.moveUndo, [&] { undo->undo(); });
        const qint64 coding = view->codings().at(round % view->codings().size()).id;
        timed(t.memo, [&] {
            check(EditCommands::setCodingMemo(context, coding, QStringLiteral("memo of round %1").arg(round)),
                  QStringLiteral("memo"));
        });
        timed(t.memoUndo, [&] { undo->undo(); });
        timed(t.documentMemo, [&] {
            check(EditCommands::setDocumentMemo(context, documentId, QStringLiteral("memo of round %1").arg(round)),
                  QStringLiteral("document memo"));
        });

        const qint64 doomed = codeWithCodings(QStringLiteral("bench delete %1").arg(round), 200 + round);
        timed(t.deleteCode, [&] { check(EditCommands::deleteCode(context, doomed), QStringLiteral("delete code")); });
        timed(t.deleteUndo, [&] { undo->undo(); });

        const qint64 source = codeWithCodings(QStringLiteral("bench merge from %1").arg(round), 1200 + round);
        const qint64 target = codeWithCodings(QStringLiteral("bench merge into %1").arg(round), 2200 + round);
        timed(t.merge, [&] { check(EditCommands::mergeCodes(context, source, target), QStringLiteral("merge")); });
        timed(t.mergeUndo, [&] { undo->undo(); });
    }
    return t;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    qint64 codings = 1000000;
    int documents = 2000;
    double megabytes = 40;
    int rounds = 15;
    QString cache = QDir::tempPath();
    QString only;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--codings")
            codings = args[i + 1].toLongLong();
        else if (args[i] == u"--documents")
            documents = args[i + 1].toInt();
        else if (args[i] == u"--megabytes")
            megabytes = args[i + 1].toDouble();
        else if (args[i] == u"--rounds")
            rounds = args[i + 1].toInt();
        else if (args[i] == u"--cache")
            cache = args[i + 1];
        else if (args[i] == u"--only")   // small or large: one project, for a profiler
            only = args[i + 1];
    }
    QTemporaryDir folder;
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.filePath(QStringLiteral("settings")));
    Settings().setCoderName(QStringLiteral("bench"));

    const QString small = folder.filePath(QStringLiteral("small.marginalia"));
    build(small, 1, 2 * 1024 * 1024 * 2 / 3, 5000, false);   // bytes drawn from 0.5× to 1.5×: 2 MB on average

    const QString cached = QStringLiteral("%1/marginalia-bench-workbench-v%2-d%3-c%4-m%5.marginalia")
                               .arg(cache).arg(kGeneratorVersion).arg(documents).arg(codings).arg(megabytes);
    if (!QFile::exists(cached)) {
        std::printf("building %s (kept for later runs) ...\n", qPrintable(cached));
        std::fflush(stdout);
        QElapsedTimer timer;
        timer.start();
        const QString partial = cached + QStringLiteral(".partial");
        build(partial, documents, static_cast<qint64>(megabytes * 1024 * 1024 / documents), codings, true);
        check(QFile::rename(partial, cached), cached);
        std::printf("built in %.0f s\n", elapsedMs(timer) / 1000);
    }
    const QString large = folder.filePath(QStringLiteral("large.marginalia"));
    check(QFile::copy(cached, large), large);

    const Timings s = only == u"large" ? Timings{} : measure(small, rounds);
    const Timings l = only == u"small" ? Timings{} : measure(large, rounds);
    // The next session on the same files: written and closed by the runs above, so not read page by page again.
    // (Several openings, medians: one opening of one window was too noisy to compare on a shared machine.)
    const int openings = std::max(3, rounds / 2);
    const Samples smallAgain = only == u"large" ? Samples{} : openAgain(small, openings);
    const Samples largeAgain = only == u"small" ? Samples{} : openAgain(large, openings);
    if (only != u"large")
        openBlindRound(small);
    if (only != u"small")
        openBlindRound(large);
    const Samples smallRound = only == u"large" ? Samples{} : openAgain(small, openings);
    const Samples largeRound = only == u"small" ? Samples{} : openAgain(large, openings);
    std::printf("projects          small: %d document, %lld codings; large: %d documents, %lld codings\n", s.documents,
                static_cast<long long>(s.codings), l.documents, static_cast<long long>(l.codings));
    std::printf("(%d rounds; action to repainted window, written with synchronous=FULL; medians)\n", rounds);
    std::printf("%-17s %9s %9s %7s   %9s %9s %7s\n", "", "small ms", "large ms", "ratio", "small cpu", "large cpu",
                "ratio");
    const auto ratio = [](double a, double b) { return a > 0 ? b / a : 0.0; };
    std::printf("%-17s %9.1f %9.1f %6.2fx   (a file from elsewhere: every page checked once)\n", "open window",
                s.openMs, l.openMs, ratio(s.openMs, l.openMs));

    const auto row = [&](const char *name, const Samples &a, const Samples &b, const char *note) {
        const double wa = median(a.wall), wb = median(b.wall), ca = median(a.cpu), cb = median(b.cpu);
        std::printf("%-17s %9.1f %9.1f %6.2fx   %9.1f %9.1f %6.2fx  %s\n", name, wa, wb, ratio(wa, wb), ca, cb,
                    ratio(ca, cb), note);
    };
    row("open it again", smallAgain, largeAgain, "(the file as this program left it: pages not read again; target: ratio <= 2)");
    row("open in a round", smallRound, largeRound, "(a blind round on every fifth document: what \"bench\" sees counted)");
    row("add a coding", s.add, l.add, "(target: ratio <= 2, large <= 30 ms)");
    row("  undo", s.undo, l.undo, "");
    row("  redo", s.redo, l.redo, "");
    row("uncode", s.uncode, l.uncode, "");
    row("rename a code", s.rename, l.rename, "");
    row("recolour a code", s.recolor, l.recolor, "");
    row("move a code", s.move, l.move, "(to the top of the tree)");
    row("  undo", s.moveUndo, l.moveUndo, "");
    row("coding memo", s.memo, l.memo, "");
    row("  undo", s.memoUndo, l.memoUndo, "");
    row("document memo", s.documentMemo, l.documentMemo, "");
    row("delete a code", s.deleteCode, l.deleteCode, "(with its 100 codings)");
    row("  undo", s.deleteUndo, l.deleteUndo, "");
    row("merge two codes", s.merge, l.merge, "(100 codings into 100)");
    row("  undo", s.mergeUndo, l.mergeUndo, "");
    const auto maximum = [](const std::vector<double> &values) {
        return values.empty() ? 0.0 : *std::max_element(values.begin(), values.end());
    };
    std::printf("%-17s %9.1f %9.1f\n", "add a coding max", maximum(s.add.wall), maximum(l.add.wall));
    return 0;
}
