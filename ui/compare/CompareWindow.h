#pragma once

#include "compare/PassagesModel.h"
#include "text/Segmenter.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTimer;

namespace marginalia {

class AgreementTab;
class CompareTab;
class CooccurrenceTab;
class MatrixTab;
class PassagesDialog;
class ProjectContext;
class WordsTab;

// The Compare view, a window of its own: the code × site matrix with its chart, co-occurrences, word frequencies
// and inter-coder agreement. Each tab computes off the GUI thread (a busy bar with Cancel shows while it does);
// every number leads to its passages, and from a passage to the document.
class CompareWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareWindow)

public:
    enum Tab { MatrixPage, CooccurrencePage, WordsPage, AgreementPage };

    explicit CompareWindow(ProjectContext *context, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    MatrixTab *matrixTab() const { return m_matrix; }
    CooccurrenceTab *cooccurrenceTab() const { return m_cooccurrence; }
    WordsTab *wordsTab() const { return m_words; }
    AgreementTab *agreementTab() const { return m_agreement; }
    // The passages dialog shown last (null once closed).
    PassagesDialog *passagesDialog() const;
    // True while any tab computes.
    bool isBusy() const;
    // The bar shown while a tab computes: a fraction done when the tab's work says how far it is (Word
    // Frequencies), else busy.
    QProgressBar *busyBar() const { return m_busy; }
    void showTab(Tab tab);

Q_SIGNALS:
    void jumpRequested(qint64 documentId, TextSpan span);
    void failed(const QString &message);

private:
    void showPassages(const QString &title, const QList<marginalia::Passage> &passages);
    void updateBusy();
    void showProgress();
    void addTab(CompareTab *tab, const QString &title);

    ProjectContext *m_context;
    QTabWidget *m_tabs;
    MatrixTab *m_matrix;
    CooccurrenceTab *m_cooccurrence;
    WordsTab *m_words;
    AgreementTab *m_agreement;
    QProgressBar *m_busy;
    QLabel *m_busyLabel;
    QPushButton *m_cancel;
    QTimer *m_busyDelay;
    QTimer *m_progressTimer;
    QPointer<PassagesDialog> m_passages;
};

} // namespace marginalia
