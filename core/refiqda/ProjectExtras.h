#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace marginalia {

class Project;

// Marginalia's own project settings that REFI-QDA has no place for: the number keys 1–9 given to codes
// (project/CodeKeys) and the project's edits of the Chinese word dictionary (analysis ProjectDictionary).
// A merge carries them; a .qdpx for the standard target carries them in an archive entry of its own
// (kEntryName, JSON), which other programs do not read: nothing of them goes into project.qde, whose
// descriptions and notes other programs show to their users.
struct ProjectExtras
{
    static constexpr const char *kEntryName = "marginalia/extras.json";

    QMap<int, QString> codeKeys;    // key -> the code's GUID
    QStringList dictionaryAdded;    // words the project added
    QStringList dictionaryRemoved;  // words that are not words in this project

    bool isEmpty() const { return codeKeys.isEmpty() && dictionaryAdded.isEmpty() && dictionaryRemoved.isEmpty(); }

    static Result<ProjectExtras> read(Project &project);
    QByteArray toJson() const;
    // What an archive holds; fileName names the archive in the error.
    static Result<ProjectExtras> fromJson(const QByteArray &json, const QString &fileName);
};

// What applying another project's extras did.
struct ExtrasApplied
{
    qint64 keysAssigned = 0;
    qint64 wordsAdded = 0;
    qint64 wordsRemoved = 0;
    QStringList skipped;   // sentences: a key or word the target kept as it was, and why
};

// Adds `other`'s extras to the project, inside the caller's transaction. Codes are found by GUID in the project
// (codeGuidMap first maps the other project's GUIDs to the project's, for codes matched by path). Rules: a key the
// project has given already, or a code that has a key already, keeps the project's; dictionary words are the union
// of both, except a word one project added and the other removed, which keeps the project's choice; a word that
// cannot be a dictionary word (a crafted file) is skipped. Each thing kept is said in `skipped`.
Result<ExtrasApplied> applyExtras(Project &project, const ProjectExtras &other, const QString &otherName,
                                  const QMap<QString, QString> &codeGuidMap = {});

} // namespace marginalia
