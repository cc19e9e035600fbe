#pragma once

#include "team/TeamSync.h"

#include <QObject>
#include <QString>

#include <functional>

class QThread;

namespace marginalia {

// One team operation (publish, join, sync) run on a thread of its own with its own connection to the
// local file, so that the window stays responsive while the server answers. finished() comes on the
// GUI thread; the task deletes itself afterwards.
class TeamTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamTask)

public:
    struct Outcome
    {
        QString error;              // the core's sentence; empty on success
        // The failure is for want of the server (out of reach, or the connection lost midway: nothing is
        // lost, a later try catches up), as the core tells it (PgConnection's typed answers), never read
        // from the sentence's words. False for any other failure (refused password, the work itself).
        bool offline = false;
        team::SyncReport sync;      // for a sync or a join
        team::PublishReport publish;
        qint64 roundDocuments = -1;  // a round opened on the server: its documents
        qint64 roundDelivered = -1;  // a round closed on the server: the hidden changes it delivered
    };
    using Work = std::function<Outcome()>;

    // Publishes the project at path to url (a working copy from then on).
    static Work publish(const QString &path, const QString &coder, const QString &url);
    // Makes a working copy of url at outPath for coder.
    static Work join(const QString &url, const QString &outPath, const QString &coder);
    // Pulls, sends, pulls; url with the session's password, or empty for the stored one.
    static Work sync(const QString &path, const QString &coder, const QString &url);

    // Opens a blind round on the sample `set` (its documents in the local file) on the server, or closes
    // the open one when set is empty.
    static Work round(const QString &path, const QString &set, const QString &url);

    // Starts work at once; the task is a child of parent until it has finished.
    TeamTask(Work work, QObject *parent);
    ~TeamTask() override;   // waits for the server's answer (libpq gives up after its timeout)

Q_SIGNALS:
    void finished(const marginalia::TeamTask::Outcome &outcome);

private:
    QThread *m_thread = nullptr;
    Outcome m_outcome;
};

} // namespace marginalia
