#pragma once

#include "analysis/Adjudication.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QProgressBar;
class QTimer;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace marginalia {

class AnalysisTask;
class ProjectContext;

// Steps through the open disagreements of two coders (Adjudication::items without a consensus decision), side by
// side with each coder's spans in their context, and settles each into the codings of a consensus coder: coder A,
// coder B, both, neither or an edited span. Start copies what both coded alike and saves the agreement before
// adjudication; every choice is one undoable, journaled edit. The disagreements are read off the GUI thread (with
// progress and Cancel) when the coders, the documents or the project change; a decision only takes its
// disagreement off the list. ("Neither" leaves no consensus coding, so when the list is read again such a
// disagreement is open again: the data cannot tell it from an undecided one.) Below: the agreement before (saved)
// and, after every change, each coder's agreement with the consensus (computed off the GUI thread).
class AdjudicationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdjudicationDialog)

public:
    explicit AdjudicationDialog(ProjectContext *context, QWidget *parent = nullptr);

    QComboBox *coderACombo() const { return m_coderA; }
    QComboBox *coderBCombo() const { return m_coderB; }
    QLineEdit *consensusEdit() const { return m_consensus; }
    QComboBox *documentSetCombo() const { return m_documentSet; }
    QTextBrowser *textA() const { return m_textA; }
    QTextBrowser *textB() const { return m_textB; }
    QLabel *positionLabel() const { return m_position; }
    QLabel *beforeLabel() const { return m_before; }
    QLabel *afterLabel() const { return m_after; }
    QSpinBox *editedFromSpin() const { return m_editedFrom; }
    QSpinBox *editedToSpin() const { return m_editedTo; }
    QPushButton *choiceButton(AdjudicationChoice choice) const;

    // The open disagreements (none while they are being read).
    const QList<AdjudicationItem> &items() const { return m_items; }
    bool isLoading() const;
    QProgressBar *loadProgress() const { return m_loadProgress; }
    QPushButton *cancelLoadButton() const { return m_cancelLoad; }
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);

    // Copies the agreed codings and saves the baseline (one undo step); false if it failed (the user was told).
    bool start();
    // Settles the current item (one undo step) and moves to the next; the edited span from the spin boxes.
    bool decide(AdjudicationChoice choice);

Q_SIGNALS:
    void jumpRequested(qint64 documentId, marginalia::TextSpan span);
    // The agreement after adjudication was shown (afterLabel()).
    void agreementShown();
    // The disagreements were read (items()), or could not be (positionLabel() says why).
    void itemsLoaded();

private:
    Adjudication adjudication();
    QList<qint64> chosenDocuments();
    void reloadCoders();
    void reloadItems();   // off the GUI thread; showCurrent() when done
    void cancelLoading();
    void settled(int index);
    void showCurrent();
    void showBaseline();
    void computeAfter();
    QString spansInContext(const QString &text, const AdjudicationItem &item, const QList<TextSpan> &spans) const;

    ProjectContext *m_context;
    QComboBox *m_coderA;
    QComboBox *m_coderB;
    QLineEdit *m_consensus;
    QComboBox *m_documentSet;
    QPushButton *m_start;
    QLabel *m_position;
    QLabel *m_labelA;
    QLabel *m_labelB;
    QTextBrowser *m_textA;
    QTextBrowser *m_textB;
    QSpinBox *m_editedFrom;
    QSpinBox *m_editedTo;
    QList<QPushButton *> m_choices;   // by AdjudicationChoice
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_jump;
    QLabel *m_before;
    QLabel *m_after;
    QProgressBar *m_loadProgress;
    QPushButton *m_cancelLoad;
    QTimer *m_progressTimer;
    AnalysisTask *m_task;
    AnalysisTask *m_loadTask;
    std::shared_ptr<std::atomic<qint64>> m_codingsRead;
    bool m_editing = false;   // our own edit is running: its change notice needs no reload
    QList<AdjudicationItem> m_items;
    QString m_loadError;   // why the disagreements could not be read, shown in their place
    int m_current = -1;
};

} // namespace marginalia
