#include "compare/CompareWindow.h"

#include "compare/AgreementTab.h"
#include "compare/AnalysisTask.h"
#include "compare/CooccurrenceTab.h"
#include "compare/MatrixTab.h"
#include "compare/PassagesDialog.h"
#include "compare/WordsTab.h"
#include "context/ProjectContext.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace marginalia {

CompareWindow::CompareWindow(ProjectContext *context, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
    , m_tabs(new QTabWidget(this))
    , m_matrix(new MatrixTab(context, this))
    , m_cooccurrence(new CooccurrenceTab(context, this))
    , m_words(new WordsTab(context, this))
    , m_agreement(new AgreementTab(context, this))
    , m_busy(new QProgressBar(this))
    , m_busyLabel(new QLabel(tr("Computing…"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_busyDelay(new QTimer(this))
    , m_progressTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("compareWindow"));
    setWindowTitle(tr("Compare — %1").arg(QFileInfo(context->path()).completeBaseName()));
    addTab(m_matrix, tr("&Matrix"));
    addTab(m_cooccurrence, tr("C&o-occurrence"));
    addTab(m_words, tr("&Word Frequencies"));
    addTab(m_agreement, tr("&Agreement"));
    connect(m_agreement, &AgreementTab::jumpRequested, this, &CompareWindow::jumpRequested);

    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(200);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(300);   // quick computations do not flash the bar
    connect(m_busyDelay, &QTimer::timeout, this, [this] {
        const bool busy = isBusy();
        for (QWidget *widget : {static_cast<QWidget *>(m_busy), static_cast<QWidget *>(m_busyLabel),
                                static_cast<QWidget *>(m_cancel)})
            widget->setVisible(busy);
    });
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &CompareWindow::showProgress);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        for (CompareTab *tab : std::initializer_list<CompareTab *>{m_matrix, m_cooccurrence, m_words, m_agreement})
            tab->task()->cancel();
    });
    auto *status = new QHBoxLayout;
    status->addStretch(1);
    status->addWidget(m_busyLabel);
    status->addWidget(m_busy);
    status->addWidget(m_cancel);
    for (QWidget *widget : {static_cast<QWidget *>(m_busy), static_cast<QWidget *>(m_busyLabel),
                            static_cast<QWidget *>(m_cancel)})
        widget->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(status);
    resize(1100, 680);

    for (CompareTab *tab : std::initializer_list<CompareTab *>{m_matrix, m_cooccurrence, m_words, m_agreement})
        tab->reloadNow();
}

void CompareWindow::addTab(CompareTab *tab, const QString &title)
{
    m_tabs->addTab(tab, title);
    connect(tab, &CompareTab::passagesRequested, this, &CompareWindow::showPassages);
    connect(tab, &CompareTab::failed, this, &CompareWindow::failed);
    connect(tab->task(), &AnalysisTask::started, this, &CompareWindow::updateBusy);
    connect(tab->task(), &AnalysisTask::finished, this, &CompareWindow::updateBusy);
}

PassagesDialog *CompareWindow::passagesDialog() const
{
    return m_passages.data();
}

bool CompareWindow::isBusy() const
{
    for (CompareTab *tab : std::initializer_list<CompareTab *>{m_matrix, m_cooccurrence, m_words, m_agreement}) {
        if (tab->task()->isRunning())
            return true;
    }
    return false;
}

void CompareWindow::updateBusy()
{
    if (isBusy()) {
        if (!m_busy->isVisible() && !m_busyDelay->isActive())
            m_busyDelay->start();
        if (!m_progressTimer->isActive())
            m_progressTimer->start();
        return;
    }
    m_busyDelay->stop();
    m_progressTimer->stop();
    m_busy->setRange(0, 0);
    for (QWidget *widget : {static_cast<QWidget *>(m_busy), static_cast<QWidget *>(m_busyLabel),
                            static_cast<QWidget *>(m_cancel)})
        widget->hide();
}

void CompareWindow::showProgress()
{
    // The first running tab that says how far it is (several rarely run at once: the bar is one).
    for (CompareTab *tab : std::initializer_list<CompareTab *>{m_matrix, m_cooccurrence, m_words, m_agreement}) {
        const double done = tab->task()->progress();
        if (done >= 0) {
            m_busy->setRange(0, 1000);
            m_busy->setValue(static_cast<int>(done * 1000));
            return;
        }
    }
    m_busy->setRange(0, 0);
}

void CompareWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

void CompareWindow::showPassages(const QString &title, const QList<Passage> &passages)
{
    if (m_passages)
        m_passages->close();
    m_passages = new PassagesDialog(title, passages, this);
    m_passages->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_passages, &PassagesDialog::jumpRequested, this, &CompareWindow::jumpRequested);
    m_passages->show();
}

} // namespace marginalia
