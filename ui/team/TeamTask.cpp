#include "team/TeamTask.h"

#include "project/Project.h"
#include "team/TeamRounds.h"
#include "team/WorkingCopy.h"

#include <QThread>

namespace marginalia {

namespace {

// The local file opened on the task's thread, working as the coder who joined (as `team sync` does),
// else as the coder chosen in the window.
Result<std::unique_ptr<Project>> openAs(const QString &path, const QString &coder)
{
    auto project = Project::open(path);
    if (!project)
        return project;
    (*project)->setCurrentCoder(coder);
    auto binding = team::WorkingCopy(**project).binding();
    if (binding && *binding && !(*binding)->coder.isEmpty())
        (*project)->setCurrentCoder((*binding)->coder);
    return project;
}

} // namespace

TeamTask::Work TeamTask::publish(const QString &path, const QString &coder, const QString &url)
{
    return [=] {
        Outcome outcome;
        auto project = Project::open(path);
        if (!project) {
            outcome.error = project.error();
            return outcome;
        }
        (*project)->setCurrentCoder(coder);
        auto published = team::publishProject(**project, url);
        if (published)
            outcome.publish = *published;
        else
            outcome.error = published.error();
        return outcome;
    };
}

TeamTask::Work TeamTask::join(const QString &url, const QString &outPath, const QString &coder)
{
    return [=] {
        Outcome outcome;
        auto joined = team::joinProject(url, outPath, coder, &outcome.sync);
        if (!joined)
            outcome.error = joined.error();
        return outcome;   // the file closes here; the window opens it afterwards
    };
}

TeamTask::Work TeamTask::sync(const QString &path, const QString &coder, const QString &url)
{
    return [=] {
        Outcome outcome;
        auto project = openAs(path, coder);
        if (!project) {
            outcome.error = project.error();
            return outcome;
        }
        auto report = team::syncProject(**project, url, &outcome.offline);
        if (report)
            outcome.sync = *report;
        else
            outcome.error = report.error();
        return outcome;
    };
}

TeamTask::Work TeamTask::round(const QString &path, const QString &set, const QString &url)
{
    return [=] {
        Outcome outcome;
        auto project = Project::open(path, Project::Access::ReadOnly);
        if (!project) {
            outcome.error = project.error();
            return outcome;
        }
        team::TeamRounds rounds(**project);
        if (set.isEmpty()) {
            auto closed = rounds.close(url, &outcome.offline);
            if (closed)
                outcome.roundDelivered = *closed;
            else
                outcome.error = closed.error();
            return outcome;
        }
        auto documents = rounds.documentsOfSample(set);
        if (!documents) {
            outcome.error = documents.error();
            return outcome;
        }
        auto opened = rounds.open(set, *documents, url, &outcome.offline);
        if (opened)
            outcome.roundDocuments = documents->size();
        else
            outcome.error = opened.error();
        return outcome;
    };
}

TeamTask::TeamTask(Work work, QObject *parent)
    : QObject(parent)
{
    m_thread = QThread::create([this, work = std::move(work)] { m_outcome = work(); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->wait();
        Q_EMIT finished(m_outcome);
        deleteLater();
    });
    m_thread->start();
}

TeamTask::~TeamTask()
{
    m_thread->wait();
    delete m_thread;
}

} // namespace marginalia
