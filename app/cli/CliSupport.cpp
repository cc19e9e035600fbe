#include "CliSupport.h"

#include "CliArgs.h"
#include "CliOutput.h"
#include "CoderChoice.h"

#include "search/SearchIndexer.h"

#include <algorithm>
#include <cmath>

#include <csignal>
#include <unistd.h>

namespace marginalia::cli {

const QString kJson = QStringLiteral("json");

std::optional<Invocation> parse(const CommandSpec &spec, const QStringList &arguments)
{
    Invocation invocation;
    invocation.parser = std::make_unique<QCommandLineParser>();
    QCommandLineParser &parser = *invocation.parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Every command takes --json: those with no data of their own print what they did.
    QList<QCommandLineOption> options = spec.options;
    const bool hasJson = std::any_of(options.cbegin(), options.cend(),
                                     [](const QCommandLineOption &o) { return o.names().contains(kJson); });
    if (!hasJson)
        options.append(jsonOption());
    parser.addOptions(options);
    invocation.options = options;
    const QStringList rest = positionalsAfterDoubleDash(arguments.mid(2), options);
    setJsonErrors(asksForJson(rest));
    // arguments are: program, command, rest; the parser takes the command for the program name.
    if (!parser.parse(QStringList{arguments.value(1)} + rest)) {
        printUsageError(QStringLiteral("%1: %2").arg(spec.name, parser.errorText()), spec.synopsis);
        return std::nullopt;
    }
    setJsonErrors(parser.isSet(kJson));
    invocation.positional = parser.positionalArguments();
    const auto count = invocation.positional.size();
    if (count < spec.minPositional || (spec.maxPositional >= 0 && count > spec.maxPositional)) {
        printUsageError(QStringLiteral("%1: wrong number of arguments (%2 given)").arg(spec.name).arg(count), spec.synopsis);
        return std::nullopt;
    }
    return invocation;
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(kJson, QStringLiteral("Print the result as JSON."));
}

QCommandLineOption valueOption(const QString &name, const QString &description, const QString &valueName)
{
    return QCommandLineOption(name, description, valueName);
}

QCommandLineOption coderOption()
{
    return valueOption(QStringLiteral("coder"), QStringLiteral("The coder doing this work."), QStringLiteral("NAME"));
}

std::unique_ptr<Project> openProject(const QString &path, const Invocation &invocation,
                                     Project::Access access)
{
    auto project = Project::open(path, access);
    if (!project) {
        printError(project.error());
        return nullptr;
    }
    // What opening found and did (a stale -wal set aside, no write-ahead log on this file system).
    for (const QString &note : (*project)->notes())
        printWarning(note);
    if (access == Project::Access::ReadOnly)
        return std::move(*project);   // (a read-only command's --coder is a filter, not who is working)
    // Every change is journalled under a coder. Commands that record work define --coder: they say
    // which coder they used and how it was found.
    const bool hasCoderOption = std::any_of(invocation.options.cbegin(), invocation.options.cend(),
                                            [](const QCommandLineOption &o) { return o.names().contains(QStringLiteral("coder")); });
    auto coder = chooseCoder(hasCoderOption ? invocation.value(QStringLiteral("coder")) : QString());
    if (!coder) {
        printError(coder.error());
        return nullptr;
    }
    if (hasCoderOption) {
        const bool json = std::any_of(invocation.options.cbegin(), invocation.options.cend(),
                                      [](const QCommandLineOption &o) { return o.names().contains(kJson); })
            && invocation.isSet(kJson);
        announceCoder(*coder, json);
    }
    (*project)->setCurrentCoder(coder->name);
    return std::move(*project);
}

namespace {

// The message guardMappedReads prepared, written by the handler with write(2) and nothing else (async-signal-safe).
char g_mappedReadMessage[4096];
size_t g_mappedReadMessageLength = 0;

void mappedReadFailed(int signal, siginfo_t *info, void *)
{
    // Only a mapped page that cannot be read (BUS_ADRERR: past the file's end, or an I/O error); any other SIGBUS is
    // a fault of its own and ends the process as it would have.
    if (info == nullptr || info->si_code != BUS_ADRERR) {
        ::signal(signal, SIG_DFL);
        ::raise(signal);
        return;
    }
    // Whatever stdout held is lost; the message and the exit code say the output is incomplete.
    [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, g_mappedReadMessage, g_mappedReadMessageLength);
    ::_exit(Failed);
}

} // namespace

void guardMappedReads(const QString &file)
{
    const QByteArray message =
        errorBytes(QStringLiteral("%1: the file could not be read to the end (its disk failed, or another program cut "
                                  "it short while it was being read); the output is incomplete")
                       .arg(file));
    g_mappedReadMessageLength = std::min(static_cast<size_t>(message.size()), sizeof g_mappedReadMessage);
    std::copy_n(message.constData(), g_mappedReadMessageLength, g_mappedReadMessage);
    struct sigaction action = {};
    action.sa_sigaction = mappedReadFailed;
    action.sa_flags = SA_SIGINFO;
    sigemptyset(&action.sa_mask);
    sigaction(SIGBUS, &action, nullptr);
}

QJsonObject stringMap(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

qint64 indexForSearch(Project &project, bool quiet, qint64 batchCharacters)
{
    auto report = SearchIndexer(project).indexPending({}, batchCharacters);
    if (!report) {
        printWarning(QStringLiteral("the documents are stored, but the search index could not be brought up to "
                                    "date (%1); searches read their text directly until 'marginalia-cli index %2' succeeds")
                       .arg(report.error(), project.path()));
        return 0;
    }
    if (!quiet && report->documents > 0)
        printLine(QStringLiteral("Indexed %1 documents for search").arg(report->documents));
    return report->documents;
}

} // namespace marginalia::cli
