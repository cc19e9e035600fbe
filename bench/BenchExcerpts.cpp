// Excerpt benchmark (issue 19): one long Chinese document with many codings of one code, against a one-page
// document with the same number of codings, through marginalia-cli as a researcher runs it. Prints each command's
// time and the ratio long / one page: excerpts should cost what they contain, so the ratio stays under 2.
//
//   2 MB (UTF-8) document,   5,000 codings:  codings --json, uncode, report in every format (target ≤ 1 s, ratio < 2)
//   30 MB document,        135,000 codings:  codings --json, uncode, report as csv, md and html
//                                             (--all-formats adds odt, docx and pdf, which take minutes for 135,000
//                                             excerpts however short the document)
//
//   marginalia-bench-excerpts [--cli PATH] [--skip-large] [--all-formats] [--runs N] [--keep DIR]
//
// --cli times another build (e.g. the one before the change); --keep leaves the projects in DIR, to compare
// outputs of two builds.

#include "project/Codebook.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "text/TextIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <QtGlobal>
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

#include <algorithm>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

using namespace marginalia;

namespace {

void check(bool ok, const QString &what)
{
    if (!ok) {
        std::fprintf(stderr, "benchmark failed: %s\n", qPrintable(what));
        std::exit(1);
    }
}

template<typename T>
T value(Result<T> result)
{
    check(result.has_value(), result.has_value() ? QString() : result.error());
    return std::move(*result);
}

// A day of field notes in Chinese: sentences, a line break after every few (so there are paragraphs to cite).
QString makeText(QRandomGenerator &random, qsizetype utf8Bytes)
{
    static const QStringList sentences = {
        QStringLiteral("教师们用于教学的方法主要是讲授，学生很少自己操作设备。"),
        QStringLiteral("我们学校每学期都给市里的资源平台录制微课。"),
        QStringLiteral("说实话，触控和批注功能基本不碰，推导过程我还是习惯写在黑板上。"),
        QStringLiteral("农村学校下载、播放，名校拿到了荣誉。"),
        QStringLiteral("老师：今天我们先看一段视频，然后分组讨论。"),
        QStringLiteral("观察者记录：后排三名学生在看手机，前排学生在记笔记。"),
    };
    QString text;
    qsizetype bytes = 0;
    int inLine = 0;
    while (bytes < utf8Bytes) {
        const QString &sentence = sentences[random.bounded(static_cast<int>(sentences.size()))];
        text += sentence;
        bytes += sentence.size() * 3;   // every character of these sentences is 3 bytes in UTF-8
        if (++inLine == 4) {
            text += u'\n';
            ++bytes;
            inLine = 0;
        }
    }
    text += u'\n';
    return text;
}

// A project with one document of the given text and `codings` distinct codings of one code by one coder, of 10 to
// 89 code points each, starting anywhere in the document.
void buildProject(const QString &path, const QString &text, qint64 codings)
{
    auto project = value(Project::create(path));
    project->setCurrentCoder(QStringLiteral("Observer"));
    NewDocument document;
    document.name = QStringLiteral("field-notes.txt");
    document.text = text;
    const qint64 documentId = value(DocumentStore(*project).add(document));
    NewCode code;
    code.name = QStringLiteral("Classroom practice");
    const qint64 codeId = value(Codebook(*project).add(code));
    Database &db = project->database();
    const qint64 coderId = value(project->coderId(QStringLiteral("Observer")));
    const qint64 length = TextIndex::codePointLength(text);
    QRandomGenerator random(19);
    auto transaction = value(Transaction::begin(db));
    auto insert = value(db.prepare("INSERT OR IGNORE INTO codings(guid, document_id, code_id, start, end, coder_id, created)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, '2026-01-01T00:00:00Z')"));
    qint64 added = 0;
    qint64 guid = 0;
    while (added < codings) {
        const qint64 start = static_cast<qint64>(random.bounded(static_cast<quint64>(length - 90)));
        const qint64 end = start + 10 + random.bounded(80);
        const std::string id = "excerpt-" + std::to_string(++guid);
        insert.reset();
        insert.bind(1, std::string_view(id)).bind(2, documentId).bind(3, codeId).bind(4, start).bind(5, end).bind(6, coderId);
        check(bool(insert.run()), QStringLiteral("coding"));
        added += db.changes();
    }
    check(bool(transaction.commit()), QStringLiteral("commit"));
    check(bool(db.exec("ANALYZE")), QStringLiteral("analyze"));
}

struct Runner
{
    QString cli;
    int runs = 3;

    // CPU time (user + system) of the children waited for so far, in milliseconds: on a shared, loaded machine the
    // wall time mostly measures the wait for a core.
    static double childrenCpuMs()
    {
#ifdef Q_OS_UNIX
        rusage usage{};
        getrusage(RUSAGE_CHILDREN, &usage);
        const auto ms = [](const timeval &t) { return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3; };
        return ms(usage.ru_utime) + ms(usage.ru_stime);
#else
        return 0;   // not measured here
#endif
    }

    struct Times
    {
        double wallMs = 0;
        double cpuMs = 0;
    };

    // One run of the CLI with these arguments (output discarded); fails the benchmark if it fails.
    Times once(const QStringList &arguments) const
    {
        const double cpuBefore = childrenCpuMs();
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        process.start(cli, arguments);
        check(process.waitForFinished(-1), QStringLiteral("%1 did not finish").arg(cli));
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        check(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
              QStringLiteral("marginalia-cli %1 failed: %2")
                  .arg(arguments.join(u' '), QString::fromUtf8(process.readAllStandardError())));
        return {ms, childrenCpuMs() - cpuBefore};
    }

    // The medians of `runs` runs; one run when the first takes over 5 s.
    Times time(const std::function<QStringList(int)> &arguments) const
    {
        std::vector<Times> times{once(arguments(0))};
        for (int i = 1; i < runs && times.front().wallMs < 5000; ++i)
            times.push_back(once(arguments(i)));
        std::vector<double> wall;
        std::vector<double> cpu;
        for (const Times &t : times) {
            wall.push_back(t.wallMs);
            cpu.push_back(t.cpuMs);
        }
        std::sort(wall.begin(), wall.end());
        std::sort(cpu.begin(), cpu.end());
        return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
    }
};

// The ids of some codings in the middle of the document, to uncode one per run.
std::vector<qint64> codingIds(const QString &path, int count)
{
    auto project = value(Project::open(path, Project::Access::ReadOnly));
    auto stmt = value(project->database().prepare("SELECT id FROM codings ORDER BY start LIMIT ?1 OFFSET "
                                                  "(SELECT count(*) / 2 FROM codings)"));
    stmt.bind(1, static_cast<qint64>(count));
    std::vector<qint64> ids;
    while (stmt.step())
        ids.push_back(stmt.int64(0));
    return ids;
}

void runCase(const Runner &runner, const QString &dir, const QString &label, qsizetype bytes, qint64 codings,
             const QStringList &formats)
{
    QRandomGenerator random(2026);
    const QString longText = makeText(random, bytes);
    const QString pageText = makeText(random, 3 * 3000);   // one dense page: about 3,000 characters
    const QString longPath = QDir(dir).filePath(label + QStringLiteral("-long.marginalia"));
    const QString pagePath = QDir(dir).filePath(label + QStringLiteral("-page.marginalia"));
    QElapsedTimer built;
    built.start();
    buildProject(longPath, longText, codings);
    buildProject(pagePath, pageText, codings);
    std::printf("== %s: one document of %.1f MB (%lld code points) vs one page (%lld), %lld codings each"
                " (built in %.1f s)\n",
                qPrintable(label), static_cast<double>(longText.toUtf8().size()) / (1024.0 * 1024.0),
                static_cast<long long>(TextIndex::codePointLength(longText)),
                static_cast<long long>(TextIndex::codePointLength(pageText)), static_cast<long long>(codings),
                static_cast<double>(built.elapsed()) / 1000.0);
    std::printf("   %-28s %23s   %23s\n", "", "wall: long, page (ms)  ratio", "cpu: long, page (ms)  ratio");
    auto row = [&](const char *name, const std::function<QStringList(const QString &, int)> &arguments) {
        const Runner::Times longTimes = runner.time([&](int run) { return arguments(longPath, run); });
        const Runner::Times pageTimes = runner.time([&](int run) { return arguments(pagePath, run); });
        std::printf("   %-28s %8.0f %8.0f %6.2f   %8.0f %8.0f %6.2f\n", name, longTimes.wallMs, pageTimes.wallMs,
                    longTimes.wallMs / pageTimes.wallMs, longTimes.cpuMs, pageTimes.cpuMs,
                    longTimes.cpuMs / std::max(1.0, pageTimes.cpuMs));
        std::fflush(stdout);
    };
    row("codings --json", [](const QString &path, int) { return QStringList{QStringLiteral("codings"), path, QStringLiteral("--json")}; });
    row("codings --json --context 40", [](const QString &path, int) {
        return QStringList{QStringLiteral("codings"), path, QStringLiteral("--json"), QStringLiteral("--context"), QStringLiteral("40")};
    });
    const std::vector<qint64> longIds = codingIds(longPath, runner.runs + 1);
    const std::vector<qint64> pageIds = codingIds(pagePath, runner.runs + 1);
    row("uncode", [&](const QString &path, int run) {
        const std::vector<qint64> &ids = path == longPath ? longIds : pageIds;
        return QStringList{QStringLiteral("uncode"), path, QString::number(ids[static_cast<size_t>(run)])};
    });
    for (const QString &format : formats) {
        const std::string name = "report ." + format.toStdString() + " --context 40";
        row(name.c_str(), [&](const QString &path, int) {
            return QStringList{QStringLiteral("report"), path, QStringLiteral("--out"),
                               QDir(dir).filePath(QFileInfo(path).completeBaseName() + QStringLiteral(".") + format),
                               QStringLiteral("--context"), QStringLiteral("40")};
        });
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    auto option = [&](const QString &name) {
        const qsizetype at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments[at + 1] : QString();
    };
    Runner runner;
    runner.cli = option(QStringLiteral("--cli"));
    if (runner.cli.isEmpty())
        runner.cli = QDir(app.applicationDirPath()).filePath(QStringLiteral("../app/marginalia-cli"));
    check(QFileInfo(runner.cli).isExecutable(), QStringLiteral("no marginalia-cli at %1 (give --cli PATH)").arg(runner.cli));
    if (const QString runs = option(QStringLiteral("--runs")); !runs.isEmpty())
        runner.runs = std::max(1, runs.toInt());
    QTemporaryDir temporary;
    check(temporary.isValid(), QStringLiteral("no temporary directory"));
    QString dir = option(QStringLiteral("--keep"));
    if (dir.isEmpty())
        dir = temporary.path();
    check(QDir().mkpath(dir), QStringLiteral("cannot create %1").arg(dir));
    for (const QString &old : QDir(dir).entryList({QStringLiteral("*.marginalia")}))
        QFile::remove(QDir(dir).filePath(old));

    const QStringList allFormats = {QStringLiteral("csv"), QStringLiteral("md"),   QStringLiteral("html"),
                                    QStringLiteral("odt"), QStringLiteral("docx"), QStringLiteral("pdf")};
    std::printf("marginalia-cli: %s (times are whole runs: start, open, work, write; cpu: user + system)\n", qPrintable(runner.cli));
    runCase(runner, dir, QStringLiteral("2MB"), 2 * 1024 * 1024, 5000, allFormats);
    if (!arguments.contains(QStringLiteral("--skip-large")))
        runCase(runner, dir, QStringLiteral("30MB"), 30 * 1024 * 1024, 135000,
                arguments.contains(QStringLiteral("--all-formats")) ? allFormats : allFormats.mid(0, 3));
    return 0;
}
