#pragma once

#include "common/Result.h"
#include "context/ProjectContext.h"
#include "project/ChangeRecorder.h"

#include <QPointer>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace marginalia {

// One undoable edit of the project, whatever it was. The first redo() runs the core edit inside
// ChangeRecorder::record() and keeps the recorded change; undo() and later redo() replay that
// change. A failure is reported to the user (non-modally) and makes the command obsolete, so the
// stack drops it. An edit recorded elsewhere (an import in a worker thread) is pushed as already
// applied. A change too large to keep, or the oldest ones once the stack holds more than the
// context's undo memory budget, leave the stack: the Edit menu then says what cannot be undone.
class RecordedEditCommand final : public QUndoCommand
{
public:
    using Edit = std::function<Result<void>()>;

    RecordedEditCommand(ProjectContext *context, const QString &name, ProjectContext::Changes changes, Edit edit);
    RecordedEditCommand(ProjectContext *context, const QString &name, ProjectContext::Changes changes,
                        RecordedChange applied);

    void redo() override;
    void undo() override;

    // True once the edit ran and changed something.
    bool succeeded() const { return m_succeeded; }
    // The memory this command holds for undo.
    qint64 memoryCost() const { return m_change.changeset.size(); }

    // Runs the edit now and, if it changed something, puts it on the context's undo stack.
    // Returns false if it failed (the user has been told) or changed nothing.
    static bool run(ProjectContext *context, const QString &name, ProjectContext::Changes changes, Edit edit);
    // Puts a change made and recorded elsewhere on the undo stack.
    static void pushApplied(ProjectContext *context, const QString &name, ProjectContext::Changes changes,
                            RecordedChange applied);

private:
    void fail(const QString &message);
    // Puts an applied command on the stack, then keeps the stack within its memory budget.
    static void push(ProjectContext *context, RecordedEditCommand *command);
    // Drops the oldest commands until the stack holds at most the budget.
    static void trimToBudget(ProjectContext *context);
    // Tells the panes, with what the change touched when that can be read.
    void announce();

    QPointer<ProjectContext> m_context;
    ProjectContext::Changes m_changes;
    Edit m_edit;
    RecordedChange m_change;
    std::optional<ChangeFootprint> m_footprint;   // read from m_change once
    bool m_applied = false;   // the change is in the project now
    bool m_recorded = false;  // m_change holds the recorded change
    bool m_succeeded = false;
};

} // namespace marginalia
