#pragma once

#include "memos/MemoWriter.h"
#include "project/MemoStore.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace marginalia {

class AnalysisTask;
class MemoListModel;
class ProjectContext;

// All memos in one list, filtered as you type (any column); double-click or Enter jumps to
// the memo's document, code or coding. Export… writes every memo (with the coded passages and their citations) as
// CSV, Markdown or HTML, in a background task on its own connection, through an AtomicFile.
class MemosPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemosPane)

public:
    explicit MemosPane(ProjectContext *context, QWidget *parent = nullptr);

    MemoListModel *model() const { return m_model; }
    QSortFilterProxyModel *filterModel() const { return m_filter; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QTableView *view() const { return m_view; }
    QToolButton *exportButton() const { return m_exportButton; }

    // Asks where to save (beside the project) and exports every memo in that format.
    void exportMemos(marginalia::MemoFormat format);
    // Exports every memo to path now (in the background; exportFinished follows).
    void exportTo(marginalia::MemoFormat format, const QString &path);
    // Where the save dialog starts: the project's folder, "<project file's name>-memos.<suffix>".
    QString suggestedExportPath(marginalia::MemoFormat format) const;
    bool isExporting() const;
    // The labels of an export, in the interface language.
    static MemoLabels translatedLabels();

Q_SIGNALS:
    void memoActivated(const marginalia::MemoEntry &entry);
    // An export ended: error empty on success, with the number of memos written.
    void exportFinished(const QString &path, qint64 memos, const QString &error);

private:
    void updateSummary();

    ProjectContext *m_context;
    MemoListModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_filterEdit;
    QLabel *m_summary;
    QTableView *m_view;
    QToolButton *m_exportButton;
    AnalysisTask *m_exportTask;
};

} // namespace marginalia
