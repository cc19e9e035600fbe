#include "documents/AttributeEditor.h"

#include "documents/AttributeTableModel.h"

#include <QAbstractItemDelegate>
#include <QActionGroup>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace marginalia {

namespace {

// Lets the window see the keys typed into a cell's editor, so that pasting several cells while
// a cell is being edited pastes them into the grid rather than as one value with tabs and line breaks.
class CellDelegate final : public QStyledItemDelegate
{
public:
    CellDelegate(QObject *keyWatcher, QObject *parent) : QStyledItemDelegate(parent), m_keyWatcher(keyWatcher) {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (editor)
            editor->installEventFilter(m_keyWatcher);
        return editor;
    }

private:
    QObject *m_keyWatcher;
};

} // namespace

AttributeEditor::AttributeEditor(AttributeTableModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("Document Attributes"));
    setModal(false);
    resize(720, 480);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CellDelegate(this, m_view));
    // As in a spreadsheet: typing starts editing the cell, moving to a cell does not (so Delete
    // unsets the value of the cell one is on).
    m_view->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                            | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const int column = m_view->horizontalHeader()->logicalIndexAt(position);
        if (column >= 0)
            headerMenu(column)->popup(m_view->horizontalHeader()->mapToGlobal(position));
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionDoubleClicked, this, &AttributeEditor::renameAttribute);
    // A reset (an attribute added, renamed or removed; a document imported) must not lose the cell
    // the user is in.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        m_currentDocument = current.isValid() ? m_model->documentId(current.row()) : 0;
        m_currentAttribute = current.isValid() ? m_model->attribute(current.column()) : QString();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_currentDocument);
        for (int column = 0; row >= 0 && column < m_model->columnCount(); ++column) {
            if (m_model->attribute(column) == m_currentAttribute) {
                m_view->selectionModel()->setCurrentIndex(m_model->index(row, column),
                                                          QItemSelectionModel::ClearAndSelect);
                return;
            }
        }
    });

    auto *hint = new QLabel(tr("Type in a cell; Tab and Enter move on. Paste values copied from a spreadsheet with %1; "
                               "Delete unsets the selected values. Right-click a column title to rename, retype or "
                               "delete the attribute.")
                                .arg(QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText)),
                            this);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *add = buttons->addButton(tr("Add Attribute…"), QDialogButtonBox::ActionRole);
    connect(add, &QPushButton::clicked, this, &AttributeEditor::addAttribute);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
}

QStringList AttributeEditor::types()
{
    return {QStringLiteral("text"), QStringLiteral("integer"), QStringLiteral("real"), QStringLiteral("boolean"),
            QStringLiteral("date")};
}

QString AttributeEditor::typeLabel(const QString &type)
{
    if (type == u"integer")
        return tr("Whole number");
    if (type == u"real")
        return tr("Number");
    if (type == u"boolean")
        return tr("Yes or no");
    if (type == u"date")
        return tr("Date (YYYY-MM-DD)");
    return tr("Text");
}

void AttributeEditor::addAttribute()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Attribute"), tr("Name of the new attribute:"),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QStringList labels;
    for (const QString &type : types())
        labels.append(typeLabel(type));
    const QString label = QInputDialog::getItem(this, tr("Add Attribute"), tr("Type of its values:"), labels, 0, false, &ok);
    if (ok)
        m_model->addColumn(name, types().value(labels.indexOf(label), QStringLiteral("text")));
}

void AttributeEditor::renameAttribute(int column)
{
    const QString old = m_model->attribute(column);
    if (old.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Attribute"), tr("New name of “%1”:").arg(old),
                                               QLineEdit::Normal, old, &ok);
    if (ok)
        m_model->renameColumn(column, name);
}

void AttributeEditor::removeAttribute(int column)
{
    const QString name = m_model->attribute(column);
    if (name.isEmpty())
        return;
    int values = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        values += m_model->index(row, column).data().toString().isEmpty() ? 0 : 1;
    QMessageBox box(QMessageBox::Question, tr("Delete Attribute"),
                    tr("Delete the attribute “%1” and its %n value(s)? You can undo this.", nullptr, values).arg(name),
                    QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    if (box.exec() != QMessageBox::Cancel)
        m_model->removeColumn(column);
}

QMenu *AttributeEditor::headerMenu(int column)
{
    delete m_headerMenu;
    m_headerMenu = new QMenu(this);
    m_headerMenu->addAction(tr("Rename…"), this, [this, column] { renameAttribute(column); });
    QMenu *typeMenu = m_headerMenu->addMenu(tr("Type"));
    auto *group = new QActionGroup(typeMenu);
    for (const QString &type : types()) {
        QAction *action = typeMenu->addAction(typeLabel(type));
        action->setCheckable(true);
        action->setChecked(type == m_model->attributeType(column));
        action->setData(type);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, column, type] { m_model->setColumnType(column, type); });
    }
    m_headerMenu->addSeparator();
    m_headerMenu->addAction(tr("Delete…"), this, [this, column] { removeAttribute(column); });
    return m_headerMenu;
}

bool AttributeEditor::paste(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QList<QStringList> rows;
    for (QString &line : lines) {
        line.remove(QLatin1Char('\r'));
        rows.append(line.split(QLatin1Char('\t')));   // cells across, as spreadsheets copy them
    }
    return m_model->pasteBlock(m_view->currentIndex(), rows);
}

bool AttributeEditor::clearSelected()
{
    QModelIndexList cells = m_view->selectionModel()->selectedIndexes();
    if (cells.isEmpty() && m_view->currentIndex().isValid())
        cells.append(m_view->currentIndex());
    return m_model->clearCells(cells);
}

void AttributeEditor::commitOpenEditor()
{
    const QModelIndex current = m_view->currentIndex();
    QWidget *editor = current.isValid() ? m_view->indexWidget(current) : nullptr;
    if (!editor)
        return;
    QAbstractItemDelegate *delegate = m_view->itemDelegateForIndex(current);
    Q_EMIT delegate->commitData(editor);
    Q_EMIT delegate->closeEditor(editor, QAbstractItemDelegate::NoHint);
}

void AttributeEditor::hideEvent(QHideEvent *event)
{
    commitOpenEditor();   // closing the window keeps what was typed
    QDialog::hideEvent(event);
}

bool AttributeEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        const QString text = QGuiApplication::clipboard()->text();
        QString withoutLastBreak = text;
        while (withoutLastBreak.endsWith(u'\n') || withoutLastBreak.endsWith(u'\r'))
            withoutLastBreak.chop(1);
        if (withoutLastBreak.contains(u'\n') || withoutLastBreak.contains(u'\t')) {
            // Several cells: what was typed so far is committed, then the cells are pasted from here.
            commitOpenEditor();
            paste(text);
            return true;
        }
        if (text != withoutLastBreak) {
            // One cell copied from a spreadsheet ends with a line break: paste the value without it.
            if (auto *line = qobject_cast<QLineEdit *>(watched)) {
                line->insert(withoutLastBreak);
                return true;
            }
        }
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste)) {
            paste(QGuiApplication::clipboard()->text());
            return true;
        }
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            clearSelected();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace marginalia
