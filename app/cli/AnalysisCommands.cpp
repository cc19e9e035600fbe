#include "AnalysisCommands.h"

#include "CliArgs.h"
#include "CliOutput.h"

#include "analysis/Agreement.h"
#include "analysis/AgreementSample.h"
#include "analysis/Cooccurrence.h"
#include "analysis/Matrix.h"
#include "common/AtomicFile.h"
#include "project/Codebook.h"
#include "project/DocumentStore.h"
#include "report/CsvField.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSaveFile>

#include <cstdio>
#include <optional>
#include <numeric>

namespace marginalia::cli {

namespace {

const QString kKind = QStringLiteral("kind");
const QString kAttr = QStringLiteral("attr");

QCommandLineOption filterCoderOption()
{
    return valueOption(QStringLiteral("coder"), QStringLiteral("Only this coder's codings (repeatable)."),
                       QStringLiteral("NAME"));
}

// --csv and --output FILE, last in the options of the commands that can print CSV (matrix, cooccurrence).
QList<QCommandLineOption> csvOutputOptions(const QString &csvDescription)
{
    return {QCommandLineOption(QStringLiteral("csv"), csvDescription),
            valueOption(QStringLiteral("output"),
                        QStringLiteral("Write the CSV to FILE (whole or not at all) instead of printing it."),
                        QStringLiteral("FILE"))};
}

// --output names the CSV's file: given without --csv it is a mistake (printed; the command exits with Usage).
bool outputWithoutCsv(const Invocation &invocation, const QString &command)
{
    if (!invocation.isSet(QStringLiteral("output")) || invocation.isSet(QStringLiteral("csv")))
        return false;
    printError(command + QStringLiteral(": --output writes the CSV; add --csv"));
    return true;
}

} // namespace

QCommandLineOption kindOption()
{
    return valueOption(kKind, QStringLiteral("Only documents of this kind (repeatable)."), QStringLiteral("KIND"));
}

QCommandLineOption attrOption()
{
    return valueOption(kAttr, QStringLiteral("Only documents with this attribute value, NAME=VALUE (repeatable)."),
                       QStringLiteral("NAME=VALUE"));
}

std::optional<AnalysisScope> scopeFrom(const Invocation &invocation, const QString &command, bool withCoders)
{
    AnalysisScope scope;
    if (invocation.isSet(kKind))
        scope.attributes.insert(kKind, invocation.values(kKind));
    for (const QString &pair : invocation.values(kAttr)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0) {
            printError(QStringLiteral("%1: --attr takes NAME=VALUE, not '%2'").arg(command, pair));
            return std::nullopt;
        }
        QStringList &values = scope.attributes[pair.left(equals).trimmed()];
        values.append(pair.mid(equals + 1));
    }
    if (withCoders)
        scope.coders = invocation.values(QStringLiteral("coder"));
    return scope;
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString formatOptional(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 3) : QStringLiteral("n/a");
}

namespace {

QJsonObject cellJson(const MatrixCell &cell)
{
    return {{QStringLiteral("column"), cell.column},
            {QStringLiteral("passages"), cell.passages},
            {QStringLiteral("codings"), cell.codings},
            {QStringLiteral("documents"), cell.documents},
            {QStringLiteral("percent_documents"), cell.percentDocuments},
            {QStringLiteral("characters"), cell.characters},
            {QStringLiteral("per_10k"), cell.per10k}};
}

int commandMatrix(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("matrix"),
        QStringLiteral("matrix PROJECT [--by ATTRIBUTE] [--rollup] [--kind KIND]... [--coder NAME]... "
                       "[--attr NAME=VALUE]... --json|--csv [--output FILE]"),
        QList<QCommandLineOption>{
            valueOption(QStringLiteral("by"), QStringLiteral("The attribute whose values are the columns (default site)."),
                        QStringLiteral("ATTRIBUTE")),
            QCommandLineOption(QStringLiteral("rollup"), QStringLiteral("A code's row counts its sub-codes' codings too.")),
            kindOption(), filterCoderOption(), attrOption(), jsonOption()}
            + csvOutputOptions(QStringLiteral("Print the matrix as CSV (one row per cell).")),
        1,
        1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    auto scope = scopeFrom(*invocation, spec.name, true);
    if (!scope)
        return Usage;
    auto project = openProject(invocation->positional[0], *invocation, Project::Access::ReadOnly);
    if (!project || !filtersKnown(*project, scope->attributes, scope->coders))
        return Failed;
    MatrixOptions options;
    if (invocation->isSet(QStringLiteral("by")))
        options.attribute = invocation->value(QStringLiteral("by"));
    if (auto known = checkAttributeName(*project, options.attribute); !known) {
        printError(known.error());
        return Failed;
    }
    options.rollUp = invocation->isSet(QStringLiteral("rollup"));
    options.scope = *scope;
    auto matrix = Matrix(*project).compute(options);
    if (!matrix) {
        printError(matrix.error());
        return Failed;
    }
    if (outputWithoutCsv(*invocation, spec.name))
        return Usage;
    if (invocation->isSet(QStringLiteral("csv"))) {
        // Written a line at a time, to the file or to stdout, never gathered into one string.
        const bool toFile = invocation->isSet(QStringLiteral("output"));
        const QString outputPath = invocation->value(QStringLiteral("output"));
        std::optional<AtomicFile> file;
        QByteArray pending;   // for the file: appended in pieces of about a megabyte
        Result<void> written;
        if (toFile) {
            AtomicFile::removeStaleTemporaries(outputPath);
            file.emplace(outputPath);
            written = file->begin();
        }
        auto put = [&](const QString &line) {   // a CSV line without its terminator
            if (!toFile) {
                // On stdout with "\n" line ends (CR LF only in the file).
                writeLine(QString(line).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
                return;
            }
            pending += line.toUtf8() + "\r\n";
            if (pending.size() >= (1 << 20) && written) {
                written = file->append(pending);
                pending.clear();
            }
        };
        put(QStringLiteral("code,path,column,passages,codings,documents,percent_documents,characters,per_10k"));
        // Names are text a spreadsheet must not run (csvTextField); the counts are our own numbers.
        auto line = [&](const QString &code, const QString &path, const MatrixCell &cell) {
            put(csvTextField(code) + u',' + csvTextField(path) + u',' + csvTextField(cell.column) + u','
                 + csvNumberField(cell.passages) + u',' + csvNumberField(cell.codings) + u','
                 + csvNumberField(cell.documents) + u',' + csvNumberField(cell.percentDocuments) + u','
                 + csvNumberField(cell.characters) + u',' + csvNumberField(cell.per10k));
        };
        for (const MatrixRow &row : matrix->rows) {
            for (const MatrixCell &cell : row.cells)
                line(row.code, row.path, cell);
            line(row.code, row.path, row.total);
        }
        for (const MatrixCell &cell : matrix->columnTotals)
            line(QStringLiteral("(any code)"), QString(), cell);
        line(QStringLiteral("(any code)"), QString(), matrix->grandTotal);
        if (!toFile) {
            flushOutput();
            return Success;
        }
        if (written)
            written = file->append(pending);
        if (written)
            written = file->commit();
        if (!written) {
            file->discard();
            printError(QStringLiteral("matrix: ") + written.error());
            return Failed;
        }
        printLine(QStringLiteral("Wrote the matrix (%1 rows) to %2").arg(matrix->rows.size()).arg(outputPath));
        return Success;
    }
    if (invocation->isSet(kJson)) {
        // Written row by row, byte for byte as one JSON document (keys in QJsonObject's order).
        JsonStream stream;
        stream.beginObject();
        stream.field(QStringLiteral("by"), matrix->by);
        stream.beginArray(QStringLiteral("column_info"));
        for (const MatrixColumn &column : matrix->columns)
            stream.element(QJsonObject{{QStringLiteral("column"), column.value},
                                       {QStringLiteral("documents"), column.documents},
                                       {QStringLiteral("characters"), column.textLength}});
        stream.end();
        stream.beginArray(QStringLiteral("columns"));
        for (const MatrixColumn &column : matrix->columns)
            stream.element(column.value);
        stream.end();
        stream.field(QStringLiteral("definitions"), QJsonArray::fromStringList(MatrixResult::definitions()));
        stream.field(QStringLiteral("rollup"), matrix->rolledUp);
        stream.beginArray(QStringLiteral("rows"));
        for (const MatrixRow &row : matrix->rows) {
            QJsonArray cells;
            for (const MatrixCell &cell : row.cells)
                cells.append(cellJson(cell));
            stream.element(QJsonObject{{QStringLiteral("code"), row.code},
                                       {QStringLiteral("path"), row.path},
                                       {QStringLiteral("id"), row.codeId},
                                       {QStringLiteral("depth"), row.depth},
                                       {QStringLiteral("cells"), cells},
                                       {QStringLiteral("total"), cellJson(row.total)}});
        }
        stream.end();
        stream.beginObject(QStringLiteral("totals"));
        stream.beginArray(QStringLiteral("cells"));
        for (const MatrixCell &cell : matrix->columnTotals)
            stream.element(cellJson(cell));
        stream.end();
        stream.field(QStringLiteral("total"), cellJson(matrix->grandTotal));
        stream.end();
        stream.end();
        return Success;
    }
    QStringList header = {QStringLiteral("code")};
    for (const MatrixColumn &column : matrix->columns)
        header.append(column.value.isEmpty() ? QStringLiteral("(none)") : column.value);
    header.append(QStringLiteral("total"));
    printLine(QStringLiteral("Passages / codings (documents) by %1").arg(matrix->by));
    printLine(header.join(u'\t'));
    for (const MatrixRow &row : matrix->rows) {
        QStringList line = {row.path};
        for (const MatrixCell &cell : row.cells)
            line.append(QStringLiteral("%1/%2 (%3)").arg(cell.passages).arg(cell.codings).arg(cell.documents));
        line.append(
            QStringLiteral("%1/%2 (%3)").arg(row.total.passages).arg(row.total.codings).arg(row.total.documents));
        printLine(line.join(u'\t'));
    }
    for (const QString &definition : MatrixResult::definitions())
        printLine(QStringLiteral("  ") + definition);
    return Success;
}

// The counts of one pair or code in the measures of the unit, as a JSON object.
QJsonObject cooccurrenceCountsJson(const CooccurrenceCounts &counts, CooccurrenceUnit unit)
{
    QJsonObject object;
    for (CooccurrenceMeasure measure : Cooccurrence::measures(unit))
        object.insert(Cooccurrence::measureName(measure), counts.value(measure));
    return object;
}

int commandCooccurrence(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("cooccurrence"),
        QStringLiteral("cooccurrence PROJECT [--unit overlap|paragraph] [--site SITE]... [--kind KIND]... "
                       "[--attribute NAME=VALUE]... [--coder NAME]... [--include-ancestors] [--json|--csv [--output FILE]]"),
        QList<QCommandLineOption>{
            valueOption(QStringLiteral("unit"), QStringLiteral("overlap (default) or paragraph."), QStringLiteral("UNIT")),
            valueOption(QStringLiteral("site"), QStringLiteral("Only documents of this site (repeatable)."),
                        QStringLiteral("SITE")),
            kindOption(), filterCoderOption(), attrOption(),
            valueOption(QStringLiteral("attribute"), QStringLiteral("The same as --attr NAME=VALUE (repeatable)."),
                        QStringLiteral("NAME=VALUE")),
            QCommandLineOption(QStringLiteral("include-ancestors"),
                               QStringLiteral("Also pair a code with its own sub-codes (left out by default).")),
            jsonOption()}
            + csvOutputOptions(QStringLiteral("Print the pairs as CSV (one row per pair).")),
        1,
        1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    CooccurrenceOptions options;
    auto unit = Cooccurrence::parseUnit(invocation->value(QStringLiteral("unit")));
    if (!unit) {
        printError(QStringLiteral("cooccurrence: ") + unit.error());
        return Usage;
    }
    options.unit = *unit;
    options.includeAncestors = invocation->isSet(QStringLiteral("include-ancestors"));
    if (outputWithoutCsv(*invocation, spec.name))
        return Usage;
    if (invocation->isSet(QStringLiteral("csv")) && invocation->isSet(kJson)) {
        printError(QStringLiteral("cooccurrence: choose --json or --csv, not both"));
        return Usage;
    }
    auto scope = scopeFrom(*invocation, spec.name, true);
    if (!scope)
        return Usage;
    for (const QString &pair : invocation->values(QStringLiteral("attribute"))) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0) {
            printError(QStringLiteral("cooccurrence: --attribute takes NAME=VALUE, not '%1'").arg(pair));
            return Usage;
        }
        scope->attributes[pair.left(equals).trimmed()].append(pair.mid(equals + 1));
    }
    if (invocation->isSet(QStringLiteral("site")))
        scope->attributes[QStringLiteral("site")].append(invocation->values(QStringLiteral("site")));
    options.scope = *scope;
    auto project = openProject(invocation->positional[0], *invocation, Project::Access::ReadOnly);
    if (!project || !filtersKnown(*project, options.scope.attributes, options.scope.coders))
        return Failed;
    auto result = Cooccurrence(*project).compute(options);
    if (!result) {
        printError(result.error());
        return Failed;
    }
    const QList<CooccurrenceMeasure> measures = Cooccurrence::measures(options.unit);
    const QString formula = QStringLiteral("J = n(A∩B) / (n(A) + n(B) − n(A∩B))");

    if (invocation->isSet(QStringLiteral("csv"))) {
        // Code paths are text a spreadsheet must not run (csvTextField); the counts are our own numbers.
        QStringList header = {QStringLiteral("code_a"), QStringLiteral("code_b")};
        for (CooccurrenceMeasure measure : measures)
            header.append(Cooccurrence::measureName(measure));
        for (CooccurrenceMeasure measure : measures)
            header.append(QStringLiteral("jaccard_") + Cooccurrence::measureName(measure));
        header.append(QStringLiteral("count"));
        QString out = header.join(u',') + QStringLiteral("\r\n");
        for (const CooccurrencePair &pair : std::as_const(result->pairs)) {
            QStringList fields = {csvTextField(pair.pathA), csvTextField(pair.pathB)};
            for (CooccurrenceMeasure measure : measures)
                fields.append(csvNumberField(pair.together.value(measure)));
            for (CooccurrenceMeasure measure : measures)
                fields.append(csvNumberField(pair.jaccard(measure)));
            fields.append(csvNumberField(pair.count));
            out += fields.join(u',') + QStringLiteral("\r\n");
        }
        if (invocation->isSet(QStringLiteral("output"))) {
            const QString path = invocation->value(QStringLiteral("output"));
            AtomicFile::removeStaleTemporaries(path);
            if (auto ok = AtomicFile::write(path, out.toUtf8()); !ok) {
                printError(QStringLiteral("cooccurrence: ") + ok.error());
                return Failed;
            }
            printLine(QStringLiteral("Wrote %1 pairs to %2").arg(result->pairs.size()).arg(path));
            return Success;
        }
        out.chop(2);
        printLine(out.replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
        return Success;
    }
    if (invocation->isSet(kJson)) {
        QJsonArray list;
        for (const CooccurrencePair &pair : std::as_const(result->pairs)) {
            QJsonObject jaccard;
            for (CooccurrenceMeasure measure : measures)
                jaccard.insert(Cooccurrence::measureName(measure), pair.jaccard(measure));
            QJsonObject object = cooccurrenceCountsJson(pair.together, options.unit);
            object.insert(QStringLiteral("code_a"), pair.pathA);
            object.insert(QStringLiteral("code_a_id"), pair.codeA);
            object.insert(QStringLiteral("code_b"), pair.pathB);
            object.insert(QStringLiteral("code_b_id"), pair.codeB);
            object.insert(QStringLiteral("count"), pair.count);
            object.insert(QStringLiteral("union"), cooccurrenceCountsJson(pair.either, options.unit));
            object.insert(QStringLiteral("jaccard"), jaccard);
            list.append(object);
        }
        QJsonArray codes;
        for (const CooccurrenceCode &code : std::as_const(result->codes)) {
            QJsonObject object = cooccurrenceCountsJson(code.counts, options.unit);
            object.insert(QStringLiteral("code"), code.path);
            object.insert(QStringLiteral("id"), code.id);
            codes.append(object);
        }
        QJsonObject filters;
        for (auto it = options.scope.attributes.cbegin(); it != options.scope.attributes.cend(); ++it)
            filters.insert(it.key(), QJsonArray::fromStringList(it.value()));
        QJsonArray measureNames;
        for (CooccurrenceMeasure measure : measures)
            measureNames.append(Cooccurrence::measureName(measure));
        printJson(QJsonObject{{QStringLiteral("unit"), Cooccurrence::unitName(options.unit)},
                              {QStringLiteral("measures"), measureNames},
                              {QStringLiteral("jaccard_formula"), formula},
                              {QStringLiteral("include_ancestors"), options.includeAncestors},
                              {QStringLiteral("filters"), filters},
                              {QStringLiteral("coders"), QJsonArray::fromStringList(options.scope.coders)},
                              {QStringLiteral("definition"), Cooccurrence::definition(options.unit)},
                              {QStringLiteral("definitions"),
                               QJsonArray::fromStringList(Cooccurrence::definitions(options.unit))},
                              {QStringLiteral("codes"), codes},
                              {QStringLiteral("pairs"), list}});
        return Success;
    }
    const CooccurrenceMeasure main = measures.first();
    for (const CooccurrencePair &pair : std::as_const(result->pairs)) {
        QStringList counts;
        for (CooccurrenceMeasure measure : measures) {
            const qint64 n = pair.together.value(measure);
            const QString name = Cooccurrence::measureName(measure);   // plural; "1 passage", not "1 passages"
            counts.append(QStringLiteral("%1 %2").arg(n).arg(n == 1 ? name.chopped(1) : name));
        }
        printLine(QStringLiteral("%1 + %2: %3; Jaccard (%4) %5")
                      .arg(pair.pathA, pair.pathB, counts.join(QStringLiteral(", ")), Cooccurrence::measureName(main))
                      .arg(pair.jaccard(main), 0, 'f', 3));
    }
    for (const QString &definition : Cooccurrence::definitions(options.unit))
        printLine(QStringLiteral("  ") + definition);
    return Success;
}

int commandAgreementSample(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("agreement-sample"),
        QStringLiteral("agreement-sample PROJECT [--share 20] [--by ATTRIBUTE | --no-strata] [--seed S] [--save NAME] "
                       "[--json]"),
        {valueOption(QStringLiteral("share"), QStringLiteral("Percentage of documents to draw (default 20)."),
                     QStringLiteral("PERCENT")),
         valueOption(QStringLiteral("by"),
                     QStringLiteral("Stratify by this document attribute (default: site, when the project has it)."),
                     QStringLiteral("ATTRIBUTE")),
         QCommandLineOption(QStringLiteral("no-strata"), QStringLiteral("Draw from all documents at once.")),
         valueOption(QStringLiteral("seed"), QStringLiteral("Seed of the draw (default 200704)."), QStringLiteral("S")),
         valueOption(QStringLiteral("save"),
                     QStringLiteral("Save the sample as a named set: a yes/no attribute of this name, yes on the drawn "
                                    "documents."),
                     QStringLiteral("NAME")),
         coderOption(),
         jsonOption()},
        1,
        1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    const auto usage = [&](const QString &message) {
        printError(QStringLiteral("agreement-sample: ") + message + QStringLiteral("\nusage: marginalia-cli ")
                   + spec.synopsis);
        return Usage;
    };
    double share = 0.2;
    if (invocation->isSet(QStringLiteral("share"))) {
        bool ok = false;
        share = invocation->value(QStringLiteral("share")).toDouble(&ok) / 100.0;
        if (!ok || !(share > 0 && share <= 1))
            return usage(QStringLiteral("--share takes a percentage above 0 and at most 100"));
    }
    quint64 seed = kDefaultBootstrapSeed;
    if (invocation->isSet(QStringLiteral("seed"))) {
        bool ok = false;
        seed = invocation->value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usage(QStringLiteral("--seed takes a whole number from 0 to 18446744073709551615"));
    }
    if (invocation->isSet(QStringLiteral("by")) && invocation->isSet(QStringLiteral("no-strata")))
        return usage(QStringLiteral("--by and --no-strata exclude each other"));
    const bool saving = invocation->isSet(QStringLiteral("save"));
    auto project = openProject(invocation->positional[0], *invocation,
                               saving ? Project::Access::ReadWrite : Project::Access::ReadOnly);
    if (!project)
        return Failed;
    QString attribute;
    if (invocation->isSet(QStringLiteral("by"))) {
        attribute = invocation->value(QStringLiteral("by"));
    } else if (!invocation->isSet(QStringLiteral("no-strata"))) {
        auto definitions = DocumentStore(*project).attributeDefinitions();
        if (!definitions) {
            printError(definitions.error());
            return Failed;
        }
        for (const AttributeDefinition &definition : *definitions) {
            if (definition.name == QStringLiteral("site"))
                attribute = definition.name;
        }
    }
    AgreementSampler sampler(*project);
    auto sample = sampler.draw(share, attribute, seed);
    if (!sample) {
        printError(sample.error());
        return Failed;
    }
    if (saving) {
        if (auto ok = sampler.save(*sample, invocation->value(QStringLiteral("save"))); !ok) {
            printError(ok.error());
            return Failed;
        }
    }
    if (invocation->isSet(kJson)) {
        QJsonArray strata;
        for (const AgreementSampleStratum &stratum : sample->strata)
            strata.append(QJsonObject{{QStringLiteral("value"), stratum.value},
                                      {QStringLiteral("documents"), stratum.documents},
                                      {QStringLiteral("drawn"), QJsonArray::fromStringList(stratum.drawn)}});
        printJson(QJsonObject{{QStringLiteral("stratified_by"), sample->attribute.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                             : QJsonValue(sample->attribute)},
                              {QStringLiteral("share"), sample->share},
                              {QStringLiteral("seed"), QString::number(sample->seed)},
                              {QStringLiteral("strata"), strata},
                              {QStringLiteral("documents"), QJsonArray::fromStringList(sample->documents)},
                              {QStringLiteral("saved_as"), saving ? QJsonValue(invocation->value(QStringLiteral("save")).trimmed())
                                                                  : QJsonValue(QJsonValue::Null)}});
        return Success;
    }
    printLine(QStringLiteral("%1 document(s) drawn (%2 % a stratum, at least one), %3, seed %4")
                  .arg(sample->documents.size())
                  .arg(sample->share * 100.0)
                  .arg(sample->attribute.isEmpty() ? QStringLiteral("not stratified")
                                                   : QStringLiteral("stratified by %1").arg(sample->attribute))
                  .arg(sample->seed));
    for (const AgreementSampleStratum &stratum : sample->strata) {
        if (!sample->attribute.isEmpty())
            printLine(QStringLiteral("%1: %2 of %3")
                          .arg(stratum.value.isEmpty() ? QStringLiteral("(no value)") : stratum.value)
                          .arg(stratum.drawn.size())
                          .arg(stratum.documents));
        for (const QString &name : stratum.drawn)
            printLine(QStringLiteral("  ") + name);
    }
    if (saving)
        printLine(QStringLiteral("saved as the attribute '%1' (yes on the drawn documents)")
                      .arg(invocation->value(QStringLiteral("save")).trimmed()));
    return Success;
}

} // namespace

void addAnalysisCommands(CommandTable &table)
{
    table.insert(QStringLiteral("matrix"), commandMatrix);
    table.insert(QStringLiteral("cooccurrence"), commandCooccurrence);
    table.insert(QStringLiteral("agreement-sample"), commandAgreementSample);
}

} // namespace marginalia::cli
