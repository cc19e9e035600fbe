#include "documents/DocumentsPane.h"

#include "documents/DocumentFilterModel.h"
#include "documents/DocumentListModel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOptionViewItem>
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
    , m_emptyHint(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("documentsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // Numbers and attribute values in full; the name gets the room left beside the numbers (elided, the
    // tooltip has it whole), so that the counts stay in view in a narrow dock. fitColumns() follows resizes.
    // The widths are measured here (measureCells), not by ResizeToContents, which measures every row again at
    // each changed count: with thousands of documents that made each coding slow.
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(false);
    m_view->viewport()->installEventFilter(this);
    // Never narrower than its column headers: on a 1024-pixel-wide screen the dock was squeezed until "Dokument"
    // was cut (the main window then gives the text a little less).
    int headers = 0;
    for (int column : {int(DocumentListModel::NameColumn), int(DocumentListModel::CharactersColumn),
                       int(DocumentListModel::CodingsColumn)})
        headers += m_view->header()->sectionSizeHint(column);
    m_view->setMinimumWidth(headers + 2 * m_view->frameWidth()
                            + m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view));

    m_emptyHint->setObjectName(QStringLiteral("documentsEmptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_emptyHint->setMargin(8);
    m_emptyHint->setTextFormat(Qt::RichText);
    m_emptyHint->hide();
    connect(m_emptyHint, &QLabel::linkActivated, this, [this](const QString &link) {
        QAction *action = link == QLatin1String("import") ? m_importAction : m_demoAction;
        if (action)
            action->trigger();
    });

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
        updateEmptyHint();
        m_longestName = -1;   // measured again
        measureAllCells();
        fitColumns();
    });
    for (auto rowsChanged : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, rowsChanged, this, [this](const QModelIndex &under, int first, int last) {
            updateEmptyHint();
            m_longestName = -1;
            if (m_model->rowCount(under) > last) {   // inserted (removed rows leave their columns as wide as they were)
                measureCells(under, first, last);
                widenColumns();
            }
            fitColumns();
        });
    }
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        if (topLeft.column() == DocumentListModel::NameColumn && m_longestName >= 0) {
            // A row read again (a memo, a new name): its name may be the longest now (a shorter one leaves the
            // column as it was until the next reload, rather than measuring every name at each edit).
            const QFontMetrics metrics(m_view->font());
            for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                const QString name = m_model->index(row, DocumentListModel::NameColumn, topLeft.parent()).data().toString();
                m_longestName = qMax(m_longestName, metrics.horizontalAdvance(name));
            }
        }
        // Only the rows that changed: a group's row (its total) without its documents, whose own changes come as
        // their own dataChanged (measuring the whole group at every coding was a pass over its rows).
        measureCells(topLeft.parent(), topLeft.row(), bottomRight.row(), MeasureGroups::RowOnly);
        widenColumns();
        fitColumns();
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

    // One above the other: side by side, the filter's placeholder was cut in a narrow dock (German, Swedish).
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_grouping);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyHint, 1);
    updateEmptyHint();
    measureAllCells();
}

void DocumentsPane::setEmptyProjectActions(QAction *import, QAction *demo)
{
    m_importAction = import;
    m_demoAction = demo;
    // The commands as the menu names them, without the mnemonic ("导入文档(&I)…" reads "导入文档…").
    static const QRegularExpression mnemonicInBrackets(QStringLiteral("\\(&[^)]\\)"));
    const auto name = [](const QAction *action) {
        return QString(action->text()).remove(mnemonicInBrackets).remove(QLatin1Char('&')).toHtmlEscaped();
    };
    m_emptyHint->setText(tr("<p><b>No documents yet.</b></p>"
                            "<p><a href=\"import\">%1</a> (in the File menu, or drop files on this window) brings in "
                            "interviews, field notes and observations.</p>"
                            "<p>To look around first: <a href=\"demo\">%2</a>.</p>")
                             .arg(name(import), name(demo)));
    updateEmptyHint();
}

void DocumentsPane::updateEmptyHint()
{
    const bool empty = m_model->rowCount() == 0 && !m_emptyHint->text().isEmpty();
    m_emptyHint->setVisible(empty);
    m_view->setVisible(!empty);
}

bool DocumentsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void DocumentsPane::measureCells(const QModelIndex &parent, int first, int last, MeasureGroups groups)
{
    if (first > last)
        return;
    // As the view's delegate draws them (a group's bold totals too).
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.font = m_view->font();
    QAbstractItemDelegate *delegate = m_view->itemDelegate();
    for (int row = first; row <= last; ++row) {
        for (int column = DocumentListModel::NameColumn + 1; column < DocumentListModel::ColumnCount; ++column) {
            const int width = delegate->sizeHint(option, m_model->index(row, column, parent)).width();
            m_cellWidths[column] = qMax(m_cellWidths[column], width);
        }
        const QModelIndex index = m_model->index(row, 0, parent);
        if (groups == MeasureGroups::WithDocuments && !parent.isValid() && m_model->rowCount(index) > 0)   // a group's documents
            measureCells(index, 0, m_model->rowCount(index) - 1, groups);
    }
}

void DocumentsPane::measureAllCells()
{
    m_cellWidths.fill(0, DocumentListModel::ColumnCount);
    measureCells({}, 0, m_model->rowCount() - 1);
    QHeaderView *header = m_view->header();
    for (int column = DocumentListModel::NameColumn + 1; column < DocumentListModel::ColumnCount; ++column)
        header->resizeSection(column, qMax(m_cellWidths[column], header->sectionSizeHint(column)));
}

void DocumentsPane::widenColumns()
{
    QHeaderView *header = m_view->header();
    for (int column = DocumentListModel::NameColumn + 1; column < DocumentListModel::ColumnCount; ++column) {
        const int wanted = qMax(m_cellWidths[column], header->sectionSizeHint(column));
        if (header->sectionSize(column) < wanted)
            header->resizeSection(column, wanted);
    }
}

void DocumentsPane::fitColumns()
{
    QHeaderView *header = m_view->header();
    int numbers = 0;
    for (int column : {DocumentListModel::CharactersColumn, DocumentListModel::CodingsColumn})
        numbers += header->sectionSize(column);
    const int room = m_view->viewport()->width() - numbers;
    // The longest name as the delegate draws it (text margins each side; a level of indentation when grouped).
    if (m_longestName < 0) {
        m_longestName = 0;
        const QFontMetrics metrics(m_view->font());
        for (const DocumentInfo &document : m_model->documents())
            m_longestName = qMax(m_longestName, metrics.horizontalAdvance(document.name));
    }
    const int longest = m_longestName;
    const int textMargin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    const int indentation = m_model->grouping().isEmpty() ? 0 : m_view->indentation();
    const int wanted = qMax(longest + 2 * textMargin + indentation + 2, header->sectionSizeHint(DocumentListModel::NameColumn));
    header->resizeSection(DocumentListModel::NameColumn, qMax(qMin(wanted, room), header->minimumSectionSize()));
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
