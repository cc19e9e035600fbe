#include "MemoCommands.h"

#include "CliOutput.h"

#include "common/AtomicFile.h"
#include "memos/MemoWriter.h"
#include "project/Project.h"

#include <QJsonObject>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace marginalia::cli {

namespace {

// stdout as a sink: each piece written at once (the memos stream as they are read), a failed write (a closed pipe,
// a full disk behind a redirection) ends the export with the reason.
Result<void> writeToStdout(QByteArrayView bytes)
{
    if (std::fwrite(bytes.data(), 1, static_cast<size_t>(bytes.size()), stdout) != static_cast<size_t>(bytes.size())
        || std::fflush(stdout) != 0)
        return failure(QStringLiteral("could not write the memos to the standard output: %1")
                           .arg(AtomicFile::describeError(errno)));
    return {};
}

int commandMemos(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("memos"),
        QStringLiteral("memos PROJECT [--json | --csv | --markdown | --html] [--output FILE]"),
        {jsonOption(),
         QCommandLineOption(QStringLiteral("csv"), QStringLiteral("Write CSV (UTF-8, one row a memo).")),
         QCommandLineOption(QStringLiteral("markdown"), QStringLiteral("Write Markdown.")),
         QCommandLineOption(QStringLiteral("html"), QStringLiteral("Write one HTML file.")),
         valueOption(QStringLiteral("output"),
                     QStringLiteral("Write to FILE (whole or not at all) instead of printing."), QStringLiteral("FILE"))},
        1,
        1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    const bool json = invocation->isSet(kJson);
    const bool toFile = invocation->isSet(QStringLiteral("output"));
    int formats = 0;
    MemoFormat format = json ? MemoFormat::Json : MemoFormat::Text;
    QString formatName = json ? QStringLiteral("json") : QStringLiteral("text");
    for (const auto &[name, value] : {std::pair{QStringLiteral("csv"), MemoFormat::Csv},
                                      std::pair{QStringLiteral("markdown"), MemoFormat::Markdown},
                                      std::pair{QStringLiteral("html"), MemoFormat::Html}}) {
        if (invocation->isSet(name)) {
            ++formats;
            format = value;
            formatName = name;
        }
    }
    if (formats > 1) {
        printUsageError(QStringLiteral("memos: choose one of --csv, --markdown and --html"), spec.synopsis);
        return Usage;
    }
    if (formats == 1 && json && !toFile) {
        // Under --json stdout carries only JSON: the other format has to go to a file.
        printUsageError(QStringLiteral("memos: --json with --%1 needs --output FILE").arg(formatName), spec.synopsis);
        return Usage;
    }
    auto project = openProject(invocation->positional[0], *invocation, Project::Access::ReadOnly);
    if (!project)
        return Failed;

    if (!toFile) {
        auto written = exportMemos(*project, format, MemoLabels{}, writeToStdout);
        if (!written) {
            printError(QStringLiteral("memos: ") + written.error());
            return Failed;
        }
        if (format == MemoFormat::Text && *written == 0)
            printLine(MemoLabels{}.noMemos);
        return Success;
    }
    const QString path = invocation->value(QStringLiteral("output"));
    AtomicFile::removeStaleTemporaries(path);
    AtomicFile file(path);
    if (auto begun = file.begin(); !begun) {
        printError(QStringLiteral("memos: ") + begun.error());
        return Failed;
    }
    auto written = exportMemos(*project, format, MemoLabels{}, [&file](QByteArrayView bytes) { return file.append(bytes); });
    if (!written) {
        file.discard();
        printError(QStringLiteral("memos: %1: not written: %2").arg(path, written.error()));
        return Failed;
    }
    if (auto committed = file.commit(); !committed) {
        printError(QStringLiteral("memos: ") + committed.error());
        return Failed;
    }
    if (json)
        printJson(QJsonObject{{QStringLiteral("output"), path},
                              {QStringLiteral("format"), formatName},
                              {QStringLiteral("memos"), *written}});
    else
        printLine(QStringLiteral("Wrote %1 memo(s) to %2").arg(*written).arg(path));
    return Success;
}

} // namespace

void addMemoCommands(CommandTable &table)
{
    table.insert(QStringLiteral("memos"), commandMemos);
}

} // namespace marginalia::cli
