#include "agreement/BlindRound.h"

#include "context/ProjectContext.h"
#include "project/Database.h"

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
        m_unreadable = true;
        m_context->reportFailure(current.error());
        return;
    }
    m_unreadable = false;
    m_round = *current;
}

std::optional<AgreementRound> BlindRound::round()
{
    refresh();
    return m_round;
}

bool BlindRound::isUnreadable()
{
    refresh();
    return m_unreadable;
}

bool BlindRound::hidesCodings()
{
    if (!m_context->project().blindRoundsApplied())
        return false;
    refresh();
    return m_round.has_value() || m_unreadable;
}

} // namespace marginalia
