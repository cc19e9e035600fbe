#pragma once

#include "common/Result.h"
#include "refiqda/RefiQda.h"

#include <QString>
#include <QStringList>

namespace marginalia {

class Project;

struct MergeOptions
{
    // Write a copy of the target next to it before merging (<name>.before-merge-<time>.marginalia).
    bool backup = true;
    // For a .qdpx given as the other project.
    RefiImportOptions qdpx;
};

struct MergeReport
{
    QString target;
    QString other;
    QString backup;   // path of the copy written before merging

    qint64 codersAdded = 0;
    qint64 codesAdded = 0;
    qint64 codesMatched = 0;
    qint64 documentsAdded = 0;
    qint64 documentsMatched = 0;   // same text (content hash) as a document of the target
    qint64 codingsAdded = 0;
    qint64 codingsCollapsed = 0;   // identical to one the target had (same document, code, coder, range)
    qint64 casesAdded = 0;
    qint64 attributesSet = 0;

    // Where the two projects disagree, and what the merge did about it.
    QStringList conflicts;
    // What an imported .qdpx reported: adjustments, the unit its positions were read in, and what
    // it could not carry (sourcesNotStored > 0: texts it promised were missing, the merge is partial).
    QStringList notes;
    QList<RefiPositionChoice> positions;
    QList<RefiSkipped> skipped;
    qint64 sourcesNotStored = 0;
    // Codings identical to one the target had: the kept coding took over their memo, and their GUID
    // is listed here as an alias of the kept one ("alias GUID -> kept GUID").
    QStringList collapsedAliases;
    // Marginalia's own settings (ProjectExtras): number keys given to codes, dictionary words added and removed.
    // What the target kept instead of the other's (a key both gave) is in conflicts.
    qint64 codeKeysAssigned = 0;
    qint64 dictionaryWordsAdded = 0;
    qint64 dictionaryWordsRemoved = 0;
};

// Merges a teammate's project (a .marginalia file or a .qdpx archive) into target, in one
// transaction, journaled: documents matched by content hash, codes by GUID then by path,
// coders by name, codings unioned per coder (identical ones collapse). The other project is
// only read. On failure or cancel the target is unchanged.
Result<MergeReport> mergeProject(Project &target, const QString &otherPath, const MergeOptions &options = {},
                                 const InterchangeProgressCallback &progress = {});

} // namespace marginalia
