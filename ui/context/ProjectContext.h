#pragma once

#include "project/Project.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace marginalia {

class BackgroundIndexer;
struct ChangeFootprint;

// The open project as the GUI sees it: the one connection of the GUI thread, the one undo
// stack, and the signals every pane listens to. Panes ask core for data through project();
// edits go through undo commands (ui/coding/EditCommands.h), which call notifyChanged().
class ProjectContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectContext)

public:
    // What an edit touched, so panes reload only what they show.
    enum Change {
        Documents = 0x1,
        Codes = 0x2,
        Codings = 0x4,
        Attributes = 0x8,
        Memos = 0x10,
        Everything = 0xff,
    };
    Q_DECLARE_FLAGS(Changes, Change)

    explicit ProjectContext(std::unique_ptr<Project> project, QObject *parent = nullptr);
    ~ProjectContext() override;

    Project &project() { return *m_project; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString path() const { return m_project->path(); }
    // Keeps the search index up to date in the background (started here and on new documents).
    BackgroundIndexer *indexer() const { return m_indexer; }

    void notifyChanged(Changes changes);

    // What can no longer be undone because its change was not kept (too large, or dropped to stay
    // within the undo memory budget), as a phrase for the Edit menu; empty when nothing was lost.
    QString undoLimitNote() const { return m_undoLimitNote; }
    void setUndoLimitNote(const QString &note);
    // The memory the undo stack may hold in recorded changes (default 256 MiB).
    qint64 undoMemoryBudget() const { return m_undoMemoryBudget; }
    void setUndoMemoryBudget(qint64 bytes) { m_undoMemoryBudget = bytes; }
    // The same, for an edit whose rows are known (a recorded change, its undo or redo): while changed() is
    // emitted, editFootprint() names them, so panes can patch what they show instead of reloading it.
    void notifyChanged(Changes changes, const ChangeFootprint &footprint);
    // What the change being announced touched; null when not known (reload what the Changes name).
    const ChangeFootprint *editFootprint() const { return m_footprint; }
    // A failure the user should know about; shown non-modally by the main window.
    void reportFailure(const QString &message);

Q_SIGNALS:
    void changed(marginalia::ProjectContext::Changes changes);
    void failed(const QString &message);
    void undoLimitNoteChanged(const QString &note);

private:
    std::unique_ptr<Project> m_project;
    QUndoStack *m_undoStack = nullptr;
    BackgroundIndexer *m_indexer = nullptr;
    QString m_undoLimitNote;
    qint64 m_undoMemoryBudget = qint64(256) * 1024 * 1024;
    const ChangeFootprint *m_footprint = nullptr;
};

} // namespace marginalia

Q_DECLARE_OPERATORS_FOR_FLAGS(marginalia::ProjectContext::Changes)
