#include "InterchangeCommands.h"

#include "CliOutput.h"
#include "CliSupport.h"

#include "refiqda/ProjectMerger.h"
#include "refiqda/RefiQda.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace marginalia::cli {

namespace {

QJsonObject exportJson(const RefiExportReport &report)
{
    return QJsonObject{{QStringLiteral("file"), report.path},
                       {QStringLiteral("coders"), report.coders},
                       {QStringLiteral("codes"), report.codes},
                       {QStringLiteral("documents"), report.documents},
                       {QStringLiteral("codings"), report.codings},
                       {QStringLiteral("notes"), report.notes},
                       {QStringLiteral("variables"), report.variables},
                       {QStringLiteral("cases"), report.cases},
                       {QStringLiteral("sets"), report.sets}};
}

QString positionUnitName(PositionUnits unit)
{
    return unit == PositionUnits::Utf16Units ? QStringLiteral("UTF-16 units") : QStringLiteral("code points");
}

QJsonArray positionsJson(const RefiImportReport &report)
{
    QJsonArray positions;
    for (const RefiPositionChoice &choice : report.positions)
        positions.append(QJsonObject{{QStringLiteral("source"), choice.source},
                                     {QStringLiteral("units"), choice.unit == PositionUnits::Utf16Units
                                                                   ? QStringLiteral("utf16")
                                                                   : QStringLiteral("code-points")},
                                     {QStringLiteral("forced"), choice.forced},
                                     {QStringLiteral("weak"), choice.weak},
                                     {QStringLiteral("evidence"), choice.evidence}});
    return positions;
}

QJsonArray skippedJson(const RefiImportReport &report)
{
    QJsonArray skipped;
    for (const RefiSkipped &item : report.skipped)
        skipped.append(QJsonObject{{QStringLiteral("item"), item.item}, {QStringLiteral("reason"), item.reason}});
    return skipped;
}

QJsonObject importJson(const RefiImportReport &report)
{
    const QJsonArray skipped = skippedJson(report);
    return QJsonObject{{QStringLiteral("file"), report.file},
                       {QStringLiteral("project"), report.project},
                       {QStringLiteral("coders"), report.coders},
                       {QStringLiteral("codes"), report.codes},
                       {QStringLiteral("codes_matched"), report.codesMatched},
                       {QStringLiteral("documents"), report.documents},
                       {QStringLiteral("codings"), report.codings},
                       {QStringLiteral("codings_collapsed"), report.collapsedCodings},
                       {QStringLiteral("notes"), report.notes},
                       {QStringLiteral("attributes"), report.attributes},
                       {QStringLiteral("cases"), report.cases},
                       {QStringLiteral("collapsed_aliases"), QJsonArray::fromStringList(report.collapsedAliases)},
                       {QStringLiteral("producer"), report.producer},
                       {QStringLiteral("sources_not_stored"), report.sourcesNotStored},
                       {QStringLiteral("positions"), positionsJson(report)},
                       {QStringLiteral("skipped"), skipped},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)}};
}

// The first line of a partial import: how many sources are missing and why, before anything else.
QString partialLine(const RefiImportReport &report)
{
    return QStringLiteral("Partial import: %1 source(s) of %2 could not be stored (their text is missing from the archive "
                          "or unreadable; listed below as skipped); the project holds the rest")
        .arg(report.sourcesNotStored)
        .arg(report.file);
}

// What was not imported, to stderr: the partial-import line first, then each skipped item.
void printImportProblems(const RefiImportReport &report)
{
    if (report.sourcesNotStored > 0)
        printError(partialLine(report));
    for (const RefiSkipped &item : report.skipped)
        printError(QStringLiteral("Skipped %1: %2").arg(item.item, item.reason));
}

// Reports go to stdout; everything that was not imported goes to stderr, so that a script
// reading stdout cannot miss that the result is partial.
void printImportReport(const RefiImportReport &report)
{
    if (report.sourcesNotStored > 0)
        printError(partialLine(report));
    for (const RefiPositionChoice &choice : report.positions) {
        if (!choice.evidence.isEmpty())
            printLine(QStringLiteral("Positions in '%1' read as %2%3: %4")
                          .arg(choice.source, positionUnitName(choice.unit),
                               choice.forced ? QStringLiteral(" (as requested)") : QString(), choice.evidence));
    }
    for (const QString &warning : report.warnings)
        printLine(QStringLiteral("Note: %1").arg(warning));
    for (const RefiSkipped &item : report.skipped)
        printError(QStringLiteral("Skipped %1: %2").arg(item.item, item.reason));
}

std::optional<PositionUnits> positionUnits(const Invocation &invocation, const QString &command)
{
    const QString units = invocation.value(QStringLiteral("positions"));
    if (units.isEmpty() || units == u"detect")
        return PositionUnits::Detect;
    if (units == u"code-points")
        return PositionUnits::CodePoints;
    if (units == u"utf16")
        return PositionUnits::Utf16Units;
    printError(QStringLiteral("%1: --positions takes detect, code-points or utf16, not '%2'").arg(command, units));
    return std::nullopt;
}

// A size or count for a limit: a whole number, optionally with K, M or G (binary). Range-checked:
// zero, negative, fractional, "inf" and "nan" are refused with a sentence.
std::optional<qint64> limitValue(const QString &text, bool isSize)
{
    QString digits = text.trimmed().toUpper();
    qint64 factor = 1;
    if (isSize && !digits.isEmpty()) {
        const QChar unit = digits.back();
        if (unit == u'K' || unit == u'M' || unit == u'G') {
            factor = unit == u'K' ? 1024 : unit == u'M' ? 1024 * 1024 : qint64(1024) * 1024 * 1024;
            digits.chop(1);
        }
    }
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    constexpr qint64 kCeiling = qint64(1) << 50;
    if (!ok || value <= 0 || value > kCeiling / factor)
        return std::nullopt;
    return value * factor;
}

struct LimitOption
{
    const char *name;
    const char *help;
    bool isSize;
    qint64 RefiImportOptions::*field;
};

const QList<LimitOption> &limitOptions()
{
    static const QList<LimitOption> options = {
        {"max-inflated", "Refuse an archive whose entries inflate to more than SIZE altogether (default 4G).", true,
         &RefiImportOptions::maxTotalBytes},
        {"max-source-text", "Refuse an archive with a source text larger than SIZE once inflated (default 64M).", true,
         &RefiImportOptions::maxReadBytes},
        {"max-xml-text", "Refuse XML with a text, attribute value or comment longer than SIZE (default 64M).", true,
         &RefiImportOptions::maxXmlTextBytes},
        {"max-xml-depth", "Refuse XML nesting elements deeper than N levels (default 256).", false,
         &RefiImportOptions::maxXmlDepth},
        {"max-xml-elements", "Refuse XML with more than N elements (default 50000000).", false,
         &RefiImportOptions::maxXmlElements},
    };
    return options;
}

QList<QCommandLineOption> limitOptionList()
{
    QList<QCommandLineOption> list;
    for (const LimitOption &option : limitOptions())
        list << valueOption(QString::fromLatin1(option.name), QString::fromLatin1(option.help),
                            option.isSize ? QStringLiteral("SIZE") : QStringLiteral("N"));
    return list;
}

bool applyLimits(const Invocation &invocation, const QString &command, RefiImportOptions &options)
{
    for (const LimitOption &option : limitOptions()) {
        const QString name = QString::fromLatin1(option.name);
        const QString text = invocation.value(name);
        if (text.isEmpty())
            continue;
        const auto value = limitValue(text, option.isSize);
        if (!value) {
            printError(QStringLiteral("%1: --%2 takes a whole number greater than 0%3, not '%4'")
                           .arg(command, name, option.isSize ? QStringLiteral(" (K, M or G may follow)") : QString(), text));
            return false;
        }
        options.*option.field = *value;
    }
    return true;
}

std::optional<RefiImportOptions> importOptions(const Invocation &invocation, const QString &command)
{
    RefiImportOptions options;
    if (!applyLimits(invocation, command, options))
        return std::nullopt;
    options.encoding = invocation.value(QStringLiteral("encoding"));
    options.coder = invocation.value(QStringLiteral("coder"));
    if (options.coder.isEmpty())
        options.coder = qEnvironmentVariable("MARGINALIA_CODER");
    auto units = positionUnits(invocation, command);
    if (!units)
        return std::nullopt;
    options.positionUnits = *units;
    return options;
}

QList<QCommandLineOption> importOptionList()
{
    return QList<QCommandLineOption>{valueOption(QStringLiteral("encoding"), QStringLiteral("Decode source files with this encoding."),
                        QStringLiteral("ENCODING")),
            valueOption(QStringLiteral("positions"),
                        QStringLiteral("What selection positions count: detect (default), code-points or utf16."),
                        QStringLiteral("UNITS")),
            coderOption(), jsonOption()}
        + limitOptionList();
}

int commandExportQdpx(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("export-qdpx"),
        QStringLiteral("export-qdpx PROJECT OUT.qdpx [--for standard|nvivo|qualcoder|atlasti|maxqda] [--json]"),
        {valueOption(QStringLiteral("for"),
                     QStringLiteral("The program that will read the file: standard (default), nvivo, qualcoder, atlasti "
                                    "or maxqda. NVivo and QualCoder get positions in UTF-16 units; QualCoder gets no "
                                    "sets."),
                     QStringLiteral("TARGET")),
         jsonOption()},
        2,
        2};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    const auto target = exportTargetFromName(invocation->value(QStringLiteral("for")));
    if (!target) {
        printError(QStringLiteral("export-qdpx: --for takes standard, nvivo, qualcoder, atlasti or maxqda, not '%1'")
                       .arg(invocation->value(QStringLiteral("for"))));
        return Usage;
    }
    auto project = openProject(invocation->positional[0], *invocation, Project::Access::ReadOnly);
    if (!project)
        return Failed;
    RefiExportOptions exportOptions;
    exportOptions.target = *target;
    auto report = exportQdpx(*project, invocation->positional[1], exportOptions);
    if (!report) {
        printError(report.error());
        return Failed;
    }
    if (report->guidsReplaced > 0)
        printError(QStringLiteral("Note: %1 stored GUIDs were not GUIDs and were written as new ones").arg(report->guidsReplaced));
    if (invocation->isSet(kJson)) {
        QJsonObject json = exportJson(*report);
        json.insert(QStringLiteral("for"), exportTargetName(report->target));
        json.insert(QStringLiteral("positions"), report->utf16Positions ? QStringLiteral("utf16") : QStringLiteral("code-points"));
        json.insert(QStringLiteral("guids_replaced"), report->guidsReplaced);
        printJson(json);
    } else {
        printLine(QStringLiteral("Exported %1 documents, %2 codes and %3 codings to %4 for %5: %6")
                      .arg(report->documents)
                      .arg(report->codes)
                      .arg(report->codings)
                      .arg(report->path, exportTargetName(report->target), exportTargetDescription(report->target)));
    }
    return Success;
}

int commandExportQdc(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("export-qdc"), QStringLiteral("export-qdc PROJECT OUT.qdc [--json]"),
                           {jsonOption()}, 2, 2};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    auto project = openProject(invocation->positional[0], *invocation, Project::Access::ReadOnly);
    if (!project)
        return Failed;
    auto report = exportQdc(*project, invocation->positional[1]);
    if (!report) {
        printError(report.error());
        return Failed;
    }
    if (invocation->isSet(kJson))
        printJson(exportJson(*report));
    else
        printLine(QStringLiteral("Exported %1 codes to %2").arg(report->codes).arg(report->path));
    return Success;
}

int commandImportQdpx(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("import-qdpx"),
        QStringLiteral("import-qdpx IN.qdpx PROJECT [--encoding ENCODING] [--positions detect|code-points|utf16] "
                       "[--coder NAME] [--max-inflated SIZE] [--max-source-text SIZE] [--max-xml-text SIZE] "
                       "[--max-xml-depth N] [--max-xml-elements N] [--json]"),
        importOptionList(), 2, 2};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    auto options = importOptions(*invocation, spec.name);
    if (!options)
        return Usage;
    auto report = importQdpx(invocation->positional[0], invocation->positional[1], *options);
    if (!report) {
        printError(report.error());
        return Failed;
    }
    if (auto project = openProject(invocation->positional[1], *invocation))
        indexForSearch(*project, true);
    if (invocation->isSet(kJson)) {
        printImportProblems(*report);
        printJson(importJson(*report));
    } else {
        printImportReport(*report);
        printLine(QStringLiteral("Imported %1 documents, %2 codes and %3 codings from %4 into %5")
                      .arg(report->documents)
                      .arg(report->codes)
                      .arg(report->codings)
                      .arg(report->file, report->project));
    }
    return report->sourcesNotStored > 0 ? PartlyDone : Success;
}

int commandImportQdc(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("import-qdc"),
                           QStringLiteral("import-qdc IN.qdc PROJECT [--coder NAME] [--max-xml-text SIZE] [--max-xml-depth N] "
                                          "[--max-xml-elements N] [--json]"),
                           QList<QCommandLineOption>{coderOption(), jsonOption()} + limitOptionList(), 2, 2};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    RefiImportOptions limits;
    if (!applyLimits(*invocation, spec.name, limits))
        return Usage;
    auto project = openProject(invocation->positional[1], *invocation);
    if (!project)
        return Failed;
    auto report = importQdc(*project, invocation->positional[0], limits);
    if (!report) {
        printError(report.error());
        return Failed;
    }
    if (invocation->isSet(kJson)) {
        printImportProblems(*report);   // an import of codes stores no sources: only what was skipped
        printJson(importJson(*report));
    } else {
        printImportReport(*report);
        printLine(QStringLiteral("Added %1 codes (%2 matched codes already in the project) from %3")
                      .arg(report->codes)
                      .arg(report->codesMatched)
                      .arg(report->file));
    }
    return Success;
}

int commandMerge(const QStringList &arguments)
{
    CommandSpec spec{
        QStringLiteral("merge"),
        QStringLiteral("merge PROJECT OTHER(.marginalia|.qdpx) [--no-backup] [--positions detect|code-points|utf16] "
                       "[--coder NAME] [--json]"),
        {QCommandLineOption(QStringLiteral("no-backup"), QStringLiteral("Do not write a backup copy before merging.")),
         valueOption(QStringLiteral("positions"),
                     QStringLiteral("For a .qdpx: what selection positions count: detect (default), code-points or utf16."),
                     QStringLiteral("UNITS")),
         coderOption(), jsonOption()},
        2,
        2};
    spec.options += limitOptionList();
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    MergeOptions options;
    if (!applyLimits(*invocation, spec.name, options.qdpx))
        return Usage;
    auto project = openProject(invocation->positional[0], *invocation);
    if (!project)
        return Failed;
    options.backup = !invocation->isSet(QStringLiteral("no-backup"));
    if (auto units = positionUnits(*invocation, spec.name))
        options.qdpx.positionUnits = *units;
    else
        return Usage;
    options.qdpx.coder = invocation->value(QStringLiteral("coder"));
    auto report = mergeProject(*project, invocation->positional[1], options);
    if (!report) {
        printError(report.error());
        return Failed;
    }
    indexForSearch(*project, true);
    RefiImportReport otherReport;   // what the .qdpx side said, in the import report's shape
    otherReport.file = report->other;
    otherReport.positions = report->positions;
    otherReport.skipped = report->skipped;
    otherReport.sourcesNotStored = report->sourcesNotStored;
    printImportProblems(otherReport);
    if (invocation->isSet(kJson)) {
        printJson(QJsonObject{{QStringLiteral("project"), report->target},
                              {QStringLiteral("other"), report->other},
                              {QStringLiteral("backup"), report->backup},
                              {QStringLiteral("coders_added"), report->codersAdded},
                              {QStringLiteral("codes_added"), report->codesAdded},
                              {QStringLiteral("codes_matched"), report->codesMatched},
                              {QStringLiteral("documents_added"), report->documentsAdded},
                              {QStringLiteral("documents_matched"), report->documentsMatched},
                              {QStringLiteral("codings_added"), report->codingsAdded},
                              {QStringLiteral("codings_collapsed"), report->codingsCollapsed},
                              {QStringLiteral("cases_added"), report->casesAdded},
                              {QStringLiteral("attributes_set"), report->attributesSet},
                              {QStringLiteral("code_keys_assigned"), report->codeKeysAssigned},
                              {QStringLiteral("dictionary_words_added"), report->dictionaryWordsAdded},
                              {QStringLiteral("dictionary_words_removed"), report->dictionaryWordsRemoved},
                              {QStringLiteral("conflicts"), QJsonArray::fromStringList(report->conflicts)},
                              {QStringLiteral("collapsed_aliases"), QJsonArray::fromStringList(report->collapsedAliases)},
                              {QStringLiteral("sources_not_stored"), report->sourcesNotStored},
                              {QStringLiteral("positions"), positionsJson(otherReport)},
                              {QStringLiteral("skipped"), skippedJson(otherReport)},
                              {QStringLiteral("notes"), QJsonArray::fromStringList(report->notes)}});
    } else {
        for (const RefiPositionChoice &choice : report->positions) {
            if (!choice.evidence.isEmpty())
                printLine(QStringLiteral("Positions in '%1' read as %2%3: %4")
                              .arg(choice.source, positionUnitName(choice.unit),
                                   choice.forced ? QStringLiteral(" (as requested)") : QString(), choice.evidence));
        }
        for (const QString &note : report->notes)
            printLine(QStringLiteral("Note: %1").arg(note));
        for (const QString &alias : report->collapsedAliases)
            printLine(QStringLiteral("Collapsed: %1").arg(alias));
        for (const QString &conflict : report->conflicts)
            printLine(QStringLiteral("Conflict: %1").arg(conflict));
        if (!report->backup.isEmpty())
            printLine(QStringLiteral("Backup copy: %1").arg(report->backup));
        printLine(QStringLiteral("Merged %1: %2 documents added, %3 matched; %4 codes added, %5 matched; %6 codings added, "
                                 "%7 identical ones collapsed")
                      .arg(report->other)
                      .arg(report->documentsAdded)
                      .arg(report->documentsMatched)
                      .arg(report->codesAdded)
                      .arg(report->codesMatched)
                      .arg(report->codingsAdded)
                      .arg(report->codingsCollapsed));
        if (report->codeKeysAssigned + report->dictionaryWordsAdded + report->dictionaryWordsRemoved > 0)
            printLine(QStringLiteral("Number keys given: %1; dictionary words added: %2, removed: %3")
                          .arg(report->codeKeysAssigned)
                          .arg(report->dictionaryWordsAdded)
                          .arg(report->dictionaryWordsRemoved));
    }
    return report->sourcesNotStored > 0 ? PartlyDone : Success;
}

} // namespace

void addInterchangeCommands(CommandTable &table)
{
    table.insert(QStringLiteral("export-qdpx"), commandExportQdpx);
    table.insert(QStringLiteral("import-qdpx"), commandImportQdpx);
    table.insert(QStringLiteral("export-qdc"), commandExportQdc);
    table.insert(QStringLiteral("import-qdc"), commandImportQdc);
    table.insert(QStringLiteral("merge"), commandMerge);
}

} // namespace marginalia::cli
