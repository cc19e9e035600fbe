#include "mainwindow/IndexingStatus.h"

#include "context/BackgroundIndexer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace marginalia {

IndexingStatus::IndexingStatus(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_stop(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Indexing for search"), this);
    layout->addWidget(label);
    m_bar->setRange(0, 1000);
    m_bar->setMaximumWidth(140);
    m_bar->setTextVisible(false);
    layout->addWidget(m_bar);
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop indexing; searches still find everything, more slowly, until it is finished"));
    m_stop->setAutoRaise(true);
    layout->addWidget(m_stop);
    connect(m_stop, &QToolButton::clicked, this, [this] {
        if (m_indexer)
            m_indexer->stop();
        hide();
    });
    hide();
}

void IndexingStatus::setIndexer(BackgroundIndexer *indexer)
{
    if (m_indexer)
        disconnect(m_indexer, nullptr, this, nullptr);
    m_indexer = indexer;
    hide();
    if (!indexer)
        return;
    connect(indexer, &BackgroundIndexer::progressChanged, this, &IndexingStatus::showProgress);
    connect(indexer, &BackgroundIndexer::finished, this, &QWidget::hide);
}

void IndexingStatus::showProgress(qint64 done, qint64 total)
{
    m_bar->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    setVisible(done < total);
}

} // namespace marginalia
