#include "CliCommands.h"
#include "CommandSets.h"

#include "CliArgs.h"
#include "CliOutput.h"
#include "CliSupport.h"
#include "AnalysisCommands.h"
#include "AttributeCommands.h"
#include "MemoCommands.h"
#include "SearchOutput.h"

#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "report/Report.h"
#include "search/DocumentText.h"
#include "search/SearchIndexer.h"
#include "search/TextSearch.h"
#include "text/Paragraphs.h"
#include "text/TextIndex.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace marginalia::cli {

namespace {

// ---- commands ----

int commandNew(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("new"), QStringLiteral("new PROJECT"), {jsonOption()}, 1, 1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    auto project = Project::create(invocation->positional[0]);
    if (!project) {
        printError(project.error());
        return Failed;
    }
    if (invocation->isSet(kJson))
        printJson(QJsonObject{{QStringLiteral("created"), (*project)->path()}});
    else
        printLine(QStringLiteral("Created %1").arg((*project)->path()));
    return Success;
}

int commandAddCode(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("add-code"),
        QStringLiteral("add-code PROJECT NAME [--parent NAME] [--color '#RRGGBB'] [--description TEXT] [--json]"),
        {valueOption(QStringLiteral("parent"), QStringLiteral("The parent code (name or path)."), QStringLiteral("NAME")),
         valueOption(QStringLiteral("color"), QStringLiteral("Colour as #RRGGBB."), QStringLiteral("COLOR")),
         valueOption(QStringLiteral("description"), QStringLiteral("What the code means."), QStringLiteral("TEXT")),
         coderOption(), jsonOption()},
        2,
        2};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    auto project = openProject(invocation->positional[0], *invocation);
    if (!project)
        return Failed;
    Codebook codebook(*project);
    NewCode code;
    code.name = invocation->positional[1];
    code.color = invocation->value(QStringLiteral("color"));
    code.description = invocation->value(QStringLiteral("description"));
    if (invocation->isSet(QStringLiteral("parent"))) {
        auto parent = codebook.find(invocation->value(QStringLiteral("parent")));
        if (!parent) {
            printError(parent.error());
            return Failed;
        }
        code.parentId = *parent;
    }
    auto id = codebook.add(code);
    if (!id) {
        printError(id.error());
        return Failed;
    }
    auto added = codebook.code(*id);
    if (invocation->isSet(kJson) && added)
        printJson(QJsonObject{{QStringLiteral("id"), *id},
                              {QStringLiteral("path"), added->path},
                              {QStringLiteral("color"), added->color},
                              {QStringLiteral("guid"), added->guid}});
    else if (added)
        printLine(QStringLiteral("Added code %1").arg(added->path));
    return Success;
}

int commandCode(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("code"),
                           QStringLiteral("code PROJECT DOCUMENT CODE START END [--coder NAME] [--memo TEXT] [--json]"),
                           {coderOption(),
                            valueOption(QStringLiteral("memo"), QStringLiteral("A memo on the coding."), QStringLiteral("TEXT")),
                            jsonOption()},
                           5,
                           5};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    // Positions count characters (code points) from 0.
    const auto start = wholeNumberArgument(spec.name, invocation->positional[3], QStringLiteral("START"));
    const auto end = start ? wholeNumberArgument(spec.name, invocation->positional[4], QStringLiteral("END")) : std::nullopt;
    if (!start || !end)
        return Usage;
    auto project = openProject(invocation->positional[0], *invocation);
    if (!project)
        return Failed;
    auto document = DocumentStore(*project).find(invocation->positional[1]);
    if (!document) {
        printError(document.error());
        return Failed;
    }
    auto code = Codebook(*project).find(invocation->positional[2]);
    if (!code) {
        printError(code.error());
        return Failed;
    }
    NewCoding coding;
    coding.documentId = *document;
    coding.codeId = *code;
    coding.start = *start;
    coding.end = *end;
    coding.memo = invocation->value(QStringLiteral("memo"));
    CodingStore codings(*project);
    auto added = codings.add(coding);
    if (!added) {
        printError(added.error());
        return Failed;
    }
    if (invocation->isSet(kJson)) {
        printJson(QJsonObject{{QStringLiteral("id"), added->id},
                              {QStringLiteral("created"), added->created},
                              {QStringLiteral("coded"), QJsonObject{{QStringLiteral("document"), invocation->positional[1]},
                                                                    {QStringLiteral("code"), invocation->positional[2]},
                                                                    {QStringLiteral("start"), *start},
                                                                    {QStringLiteral("end"), *end},
                                                                    {QStringLiteral("coder"), project->currentCoder()}}}});
    } else {
        printLine(added->created ? QStringLiteral("Coded [%1, %2)").arg(*start).arg(*end)
                                 : QStringLiteral("Already coded [%1, %2); nothing changed").arg(*start).arg(*end));
    }
    return Success;
}

int commandInfo(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("info"),
                           QStringLiteral("info PROJECT [--json] [--documents]"),
                           {jsonOption(), QCommandLineOption(QStringLiteral("documents"),
                                                             QStringLiteral("List the documents too."))},
                           1,
                           1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    auto project = openProject(invocation->positional[0], *invocation, Project::Access::ReadOnly);
    if (!project)
        return Failed;
    DocumentStore documents(*project);
    // The list (with each document's coding count, a pass over every coding) only when it is shown;
    // the totals alone are counts.
    const bool listDocuments = invocation->isSet(QStringLiteral("documents"));
    auto documentList = listDocuments ? documents.list() : Result<QList<DocumentInfo>>(QList<DocumentInfo>());
    auto documentCount = listDocuments ? Result<qint64>(static_cast<qint64>(documentList ? documentList->size() : 0))
                                       : documents.count();
    auto codes = Codebook(*project).codes();
    auto codingCount = CodingStore(*project).count();
    auto coders = project->coderNames();
    auto values = documents.attributeValues();
    for (const QString *error : {documentList ? nullptr : &documentList.error(),
                                 documentCount ? nullptr : &documentCount.error(), codes ? nullptr : &codes.error(),
                                 codingCount ? nullptr : &codingCount.error(), coders ? nullptr : &coders.error(),
                                 values ? nullptr : &values.error()}) {
        if (error) {
            printError(*error);
            return Failed;
        }
    }
    QJsonObject attributes;
    for (auto it = values->cbegin(); it != values->cend(); ++it)
        attributes.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonObject result{{QStringLiteral("name"), project->name()},
                       {QStringLiteral("documents"), *documentCount},
                       {QStringLiteral("codes"), static_cast<qint64>(codes->size())},
                       {QStringLiteral("codings"), *codingCount},
                       {QStringLiteral("coders"), QJsonArray::fromStringList(*coders)},
                       {QStringLiteral("attributes"), attributes}};
    if (listDocuments) {
        QJsonArray list;
        for (const DocumentInfo &document : *documentList)
            list.append(QJsonObject{{QStringLiteral("id"), document.id},
                                    {QStringLiteral("name"), document.name},
                                    {QStringLiteral("length"), document.length},
                                    {QStringLiteral("site"), document.attributes.value(QStringLiteral("site"))},
                                    {QStringLiteral("kind"), document.attributes.value(QStringLiteral("kind"))},
                                    {QStringLiteral("codings"), document.codings},
                                    {QStringLiteral("format"), document.format},
                                    {QStringLiteral("encoding"), document.encoding},
                                    {QStringLiteral("attributes"), stringMap(document.attributes)}});
        result.insert(QStringLiteral("document_list"), list);
    }
    if (invocation->isSet(kJson)) {
        printJson(result);
        return Success;
    }
    printLine(QStringLiteral("%1: %2 documents, %3 codes, %4 codings; coders: %5")
                  .arg(project->name())
                  .arg(*documentCount)
                  .arg(codes->size())
                  .arg(*codingCount)
                  .arg(coders->join(QStringLiteral(", "))));
    for (auto it = values->cbegin(); it != values->cend(); ++it)
        printLine(QStringLiteral("  %1: %2").arg(it.key(), it.value().join(QStringLiteral(", "))));
    if (listDocuments) {
        for (const DocumentInfo &document : *documentList)
            printLine(QStringLiteral("  %1  %2 characters, %3 codings  [%4, %5]")
                          .arg(document.name)
                          .arg(document.length)
                          .arg(document.codings)
                          .arg(document.attributes.value(QStringLiteral("site")),
                               document.attributes.value(QStringLiteral("kind"))));
    }
    return Success;
}

// Ends a command that streamed its list as JSON while reading it (codings, search): the array is closed, an empty
// one when nothing was found, and a failure midway still leaves well-formed JSON on stdout before the error.
int finishStreamedList(bool json, JsonStream &stream, const Result<void> &done)
{
    if (json && (done || stream.isOpen())) {
        if (!stream.isOpen())
            stream.beginArray();
        stream.end();
    }
    flushOutput();
    if (!done) {
        printError(done.error());
        return Failed;
    }
    // A list cut short by a full disk or a closed pipe is not a result.
    if (std::ferror(stdout)) {
        printError(QStringLiteral("the output could not be written to the end (a full disk, or a reader that stopped "
                                  "reading); what was written is incomplete"));
        return Failed;
    }
    return Success;
}

int commandCodings(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("codings"),
        QStringLiteral("codings PROJECT [--json] [--code NAME]... [--subcodes] [--site SITE]... [--kind KIND]... "
                       "[--coder NAME]... [--document NAME]... [--context N] [--passages]"),
        {jsonOption(),
         QCommandLineOption(QStringLiteral("passages"),
                            QStringLiteral("One line per passage (same document, code, start and end) with all its "
                                           "coders, instead of one per coding.")),
         valueOption(QStringLiteral("code"), QStringLiteral("Only this code (repeatable)."), QStringLiteral("NAME")),
         QCommandLineOption(QStringLiteral("subcodes"), QStringLiteral("Include the sub-codes of --code.")),
         valueOption(QStringLiteral("site"), QStringLiteral("Only documents of this site (repeatable)."), QStringLiteral("SITE")),
         valueOption(QStringLiteral("kind"), QStringLiteral("Only documents of this kind (repeatable)."), QStringLiteral("KIND")),
         valueOption(QStringLiteral("coder"), QStringLiteral("Only this coder's codings (repeatable)."), QStringLiteral("NAME")),
         valueOption(QStringLiteral("document"), QStringLiteral("Only this document (repeatable)."), QStringLiteral("NAME")),
         valueOption(QStringLiteral("context"), QStringLiteral("Characters of context on each side."), QStringLiteral("N"))},
        1,
        1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    const auto context = wholeNumberOption(spec.name, *invocation, QStringLiteral("context"), 0, 0, kMaxContext);
    if (!context)
        return Usage;
    auto project = openProject(invocation->positional[0], *invocation, Project::Access::ReadOnly);
    if (!project)
        return Failed;
    project->setCurrentCoder({});
    CodingFilter filter;
    Codebook codebook(*project);
    for (const QString &name : invocation->values(QStringLiteral("code"))) {
        auto id = codebook.find(name);
        if (!id) {
            printError(id.error());
            return Failed;
        }
        filter.codeIds.append(*id);
    }
    filter.includeSubcodes = invocation->isSet(QStringLiteral("subcodes"));
    DocumentStore documents(*project);
    for (const QString &name : invocation->values(QStringLiteral("document"))) {
        auto id = documents.find(name);
        if (!id) {
            printError(id.error());
            return Failed;
        }
        filter.documentIds.append(*id);
    }
    filter.coders = invocation->values(QStringLiteral("coder"));
    if (invocation->isSet(QStringLiteral("site")))
        filter.attributes.insert(QStringLiteral("site"), invocation->values(QStringLiteral("site")));
    if (invocation->isSet(QStringLiteral("kind")))
        filter.attributes.insert(QStringLiteral("kind"), invocation->values(QStringLiteral("kind")));
    // Filters that match nothing in the project are mistakes (a misspelt site), not empty results.
    if (!filtersKnown(*project, filter.attributes, filter.coders))
        return Failed;
    filter.contextLength = static_cast<int>(*context);
    filter.passages = invocation->isSet(QStringLiteral("passages"));
    // Written as the segments are read (one document's text held at a time), byte for byte as one JSON document.
    const bool json = invocation->isSet(kJson);
    JsonStream stream;   // opened with the first segment: a refusal before it writes nothing to stdout
    auto done = CodingStore(*project).forEachSegment(filter, [&](const CodedSegment &segment) {
        if (!json) {
            // For people: the citation ("paragraph 3 · speaker T · characters 13–40", 1-based, inclusive).
            writeLine(QStringLiteral("%1 · %2 · %3 (%4): %5")
                          .arg(segment.document, ReportWriter::citationText(segment), segment.codePath, segment.coder,
                               segment.text));
            return;
        }
        // start/end: 0-based, half-open code points; paragraphs: the numbers the document view shows.
        // Fields in QJsonObject's (sorted) order, as printJson() would write them.
        if (!stream.isOpen())
            stream.beginArray();
        stream.elementObject([&](JsonObjectWriter &object) {
            object.field(QLatin1StringView("code"), segment.code)
                .field(QLatin1StringView("code_path"), segment.codePath)
                .field(QLatin1StringView("coder"), segment.coder)
                .field(QLatin1StringView("coders"), segment.coders);
            if (filter.contextLength > 0)
                object.field(QLatin1StringView("context_after"), segment.contextAfter)
                    .field(QLatin1StringView("context_before"), segment.contextBefore);
            object.field(QLatin1StringView("created"), segment.created)
                .field(QLatin1StringView("document"), segment.document)
                .field(QLatin1StringView("end"), segment.end)
                .field(QLatin1StringView("id"), segment.id)
                .field(QLatin1StringView("memo"), segment.memo)
                .numberRange(QLatin1StringView("paragraphs"), segment.firstParagraph, segment.lastParagraph)
                .field(QLatin1StringView("speakers"), segment.speakers)
                .field(QLatin1StringView("start"), segment.start)
                .field(QLatin1StringView("text"), segment.text);
        });
    });
    return finishStreamedList(json, stream, done);
}

int commandSearch(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("search"),
                           QStringLiteral("search PROJECT QUERY [--json] [--case-sensitive] [--context N]"),
                           {jsonOption(),
                            QCommandLineOption(QStringLiteral("case-sensitive"),
                                               QStringLiteral("Match upper and lower case exactly.")),
                            valueOption(QStringLiteral("context"),
                                        QStringLiteral("Characters of context on each side of a hit (default 30)."),
                                        QStringLiteral("N"))},
                           2,
                           2};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    const auto context = wholeNumberOption(spec.name, *invocation, QStringLiteral("context"), 30, 0, kMaxContext);
    if (!context)
        return Usage;
    auto project = openProject(invocation->positional[0], *invocation, Project::Access::ReadOnly);
    if (!project)
        return Failed;
    guardMappedReads(project->fileName());
    auto ready = project->usePageCacheForOneQuery();
    if (ready)
        ready = project->useMappedReads();
    if (!ready) {
        printError(ready.error());
        return Failed;
    }
    SearchOptions options;
    options.caseSensitive = invocation->isSet(QStringLiteral("case-sensitive"));
    // Written as each document's hits are found and cut: text lines (SearchOutput), or byte for byte one JSON
    // document.
    const bool json = invocation->isSet(kJson);
    JsonStream stream;   // opened with the first hit: a refusal before it writes nothing to stdout
    SearchHitWriter writer(*project, *context, json ? &stream : nullptr);
    auto done = TextSearch(*project).forEachDocumentHits(
        invocation->positional[1], options,
        [&](const QList<SearchHit> &hits, const QByteArray &text) { return writer.write(hits, text); },
        [&] { return writer.mayDeferFinding(); },
        [&](TextSearch::UnsearchedDocument &&document, const HitFinder &finder) {
            return writer.writeUnsearched(std::move(document), finder);
        },
        [&](qint64 bytes) { return writer.mayDeferReading(bytes); });
    auto written = writer.flush();
    if (done && !written)
        done = failure(written.error());
    return finishStreamedList(json, stream, done);
}

int commandCodes(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("codes"), QStringLiteral("codes PROJECT [--json]"), {jsonOption()}, 1, 1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    auto project = openProject(invocation->positional[0], *invocation, Project::Access::ReadOnly);
    if (!project)
        return Failed;
    auto frequencies = CodingStore(*project).frequencies();
    auto codes = Codebook(*project).codes();
    if (!frequencies || !codes) {
        printError(frequencies ? codes.error() : frequencies.error());
        return Failed;
    }
    QJsonArray list;
    for (qsizetype i = 0; i < codes->size(); ++i) {
        const Code &code = codes->at(i);
        const CodeFrequency &frequency = frequencies->at(i);
        if (invocation->isSet(kJson))
            list.append(QJsonObject{{QStringLiteral("id"), code.id},
                                    {QStringLiteral("name"), code.name},
                                    {QStringLiteral("path"), code.path},
                                    {QStringLiteral("color"), code.color},
                                    {QStringLiteral("description"), code.description},
                                    {QStringLiteral("segments"), frequency.segments},
                                    {QStringLiteral("documents"), frequency.documents},
                                    {QStringLiteral("characters"), frequency.characters}});
        else
            printLine(QStringLiteral("%1%2  %3 segments in %4 documents")
                          .arg(QString(code.depth * 2, u' '), code.name)
                          .arg(frequency.segments)
                          .arg(frequency.documents));
    }
    if (invocation->isSet(kJson))
        printJson(list);
    return Success;
}

// Codebook edits that take a code and act on it.
int commandCodeEdit(const QStringList &arguments, const QString &command)
{
    CommandSpec spec{command, {}, {coderOption(), jsonOption()}, 2, 2};
    if (command == u"rename-code") {
        spec.synopsis = QStringLiteral("rename-code PROJECT CODE NEW_NAME [--json]");
        spec.minPositional = spec.maxPositional = 3;
    } else if (command == u"move-code") {
        spec.synopsis = QStringLiteral("move-code PROJECT CODE [--parent NAME] [--position N] [--json]");
        spec.options.append(valueOption(QStringLiteral("parent"), QStringLiteral("New parent; none: top level."),
                                        QStringLiteral("NAME")));
        spec.options.append(valueOption(QStringLiteral("position"), QStringLiteral("Place among the siblings."),
                                        QStringLiteral("N")));
    } else if (command == u"delete-code") {
        spec.synopsis = QStringLiteral("delete-code PROJECT CODE [--with-codings] [--json]");
        spec.options.append(QCommandLineOption(QStringLiteral("with-codings"),
                                               QStringLiteral("Also delete the code's codings.")));
    } else if (command == u"merge-codes") {
        spec.synopsis = QStringLiteral("merge-codes PROJECT SOURCE TARGET [--json]");
        spec.minPositional = spec.maxPositional = 3;
    } else if (command == u"recolor-code") {
        spec.synopsis = QStringLiteral("recolor-code PROJECT CODE '#RRGGBB' [--json]");
        spec.minPositional = spec.maxPositional = 3;
    }
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    auto project = openProject(invocation->positional[0], *invocation);
    if (!project)
        return Failed;
    Codebook codebook(*project);
    auto code = codebook.find(invocation->positional[1]);
    if (!code) {
        printError(code.error());
        return Failed;
    }
    auto before = codebook.code(*code);
    if (!before) {
        printError(before.error());
        return Failed;
    }
    // The code the edit leaves (merge-codes: the target; delete-code: none).
    qint64 after = *code;
    Result<void> done;
    if (command == u"rename-code") {
        done = codebook.rename(*code, invocation->positional[2]);
    } else if (command == u"recolor-code") {
        done = codebook.setColor(*code, invocation->positional[2]);
    } else if (command == u"move-code") {
        qint64 parent = 0;
        if (invocation->isSet(QStringLiteral("parent"))) {
            auto found = codebook.find(invocation->value(QStringLiteral("parent")));
            if (!found) {
                printError(found.error());
                return Failed;
            }
            parent = *found;
        }
        // Omitted: the last place; a place past the siblings is the last place too.
        const auto position = wholeNumberOption(command, *invocation, QStringLiteral("position"), -1, 0,
                                                std::numeric_limits<int>::max());
        if (!position)
            return Usage;
        done = codebook.move(*code, parent, static_cast<int>(*position));
    } else if (command == u"delete-code") {
        done = codebook.remove(*code, invocation->isSet(QStringLiteral("with-codings")));
    } else if (command == u"merge-codes") {
        auto target = codebook.find(invocation->positional[2]);
        if (!target) {
            printError(target.error());
            return Failed;
        }
        done = codebook.merge(*code, *target);
        after = *target;
    }
    if (!done) {
        printError(done.error());
        return Failed;
    }
    QJsonObject result{{QStringLiteral("ok"), true},
                       {QStringLiteral("command"), command},
                       {QStringLiteral("code"), QJsonObject{{QStringLiteral("id"), before->id},
                                                            {QStringLiteral("path"), before->path},
                                                            {QStringLiteral("color"), before->color}}}};
    QString line = command == u"delete-code" ? QStringLiteral("Deleted code %1").arg(before->path) : QString();
    if (command != u"delete-code") {
        auto now = codebook.code(after);
        if (!now) {
            printError(now.error());
            return Failed;
        }
        result.insert(QStringLiteral("now"), QJsonObject{{QStringLiteral("id"), now->id},
                                                         {QStringLiteral("path"), now->path},
                                                         {QStringLiteral("color"), now->color}});
        line = command == u"merge-codes" ? QStringLiteral("Merged code %1 into %2").arg(before->path, now->path)
               : command == u"recolor-code" ? QStringLiteral("Code %1 is now %2").arg(now->path, now->color)
                                            : QStringLiteral("Code %1 is now %2").arg(before->path, now->path);
    }
    if (invocation->isSet(kJson))
        printJson(result);
    else
        printLine(line);
    return Success;
}

int commandUncode(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("uncode"), QStringLiteral("uncode PROJECT CODING_ID [--json]"),
                           {coderOption(), jsonOption()}, 2, 2};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    // Ids start at 1 ('codings --json' prints them).
    const auto id = wholeNumberArgument(spec.name, invocation->positional[1], QStringLiteral("CODING_ID"), 1);
    if (!id)
        return Usage;
    auto project = openProject(invocation->positional[0], *invocation);
    if (!project)
        return Failed;
    CodingStore codings(*project);
    auto doomed = codings.segment(*id);
    if (!doomed) {
        printError(doomed.error());
        return Failed;
    }
    if (auto done = codings.remove(*id); !done) {
        printError(done.error());
        return Failed;
    }
    if (invocation->isSet(kJson))
        printJson(QJsonObject{{QStringLiteral("uncoded"), QJsonObject{{QStringLiteral("id"), doomed->id},
                                                                      {QStringLiteral("document"), doomed->document},
                                                                      {QStringLiteral("code"), doomed->codePath},
                                                                      {QStringLiteral("start"), doomed->start},
                                                                      {QStringLiteral("end"), doomed->end},
                                                                      {QStringLiteral("coder"), doomed->coder}}}});
    else
        printLine(QStringLiteral("Removed coding %1: %2 [%3, %4) %5 (%6)")
                      .arg(doomed->id)
                      .arg(doomed->document)
                      .arg(doomed->start)
                      .arg(doomed->end)
                      .arg(doomed->codePath, doomed->coder));
    return Success;
}

int commandSetAttribute(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("set-attribute"),
        QStringLiteral("set-attribute PROJECT DOCUMENT NAME VALUE [--type text|integer|real|boolean|date] [--json]"),
        {coderOption(),
         valueOption(QStringLiteral("type"), QStringLiteral("The type of a new attribute."), QStringLiteral("TYPE")),
         jsonOption()},
        4,
        4};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    auto project = openProject(invocation->positional[0], *invocation);
    if (!project)
        return Failed;
    DocumentStore documents(*project);
    auto document = documents.find(invocation->positional[1]);
    if (!document) {
        printError(document.error());
        return Failed;
    }
    if (invocation->isSet(QStringLiteral("type"))) {
        if (auto defined = documents.defineAttribute(invocation->positional[2], invocation->value(QStringLiteral("type")));
            !defined) {
            printError(defined.error());
            return Failed;
        }
    }
    if (auto done = documents.setAttribute(*document, invocation->positional[2], invocation->positional[3]); !done) {
        printError(done.error());
        return Failed;
    }
    // What was stored, not what was typed: the value in its type's stored form ("yes" is true, a number as it reads
    // back), names and text trimmed.
    const QString name = invocation->positional[2].trimmed();
    auto attributes = documents.attributes(*document);
    if (!attributes) {
        printError(attributes.error());
        return Failed;
    }
    const QString stored = attributes->value(name);
    if (invocation->isSet(kJson))
        printJson(QJsonObject{{QStringLiteral("attribute_set"), QJsonObject{{QStringLiteral("document_id"), *document},
                                                                            {QStringLiteral("name"), name},
                                                                            {QStringLiteral("value"), stored}}}});
    else
        printLine(QStringLiteral("Set %1 of %2 to %3").arg(name, invocation->positional[1], stored));
    return Success;
}

int commandIndex(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("index"), QStringLiteral("index PROJECT [--json]"), {jsonOption()}, 1, 1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    auto project = openProject(invocation->positional[0], *invocation);
    if (!project)
        return Failed;
    auto report = SearchIndexer(*project).indexPending();
    if (!report) {
        printError(report.error());
        return Failed;
    }
    if (invocation->isSet(kJson))
        printJson(QJsonObject{{QStringLiteral("indexed"), report->documents},
                              {QStringLiteral("characters"), report->characters}});
    else
        printLine(QStringLiteral("Indexed %1 documents (%2 characters) for search")
                      .arg(report->documents)
                      .arg(report->characters));
    return Success;
}

QString usageText()
{
    return QStringLiteral(
        "usage: marginalia-cli COMMAND PROJECT [ARGUMENTS] [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  new PROJECT                                  create an empty project\n"
        "  demo PROJECT                                 build the demo project\n"
        "  import PROJECT FILE... [--site S] [--kind K] [--attr NAME=VALUE]... [--coder NAME]\n"
        "                         [--encoding E] [--max-size MB] [--max-text MILLIONS] [--defer-index]\n"
        "  info PROJECT [--json] [--documents]\n"
        "  add-code PROJECT NAME [--parent NAME] [--color '#RRGGBB'] [--description TEXT]\n"
        "  codes PROJECT [--json]                       the codebook with frequencies\n"
        "  rename-code PROJECT CODE NEW_NAME;  recolor-code PROJECT CODE '#RRGGBB';  merge-codes PROJECT SOURCE TARGET\n"
        "  move-code PROJECT CODE [--parent NAME] [--position N];  delete-code PROJECT CODE [--with-codings]\n"
        "  code PROJECT DOCUMENT CODE START END [--coder NAME] [--memo TEXT]\n"
        "  uncode PROJECT CODING_ID\n"
        "  autocode PROJECT CODE QUERY [--unit match|sentence|paragraph] [--coder NAME]\n"
        "  codings PROJECT [--json] [--code NAME]... [--subcodes] [--site SITE]... [--kind KIND]...\n"
        "                  [--coder NAME]... [--document NAME]... [--context N] [--passages]\n"
        "  search PROJECT QUERY [--json] [--case-sensitive] [--context N]   each hit with its paragraph,\n"
        "                                               speaker and N characters of context (default 30)\n"
        "  index PROJECT                                bring the search index up to date (import does it too)\n"
        "  set-attribute PROJECT DOCUMENT NAME VALUE [--type TYPE]\n"
        "  unset-attribute PROJECT DOCUMENT NAME\n"
        "  rename-attribute PROJECT NAME NEW_NAME;  retype-attribute PROJECT NAME TYPE;  delete-attribute PROJECT NAME\n"
        "\n"
        "Comparing sites and coders:\n"
        "  matrix PROJECT [--by ATTRIBUTE] [--rollup] [--kind K] [--coder C] --json|--csv [--output FILE]\n"
        "  cooccurrence PROJECT [--unit overlap|paragraph] --json\n"
        "  words PROJECT [--site S] [--top N] --json;  stopwords PROJECT [--language en|zh] [--add W] [--remove W]\n"
        "  dictionary PROJECT [--add W] [--remove W] [--forget W]   the project's own Chinese words\n"
        "  agreement PROJECT --coders A,B[,C...] [--unit character|sentence|paragraph|document|segment]\n"
        "            [--overlap 95] [--bootstrap N] [--seed S] [--resample units|documents]\n"
        "            [--reliability-data FILE.csv] [--methods] --json\n"
        "  agreement-sample PROJECT [--share 20] [--by ATTRIBUTE | --no-strata] [--seed S] [--save NAME]\n"
        "  adjudicate PROJECT --coders A,B [--consensus NAME] [--set NAME] [--start]\n"
        "            [--decide N=a|b|both|neither|START-END]...\n"
        "  report PROJECT --out FILE.(html|odt|docx|pdf|md|csv) [--code NAME]... [--site S]... [--by code|site]\n"
        "         [--context N] [--matrix] [--coders A,B] [--title TEXT] [--author NAME] [--language en|zh_CN|de|sv]\n"
        "         [--reliability A,B [--reliability-unit U]]   end with a methods paragraph on their agreement\n"
        "  memos PROJECT [--json|--csv|--markdown|--html] [--output FILE]   every memo with what it belongs to\n"
        "\n"
        "Exchange (REFI-QDA) and team work:\n"
        "  export-qdpx PROJECT OUT.qdpx [--for standard|nvivo|qualcoder|atlasti|maxqda]\n"
        "  import-qdpx IN.qdpx PROJECT [--positions detect|code-points|utf16] [--max-inflated SIZE] ...\n"
        "  export-qdc PROJECT OUT.qdc;    import-qdc IN.qdc PROJECT\n"
        "  merge PROJECT OTHER(.marginalia|.qdpx) [--positions detect|code-points|utf16] [--no-backup]\n"
        "  team publish PROJECT postgresql://USER@HOST/DB    put a project on a PostgreSQL server\n"
        "  team join postgresql://USER@HOST/DB OUT.marginalia --coder NAME    a working copy of it\n"
        "  team sync PROJECT;  team status PROJECT [--offline]   (password: PGPASSWORD or ~/.pgpass)\n"
        "  team watch PROJECT [--for SECONDS] [--every SECONDS]   sync whenever the server has news\n"
        "  team add-member URL LOGIN --coder NAME --role owner|supervisor|coder|reader;  team remove-member URL LOGIN\n"
        "  team round open PROJECT --sample NAME|--documents NAME,…;  team round close|show PROJECT   blind rounds\n"
        "\n"
        "Positions are Unicode code points from 0, half-open [START, END); numbers (START, END,\n"
        "CODING_ID, N) are whole numbers in digits, never negative. Exit status: 0 done, 1 failed,\n"
        "2 wrong command line, 3 import partly done (refused files are listed on stderr), 130 import\n"
        "interrupted by Ctrl+C (nothing imported).\n"
        "Every command takes --json: the result is then JSON on stdout (commands that change the\n"
        "project say what they did), and errors are JSON too, one object a line on stderr:\n"
        "{\"error\": \"...\"} (with \"usage\" for a wrong command line) or {\"warning\": \"...\"}.\n"
        "Filters (--code, --site, --kind, --attr, --coder, --document) must name something the project\n"
        "has: a misspelt value is an error listing the known ones, not an empty result.");
}

void printUsage(bool json)
{
    if (json)
        printJson(QJsonObject{{QStringLiteral("usage"), usageText()}});
    else
        printLine(usageText());
}

} // namespace

int run(const QStringList &arguments, void (*addMoreCommands)(CommandTable &))
{
    const bool json = asksForJson(arguments.mid(1));
    setJsonErrors(json);
    if (arguments.size() < 2) {
        printUsage(false);
        return Usage;
    }
    const QString command = arguments.at(1);
    const CommandTable commands = [addMoreCommands] {
        CommandTable table = {
        {QStringLiteral("new"), commandNew},
        {QStringLiteral("add-code"), commandAddCode},
        {QStringLiteral("code"), commandCode},
        {QStringLiteral("uncode"), commandUncode},
        {QStringLiteral("info"), commandInfo},
        {QStringLiteral("codings"), commandCodings},
        {QStringLiteral("codes"), commandCodes},
        {QStringLiteral("search"), commandSearch},
        {QStringLiteral("set-attribute"), commandSetAttribute},
        {QStringLiteral("index"), commandIndex},
        };
        addAnalysisCommands(table);
        addAttributeCommands(table);
        addMemoCommands(table);
        if (addMoreCommands != nullptr)
            addMoreCommands(table);
        return table;
    }();
    if (command == u"help" || command == u"--help" || command == u"-h") {
        printUsage(json);
        return Success;
    }
    if (command == u"--version") {
        if (json)
            printJson(QJsonObject{{QStringLiteral("version"), QStringLiteral(MARGINALIA_VERSION)}});
        else
            printLine(QStringLiteral("marginalia-cli ") + QStringLiteral(MARGINALIA_VERSION));
        return Success;
    }
    for (const char *edit : {"rename-code", "recolor-code", "move-code", "delete-code", "merge-codes"}) {
        if (command == QLatin1String(edit))
            return commandCodeEdit(arguments, command);
    }
    const auto it = commands.constFind(command);
    if (it == commands.cend()) {
        printError(QStringLiteral("unknown command '%1'; run 'marginalia-cli help' for the list").arg(command));
        return Usage;
    }
    return it.value()(arguments);
}

} // namespace marginalia::cli
