// Output benchmark (issues 12 and 16): marginalia-cli's large outputs (codings, search, matrix; JSON, CSV and text)
// timed as whole runs, with each run's peak memory and a hash of everything it wrote, against another build (the
// one before a change, --baseline): the ratio of the times and whether the outputs are byte for byte the same.
//
//   project "135k": 20 documents of 1.5 MB (UTF-8; Chinese field notes with speaker turns), 4 sites, 6 codes,
//                   135,000 codings by two coders (a third of the spans coded by both)
//   --large:        one document of 200 MB with 3,000,000 codings (peak memory must stay under 1 GB; the baseline
//                   runs under an address-space limit of --baseline-limit-mb, 6,000 by default, so that it cannot
//                   take the machine down: a baseline that hits it is reported as failed)
//
//   marginalia-bench-output [--cli PATH] [--baseline PATH] [--runs N] [--keep DIR] [--large] [--only WORD]
//
// Times are medians of --runs runs (3; one run when a run takes over 20 s), each a fresh process on a fresh
// connection; cpu = user + system of the child.

#include "project/Codebook.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "text/TextIndex.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

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

void value(Result<void> result)
{
    check(result.has_value(), result.has_value() ? QString() : result.error());
}

// Field notes: sentences, a line break after every few, some lines a speaker's turn ("老师：…").
QString makeText(QRandomGenerator &random, qsizetype utf8Bytes)
{
    static const QStringList sentences = {
        QStringLiteral("教师们用于教学的方法主要是讲授，学生很少自己操作设备。"),
        QStringLiteral("我们学校每学期都给市里的资源平台录制微课。"),
        QStringLiteral("说实话，触控和批注功能基本不碰，推导过程我还是习惯写在黑板上。"),
        QStringLiteral("农村学校下载、播放，名校拿到了荣誉。"),
        QStringLiteral("The smartboard stays off during most lessons; the projector is used for slides."),
        QStringLiteral("观察者记录：后排三名学生在看手机，前排学生在记笔记。"),
    };
    QString text;
    text.reserve(utf8Bytes / 2);
    qsizetype bytes = 0;
    int inLine = 0;
    while (bytes < utf8Bytes) {
        if (inLine == 0 && random.bounded(3) == 0) {
            text += QStringLiteral("老师：");
            bytes += 9;
        }
        const QString &sentence = sentences[random.bounded(static_cast<int>(sentences.size()))];
        text += sentence;
        bytes += sentence.toUtf8().size();
        if (++inLine == 4) {
            text += u'\n';
            ++bytes;
            inLine = 0;
        }
    }
    text += u'\n';
    return text;
}

// documents × documentBytes of text; `codings` codings of 10 to 89 code points, spread over the documents and
// codes; a third of the spans coded by a second coder as well.
void buildProject(const QString &path, int documents, qsizetype documentBytes, qint64 codings)
{
    auto project = value(Project::create(path));
    project->setCurrentCoder(QStringLiteral("Observer"));
    DocumentStore store(*project);
    Codebook codebook(*project);
    QList<qint64> codeIds;
    for (const QString &name : {QStringLiteral("Lecturing"), QStringLiteral("Micro-lessons"), QStringLiteral("Devices"),
                                QStringLiteral("Rural schools"), QStringLiteral("Students"), QStringLiteral("Notes")}) {
        NewCode code;
        code.name = name;
        codeIds.append(value(codebook.add(code)));
    }
    QRandomGenerator random(12);
    QList<qint64> documentIds;
    QList<qint64> lengths;
    const QStringList sites = {QStringLiteral("Beijing"), QStringLiteral("Kunming"), QStringLiteral("Lanzhou"),
                               QStringLiteral("Shanghai")};
    for (int i = 0; i < documents; ++i) {
        NewDocument document;
        document.name = QStringLiteral("notes-%1.txt").arg(i + 1, 3, 10, QLatin1Char('0'));
        document.text = makeText(random, documentBytes);
        lengths.append(TextIndex::codePointLength(document.text));
        documentIds.append(value(store.add(document)));
        value(store.setAttribute(documentIds.last(), QStringLiteral("site"), sites[i % sites.size()]));
    }
    Database &db = project->database();
    const qint64 first = value(project->coderId(QStringLiteral("Observer")));
    const qint64 second = value(project->coderId(QStringLiteral("Second")));
    auto transaction = value(Transaction::begin(db));
    auto insert = value(db.prepare("INSERT OR IGNORE INTO codings(guid, document_id, code_id, start, end, coder_id, memo, "
                                   "created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, '2026-01-01T00:00:00Z')"));
    qint64 added = 0;
    qint64 guid = 0;
    while (added < codings) {
        const int d = static_cast<int>(random.bounded(documents));
        const qint64 start = static_cast<qint64>(random.bounded(static_cast<quint64>(lengths[d] - 90)));
        const qint64 end = start + 10 + random.bounded(80);
        const qint64 code = codeIds[random.bounded(static_cast<int>(codeIds.size()))];
        const bool both = random.bounded(3) == 0;
        for (const qint64 coder : {first, second}) {
            if (coder == second && !both)
                continue;
            const std::string id = "coding-" + std::to_string(++guid);
            insert.reset();
            insert.bind(1, std::string_view(id)).bind(2, documentIds[d]).bind(3, code).bind(4, start).bind(5, end).bind(6, coder);
            if (guid % 7 == 0)
                insert.bind(7, QStringLiteral("memo %1").arg(guid));
            else
                insert.bindNull(7);
            value(insert.run());
            added += db.changes();
        }
    }
    value(transaction.commit());
    value(db.exec("ANALYZE"));
}

struct Run
{
    bool ok = false;
    double wallMs = 0;
    double cpuMs = 0;
    long peakMb = 0;
    qint64 bytes = 0;
    QByteArray hash;
};

// One run of `cli` with `arguments`: stdout read through a pipe and hashed as it comes, stderr discarded; the peak
// resident memory from wait4. addressSpaceMb > 0: run under that RLIMIT_AS.
Run runOnce(const QString &cli, const QStringList &arguments, long addressSpaceMb)
{
    std::vector<QByteArray> storage{cli.toLocal8Bit()};
    for (const QString &argument : arguments)
        storage.push_back(argument.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &bytes : storage)
        argv.push_back(bytes.data());
    argv.push_back(nullptr);
    int pipeEnds[2];
    check(pipe(pipeEnds) == 0, QStringLiteral("pipe"));
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(pipeEnds[1], STDOUT_FILENO);
        close(pipeEnds[0]);
        close(pipeEnds[1]);
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDERR_FILENO);
        if (addressSpaceMb > 0) {
            const rlimit limit{static_cast<rlim_t>(addressSpaceMb) << 20, static_cast<rlim_t>(addressSpaceMb) << 20};
            setrlimit(RLIMIT_AS, &limit);
        }
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(pipeEnds[1]);
    Run run;
    QCryptographicHash hash(QCryptographicHash::Md5);
    std::vector<char> buffer(1 << 20);
    for (;;) {
        const ssize_t got = read(pipeEnds[0], buffer.data(), buffer.size());
        if (got <= 0)
            break;
        hash.addData(QByteArrayView(buffer.data(), got));
        run.bytes += got;
    }
    close(pipeEnds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.wallMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const auto ms = [](const timeval &t) { return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3; };
    run.cpuMs = ms(usage.ru_utime) + ms(usage.ru_stime);
    run.peakMb = usage.ru_maxrss / 1024;
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    run.hash = hash.result().toHex().left(12);
    return run;
}

// Medians of the runs' times, the highest peak; not ok if any run failed.
Run measure(const QString &cli, const QStringList &arguments, int runs, long addressSpaceMb)
{
    std::vector<Run> all{runOnce(cli, arguments, addressSpaceMb)};
    for (int i = 1; i < runs && all.front().ok && all.front().wallMs < 20000; ++i)
        all.push_back(runOnce(cli, arguments, addressSpaceMb));
    Run result = all.front();
    std::vector<double> wall;
    std::vector<double> cpu;
    for (const Run &run : all) {
        wall.push_back(run.wallMs);
        cpu.push_back(run.cpuMs);
        result.peakMb = std::max(result.peakMb, run.peakMb);
        result.ok = result.ok && run.ok && run.hash == all.front().hash;
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    result.wallMs = wall[wall.size() / 2];
    result.cpuMs = cpu[cpu.size() / 2];
    return result;
}

struct Options
{
    QString cli;
    QString baseline;
    int runs = 3;
    long baselineLimitMb = 6000;
    QString only;
};

void table(const Options &options, const QString &label, const QString &project)
{
    const QList<QStringList> commands = {
        {QStringLiteral("codings"), project, QStringLiteral("--json")},
        {QStringLiteral("codings"), project, QStringLiteral("--json"), QStringLiteral("--context"), QStringLiteral("40")},
        {QStringLiteral("codings"), project, QStringLiteral("--passages"), QStringLiteral("--json")},
        {QStringLiteral("codings"), project},
        {QStringLiteral("search"), project, QStringLiteral("教师"), QStringLiteral("--json")},
        {QStringLiteral("search"), project, QStringLiteral("教师")},
        {QStringLiteral("search"), project, QStringLiteral("smartboard"), QStringLiteral("--json")},
        {QStringLiteral("matrix"), project, QStringLiteral("--json")},
        {QStringLiteral("matrix"), project, QStringLiteral("--csv")},
        {QStringLiteral("matrix"), project},
    };
    std::printf("== %s\n", qPrintable(label));
    std::printf("   %-40s %10s %10s %6s  %9s %9s %6s  %8s %8s  %10s %s\n", "command", "base ms", "new ms", "ratio",
                "base cpu", "new cpu", "ratio", "base MB", "new MB", "out MB", "output");
    for (const QStringList &command : commands) {
        QStringList shown = command;
        shown[1] = QStringLiteral("P");
        const QString name = shown.join(u' ');
        if (!options.only.isEmpty() && !name.contains(options.only))
            continue;
        const Run after = measure(options.cli, command, options.runs, 0);
        Run before;
        if (!options.baseline.isEmpty())
            before = measure(options.baseline, command, options.runs, options.baselineLimitMb);
        const bool compared = !options.baseline.isEmpty() && before.ok;
        std::printf("   %-40s %10.0f %10.0f %6.2f  %9.0f %9.0f %6.2f  %8ld %8ld  %10.1f %s\n", qPrintable(name),
                    before.wallMs, after.wallMs, compared ? after.wallMs / before.wallMs : 0.0, before.cpuMs, after.cpuMs,
                    compared ? after.cpuMs / std::max(1.0, before.cpuMs) : 0.0, before.peakMb, after.peakMb,
                    static_cast<double>(after.bytes) / (1024.0 * 1024.0),
                    !after.ok                    ? "FAILED"
                    : options.baseline.isEmpty() ? after.hash.constData()
                    : !before.ok                 ? "baseline failed"
                    : before.hash == after.hash  ? "identical"
                                                 : "DIFFERENT");
        std::fflush(stdout);
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
    Options options;
    options.cli = option(QStringLiteral("--cli"));
    if (options.cli.isEmpty())
        options.cli = QDir(app.applicationDirPath()).filePath(QStringLiteral("../app/marginalia-cli"));
    options.baseline = option(QStringLiteral("--baseline"));
    options.only = option(QStringLiteral("--only"));
    if (const QString runs = option(QStringLiteral("--runs")); !runs.isEmpty())
        options.runs = std::max(1, runs.toInt());
    if (const QString limit = option(QStringLiteral("--baseline-limit-mb")); !limit.isEmpty())
        options.baselineLimitMb = limit.toLong();
    check(QFileInfo(options.cli).isExecutable(), QStringLiteral("no marginalia-cli at %1 (give --cli PATH)").arg(options.cli));
    QTemporaryDir temporary;
    QString dir = option(QStringLiteral("--keep"));
    if (dir.isEmpty())
        dir = temporary.path();
    check(QDir().mkpath(dir), QStringLiteral("cannot create %1").arg(dir));
    qputenv("QT_QPA_PLATFORM", "offscreen");
    std::printf("new: %s\nbaseline: %s\n", qPrintable(options.cli),
                options.baseline.isEmpty() ? "(none)" : qPrintable(options.baseline));

    // Projects are kept in --keep DIR between runs (building the large one takes a minute).
    const QString small = QDir(dir).filePath(QStringLiteral("output-135k.marginalia"));
    if (!QFileInfo::exists(small)) {
        QElapsedTimer built;
        built.start();
        buildProject(small, 20, 1536 * 1024, 135000);
        std::printf("built %s in %.1f s\n", qPrintable(small), static_cast<double>(built.elapsed()) / 1000.0);
    }
    table(options, QStringLiteral("20 documents, 30 MB, 135,000 codings"), small);
    if (arguments.contains(QStringLiteral("--large"))) {
        const QString large = QDir(dir).filePath(QStringLiteral("output-200mb.marginalia"));
        if (!QFileInfo::exists(large)) {
            QElapsedTimer built;
            built.start();
            buildProject(large, 1, 200LL * 1024 * 1024, 3000000);
            std::printf("built %s in %.1f s\n", qPrintable(large), static_cast<double>(built.elapsed()) / 1000.0);
        }
        table(options, QStringLiteral("one document of 200 MB, 3,000,000 codings"), large);
    }
    return 0;
}
