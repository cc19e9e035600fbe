#pragma once

#include "team/TeamTask.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>

class QTimer;
class QUndoCommand;

namespace marginalia {

class ProjectContext;
class TeamListener;

// The team side of an open working copy: syncs (on request, when the server announces changes, and
// every half minute to send local edits), listens to the server, and knows what the status bar shows:
// synced, changes waiting, offline, conflicts. Lives as long as the open project.
class TeamSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamSession)

public:
    explicit TeamSession(ProjectContext *context);
    ~TeamSession() override;

    // Whether the project is a working copy of a team project (bound to a server).
    static bool isWorkingCopy(ProjectContext *context);

    // The server's address as stored (without a password).
    QString url() const { return m_url; }
    // The coder this copy was joined (or published) as; empty if not recorded.
    QString joinedCoder() const { return m_joinedCoder; }
    // The address to connect with: url() with the password asked this session, if any. Restarts listening.
    void setConnectUrl(const QString &url);

    // Pulls, sends, pulls, off the GUI thread. A request during a sync runs once more afterwards.
    // userAsked: failures are for the user to see (syncFinished); otherwise they only show in the indicator.
    void sync(bool userAsked);
    bool isSyncing() const { return m_task != nullptr; }
    bool isListening() const;

    // Counts the local changes not sent and the conflicts, and reads the newest few of those (cheap:
    // two counts and a page of a small table; it runs after every local edit).
    void refreshLocal();

    QString statusText() const;
    QStringList statusToolTip() const;   // plain-text lines

Q_SIGNALS:
    void statusChanged();
    // A sync has ended; error is the core's sentence, empty on success. userAsked: Sync Now (its
    // failure is for the user to see; a background sync's failure only shows in the indicator).
    void syncFinished(const QString &error, const team::SyncReport &report, bool userAsked);
    // A blind round opened or closed in this copy (Agreement tab, sample planner, their undo) was
    // opened or closed on the server too (failed: message says why and what holds now).
    void serverRoundFinished(const QString &message, bool failed);
    // An edit that was already on the server was undone here: the undo goes out as a new change.
    void sentEditUndone(const QString &message);

private:
    void taskFinished(const TeamTask::Outcome &outcome);
    // Tells the open views what a sync changed in the file (see taskFinished).
    void announceApplied(const team::SyncReport &report);
    // Follows the local blind round (project_info agreement_round): a change is opened or closed on the
    // server too, one at a time; one the server could not be reached for is tried again after the
    // next successful sync.
    void checkLocalRound();
    // Undo stack positions: the effects of the commands below m_sentBoundary are on the server (the
    // stack's index after a sync that left nothing waiting; lowered when a new edit replaces commands
    // above it), whatever was undone and redone since; undoing one of them is announced.
    void undoIndexChanged(int index);
    void runRoundAction();
    void roundTaskFinished(const TeamTask::Outcome &outcome);

    static constexpr int kPeriodicSyncMs = 30000;
    // Conflicts named in the tooltip; `marginalia-cli team status` lists them all.
    static constexpr int kShownConflicts = 5;

    QPointer<ProjectContext> m_context;
    QString m_path;
    QString m_url;
    QString m_joinedCoder;
    QString m_connectUrl;
    TeamListener *m_listener;
    QTimer *m_periodic;
    TeamTask *m_task = nullptr;
    bool m_taskUserAsked = false;
    bool m_again = false;
    bool m_againUserAsked = false;

    int m_undoIndex = 0;
    const QUndoCommand *m_nextRedo = nullptr;   // the command a redo would do again (compared, never used)
    int m_sentBoundary = 0;

    QString m_localRound;                // the sample of the local round as last seen; empty: none
    std::deque<QString> m_roundActions;  // to do on the server: open on a sample, or close (empty)
    TeamTask *m_roundTask = nullptr;

    // What the indicator shows.
    bool m_offline = false;
    QString m_offlineReason;
    QString m_syncError;   // the last sync failed for another reason than the connection (the core's sentence)
    QString m_lastSync;
    qint64 m_waiting = 0;
    qint64 m_conflictCount = 0;
    QStringList m_newestConflicts;   // the sentences of the newest few, newest last
};

} // namespace marginalia
