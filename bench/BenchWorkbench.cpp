// The coding workbench end to end, in the real main window (offscreen), on two projects side by side:
//
//   small   one 2 MB transcript with 5,000 codings (the baseline: nothing in it is large)
//   large   2,000 transcripts (about 40 MB) with 1,000,000 codings over a 200-code tree by three coders
//
// In each, codings are added by pressing a number key on a selection, then undone, redone and uncoded; each
// step is timed from the action to the repainted window (events processed, document view and stripes
// repainted), the project written on the way (synchronous=FULL). Medians of the rounds are printed with the
// ratio large / small: the GUI must do work in proportion to the edit, not to the project.
//
// Building the large project takes a minute or two, so it is kept in /tmp under a name that carries its
// shape and kGeneratorVersion, and copied for each run (the runs edit it); bump kGeneratorVersion when the
// generator or the schema changes.
//
//   marginalia-bench-workbench [--codings N] [--documents N] [--megabytes M] [--rounds N] [--cache DIR]

#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "coding/CodingController.h"
#include "context/ProjectContext.h"
#include "document/DocumentView.h"
#include "project/Codebook.h"
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
#include <functional>
#include <vector>

using namespace marginalia;

namespace {

constexpr int kGeneratorVersion = 1;

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

struct Timings
{
    double openMs = 0;
    std::vector<double> add, undo, redo, uncode;
    qint64 codings = 0;
    int documents = 0;
};

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
    // Make the first code the most recent code, so that key 1 applies it.
    auto codes = Codebook(project).codes();
    check(codes && !codes->isEmpty(), QStringLiteral("no codes"));
    view->selectSpan({10, 20});
    workspace->codingController()->codeSelection(codes->first().id);
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

        timer.restart();
        QTest::keyClick(view->textEdit(), Qt::Key_1);
        settle(view);
        t.add.push_back(elapsedMs(timer));

        timer.restart();
        undo->undo();
        settle(view);
        t.undo.push_back(elapsedMs(timer));

        timer.restart();
        undo->redo();
        settle(view);
        t.redo.push_back(elapsedMs(timer));

        find->reset();
        find->bind(1, documentId).bind(2, span.start).bind(3, span.end);
        check(find->step(), QStringLiteral("the added coding is not in the project"));
        const qint64 codingId = find->int64(0);
        timer.restart();
        check(workspace->codingController()->uncode(codingId), QStringLiteral("uncode"));
        settle(view);
        t.uncode.push_back(elapsedMs(timer));
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

    const Timings s = measure(small, rounds);
    const Timings l = measure(large, rounds);
    std::printf("projects          small: %d document, %lld codings; large: %d documents, %lld codings\n", s.documents,
                static_cast<long long>(s.codings), l.documents, static_cast<long long>(l.codings));
    std::printf("%-17s %10s %10s %8s\n", "median of " , "small ms", "large ms", "ratio");
    const auto row = [](const char *name, double a, double b, const char *target) {
        std::printf("%-17s %10.1f %10.1f %7.2fx  %s\n", name, a, b, a > 0 ? b / a : 0.0, target);
    };
    std::printf("(%d rounds; action to repainted window, written with synchronous=FULL)\n", rounds);
    row("open window", s.openMs, l.openMs, "(once; target <= 300 ms)");
    row("add a coding", median(s.add), median(l.add), "(target: ratio <= 2, large <= 30 ms)");
    row("undo", median(s.undo), median(l.undo), "");
    row("redo", median(s.redo), median(l.redo), "");
    row("uncode", median(s.uncode), median(l.uncode), "");
    std::printf("add a coding max  %10.1f %10.1f\n", *std::max_element(s.add.begin(), s.add.end()),
                *std::max_element(l.add.begin(), l.add.end()));
    return 0;
}
