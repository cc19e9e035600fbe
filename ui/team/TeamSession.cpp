#include "team/TeamSession.h"

#include "context/ProjectContext.h"
#include "team/PgConnection.h"
#include "team/TeamListener.h"
#include "team/WorkingCopy.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

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
    connect(m_listener, &TeamListener::disconnected, this, [this](const QString &reason) {
        m_offline = true;
        m_offlineReason = reason;
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
    refreshLocal();
    if (!m_url.isEmpty())
        m_listener->start(m_connectUrl);
}

TeamSession::~TeamSession()
{
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
    } else if (team::isConnectionFailure(outcome.error)) {
        m_offline = true;
        m_offlineReason = outcome.error;
    } else {
        m_syncError = outcome.error;   // reached the server, but the work failed: not "offline"
    }
    if (m_context) {
        auto binding = team::WorkingCopy(m_context->project()).binding();
        if (binding && *binding)
            m_lastSync = (*binding)->lastSync;
    }
    refreshLocal();
    Q_EMIT syncFinished(outcome.error, outcome.sync, userAsked);
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
    if (!m_syncError.isEmpty())
        lines << tr("The last sync failed: %1").arg(m_syncError);
    const QDateTime last = QDateTime::fromString(m_lastSync, Qt::ISODate);
    lines << (last.isValid() ? tr("Last sync: %1").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat))
                             : tr("Not synced yet in this copy"));
    // The newest few conflicts; `marginalia-cli team status` lists them all.
    for (const QString &conflict : m_newestConflicts)
        lines << tr("Conflict: %1").arg(conflict);
    return lines;
}

} // namespace marginalia
