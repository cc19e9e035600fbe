#include "context/ProjectContext.h"

#include <QUndoStack>

namespace marginalia {

ProjectContext::ProjectContext(std::unique_ptr<Project> project, QObject *parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_undoStack(new QUndoStack(this))
{
}

ProjectContext::~ProjectContext()
{
    // Commands hold pointers to this context: drop them before the project goes.
    m_undoStack->clear();
}

void ProjectContext::notifyChanged(Changes changes)
{
    Q_EMIT changed(changes);
}

void ProjectContext::reportFailure(const QString &message)
{
    Q_EMIT failed(message);
}

} // namespace marginalia
