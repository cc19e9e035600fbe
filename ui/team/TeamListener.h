#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace marginalia {

// Listens to the team server on a thread of its own (PostgreSQL LISTEN/NOTIFY, as `team watch` does)
// and says when another member has pushed changes, so that the window pulls them at once. When the
// server cannot be reached it says why and tries again every few seconds.
class TeamListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamListener)

public:
    explicit TeamListener(QObject *parent = nullptr);
    ~TeamListener() override;   // stops within a quarter of a second (or libpq's connect timeout)

    // (Re)starts listening at url (with the session's password, if any).
    void start(const QString &url);
    void stop();
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    // Connected and listening: a sync now catches up with what was missed.
    void connected();
    // Someone pushed changes.
    void changesAnnounced();
    // Listening failed (the core's sentence); it is tried again by itself. unreachable: for want of the
    // server (out of reach, or the connection lost), as PgConnection tells it; false for anything else
    // (a refused password, a database that is not the project's), which trying again does not mend.
    void disconnected(const QString &reason, bool unreachable);

private:
    static constexpr int kPollMs = 250;
    static constexpr int kRetryMs = 5000;

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_stop;
    bool m_listening = false;
    int m_generation = 0;   // which start() a queued report belongs to: those of an earlier one are dropped
};

} // namespace marginalia
