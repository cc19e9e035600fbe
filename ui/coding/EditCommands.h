#pragma once

#include "analysis/AutoCoder.h"
#include "project/Codebook.h"
#include "text/Segmenter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace marginalia {

class ProjectContext;

struct AttributeEdit
{
    qint64 documentId = 0;
    QString attribute;
    QString value;   // empty: clear
};

// The user's edits of a project, each one undo step with a translated name. Each returns false
// if the edit failed (the user has been told) or changed nothing.
class EditCommands
{
    Q_DECLARE_TR_FUNCTIONS(EditCommands)

public:
    static bool addCoding(ProjectContext *context, qint64 documentId, TextSpan span, qint64 codeId);
    static bool removeCoding(ProjectContext *context, qint64 codingId);
    // The selected text becomes a code (named by inVivoName; an existing top-level code of that
    // name is reused) and codes the span. Sets *codeId to the code.
    static bool codeInVivo(ProjectContext *context, qint64 documentId, TextSpan span, const QString &text,
                           qint64 *codeId = nullptr);
    // Codes the span with a code of this name, made for it if there is no top-level code so named.
    static bool codeWithNewCode(ProjectContext *context, qint64 documentId, TextSpan span, const QString &name,
                                qint64 *codeId = nullptr);
    // A new code named by the user.
    static bool addCode(ProjectContext *context, const QString &name, qint64 parentId, qint64 *codeId = nullptr);
    static bool renameCode(ProjectContext *context, qint64 codeId, const QString &name);
    static bool recolorCode(ProjectContext *context, qint64 codeId, const QString &color);
    static bool setCodeDescription(ProjectContext *context, qint64 codeId, const QString &description);
    static bool moveCode(ProjectContext *context, qint64 codeId, qint64 newParentId, int position);
    static bool mergeCodes(ProjectContext *context, qint64 sourceId, qint64 targetId);
    static bool deleteCode(ProjectContext *context, qint64 codeId);
    static bool setAttributes(ProjectContext *context, const QList<AttributeEdit> &edits);
    static bool defineAttribute(ProjectContext *context, const QString &name, const QString &type);
    static bool renameAttribute(ProjectContext *context, const QString &name, const QString &newName);
    static bool setAttributeType(ProjectContext *context, const QString &name, const QString &type);
    static bool removeAttribute(ProjectContext *context, const QString &name);
    static bool setDocumentMemo(ProjectContext *context, qint64 documentId, const QString &memo);
    static bool setCodeMemo(ProjectContext *context, qint64 codeId, const QString &memo);
    static bool setCodingMemo(ProjectContext *context, qint64 codingId, const QString &memo);
    static bool removeDocument(ProjectContext *context, qint64 documentId);
    // Gives number key 1–9 to the code (codeId 0: takes the key from its code); the code's other key
    // and the key's other code are cleared. One undo step; stored in the project (CodeKeys).
    static bool assignCodeKey(ProjectContext *context, int key, qint64 codeId);

    // Codes the units (match, sentence or paragraph) of search hits with a code: one undo step.
    // Sets *report to what AutoCoder did.
    static bool autoCodeHits(ProjectContext *context, qint64 codeId, const QList<SearchHit> &hits, AutoCodeUnit unit,
                             const QString &query, AutoCodeReport *report = nullptr);

    // A new code with its parent, colour (empty: one is chosen), description and number key (0: none):
    // one undo step.
    static bool createCode(ProjectContext *context, const NewCode &code, qint64 *codeId = nullptr, int key = 0);
    // Renames, moves (to the end of the new parent's sub-codes), recolours, describes and gives a number key
    // (key -1: leave it; 0: none) to a code as one undo step; only what differs from the code as stored
    // changes. False if nothing differed.
    static bool editCode(ProjectContext *context, qint64 codeId, const NewCode &values, int key = -1);

    // The name an in-vivo code gets from a selection: core's inVivoCodeName (white space folded, '/'
    // replaced, surrounding punctuation trimmed, at most 80 characters).
    static QString inVivoName(const QString &selection);

private:
    static bool codeWithNamedCode(ProjectContext *context, const QString &commandName, qint64 documentId,
                                  TextSpan span, const QString &name, qint64 *codeId);
};

} // namespace marginalia
