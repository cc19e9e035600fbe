// Core benchmark: generates a corpus of mixed Chinese and English transcripts (2,000 documents,
// about 40 MB by default), imports it, and prints import throughput, the throughput of the
// search indexer that follows the import, search latency before indexing (texts read directly)
// and after it (against the bare FTS5 query on the same file), project open time and peak memory.
//
//   marginalia-bench-core [--documents N] [--megabytes M] [--keep DIR]

#include "import/Importer.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "search/SearchIndexer.h"
#include "search/TextSearch.h"
#include "text/TextIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include "BenchCorpus.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

using namespace marginalia;
using marginalia::bench::CorpusWriter;

namespace {

// Peak resident memory of this process in MB (VmHWM), and a way to restart the peak.
double peakMegabytes()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    }
    return -1;
}

void resetPeak()
{
    std::ofstream clear("/proc/self/clear_refs");
    clear << "5";
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int documents = 2000;
    double megabytes = 40;
    QString keep;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--documents")
            documents = args[i + 1].toInt();
        else if (args[i] == u"--megabytes")
            megabytes = args[i + 1].toDouble();
        else if (args[i] == u"--keep")
            keep = args[i + 1];
    }

    QTemporaryDir temp;
    const QString folder = keep.isEmpty() ? temp.path() : keep;
    QDir().mkpath(folder + QStringLiteral("/corpus"));
    std::printf("Generating %d documents, %.0f MB of mixed Chinese and English...\n", documents, megabytes);
    std::fflush(stdout);
    QRandomGenerator random(20261129);
    CorpusWriter writer(random);
    QStringList files;
    qint64 totalBytes = 0;
    const qint64 perDocument = static_cast<qint64>(megabytes * 1024 * 1024 / documents);
    for (int i = 0; i < documents; ++i) {
        const QString path = QStringLiteral("%1/corpus/transcript-%2.txt").arg(folder).arg(i, 5, 10, QLatin1Char('0'));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        const QByteArray utf8 = writer.document(random, perDocument).toUtf8();
        file.write(utf8);
        totalBytes += utf8.size();
        files.append(path);
    }
    const QString projectPath = folder + QStringLiteral("/bench.marginalia");
    QFile::remove(projectPath);

    // Import.
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    {
        auto project = Project::create(projectPath);
        if (!project) {
            std::fprintf(stderr, "%s\n", qPrintable(project.error()));
            return 1;
        }
        ImportOptions options;
        options.attributes.insert(QStringLiteral("site"), QStringLiteral("Kunming"));
        auto report = Importer(**project).importFiles(files, options);
        if (!report || !report->refused.isEmpty()) {
            std::fprintf(stderr, "import failed\n");
            return 1;
        }
    }
    const double importSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const double importPeak = peakMegabytes();
    const double mb = static_cast<double>(totalBytes) / (1024.0 * 1024.0);

    // Open time: a fresh process state is approximated by a fresh connection.
    std::vector<double> openTimes;
    for (int i = 0; i < 9; ++i) {
        timer.restart();
        auto project = Project::open(projectPath);
        auto count = DocumentStore(**project).count();
        openTimes.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!count)
            return 1;
    }

    // Search before indexing: every document is read (exact, slower).
    const QStringList queries = {QStringLiteral("多媒体"), QStringLiteral("投影仪"), QStringLiteral("信息技术"),
                                 QStringLiteral("smartboard"), QStringLiteral("microlecture"), QStringLiteral("老师"),
                                 QStringLiteral("老")};
    QList<qsizetype> hitsBefore;
    {
        auto project = Project::open(projectPath, Project::Access::ReadOnly);
        TextSearch search(**project);
        std::printf("\n%-34s %10s %8s\n", "search before indexing", "ours ms", "hits");
        for (const QString &query : queries) {
            std::vector<double> times;
            qsizetype hits = 0;
            for (int run = 0; run < 3; ++run) {
                timer.restart();
                auto found = search.find(query);
                times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
                hits = found ? found->size() : -1;
            }
            hitsBefore.append(hits);
            std::printf("%-34s %10.2f %8lld\n", qPrintable(query), median(times), static_cast<long long>(hits));
        }
    }

    // The search index, built after the import (in the GUI on a thread of its own).
    resetPeak();
    timer.restart();
    {
        auto project = Project::open(projectPath);
        auto indexed = SearchIndexer(**project).indexPending();
        if (!indexed || indexed->documents != documents) {
            std::fprintf(stderr, "indexing failed\n");
            return 1;
        }
    }
    const double indexSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const double indexPeak = peakMegabytes();

    // Search: our TextSearch against the bare FTS5 MATCH on the same file.
    auto project = Project::open(projectPath, Project::Access::ReadOnly);
    TextSearch search(**project);
    std::printf("\n%-34s %10s %10s %12s %8s\n", "search after indexing", "ours ms", "bare ms", "candidates", "hits");
    for (qsizetype q = 0; q < queries.size(); ++q) {
        const QString &query = queries[q];
        std::vector<double> ours;
        std::vector<double> bare;
        qsizetype hits = 0;
        qsizetype candidates = 0;
        for (int run = 0; run < 7; ++run) {
            timer.restart();
            auto found = search.find(query);
            ours.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            hits = found ? found->size() : -1;
            timer.restart();
            auto stmt = (*project)->database().prepare("SELECT rowid FROM document_fts WHERE document_fts MATCH ?1");
            // The bare query for queries under three characters finds nothing: that is the point of the fallback.
            stmt->bind(1, TextIndex::codePointLength(query) >= 3 ? TextSearch::trigramMatchExpression(query)
                                                                 : QString(u'"' + query + u'"'));
            candidates = 0;
            while (stmt->step())
                ++candidates;
            bare.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
        if (hits != hitsBefore[q]) {
            std::fprintf(stderr, "'%s': %lld hits before indexing, %lld after\n", qPrintable(query),
                         static_cast<long long>(hitsBefore[q]), static_cast<long long>(hits));
            return 1;
        }
        std::printf("%-34s %10.2f %10.2f %12lld %8lld\n", qPrintable(query), median(ours), median(bare),
                    static_cast<long long>(candidates), static_cast<long long>(hits));
    }

    std::printf("\ncorpus              %d documents, %.1f MB UTF-8\n", documents, mb);
    std::printf("import              %.2f s, %.1f MB/s (target >= 20): documents stored, codable and searchable\n",
                importSeconds, mb / importSeconds);
    std::printf("search index        %.2f s, %.1f MB/s, built after the import (GUI: in the background)\n",
                indexSeconds, mb / indexSeconds);
    std::printf("import + index      %.2f s, %.1f MB/s\n", importSeconds + indexSeconds,
                mb / (importSeconds + indexSeconds));
    std::printf("peak memory import  %.0f MB, indexing %.0f MB (target <= 300)\n", importPeak, indexPeak);
    std::printf("project open        %.2f ms median (target <= 50)\n", median(openTimes));
    std::printf("project file        %.1f MB\n", static_cast<double>(QFileInfo(projectPath).size()) / (1024.0 * 1024.0));
    return 0;
}
