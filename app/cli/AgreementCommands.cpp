#include "AgreementCommands.h"

#include "AnalysisCommands.h"
#include "CliArgs.h"
#include "CliOutput.h"

#include "analysis/Agreement.h"
#include "analysis/AgreementReliabilityData.h"
#include "common/JsonText.h"
#include "project/Codebook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace marginalia::cli {

namespace {

// ---- agreement: every statistic with its bootstrap interval; the JSON written as it is produced ----

// One JSON value, compact (QJsonDocument takes only arrays and objects).
QByteArray compactJson(const QJsonValue &value)
{
    const QByteArray wrapped =
        JsonText::escapeByteOrderMarks(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return wrapped.mid(1, wrapped.size() - 2);
}

// Writes to stdout through the C library's buffer, flushed at the end (printLine flushes every line).
void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

const QList<std::pair<AgreementStatistic, QString>> &agreementStatisticKeys()
{
    static const QList<std::pair<AgreementStatistic, QString>> keys = {
        {AgreementStatistic::PercentAgreement, QStringLiteral("percent_agreement")},
        {AgreementStatistic::CohenKappa, QStringLiteral("cohen_kappa")},
        {AgreementStatistic::FleissKappa, QStringLiteral("fleiss_kappa")},
        {AgreementStatistic::GwetAc1, QStringLiteral("gwet_ac1")},
        {AgreementStatistic::BrennanPrediger, QStringLiteral("brennan_prediger")},
        {AgreementStatistic::KrippendorffAlpha, QStringLiteral("krippendorff_alpha")},
    };
    return keys;
}

QString unitPlural(AgreementUnit unit)
{
    return agreementUnitName(unit) + u's';
}

QJsonObject measuresJson(const AgreementMeasures &m, const QStringList &coders, const QString &unitName)
{
    QJsonObject yes;
    for (qsizetype i = 0; i < coders.size() && i < m.yes.size(); ++i)
        yes.insert(coders[i], m.yes[i]);
    QJsonObject object{{unitName, m.units}, {QStringLiteral("coded"), yes}};
    for (const auto &[statistic, key] : agreementStatisticKeys())
        object.insert(key, optionalNumber(m.value(statistic)));
    if (m.bootstrap) {
        QJsonObject intervals;
        for (const auto &[statistic, key] : agreementStatisticKeys()) {
            const auto &ci = m.bootstrap->interval(statistic);
            intervals.insert(key, ci ? QJsonValue(QJsonArray{ci->low, ci->high}) : QJsonValue(QJsonValue::Null));
        }
        object.insert(QStringLiteral("ci95"), intervals);
        object.insert(QStringLiteral("p_alpha_below_0_800"), optionalNumber(m.bootstrap->alphaBelow800));
        object.insert(QStringLiteral("p_alpha_below_0_667"), optionalNumber(m.bootstrap->alphaBelow667));
    }
    return object;
}

QJsonObject codeAgreementJson(const AgreementResult &result, const CodeAgreement *code)
{
    const AgreementMeasures &chosen = code ? code->measures : result.overall;
    QJsonObject object = measuresJson(chosen, result.coders, unitPlural(result.unit));
    object.insert(QStringLiteral("units"), chosen.units);
    if (code) {
        object.insert(QStringLiteral("code"), code->code);
        object.insert(QStringLiteral("path"), code->path);
        object.insert(QStringLiteral("unitizing_alpha"), optionalNumber(code->unitizingAlpha));
    } else {
        object.insert(QStringLiteral("unitizing_alpha"), optionalNumber(result.overallUnitizingAlpha));
    }
    if (result.unit != AgreementUnit::Character)
        object.insert(QStringLiteral("character_level"),
                      measuresJson(code ? code->characters : result.overallCharacters, result.coders,
                                   QStringLiteral("characters")));
    object.insert(QStringLiteral("document_level"), measuresJson(code ? code->documents : result.overallDocuments,
                                                                 result.coders, QStringLiteral("documents")));
    return object;
}

// "0.618 [0.550, 0.702]": a statistic with its interval.
QString withInterval(const AgreementMeasures &m, AgreementStatistic statistic)
{
    const int decimals = statistic == AgreementStatistic::PercentAgreement ? 1 : 3;
    const auto value = m.value(statistic);
    if (!value)
        return QStringLiteral("n/a");
    QString text = QString::number(*value, 'f', decimals);
    if (m.bootstrap) {
        const auto &ci = m.bootstrap->interval(statistic);
        text += ci ? QStringLiteral(" [%1, %2]").arg(ci->low, 0, 'f', decimals).arg(ci->high, 0, 'f', decimals)
                   : QStringLiteral(" [n/a]");
    }
    return text;
}

int commandAgreement(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("agreement"),
        QStringLiteral("agreement PROJECT --coders A,B[,C...] [--code NAME]... "
                       "[--unit character|sentence|paragraph|document|segment] [--overlap 95] [--bootstrap 1000] "
                       "[--seed S] [--resample units|documents] [--reliability-data FILE.csv] [--methods] [--no-text] [--json]"),
        {valueOption(QStringLiteral("coders"), QStringLiteral("The coders to compare, separated by commas."),
                     QStringLiteral("A,B")),
         valueOption(QStringLiteral("code"), QStringLiteral("Only this code (repeatable)."), QStringLiteral("NAME")),
         valueOption(QStringLiteral("unit"),
                     QStringLiteral("The unit compared: character (default), sentence, paragraph, document or segment."),
                     QStringLiteral("UNIT")),
         valueOption(QStringLiteral("overlap"),
                     QStringLiteral("Segment unit: two codings match when they overlap by at least this % of their "
                                    "union (default 95)."),
                     QStringLiteral("PERCENT")),
         valueOption(QStringLiteral("bootstrap"),
                     QStringLiteral("Bootstrap draws for the 95 % intervals (default 1000, at least 1000; 0: none)."),
                     QStringLiteral("N")),
         valueOption(QStringLiteral("seed"), QStringLiteral("Seed of the bootstrap (default 200704)."),
                     QStringLiteral("S")),
         valueOption(QStringLiteral("resample"),
                     QStringLiteral("What the bootstrap resamples: units (default) or documents (a cluster bootstrap; "
                                    "always at the character unit)."),
                     QStringLiteral("units|documents")),
         valueOption(QStringLiteral("reliability-data"),
                     QStringLiteral("Write the units × coders matrix (1, 0, NA) for R's irr or K-Alpha to this CSV file, "
                                    "and which unit each row is to FILE.units.csv."),
                     QStringLiteral("FILE.csv")),
         QCommandLineOption(QStringLiteral("methods"), QStringLiteral("Print a methods paragraph for a report.")),
         QCommandLineOption(QStringLiteral("no-text"), QStringLiteral("Leave the text out of the disagreements.")),
         jsonOption()},
        1,
        1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    const auto usage = [&](const QString &message) {
        printError(QStringLiteral("agreement: ") + message + QStringLiteral("\nusage: marginalia-cli ") + spec.synopsis);
        return Usage;
    };
    QStringList coders;
    for (const QString &value : invocation->values(QStringLiteral("coders"))) {
        for (const QString &name : value.split(u',', Qt::SkipEmptyParts))
            coders.append(name.trimmed());
    }
    if (coders.size() < 2)
        return usage(QStringLiteral("--coders takes two or more coder names, separated by commas"));
    AgreementOptions options;
    options.withDisagreementText = !invocation->isSet(QStringLiteral("no-text"));
    options.bootstrapDraws = kDefaultBootstrapDraws;
    if (invocation->isSet(QStringLiteral("unit"))) {
        const auto unit = agreementUnitFromName(invocation->value(QStringLiteral("unit")));
        if (!unit)
            return usage(QStringLiteral("--unit is one of character, sentence, paragraph, document, segment, not '%1'")
                             .arg(invocation->value(QStringLiteral("unit"))));
        options.unit = *unit;
    }
    if (invocation->isSet(QStringLiteral("overlap"))) {
        bool ok = false;
        options.overlapPercent = invocation->value(QStringLiteral("overlap")).toDouble(&ok);
        if (!ok || !(options.overlapPercent > 0 && options.overlapPercent <= 100))
            return usage(QStringLiteral("--overlap takes a percentage above 0 and at most 100"));
    }
    if (invocation->isSet(QStringLiteral("bootstrap"))) {
        bool ok = false;
        options.bootstrapDraws = invocation->value(QStringLiteral("bootstrap")).toInt(&ok);
        if (!ok || (options.bootstrapDraws != 0 && options.bootstrapDraws < 1000) || options.bootstrapDraws > 1000000)
            return usage(QStringLiteral("--bootstrap takes 0 (no intervals) or 1000 to 1000000 draws"));
    }
    if (invocation->isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = invocation->value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usage(QStringLiteral("--seed takes a whole number from 0 to 18446744073709551615"));
    }
    if (invocation->isSet(QStringLiteral("resample"))) {
        const QString resample = invocation->value(QStringLiteral("resample")).trimmed().toLower();
        if (resample == QStringLiteral("units"))
            options.resampling = BootstrapResampling::Units;
        else if (resample == QStringLiteral("documents"))
            options.resampling = BootstrapResampling::Documents;
        else
            return usage(QStringLiteral("--resample is units or documents, not '%1'").arg(resample));
        if (options.unit == AgreementUnit::Character && options.resampling == BootstrapResampling::Units)
            return usage(QStringLiteral("at the character unit the bootstrap resamples documents: leave out --resample "
                                        "or choose another --unit"));
    }
    const QString dataPath = invocation->value(QStringLiteral("reliability-data"));
    if (!dataPath.isEmpty() && options.unit == AgreementUnit::Character)
        return usage(QStringLiteral("--reliability-data needs --unit sentence, paragraph, document or segment (at the "
                                    "character unit it would write one row per character)"));
    auto project = openProject(invocation->positional[0], *invocation, Project::Access::ReadOnly);
    if (!project || !filtersKnown(*project, {}, coders))
        return Failed;
    QList<qint64> codeIds;
    Codebook codebook(*project);
    for (const QString &name : invocation->values(QStringLiteral("code"))) {
        auto id = codebook.find(name);
        if (!id) {
            printError(id.error());
            return Failed;
        }
        codeIds.append(*id);
    }

    std::optional<ReliabilityDataWriter> data;
    if (!dataPath.isEmpty()) {
        data.emplace(dataPath);
        if (!data->open(coders)) {
            printError(QStringLiteral("cannot write the reliability data to %1: %2").arg(dataPath, data->errorString()));
            return Failed;
        }
        options.onUnit = [&](const ReliabilityRow &row) { data->add(row); };
    }

    // JSON: the disagreements are written as they come (one per line), never gathered; the opening is written with
    // the first of them, so a refusal (an unknown coder) writes nothing to stdout.
    const bool json = invocation->isSet(kJson);
    bool opened = false;
    bool first = true;
    const auto open = [&] {
        if (opened)
            return;
        opened = true;
        writeOut("{\n\"coders\": " + compactJson(QJsonArray::fromStringList(coders)) + ",\n\"unit\": "
                 + compactJson(agreementUnitName(options.unit)) + ",\n\"disagreements\": [");
    };
    if (json) {
        options.onDisagreement = [&](const Disagreement &d) {
            open();
            QJsonObject object{{QStringLiteral("document"), d.document},
                               {QStringLiteral("code"), d.codePath},
                               {QStringLiteral("start"), d.start},
                               {QStringLiteral("end"), d.end},
                               {QStringLiteral("coded_by"), QJsonArray::fromStringList(d.codedBy)},
                               {QStringLiteral("not_coded_by"), QJsonArray::fromStringList(d.notCodedBy)}};
            if (options.withDisagreementText)
                object.insert(QStringLiteral("text"), d.text);
            writeOut((first ? "\n" : ",\n")
                     + JsonText::escapeByteOrderMarks(QJsonDocument(object).toJson(QJsonDocument::Compact)));
            first = false;
        };
    } else {
        options.onDisagreement = [](const Disagreement &) {};   // counted, not kept
    }
    auto result = Agreement(*project).compute(coders, codeIds, options);
    if (!result) {
        if (opened)
            writeOut("\n]}\n");
        std::fflush(stdout);
        printError(result.error());
        return Failed;
    }
    if (data && !data->commit()) {
        printError(QStringLiteral("cannot write the reliability data to %1: %2").arg(dataPath, data->errorString()));
        return Failed;
    }
    const QString methods = agreementMethodsText(*result);
    if (json) {
        open();
        QJsonArray codes;
        for (const CodeAgreement &code : result->codes)
            codes.append(codeAgreementJson(*result, &code));
        const QJsonObject bootstrap{{QStringLiteral("draws"), result->bootstrapDraws},
                                    {QStringLiteral("seed"), QString::number(result->seed)},
                                    {QStringLiteral("resampled"), result->resampling == BootstrapResampling::Units
                                                                      ? QStringLiteral("units")
                                                                      : QStringLiteral("documents")}};
        QByteArray rest = (first ? "],\n" : "\n],\n");
        const auto field = [&](const char *key, const QJsonValue &value, bool last = false) {
            rest += '"' + QByteArray(key) + "\": " + compactJson(value) + (last ? "\n" : ",\n");
        };
        field("disagreement_count", result->disagreementCount);
        if (result->unit == AgreementUnit::Segment)
            field("overlap_percent", result->overlapPercent);
        field("bootstrap", result->bootstrapDraws > 0 ? QJsonValue(bootstrap) : QJsonValue(QJsonValue::Null));
        field("documents", QJsonArray::fromStringList(result->documents));
        field("compared_characters", result->comparedCharacters);
        field("codes", codes);
        field("overall", codeAgreementJson(*result, nullptr));
        if (data)
            field("reliability_data", QJsonObject{{QStringLiteral("matrix"), dataPath},
                                                  {QStringLiteral("units"), data->unitsPath()},
                                                  {QStringLiteral("rows"), data->rows()}});
        field("methods", methods);
        field("definitions", QJsonArray::fromStringList(result->definitionsForUnit()), true);
        writeOut(rest + "}\n");
        std::fflush(stdout);
        return Success;
    }
    if (invocation->isSet(QStringLiteral("methods"))) {
        printLine(methods);
        return Success;
    }
    printLine(QStringLiteral("%1 document(s) coded by all of %2; unit: %3; %4 characters compared per code")
                  .arg(result->documents.size())
                  .arg(coders.join(QStringLiteral(", ")), agreementUnitName(result->unit))
                  .arg(result->comparedCharacters));
    if (result->bootstrapDraws > 0)
        printLine(QStringLiteral("[95 % intervals: percentile bootstrap resampling %1, %2 draws, seed %3]")
                      .arg(result->resampling == BootstrapResampling::Units ? QStringLiteral("units")
                                                                             : QStringLiteral("documents"))
                      .arg(result->bootstrapDraws)
                      .arg(result->seed));
    printLine(QStringLiteral("code\tunits\tagreement %\tCohen kappa\tFleiss kappa\tGwet AC1\tBrennan-Prediger\t"
                             "Krippendorff alpha\tunitizing alpha\tdocument-level agreement %"));
    const auto row = [&](const QString &name, const AgreementMeasures &m, const std::optional<double> &unitizing,
                         const AgreementMeasures &documents) {
        QStringList cells{name, QString::number(m.units)};
        for (const auto &[statistic, key] : agreementStatisticKeys())
            cells.append(withInterval(m, statistic));
        cells.append(formatOptional(unitizing));
        cells.append(documents.units > 0 ? QString::number(documents.percentAgreement, 'f', 1) : QStringLiteral("n/a"));
        printLine(cells.join(u'\t'));
    };
    for (const CodeAgreement &code : result->codes)
        row(code.path, code.measures, code.unitizingAlpha, code.documents);
    row(QStringLiteral("overall"), result->overall, result->overallUnitizingAlpha, result->overallDocuments);
    if (result->overall.bootstrap && result->overall.bootstrap->alphaBelow800)
        printLine(QStringLiteral("overall: P(alpha < 0.800) = %1, P(alpha < 0.667) = %2")
                      .arg(*result->overall.bootstrap->alphaBelow800, 0, 'f', 3)
                      .arg(result->overall.bootstrap->alphaBelow667.value_or(0), 0, 'f', 3));
    printLine(QStringLiteral("%1 disagreement(s)").arg(result->disagreementCount));
    if (data)
        printLine(QStringLiteral("reliability data: %1 row(s) in %2 (units in %3)")
                      .arg(data->rows())
                      .arg(dataPath, data->unitsPath()));
    return Success;
}

} // namespace

void addAgreementCommands(CommandTable &table)
{
    table.insert(QStringLiteral("agreement"), commandAgreement);
}

} // namespace marginalia::cli
