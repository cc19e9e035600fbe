#include "context/ProjectContext.h"

#include "context/BackgroundIndexer.h"

#include <QTimer>
#include <QUndoStack>

#include <utility>

namespace marginalia {

ProjectContext::ProjectContext(std::unique_ptr<Project> project, QObject *parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_undoStack(new QUndoStack(this))
    , m_indexer(new BackgroundIndexer(m_project->path(), this))
{
    // The GUI shows each coder only their own codings on the documents of an open blind round, everywhere: every
    // list, count and analysis reads the view this applies (project/VisibleCodings), and AnalysisTask carries it to
    // its own connections.
    if (auto applied = m_project->setBlindRoundsApplied(true); !applied)
        qWarning("%s", qPrintable(applied.error()));
    // Documents left waiting by an earlier session (or another program) are indexed once the
    // window is up; a read-only project is left as it is.
    if (!m_project->isReadOnly())
        QTimer::singleShot(0, m_indexer, &BackgroundIndexer::start);
}

ProjectContext::~ProjectContext()
{
    // Commands hold pointers to this context: drop them before the project goes.
    m_undoStack->clear();
    delete m_indexer;   // stops its thread before the project closes
    m_indexer = nullptr;
}

void ProjectContext::notifyChanged(Changes changes)
{
    m_indexer->noteEdit();
    if (changes.testFlag(Documents) && !m_project->isReadOnly())
        m_indexer->start();
    Q_EMIT changed(changes);
}

void ProjectContext::setUndoLimitNote(const QString &note)
{
    if (note == m_undoLimitNote)
        return;
    m_undoLimitNote = note;
    Q_EMIT undoLimitNoteChanged(note);
}

void ProjectContext::notifyChanged(Changes changes, const ChangeFootprint &footprint)
{
    const ChangeFootprint *outer = std::exchange(m_footprint, &footprint);
    notifyChanged(changes);
    m_footprint = outer;
}

void ProjectContext::reportFailure(const QString &message)
{
    Q_EMIT failed(message);
}

} // namespace marginalia
