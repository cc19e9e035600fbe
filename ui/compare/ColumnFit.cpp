#include "compare/ColumnFit.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QResizeEvent>
#include <QStyle>
#include <QTableView>

namespace marginalia {

namespace {

constexpr int kHeaderLines = 3;

// Fits the columns again when the view is resized (a tab filled while hidden gets its real width when shown).
class RefitOnResize final : public QObject
{
public:
    RefitOnResize(QTableView *view, int textColumn) : QObject(view), m_view(view), m_textColumn(textColumn)
    {
        setObjectName(QStringLiteral("marginaliaColumnFit"));
        view->viewport()->installEventFilter(this);
    }

    void setTextColumn(int textColumn) { m_textColumn = textColumn; }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize && watched == m_view->viewport()
            && static_cast<QResizeEvent *>(event)->size().width() != static_cast<QResizeEvent *>(event)->oldSize().width())
            fitColumnsToView(m_view, m_textColumn);
        return false;
    }

private:
    QTableView *m_view;
    int m_textColumn;
};

} // namespace

void fitColumnsToView(QTableView *view, int textColumn)
{
    if (auto *refit = view->findChild<RefitOnResize *>(QStringLiteral("marginaliaColumnFit"), Qt::FindDirectChildrenOnly))
        refit->setTextColumn(textColumn);
    else
        new RefitOnResize(view, textColumn);
    QAbstractItemModel *model = view->model();
    QHeaderView *header = view->horizontalHeader();
    if (!model)
        return;
    header->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter) | Qt::Alignment(Qt::TextWordWrap));
    const QFontMetrics metrics(header->font());
    const int margin = view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const QAbstractItemView *base = view;   // sizeHintForColumn is public in the base class
    int total = 0;
    int headerHeight = 0;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (view->isColumnHidden(column))
            continue;
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        // The header's longest word, or the whole title when wrapping would need more than three lines.
        int word = 0;
        for (const QString &part : title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            word = qMax(word, metrics.horizontalAdvance(part));
        int width = qMax(base->sizeHintForColumn(column), word + 2 * margin);
        const auto wrappedAt = [&](int w) {
            return metrics.boundingRect(QRect(0, 0, w - 2 * margin, 10000), Qt::TextWordWrap, title);
        };
        QRect wrapped = wrappedAt(width);
        // Widened a little at a time until the title takes at most three lines.
        while (wrapped.height() > kHeaderLines * metrics.lineSpacing() && width < metrics.horizontalAdvance(title) + 2 * margin) {
            width += metrics.averageCharWidth();
            wrapped = wrappedAt(width);
        }
        view->setColumnWidth(column, width);
        total += width;
        headerHeight = qMax(headerHeight, wrapped.height() + 2 * margin);
    }
    header->setMinimumHeight(qMax(headerHeight, header->sizeHint().height()));
    const int available = view->viewport()->width();
    if (total > available && textColumn >= 0 && textColumn < model->columnCount()) {
        const int others = total - view->columnWidth(textColumn);
        // At least a fifth of the view, or twelve characters.
        const int floor = qMax(available / 5, 12 * QFontMetrics(view->font()).averageCharWidth());
        view->setColumnWidth(textColumn, qMin(view->columnWidth(textColumn), qMax(available - others, floor)));
    }
}

} // namespace marginalia
