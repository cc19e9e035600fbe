#include "compare/CompareTab.h"

#include "compare/AnalysisTask.h"
#include "context/ProjectContext.h"

#include <QTimer>

namespace marginalia {

CompareTab::CompareTab(ProjectContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_task(new AnalysisTask(this))
    , m_reloadTimer(new QTimer(this))
{
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(150);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] { reload(); });
    connect(m_context, &ProjectContext::changed, this, [this](ProjectContext::Changes changes) {
        if (changes & (ProjectContext::Attributes | ProjectContext::Documents | ProjectContext::Codes
                       | ProjectContext::Codings)) {
            reloadChoices();
            scheduleReload();
        }
    });
}

void CompareTab::reloadNow()
{
    m_reloadTimer->stop();
    reload();
}

void CompareTab::scheduleReload()
{
    m_reloadTimer->start();
}

} // namespace marginalia
