#pragma once

#include <QDialog>
#include <QPersistentModelIndex>

class QMenu;
class QTableView;

namespace marginalia {

class AttributeTableModel;

// A non-modal window with every document × every attribute, like a spreadsheet: type in a cell
// (Tab and Enter move on, as in a spreadsheet), paste a block of values copied from a
// spreadsheet with Ctrl+V, unset the selected values with Delete. The column header's context
// menu renames an attribute, changes its type or deletes it. Each edit or paste is one undo step.
// A value being typed is kept however the cell is left: Tab, Enter, a click elsewhere, or closing
// the window.
class AttributeEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttributeEditor)

public:
    AttributeEditor(AttributeTableModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // Pastes tab-separated lines of text from the current cell: rows down, cells across.
    bool paste(const QString &text);
    // Unsets the selected values.
    bool clearSelected();
    // The context menu of a column's header (built afresh for that column).
    QMenu *headerMenu(int column);

    // The attribute types, in the order the menus list them, with their names for people.
    static QStringList types();
    static QString typeLabel(const QString &type);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void addAttribute();
    void renameAttribute(int column);
    void removeAttribute(int column);
    // Hands a value still in an open cell editor to the model.
    void commitOpenEditor();

    AttributeTableModel *m_model;
    QTableView *m_view;
    QMenu *m_headerMenu = nullptr;
    // The current cell across a model reset: (document id, attribute name).
    qint64 m_currentDocument = 0;
    QString m_currentAttribute;
};

} // namespace marginalia
