#pragma once

#include "common/Result.h"
#include "team/WorkingCopy.h"

#include <QString>

#include <memory>
#include <vector>

namespace marginalia {
class Project;
}

namespace marginalia::team {

struct PublishReport
{
    QString url;   // without the password
    qint64 changes = 0;
    qint64 texts = 0;
};

struct SyncReport
{
    qint64 pulled = 0;           // changes read from the server
    qint64 applied = 0;          // of them, those that altered this copy
    qint64 alreadyHere = 0;      // of them, this copy's own changes back, the objects already as they say
    qint64 keptLocal = 0;        // of them, skipped because this copy changed the object too (ours is sent)
    qint64 sent = 0;             // changes this copy sent
    qint64 conflicts = 0;        // conflicts found during this sync
    qint64 pushMs = 0;           // how long sending took (the push's server transaction), in milliseconds
    qint64 pushStatements = 0;   // the statements (round trips to the server) sending took
    qint64 refused = 0;          // local changes the member's role does not allow: not sent, undone here
    qint64 notUndone = 0;        // of them, those whose object could not be put back as the server has it:
                                 // this copy differs from the team's there (a not-allowed conflict says why)
    qint64 notBack = 0;          // pulled codings that gave way here to a local change no longer waiting, which
                                 // could not come back as the server has them: this copy differs there (a
                                 // coding-not-back conflict says why; tried again at the next sync)
    // The rows the pulled changes inserted, updated or deleted here, so that a GUI updates only those.
    // Past kFootprintLimit rows it is dropped and footprintComplete is false: reload everything then.
    ChangeFootprint footprint;
    bool footprintComplete = true;
    static constexpr qsizetype kFootprintLimit = 20000;
};

struct TeamStatus
{
    QString url;
    QString projectGuid;
    QString lastSync;
    qint64 waiting = 0;          // local changes not on the server yet
    bool online = false;
    QString offlineReason;       // the sentence, when not online
    qint64 incoming = -1;        // changes on the server not pulled yet (when online)
    std::vector<TeamConflict> conflicts;
};

// Puts a local project on an empty PostgreSQL database as a new team project, in one server
// transaction: the schema, every object as a change (COPY, streamed: memory does not grow with the
// project) and every document text once. The project becomes a working copy of it. The password
// is used for this connection only and never stored.
Result<PublishReport> publishProject(Project &project, const QString &url);

// Makes a new working copy at outPath of the team project at url, for this coder. The file gets its
// name only once every change has been applied (a failed join leaves no file).
Result<std::unique_ptr<Project>> joinProject(const QString &url, const QString &outPath, const QString &coder,
                                             SyncReport *report = nullptr);

// Pulls what the server has, sends what this copy has (records first made from the outbox), then
// pulls again (its own changes in log order, and conflicts found meanwhile). url overrides the
// stored one (e.g. to give a password for this session); empty: the stored one.
// offline (if given) tells a failure for want of the server (out of reach, or the connection lost
// midway: nothing is lost, the next sync catches up) from any other (refused credentials, a wrong
// address, the work itself), from PgConnection's typed answers, not from the sentence.
Result<SyncReport> syncProject(Project &project, const QString &url = {}, bool *offline = nullptr);

// The local state, and the server's when checkServer (offline gives online = false and the reason).
Result<TeamStatus> teamStatus(Project &project, bool checkServer);

} // namespace marginalia::team
