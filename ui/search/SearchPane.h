#pragma once

#include "analysis/AutoCoder.h"
#include "search/SearchRunner.h"
#include "text/Segmenter.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTableView;

namespace marginalia {

class AnalysisTask;
class ProjectContext;
class SearchResultsModel;

// Search across all documents: the hits with their context, a click jumps to one, and the
// results can be auto-coded (each hit, its sentence or its paragraph) as one undoable edit.
// The search runs in a worker thread on a read-only connection of its own.
class SearchPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPane)

public:
    explicit SearchPane(ProjectContext *context, QWidget *parent = nullptr);

    // Focuses the query field with its text selected.
    void activate();
    void search();
    bool isSearching() const;
    // The units the shown results would code with the chosen unit (0 if none or failed), counted on the caller's
    // thread (tests; the pane itself counts in the background, countUnits()).
    qint64 pendingUnitCount();
    // Counts the same off the GUI thread, on a connection of its own, one document at a time, with a progress
    // dialog and Cancel once it takes a moment; `counted` runs on the GUI thread with the count unless the count was
    // cancelled or failed (the failure is reported), or the shown results changed meanwhile.
    void countUnits(const std::function<void(qint64 count)> &counted);
    bool isCounting() const;
    // Abandons a running count (as the progress dialog's Cancel does).
    void cancelCount();
    // Counts in the background, then asks for confirmation (naming the count), then auto-codes the results as one
    // undoable edit.
    void confirmAndAutoCode();
    // Auto-codes the shown results with the chosen code and unit; false if nothing was done.
    bool autoCode();

    QLineEdit *queryEdit() const { return m_query; }
    QCheckBox *caseSensitiveBox() const { return m_caseSensitive; }
    QCheckBox *wholeWordsBox() const { return m_wholeWords; }
    QComboBox *codeCombo() const { return m_code; }
    QComboBox *unitCombo() const { return m_unit; }
    QPushButton *autoCodeButton() const { return m_autoCode; }
    QTableView *view() const { return m_view; }
    SearchResultsModel *model() const { return m_model; }
    QLabel *summary() const { return m_summary; }

Q_SIGNALS:
    void jumpRequested(qint64 documentId, TextSpan span);
    // A search has ended and its results are shown (or its failure).
    void searchFinished();
    // A count of countUnits() ended: the count, or -1 when it was cancelled, failed or went stale.
    void unitsCounted(qint64 count);

private:
    void showResults(const QList<SearchResult> &results, const SearchRequest &request);
    void reloadCodes();
    void jumpToIndex(const QModelIndex &index);
    void updateActions();
    void fitRows();
    AutoCodeUnit chosenUnit() const;

    ProjectContext *m_context;
    AnalysisTask *m_task;
    AnalysisTask *m_countTask;
    QProgressDialog *m_countProgress = nullptr;
    quint64 m_resultsGeneration = 0;   // changes whenever other results are shown
    SearchResultsModel *m_model;
    QLineEdit *m_query;
    QCheckBox *m_caseSensitive;
    QCheckBox *m_wholeWords;
    QPushButton *m_searchButton;
    QLabel *m_summary;
    QTableView *m_view;
    QComboBox *m_code;
    QComboBox *m_unit;
    QPushButton *m_autoCode;
    QString m_shownQuery;   // the query whose results are shown
};

} // namespace marginalia
