// Import benchmark (issue 12): plain-text import against the natural baselines, on the same files in the same run,
// each a fresh process on a fresh file, runs alternated, medians printed:
//
//   stored   `marginalia-cli import P FILES --defer-index` (what the GUI does: documents stored, indexed later)
//            against bench/import_storage.py, a Python script doing the same storage (decode, clean, NFC, SHA-256,
//            paragraphs and speakers, the same rows in the same tables, one transaction, the same pragmas).
//            Goal: our throughput ≥ 30 MB/s and not below the script's.
//   indexed  `marginalia-cli import P FILES` (stored and indexed for search) against the bare sqlite3 CLI building
//            the same table and FTS5 trigram index (detail=none) from the same files. Goal: ≤ 1.2× its time.
//
// Wall times on a shared machine mostly measure the wait for a core, so CPU times (user + system of the child) are
// printed beside them and the ratios are given for both.
//
//   marginalia-bench-import [--cli PATH] [--baseline PATH] [--runs N] [--corpus DIR] [--python PATH]
//
// --corpus DIR: the .txt files of DIR (default: the corpus of marginalia-bench-core, 2,000 documents of mixed Chinese
// and English, 40 MB, generated with its seed; into DIR when it holds no .txt file, to be used again). --baseline PATH: another marginalia-cli timed the same way (the
// build before a change).

#include "BenchCorpus.h"
#include "BenchProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

using namespace marginalia::bench;

namespace {

void removeProject(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// What a project or the bare database holds: documents, characters (or bytes for the bare one) and paragraphs.
QString contents(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    QString result;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
        for (int i = 0; i < sqlite3_column_count(stmt); ++i)
            result += QString::number(sqlite3_column_int64(stmt, i)) + u' ';
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return result.trimmed();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
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
    const QString baseline = option(QStringLiteral("--baseline"));
    const QString python = option(QStringLiteral("--python"), QStringLiteral("python3"));
    const QString script = QStringLiteral(MARGINALIA_BENCH_SOURCE "/import_storage.py");
    const int runs = std::max(1, option(QStringLiteral("--runs"), QStringLiteral("3")).toInt());
    check(QFileInfo(cli).isExecutable(), QStringLiteral("no marginalia-cli at %1").arg(cli));
    qputenv("QT_QPA_PLATFORM", "offscreen");

    QTemporaryDir temporary;
    check(temporary.isValid(), QStringLiteral("no temporary folder"));
    QString corpus = option(QStringLiteral("--corpus"));
    if (corpus.isEmpty())
        corpus = temporary.filePath(QStringLiteral("corpus"));
    if (QDir(corpus).entryList({QStringLiteral("*.txt")}, QDir::Files).isEmpty()) {
        QDir().mkpath(corpus);
        // marginalia-bench-core's corpus: the same seed, documents and sizes.
        QRandomGenerator random(20261129);
        marginalia::bench::CorpusWriter writer(random);
        const int documents = 2000;
        const qint64 perDocument = static_cast<qint64>(40.0 * 1024 * 1024 / documents);
        for (int i = 0; i < documents; ++i) {
            QFile file(QStringLiteral("%1/transcript-%2.txt").arg(corpus).arg(i, 5, 10, QLatin1Char('0')));
            check(file.open(QIODevice::WriteOnly), file.fileName());
            file.write(writer.document(random, perDocument).toUtf8());
        }
    }
    QStringList files;
    qint64 bytes = 0;
    for (const QFileInfo &info : QDir(corpus).entryInfoList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        files.append(info.absoluteFilePath());
        bytes += info.size();
    }
    check(!files.isEmpty(), QStringLiteral("no .txt files in %1").arg(corpus));
    const double megabytes = static_cast<double>(bytes) / (1024.0 * 1024.0);
    std::printf("corpus: %lld files, %.1f MB in %s; %d runs each, alternated\n", static_cast<long long>(files.size()),
                megabytes, qPrintable(corpus), runs);

    // The bare baseline: the same table and FTS5 index the project has, filled from the files by the sqlite3 CLI.
    const QString bareSql = temporary.filePath(QStringLiteral("bare.sql"));
    {
        QFile sql(bareSql);
        check(sql.open(QIODevice::WriteOnly), bareSql);
        QString escaped = corpus;
        escaped.replace(u'\'', QStringLiteral("''"));
        sql.write(QStringLiteral(
                      "PRAGMA journal_mode=WAL;\nPRAGMA synchronous=FULL;\n"
                      "CREATE TABLE documents(id INTEGER PRIMARY KEY, text TEXT NOT NULL);\n"
                      "CREATE VIRTUAL TABLE document_fts USING fts5(text, content='documents', content_rowid='id', "
                      "tokenize='trigram', detail='none');\nBEGIN;\n"
                      "INSERT INTO documents(text) SELECT CAST(readfile(name) AS TEXT) FROM fsdir('%1') WHERE name LIKE "
                      "'%.txt' ORDER BY name;\nINSERT INTO document_fts(rowid, text) SELECT id, text FROM documents;\n"
                      "COMMIT;\n")
                      .arg(escaped)
                      .toUtf8());
    }

    std::map<std::string, std::vector<Times>> measured;
    const QString project = temporary.filePath(QStringLiteral("bench.marginalia"));
    const auto fresh = [&](const QString &program) {
        removeProject(project);
        run({program, QStringLiteral("new"), project});
    };
    const auto importWith = [&](const QString &program, bool deferIndex) {
        fresh(program);
        QStringList command{program, QStringLiteral("import"), project};
        command += files;
        command += {QStringLiteral("--coder"), QStringLiteral("bench")};
        if (deferIndex)
            command += QStringLiteral("--defer-index");
        return run(command);
    };
    QString ours;
    QString theirs;
    for (int i = 0; i < runs; ++i) {
        measured["stored"].push_back(importWith(cli, true));
        ours = contents(project, "SELECT (SELECT count(*) FROM documents), (SELECT sum(length) FROM documents), "
                                 "(SELECT count(*) FROM paragraphs), (SELECT count(speaker) FROM paragraphs)");
        fresh(cli);
        QStringList command{python, script, project};
        command += files;
        measured["python"].push_back(run(command));
        theirs = contents(project, "SELECT (SELECT count(*) FROM documents), (SELECT sum(length) FROM documents), "
                                   "(SELECT count(*) FROM paragraphs), (SELECT count(speaker) FROM paragraphs)");
        measured["indexed"].push_back(importWith(cli, false));
        const QString bare = temporary.filePath(QStringLiteral("bare.db"));
        removeProject(bare);
        measured["bare"].push_back(run({QStringLiteral("sqlite3"), bare}, bareSql));
        if (!baseline.isEmpty()) {
            measured["baseline stored"].push_back(importWith(baseline, true));
            measured["baseline indexed"].push_back(importWith(baseline, false));
        }
    }
    check(ours == theirs, QStringLiteral("the Python script stored something else: %1 against %2").arg(theirs, ours));
    std::printf("stored by both (documents, characters, paragraphs, speakers): %s\n\n", qPrintable(ours));

    const auto medians = [&](const std::string &key) {
        std::vector<double> wall;
        std::vector<double> cpu;
        for (const Times &t : measured[key]) {
            wall.push_back(t.wall);
            cpu.push_back(t.cpu);
        }
        return Times{median(wall), median(cpu)};
    };
    std::printf("%-34s %9s %9s %9s %9s\n", "", "wall s", "MB/s", "cpu s", "MB/cpu-s");
    for (const std::string key : {"stored", "python", "baseline stored", "indexed", "bare", "baseline indexed"}) {
        if (measured[key].empty())
            continue;
        const Times t = medians(key);
        const char *name = key == "stored"             ? "marginalia-cli import --defer-index"
                           : key == "python"           ? "import_storage.py (Python)"
                           : key == "indexed"          ? "marginalia-cli import (indexed)"
                           : key == "bare"             ? "sqlite3 CLI: table + FTS5 trigram"
                           : key == "baseline stored"  ? "baseline --defer-index"
                                                       : "baseline import (indexed)";
        std::printf("%-34s %9.2f %9.1f %9.2f %9.1f\n", name, t.wall, megabytes / t.wall, t.cpu, megabytes / t.cpu);
    }
    const Times stored = medians("stored");
    const Times py = medians("python");
    const Times indexed = medians("indexed");
    const Times bare = medians("bare");
    std::printf("\nstored: ours / Python time  wall %.2f, cpu %.2f   (goal <= 1, and >= 30 MB/s)\n", stored.wall / py.wall,
                stored.cpu / py.cpu);
    std::printf("indexed: ours / bare sqlite3  wall %.2f, cpu %.2f   (goal <= 1.2)\n", indexed.wall / bare.wall,
                indexed.cpu / bare.cpu);
    if (!baseline.isEmpty()) {
        const Times oldStored = medians("baseline stored");
        const Times oldIndexed = medians("baseline indexed");
        std::printf("against the baseline build: stored wall %.2f cpu %.2f; indexed wall %.2f cpu %.2f\n",
                    stored.wall / oldStored.wall, stored.cpu / oldStored.cpu, indexed.wall / oldIndexed.wall,
                    indexed.cpu / oldIndexed.cpu);
    }
    return 0;
}
