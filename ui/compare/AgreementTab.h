#pragma once

#include "compare/AgreementModel.h"
#include "compare/CompareTab.h"
#include "compare/DisagreementModel.h"
#include "text/Segmenter.h"

#include <atomic>
#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace marginalia {

// Inter-coder agreement of the chosen coders per code, on a chosen unit (character, sentence, paragraph, document,
// segment matched by overlap), over all documents or a named set: every statistic, Krippendorff's alpha with its
// bootstrap interval and threshold chances, unitizing alpha, the definitions, and the disagreements for review.
// Double-clicking a code lists its disagreements; double-clicking a disagreement jumps to it. The computation shows
// its progress and can be cancelled. "Copy Methods Paragraph" puts the CLI's --methods text on the clipboard;
// "Export Reliability Data…" writes the matrix the CLI's --reliability-data writes.
class AgreementTab final : public CompareTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementTab)

public:
    explicit AgreementTab(ProjectContext *context, QWidget *parent = nullptr);

    QTableView *table() const override;
    AgreementModel *model() const { return m_model; }
    DisagreementModel *disagreementModel() const { return m_disagreementModel; }
    QTableView *agreementView() const { return m_view; }
    QTableView *disagreementView() const { return m_disagreementView; }
    QListWidget *coderList() const { return m_coders; }
    QComboBox *unitCombo() const { return m_unit; }
    QDoubleSpinBox *overlapSpin() const { return m_overlap; }
    QSpinBox *drawsSpin() const { return m_draws; }
    QComboBox *documentSetCombo() const { return m_documentSet; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *summaryLabel() const { return m_summary; }
    // Checks exactly these coders (and recomputes).
    void chooseCoders(const QStringList &coders);
    QStringList chosenCoders() const;
    // Compares only the documents of this named set ("" for all documents), and recomputes.
    void chooseDocumentSet(const QString &set);
    QList<Passage> passagesAt(const QModelIndex &index);
    // The methods paragraph of the result shown (as `agreement --methods` prints it); empty when none is shown.
    QString methodsText() const;
    // Writes the reliability data of the current choices to path (and its .units.csv sibling) off the GUI thread;
    // exported() tells how it went. Refused at the character unit (one row per character).
    void exportReliabilityData(const QString &path);

Q_SIGNALS:
    void jumpRequested(qint64 documentId, TextSpan span);
    // The export ended: ok, and a sentence for the user.
    void exported(bool ok, const QString &message);

protected:
    void reload() override;
    void reloadChoices() override;

private:
    AgreementOptions currentOptions() const;
    void updateControls();
    void copyMethods();
    void chooseExportFile();

    AgreementModel *m_model;
    DisagreementModel *m_disagreementModel;
    QTableView *m_view;
    QTableView *m_disagreementView;
    QListWidget *m_coders;
    QComboBox *m_unit;
    QDoubleSpinBox *m_overlap;
    QSpinBox *m_draws;
    QComboBox *m_documentSet;
    QLabel *m_summary;
    QLabel *m_definitions;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_copyMethods;
    QPushButton *m_export;
    QTimer *m_progressTimer;
    AnalysisTask *m_exportTask;
    // Written by the worker, read by m_progressTimer on the GUI thread.
    struct Progress
    {
        std::atomic<qint64> step = 0;
        std::atomic<qint64> steps = 0;
    };
    std::shared_ptr<Progress> m_running;
};

} // namespace marginalia
