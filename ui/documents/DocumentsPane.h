#pragma once

#include <QWidget>

class QComboBox;
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

Q_SIGNALS:
    void documentActivated(qint64 documentId);
    void currentDocumentChanged(qint64 documentId);
    void contextMenuRequested(const QPoint &globalPos);

private:
    void updateGroupings();

    DocumentListModel *m_model;
    DocumentFilterModel *m_proxy;
    QComboBox *m_grouping;
    QLineEdit *m_filter;
    QTreeView *m_view;
};

} // namespace marginalia
