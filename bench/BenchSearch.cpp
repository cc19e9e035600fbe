// Search benchmark (issue 12): `marginalia-cli search PROJECT QUERY` as a whole command (start, open with its checks,
// search, citations, output) against GNU grep over the same texts exported to files, one per document
// (`grep -F -i -o -n -r QUERY DIR`: every hit, case-insensitive as our default, with its line). Each a fresh
// process, runs alternated, medians; CPU (user + system) beside wall, since wall time on a shared machine mostly
// measures the wait for a core. Goals: never slower than grep; rare 3–4 character queries at most 0.5× grep.
//
//   marginalia-bench-search [--cli PATH] [--project P] [--runs N]
//
// N is 9 by default: with 5, a common word's ratio moved by a tenth from one run of the benchmark to the next on a
// shared two-core machine.
//
// Without --project the corpus of marginalia-bench-core (2,000 documents, 40 MB) is generated and imported (indexed);
// a given project is measured on a copy brought to this version's format.

#include "BenchCorpus.h"
#include "BenchProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <unistd.h>

using namespace marginalia::bench;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Every document's text as a file of its own, as SQLite stores it (UTF-8).
void exportTexts(const QString &project, const QString &folder)
{
    sqlite3 *db = nullptr;
    check(sqlite3_open_v2(project.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK, project);
    sqlite3_stmt *stmt = nullptr;
    check(sqlite3_prepare_v2(db, "SELECT id, text FROM documents", -1, &stmt, nullptr) == SQLITE_OK, QStringLiteral("export"));
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        QFile file(QStringLiteral("%1/%2.txt").arg(folder).arg(sqlite3_column_int64(stmt, 0)));
        check(file.open(QIODevice::WriteOnly), file.fileName());
        file.write(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)), sqlite3_column_bytes(stmt, 1));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    auto option = [&](const QString &name, const QString &fallback = {}) {
        const qsizetype at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments[at + 1] : fallback;
    };
    const QString cli = option(QStringLiteral("--cli"), QDir(app.applicationDirPath()).filePath(QStringLiteral("../app/marginalia-cli")));
    const int runs = std::max(1, option(QStringLiteral("--runs"), QStringLiteral("9")).toInt());
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("LC_ALL", "C.UTF-8");
    QTemporaryDir temporary;
    check(temporary.isValid(), QStringLiteral("no temporary folder"));
    QString project = option(QStringLiteral("--project"));
    if (project.isEmpty()) {
        const QString corpus = temporary.filePath(QStringLiteral("corpus"));
        QDir().mkpath(corpus);
        QRandomGenerator random(20261129);   // marginalia-bench-core's corpus
        CorpusWriter writer(random);
        QStringList command{cli, QStringLiteral("import"), temporary.filePath(QStringLiteral("bench.marginalia"))};
        for (int i = 0; i < 2000; ++i) {
            const QString path = QStringLiteral("%1/transcript-%2.txt").arg(corpus).arg(i, 5, 10, QLatin1Char('0'));
            QFile file(path);
            check(file.open(QIODevice::WriteOnly), path);
            file.write(writer.document(random, static_cast<qint64>(40.0 * 1024 * 1024 / 2000)).toUtf8());
            command.append(path);
        }
        project = command.at(2);
        run({cli, QStringLiteral("new"), project});
        command += {QStringLiteral("--coder"), QStringLiteral("bench")};
        run(command);
    } else {
        // A copy, opened once for writing so that it is in this version's format (a read-only search takes an older
        // file as it is, without what newer formats keep for it: the paragraph copies of format 5), the given file
        // left untouched.
        const QString copy = temporary.filePath(QStringLiteral("project.marginalia"));
        check(QFile::copy(project, copy), QStringLiteral("cannot copy %1").arg(project));
        run({cli, QStringLiteral("index"), copy});
        project = copy;
    }
    const QString texts = temporary.filePath(QStringLiteral("texts"));
    QDir().mkpath(texts);
    exportTexts(project, texts);
    // What was just written goes to the disk now, not in the middle of the measurements (the kernel's writeback of the
    // copy, the corpus and the exported texts took a core from both programs, ours more, having two threads). And a
    // file written less than a second ago has its schema checked at every opening (CheckedFiles: the kernel's
    // timestamps are coarse), about 4 ms more a search; a project a researcher searches was written longer ago than
    // that. Measured from then on.
    sync();
    QThread::msleep(1100);
    std::printf("project %s, its texts exported to %s; %d runs each, alternated\n\n", qPrintable(project),
                qPrintable(texts), runs);
    std::printf("%-14s %8s %8s  %9s %9s %6s  %9s %9s %6s\n", "query", "hits", "grep", "ours ms", "grep ms", "ratio",
                "ours cpu", "grep cpu", "ratio");
    // Rare to common: 3–4 character words in 54 to 1,901 documents (电子书: a dozen hits in marginalia-bench-scale's
    // corpus), Latin words, and 2-character Chinese ones with tens of thousands of hits.
    const QStringList queries = {QStringLiteral("电子书"), QStringLiteral("信息技术"),   QStringLiteral("投影仪"), QStringLiteral("microlecture"),
                                 QStringLiteral("多媒体"),     QStringLiteral("smartboard"), QStringLiteral("老师"),
                                 QStringLiteral("教师")};
    for (const QString &query : queries) {
        std::vector<double> oursWall, oursCpu, grepWall, grepCpu;
        qint64 ourLines = 0;
        qint64 grepLines = 0;
        for (int i = 0; i < runs; ++i) {
            const Times ours = run({cli, QStringLiteral("search"), project, query}, {}, &ourLines);
            const Times grep = run({QStringLiteral("grep"), QStringLiteral("-F"), QStringLiteral("-i"), QStringLiteral("-o"),
                                    QStringLiteral("-n"), QStringLiteral("-r"), query, texts},
                                   {}, &grepLines, true);
            oursWall.push_back(ours.wall * 1000);
            oursCpu.push_back(ours.cpu * 1000);
            grepWall.push_back(grep.wall * 1000);
            grepCpu.push_back(grep.cpu * 1000);
        }
        const double ow = median(oursWall), gw = median(grepWall), oc = median(oursCpu), gc = median(grepCpu);
        std::printf("%-14s %8lld %8lld  %9.1f %9.1f %6.2f  %9.1f %9.1f %6.2f\n", qPrintable(query),
                    static_cast<long long>(ourLines), static_cast<long long>(grepLines), ow, gw, ow / gw, oc, gc,
                    oc / std::max(1.0, gc));
        std::fflush(stdout);
    }
    return 0;
}
