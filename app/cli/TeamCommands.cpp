#include "TeamCommands.h"

#include "CliOutput.h"
#include "CoderChoice.h"

#include "CliArgs.h"

#include "team/PgConnection.h"
#include "team/TeamRounds.h"
#include "team/TeamServer.h"
#include "team/TeamSync.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <limits>

#include <QJsonArray>
#include <QJsonObject>

namespace marginalia::cli {

namespace {

using namespace marginalia::team;

const QString kTeamSynopsis = QStringLiteral(
    "team publish PROJECT postgresql://USER@HOST/DB | team join postgresql://… OUT.marginalia --coder NAME | "
    "team sync PROJECT | team status PROJECT [--json] [--offline] | team watch PROJECT [--for SECONDS] | "
    "team add-member URL LOGIN --coder NAME --role owner|supervisor|coder|reader | team remove-member URL LOGIN | "
    "team round open PROJECT --sample NAME|--documents NAME,… | team round close PROJECT | team round show PROJECT");

// "team publish …" is parsed as the command "team publish" with the rest of the line.
QStringList subcommandArguments(const QStringList &arguments)
{
    QStringList rest = arguments;
    rest[1] = rest[1] + u' ' + rest[2];
    rest.removeAt(2);
    return rest;
}

int commandPublish(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("team publish"), QStringLiteral("team publish PROJECT URL [--json]"),
                           {coderOption(), jsonOption()}, 2, 2};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    auto project = openProject(invocation->positional[0], *invocation);
    if (!project)
        return Failed;
    auto published = publishProject(*project, invocation->positional[1]);
    if (!published) {
        printError(published.error());
        return Failed;
    }
    if (invocation->isSet(kJson))
        printJson(QJsonObject{{QStringLiteral("published"),
                               QJsonObject{{QStringLiteral("server"), published->url},
                                           {QStringLiteral("changes"), published->changes},
                                           {QStringLiteral("texts"), published->texts}}}});
    else
        printLine(QStringLiteral("Published %1 to %2: %3 objects, %4 texts. %1 is now a working copy; "
                                 "run 'marginalia-cli team sync %1' to exchange changes.")
                      .arg(project->fileName(), published->url)
                      .arg(published->changes)
                      .arg(published->texts));
    return Success;
}

QJsonObject syncJson(const SyncReport &report)
{
    return {{QStringLiteral("pulled"), report.pulled},   {QStringLiteral("applied"), report.applied},
            {QStringLiteral("kept_local"), report.keptLocal}, {QStringLiteral("sent"), report.sent},
            {QStringLiteral("conflicts"), report.conflicts}, {QStringLiteral("refused"), report.refused},
            {QStringLiteral("not_undone"), report.notUndone}, {QStringLiteral("not_back"), report.notBack}};
}

int commandJoin(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("team join"), QStringLiteral("team join URL OUT.marginalia --coder NAME [--json]"),
                           {coderOption(), jsonOption()}, 2, 2};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    const bool json = invocation->isSet(kJson);
    auto coder = chooseCoder(invocation->value(QStringLiteral("coder")));
    if (!coder) {
        printError(coder.error());
        return Failed;
    }
    announceCoder(*coder, json);
    SyncReport report;
    auto project = joinProject(invocation->positional[0], invocation->positional[1], coder->name, &report);
    if (!project) {
        printError(project.error());
        return Failed;
    }
    indexForSearch(**project, json);
    if (json)
        printJson(withCoderChoice(QJsonObject{{QStringLiteral("joined"),
                                               QJsonObject{{QStringLiteral("project"), (*project)->path()},
                                                           {QStringLiteral("server"),
                                                            urlWithoutPassword(invocation->positional[0])},
                                                           {QStringLiteral("changes"), report.applied}}}}));
    else
        printLine(QStringLiteral("Joined the team project at %1 as %2: %3 changes applied into %4.")
                      .arg(urlWithoutPassword(invocation->positional[0]), coder->name)
                      .arg(report.applied)
                      .arg((*project)->path()));
    return Success;
}

int commandSync(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("team sync"), QStringLiteral("team sync PROJECT [--json]"),
                           {coderOption(), jsonOption()}, 1, 1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    auto project = openProject(invocation->positional[0], *invocation);
    if (!project)
        return Failed;
    // Without --coder or MARGINALIA_CODER, the copy works as the coder who joined (or published) it.
    if (!invocation->isSet(QStringLiteral("coder")) && qEnvironmentVariableIsEmpty("MARGINALIA_CODER")) {
        if (auto binding = WorkingCopy(*project).binding(); binding && *binding && !(*binding)->coder.isEmpty()) {
            project->setCurrentCoder((*binding)->coder);
            announceCoder({(*binding)->coder, QStringLiteral("the working copy")}, invocation->isSet(kJson));
        }
    }
    bool offline = false;
    auto report = syncProject(*project, {}, &offline);
    if (!report) {
        // Out of reach (or cut off midway): say so plainly, and that the work done here is safe.
        if (offline)
            printError(QStringLiteral("Offline: %1 Nothing is lost: the changes made here stay in %2 and are sent with "
                                      "the next sync.")
                           .arg(report.error(), project->fileName()));
        else
            printError(report.error());
        return Failed;
    }
    const bool json = invocation->isSet(kJson);
    if (report->applied > 0)
        indexForSearch(*project, json);
    if (json) {
        printJson(QJsonObject{{QStringLiteral("synced"), syncJson(*report)}});
    } else {
        printLine(QStringLiteral("Synced: %1 changes pulled (%2 applied, %3 kept as changed here), %4 sent, %5 conflicts.")
                      .arg(report->pulled)
                      .arg(report->applied)
                      .arg(report->keptLocal)
                      .arg(report->sent)
                      .arg(report->conflicts));
        if (report->refused > report->notUndone)
            printLine(QStringLiteral("%1 of your changes are not allowed by your role on the server: not sent, and undone "
                                     "here.")
                          .arg(report->refused - report->notUndone));
        if (report->conflicts > 0 || report->refused > 0)
            printLine(QStringLiteral("See them with 'marginalia-cli team status %1'.").arg(invocation->positional[0]));
    }
    // A refused change that could not be undone, or a pulled coding that gave way to a local change and cannot come
    // back, leaves this copy unlike the team's: not a success.
    const auto differs = [&](qint64 count, const QString &what, const char *rule) {
        printError(QStringLiteral("%1 %2: %3 differs from the team's project there. 'marginalia-cli team status %4' says "
                                  "why (rule %5).")
                       .arg(count)
                       .arg(what, project->fileName(), invocation->positional[0], QLatin1StringView(rule)));
    };
    if (report->notUndone > 0) {
        differs(report->notUndone,
                QStringLiteral("of your changes are not allowed by your role on the server and were not sent, but "
                               "could not be undone here"),
                "not-allowed");
        return Failed;
    }
    if (report->notBack > 0) {
        differs(report->notBack,
                QStringLiteral("codings from the team server that gave way here to your changes could not come back as "
                               "the server has them"),
                "coding-not-back");
        return Failed;
    }
    return Success;
}

// Keeps the working copy in step: syncs at once, then whenever the server announces a push
// (LISTEN/NOTIFY) and every --every seconds (local changes go out then), until --for seconds have
// passed (0: until stopped). Offline, it says so once and tries again every 5 seconds.
int commandWatch(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("team watch"),
                           QStringLiteral("team watch PROJECT [--for SECONDS] [--every SECONDS]"),
                           {coderOption(), jsonOption(),
                            valueOption(QStringLiteral("for"), QStringLiteral("Stop after this many seconds."),
                                        QStringLiteral("SECONDS")),
                            valueOption(QStringLiteral("every"), QStringLiteral("Also sync this often (default 30)."),
                                        QStringLiteral("SECONDS"))},
                           1, 1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    qint64 duration = 0;
    qint64 every = 30;
    for (const auto &[name, target] : {std::pair{QStringLiteral("for"), &duration}, std::pair{QStringLiteral("every"), &every}}) {
        if (!invocation->isSet(name))
            continue;
        auto value = parseWholeNumber(invocation->value(name), QStringLiteral("--") + name, name == u"every" ? 1 : 0, 86400 * 365);
        if (!value) {
            printUsageError(value.error(), spec.synopsis);
            return Usage;
        }
        *target = *value;
    }
    auto project = openProject(invocation->positional[0], *invocation);
    if (!project)
        return Failed;
    WorkingCopy copy(*project);
    auto binding = copy.binding();
    if (!binding || !*binding) {
        printError(binding ? QStringLiteral("%1 is not a working copy of a team project.").arg(project->fileName())
                           : binding.error());
        return Failed;
    }
    if (!invocation->isSet(QStringLiteral("coder")) && qEnvironmentVariableIsEmpty("MARGINALIA_CODER")
        && !(*binding)->coder.isEmpty())
        project->setCurrentCoder((*binding)->coder);
    QElapsedTimer clock;
    clock.start();
    const auto remainingMs = [&]() -> qint64 {
        return duration == 0 ? std::numeric_limits<int>::max() : duration * 1000 - clock.elapsed();
    };
    const auto syncNow = [&]() -> bool {
        bool offline = false;
        auto report = syncProject(*project, {}, &offline);
        if (!report) {
            // Offline: nothing is lost, the next try catches up. Any other failure is said as such.
            if (offline)
                printLine(QStringLiteral("Offline: %1").arg(report.error()));
            else
                printError(QStringLiteral("Sync failed: %1").arg(report.error()));
            return false;
        }
        if (report->pulled > 0 || report->sent > 0 || report->conflicts > 0 || report->refused > 0) {
            printLine(QStringLiteral("%1 synced: %2 pulled, %3 applied, %4 sent, %5 conflicts")
                          .arg(nowTimestamp())
                          .arg(report->pulled)
                          .arg(report->applied)
                          .arg(report->sent)
                          .arg(report->conflicts));
            if (report->notUndone > 0)
                printLine(QStringLiteral("%1 refused changes could not be undone here: this copy differs from the "
                                         "team's there (see team status).")
                              .arg(report->notUndone));
            if (report->notBack > 0)
                printLine(QStringLiteral("%1 codings from the server could not come back here: this copy differs from "
                                         "the team's there (see team status).")
                              .arg(report->notBack));
            if (report->applied > 0)
                indexForSearch(*project, true);
        }
        return true;
    };
    while (remainingMs() > 0) {
        const auto pause = [&]() { QThread::msleep(static_cast<unsigned long>(std::clamp<qint64>(remainingMs(), 0, 5000))); };
        bool unreachable = false;
        auto connection = PgConnection::connect((*binding)->url, &unreachable);
        if (!connection) {
            if (unreachable)
                printLine(QStringLiteral("Offline: %1").arg(connection.error()));
            else
                printError(QStringLiteral("Cannot connect: %1").arg(connection.error()));
            pause();
            continue;
        }
        TeamServer server(**connection);
        if (auto listening = server.listen(); !listening) {
            if ((*connection)->lostConnection())
                printLine(QStringLiteral("Offline: %1").arg(listening.error()));
            else
                printError(QStringLiteral("Cannot watch: %1").arg(listening.error()));
            pause();
            continue;
        }
        if (!syncNow()) {
            pause();
            continue;
        }
        printLine(QStringLiteral("Watching the team project at %1").arg((*binding)->url));
        QElapsedTimer sinceSync;
        sinceSync.start();
        for (;;) {
            const qint64 wait = std::min(remainingMs(), every * 1000 - sinceSync.elapsed());
            if (remainingMs() <= 0)
                break;
            auto heard = (*connection)->waitForNotification(static_cast<int>(std::max<qint64>(wait, 0)));
            if (!heard) {
                if ((*connection)->lostConnection())
                    printLine(QStringLiteral("Offline: %1").arg(heard.error()));
                else
                    printError(QStringLiteral("Cannot watch: %1").arg(heard.error()));
                break;
            }
            if (*heard || sinceSync.elapsed() >= every * 1000) {
                if (!syncNow())
                    break;
                sinceSync.restart();
            }
        }
    }
    return Success;
}

// Makes a PostgreSQL login a member of the team project (run by the owner, or a superuser).
int commandAddMember(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("team add-member"),
                           QStringLiteral("team add-member URL LOGIN --coder NAME --role owner|supervisor|coder|reader"),
                           {coderOption(), jsonOption(),
                            valueOption(QStringLiteral("role"), QStringLiteral("owner, supervisor, coder or reader."),
                                        QStringLiteral("ROLE"))},
                           2, 2};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    const QString role = invocation->value(QStringLiteral("role"));
    const QString coder = invocation->value(QStringLiteral("coder")).trimmed();
    if (!QStringList{QStringLiteral("owner"), QStringLiteral("supervisor"), QStringLiteral("coder"), QStringLiteral("reader")}
             .contains(role)
        || coder.isEmpty()) {
        printUsageError(QStringLiteral("--role must be owner, supervisor, coder or reader, and --coder names the coder "
                                       "the member works as"),
                        spec.synopsis);
        return Usage;
    }
    auto connection = PgConnection::connect(invocation->positional[0]);
    if (!connection) {
        printError(connection.error());
        return Failed;
    }
    TeamServer server(**connection);
    if (auto project = server.project(); !project) {
        printError(project.error());
        return Failed;
    }
    if (auto ok = server.addMember(invocation->positional[1], coder, role); !ok) {
        printError(ok.error());
        return Failed;
    }
    if (invocation->isSet(kJson))
        printJson(QJsonObject{{QStringLiteral("member"), QJsonObject{{QStringLiteral("login"), invocation->positional[1]},
                                                                     {QStringLiteral("coder"), coder},
                                                                     {QStringLiteral("role"), role}}}});
    else
        printLine(QStringLiteral("%1 is now a %2 of the team project, working as %3.")
                      .arg(invocation->positional[1], role, coder));
    return Success;
}

int commandRemoveMember(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("team remove-member"), QStringLiteral("team remove-member URL LOGIN [--json]"),
                           {jsonOption()}, 2, 2};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    auto connection = PgConnection::connect(invocation->positional[0]);
    if (!connection) {
        printError(connection.error());
        return Failed;
    }
    TeamServer server(**connection);
    if (auto project = server.project(); !project) {
        printError(project.error());
        return Failed;
    }
    const QString login = invocation->positional[1];
    if (auto ok = server.removeMember(login); !ok) {
        printError(ok.error());
        return Failed;
    }
    if (invocation->isSet(kJson))
        printJson(QJsonObject{{QStringLiteral("removed"), login}});
    else
        printLine(QStringLiteral("%1 is no longer a member of the team project: the server refuses it from now on; its "
                                 "past changes stay.")
                      .arg(login));
    return Success;
}

// "team round open …": the round command's own subcommand joins its name.
QStringList roundArguments(const QStringList &arguments)
{
    QStringList rest = arguments;
    if (rest.size() > 2) {
        rest[1] = rest[1] + u' ' + rest[2];
        rest.removeAt(2);
    }
    return rest;
}

int commandRoundOpen(const QStringList &arguments)
{
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    QStringLiteral("The sample (a yes/no document attribute) whose documents the round is on."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption documents(QStringLiteral("documents"),
                                       QStringLiteral("The documents the round is on, by name, separated by commas (or "
                                                      "the option given again)."),
                                       QStringLiteral("NAMES"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("What to call the round (default: the sample's name)."),
                                  QStringLiteral("NAME"));
    const CommandSpec spec{QStringLiteral("team round open"),
                           QStringLiteral("team round open PROJECT --sample NAME|--documents NAME,… [--name NAME] [--json]"),
                           {jsonOption(), sample, documents, name}, 1, 1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    if (invocation->isSet(QStringLiteral("sample")) == invocation->isSet(QStringLiteral("documents"))) {
        printUsageError(QStringLiteral("give either --sample or --documents"), spec.synopsis);
        return Usage;
    }
    auto project = openProject(invocation->positional[0], *invocation, Project::Access::ReadOnly);
    if (!project)
        return Failed;
    TeamRounds rounds(*project);
    Result<QStringList> guids;
    QString roundName = invocation->value(QStringLiteral("name"));
    if (invocation->isSet(QStringLiteral("sample"))) {
        guids = rounds.documentsOfSample(invocation->value(QStringLiteral("sample")));
        if (roundName.isEmpty())
            roundName = invocation->value(QStringLiteral("sample"));
    } else {
        QStringList names;
        for (const QString &value : invocation->values(QStringLiteral("documents"))) {
            for (const QString &part : value.split(u','))
                if (!part.trimmed().isEmpty())
                    names << part.trimmed();
        }
        guids = rounds.documentsNamed(names);
        if (roundName.isEmpty())
            roundName = names.join(QStringLiteral(", "));
    }
    if (!guids) {
        printError(guids.error());
        return Failed;
    }
    auto opened = rounds.open(roundName, *guids);
    if (!opened) {
        printError(opened.error());
        return Failed;
    }
    if (invocation->isSet(kJson))
        printJson(QJsonObject{{QStringLiteral("round"), QJsonObject{{QStringLiteral("id"), *opened},
                                                                   {QStringLiteral("name"), roundName},
                                                                   {QStringLiteral("documents"), guids->size()}}}});
    else
        printLine(QStringLiteral("Blind round \"%1\" is open on %2 documents: until it is closed, coders see only their "
                                 "own codings on them (the server enforces it).")
                      .arg(roundName)
                      .arg(guids->size()));
    return Success;
}

int commandRoundClose(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("team round close"), QStringLiteral("team round close PROJECT [--json]"),
                           {jsonOption()}, 1, 1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    auto project = openProject(invocation->positional[0], *invocation, Project::Access::ReadOnly);
    if (!project)
        return Failed;
    auto delivered = TeamRounds(*project).close();
    if (!delivered) {
        printError(delivered.error());
        return Failed;
    }
    if (invocation->isSet(kJson))
        printJson(QJsonObject{{QStringLiteral("closed"), QJsonObject{{QStringLiteral("delivered"), *delivered}}}});
    else
        printLine(QStringLiteral("The blind round is closed: %1 coding changes it kept apart go to every working copy "
                                 "with its next sync; then agreement over the round can be computed.")
                      .arg(*delivered));
    return Success;
}

int commandRoundShow(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("team round show"), QStringLiteral("team round show PROJECT [--json]"),
                           {jsonOption()}, 1, 1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    auto project = openProject(invocation->positional[0], *invocation, Project::Access::ReadOnly);
    if (!project)
        return Failed;
    auto round = TeamRounds(*project).current();
    if (!round) {
        printError(round.error());
        return Failed;
    }
    if (invocation->isSet(kJson)) {
        printJson(QJsonObject{{QStringLiteral("round"),
                               *round ? QJsonValue(QJsonObject{{QStringLiteral("id"), (*round)->id},
                                                               {QStringLiteral("name"), (*round)->name},
                                                               {QStringLiteral("documents"),
                                                                QJsonArray::fromStringList((*round)->documents)},
                                                               {QStringLiteral("opened_by"), (*round)->openedBy},
                                                               {QStringLiteral("opened_at"), (*round)->openedAt}})
                                      : QJsonValue()}});
    } else if (*round) {
        printLine(QStringLiteral("Blind round \"%1\" on %2 documents, opened by %3 at %4.")
                      .arg((*round)->name)
                      .arg((*round)->documents.size())
                      .arg((*round)->openedBy, (*round)->openedAt));
    } else {
        printLine(QStringLiteral("No blind round is open."));
    }
    return Success;
}

int commandRound(const QStringList &arguments)
{
    const QString sub = arguments.size() > 2 ? arguments.at(2) : QString();
    if (sub == u"open")
        return commandRoundOpen(roundArguments(arguments));
    if (sub == u"close")
        return commandRoundClose(roundArguments(arguments));
    if (sub == u"show")
        return commandRoundShow(roundArguments(arguments));
    printUsageError(sub.isEmpty() ? QStringLiteral("team round needs open, close or show")
                                  : QStringLiteral("unknown team round subcommand '%1'").arg(sub),
                    kTeamSynopsis);
    return Usage;
}

int commandStatus(const QStringList &arguments)
{
    const QCommandLineOption offline(QStringLiteral("offline"), QStringLiteral("Do not ask the server."));
    const CommandSpec spec{QStringLiteral("team status"), QStringLiteral("team status PROJECT [--json] [--offline]"),
                           {jsonOption(), offline}, 1, 1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    auto project = openProject(invocation->positional[0], *invocation, Project::Access::ReadOnly);
    if (!project)
        return Failed;
    auto status = teamStatus(*project, !invocation->isSet(QStringLiteral("offline")));
    if (!status) {
        printError(status.error());
        return Failed;
    }
    if (invocation->isSet(kJson)) {
        QJsonArray conflicts;
        for (const TeamConflict &conflict : status->conflicts)
            conflicts.append(QJsonObject{{QStringLiteral("id"), conflict.guid},   {QStringLiteral("at"), conflict.at},
                                         {QStringLiteral("rule"), conflict.rule}, {QStringLiteral("kind"), conflict.kind},
                                         {QStringLiteral("key"), conflict.key},
                                         {QStringLiteral("message"), conflict.message}});
        printJson(QJsonObject{
            {QStringLiteral("server"), status->url},
            {QStringLiteral("project"), status->projectGuid},
            {QStringLiteral("last_sync"), status->lastSync.isEmpty() ? QJsonValue() : QJsonValue(status->lastSync)},
            {QStringLiteral("waiting"), status->waiting},
            {QStringLiteral("online"), status->online},
            {QStringLiteral("offline"), !status->online},
            {QStringLiteral("offline_reason"),
             status->offlineReason.isEmpty() ? QJsonValue() : QJsonValue(status->offlineReason)},
            {QStringLiteral("incoming"), status->incoming < 0 ? QJsonValue() : QJsonValue(status->incoming)},
            {QStringLiteral("conflicts"), conflicts}});
        return Success;
    }
    printLine(QStringLiteral("Working copy of the team project at %1").arg(status->url));
    printLine(QStringLiteral("  last sync: %1").arg(status->lastSync.isEmpty() ? QStringLiteral("never") : status->lastSync));
    printLine(QStringLiteral("  changes waiting to be sent: %1").arg(status->waiting));
    if (status->online)
        printLine(QStringLiteral("  server: online, %1 changes to pull").arg(status->incoming));
    else if (invocation->isSet(QStringLiteral("offline")))
        printLine(QStringLiteral("  server: not asked (--offline)"));
    else
        printLine(QStringLiteral("  server: offline — %1").arg(status->offlineReason));
    printLine(QStringLiteral("  conflicts: %1").arg(status->conflicts.size()));
    for (const TeamConflict &conflict : status->conflicts)
        printLine(QStringLiteral("    %1  %2").arg(conflict.at, conflict.message));
    return Success;
}

int commandTeam(const QStringList &arguments)
{
    const QString sub = arguments.size() > 2 ? arguments.at(2) : QString();
    if (sub == u"publish")
        return commandPublish(subcommandArguments(arguments));
    if (sub == u"join")
        return commandJoin(subcommandArguments(arguments));
    if (sub == u"sync")
        return commandSync(subcommandArguments(arguments));
    if (sub == u"status")
        return commandStatus(subcommandArguments(arguments));
    if (sub == u"watch")
        return commandWatch(subcommandArguments(arguments));
    if (sub == u"add-member")
        return commandAddMember(subcommandArguments(arguments));
    if (sub == u"remove-member")
        return commandRemoveMember(subcommandArguments(arguments));
    if (sub == u"round")
        return commandRound(subcommandArguments(arguments));
    printUsageError(sub.isEmpty() ? QStringLiteral("team needs a subcommand")
                                  : QStringLiteral("unknown team subcommand '%1'").arg(sub),
                    kTeamSynopsis);
    return Usage;
}

} // namespace

void addTeamCommands(CommandTable &table)
{
    table.insert(QStringLiteral("team"), commandTeam);
}

} // namespace marginalia::cli
