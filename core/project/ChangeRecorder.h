#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace marginalia {

class Project;

// The changes one edit made to a project, as an SQLite changeset (session extension), so the
// edit can be undone and redone exactly — whatever it was: a coding, an import, a merge, a
// deletion with cascades. The journal is not recorded: undo and redo append to it instead.
struct RecordedChange
{
    QString description;
    QByteArray changeset;

    bool isEmpty() const { return changeset.isEmpty(); }
};

class ChangeRecorder
{
public:
    explicit ChangeRecorder(Project &project) : m_project(project) {}

    // Runs edit (which opens its own transactions as usual) and returns what it changed. If the
    // edit fails, its error is returned and nothing is recorded.
    Result<RecordedChange> record(const QString &description, const std::function<Result<void>()> &edit);

    // Reverts a recorded change. Fails, changing nothing, if the rows it touched have been
    // changed since (e.g. by another process), with a sentence saying so.
    Result<void> undo(const RecordedChange &change);
    // Applies a recorded change again after undo().
    Result<void> redo(const RecordedChange &change);

private:
    Result<void> apply(const QByteArray &changeset, const QString &action, const QString &description);

    Project &m_project;
};

} // namespace marginalia
