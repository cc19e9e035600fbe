#pragma once

#include "project/MemoStore.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace marginalia {

class MemoListModel;
class ProjectContext;

// All memos in one list, filtered as you type (any column); double-click or Enter jumps to
// the memo's document, code or coding.
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

Q_SIGNALS:
    void memoActivated(const marginalia::MemoEntry &entry);

private:
    void updateSummary();

    MemoListModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_filterEdit;
    QLabel *m_summary;
    QTableView *m_view;
};

} // namespace marginalia
