#include "compare/TableCsv.h"

#include "report/CsvField.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QMimeData>
#include <QTableView>

namespace marginalia {

namespace {

// A cell as CSV: numbers the model holds as numbers stay numbers; text is neutralised so that a spreadsheet cannot
// run it as a formula (csvTextField).
QString csvField(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return value.toString();
    default:
        return csvTextField(value.toString());
    }
}

// Ctrl+C on the view: the item view copies only the current cell by itself.
class CopyFilter final : public QObject
{
public:
    explicit CopyFilter(QTableView *view)
        : QObject(view)
        , m_view(view)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
            copyTableAsCsv(m_view);
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_view;
};

} // namespace

QString tableCsv(const QAbstractItemModel *model, const QTableView *view)
{
    QList<int> columns;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (!view || !view->isColumnHidden(column))
            columns.append(column);
    }
    QStringList lines;
    QStringList fields;
    for (int column : std::as_const(columns)) {
        const QVariant full = model->headerData(column, Qt::Horizontal, CsvHeaderRole);
        fields.append(csvField(full.isValid() ? full : model->headerData(column, Qt::Horizontal)));
    }
    lines.append(fields.join(u','));
    for (int row = 0; row < model->rowCount(); ++row) {
        fields.clear();
        for (int column : std::as_const(columns)) {
            const QModelIndex cell = model->index(row, column);
            const QVariant value = cell.data(CsvCellRole);
            fields.append(csvField(value.isValid() ? value : cell.data()));
        }
        lines.append(fields.join(u','));
    }
    return lines.join(u'\n') + u'\n';
}

void copyTableAsCsv(const QTableView *view)
{
    const QString csv = tableCsv(view->model(), view);
    auto *mime = new QMimeData;
    mime->setText(csv);
    mime->setData(QStringLiteral("text/csv"), csv.toUtf8());
    QApplication::clipboard()->setMimeData(mime);
}

void addCopyAsCsvShortcut(QTableView *view)
{
    auto *copy = new QAction(QCoreApplication::translate("marginalia::TableCsv", "Copy as CSV"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] { copyTableAsCsv(view); });
    view->addAction(copy);
    view->installEventFilter(new CopyFilter(view));
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace marginalia
