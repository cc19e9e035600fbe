#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace marginalia {

class DocumentFilterModel;
class DocumentListModel;

// The project's documents: a grouping combo (none, site, kind or any attribute), a filter box
// (matching names and attribute values) and the list.
class DocumentsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentsPane)

public:
    DocumentsPane(DocumentListModel *model, QWidget *parent = nullptr);

    qint64 currentDocumentId() const;
    void selectDocument(qint64 documentId);
    QTreeView *view() const { return m_view; }
    QComboBox *groupingCombo() const { return m_grouping; }
    QLineEdit *filterEdit() const { return m_filter; }
    // While the project has no documents, the list gives way to a text saying what to do next, with these
    // commands (the File menu's) as links.
    void setEmptyProjectActions(QAction *import, QAction *demo);

Q_SIGNALS:
    void documentActivated(qint64 documentId);
    void currentDocumentChanged(qint64 documentId);
    void contextMenuRequested(const QPoint &globalPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateGroupings();
    void updateEmptyHint();
    void fitColumns();
    // The columns beside the name fit their widest cells: measured all after a reload; after an edit only the
    // changed rows (under parent; a group's documents too), which can widen a column but not narrow it.
    void measureAllCells();
    // WithDocuments: a group row's documents are measured with it (rows inserted, a reload); RowOnly: the rows alone
    // (a changed row: a group's total changes with each coding of one of its documents).
    enum class MeasureGroups { WithDocuments, RowOnly };
    void measureCells(const QModelIndex &parent, int first, int last, MeasureGroups groups = MeasureGroups::WithDocuments);
    void widenColumns();

    DocumentListModel *m_model;
    DocumentFilterModel *m_proxy;
    QComboBox *m_grouping;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_emptyHint;
    QAction *m_importAction = nullptr;
    QAction *m_demoAction = nullptr;
    int m_longestName = -1;   // the widest document name in pixels; -1: to be measured
    QList<int> m_cellWidths;   // per column, the widest cell measured since the last reload (measureAllCells)
};

} // namespace marginalia
