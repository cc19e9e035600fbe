#include "AnalysisCommands.h"

#include "CliArgs.h"
#include "CliOutput.h"

#include "analysis/Agreement.h"
#include "analysis/AgreementReliabilityData.h"
#include "analysis/AgreementSample.h"
#include "analysis/Cooccurrence.h"
#include "analysis/Matrix.h"
#include "analysis/WordFrequencies.h"
#include "common/AtomicFile.h"
#include "project/Codebook.h"
#include "project/DocumentStore.h"
#include "report/CsvField.h"
#include "text/Segmenter.h"

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

QCommandLineOption kindOption()
{
    return valueOption(kKind, QStringLiteral("Only documents of this kind (repeatable)."), QStringLiteral("KIND"));
}

QCommandLineOption attrOption()
{
    return valueOption(kAttr, QStringLiteral("Only documents with this attribute value, NAME=VALUE (repeatable)."),
                       QStringLiteral("NAME=VALUE"));
}

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

// --kind and --attr NAME=VALUE into a scope; nothing on a malformed --attr (after printing why).
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

} // namespace

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

QJsonObject wordsJson(const WordFrequencyResult &result, const QString &attribute)
{
    QJsonArray words;
    for (const WordCount &word : result.top)
        words.append(QJsonObject{{QStringLiteral("word"), word.word},
                                 {QStringLiteral("count"), word.count},
                                 {QStringLiteral("documents"), word.documents}});
    QJsonArray speakers;
    for (const LeftOutLabel &label : result.speakerLabels)
        speakers.append(QJsonObject{{QStringLiteral("label"), label.label}, {QStringLiteral("turns"), label.turns}});
    return {{attribute, result.group.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result.group)},
            {QStringLiteral("documents"), result.documents},
            {QStringLiteral("tokens"), result.words},
            {QStringLiteral("words"), words},
            {QStringLiteral("leftOut"), QJsonObject{{QStringLiteral("speakerLabels"), speakers},
                                                    {QStringLiteral("headerLines"), result.headerLines},
                                                    {QStringLiteral("headerLabels"),
                                                     QJsonArray::fromStringList(result.headerLabels)}}}};
}

// "Left out: …" for the text output, empty when nothing was.
QString leftOutLine(const WordFrequencyResult &result)
{
    QStringList parts;
    if (!result.speakerLabels.isEmpty()) {
        QStringList labels;
        for (const LeftOutLabel &label : result.speakerLabels)
            labels.append(QStringLiteral("%1 (%2)").arg(label.label).arg(label.turns));
        parts.append(QStringLiteral("the speaker labels of %1 turns: %2")
                         .arg(std::accumulate(result.speakerLabels.cbegin(), result.speakerLabels.cend(), qint64(0),
                                              [](qint64 sum, const LeftOutLabel &label) { return sum + label.turns; }))
                         .arg(labels.join(QStringLiteral(", "))));
    }
    if (result.headerLines > 0)
        parts.append(QStringLiteral("%1 header line(s) starting %2").arg(result.headerLines)
                         .arg(result.headerLabels.join(QStringLiteral(", "))));
    if (parts.isEmpty())
        return {};
    return QStringLiteral("Not counted: %1 (--keep-labels counts them).").arg(parts.join(QStringLiteral("; ")));
}

int commandWords(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("words"),
        QStringLiteral("words PROJECT [--site S]... [--by-site] [--top N] [--kind KIND]... [--attr NAME=VALUE]... "
                       "[--stopwords FILE] [--no-stopwords] [--numbers] [--keep-labels] [--threads N] [--json]"),
        {valueOption(QStringLiteral("site"), QStringLiteral("Only documents of this site (repeatable)."), QStringLiteral("S")),
         QCommandLineOption(QStringLiteral("by-site"), QStringLiteral("Count each site separately.")),
         valueOption(QStringLiteral("top"), QStringLiteral("The most frequent N words (default 50; 0: all)."),
                     QStringLiteral("N")),
         kindOption(), attrOption(),
         valueOption(QStringLiteral("stopwords"), QStringLiteral("Also leave out the words of this file (one a line)."),
                     QStringLiteral("FILE")),
         QCommandLineOption(QStringLiteral("no-stopwords"), QStringLiteral("Count stop words too.")),
         QCommandLineOption(QStringLiteral("numbers"), QStringLiteral("Count numbers as words.")),
         QCommandLineOption(QStringLiteral("keep-labels"),
                            QStringLiteral("Count speaker labels (访谈者：, T:) and header lines too.")),
         valueOption(QStringLiteral("threads"),
                     QStringLiteral("Segment and count on N threads (default 1; 0: one per core, at most 2)."),
                     QStringLiteral("N")),
         jsonOption()},
        1,
        1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    auto scope = scopeFrom(*invocation, spec.name, false);
    if (!scope)
        return Usage;
    const QString site = QStringLiteral("site");
    if (invocation->isSet(site))
        scope->attributes.insert(site, invocation->values(site));
    WordOptions options;
    options.scope = *scope;
    const auto top = wholeNumberOption(spec.name, *invocation, QStringLiteral("top"), options.top, 0,
                                       std::numeric_limits<int>::max());
    if (!top)
        return Usage;
    options.top = static_cast<int>(*top);
    const auto threads = wholeNumberOption(spec.name, *invocation, QStringLiteral("threads"), options.threads, 0,
                                           WordOptions::kMaxThreads);
    if (!threads)
        return Usage;
    options.threads = static_cast<int>(*threads);
    options.useStopWords = !invocation->isSet(QStringLiteral("no-stopwords"));
    options.numbers = invocation->isSet(QStringLiteral("numbers"));
    options.keepLabels = invocation->isSet(QStringLiteral("keep-labels"));
    if (invocation->isSet(QStringLiteral("stopwords"))) {
        auto list = StopWords::readFile(invocation->value(QStringLiteral("stopwords")));
        if (!list) {
            printError(list.error());
            return Failed;
        }
        const Segmenter segmenter;
        for (const QString &word : *list)
            options.extraStopWords.insert(segmenter.foldCase(word));
    }
    auto project = openProject(invocation->positional[0], *invocation, Project::Access::ReadOnly);
    if (!project || !filtersKnown(*project, scope->attributes, {}))
        return Failed;
    WordFrequencies frequencies(*project);
    QList<WordFrequencyResult> results;
    if (invocation->isSet(QStringLiteral("by-site"))) {
        auto counted = frequencies.countBy(site, options);
        if (!counted) {
            printError(counted.error());
            return Failed;
        }
        results = *counted;
    } else {
        auto counted = frequencies.count(options);
        if (!counted) {
            printError(counted.error());
            return Failed;
        }
        if (invocation->values(site).size() == 1)
            counted->group = invocation->value(site);
        results.append(*counted);
    }
    if (invocation->isSet(kJson)) {
        if (invocation->isSet(QStringLiteral("by-site"))) {
            QJsonArray groups;
            for (const WordFrequencyResult &result : results)
                groups.append(wordsJson(result, site));
            printJson(QJsonObject{{QStringLiteral("by"), site}, {QStringLiteral("groups"), groups}});
        } else {
            printJson(wordsJson(results.first(), site));
        }
        return Success;
    }
    for (const WordFrequencyResult &result : results) {
        if (!result.group.isEmpty())
            printLine(QStringLiteral("%1 (%2 documents)").arg(result.group).arg(result.documents));
        for (const WordCount &word : result.top)
            printLine(QStringLiteral("  %1\t%2\t%3 document(s)").arg(word.word).arg(word.count).arg(word.documents));
        if (const QString leftOut = leftOutLine(result); !leftOut.isEmpty())
            printLine(leftOut);
    }
    return Success;
}

int commandStopwords(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("stopwords"),
        QStringLiteral("stopwords PROJECT [--language en|zh] [--add WORD]... [--remove WORD]... [--import FILE] "
                       "[--reset] [--json]"),
        {valueOption(QStringLiteral("language"), QStringLiteral("The list to show or edit: en or zh (default en)."),
                     QStringLiteral("LANGUAGE")),
         valueOption(QStringLiteral("add"), QStringLiteral("Add a stop word (repeatable)."), QStringLiteral("WORD")),
         valueOption(QStringLiteral("remove"), QStringLiteral("Remove a stop word (repeatable)."), QStringLiteral("WORD")),
         valueOption(QStringLiteral("import"), QStringLiteral("Add the words of a file (one a line)."), QStringLiteral("FILE")),
         QCommandLineOption(QStringLiteral("reset"), QStringLiteral("Forget the project's edits of the list.")),
         coderOption(), jsonOption()},
        1,
        1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    const QString language = invocation->isSet(QStringLiteral("language")) ? invocation->value(QStringLiteral("language"))
                                                                             : QStringLiteral("en");
    auto project = openProject(invocation->positional[0], *invocation);
    if (!project)
        return Failed;
    StopWords stopWords(*project);
    if (invocation->isSet(QStringLiteral("reset"))) {
        if (auto ok = stopWords.reset(language); !ok) {
            printError(ok.error());
            return Failed;
        }
    }
    QStringList additions = invocation->values(QStringLiteral("add"));
    if (invocation->isSet(QStringLiteral("import"))) {
        auto list = StopWords::readFile(invocation->value(QStringLiteral("import")));
        if (!list) {
            printError(list.error());
            return Failed;
        }
        additions += *list;
    }
    if (!additions.isEmpty()) {
        if (auto ok = stopWords.add(language, additions); !ok) {
            printError(ok.error());
            return Failed;
        }
    }
    if (invocation->isSet(QStringLiteral("remove"))) {
        if (auto ok = stopWords.remove(language, invocation->values(QStringLiteral("remove"))); !ok) {
            printError(ok.error());
            return Failed;
        }
    }
    auto words = stopWords.words(language);
    if (!words) {
        printError(words.error());
        return Failed;
    }
    if (invocation->isSet(kJson))
        printJson(QJsonObject{{QStringLiteral("language"), language},
                              {QStringLiteral("words"), QJsonArray::fromStringList(*words)}});
    else
        printLine(words->join(u'\n'));
    return Success;
}

// ---- dictionary (words, issue 13): the project's own Chinese words for word counts ----
int commandDictionary(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("dictionary"),
        QStringLiteral("dictionary PROJECT [--add WORD]... [--remove WORD]... [--forget WORD]... [--json]"),
        {valueOption(QStringLiteral("add"), QStringLiteral("Count WORD as one word (Chinese, 2-16 characters; repeatable)."),
                     QStringLiteral("WORD")),
         valueOption(QStringLiteral("remove"), QStringLiteral("WORD is not a word in this project (repeatable)."),
                     QStringLiteral("WORD")),
         valueOption(QStringLiteral("forget"), QStringLiteral("Drop the project's edit of WORD (repeatable)."),
                     QStringLiteral("WORD")),
         coderOption(), jsonOption()},
        1,
        1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    const QStringList additions = invocation->values(QStringLiteral("add"));
    const QStringList removals = invocation->values(QStringLiteral("remove"));
    const QStringList forgotten = invocation->values(QStringLiteral("forget"));
    for (const QString &word : additions + removals) {
        if (const QString why = ProjectDictionary::whyNotAWord(word.trimmed()); !why.isEmpty()) {
            printError(QStringLiteral("dictionary: %1.").arg(why));
            return Usage;
        }
    }
    const bool editing = !additions.isEmpty() || !removals.isEmpty() || !forgotten.isEmpty();
    auto project = openProject(invocation->positional[0], *invocation,
                               editing ? Project::Access::ReadWrite : Project::Access::ReadOnly);
    if (!project)
        return Failed;
    ProjectDictionary dictionary(*project);
    for (const auto &[words, edit] : {std::pair{forgotten, &ProjectDictionary::forget},
                                      std::pair{additions, &ProjectDictionary::add},
                                      std::pair{removals, &ProjectDictionary::remove}}) {
        if (words.isEmpty())
            continue;
        if (auto ok = (dictionary.*edit)(words); !ok) {
            printError(ok.error());
            return Failed;
        }
    }
    auto added = dictionary.added();
    auto removed = dictionary.removed();
    auto codes = dictionary.codeWords();
    for (const Result<QStringList> *read : {&added, &removed, &codes}) {
        if (!*read) {
            printError(read->error());
            return Failed;
        }
    }
    if (invocation->isSet(kJson)) {
        printJson(QJsonObject{{QStringLiteral("added"), QJsonArray::fromStringList(*added)},
                              {QStringLiteral("removed"), QJsonArray::fromStringList(*removed)},
                              {QStringLiteral("codeWords"), QJsonArray::fromStringList(*codes)}});
        return Success;
    }
    const auto list = [](const QStringList &words) {
        return words.isEmpty() ? QStringLiteral("none") : words.join(QStringLiteral(", "));
    };
    printLine(QStringLiteral("Words added (%1): %2").arg(added->size()).arg(list(*added)));
    printLine(QStringLiteral("Not words (%1): %2").arg(removed->size()).arg(list(*removed)));
    printLine(QStringLiteral("Code names counted as words (%1): %2").arg(codes->size()).arg(list(*codes)));
    return Success;
}

// ---- agreement: every statistic with its bootstrap interval; the JSON written as it is produced ----

// One JSON value, compact (QJsonDocument takes only arrays and objects).
QByteArray compactJson(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
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
            writeOut((first ? "\n" : ",\n") + QJsonDocument(object).toJson(QJsonDocument::Compact));
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
    table.insert(QStringLiteral("words"), commandWords);
    table.insert(QStringLiteral("stopwords"), commandStopwords);
    table.insert(QStringLiteral("dictionary"), commandDictionary);
    table.insert(QStringLiteral("agreement"), commandAgreement);
    table.insert(QStringLiteral("agreement-sample"), commandAgreementSample);
}

} // namespace marginalia::cli
