#include "coding/RecordedEditCommand.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace marginalia {

RecordedEditCommand::RecordedEditCommand(ProjectContext *context, const QString &name,
                                         ProjectContext::Changes changes, Edit edit)
    : QUndoCommand(name)
    , m_context(context)
    , m_changes(changes)
    , m_edit(std::move(edit))
{
}

RecordedEditCommand::RecordedEditCommand(ProjectContext *context, const QString &name,
                                         ProjectContext::Changes changes, RecordedChange applied)
    : QUndoCommand(name)
    , m_context(context)
    , m_changes(changes)
    , m_change(std::move(applied))
    , m_applied(true)
    , m_recorded(true)
    , m_succeeded(true)
{
}

bool RecordedEditCommand::run(ProjectContext *context, const QString &name, ProjectContext::Changes changes,
                              Edit edit)
{
    auto *command = new RecordedEditCommand(context, name, changes, std::move(edit));
    command->redo();
    if (command->isObsolete() || !command->succeeded()) {
        delete command;
        return false;
    }
    push(context, command);   // redo() is a no-op now: the change is applied
    return true;
}

void RecordedEditCommand::pushApplied(ProjectContext *context, const QString &name, ProjectContext::Changes changes,
                                      RecordedChange applied)
{
    push(context, new RecordedEditCommand(context, name, changes, std::move(applied)));
    context->notifyChanged(changes);
}

void RecordedEditCommand::push(ProjectContext *context, RecordedEditCommand *command)
{
    if (!command->m_change.kept) {
        // Committed, but its changeset was not kept: nothing before it can be undone either, since
        // undoing an earlier edit would step over this one.
        context->setUndoLimitNote(QCoreApplication::translate("marginalia::RecordedEditCommand",
                                                              "“%1” (too large to keep)")
                                      .arg(command->text()));
        context->undoStack()->clear();
        delete command;
        return;
    }
    context->undoStack()->push(command);
    trimToBudget(context);
}

void RecordedEditCommand::trimToBudget(ProjectContext *context)
{
    QUndoStack *stack = context->undoStack();
    qint64 total = 0;
    for (int i = 0; i < stack->count(); ++i) {
        if (const auto *command = dynamic_cast<const RecordedEditCommand *>(stack->command(i)))
            total += command->memoryCost();
    }
    if (total <= context->undoMemoryBudget())
        return;
    // QUndoStack cannot drop its oldest commands, so the newest that fit are put on a fresh stack
    // as applied commands. (Trimming runs right after a push: there is nothing to redo.)
    int first = 0;
    while (first < stack->count() && total > context->undoMemoryBudget()) {
        if (const auto *command = dynamic_cast<const RecordedEditCommand *>(stack->command(first)))
            total -= command->memoryCost();
        ++first;
    }
    struct Kept
    {
        QString name;
        ProjectContext::Changes changes;
        RecordedChange change;
    };
    QList<Kept> kept;
    for (int i = first; i < stack->index(); ++i) {
        if (const auto *command = dynamic_cast<const RecordedEditCommand *>(stack->command(i)))
            kept.append({command->text(), command->m_changes, command->m_change});
    }
    const QString dropped = stack->command(first - 1)->text();
    stack->clear();
    context->setUndoLimitNote(QCoreApplication::translate("marginalia::RecordedEditCommand",
                                                          "“%1” and earlier edits (undo memory limit)")
                                  .arg(dropped));
    for (Kept &entry : kept)
        stack->push(new RecordedEditCommand(context, entry.name, entry.changes, std::move(entry.change)));
}

void RecordedEditCommand::fail(const QString &message)
{
    setObsolete(true);
    if (!m_context)
        return;
    // Nothing of a failed edit is kept, but the views may show what they guessed it would do
    // (an editor's text, a dragged code): they read the project again.
    m_context->notifyChanged(m_changes);
    m_context->reportFailure(message);
}

void RecordedEditCommand::redo()
{
    if (!m_context || m_applied)
        return;   // a change recorded elsewhere is in the project already
    ChangeRecorder recorder(m_context->project());
    if (!m_recorded) {
        auto change = recorder.record(text(), m_edit);
        m_edit = {};
        if (!change) {
            fail(QCoreApplication::translate("marginalia::RecordedEditCommand", "%1 failed: %2")
                     .arg(text(), change.error()));
            return;
        }
        if (change->isEmpty()) {
            setObsolete(true);   // nothing changed: nothing to undo, nothing to reload
            m_context->notifyChanged(m_changes, ChangeFootprint{});
            return;
        }
        m_change = std::move(*change);
        m_recorded = true;
        m_succeeded = true;
    } else if (auto redone = recorder.redo(m_change); !redone) {
        fail(QCoreApplication::translate("marginalia::RecordedEditCommand", "Could not redo “%1”: %2")
                 .arg(text(), redone.error()));
        return;
    }
    m_applied = true;
    announce();
}

void RecordedEditCommand::undo()
{
    if (!m_context || !m_applied)
        return;
    ChangeRecorder recorder(m_context->project());
    if (auto undone = recorder.undo(m_change); !undone) {
        fail(QCoreApplication::translate("marginalia::RecordedEditCommand", "Could not undo “%1”: %2")
                 .arg(text(), undone.error()));
        return;
    }
    m_applied = false;
    announce();
}

void RecordedEditCommand::announce()
{
    if (!m_footprint) {
        if (auto footprint = ChangeRecorder(m_context->project()).footprint(m_change))
            m_footprint = std::move(*footprint);
    }
    if (m_footprint && m_applied)
        m_context->notifyChanged(m_changes, *m_footprint);
    else if (m_footprint)
        m_context->notifyChanged(m_changes, m_footprint->reversed());   // undone: what it added is taken away
    else
        m_context->notifyChanged(m_changes);   // unreadable: the panes reload
}

} // namespace marginalia
