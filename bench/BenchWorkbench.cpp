// The coding workbench end to end: a 2 MB transcript with 5,000 codings opened in the real main
// window (offscreen), then codings added by pressing a number key, each timed from the key
// press to the repainted view, the project file written on the way (synchronous=FULL).
//
//   marginalia-bench-workbench [--codings N] [--megabytes M] [--rounds N]

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
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace marginalia;

namespace {

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

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int codings = 5000;
    double megabytes = 2;
    int rounds = 30;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--codings")
            codings = args[i + 1].toInt();
        else if (args[i] == u"--megabytes")
            megabytes = args[i + 1].toDouble();
        else if (args[i] == u"--rounds")
            rounds = args[i + 1].toInt();
    }
    QTemporaryDir folder;
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.filePath(QStringLiteral("settings")));

    // The project: one long transcript, ten codes, the codings spread over the text.
    const QString path = folder.filePath(QStringLiteral("workbench.marginalia"));
    QRandomGenerator random(3);
    qint64 length = 0;
    {
        auto project = Project::create(path);
        if (!project)
            return 1;
        NewDocument document;
        document.name = QStringLiteral("long-transcript.txt");
        document.text = transcript(random, static_cast<qint64>(megabytes * 1024 * 1024));
        length = TextIndex::codePointLength(document.text);
        auto id = DocumentStore(**project).add(document);
        QList<qint64> codes;
        for (int i = 0; i < 10; ++i)
            codes.append(*Codebook(**project).add({QStringLiteral("code %1").arg(i), 0, {}, {}, {}}));
        Database &db = (*project)->database();
        auto transaction = Transaction::begin(db);
        auto coder = (*project)->coderId(QStringLiteral("bench"));
        auto insert = db.prepare("INSERT INTO codings(guid, document_id, code_id, start, end, coder_id, created) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        for (int i = 0; i < codings; ++i) {
            const qint64 start = random.bounded(static_cast<int>(length - 200));
            insert->reset();
            insert->bind(1, newGuid()).bind(2, *id).bind(3, codes[i % codes.size()]).bind(4, start)
                .bind(5, start + 5 + random.bounded(150)).bind(6, *coder).bind(7, nowTimestamp());
            if (!insert->run())
                return 1;
        }
        if (!transaction->commit())
            return 1;
        // Indexed for search, as a project is once its import has been indexed in the background:
        // this measures coding, not coding while the indexer holds the write lock for a batch.
        if (!SearchIndexer(**project).indexPending())
            return 1;
    }

    Settings().setCoderName(QStringLiteral("bench"));
    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    if (!window.openProject(path))
        return 1;
    window.resize(1400, 900);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    window.workspace()->documentView()->textEdit()->viewport()->repaint();
    const double openMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    Workspace *workspace = window.workspace();
    DocumentView *view = workspace->documentView();
    // Make code 0 the most recent code, so that key 1 applies it.
    view->selectSpan({10, 20});
    workspace->codingController()->codeSelection(*Codebook(workspace->context()->project()).find(QStringLiteral("code 0")));
    std::vector<double> addMs;
    for (int round = 0; round < rounds; ++round) {
        const qint64 start = 1000 + round * (length / (rounds + 1));
        view->selectSpan({start, start + 12});
        view->scrollToSpan({start, start + 12});
        QApplication::processEvents();
        view->textEdit()->setFocus();
        timer.restart();
        QTest::keyClick(view->textEdit(), Qt::Key_1);
        view->textEdit()->viewport()->repaint();
        view->stripeArea()->repaint();
        addMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("document          %.1f MB, %lld characters, %d codings\n", megabytes, static_cast<long long>(length), codings);
    std::printf("open window       %.1f ms (project, document shown, first paint; target <= 300)\n", openMs);
    std::printf("add a coding      median %.1f ms, max %.1f ms over %d key presses (key press to repaint, "
                "written with synchronous=FULL; target <= 30)\n",
                median(addMs), *std::max_element(addMs.begin(), addMs.end()), rounds);
    return 0;
}
