#include "memos/MemosPane.h"

#include "memos/MemoListModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace marginalia {

MemosPane::MemosPane(ProjectContext *context, QWidget *parent)
    : QWidget(parent)
    , m_model(new MemoListModel(context, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("memosPane"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filterEdit->setObjectName(QStringLiteral("memosFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter memos"));
    m_filterEdit->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("memosView"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(MemoListModel::OwnerColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(MemoListModel::MemoColumn, QHeaderView::Stretch);
    // The object and the memo share what is left (elided, in full in their tooltips), so that neither is
    // squeezed out of a narrow dock.
    m_view->horizontalHeader()->setSectionResizeMode(MemoListModel::ObjectColumn, QHeaderView::Stretch);

    // Wrapped to the dock's width: on one line “No memos yet. …” made the dock 650 px wide in German.
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MemosPane::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MemosPane::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MemosPane::updateSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MemosPane::updateSummary);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const MemoEntry *entry = m_model->entry(m_filter->mapToSource(index)))
            Q_EMIT memoActivated(*entry);
    });
    updateSummary();
}

void MemosPane::updateSummary()
{
    if (m_model->rowCount() == 0)
        m_summary->setText(tr("No memos yet. Write one in the Memo panel for a document, code or coding."));
    else
        m_summary->setText(tr("%n memo(s) shown", nullptr, m_filter->rowCount()) + QStringLiteral(" · ")
                           + tr("double-click one to go to it"));
}

} // namespace marginalia
