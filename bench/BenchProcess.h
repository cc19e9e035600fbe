#pragma once

// Running a program from a benchmark: its wall and CPU time (user + system, from wait4), its peak memory, and
// optionally a count of the lines it wrote.

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <fcntl.h>
#include <spawn.h>
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
    // posix_spawn, not fork: glibc starts the child without copying this process's page tables (CLONE_VFORK), so
    // neither the child's CPU time nor the wall time carries the benchmark's own size (a fork of a benchmark
    // holding a project's texts cost the child about 8 ms of CPU before exec, more than a rare search takes).
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    if (lines) {
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0]);
        posix_spawn_file_actions_addclose(&actions, pipeEnds[1]);
    } else {
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    }
    if (!inputPath.isEmpty())
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, inputPath.constData(), O_RDONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = -1;
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    check(spawned == 0, QStringLiteral("cannot start %1").arg(command.join(u' ')));
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
