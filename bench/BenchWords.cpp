// marginalia-bench-words (issue 12, speed): `marginalia-cli words` as a whole command on a project, in fresh
// processes, against a baseline build of the CLI (one before a change, --baseline) and a Python script that reads
// the same texts and counts its own tokens (bench/words_count.py: no ICU, no dictionary, so a reference for the
// cost of reading and counting, not the same words). Per variant of the command: the median CPU (user + system)
// and wall time of --runs runs of each, the ratio, and whether the outputs are byte for byte the same as the
// baseline's.
//
//   marginalia-bench-words PROJECT [--cli PATH] [--baseline PATH] [--runs N] [--no-python]
//
// The project is only read (marginalia-cli words opens it read-only); give a copy of a project of the size to
// measure, e.g. the 2,000-document, 41 MB one marginalia-bench-scale builds.

#include "BenchProcess.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace marginalia::bench;

namespace {

struct Measured
{
    std::vector<double> cpu;
    std::vector<double> wall;
    QByteArray output;   // of the last run
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n == 0 ? 0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Runs the command with its standard output into a file (kept for the comparison) and returns its times.
Times runInto(const QStringList &command, const QString &outputPath)
{
    std::vector<QByteArray> storage;
    for (const QString &argument : command)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &bytes : storage)
        argv.push_back(bytes.data());
    argv.push_back(nullptr);
    const QByteArray path = outputPath.toLocal8Bit();
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int out = open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int null = open("/dev/null", O_RDWR);
        dup2(out, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Times times;
    times.wall = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const auto seconds = [](const timeval &t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    times.cpu = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    check(WIFEXITED(status) && WEXITSTATUS(status) == 0, QStringLiteral("%1 failed").arg(command.join(u' ')));
    return times;
}

void add(Measured &measured, const Times &times, const QString &outputPath)
{
    measured.cpu.push_back(times.cpu);
    measured.wall.push_back(times.wall);
    QFile file(outputPath);
    check(file.open(QIODevice::ReadOnly), QStringLiteral("cannot read %1").arg(outputPath));
    measured.output = file.readAll();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const auto option = [&](const QString &name) {
        const qsizetype at = arguments.indexOf(name);
        if (at < 0 || at + 1 >= arguments.size())
            return QString();
        const QString value = arguments.at(at + 1);
        arguments.remove(at, 2);
        return value;
    };
    QString cli = option(QStringLiteral("--cli"));
    if (cli.isEmpty())
        cli = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/marginalia-cli");
    const QString baseline = option(QStringLiteral("--baseline"));
    const QString runsText = option(QStringLiteral("--runs"));
    const int runs = runsText.isEmpty() ? 5 : runsText.toInt();
    const bool python = !arguments.removeAll(QStringLiteral("--no-python"));
    if (arguments.size() != 1 || runs < 1) {
        std::fprintf(stderr, "usage: marginalia-bench-words PROJECT [--cli PATH] [--baseline PATH] [--runs N] [--no-python]\n");
        return 2;
    }
    const QString project = arguments.first();
    QTemporaryDir dir;
    check(dir.isValid(), QStringLiteral("no temporary folder"));

    std::printf("project: %s\nnew: %s\nbaseline: %s\nruns: %d each, alternating, fresh processes\n\n", qPrintable(project),
                qPrintable(cli), baseline.isEmpty() ? "(none)" : qPrintable(baseline), runs);
    std::printf("%-44s %10s %10s %10s %10s %7s  %s\n", "command (median of runs)", "new CPU s", "new wall", "base CPU",
                "base wall", "ratio", "output");
    const QList<QStringList> variants{
        {QStringLiteral("--json"), QStringLiteral("--top"), QStringLiteral("0")},
        {QStringLiteral("--json"), QStringLiteral("--top"), QStringLiteral("0"), QStringLiteral("--by-site"),
         QStringLiteral("--numbers"), QStringLiteral("--keep-labels")},
        {QStringLiteral("--top"), QStringLiteral("50")},
    };
    bool allSame = true;
    for (const QStringList &variant : variants) {
        Measured fresh;
        Measured old;
        const QString freshOut = dir.filePath(QStringLiteral("new.out"));
        const QString oldOut = dir.filePath(QStringLiteral("old.out"));
        for (int run = 0; run < runs; ++run) {
            add(fresh, runInto(QStringList{cli, QStringLiteral("words"), project} + variant, freshOut), freshOut);
            if (!baseline.isEmpty())
                add(old, runInto(QStringList{baseline, QStringLiteral("words"), project} + variant, oldOut), oldOut);
        }
        const double freshCpu = median(fresh.cpu);
        const double oldCpu = median(old.cpu);
        const bool same = baseline.isEmpty() || fresh.output == old.output;
        allSame = allSame && same;
        const QString label = QStringLiteral("words ") + variant.join(u' ');
        std::printf("%-44s %10.3f %10.3f %10s %10s %7s  %s\n", qPrintable(label), freshCpu, median(fresh.wall),
                    baseline.isEmpty() ? "-" : qPrintable(QString::number(oldCpu, 'f', 3)),
                    baseline.isEmpty() ? "-" : qPrintable(QString::number(median(old.wall), 'f', 3)),
                    baseline.isEmpty() ? "-" : qPrintable(QString::number(freshCpu / oldCpu, 'f', 2)),
                    baseline.isEmpty()
                        ? QCryptographicHash::hash(fresh.output, QCryptographicHash::Sha256).toHex().left(16).constData()
                    : same ? "identical"
                           : "DIFFERENT");
    }
    if (python) {
        Measured script;
        const QString out = dir.filePath(QStringLiteral("python.out"));
        for (int run = 0; run < runs; ++run)
            add(script, runInto({QStringLiteral("python3"), QStringLiteral(MARGINALIA_BENCH_SOURCE "/words_count.py"), project}, out), out);
        std::printf("%-44s %10.3f %10.3f   (reads the texts, counts its own tokens: %s)\n", "python3 words_count.py",
                    median(script.cpu), median(script.wall), script.output.left(script.output.indexOf('\n')).constData());
    }
    return allSame ? 0 : 1;
}
