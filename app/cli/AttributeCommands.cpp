#include "AttributeCommands.h"

#include "CliOutput.h"

#include "project/DocumentStore.h"

#include <QJsonObject>

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

int commandRenameAttribute(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("rename-attribute"),
                           QStringLiteral("rename-attribute PROJECT NAME NEW_NAME [--json]"),
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
    if (auto done = documents.renameAttribute(invocation->positional[1], invocation->positional[2]); !done) {
        printError(done.error());
        return Failed;
    }
    if (invocation->isSet(kJson))
        printJson(QJsonObject{{QStringLiteral("attribute_renamed"),
                               QJsonObject{{QStringLiteral("from"), invocation->positional[1].trimmed()},
                                           {QStringLiteral("to"), invocation->positional[2].trimmed()}}}});
    else
        printLine(QStringLiteral("Renamed attribute %1 to %2").arg(invocation->positional[1].trimmed(),
                                                                   invocation->positional[2].trimmed()));
    return Success;
}

int commandRetypeAttribute(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("retype-attribute"),
                           QStringLiteral("retype-attribute PROJECT NAME text|integer|real|boolean|date [--json]"),
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
    if (auto done = documents.setAttributeType(invocation->positional[1], invocation->positional[2]); !done) {
        printError(done.error());
        return Failed;
    }
    if (invocation->isSet(kJson))
        printJson(QJsonObject{{QStringLiteral("attribute_retyped"),
                               QJsonObject{{QStringLiteral("name"), invocation->positional[1].trimmed()},
                                           {QStringLiteral("type"), invocation->positional[2]}}}});
    else
        printLine(QStringLiteral("Attribute %1 now takes %2 values").arg(invocation->positional[1].trimmed(),
                                                                         invocation->positional[2]));
    return Success;
}

int commandDeleteAttribute(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("delete-attribute"),
                           QStringLiteral("delete-attribute PROJECT NAME [--json]"),
                           {coderOption(), jsonOption()},
                           2,
                           2};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    auto project = openProject(invocation->positional[0], *invocation);
    if (!project)
        return Failed;
    DocumentStore documents(*project);
    if (auto done = documents.removeAttribute(invocation->positional[1]); !done) {
        printError(done.error());
        return Failed;
    }
    if (invocation->isSet(kJson))
        printJson(QJsonObject{{QStringLiteral("attribute_deleted"), invocation->positional[1].trimmed()}});
    else
        printLine(QStringLiteral("Deleted attribute %1 and its values").arg(invocation->positional[1].trimmed()));
    return Success;
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
