#pragma once

#include <QPointer>
#include <QWidget>

class QProgressBar;
class QToolButton;

namespace marginalia {

class BackgroundIndexer;

// The status-bar sign of the background search indexer: how far it is, and a button to stop it
// (the rest is indexed the next time documents arrive or the project is opened). Hidden when idle.
class IndexingStatus final : public QWidget
{
    Q_OBJECT

public:
    explicit IndexingStatus(QWidget *parent = nullptr);

    void setIndexer(BackgroundIndexer *indexer);

private:
    void showProgress(qint64 done, qint64 total);

    QPointer<BackgroundIndexer> m_indexer;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_stop = nullptr;
};

} // namespace marginalia
