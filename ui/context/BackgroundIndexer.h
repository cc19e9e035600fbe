#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace marginalia {

// Brings the project's search index up to date on a thread of its own, with its own connection,
// whenever documents arrive (an import, a merge, an undone deletion) and when a project opens with
// documents still waiting. The GUI stays responsive: the indexer commits in small batches, so an
// edit waits at most a fraction of a second for the write lock. Searches are exact meanwhile
// (they read waiting documents directly); they only get faster once it is done.
class BackgroundIndexer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundIndexer)

public:
    explicit BackgroundIndexer(const QString &projectPath, QObject *parent = nullptr);
    ~BackgroundIndexer() override;   // stops after the batch under way

    bool isRunning() const { return m_thread != nullptr; }
    // Someone edited the project just now: long documents wait until editing pauses.
    void noteEdit();

public Q_SLOTS:
    // Starts (or, when running, runs once more afterwards, for documents that came meanwhile).
    void start();
    // Stops after the batch under way; the rest waits for the next start().
    void stop();

Q_SIGNALS:
    void progressChanged(qint64 charactersDone, qint64 charactersTotal);
    // Done, stopped or failed; message is empty unless it failed.
    void finished(const QString &message);

private:
    struct Outcome
    {
        QString error;
        qint64 postponed = 0;   // long documents left for a pause in editing
    };
    void threadFinished();

    static constexpr int kMaxRetries = 5;
    static constexpr int kRetryMs = 3000;
    // A document of a million characters takes a few tenths of a second to index, one of ten
    // million several seconds, all in one transaction: an edit meanwhile would wait for it. Such
    // documents are indexed only once nobody has edited for kQuietMs.
    static constexpr qint64 kLongDocumentCharacters = 1'000'000;
    static constexpr int kQuietMs = 4000;

    QString m_path;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<Outcome> m_outcome;
    std::shared_ptr<std::atomic<qint64>> m_lastEdit;   // ms since the epoch, read by the thread
    bool m_again = false;
    int m_retries = 0;
};

} // namespace marginalia
