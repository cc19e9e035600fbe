#include "agreement/BlindRound.h"

#include "context/ProjectContext.h"
#include "project/Database.h"

#include <QPointer>

namespace marginalia {

BlindRound *BlindRound::of(ProjectContext *context)
{
    if (auto *existing = context->findChild<BlindRound *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new BlindRound(context);
}

BlindRound::BlindRound(ProjectContext *context)
    : QObject(context)
    , m_context(context)
{
}

void BlindRound::refresh()
{
    const qint64 changes = m_context->project().database().totalChanges();
    if (changes == m_seenChanges)
        return;
    m_seenChanges = changes;
    auto current = AgreementRounds(m_context->project()).current();
    if (!current) {
        // Unreadable: nothing is hidden, and the user is told once.
        m_round.reset();
        m_documents.clear();
        m_context->reportFailure(current.error());
        return;
    }
    m_round = *current;
    m_documents.clear();
    if (m_round)
        m_documents = QSet<qint64>(m_round->documentIds.cbegin(), m_round->documentIds.cend());
}

std::optional<AgreementRound> BlindRound::round()
{
    refresh();
    return m_round;
}

bool BlindRound::hides(qint64 documentId, const QString &coder)
{
    refresh();
    return m_round && m_documents.contains(documentId) && coder != m_context->project().currentCoder();
}

std::function<bool(qint64, const QString &)> BlindRound::hiddenCodings()
{
    return [round = QPointer<BlindRound>(this)](qint64 documentId, const QString &coder) {
        return round && round->hides(documentId, coder);
    };
}

} // namespace marginalia
