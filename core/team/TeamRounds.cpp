#include "team/TeamRounds.h"

#include "project/AgreementRound.h"
#include "project/Project.h"
#include "team/WorkingCopy.h"

namespace marginalia::team {

Result<QStringList> TeamRounds::documentsOfSample(const QString &sample)
{
    // What a sample is and which documents it holds is the local rounds' definition (AgreementRound).
    if (auto isSet = checkIsDocumentSet(m_project, sample); !isSet)
        return failure(isSet.error());
    auto ids = documentsOfSet(m_project, sample);
    if (!ids)
        return failure(ids.error());
    auto row = m_project.database().prepare("SELECT guid FROM documents WHERE id = ?1");
    if (!row)
        return failure(row.error());
    QStringList guids;
    for (const qint64 id : *ids) {
        row->reset();
        row->bind(1, id);
        if (row->step())
            guids << row->text(0);
        else if (row->failed())
            return failure(row->error());
    }
    if (guids.isEmpty())
        return failure(QStringLiteral("the sample '%1' in %2 holds no documents").arg(sample, m_project.fileName()));
    return guids;
}

Result<QStringList> TeamRounds::documentsNamed(const QStringList &names)
{
    auto row = m_project.database().prepare("SELECT guid FROM documents WHERE name = ?1");
    if (!row)
        return failure(row.error());
    QStringList guids;
    for (const QString &name : names) {
        row->reset();
        row->bind(1, name);
        if (!row->step())
            return failure(row->failed() ? row->error()
                                         : QStringLiteral("%1 has no document named '%2'").arg(m_project.fileName(), name));
        if (!guids.contains(row->text(0)))
            guids << row->text(0);
    }
    if (guids.isEmpty())
        return failure(QStringLiteral("a blind round needs at least one document"));
    return guids;
}

Result<std::unique_ptr<PgConnection>> TeamRounds::connect(const QString &url, bool *offline)
{
    if (offline)
        *offline = false;
    auto binding = WorkingCopy(m_project).binding();
    if (!binding)
        return failure(binding.error());
    if (!*binding)
        return failure(QStringLiteral("%1 is not a working copy of a team project: blind rounds of a local project are "
                                      "opened in the Agreement tab")
                           .arg(m_project.fileName()));
    auto connection = PgConnection::connect(url.isEmpty() ? (*binding)->url : url, offline);
    if (!connection)
        return failure(connection.error());
    TeamServer server(**connection);
    auto project = server.project();
    if (!project) {
        if (offline)
            *offline = (*connection)->lostConnection();
        return failure(project.error());
    }
    if (project->guid != (*binding)->projectGuid)
        return failure(QStringLiteral("The database at %1 holds another team project (“%2”) than the one %3 belongs to.")
                           .arg((*connection)->safeUrl(), project->name, m_project.fileName()));
    return connection;
}

Result<qint64> TeamRounds::open(const QString &name, const QStringList &documentGuids, const QString &url,
                                bool *offline)
{
    auto connection = connect(url, offline);
    if (!connection)
        return failure(connection.error());
    TeamServer server(**connection);
    auto opened = server.openRound(name, documentGuids);
    if (!opened && offline)
        *offline = (*connection)->lostConnection();
    return opened;
}

Result<qint64> TeamRounds::close(const QString &url, bool *offline)
{
    auto connection = connect(url, offline);
    if (!connection)
        return failure(connection.error());
    TeamServer server(**connection);
    auto closed = server.closeRound();
    if (!closed && offline)
        *offline = (*connection)->lostConnection();
    return closed;
}

Result<std::optional<ServerRound>> TeamRounds::current(const QString &url)
{
    auto connection = connect(url);
    if (!connection)
        return failure(connection.error());
    TeamServer server(**connection);
    return server.openRoundInfo();
}

} // namespace marginalia::team
