#include "team/TeamSession.h"

#include "agreement/BlindRound.h"
#include "context/ProjectContext.h"
#include "project/AgreementRound.h"
#include "team/PgConnection.h"
#include "team/TeamListener.h"
#include "team/WorkingCopy.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>
#include <QUndoStack>

namespace marginalia {

TeamSession::TeamSession(ProjectContext *context)
    : QObject(context)
    , m_context(context)
    , m_path(context->path())
    , m_listener(new TeamListener(this))
    , m_periodic(new QTimer(this))
{
    auto binding = team::WorkingCopy(context->project()).binding();
    if (binding && *binding) {
        m_url = (*binding)->url;
        m_lastSync = (*binding)->lastSync;
        m_joinedCoder = (*binding)->coder;
    }
    m_connectUrl = m_url;
    // Connected (again): catch up with what was missed. Announced: pull at once.
    connect(m_listener, &TeamListener::connected, this, [this] { sync(false); });
    connect(m_listener, &TeamListener::changesAnnounced, this, [this] { sync(false); });
    connect(m_listener, &TeamListener::disconnected, this, [this](const QString &reason, bool unreachable) {
        // Out of reach: offline until it comes back. Anything else (a refused password) is no passing
        // outage: it is said as a failure, which a sync that then succeeds clears. That holds when
        // offline before too: the server answered, so the periodic sync is no longer held back and the
        // status says the failure (with the password hint) instead of the old outage.
        if (unreachable) {
            m_offline = true;
            m_offlineReason = reason;
        } else {
            m_offline = false;
            m_offlineReason.clear();
            m_syncError = reason;
        }
        Q_EMIT statusChanged();
    });
    // Local edits go out every half minute even when nobody else pushes.
    m_periodic->setInterval(kPeriodicSyncMs);
    connect(m_periodic, &QTimer::timeout, this, [this] {
        if (m_waiting > 0 && !m_offline)
            sync(false);
    });
    m_periodic->start();
    connect(context, &ProjectContext::changed, this, &TeamSession::refreshLocal);
    connect(context, &ProjectContext::changed, this, &TeamSession::checkLocalRound);
    if (QUndoStack *stack = context->undoStack()) {
        // What is on the undo stack when the session starts was done before: on the server once synced.
        m_undoIndex = stack->index();
        m_nextRedo = m_undoIndex < stack->count() ? stack->command(m_undoIndex) : nullptr;
        connect(stack, &QUndoStack::indexChanged, this, &TeamSession::undoIndexChanged);
    }
    if (auto round = AgreementRounds(context->project()).current(); round && *round)
        m_localRound = (*round)->set;
    refreshLocal();
    if (!m_url.isEmpty())
        m_listener->start(m_connectUrl);
}

TeamSession::~TeamSession()
{
    delete m_roundTask;
    m_roundTask = nullptr;
    delete m_task;   // waits for the sync under way: it has its own connection, and commits or leaves nothing
    m_task = nullptr;
}

bool TeamSession::isWorkingCopy(ProjectContext *context)
{
    auto binding = team::WorkingCopy(context->project()).binding();
    return binding && *binding;
}

bool TeamSession::isListening() const
{
    return m_listener->isListening();
}

void TeamSession::setConnectUrl(const QString &url)
{
    m_connectUrl = url;
    m_listener->start(url);
}

void TeamSession::sync(bool userAsked)
{
    if (m_task) {
        m_again = true;
        m_againUserAsked = m_againUserAsked || userAsked;
        return;
    }
    if (!m_context)
        return;
    m_taskUserAsked = userAsked;
    m_task = new TeamTask(TeamTask::sync(m_path, m_context->project().currentCoder(), m_connectUrl), this);
    connect(m_task, &TeamTask::finished, this, &TeamSession::taskFinished);
    Q_EMIT statusChanged();
}

void TeamSession::taskFinished(const TeamTask::Outcome &outcome)
{
    m_task = nullptr;   // deletes itself
    const bool userAsked = m_taskUserAsked;
    m_syncError.clear();
    if (outcome.error.isEmpty()) {
        m_offline = false;
        m_offlineReason.clear();
        if (m_context)
            announceApplied(outcome.sync);
    } else if (outcome.offline) {   // the core's typed answer, not the sentence's words
        m_offline = true;
        m_offlineReason = outcome.error;
    } else {
        m_offline = false;   // the server answered (a refused password, a failure of the work): not "offline"
        m_offlineReason.clear();
        m_syncError = outcome.error;
    }
    if (m_context) {
        auto binding = team::WorkingCopy(m_context->project()).binding();
        if (binding && *binding)
            m_lastSync = (*binding)->lastSync;
    }
    refreshLocal();
    // Everything done on the undo stack so far is on the server now.
    if (outcome.error.isEmpty() && m_waiting == 0)
        m_sentBoundary = m_undoIndex;
    Q_EMIT syncFinished(outcome.error, outcome.sync, userAsked);
    if (outcome.error.isEmpty() && !m_roundActions.empty())
        runRoundAction();   // the server is back: what waited for it
    if (m_again) {
        const bool again = m_againUserAsked;
        m_again = false;
        m_againUserAsked = false;
        sync(again);
    }
}

void TeamSession::announceApplied(const team::SyncReport &report)
{
    // Refused local changes are put back as the server has them (rows the footprint does not name),
    // and a footprint past its limit was dropped: every open view reloads then.
    if (report.refused > 0 || !report.footprintComplete) {
        m_context->notifyChanged(ProjectContext::Everything);
        return;
    }
    // Otherwise the views update just the rows the pulled changes touched, as after an undo; a sync
    // that applied nothing (its own changes coming back, conflict notes) announces nothing.
    const ChangeFootprint &footprint = report.footprint;
    ProjectContext::Changes changes;
    if (footprint.touches("documents") || footprint.touches("cases") || footprint.touches("case_documents"))
        changes |= ProjectContext::Documents | ProjectContext::Memos;
    if (footprint.touches("codes"))
        changes |= ProjectContext::Codes | ProjectContext::Memos;
    if (footprint.touches("codings") || footprint.touches("coders"))
        changes |= ProjectContext::Codings | ProjectContext::Memos;
    if (footprint.touches("attributes") || footprint.touches("document_attributes"))
        changes |= ProjectContext::Attributes;
    if (changes)
        m_context->notifyChanged(changes, footprint);
}

void TeamSession::undoIndexChanged(int index)
{
    const int before = m_undoIndex;
    m_undoIndex = index;
    const QUndoStack *stack = m_context ? m_context->undoStack() : nullptr;
    if (!stack || stack->count() == 0) {
        m_sentBoundary = 0;
        m_nextRedo = nullptr;
        return;
    }
    // A new edit (not a redo: another command than the one that could be redone) replaced what had
    // been undone: the commands from its place on are not the ones the server has.
    const bool pushed = index > before && stack->command(index - 1) != m_nextRedo;
    m_nextRedo = index < stack->count() ? stack->command(index) : nullptr;
    if (pushed) {
        m_sentBoundary = std::min(m_sentBoundary, index - 1);
        return;
    }
    if (index < before && index < m_sentBoundary) {
        // The command undone last (at `index`) had been sent: its undo is a compensating change.
        Q_EMIT sentEditUndone(
            tr("Undone here: “%1” was already on the team server, so the undo is sent to everyone as a new change "
               "with the next sync (the other members see the edit undone, not erased).")
                .arg(stack->command(index)->text()));
    }
}

void TeamSession::checkLocalRound()
{
    if (!m_context)
        return;
    // The context's round (BlindRound: read again only when this connection has written since, once for all panes).
    BlindRound *blind = BlindRound::of(m_context);
    const std::optional<AgreementRound> round = blind->round();
    if (blind->isUnreadable())
        return;   // BlindRound tells the user
    const QString set = round ? round->set : QString();
    if (set == m_localRound)
        return;
    if (!m_localRound.isEmpty())
        m_roundActions.push_back(QString());
    if (!set.isEmpty())
        m_roundActions.push_back(set);
    m_localRound = set;
    runRoundAction();
}

void TeamSession::runRoundAction()
{
    if (m_roundTask || m_roundActions.empty() || !m_context)
        return;
    m_roundTask = new TeamTask(TeamTask::round(m_path, m_roundActions.front(), m_connectUrl), this);
    connect(m_roundTask, &TeamTask::finished, this, &TeamSession::roundTaskFinished);
}

void TeamSession::roundTaskFinished(const TeamTask::Outcome &outcome)
{
    m_roundTask = nullptr;   // deletes itself
    if (m_roundActions.empty())
        return;
    const QString set = m_roundActions.front();
    if (!outcome.error.isEmpty() && outcome.offline) {
        // Kept: tried again after the next successful sync.
        Q_EMIT serverRoundFinished(
            set.isEmpty() ? tr("The blind round is closed in this copy, but the team server could not be reached to "
                               "close it there (%1). It is closed there once the server can be reached again.")
                                .arg(outcome.error)
                          : tr("The blind round on “%1” is open in this copy, but the team server could not be reached "
                               "to open it there (%2). It is opened there once the server can be reached again.")
                                .arg(set, outcome.error),
            true);
        return;
    }
    m_roundActions.pop_front();
    if (!outcome.error.isEmpty()) {
        Q_EMIT serverRoundFinished(set.isEmpty()
                                       ? tr("The blind round is closed in this copy, but not on the team server: %1")
                                             .arg(outcome.error)
                                       : tr("The blind round on “%1” is open in this copy only, not on the team server "
                                            "(other members still see each other's codings): %2")
                                             .arg(set, outcome.error),
                                   true);
    } else if (set.isEmpty()) {
        Q_EMIT serverRoundFinished(tr("The blind round is closed on the team server: %n coding change(s) it kept "
                                      "apart now go to every member's copy.",
                                      nullptr, static_cast<int>(outcome.roundDelivered)),
                                   false);
        sync(false);
    } else {
        Q_EMIT serverRoundFinished(tr("The blind round on “%1” is open on the team server: until it is closed, coders "
                                      "see only their own codings on its %n document(s); the server enforces it.",
                                      nullptr, static_cast<int>(outcome.roundDocuments))
                                       .arg(set),
                                   false);
    }
    runRoundAction();
}

void TeamSession::refreshLocal()
{
    if (!m_context)
        return;
    team::WorkingCopy copy(m_context->project());
    if (auto waiting = copy.waitingCount())
        m_waiting = *waiting;
    if (auto count = copy.conflictCount()) {
        m_conflictCount = *count;
        if (auto newest = copy.conflicts(m_conflictCount - kShownConflicts, kShownConflicts)) {
            m_newestConflicts.clear();
            for (const team::TeamConflict &conflict : *newest)
                m_newestConflicts.append(conflict.message);
        }
    }
    Q_EMIT statusChanged();
}

QString TeamSession::statusText() const
{
    QString text;
    if (m_offline)
        text = tr("Offline");
    else if (!m_syncError.isEmpty())
        text = tr("Sync failed");
    else if (m_waiting > 0)
        text = tr("%n change(s) waiting", nullptr, static_cast<int>(m_waiting));
    else
        text = tr("Synced");
    if ((m_offline || !m_syncError.isEmpty()) && m_waiting > 0)
        text += QStringLiteral(" · ") + tr("%n change(s) waiting", nullptr, static_cast<int>(m_waiting));
    if (m_conflictCount > 0)
        text += QStringLiteral(" · ") + tr("%n conflict(s)", nullptr, static_cast<int>(m_conflictCount));
    return text;
}

QStringList TeamSession::statusToolTip() const
{
    QStringList lines;
    lines << tr("Team project at %1").arg(m_url);
    if (m_offline) {
        lines << tr("Offline: %1").arg(m_offlineReason);
        if (team::isPasswordFailure(m_offlineReason))
            lines << tr("File › Team › Sync Now asks for the password.");
    }
    if (!m_syncError.isEmpty()) {
        lines << tr("The last sync failed: %1").arg(m_syncError);
        if (team::isPasswordFailure(m_syncError))
            lines << tr("File › Team › Sync Now asks for the password.");
    }
    const QDateTime last = QDateTime::fromString(m_lastSync, Qt::ISODate);
    lines << (last.isValid() ? tr("Last sync: %1").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat))
                             : tr("Not synced yet in this copy"));
    // The newest few conflicts; `marginalia-cli team status` lists them all.
    for (const QString &conflict : m_newestConflicts)
        lines << tr("Conflict: %1").arg(conflict);
    return lines;
}

} // namespace marginalia
