#pragma once

#include "common/Result.h"
#include "team/TeamServer.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace marginalia {
class Project;
}

namespace marginalia::team {

// Blind coding rounds of a team project, from a working copy: the documents are named in the local
// copy (a sample, i.e. a yes/no document attribute, or document names) and sent as GUIDs; the round
// itself lives on the server (TeamServer::openRound), which enforces it with row-level security.
class TeamRounds
{
public:
    explicit TeamRounds(Project &project) : m_project(project) {}

    // The GUIDs of the documents of a sample (its attribute true: AgreementRound's documentsOfSet), in
    // id order; a sentence for a name that is no yes/no attribute or a sample without documents.
    Result<QStringList> documentsOfSample(const QString &sample);
    // The GUIDs of documents given by name; a sentence naming the first unknown one.
    Result<QStringList> documentsNamed(const QStringList &names);

    // Opens a round on the server this copy is bound to; url overrides the stored address (for a
    // password given this session). Returns the round's id. offline (if given) says whether a failure
    // is for want of the server (out of reach, or the connection lost), from PgConnection's typed
    // answers, as syncProject's does.
    Result<qint64> open(const QString &name, const QStringList &documentGuids, const QString &url = {},
                        bool *offline = nullptr);
    // Closes the open round on the server; returns how many hidden changes it delivered to everyone.
    Result<qint64> close(const QString &url = {}, bool *offline = nullptr);
    // The round open on the server, if any.
    Result<std::optional<ServerRound>> current(const QString &url = {});

private:
    Result<std::unique_ptr<PgConnection>> connect(const QString &url, bool *offline = nullptr);

    Project &m_project;
};

} // namespace marginalia::team
