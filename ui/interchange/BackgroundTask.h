#pragma once

#include "refiqda/RefiQda.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace marginalia {

// Runs one piece of long work off the GUI thread, with a progress dialog and Cancel. The work
// gets a progress callback (thread-safe; it returns false once the user has cancelled) and the
// cancel flag; it must open its own Project connection if it needs one. When it has finished,
// done() runs on the GUI thread.
class BackgroundTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundTask)

public:
    using Work = std::function<void(const InterchangeProgressCallback &progress, const std::atomic_bool &cancel)>;
    using Done = std::function<void(bool cancelled)>;

    BackgroundTask(QWidget *window, QObject *parent = nullptr);
    // Cancels running work and waits for it; done() is not called then.
    ~BackgroundTask() override;

    // Starts work unless some is running already (then false).
    bool start(const QString &title, const QString &label, Work work, Done done);
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void finished();

private:
    void onThreadFinished();

    QPointer<QWidget> m_window;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic_bool> m_cancel;
    Done m_done;
};

} // namespace marginalia
