#pragma once

#include "common/Result.h"

#include <QString>

namespace marginalia {

class Project;

enum class AutoCodeUnit { Match, Sentence, Paragraph };

struct AutoCodeReport
{
    qint64 hits = 0;           // occurrences of the query
    qint64 added = 0;          // new codings
    qint64 alreadyCoded = 0;   // units the coder had coded with this code already
};

// Codes every search hit with a code: the hit itself, the sentence around it, or its paragraph
// (line). Several hits in one unit give one coding. All in one transaction.
class AutoCoder
{
public:
    explicit AutoCoder(Project &project) : m_project(project) {}

    Result<AutoCodeReport> autoCode(qint64 codeId, const QString &query, AutoCodeUnit unit, const QString &coder = {});

    static Result<AutoCodeUnit> parseUnit(const QString &name);

private:
    Project &m_project;
};

} // namespace marginalia
