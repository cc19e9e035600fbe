#include "ReportCommands.h"

#include "CliArgs.h"
#include "CliOutput.h"

#include "analysis/Agreement.h"
#include "project/Codebook.h"
#include "report/Report.h"
#include "report/ReportLabels.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

namespace marginalia::cli {

namespace {

int commandReport(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("report"),
        QStringLiteral("report PROJECT --out FILE.(html|odt|docx|pdf|md|csv) [--code NAME]... [--site S]... "
                       "[--by code|site] [--context N] [--matrix] [--coders A,B] [--title TEXT] [--author NAME] "
                       "[--language en|zh_CN|de|sv] [--reliability A,B [--reliability-unit U]] [--json]"),
        {valueOption(QStringLiteral("out"), QStringLiteral("The report file; its extension chooses the format."),
                     QStringLiteral("FILE")),
         valueOption(QStringLiteral("code"), QStringLiteral("Only this code and its sub-codes (repeatable)."),
                     QStringLiteral("NAME")),
         valueOption(QStringLiteral("site"), QStringLiteral("Only documents of this site (repeatable)."), QStringLiteral("S")),
         valueOption(QStringLiteral("by"), QStringLiteral("Group by code (default) or by site then code."),
                     QStringLiteral("code|site")),
         valueOption(QStringLiteral("context"), QStringLiteral("Characters of context on each side of an excerpt."),
                     QStringLiteral("N")),
         QCommandLineOption(QStringLiteral("matrix"), QStringLiteral("Put the code × site matrix at the top.")),
         valueOption(QStringLiteral("coders"), QStringLiteral("Only these coders' codings, separated by commas."),
                     QStringLiteral("A,B")),
         valueOption(QStringLiteral("title"), QStringLiteral("The report's title."), QStringLiteral("TEXT")),
         valueOption(QStringLiteral("author"), QStringLiteral("The author under the title (default: the current coder)."),
                     QStringLiteral("NAME")),
         valueOption(QStringLiteral("language"),
                     QStringLiteral("The language of the report's headings and labels (default: en)."),
                     QStringLiteral("en|zh_CN|de|sv")),
         valueOption(QStringLiteral("reliability"),
                     QStringLiteral("End with a methods paragraph on these coders' agreement over the report's codes."),
                     QStringLiteral("A,B")),
         valueOption(QStringLiteral("reliability-unit"),
                     QStringLiteral("The unit of that agreement (default: paragraph)."),
                     QStringLiteral("character|sentence|paragraph|document|segment")),
         jsonOption()},
        1,
        1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    const QString out = invocation->value(QStringLiteral("out"));
    if (out.isEmpty()) {
        printError(QStringLiteral("report: --out FILE is required\nusage: marginalia-cli ") + spec.synopsis);
        return Usage;
    }
    auto format = ReportWriter::formatForPath(out);
    if (!format) {
        printError(QStringLiteral("report: ") + format.error());
        return Usage;
    }
    ReportOptions options;
    const QString by = invocation->value(QStringLiteral("by"));
    if (by == u"site")
        options.grouping = ReportGrouping::BySite;
    else if (!by.isEmpty() && by != u"code") {
        printError(QStringLiteral("report: --by takes code or site, not '%1'").arg(by));
        return Usage;
    }
    const auto context = wholeNumberOption(spec.name, *invocation, QStringLiteral("context"), options.contextLength, 0,
                                           kMaxContext);
    if (!context)
        return Usage;
    options.contextLength = static_cast<int>(*context);
    options.sites = invocation->values(QStringLiteral("site"));
    options.includeMatrix = invocation->isSet(QStringLiteral("matrix"));
    options.title = invocation->value(QStringLiteral("title"));
    options.author = invocation->value(QStringLiteral("author"));
    if (invocation->isSet(QStringLiteral("reliability"))) {
        options.reliabilityCoders = invocation->value(QStringLiteral("reliability")).split(u',', Qt::SkipEmptyParts);
        for (QString &coder : options.reliabilityCoders)
            coder = coder.trimmed();
        if (options.reliabilityCoders.size() < 2) {
            printError(QStringLiteral("report: --reliability takes two or more coders separated by commas"));
            return Usage;
        }
    }
    if (invocation->isSet(QStringLiteral("reliability-unit"))) {
        const auto unit = agreementUnitFromName(invocation->value(QStringLiteral("reliability-unit")));
        if (!unit) {
            printError(QStringLiteral("report: --reliability-unit takes character, sentence, paragraph, document or "
                                      "segment, not '%1'")
                           .arg(invocation->value(QStringLiteral("reliability-unit"))));
            return Usage;
        }
        options.reliabilityUnit = *unit;
    }
    if (invocation->isSet(QStringLiteral("language"))) {
        // The translations the GUI reads: installed (share/marginalia/translations), then beside the program.
        const QString language = invocation->value(QStringLiteral("language"));
        if (!ReportLabels::languages().contains(language)) {
            printError(QStringLiteral("report: --language takes %1, not '%2'")
                           .arg(ReportLabels::languages().join(QStringLiteral(", ")), language));
            return Usage;
        }
        const QDir programFolder(QCoreApplication::applicationDirPath());
        auto labels = ReportLabels::load(
            language,
            {QDir::cleanPath(programFolder.filePath(QStringLiteral(MARGINALIA_TRANSLATIONS_FROM_PROGRAM))),
             programFolder.path()});
        if (!labels) {
            printError(QStringLiteral("report: ") + labels.error());
            return Failed;
        }
        options.labels = *labels;
    }
    for (const QString &value : invocation->values(QStringLiteral("coders")))
        for (const QString &name : value.split(u',', Qt::SkipEmptyParts))
            options.coders.append(name.trimmed());
    auto project = openProject(invocation->positional[0], *invocation, Project::Access::ReadOnly);
    if (!project)
        return Failed;
    QMap<QString, QStringList> sites;
    if (!options.sites.isEmpty())
        sites.insert(QStringLiteral("site"), options.sites);
    if (!filtersKnown(*project, sites, options.coders))
        return Failed;
    Codebook codebook(*project);
    for (const QString &name : invocation->values(QStringLiteral("code"))) {
        auto id = codebook.find(name);
        if (!id) {
            printError(id.error());
            return Failed;
        }
        options.codeIds.append(*id);
    }
    auto data = ReportWriter::collect(*project, options);
    if (!data) {
        printError(data.error());
        return Failed;
    }
    if (auto ok = ReportWriter::write(*project, *data, *format, out); !ok) {
        printError(ok.error());
        return Failed;
    }
    if (invocation->isSet(kJson))
        printJson(QJsonObject{{QStringLiteral("out"), out},
                              {QStringLiteral("excerpts"), data->excerptCount},
                              {QStringLiteral("passages"), data->excerptCount},
                              {QStringLiteral("codings"), data->codingCount},
                              {QStringLiteral("sections"), data->sections.size()}});
    else
        printLine(QStringLiteral("Wrote %1 (%2) to %3")
                      .arg(ReportLabels().passageCount(data->excerptCount), ReportLabels().codingCount(data->codingCount), out));
    return Success;
}
} // namespace

void addReportCommands(CommandTable &table)
{
    table.insert(QStringLiteral("report"), commandReport);
}

} // namespace marginalia::cli
