#include "codebook/CodebookPane.h"

#include "codebook/CodeDialog.h"
#include "codebook/CodebookModel.h"
#include "coding/EditCommands.h"
#include "context/ProjectContext.h"
#include "project/CodeKeys.h"
#include "project/Codebook.h"

#include <QAction>
#include <QColorDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace marginalia {

CodebookPane::CodebookPane(ProjectContext *context, CodebookModel *model, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(CodebookModel::NameColumn);

    m_filter->setPlaceholderText(tr("Filter codes"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_view->expandAll();
    });

    m_view->setObjectName(QStringLiteral("codebookView"));
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CodebookModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(CodebookModel::KeyColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(CodebookModel::CountColumn, QHeaderView::ResizeToContents);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->expandAll();

    m_add = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add Code…"), this);
    m_addSub = new QAction(tr("Add Sub-code…"), this);
    m_rename = new QAction(tr("Rename"), this);
    m_recolor = new QAction(tr("Change Colour…"), this);
    m_edit = new QAction(tr("Edit Code…"), this);
    m_edit->setObjectName(QStringLiteral("editCodeAction"));
    m_edit->setToolTip(tr("Name, parent, colour and description of the code"));
    m_merge = new QAction(tr("Merge Into…"), this);
    m_delete = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete Code…"), this);
    // F2 and Delete act on the tree only (the actions also sit in the window's Code menu, where
    // a Delete shortcut would fire wherever the focus is).
    auto *renameKey = new QShortcut(QKeySequence(Qt::Key_F2), m_view);
    auto *deleteKey = new QShortcut(QKeySequence(QKeySequence::Delete), m_view);
    for (QShortcut *key : {renameKey, deleteKey})
        key->setContext(Qt::WidgetShortcut);
    connect(renameKey, &QShortcut::activated, m_rename, &QAction::trigger);
    connect(deleteKey, &QShortcut::activated, m_delete, &QAction::trigger);

    connect(m_add, &QAction::triggered, this, [this] { addCode(false); });
    connect(m_addSub, &QAction::triggered, this, [this] { addCode(true); });
    connect(m_rename, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_view->edit(current.siblingAtColumn(CodebookModel::NameColumn));
    });
    connect(m_recolor, &QAction::triggered, this, &CodebookPane::recolor);
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const qint64 id = currentCodeId())
            editCodeWithDialog(id);
    });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->codeId(m_proxy->mapToSource(index)))
            editCodeWithDialog(id);
    });
    connect(m_merge, &QAction::triggered, this, [this] {
        if (const qint64 id = currentCodeId())
            mergeCode(id);
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (const qint64 id = currentCodeId())
            deleteCode(id);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions({m_add, m_addSub});
        menu.addSeparator();
        menu.addActions({m_edit, m_rename, m_recolor, m_merge});
        if (const qint64 id = currentCodeId())
            menu.addMenu(keyMenu(id, &menu));
        menu.addSeparator();
        menu.addAction(m_delete);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        Q_EMIT selectedCodesChanged(selectedCodeIds());
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_selectionToRestore = selectedCodeIds(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CodebookPane::restoreState);

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addActions({m_add, m_merge, m_delete});
    // The pane is never narrower than its buttons, so that none of them hides behind the toolbar's » (German
    // and Swedish labels are long).
    setMinimumWidth(toolBar->sizeHint().width());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(toolBar);
    // Three rows at least, not the scroll area's default, so that the main window fits a 600-pixel-high screen.
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 3 + 2 * m_view->frameWidth() + 6);
    updateActions();
}

void CodebookPane::restoreState()
{
    m_view->expandAll();
    for (qint64 id : std::as_const(m_selectionToRestore)) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(id));
        if (index.isValid())
            m_view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (!m_selectionToRestore.isEmpty())
        m_view->selectionModel()->setCurrentIndex(m_proxy->mapFromSource(m_model->indexOf(m_selectionToRestore.first())),
                                                  QItemSelectionModel::NoUpdate);
    updateActions();
}

QList<qint64> CodebookPane::selectedCodeIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(m_model->codeId(m_proxy->mapToSource(index)));
    return ids;
}

qint64 CodebookPane::currentCodeId() const
{
    const QList<qint64> selected = selectedCodeIds();
    if (!selected.isEmpty())
        return selected.first();
    return m_model->codeId(m_proxy->mapToSource(m_view->currentIndex()));
}

void CodebookPane::selectCode(qint64 codeId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(codeId));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void CodebookPane::updateActions()
{
    const bool one = currentCodeId() != 0;
    m_addSub->setEnabled(one);
    m_rename->setEnabled(one);
    m_recolor->setEnabled(one);
    m_edit->setEnabled(one);
    m_merge->setEnabled(one && m_model->codes().size() > 1);
    m_delete->setEnabled(one);
}

void CodebookPane::addCode(bool asSubcode)
{
    addCodeWithDialog(asSubcode ? currentCodeId() : 0);
}

qint64 CodebookPane::addCodeWithDialog(qint64 parentId, const QString &name)
{
    CodeDialog dialog(m_model->codes(), this);
    dialog.setKeys(assignedKeys());
    dialog.setNewCode(parentId, name);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    qint64 id = 0;
    if (!EditCommands::createCode(m_context, dialog.values(), &id, dialog.key()))
        return 0;
    selectCode(id);
    return id;
}

bool CodebookPane::editCodeWithDialog(qint64 codeId)
{
    const Code *code = m_model->code(codeId);
    if (!code)
        return false;
    CodeDialog dialog(m_model->codes(), this);
    dialog.setKeys(assignedKeys());
    dialog.setCode(*code);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return EditCommands::editCode(m_context, codeId, dialog.values(), dialog.key());
}

QMap<int, qint64> CodebookPane::assignedKeys() const
{
    QMap<int, qint64> keys;
    for (int key = CodeKeys::kFirstKey; key <= CodeKeys::kLastKey; ++key) {
        if (const qint64 code = m_model->codeOfKey(key))
            keys.insert(key, code);
    }
    return keys;
}

QMenu *CodebookPane::keyMenu(qint64 codeId, QWidget *parent)
{
    auto *menu = new QMenu(tr("Assign &Key"), parent);
    menu->setObjectName(QStringLiteral("assignKeyMenu"));
    menu->setToolTip(tr("The number key that codes the selected text with this code"));
    const int current = m_model->keyOf(codeId);
    QAction *none = menu->addAction(tr("&None"));
    none->setObjectName(QStringLiteral("assignKeyNone"));
    none->setCheckable(true);
    none->setChecked(current == 0);
    connect(none, &QAction::triggered, this, [this, current] {
        if (current)
            EditCommands::assignCodeKey(m_context, current, 0);
    });
    menu->addSeparator();
    for (int key = CodeKeys::kFirstKey; key <= CodeKeys::kLastKey; ++key) {
        const qint64 holder = m_model->codeOfKey(key);
        const Code *holding = holder && holder != codeId ? m_model->code(holder) : nullptr;
        // The code that has the key now is named: choosing the key takes it from that code.
        const QString text = holding ? tr("&%1  (now “%2”)").arg(key).arg(holding->path)
                                     : QStringLiteral("&%1").arg(key);
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("assignKey%1").arg(key));
        action->setCheckable(true);
        action->setChecked(key == current);
        connect(action, &QAction::triggered, this, [this, key, codeId] { EditCommands::assignCodeKey(m_context, key, codeId); });
    }
    return menu;
}

void CodebookPane::recolor()
{
    const qint64 id = currentCodeId();
    const Code *code = m_model->code(id);
    if (!code)
        return;
    const QColor color = QColorDialog::getColor(QColor(code->color), this, tr("Colour of “%1”").arg(code->name));
    if (color.isValid())
        EditCommands::recolorCode(m_context, id, color.name());
}

void CodebookPane::mergeCode(qint64 sourceId)
{
    const Code *source = m_model->code(sourceId);
    if (!source)
        return;
    auto subtree = Codebook(m_context->project()).subtree(sourceId);
    QStringList paths;
    QList<qint64> ids;
    for (const Code &code : m_model->codes()) {
        if (subtree && subtree->contains(code.id))
            continue;
        paths.append(code.path);
        ids.append(code.id);
    }
    if (paths.isEmpty())
        return;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Merge Code"),
                                                 tr("Merge “%1” and its codings into:").arg(source->path), paths, 0,
                                                 false, &ok);
    if (ok)
        EditCommands::mergeCodes(m_context, sourceId, ids.at(paths.indexOf(chosen)));
}

void CodebookPane::deleteCode(qint64 codeId, bool confirm)
{
    const Code *code = m_model->code(codeId);
    if (!code)
        return;
    if (confirm) {
        auto count = Codebook(m_context->project()).codingCount(codeId);
        const qint64 codings = count ? *count : 0;
        const QString question = codings > 0
            ? tr("Delete the code “%1”, its sub-codes and %n coding(s)?", nullptr, static_cast<int>(codings)).arg(code->path)
            : tr("Delete the code “%1” and its sub-codes? It has no codings.").arg(code->path);
        if (QMessageBox::question(this, tr("Delete Code"), question + QLatin1Char(' ') + tr("You can undo this."),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
            return;
    }
    EditCommands::deleteCode(m_context, codeId);
}

} // namespace marginalia
