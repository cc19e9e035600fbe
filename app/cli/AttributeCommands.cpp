#include "AttributeCommands.h"

#include "CliOutput.h"

#include "project/DocumentStore.h"

#include <QJsonObject>

#include <functional>

namespace marginalia::cli {

namespace {

// True if the project has an attribute of this name; prints the error otherwise.
bool attributeExists(DocumentStore &documents, const QString &name)
{
    auto definitions = documents.attributeDefinitions();
    if (!definitions) {
        printError(definitions.error());
        return false;
    }
    QStringList known;
    for (const AttributeDefinition &definition : *definitions) {
        if (definition.name == name.trimmed())
            return true;
        known.append(definition.name);
    }
    printError(QStringLiteral("there is no attribute '%1' (the project has: %2)")
                   .arg(name.trimmed(), known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", "))));
    return false;
}

int commandUnsetAttribute(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("unset-attribute"),
                           QStringLiteral("unset-attribute PROJECT DOCUMENT NAME [--json]"),
                           {coderOption(), jsonOption()},
                           3,
                           3};
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
    const QString name = invocation->positional[2].trimmed();
    if (!attributeExists(documents, name))
        return Failed;
    auto values = documents.attributes(*document);
    if (!values) {
        printError(values.error());
        return Failed;
    }
    const bool wasSet = values->contains(name);
    if (wasSet) {
        if (auto done = documents.clearAttribute(*document, name); !done) {
            printError(done.error());
            return Failed;
        }
    }
    if (invocation->isSet(kJson))
        printJson(QJsonObject{{QStringLiteral("attribute_unset"),
                               QJsonObject{{QStringLiteral("document_id"), *document},
                                           {QStringLiteral("name"), name},
                                           {QStringLiteral("previous_value"),
                                            wasSet ? QJsonValue(values->value(name)) : QJsonValue(QJsonValue::Null)}}}});
    else if (wasSet)
        printLine(QStringLiteral("Unset %1 of %2 (it was %3)").arg(name, invocation->positional[1], values->value(name)));
    else
        printLine(QStringLiteral("%1 of %2 had no value; nothing changed").arg(name, invocation->positional[1]));
    return Success;
}

// What the commands that change an attribute's definition do with it (rename, retype, delete), given the command's
// positional arguments (PROJECT first): the change, then what it prints for --json and for people.
struct AttributeChange
{
    std::function<Result<void>(DocumentStore &, const QStringList &)> apply;
    std::function<QJsonObject(const QStringList &)> json;
    std::function<QString(const QStringList &)> line;
};

int runAttributeChange(const QStringList &arguments, const QString &name, const QString &synopsis, int positionalCount,
                       const AttributeChange &change)
{
    const CommandSpec spec{name, synopsis, {coderOption(), jsonOption()}, positionalCount, positionalCount};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    auto project = openProject(invocation->positional[0], *invocation);
    if (!project)
        return Failed;
    DocumentStore documents(*project);
    const QStringList &positional = invocation->positional;
    if (auto done = change.apply(documents, positional); !done) {
        printError(done.error());
        return Failed;
    }
    if (invocation->isSet(kJson))
        printJson(change.json(positional));
    else
        printLine(change.line(positional));
    return Success;
}

int commandRenameAttribute(const QStringList &arguments)
{
    return runAttributeChange(
        arguments, QStringLiteral("rename-attribute"),
        QStringLiteral("rename-attribute PROJECT NAME NEW_NAME [--json]"), 3,
        {[](DocumentStore &documents, const QStringList &positional) {
             return documents.renameAttribute(positional[1], positional[2]);
         },
         [](const QStringList &positional) {
             return QJsonObject{{QStringLiteral("attribute_renamed"),
                                 QJsonObject{{QStringLiteral("from"), positional[1].trimmed()},
                                             {QStringLiteral("to"), positional[2].trimmed()}}}};
         },
         [](const QStringList &positional) {
             return QStringLiteral("Renamed attribute %1 to %2").arg(positional[1].trimmed(), positional[2].trimmed());
         }});
}

int commandRetypeAttribute(const QStringList &arguments)
{
    return runAttributeChange(
        arguments, QStringLiteral("retype-attribute"),
        QStringLiteral("retype-attribute PROJECT NAME text|integer|real|boolean|date [--json]"), 3,
        {[](DocumentStore &documents, const QStringList &positional) {
             return documents.setAttributeType(positional[1], positional[2]);
         },
         [](const QStringList &positional) {
             return QJsonObject{{QStringLiteral("attribute_retyped"),
                                 QJsonObject{{QStringLiteral("name"), positional[1].trimmed()},
                                             {QStringLiteral("type"), positional[2]}}}};
         },
         [](const QStringList &positional) {
             return QStringLiteral("Attribute %1 now takes %2 values").arg(positional[1].trimmed(), positional[2]);
         }});
}

int commandDeleteAttribute(const QStringList &arguments)
{
    return runAttributeChange(
        arguments, QStringLiteral("delete-attribute"),
        QStringLiteral("delete-attribute PROJECT NAME [--json]"), 2,
        {[](DocumentStore &documents, const QStringList &positional) { return documents.removeAttribute(positional[1]); },
         [](const QStringList &positional) {
             return QJsonObject{{QStringLiteral("attribute_deleted"), positional[1].trimmed()}};
         },
         [](const QStringList &positional) {
             return QStringLiteral("Deleted attribute %1 and its values").arg(positional[1].trimmed());
         }});
}

} // namespace

void addAttributeCommands(CommandTable &table)
{
    table.insert(QStringLiteral("unset-attribute"), commandUnsetAttribute);
    table.insert(QStringLiteral("rename-attribute"), commandRenameAttribute);
    table.insert(QStringLiteral("retype-attribute"), commandRetypeAttribute);
    table.insert(QStringLiteral("delete-attribute"), commandDeleteAttribute);
}

} // namespace marginalia::cli
