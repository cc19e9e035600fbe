#pragma once

#include "common/Result.h"
#include "project/ChangeRecorder.h"
#include "team/TeamServer.h"

#include <QJsonArray>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace marginalia {
class Project;
}

namespace marginalia::team {

// What binds a local project to a team server, kept in project_info (keys "team.*"). The URL is kept
// without its password.
struct TeamBinding
{
    QString url;
    QString projectGuid;   // the server's project
    QString origin;        // this working copy's own GUID: the origin of every change it sends
    LogPosition pulled;    // everything up to here is applied
    QString lastSync;      // ISO 8601 UTC of the last completed sync, or empty
    QString coder;         // who joined (or published): the coder a sync works as unless told otherwise
};

struct TeamConflict
{
    QString guid;
    QString at;
    QString rule;
    QString kind;
    QString key;
    QString message;
};

struct ApplyReport
{
    int applied = 0;          // changes that altered this copy
    int alreadyHere = 0;      // this copy's own changes back from the server, the objects already as they say
    int leftOut = 0;          // nothing to do (already gone, kept once) or not applied by a conflict rule
    int skippedAsLocal = 0;   // the object has local changes not sent yet: they win and go later
    int conflicts = 0;
    // The rows applying inserted, updated or deleted (local ids), for the GUI to update just those.
    ChangeFootprint footprint;
};

// The local side of a team project: the outbox the triggers of format 3 fill (team_outbox: which
// objects changed), the change records made from it (team_pending, each with its fixed GUID until
// the server has it), the conflicts seen (team_conflicts), and applying changes pulled from the
// server, one local transaction per batch.
class WorkingCopy
{
public:
    explicit WorkingCopy(Project &project) : m_project(project) {}

    // The binding, or nullopt for a project that is not a working copy.
    Result<std::optional<TeamBinding>> binding();
    // Makes the project a working copy of the server's project (inside the caller's transaction, if
    // any) and starts capturing local changes.
    Result<void> bind(const TeamBinding &binding);
    Result<void> setLastSync(const QString &when);

    // Turns the outbox into change records with their own GUIDs (team_pending), in an order that
    // can be applied (what an object refers to before it, deletions after what they free), in one
    // local transaction. base is the log position pulled so far. Returns how many were made.
    Result<int> prepareOutbox(const LogPosition &base);
    // The change records waiting to be sent, in order, with their base.
    struct Pending
    {
        qint64 seq = 0;
        ChangeRecord change;
        LogPosition base;
    };
    Result<std::vector<Pending>> pending();
    // Forgets records the server has (up to and including seq), but those in keep (refused ones
    // waiting to be undone).
    Result<void> removePendingUpTo(qint64 seq, const QSet<qint64> &keep = {});
    // The stored text of the local document with this content hash (to send with its record).
    Result<std::optional<QString>> textByHash(const QString &contentHash);

    // Records a conflict locally, and queues it to be sent so that every working copy shows it.
    Result<void> noteConflict(const TeamConflict &conflict, const QString &author, const LogPosition &base, bool queue);
    // The conflicts seen, oldest first; a page of them (from offset, at most limit; -1: all).
    Result<std::vector<TeamConflict>> conflicts(qint64 offset = 0, qint64 limit = -1);
    Result<qint64> conflictCount();

    // Applies a batch of pulled changes in one local transaction, with capture off, and moves the
    // pulled position to `to`. A change to an object that has local changes not yet sent is
    // skipped (they are sent later and win) and, if it came from another working copy, recorded as
    // a conflict. The rules for the rest are in docs/ARCHITECTURE.md ("Team projects").
    // `server` gives texts and the last state of deleted objects.
    Result<ApplyReport> apply(const std::vector<ChangeRecord> &changes, const LogPosition &to, TeamServer &server,
                              const QString &author);

    // Puts an object back as the server has it (its last change in the log, or gone if it has none; a
    // coding whose place a later change of another coding took is gone, as on every copy):
    // for a local change the server's roles do not allow. Capture is off meanwhile. Whether the object
    // is then as the server has it is read back, not assumed: a conflict rule may have kept it from
    // that (the conflicts it recorded say why).
    struct Restored
    {
        bool asOnServer = false;
        QStringList conflicts;   // the sentences of the conflicts applying the server's state found
        ChangeFootprint footprint;   // the rows it changed (the object, and a coding whose place it took)
    };
    Result<Restored> restoreFromServer(const QString &kind, const QString &key, TeamServer &server,
                                       const QString &author);
    // Whether the object is here as the server has it (its last change's state, or gone as there; a
    // coding whose place a later change of another coding took is gone).
    Result<bool> asOnServer(const QString &kind, const QString &key, TeamServer &server);

    // A pulled coding that yielded its place to a local one not sent yet (ChangeApplier::takePlace),
    // kept in project_info ("team.yield.<yielded GUID>" = the holder's GUID) in the applying
    // transaction. Should the holder's change not be sent as it was (refused, or moved on), the
    // yielded coding is put back as the server has it (syncProject); until then the record stays.
    Result<void> recordYield(const QString &yielded, const QString &holder);
    // The recorded yields (yielded GUID, holder GUID); those that gave way to holder (if given).
    Result<std::vector<std::pair<QString, QString>>> yields(const QString &holder = {});
    Result<void> forgetYield(const QString &yielded);

    // Local changes not sent: objects in the outbox plus records made but not yet on the server.
    Result<qint64> waitingCount();

    // Every local object as an upsert record, in applicable order, for publishing (streamed).
    Result<void> forEachObject(const std::function<Result<void>(const ChangeRecord &)> &visit);

private:
    Project &m_project;
};

// A conflict's GUID, the same wherever it is found (a name-based UUID of its parts), so that
// working copies finding the same conflict send it once.
QString conflictGuid(const QStringList &parts);

// A sentence for two changes of one object made without seeing each other; `later` is kept.
QString describeConcurrent(const ChangeRecord &earlier, const ChangeRecord &later);

} // namespace marginalia::team
