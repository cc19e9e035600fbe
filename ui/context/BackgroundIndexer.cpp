#include "context/BackgroundIndexer.h"

#include "project/Project.h"
#include "search/SearchIndexer.h"

#include <QDateTime>
#include <QMetaObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

namespace marginalia {

BackgroundIndexer::BackgroundIndexer(const QString &projectPath, QObject *parent)
    : QObject(parent)
    , m_path(projectPath)
    , m_lastEdit(std::make_shared<std::atomic<qint64>>(0))
{
}

void BackgroundIndexer::noteEdit()
{
    m_lastEdit->store(QDateTime::currentMSecsSinceEpoch());
}

BackgroundIndexer::~BackgroundIndexer()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundIndexer::start()
{
    if (m_thread) {
        m_again = true;
        return;
    }
    m_again = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_outcome = std::make_shared<Outcome>();
    QPointer<BackgroundIndexer> self(this);
    m_thread = QThread::create([path = m_path, cancel = m_cancel, outcome = m_outcome, lastEdit = m_lastEdit, self] {
        auto project = Project::open(path);
        if (!project) {
            outcome->error = project.error();
            return;
        }
        SearchIndexer indexer(**project);
        indexer.setGate([lastEdit](qint64 characters) {
            return characters < kLongDocumentCharacters
                   || QDateTime::currentMSecsSinceEpoch() - lastEdit->load() >= kQuietMs;
        });
        auto waiting = indexer.pending();
        if (!waiting || waiting->documentsTotal == 0) {
            if (!waiting)
                outcome->error = waiting.error();
            return;
        }
        auto report = indexer.indexPending([&](const IndexingProgress &progress) {
            if (cancel->load())
                return false;   // stopped: no more progress to show
            QMetaObject::invokeMethod(self, [self, progress] {
                if (self)
                    Q_EMIT self->progressChanged(progress.charactersDone, progress.charactersTotal);
            }, Qt::QueuedConnection);
            return true;
        });
        if (!report)
            outcome->error = report.error();
        else
            outcome->postponed = report->postponed;
    });
    connect(m_thread, &QThread::finished, this, &BackgroundIndexer::threadFinished);
    m_thread->start(QThread::LowPriority);
}

void BackgroundIndexer::stop()
{
    m_again = false;
    if (m_cancel)
        m_cancel->store(true);
}

void BackgroundIndexer::threadFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const Outcome outcome = *m_outcome;
    // A start() since the run began (stop() clears the wish, a start() after it sets it again): documents came
    // meanwhile. The run's own cancel flag does not say no to it; asking that dropped a start() that came after a Stop
    // while the stopped run was still ending, and those documents waited for the index until some later start.
    if (m_again) {
        start();
        return;
    }
    // A failure is most often another writer holding the project past the busy timeout (a long
    // import in another process, say): try again a little later, a few times, before telling the user.
    if (!outcome.error.isEmpty() && !m_cancel->load() && m_retries < kMaxRetries) {
        ++m_retries;
        QTimer::singleShot(kRetryMs, this, &BackgroundIndexer::start);
        return;
    }
    m_retries = 0;
    // Long documents held back while someone edits: looked at again after a pause.
    if (outcome.postponed > 0 && !m_cancel->load())
        QTimer::singleShot(kQuietMs, this, &BackgroundIndexer::start);
    Q_EMIT finished(outcome.error);
}

} // namespace marginalia
