#include "interchange/BackgroundTask.h"

#include <QMetaObject>
#include <QProgressDialog>
#include <QThread>

#include <algorithm>

namespace marginalia {

BackgroundTask::BackgroundTask(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_cancel->store(true);
        disconnect(m_thread, nullptr, this, nullptr);
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    delete m_progress;
}

bool BackgroundTask::start(const QString &title, const QString &label, Work work, Done done)
{
    if (m_thread)
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_done = std::move(done);
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(title);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    QProgressDialog *dialog = m_progress;
    connect(dialog, &QProgressDialog::canceled, this, [cancel = m_cancel, dialog] {
        cancel->store(true);
        dialog->setLabelText(tr("Cancelling…"));
    });

    QPointer<QProgressDialog> progressDialog = m_progress;
    auto cancel = m_cancel;
    InterchangeProgressCallback progress = [progressDialog, cancel](const InterchangeProgress &step) {
        if (step.total > 0) {
            const int permille = static_cast<int>(std::clamp<qint64>(step.done * 1000 / step.total, 0, 1000));
            QMetaObject::invokeMethod(progressDialog, [progressDialog, permille] {
                if (!progressDialog)
                    return;
                if (progressDialog->maximum() != 1000)
                    progressDialog->setRange(0, 1000);
                progressDialog->setValue(permille);
            }, Qt::QueuedConnection);
        }
        return !cancel->load();
    };
    m_thread = QThread::create([work = std::move(work), progress, cancel] { work(progress, *cancel); });
    connect(m_thread, &QThread::finished, this, &BackgroundTask::onThreadFinished);
    m_thread->start();
    return true;
}

void BackgroundTask::onThreadFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    const bool cancelled = m_cancel->load();
    Done done = std::move(m_done);
    m_done = {};
    if (done)
        done(cancelled);
    Q_EMIT finished();
}

} // namespace marginalia
