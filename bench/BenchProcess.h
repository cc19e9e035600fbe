#pragma once

// Running a program from a benchmark: its wall and CPU time (user + system, from wait4), its peak memory, and
// optionally a count of the lines it wrote.

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace marginalia::bench {

inline void check(bool ok, const QString &what)
{
    if (!ok) {
        std::fprintf(stderr, "benchmark failed: %s\n", qPrintable(what));
        std::exit(1);
    }
}

struct Times
{
    double wall = 0;   // seconds
    double cpu = 0;
};

// Runs a program (stdin from `input` when given, stdout and stderr discarded) and returns its times. Exit status 0
// is success, and also 1 when `oneIsSuccess` (grep finding nothing).
inline Times run(const QStringList &command, const QString &input = {}, qint64 *lines = nullptr, bool oneIsSuccess = false)
{
    std::vector<QByteArray> storage;
    for (const QString &argument : command)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &bytes : storage)
        argv.push_back(bytes.data());
    argv.push_back(nullptr);
    const QByteArray inputPath = input.toLocal8Bit();
    int pipeEnds[2] = {-1, -1};
    if (lines)
        check(pipe(pipeEnds) == 0, QStringLiteral("pipe"));
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = open("/dev/null", O_RDWR);
        dup2(lines ? pipeEnds[1] : null, STDOUT_FILENO);
        if (lines) {
            close(pipeEnds[0]);
            close(pipeEnds[1]);
        }
        dup2(null, STDERR_FILENO);
        if (!inputPath.isEmpty()) {
            const int in = open(inputPath.constData(), O_RDONLY);
            dup2(in, STDIN_FILENO);
        }
        execvp(argv[0], argv.data());
        _exit(127);
    }
    if (lines) {
        // The lines written, counted as they come.
        close(pipeEnds[1]);
        *lines = 0;
        std::vector<char> buffer(1 << 16);
        for (ssize_t got; (got = read(pipeEnds[0], buffer.data(), buffer.size())) > 0;)
            *lines += std::count(buffer.begin(), buffer.begin() + got, '\n');
        close(pipeEnds[0]);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Times times;
    times.wall = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const auto seconds = [](const timeval &t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    times.cpu = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    check(WIFEXITED(status) && (WEXITSTATUS(status) == 0 || (oneIsSuccess && WEXITSTATUS(status) == 1)), QStringLiteral("%1 failed").arg(command.join(u' ')));
    return times;
}

} // namespace marginalia::bench
