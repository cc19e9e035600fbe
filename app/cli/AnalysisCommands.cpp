#include "AnalysisCommands.h"

#include "CliArgs.h"
#include "CliOutput.h"

#include "analysis/Agreement.h"
#include "analysis/Cooccurrence.h"
#include "analysis/Matrix.h"
#include "analysis/WordFrequencies.h"
#include "common/AtomicFile.h"
#include "project/Codebook.h"
#include "report/CsvField.h"
#include "report/Report.h"
#include "text/Segmenter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

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

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString formatOptional(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 3) : QStringLiteral("n/a");
}

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
        {valueOption(QStringLiteral("by"), QStringLiteral("The attribute whose values are the columns (default site)."),
                     QStringLiteral("ATTRIBUTE")),
         QCommandLineOption(QStringLiteral("rollup"), QStringLiteral("A code's row counts its sub-codes' codings too.")),
         kindOption(), filterCoderOption(), attrOption(), jsonOption(),
         QCommandLineOption(QStringLiteral("csv"), QStringLiteral("Print the matrix as CSV (one row per cell).")),
         valueOption(QStringLiteral("output"),
                     QStringLiteral("Write the CSV to FILE (whole or not at all) instead of printing it."),
                     QStringLiteral("FILE"))},
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
    if (invocation->isSet(QStringLiteral("output")) && !invocation->isSet(QStringLiteral("csv"))) {
        printError(QStringLiteral("matrix: --output writes the CSV; add --csv"));
        return Usage;
    }
    if (invocation->isSet(QStringLiteral("csv"))) {
        // Names are text a spreadsheet must not run (csvTextField); the counts are our own numbers.
        QString out = QStringLiteral(
            "code,path,column,passages,codings,documents,percent_documents,characters,per_10k\r\n");
        auto line = [&](const QString &code, const QString &path, const MatrixCell &cell) {
            out += csvTextField(code) + u',' + csvTextField(path) + u',' + csvTextField(cell.column) + u','
                   + csvNumberField(cell.passages) + u',' + csvNumberField(cell.codings) + u','
                   + csvNumberField(cell.documents) + u',' + csvNumberField(cell.percentDocuments) + u','
                   + csvNumberField(cell.characters) + u',' + csvNumberField(cell.per10k) + QStringLiteral("\r\n");
        };
        for (const MatrixRow &row : matrix->rows) {
            for (const MatrixCell &cell : row.cells)
                line(row.code, row.path, cell);
            line(row.code, row.path, row.total);
        }
        for (const MatrixCell &cell : matrix->columnTotals)
            line(QStringLiteral("(any code)"), QString(), cell);
        line(QStringLiteral("(any code)"), QString(), matrix->grandTotal);
        if (invocation->isSet(QStringLiteral("output"))) {
            const QString path = invocation->value(QStringLiteral("output"));
            AtomicFile::removeStaleTemporaries(path);
            if (auto ok = AtomicFile::write(path, out.toUtf8()); !ok) {
                printError(QStringLiteral("matrix: ") + ok.error());
                return Failed;
            }
            printLine(QStringLiteral("Wrote the matrix (%1 rows) to %2").arg(matrix->rows.size()).arg(path));
            return Success;
        }
        out.chop(2);
        printLine(out.replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
        return Success;
    }
    if (invocation->isSet(kJson)) {
        QJsonArray columns;
        QJsonArray columnInfo;
        for (const MatrixColumn &column : matrix->columns) {
            columns.append(column.value);
            columnInfo.append(QJsonObject{{QStringLiteral("column"), column.value},
                                          {QStringLiteral("documents"), column.documents},
                                          {QStringLiteral("characters"), column.textLength}});
        }
        QJsonArray rows;
        for (const MatrixRow &row : matrix->rows) {
            QJsonArray cells;
            for (const MatrixCell &cell : row.cells)
                cells.append(cellJson(cell));
            rows.append(QJsonObject{{QStringLiteral("code"), row.code},
                                    {QStringLiteral("path"), row.path},
                                    {QStringLiteral("id"), row.codeId},
                                    {QStringLiteral("depth"), row.depth},
                                    {QStringLiteral("cells"), cells},
                                    {QStringLiteral("total"), cellJson(row.total)}});
        }
        QJsonArray totals;
        for (const MatrixCell &cell : matrix->columnTotals)
            totals.append(cellJson(cell));
        printJson(QJsonObject{{QStringLiteral("by"), matrix->by},
                              {QStringLiteral("rollup"), matrix->rolledUp},
                              {QStringLiteral("columns"), columns},
                              {QStringLiteral("column_info"), columnInfo},
                              {QStringLiteral("rows"), rows},
                              {QStringLiteral("totals"), QJsonObject{{QStringLiteral("cells"), totals},
                                                                     {QStringLiteral("total"), cellJson(matrix->grandTotal)}}},
                              {QStringLiteral("definitions"), QJsonArray::fromStringList(MatrixResult::definitions())}});
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

int commandCooccurrence(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("cooccurrence"),
        QStringLiteral("cooccurrence PROJECT [--unit overlap|paragraph] [--kind KIND]... [--coder NAME]... "
                       "[--attr NAME=VALUE]... [--json]"),
        {valueOption(QStringLiteral("unit"), QStringLiteral("overlap (default) or paragraph."), QStringLiteral("UNIT")),
         kindOption(), filterCoderOption(), attrOption(), jsonOption()},
        1,
        1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    auto unit = Cooccurrence::parseUnit(invocation->value(QStringLiteral("unit")));
    if (!unit) {
        printError(QStringLiteral("cooccurrence: ") + unit.error());
        return Usage;
    }
    auto scope = scopeFrom(*invocation, spec.name, true);
    if (!scope)
        return Usage;
    auto project = openProject(invocation->positional[0], *invocation, Project::Access::ReadOnly);
    if (!project || !filtersKnown(*project, scope->attributes, scope->coders))
        return Failed;
    auto pairs = Cooccurrence(*project).pairs(*unit, *scope);
    if (!pairs) {
        printError(pairs.error());
        return Failed;
    }
    if (invocation->isSet(kJson)) {
        QJsonArray list;
        for (const CooccurrencePair &pair : *pairs)
            list.append(QJsonObject{{QStringLiteral("code_a"), pair.pathA},
                                    {QStringLiteral("code_a_id"), pair.codeA},
                                    {QStringLiteral("code_b"), pair.pathB},
                                    {QStringLiteral("code_b_id"), pair.codeB},
                                    {QStringLiteral("count"), pair.count},
                                    {QStringLiteral("documents"), pair.documents}});
        printJson(QJsonObject{{QStringLiteral("unit"), *unit == CooccurrenceUnit::Overlap ? QStringLiteral("overlap")
                                                                                           : QStringLiteral("paragraph")},
                              {QStringLiteral("definition"), Cooccurrence::definition(*unit)},
                              {QStringLiteral("pairs"), list}});
        return Success;
    }
    for (const CooccurrencePair &pair : *pairs)
        printLine(QStringLiteral("%1 + %2: %3 in %4 document(s)").arg(pair.pathA, pair.pathB).arg(pair.count).arg(pair.documents));
    return Success;
}

QJsonObject wordsJson(const WordFrequencyResult &result, const QString &attribute)
{
    QJsonArray words;
    for (const WordCount &word : result.top)
        words.append(QJsonObject{{QStringLiteral("word"), word.word},
                                 {QStringLiteral("count"), word.count},
                                 {QStringLiteral("documents"), word.documents}});
    return {{attribute, result.group.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result.group)},
            {QStringLiteral("documents"), result.documents},
            {QStringLiteral("tokens"), result.words},
            {QStringLiteral("words"), words}};
}

int commandWords(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("words"),
        QStringLiteral("words PROJECT [--site S]... [--by-site] [--top N] [--kind KIND]... [--attr NAME=VALUE]... "
                       "[--stopwords FILE] [--no-stopwords] [--numbers] [--json]"),
        {valueOption(QStringLiteral("site"), QStringLiteral("Only documents of this site (repeatable)."), QStringLiteral("S")),
         QCommandLineOption(QStringLiteral("by-site"), QStringLiteral("Count each site separately.")),
         valueOption(QStringLiteral("top"), QStringLiteral("The most frequent N words (default 50; 0: all)."),
                     QStringLiteral("N")),
         kindOption(), attrOption(),
         valueOption(QStringLiteral("stopwords"), QStringLiteral("Also leave out the words of this file (one a line)."),
                     QStringLiteral("FILE")),
         QCommandLineOption(QStringLiteral("no-stopwords"), QStringLiteral("Count stop words too.")),
         QCommandLineOption(QStringLiteral("numbers"), QStringLiteral("Count numbers as words.")), jsonOption()},
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
    options.useStopWords = !invocation->isSet(QStringLiteral("no-stopwords"));
    options.numbers = invocation->isSet(QStringLiteral("numbers"));
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

QJsonObject measuresJson(const AgreementMeasures &m, const QStringList &coders, const QString &unitName)
{
    QJsonObject yes;
    for (qsizetype i = 0; i < coders.size() && i < m.yes.size(); ++i)
        yes.insert(coders[i], m.yes[i]);
    return {{unitName, m.units},
            {QStringLiteral("percent_agreement"), m.units > 0 ? QJsonValue(m.percentAgreement) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("cohen_kappa"), optionalNumber(m.cohenKappa)},
            {QStringLiteral("krippendorff_alpha"), optionalNumber(m.krippendorffAlpha)},
            {QStringLiteral("coded"), yes}};
}

int commandAgreement(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("agreement"),
        QStringLiteral("agreement PROJECT --coders A,B[,C...] [--code NAME]... [--no-text] [--json]"),
        {valueOption(QStringLiteral("coders"), QStringLiteral("The coders to compare, separated by commas."),
                     QStringLiteral("A,B")),
         valueOption(QStringLiteral("code"), QStringLiteral("Only this code (repeatable)."), QStringLiteral("NAME")),
         QCommandLineOption(QStringLiteral("no-text"), QStringLiteral("Leave the text out of the disagreements.")),
         jsonOption()},
        1,
        1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    QStringList coders;
    for (const QString &value : invocation->values(QStringLiteral("coders"))) {
        for (const QString &name : value.split(u',', Qt::SkipEmptyParts))
            coders.append(name.trimmed());
    }
    if (coders.size() < 2) {
        printError(QStringLiteral("agreement: --coders takes two or more coder names, separated by commas\n"
                                  "usage: marginalia-cli ") + spec.synopsis);
        return Usage;
    }
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
    auto result = Agreement(*project).compute(coders, codeIds, !invocation->isSet(QStringLiteral("no-text")));
    if (!result) {
        printError(result.error());
        return Failed;
    }
    if (invocation->isSet(kJson)) {
        QJsonArray codes;
        for (const CodeAgreement &code : result->codes) {
            QJsonObject object = measuresJson(code.characters, coders, QStringLiteral("characters"));
            object.insert(QStringLiteral("code"), code.code);
            object.insert(QStringLiteral("path"), code.path);
            object.insert(QStringLiteral("document_level"), measuresJson(code.documents, coders, QStringLiteral("documents")));
            codes.append(object);
        }
        QJsonObject overall = measuresJson(result->overallCharacters, coders, QStringLiteral("characters"));
        overall.insert(QStringLiteral("document_level"),
                       measuresJson(result->overallDocuments, coders, QStringLiteral("documents")));
        QJsonArray disagreements;
        for (const Disagreement &d : result->disagreements) {
            QJsonObject object{{QStringLiteral("document"), d.document},
                               {QStringLiteral("code"), d.codePath},
                               {QStringLiteral("start"), d.start},
                               {QStringLiteral("end"), d.end},
                               {QStringLiteral("coded_by"), QJsonArray::fromStringList(d.codedBy)},
                               {QStringLiteral("not_coded_by"), QJsonArray::fromStringList(d.notCodedBy)}};
            if (!invocation->isSet(QStringLiteral("no-text")))
                object.insert(QStringLiteral("text"), d.text);
            disagreements.append(object);
        }
        printJson(QJsonObject{{QStringLiteral("coders"), QJsonArray::fromStringList(coders)},
                              {QStringLiteral("documents"), QJsonArray::fromStringList(result->documents)},
                              {QStringLiteral("compared_characters"), result->comparedCharacters},
                              {QStringLiteral("codes"), codes},
                              {QStringLiteral("overall"), overall},
                              {QStringLiteral("disagreements"), disagreements},
                              {QStringLiteral("definitions"), QJsonArray::fromStringList(AgreementResult::definitions())}});
        return Success;
    }
    printLine(QStringLiteral("%1 document(s) coded by all of %2; %3 characters compared per code")
                  .arg(result->documents.size())
                  .arg(coders.join(QStringLiteral(", ")))
                  .arg(result->comparedCharacters));
    printLine(QStringLiteral("code\tagreement %\tkappa\talpha\tdocument-level agreement %"));
    for (const CodeAgreement &code : result->codes)
        printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                      .arg(code.path)
                      .arg(code.characters.percentAgreement, 0, 'f', 1)
                      .arg(formatOptional(code.characters.cohenKappa), formatOptional(code.characters.krippendorffAlpha))
                      .arg(code.documents.percentAgreement, 0, 'f', 1));
    printLine(QStringLiteral("overall\t%1\t%2\t%3\t%4")
                  .arg(result->overallCharacters.percentAgreement, 0, 'f', 1)
                  .arg(formatOptional(result->overallCharacters.cohenKappa),
                       formatOptional(result->overallCharacters.krippendorffAlpha))
                  .arg(result->overallDocuments.percentAgreement, 0, 'f', 1));
    printLine(QStringLiteral("%1 disagreement(s)").arg(result->disagreements.size()));
    return Success;
}

int commandReport(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("report"),
        QStringLiteral("report PROJECT --out FILE.(html|odt|docx|pdf|md|csv) [--code NAME]... [--site S]... "
                       "[--by code|site] [--context N] [--matrix] [--coders A,B] [--title TEXT] [--json]"),
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
         valueOption(QStringLiteral("title"), QStringLiteral("The report's title."), QStringLiteral("TEXT")), jsonOption()},
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
    if (auto ok = ReportWriter::write(*data, *format, out); !ok) {
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
        printLine(QStringLiteral("Wrote %1 passage(s) (%2 coding(s)) to %3")
                      .arg(data->excerptCount)
                      .arg(data->codingCount)
                      .arg(out));
    return Success;
}

} // namespace

void addAnalysisCommands(CommandTable &table)
{
    table.insert(QStringLiteral("matrix"), commandMatrix);
    table.insert(QStringLiteral("cooccurrence"), commandCooccurrence);
    table.insert(QStringLiteral("words"), commandWords);
    table.insert(QStringLiteral("stopwords"), commandStopwords);
    table.insert(QStringLiteral("agreement"), commandAgreement);
    table.insert(QStringLiteral("report"), commandReport);
}

} // namespace marginalia::cli
