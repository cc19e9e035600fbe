#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace marginalia {

class Project;

struct NewCode
{
    QString name;
    qint64 parentId = 0;   // 0: a top-level code
    QString color;         // "#RRGGBB"; empty: one is chosen
    QString description;
    QString guid;          // empty: a new one is made
};

struct Code
{
    qint64 id = 0;
    QString guid;
    qint64 parentId = 0;
    QString name;
    QString path;          // "Parent/Child", names joined by '/'
    int depth = 0;
    QString color;
    QString description;
    QString memo;
    int position = 0;
};

// The hierarchical code tree: names unique among siblings, every change journaled.
class Codebook
{
public:
    explicit Codebook(Project &project) : m_project(project) {}

    Result<qint64> add(const NewCode &code);
    // Every code, depth first in sibling order, with its path.
    Result<QList<Code>> codes();
    Result<Code> code(qint64 codeId);
    // A code by id ("7"), by path ("Teaching practice/teaching not learning") or by a name that
    // only one code has.
    Result<qint64> find(const QString &nameOrPath);
    // The code and all codes below it.
    Result<QList<qint64>> subtree(qint64 codeId);

    Result<void> rename(qint64 codeId, const QString &name);
    Result<void> setColor(qint64 codeId, const QString &color);
    Result<void> setDescription(qint64 codeId, const QString &description);
    Result<void> setMemo(qint64 codeId, const QString &memo);
    // Moves under newParentId (0: top level) at position (-1: last); refuses cycles and name clashes.
    Result<void> move(qint64 codeId, qint64 newParentId, int position = -1);
    // Deletes the code and its sub-codes. If any of them has codings, withCodings must be true.
    Result<void> remove(qint64 codeId, bool withCodings);
    // The number of codings of the code and its sub-codes.
    Result<qint64> codingCount(qint64 codeId, bool withSubcodes = true);
    // Codings of source move to target (identical ones collapse); sub-codes move too, merging
    // with same-named sub-codes of target; source is then removed.
    Result<void> merge(qint64 sourceId, qint64 targetId);

    static bool isValidColor(const QString &color);

private:
    Result<void> mergeInto(qint64 sourceId, qint64 targetId);
    QString defaultColor(int index) const;

    Project &m_project;
};

} // namespace marginalia
