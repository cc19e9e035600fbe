#include "documents/DocumentsPane.h"

#include "documents/DocumentFilterModel.h"
#include "documents/DocumentListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace marginalia {

DocumentsPane::DocumentsPane(DocumentListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new DocumentFilterModel(this))
    , m_grouping(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("documentsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setSectionResizeMode(DocumentListModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);

    m_grouping->setToolTip(tr("Group the documents by an attribute"));
    m_filter->setPlaceholderText(tr("Filter by name or attribute"));
    m_filter->setClearButtonEnabled(true);
    updateGroupings();

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        m_view->expandAll();
    });
    connect(m_grouping, &QComboBox::activated, this, [this](int index) {
        m_model->setGrouping(m_grouping->itemData(index).toString());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateGroupings();
        m_view->setRootIsDecorated(!m_model->grouping().isEmpty());
        m_view->expandAll();
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->documentId(m_proxy->mapToSource(index)))
            Q_EMIT documentActivated(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (const qint64 id = m_model->documentId(m_proxy->mapToSource(current)))
            Q_EMIT currentDocumentChanged(id);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { Q_EMIT contextMenuRequested(m_view->viewport()->mapToGlobal(pos)); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_grouping);
    top->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
}

void DocumentsPane::updateGroupings()
{
    const QString current = m_model->grouping();
    m_grouping->clear();
    m_grouping->addItem(tr("No grouping"), QString());
    for (const QString &name : m_model->attributeNames())
        m_grouping->addItem(tr("By %1").arg(name), name);
    m_grouping->setCurrentIndex(qMax(0, m_grouping->findData(current)));
}

qint64 DocumentsPane::currentDocumentId() const
{
    return m_model->documentId(m_proxy->mapToSource(m_view->currentIndex()));
}

void DocumentsPane::selectDocument(qint64 documentId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(documentId));
    if (!index.isValid())
        return;
    const QSignalBlocker blocker(m_view->selectionModel());
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

} // namespace marginalia
