#include "AutocodeCommands.h"

#include "CliArgs.h"
#include "CliOutput.h"

#include "analysis/AutoCoder.h"
#include "project/Codebook.h"

#include <QJsonObject>

namespace marginalia::cli {

namespace {

int commandAutocode(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("autocode"),
        QStringLiteral("autocode PROJECT CODE QUERY [--unit match|sentence|paragraph] [--coder NAME] [--json]"),
        {valueOption(QStringLiteral("unit"), QStringLiteral("What to code around each hit (default match)."),
                     QStringLiteral("UNIT")),
         coderOption(), jsonOption()},
        3,
        3};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    auto unit = AutoCoder::parseUnit(invocation->isSet(QStringLiteral("unit")) ? invocation->value(QStringLiteral("unit"))
                                                                               : QStringLiteral("match"));
    if (!unit) {
        printError(QStringLiteral("autocode: ") + unit.error());
        return Usage;
    }
    auto project = openProject(invocation->positional[0], *invocation);
    if (!project)
        return Failed;
    auto code = Codebook(*project).find(invocation->positional[1]);
    if (!code) {
        printError(code.error());
        return Failed;
    }
    auto report = AutoCoder(*project).autoCode(*code, invocation->positional[2], *unit);
    if (!report) {
        printError(report.error());
        return Failed;
    }
    if (invocation->isSet(kJson))
        printJson(QJsonObject{{QStringLiteral("hits"), report->hits},
                              {QStringLiteral("added"), report->added},
                              {QStringLiteral("already_coded"), report->alreadyCoded}});
    else
        printLine(QStringLiteral("%1 hit(s), %2 new coding(s), %3 already coded")
                      .arg(report->hits)
                      .arg(report->added)
                      .arg(report->alreadyCoded));
    return Success;
}

} // namespace

void addAutocodeCommands(CommandTable &table)
{
    table.insert(QStringLiteral("autocode"), commandAutocode);
}

} // namespace marginalia::cli
