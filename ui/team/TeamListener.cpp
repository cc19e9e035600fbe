#include "team/TeamListener.h"

#include "team/PgConnection.h"
#include "team/TeamServer.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>

namespace marginalia {

TeamListener::TeamListener(QObject *parent)
    : QObject(parent)
{
}

TeamListener::~TeamListener()
{
    stop();
}

void TeamListener::stop()
{
    if (!m_thread)
        return;
    m_stop->store(true);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_listening = false;
    ++m_generation;   // what it queued before it stopped is not told
}

void TeamListener::start(const QString &url)
{
    stop();
    m_stop = std::make_shared<std::atomic_bool>(false);
    QPointer<TeamListener> self(this);
    const int generation = ++m_generation;
    // Signals cross to the GUI thread through queued calls guarded by self (the listener may be gone)
    // and by the generation (a report of the thread stopped before a restart may still be queued).
    const auto tell = [self, generation](auto &&emitter) {
        QMetaObject::invokeMethod(self, [self, generation, emitter] {
            if (self && self->m_generation == generation)
                emitter(self.data());
        }, Qt::QueuedConnection);
    };
    m_thread = QThread::create([url, stop = m_stop, tell] {
        const auto pause = [&stop] {
            for (int waited = 0; waited < kRetryMs && !stop->load(); waited += kPollMs)
                QThread::msleep(kPollMs);
        };
        while (!stop->load()) {
            bool unreachable = false;
            auto connection = team::PgConnection::connect(url, &unreachable);
            if (!connection) {
                tell([reason = connection.error(), unreachable](TeamListener *l) {
                    l->m_listening = false;
                    Q_EMIT l->disconnected(reason, unreachable);
                });
                pause();
                continue;
            }
            team::TeamServer server(**connection);
            if (auto listening = server.listen(); !listening) {
                tell([reason = listening.error(), lost = (*connection)->lostConnection()](TeamListener *l) {
                    l->m_listening = false;
                    Q_EMIT l->disconnected(reason, lost);
                });
                pause();
                continue;
            }
            tell([](TeamListener *l) { l->m_listening = true; Q_EMIT l->connected(); });
            while (!stop->load()) {
                auto heard = (*connection)->waitForNotification(kPollMs);
                if (!heard) {
                    tell([reason = heard.error(), lost = (*connection)->lostConnection()](TeamListener *l) {
                        l->m_listening = false;
                        Q_EMIT l->disconnected(reason, lost);
                    });
                    break;
                }
                if (*heard)
                    tell([](TeamListener *l) { Q_EMIT l->changesAnnounced(); });
            }
            if (!stop->load())
                pause();
        }
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace marginalia
