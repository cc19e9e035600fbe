#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace marginalia {

class Project;
class ProjectContext;

// Runs one piece of long work (an analysis, a report) off the GUI thread. The work gets a connection of its own,
// opened on the context's project file (an SQLite connection never crosses threads), read-only, with the GUI
// connection's current coder and blind rounds (Project::setBlindRoundsApplied), so the work sees the codings the
// GUI shows. Starting new work abandons
// the running one: its result is dropped when it ends. `done` runs on the GUI thread with an empty error on
// success, unless the work was cancelled or superseded. The destructor waits for running work.
class AnalysisTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisTask)

public:
    // How far work that can tell is, set from its thread: `step` of `steps` (steps 0: not known yet).
    struct Progress
    {
        std::atomic<qint64> step = 0;
        std::atomic<qint64> steps = 0;
    };
    using Work = std::function<QString(Project &project, const std::atomic_bool &cancelled)>;
    using ProgressWork = std::function<QString(Project &project, const std::atomic_bool &cancelled, Progress &progress)>;
    using Done = std::function<void(const QString &error)>;

    explicit AnalysisTask(QObject *parent = nullptr);
    ~AnalysisTask() override;

    void start(ProjectContext *context, Work work, Done done);
    void start(ProjectContext *context, ProgressWork work, Done done);
    // The running work's progress from 0 to 1, or -1 when nothing runs or the work has not said how far it is.
    double progress() const;
    // Abandons the running work: `done` is not called; the signal finished(false) is.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void started();
    // completed: false when cancelled or superseded.
    void finished(bool completed);

private:
    struct Run;
    void ended(const std::shared_ptr<Run> &run, QThread *thread);

    std::shared_ptr<Run> m_current;
    QList<QThread *> m_threads;
    bool m_running = false;
};

} // namespace marginalia
