#include "coding/EditCommands.h"

#include "coding/RecordedEditCommand.h"
#include "context/ProjectContext.h"
#include "project/CodeKeys.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "text/InVivoName.h"

namespace marginalia {

namespace {

QString codeName(ProjectContext *context, qint64 codeId)
{
    auto code = Codebook(context->project()).code(codeId);
    return code ? code->name : QString();
}

QString documentName(ProjectContext *context, qint64 documentId)
{
    auto info = DocumentStore(context->project()).info(documentId);
    return info ? info->name : QString();
}

} // namespace

bool EditCommands::addCoding(ProjectContext *context, qint64 documentId, TextSpan span, qint64 codeId)
{
    if (span.isEmpty() || documentId == 0) {
        context->reportFailure(tr("Select some text to code first."));
        return false;
    }
    bool existed = false;
    const bool done = RecordedEditCommand::run(context, tr("Code “%1”").arg(codeName(context, codeId)),
                                               ProjectContext::Codings, [=, &existed]() -> Result<void> {
        auto added = CodingStore(context->project()).add({documentId, codeId, span.start, span.end, {}, {}, {}, {}});
        if (!added)
            return failure(added.error());
        existed = !added->created;
        return {};
    });
    if (!done && existed)
        context->reportFailure(tr("The selection is already coded with “%1”.").arg(codeName(context, codeId)));
    return done;
}

bool EditCommands::assignCodeKey(ProjectContext *context, int key, qint64 codeId)
{
    auto keys = CodeKeys(context->project()).assigned();
    if (!keys) {
        context->reportFailure(keys.error());
        return false;
    }
    if (keys->value(key) == codeId)
        return false;   // already so
    const QString name = codeId ? tr("Assign key %1 to “%2”").arg(key).arg(codeName(context, codeId))
                                : tr("Remove key %1 from “%2”").arg(key).arg(codeName(context, keys->value(key)));
    return RecordedEditCommand::run(context, name, ProjectContext::Codes,
                                    [=]() { return CodeKeys(context->project()).assign(key, codeId); });
}

bool EditCommands::removeCoding(ProjectContext *context, qint64 codingId)
{
    auto segment = CodingStore(context->project()).segment(codingId);
    const QString name = segment ? segment->code : QString();
    return RecordedEditCommand::run(context, tr("Uncode “%1”").arg(name), ProjectContext::Codings,
                                    [=]() { return CodingStore(context->project()).remove(codingId); });
}

QString EditCommands::inVivoName(const QString &selection)
{
    // The one place in the GUI where a selection becomes a code name (see core/text/InVivoName.h).
    return inVivoCodeName(selection);
}

bool EditCommands::codeInVivo(ProjectContext *context, qint64 documentId, TextSpan span, const QString &text,
                              qint64 *codeId)
{
    const QString name = inVivoName(text);
    if (name.isEmpty() || span.isEmpty() || documentId == 0) {
        context->reportFailure(tr("Select the words that should become a code first."));
        return false;
    }
    return codeWithNamedCode(context, tr("Code in vivo “%1”").arg(name), documentId, span, name, codeId);
}

bool EditCommands::codeWithNewCode(ProjectContext *context, qint64 documentId, TextSpan span, const QString &name,
                                   qint64 *codeId)
{
    const QString trimmed = inVivoName(name);
    if (trimmed.isEmpty())
        return false;
    if (span.isEmpty() || documentId == 0) {
        context->reportFailure(tr("Select some text to code first."));
        return false;
    }
    return codeWithNamedCode(context, tr("Code “%1”").arg(trimmed), documentId, span, trimmed, codeId);
}

bool EditCommands::codeWithNamedCode(ProjectContext *context, const QString &commandName, qint64 documentId,
                                     TextSpan span, const QString &name, qint64 *codeId)
{
    qint64 id = 0;
    const bool done = RecordedEditCommand::run(context, commandName, ProjectContext::Codes | ProjectContext::Codings,
                                               [=, &id]() -> Result<void> {
        Codebook codebook(context->project());
        auto codes = codebook.codes();
        if (!codes)
            return failure(codes.error());
        for (const Code &code : *codes) {
            if (code.parentId == 0 && code.name.compare(name, Qt::CaseInsensitive) == 0)
                id = code.id;
        }
        if (id == 0) {
            auto added = codebook.add({name, 0, {}, {}, {}});
            if (!added)
                return failure(added.error());
            id = *added;
        }
        auto coded = CodingStore(context->project()).add({documentId, id, span.start, span.end, {}, {}, {}, {}});
        if (!coded)
            return failure(coded.error());
        return {};
    });
    if (done && codeId)
        *codeId = id;
    return done;
}

bool EditCommands::addCode(ProjectContext *context, const QString &name, qint64 parentId, qint64 *codeId)
{
    qint64 id = 0;
    const bool done = RecordedEditCommand::run(context, tr("Add code “%1”").arg(name), ProjectContext::Codes,
                                               [=, &id]() -> Result<void> {
        auto added = Codebook(context->project()).add({name, parentId, {}, {}, {}});
        if (!added)
            return failure(added.error());
        id = *added;
        return {};
    });
    if (done && codeId)
        *codeId = id;
    return done;
}

bool EditCommands::renameCode(ProjectContext *context, qint64 codeId, const QString &name)
{
    const QString old = codeName(context, codeId);
    if (name.trimmed().isEmpty() || name == old)
        return false;
    return RecordedEditCommand::run(context, tr("Rename “%1” to “%2”").arg(old, name), ProjectContext::Codes,
                                    [=]() { return Codebook(context->project()).rename(codeId, name.trimmed()); });
}

bool EditCommands::recolorCode(ProjectContext *context, qint64 codeId, const QString &color)
{
    return RecordedEditCommand::run(context, tr("Recolour “%1”").arg(codeName(context, codeId)),
                                    ProjectContext::Codes | ProjectContext::Codings,
                                    [=]() { return Codebook(context->project()).setColor(codeId, color); });
}

bool EditCommands::setCodeDescription(ProjectContext *context, qint64 codeId, const QString &description)
{
    return RecordedEditCommand::run(context, tr("Describe “%1”").arg(codeName(context, codeId)),
                                    ProjectContext::Codes,
                                    [=]() { return Codebook(context->project()).setDescription(codeId, description); });
}

bool EditCommands::moveCode(ProjectContext *context, qint64 codeId, qint64 newParentId, int position)
{
    return RecordedEditCommand::run(context, tr("Move “%1”").arg(codeName(context, codeId)), ProjectContext::Codes,
                                    [=]() { return Codebook(context->project()).move(codeId, newParentId, position); });
}

bool EditCommands::mergeCodes(ProjectContext *context, qint64 sourceId, qint64 targetId)
{
    if (sourceId == targetId)
        return false;
    return RecordedEditCommand::run(context,
                                    tr("Merge “%1” into “%2”").arg(codeName(context, sourceId), codeName(context, targetId)),
                                    ProjectContext::Codes | ProjectContext::Codings,
                                    [=]() { return Codebook(context->project()).merge(sourceId, targetId); });
}

bool EditCommands::deleteCode(ProjectContext *context, qint64 codeId)
{
    auto count = Codebook(context->project()).codingCount(codeId);
    const qint64 codings = count ? *count : 0;
    const QString name = codings > 0
        ? tr("Delete code “%1” and %n coding(s)", nullptr, static_cast<int>(codings)).arg(codeName(context, codeId))
        : tr("Delete code “%1”").arg(codeName(context, codeId));
    return RecordedEditCommand::run(context, name, ProjectContext::Codes | ProjectContext::Codings,
                                    [=]() { return Codebook(context->project()).remove(codeId, true); });
}

bool EditCommands::setAttributes(ProjectContext *context, const QList<AttributeEdit> &edits)
{
    if (edits.isEmpty())
        return false;
    const AttributeEdit &first = edits.first();
    const QString name = edits.size() > 1 ? tr("Set %n attribute value(s)", nullptr, static_cast<int>(edits.size()))
        : first.value.isEmpty()           ? tr("Unset “%1” of “%2”").arg(first.attribute, documentName(context, first.documentId))
                                          : tr("Set “%1” of “%2”").arg(first.attribute, documentName(context, first.documentId));
    return RecordedEditCommand::run(context, name, ProjectContext::Attributes, [=]() -> Result<void> {
        DocumentStore store(context->project());
        for (const AttributeEdit &edit : edits) {
            auto done = edit.value.isEmpty() ? store.clearAttribute(edit.documentId, edit.attribute)
                                             : store.setAttribute(edit.documentId, edit.attribute, edit.value);
            if (!done)
                return done;
        }
        return {};
    });
}

bool EditCommands::defineAttribute(ProjectContext *context, const QString &name, const QString &type)
{
    return RecordedEditCommand::run(context, tr("Add attribute “%1”").arg(name.trimmed()), ProjectContext::Attributes,
                                    [=]() -> Result<void> {
        DocumentStore store(context->project());
        auto existing = store.attributeDefinitions();
        if (!existing)
            return failure(existing.error());
        for (const AttributeDefinition &definition : *existing) {
            if (definition.name == name.trimmed())
                return failure(tr("there is an attribute “%1” already").arg(definition.name));
        }
        auto defined = store.defineAttribute(name, type);
        if (!defined)
            return failure(defined.error());
        return {};
    });
}

bool EditCommands::renameAttribute(ProjectContext *context, const QString &name, const QString &newName)
{
    return RecordedEditCommand::run(context, tr("Rename attribute “%1” to “%2”").arg(name, newName.trimmed()),
                                    ProjectContext::Attributes,
                                    [=]() { return DocumentStore(context->project()).renameAttribute(name, newName); });
}

bool EditCommands::setAttributeType(ProjectContext *context, const QString &name, const QString &type)
{
    return RecordedEditCommand::run(context, tr("Change the type of attribute “%1”").arg(name),
                                    ProjectContext::Attributes,
                                    [=]() { return DocumentStore(context->project()).setAttributeType(name, type); });
}

bool EditCommands::removeAttribute(ProjectContext *context, const QString &name)
{
    return RecordedEditCommand::run(context, tr("Delete attribute “%1”").arg(name), ProjectContext::Attributes,
                                    [=]() { return DocumentStore(context->project()).removeAttribute(name); });
}

bool EditCommands::setDocumentMemo(ProjectContext *context, qint64 documentId, const QString &memo)
{
    return RecordedEditCommand::run(context, tr("Edit memo of “%1”").arg(documentName(context, documentId)),
                                    ProjectContext::Memos,
                                    [=]() { return DocumentStore(context->project()).setMemo(documentId, memo); });
}

bool EditCommands::setCodeMemo(ProjectContext *context, qint64 codeId, const QString &memo)
{
    return RecordedEditCommand::run(context, tr("Edit memo of code “%1”").arg(codeName(context, codeId)),
                                    ProjectContext::Memos | ProjectContext::Codes,
                                    [=]() { return Codebook(context->project()).setMemo(codeId, memo); });
}

bool EditCommands::setCodingMemo(ProjectContext *context, qint64 codingId, const QString &memo)
{
    auto segment = CodingStore(context->project()).segment(codingId);
    const QString name = segment ? segment->code : QString();
    return RecordedEditCommand::run(context, tr("Edit memo of a “%1” coding").arg(name),
                                    ProjectContext::Memos | ProjectContext::Codings,
                                    [=]() { return CodingStore(context->project()).setMemo(codingId, memo); });
}

bool EditCommands::removeDocument(ProjectContext *context, qint64 documentId)
{
    return RecordedEditCommand::run(context, tr("Remove document “%1”").arg(documentName(context, documentId)),
                                    ProjectContext::Everything,
                                    [=]() { return DocumentStore(context->project()).remove(documentId); });
}

bool EditCommands::autoCodeHits(ProjectContext *context, qint64 codeId, const QList<SearchHit> &hits,
                                AutoCodeUnit unit, const QString &query, AutoCodeReport *report)
{
    AutoCodeReport done;
    const bool changed = RecordedEditCommand::run(
        context, tr("Auto-code “%1” with “%2”").arg(query, codeName(context, codeId)), ProjectContext::Codings,
        [=, &done]() -> Result<void> {
            auto coded = AutoCoder(context->project()).autoCodeHits(codeId, hits, unit, query);
            if (!coded)
                return failure(coded.error());
            done = *coded;
            return {};
        });
    if (report)
        *report = done;
    return changed;
}

bool EditCommands::createCode(ProjectContext *context, const NewCode &code, qint64 *codeId, int key)
{
    if (code.name.trimmed().isEmpty())
        return false;
    qint64 id = 0;
    const bool done = RecordedEditCommand::run(context, tr("Add code “%1”").arg(code.name.trimmed()),
                                               ProjectContext::Codes, [=, &id]() -> Result<void> {
        NewCode trimmed = code;
        trimmed.name = code.name.trimmed();
        auto added = Codebook(context->project()).add(trimmed);
        if (!added)
            return failure(added.error());
        id = *added;
        if (CodeKeys::isValidKey(key))
            return CodeKeys(context->project()).assign(key, id);
        return {};
    });
    if (done && codeId)
        *codeId = id;
    return done;
}

bool EditCommands::editCode(ProjectContext *context, qint64 codeId, const NewCode &values, int key)
{
    auto stored = Codebook(context->project()).code(codeId);
    if (!stored) {
        context->reportFailure(stored.error());
        return false;
    }
    const Code old = *stored;
    const QString name = values.name.trimmed();
    const bool rename = !name.isEmpty() && name != old.name;
    const bool move = values.parentId != old.parentId;
    const bool recolor = !values.color.isEmpty() && values.color.compare(old.color, Qt::CaseInsensitive) != 0;
    const bool describe = values.description != old.description;
    int oldKey = 0;
    if (key >= 0) {
        auto keys = CodeKeys(context->project()).assigned();
        if (!keys) {
            context->reportFailure(keys.error());
            return false;
        }
        oldKey = keys->key(codeId, 0);
    }
    const bool rekey = key >= 0 && key != oldKey;
    if (!rename && !move && !recolor && !describe && !rekey)
        return false;
    return RecordedEditCommand::run(context, tr("Edit code “%1”").arg(old.name),
                                    ProjectContext::Codes | ProjectContext::Codings, [=]() -> Result<void> {
        Codebook codebook(context->project());
        // Moved first, so a name that is taken only under the old parent does not block the rename.
        if (move) {
            if (auto ok = codebook.move(codeId, values.parentId, -1); !ok)
                return ok;
        }
        if (rename) {
            if (auto ok = codebook.rename(codeId, name); !ok)
                return ok;
        }
        if (recolor) {
            if (auto ok = codebook.setColor(codeId, values.color); !ok)
                return ok;
        }
        if (describe) {
            if (auto ok = codebook.setDescription(codeId, values.description); !ok)
                return ok;
        }
        if (rekey)
            return CodeKeys(context->project()).assign(key ? key : oldKey, key ? codeId : 0);
        return {};
    });
}

} // namespace marginalia
