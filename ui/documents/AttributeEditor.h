#pragma once

#include <QDialog>

class QTableView;

namespace marginalia {

class AttributeTableModel;

// A non-modal window with every document × every attribute, like a spreadsheet: type in a cell,
// or paste a column of values (one per line) from a spreadsheet with Ctrl+V. Each edit or paste
// is one undo step.
class AttributeEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttributeEditor)

public:
    AttributeEditor(AttributeTableModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // Pastes lines of text down from the current cell.
    bool paste(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addAttribute();

    AttributeTableModel *m_model;
    QTableView *m_view;
};

} // namespace marginalia
