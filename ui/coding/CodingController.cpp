#include "coding/CodingController.h"

#include "coding/EditCommands.h"
#include "context/ProjectContext.h"
#include "document/DocumentView.h"
#include "project/Codebook.h"
#include "settings/Settings.h"

namespace marginalia {

CodingController::CodingController(ProjectContext *context, DocumentView *view, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_view(view)
    , m_recent(Settings().recentCodes(context->path()))
{
    forgetMissingCodes();
    connect(m_view, &DocumentView::codeDropped, this,
            [this](qint64 codeId, TextSpan span) { codeSpan(codeId, m_view->documentId(), span); });
    connect(m_view, &DocumentView::uncodeRequested, this, &CodingController::uncode);
    connect(m_context, &ProjectContext::changed, this, [this](ProjectContext::Changes changes) {
        if (changes & ProjectContext::Codes)
            forgetMissingCodes();
    });
}

bool CodingController::codeSelection(qint64 codeId)
{
    return codeSpan(codeId, m_view->documentId(), m_view->selectedSpan());
}

bool CodingController::codeSpan(qint64 codeId, qint64 documentId, TextSpan span)
{
    if (!EditCommands::addCoding(m_context, documentId, span, codeId))
        return false;
    remember(codeId);
    return true;
}

bool CodingController::codeWithRecent(int number)
{
    if (number < 1 || number > m_recent.size()) {
        m_context->reportFailure(tr("No code is assigned to key %1 yet: code something first.").arg(number));
        return false;
    }
    return codeSelection(m_recent.at(number - 1));
}

bool CodingController::codeInVivo()
{
    qint64 codeId = 0;
    if (!EditCommands::codeInVivo(m_context, m_view->documentId(), m_view->selectedSpan(), m_view->selectedText(),
                                  &codeId))
        return false;
    remember(codeId);
    return true;
}

bool CodingController::codeWithNewCode(const QString &name)
{
    qint64 codeId = 0;
    if (!EditCommands::codeWithNewCode(m_context, m_view->documentId(), m_view->selectedSpan(), name, &codeId))
        return false;
    remember(codeId);
    return true;
}

bool CodingController::uncode(qint64 codingId)
{
    return EditCommands::removeCoding(m_context, codingId);
}

void CodingController::remember(qint64 codeId)
{
    m_recent.removeAll(codeId);
    m_recent.prepend(codeId);
    while (m_recent.size() > kRecentCodes)
        m_recent.removeLast();
    Settings().setRecentCodes(m_context->path(), m_recent);
    Q_EMIT recentCodesChanged();
}

void CodingController::forgetMissingCodes()
{
    const qsizetype before = m_recent.size();
    Codebook codebook(m_context->project());
    m_recent.removeIf([&codebook](qint64 id) { return !codebook.code(id).has_value(); });
    if (m_recent.size() != before)
        Q_EMIT recentCodesChanged();
}

} // namespace marginalia
