#include "compare/AnalysisTask.h"

#include "context/ProjectContext.h"
#include "project/Project.h"

#include <QThread>

#include <algorithm>

namespace marginalia {

struct AnalysisTask::Run
{
    std::atomic_bool cancelled = false;
    Progress progress;
    QString error;
    Done done;
};

AnalysisTask::AnalysisTask(QObject *parent)
    : QObject(parent)
{
}

AnalysisTask::~AnalysisTask()
{
    if (m_current)
        m_current->cancelled.store(true);
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void AnalysisTask::start(ProjectContext *context, Work work, Done done)
{
    start(
        context,
        [work = std::move(work)](Project &project, const std::atomic_bool &cancelled, Progress &) {
            return work(project, cancelled);
        },
        std::move(done));
}

double AnalysisTask::progress() const
{
    if (!m_current)
        return -1;
    const qint64 steps = m_current->progress.steps.load();
    if (steps <= 0)
        return -1;
    return std::clamp(static_cast<double>(m_current->progress.step.load()) / static_cast<double>(steps), 0.0, 1.0);
}

void AnalysisTask::start(ProjectContext *context, ProgressWork work, Done done)
{
    const QString projectPath = context->path();
    const QString coder = context->project().currentCoder();
    const bool blindRounds = context->project().blindRoundsApplied();
    if (m_current)
        m_current->cancelled.store(true);
    auto run = std::make_shared<Run>();
    run->done = std::move(done);
    m_current = run;
    QThread *thread = QThread::create([run, projectPath, coder, blindRounds, work = std::move(work)] {
        auto project = Project::open(projectPath, Project::Access::ReadOnly);
        if (!project) {
            run->error = project.error();
            return;
        }
        (*project)->setCurrentCoder(coder);
        if (auto applied = (*project)->setBlindRoundsApplied(blindRounds); !applied) {
            run->error = applied.error();
            return;
        }
        run->error = work(**project, run->cancelled, run->progress);
    });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, run, thread] { ended(run, thread); });
    const bool wasRunning = m_running;
    m_running = true;
    if (!wasRunning)
        Q_EMIT started();
    thread->start();
}

void AnalysisTask::cancel()
{
    if (!m_current)
        return;
    m_current->cancelled.store(true);
    m_current.reset();
    m_running = false;
    Q_EMIT finished(false);
}

void AnalysisTask::ended(const std::shared_ptr<Run> &run, QThread *thread)
{
    thread->wait();
    m_threads.removeOne(thread);
    delete thread;
    if (run != m_current)
        return;   // superseded or cancelled: already reported
    m_current.reset();
    m_running = false;
    const bool completed = !run->cancelled.load();
    if (completed && run->done)
        run->done(run->error);
    Q_EMIT finished(completed);
}

} // namespace marginalia
