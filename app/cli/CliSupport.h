#pragma once

#include "project/Project.h"
#include "search/SearchIndexer.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace marginalia::cli {

// What every command shares: parsing its command line, opening the project, common options.

extern const QString kJson;

// A parsed command line of one command: its positional arguments and options.
struct Invocation
{
    std::unique_ptr<QCommandLineParser> parser;
    QList<QCommandLineOption> options;
    QStringList positional;

    bool isSet(const QString &name) const { return parser->isSet(name); }
    QString value(const QString &name) const { return parser->value(name); }
    QStringList values(const QString &name) const { return parser->values(name); }
};

struct CommandSpec
{
    QString name;
    QString synopsis;
    QList<QCommandLineOption> options;
    int minPositional = 1;
    int maxPositional = 1;   // -1: unlimited
};

// A command takes the whole argument list (program, command, ...) and returns the exit code.
using Command = std::function<int(const QStringList &)>;
using CommandTable = QMap<QString, Command>;

// Parses arguments (program, command, rest) against the spec; prints usage and returns nothing on error.
std::optional<Invocation> parse(const CommandSpec &spec, const QStringList &arguments);

QCommandLineOption jsonOption();
QCommandLineOption valueOption(const QString &name, const QString &description, const QString &valueName);
QCommandLineOption coderOption();

// Opens the project (printing the error on failure) with the coder from --coder or MARGINALIA_CODER.
std::unique_ptr<Project> openProject(const QString &path, const Invocation &invocation,
                                     Project::Access access = Project::Access::ReadWrite);

// From here on, a read error of a memory-mapped file (SIGBUS: the disk failed, or another program cut the file short
// while it was read) ends the process with a message naming `file` and exit code Failed instead of a crash. Needed
// before Project::useMappedReads().
void guardMappedReads(const QString &file);

QJsonObject stringMap(const QMap<QString, QString> &map);

// Builds the search index for documents a command has just stored (they are committed already):
// a failure here loses nothing and is only reported, since the index can be built later
// (`marginalia-cli index`, or the GUI on opening). Prints a line unless quiet. Returns the
// number of documents indexed. An import, which held the project for its whole length anyway, indexes in
// SearchIndexer::kBulkBatchCharacters.
qint64 indexForSearch(Project &project, bool quiet,
                      qint64 batchCharacters = SearchIndexer::kDefaultBatchCharacters);

} // namespace marginalia::cli
