#include "CliCommands.h"

#include "CliOutput.h"
#include "CliSupport.h"
#include "AnalysisCommands.h"
#include "InterchangeCommands.h"
#include "AttributeCommands.h"

#include "analysis/AutoCoder.h"
#include "demo/DemoProject.h"
#include "import/Importer.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "search/SearchIndexer.h"
#include "search/TextSearch.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

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

int commandImport(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("import"),
        QStringLiteral("import PROJECT FILE... [--site SITE] [--kind KIND] [--attr NAME=VALUE]... [--coder NAME] "
                       "[--encoding ENCODING] [--max-size MB] [--defer-index] [--json]"),
        {valueOption(QStringLiteral("site"), QStringLiteral("The site of every imported document."), QStringLiteral("SITE")),
         valueOption(QStringLiteral("kind"), QStringLiteral("The kind of every imported document."), QStringLiteral("KIND")),
         valueOption(QStringLiteral("attr"), QStringLiteral("An attribute value, NAME=VALUE (repeatable)."),
                     QStringLiteral("NAME=VALUE")),
         valueOption(QStringLiteral("encoding"), QStringLiteral("Decode text files with this encoding."),
                     QStringLiteral("ENCODING")),
         valueOption(QStringLiteral("max-size"), QStringLiteral("Refuse files larger than this many MB (default 50)."),
                     QStringLiteral("MB")),
         QCommandLineOption(QStringLiteral("defer-index"),
                            QStringLiteral("Leave the search index for later ('marginalia-cli index'); searches read "
                                           "the new documents directly meanwhile. For imports in many steps.")),
         coderOption(), jsonOption()},
        2,
        -1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    ImportOptions options;
    options.read.encoding = invocation->value(QStringLiteral("encoding"));
    if (invocation->isSet(QStringLiteral("max-size"))) {
        bool ok = false;
        const double megabytes = invocation->value(QStringLiteral("max-size")).toDouble(&ok);
        if (!ok || megabytes <= 0) {
            printError(QStringLiteral("import: --max-size takes a positive number of megabytes"));
            return Usage;
        }
        options.read.maxBytes = static_cast<qint64>(megabytes * 1024 * 1024);
    }
    if (invocation->isSet(QStringLiteral("site")))
        options.attributes.insert(QStringLiteral("site"), invocation->value(QStringLiteral("site")));
    if (invocation->isSet(QStringLiteral("kind")))
        options.attributes.insert(QStringLiteral("kind"), invocation->value(QStringLiteral("kind")));
    for (const QString &pair : invocation->values(QStringLiteral("attr"))) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0) {
            printError(QStringLiteral("import: --attr takes NAME=VALUE, not '%1'").arg(pair));
            return Usage;
        }
        options.attributes.insert(pair.left(equals).trimmed(), pair.mid(equals + 1));
    }
    auto project = openProject(invocation->positional[0], *invocation);
    if (!project)
        return Failed;
    Importer importer(*project);
    auto report = importer.importFiles(invocation->positional.mid(1), options);
    if (!report) {
        printError(report.error());
        return Failed;
    }
    for (const ImportRefusal &refusal : report->refused)
        printError(refusal.reason);
    const qint64 indexed = invocation->isSet(QStringLiteral("defer-index")) ? 0 : indexForSearch(*project, true);
    if (invocation->isSet(kJson)) {
        QJsonArray imported;
        for (const ImportedDocument &document : report->imported)
            imported.append(QJsonObject{{QStringLiteral("id"), document.id},
                                        {QStringLiteral("name"), document.name},
                                        {QStringLiteral("file"), document.path},
                                        {QStringLiteral("format"), document.format},
                                        {QStringLiteral("encoding"), document.encoding},
                                        {QStringLiteral("length"), document.length}});
        QJsonArray refused;
        for (const ImportRefusal &refusal : report->refused)
            refused.append(QJsonObject{{QStringLiteral("file"), refusal.path}, {QStringLiteral("reason"), refusal.reason}});
        printJson(QJsonObject{{QStringLiteral("imported"), imported},
                              {QStringLiteral("refused"), refused},
                              {QStringLiteral("indexed_for_search"), indexed}});
    } else {
        for (const ImportedDocument &document : report->imported)
            printLine(QStringLiteral("Imported %1 (%2 characters, %3%4)")
                          .arg(document.name)
                          .arg(document.length)
                          .arg(document.format,
                               document.encoding.isEmpty() ? QString() : QStringLiteral(", ") + document.encoding));
    }
    if (report->refused.isEmpty())
        return Success;
    return report->imported.isEmpty() ? Failed : PartlyDone;
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

std::optional<qint64> parsePosition(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0) {
        printError(QStringLiteral("code: %1 must be a whole number of characters (code points) from 0, not '%2'")
                       .arg(what, text));
        return std::nullopt;
    }
    return value;
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
    const auto start = parsePosition(invocation->positional[3], QStringLiteral("START"));
    const auto end = parsePosition(invocation->positional[4], QStringLiteral("END"));
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
        printJson(QJsonObject{{QStringLiteral("id"), added->id}, {QStringLiteral("created"), added->created}});
    } else {
        printLine(added->created ? QStringLiteral("Coded [%1, %2)").arg(*start).arg(*end)
                                 : QStringLiteral("Already coded [%1, %2); nothing changed").arg(*start).arg(*end));
    }
    return Success;
}

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
    auto documentList = documents.list();
    auto codes = Codebook(*project).codes();
    auto codingCount = CodingStore(*project).count();
    auto coders = project->coderNames();
    auto values = documents.attributeValues();
    for (const QString *error : {documentList ? nullptr : &documentList.error(), codes ? nullptr : &codes.error(),
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
                       {QStringLiteral("documents"), static_cast<qint64>(documentList->size())},
                       {QStringLiteral("codes"), static_cast<qint64>(codes->size())},
                       {QStringLiteral("codings"), *codingCount},
                       {QStringLiteral("coders"), QJsonArray::fromStringList(*coders)},
                       {QStringLiteral("attributes"), attributes}};
    if (invocation->isSet(QStringLiteral("documents"))) {
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
                  .arg(documentList->size())
                  .arg(codes->size())
                  .arg(*codingCount)
                  .arg(coders->join(QStringLiteral(", "))));
    for (auto it = values->cbegin(); it != values->cend(); ++it)
        printLine(QStringLiteral("  %1: %2").arg(it.key(), it.value().join(QStringLiteral(", "))));
    if (invocation->isSet(QStringLiteral("documents"))) {
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

int commandCodings(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("codings"),
        QStringLiteral("codings PROJECT [--json] [--code NAME]... [--subcodes] [--site SITE]... [--kind KIND]... "
                       "[--coder NAME]... [--document NAME]... [--context N]"),
        {jsonOption(),
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
    filter.contextLength = invocation->value(QStringLiteral("context")).toInt();
    auto segments = CodingStore(*project).segments(filter);
    if (!segments) {
        printError(segments.error());
        return Failed;
    }
    if (invocation->isSet(kJson)) {
        QJsonArray list;
        for (const CodedSegment &segment : *segments) {
            QJsonObject object{{QStringLiteral("id"), segment.id},
                               {QStringLiteral("document"), segment.document},
                               {QStringLiteral("code"), segment.code},
                               {QStringLiteral("code_path"), segment.codePath},
                               {QStringLiteral("start"), segment.start},
                               {QStringLiteral("end"), segment.end},
                               {QStringLiteral("coder"), segment.coder},
                               {QStringLiteral("text"), segment.text},
                               {QStringLiteral("memo"), segment.memo},
                               {QStringLiteral("created"), segment.created}};
            if (filter.contextLength > 0) {
                object.insert(QStringLiteral("context_before"), segment.contextBefore);
                object.insert(QStringLiteral("context_after"), segment.contextAfter);
            }
            list.append(object);
        }
        printJson(list);
        return Success;
    }
    for (const CodedSegment &segment : *segments)
        printLine(QStringLiteral("%1 [%2, %3) %4 (%5): %6")
                      .arg(segment.document)
                      .arg(segment.start)
                      .arg(segment.end)
                      .arg(segment.codePath, segment.coder, segment.text));
    return Success;
}

int commandSearch(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("search"),
                           QStringLiteral("search PROJECT QUERY [--json] [--case-sensitive]"),
                           {jsonOption(), QCommandLineOption(QStringLiteral("case-sensitive"),
                                                             QStringLiteral("Match upper and lower case exactly."))},
                           2,
                           2};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    auto project = openProject(invocation->positional[0], *invocation, Project::Access::ReadOnly);
    if (!project)
        return Failed;
    SearchOptions options;
    options.caseSensitive = invocation->isSet(QStringLiteral("case-sensitive"));
    auto hits = TextSearch(*project).find(invocation->positional[1], options);
    if (!hits) {
        printError(hits.error());
        return Failed;
    }
    if (invocation->isSet(kJson)) {
        QJsonArray list;
        for (const SearchHit &hit : *hits)
            list.append(QJsonObject{{QStringLiteral("document"), hit.document},
                                    {QStringLiteral("document_id"), hit.documentId},
                                    {QStringLiteral("start"), hit.start},
                                    {QStringLiteral("end"), hit.end}});
        printJson(list);
        return Success;
    }
    for (const SearchHit &hit : *hits)
        printLine(QStringLiteral("%1 [%2, %3)").arg(hit.document).arg(hit.start).arg(hit.end));
    return Success;
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
        spec.synopsis = QStringLiteral("rename-code PROJECT CODE NEW_NAME");
        spec.minPositional = spec.maxPositional = 3;
    } else if (command == u"move-code") {
        spec.synopsis = QStringLiteral("move-code PROJECT CODE [--parent NAME] [--position N]");
        spec.options.append(valueOption(QStringLiteral("parent"), QStringLiteral("New parent; none: top level."),
                                        QStringLiteral("NAME")));
        spec.options.append(valueOption(QStringLiteral("position"), QStringLiteral("Place among the siblings."),
                                        QStringLiteral("N")));
    } else if (command == u"delete-code") {
        spec.synopsis = QStringLiteral("delete-code PROJECT CODE [--with-codings]");
        spec.options.append(QCommandLineOption(QStringLiteral("with-codings"),
                                               QStringLiteral("Also delete the code's codings.")));
    } else if (command == u"merge-codes") {
        spec.synopsis = QStringLiteral("merge-codes PROJECT SOURCE TARGET");
        spec.minPositional = spec.maxPositional = 3;
    } else if (command == u"recolor-code") {
        spec.synopsis = QStringLiteral("recolor-code PROJECT CODE '#RRGGBB'");
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
        const int position = invocation->isSet(QStringLiteral("position"))
                                 ? invocation->value(QStringLiteral("position")).toInt()
                                 : -1;
        done = codebook.move(*code, parent, position);
    } else if (command == u"delete-code") {
        done = codebook.remove(*code, invocation->isSet(QStringLiteral("with-codings")));
    } else if (command == u"merge-codes") {
        auto target = codebook.find(invocation->positional[2]);
        if (!target) {
            printError(target.error());
            return Failed;
        }
        done = codebook.merge(*code, *target);
    }
    if (!done) {
        printError(done.error());
        return Failed;
    }
    if (invocation->isSet(kJson))
        printJson(QJsonObject{{QStringLiteral("ok"), true}});
    return Success;
}

int commandUncode(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("uncode"), QStringLiteral("uncode PROJECT CODING_ID"), {coderOption()}, 2, 2};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    auto project = openProject(invocation->positional[0], *invocation);
    if (!project)
        return Failed;
    bool ok = false;
    const qint64 id = invocation->positional[1].toLongLong(&ok);
    if (!ok) {
        printError(QStringLiteral("uncode: CODING_ID is the coding's id as 'codings --json' prints it"));
        return Usage;
    }
    if (auto done = CodingStore(*project).remove(id); !done) {
        printError(done.error());
        return Failed;
    }
    return Success;
}

int commandSetAttribute(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("set-attribute"),
        QStringLiteral("set-attribute PROJECT DOCUMENT NAME VALUE [--type text|integer|real|boolean|date]"),
        {coderOption(),
         valueOption(QStringLiteral("type"), QStringLiteral("The type of a new attribute."), QStringLiteral("TYPE"))},
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
    return Success;
}

int commandDemo(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("demo"), QStringLiteral("demo PROJECT [--json]"), {jsonOption()}, 1, 1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    const QString path = invocation->positional[0];
    const bool existed = QFileInfo::exists(path);
    auto summary = buildDemoProject(path);
    if (!summary) {
        printError(summary.error());
        if (!existed) {
            // Leave nothing half-built behind.
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
        return Failed;
    }
    if (auto project = Project::open(path))
        indexForSearch(**project, true);
    if (invocation->isSet(kJson))
        printJson(QJsonObject{{QStringLiteral("documents"), summary->documents},
                              {QStringLiteral("codes"), summary->codes},
                              {QStringLiteral("codings"), summary->codings}});
    else
        printLine(QStringLiteral("Built the demo project %1: %2 documents, %3 codes, %4 codings")
                      .arg(path)
                      .arg(summary->documents)
                      .arg(summary->codes)
                      .arg(summary->codings));
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

void printUsage()
{
    printLine(QStringLiteral(
        "usage: marginalia-cli COMMAND PROJECT [ARGUMENTS] [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  new PROJECT                                  create an empty project\n"
        "  demo PROJECT                                 build the demo project\n"
        "  import PROJECT FILE... [--site S] [--kind K] [--attr NAME=VALUE]... [--coder NAME]\n"
        "                         [--encoding E] [--max-size MB] [--defer-index]\n"
        "  info PROJECT [--json] [--documents]\n"
        "  add-code PROJECT NAME [--parent NAME] [--color '#RRGGBB'] [--description TEXT]\n"
        "  codes PROJECT [--json]                       the codebook with frequencies\n"
        "  rename-code | recolor-code | move-code | delete-code | merge-codes PROJECT CODE ...\n"
        "  code PROJECT DOCUMENT CODE START END [--coder NAME] [--memo TEXT]\n"
        "  uncode PROJECT CODING_ID\n"
        "  autocode PROJECT CODE QUERY [--unit match|sentence|paragraph] [--coder NAME]\n"
        "  codings PROJECT [--json] [--code NAME] [--site SITE] [--coder NAME] [--context N]\n"
        "  search PROJECT QUERY [--json]\n"
        "  index PROJECT                                bring the search index up to date (import does it too)\n"
        "  set-attribute PROJECT DOCUMENT NAME VALUE [--type TYPE]\n"
        "  unset-attribute PROJECT DOCUMENT NAME\n"
        "  rename-attribute PROJECT NAME NEW_NAME;  retype-attribute PROJECT NAME TYPE;  delete-attribute PROJECT NAME\n"
        "\n"
        "Comparing sites and coders:\n"
        "  matrix PROJECT [--by ATTRIBUTE] [--rollup] [--kind K] [--coder C] --json|--csv\n"
        "  cooccurrence PROJECT [--unit overlap|paragraph] --json\n"
        "  words PROJECT [--site S] [--top N] --json;  stopwords PROJECT [--language en|zh] [--add W] [--remove W]\n"
        "  agreement PROJECT --coders A,B[,C...] --json\n"
        "  report PROJECT --out FILE.(html|odt|docx|pdf|md|csv) [--code NAME]... [--site S]... [--by code|site]\n"
        "\n"
        "Exchange (REFI-QDA) and team work:\n"
        "  export-qdpx PROJECT OUT.qdpx;  import-qdpx IN.qdpx PROJECT\n"
        "  export-qdc PROJECT OUT.qdc;    import-qdc IN.qdc PROJECT\n"
        "  merge PROJECT OTHER(.marginalia|.qdpx)\n"
        "\n"
        "Positions are Unicode code points, half-open [START, END). Exit status: 0 done, 1 failed,\n"
        "2 wrong command line, 3 import partly done (refused files are listed on stderr)."));
}

} // namespace

int run(const QStringList &arguments)
{
    if (arguments.size() < 2) {
        printUsage();
        return Usage;
    }
    const QString command = arguments.at(1);
    static const CommandTable commands = [] {
        CommandTable table = {
        {QStringLiteral("new"), commandNew},
        {QStringLiteral("import"), commandImport},
        {QStringLiteral("add-code"), commandAddCode},
        {QStringLiteral("code"), commandCode},
        {QStringLiteral("uncode"), commandUncode},
        {QStringLiteral("autocode"), commandAutocode},
        {QStringLiteral("info"), commandInfo},
        {QStringLiteral("codings"), commandCodings},
        {QStringLiteral("codes"), commandCodes},
        {QStringLiteral("search"), commandSearch},
        {QStringLiteral("set-attribute"), commandSetAttribute},
        {QStringLiteral("demo"), commandDemo},
        {QStringLiteral("index"), commandIndex},
        };
        addAnalysisCommands(table);
        addInterchangeCommands(table);
        addAttributeCommands(table);
        return table;
    }();
    if (command == u"help" || command == u"--help" || command == u"-h") {
        printUsage();
        return Success;
    }
    if (command == u"--version") {
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
