#pragma once

#include "analysis/Adjudication.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace marginalia {

class AnalysisTask;
class ProjectContext;

// Steps through the disagreements of two coders (Adjudication::items), side by side with each coder's spans in
// their context, and settles each into the codings of a consensus coder: coder A, coder B, both, neither or an
// edited span. Start copies what both coded alike and saves the agreement before adjudication; every choice is one
// undoable, journaled edit. Below: the agreement before (saved) and, after every change, each coder's agreement
// with the consensus (computed off the GUI thread).
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

    const QList<AdjudicationItem> &items() const { return m_items; }
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

private:
    Adjudication adjudication();
    QList<qint64> chosenDocuments();
    void reloadCoders();
    void reloadItems();
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
    AnalysisTask *m_task;
    QList<AdjudicationItem> m_items;
    QString m_loadError;   // why the disagreements could not be read, shown in their place
    int m_current = -1;
};

} // namespace marginalia
