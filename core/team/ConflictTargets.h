#pragma once

#include "common/Result.h"

#include <QString>

namespace marginalia {
class Project;
}

namespace marginalia::team {

// The object a team conflict is about (its kind and key, as in the change log: GUIDs, names, or
// "documentGUID/attribute" and "caseGUID/documentGUID"), found in the local working copy, so that a
// list of conflicts can name it and go to it.
struct ConflictTarget
{
    QString kind;
    QString key;
    bool exists = false;      // still in this copy
    QString name;             // the code's, document's, case's, coder's or attribute's name
    qint64 documentId = 0;    // a document, a coding's or a value's document, a case membership's
    QString document;         // its name
    qint64 codeId = 0;        // a code, a coding's code
    QString code;
    QString coder;            // a coding's coder
    qint64 start = -1;        // a coding's range, in code points
    qint64 end = -1;
    QString attribute;        // a value's attribute
};

// Looks the object up; a target that is gone has exists = false (not an error).
Result<ConflictTarget> findConflictTarget(Project &project, const QString &kind, const QString &key);

} // namespace marginalia::team
