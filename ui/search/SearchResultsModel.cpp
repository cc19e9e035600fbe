#include "search/SearchResultsModel.h"

#include <QApplication>
#include <QPainter>
#include <QPoint>
#include <QSet>
#include <QTextLayout>

namespace marginalia {

void SearchResultsModel::setResults(const QList<SearchResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

const SearchResult *SearchResultsModel::result(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return nullptr;
    return &m_results.at(index.row());
}

int SearchResultsModel::documentCount() const
{
    QSet<qint64> documents;
    for (const SearchResult &result : m_results)
        documents.insert(result.hit.documentId);
    return static_cast<int>(documents.size());
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_results.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    const SearchResult *r = result(index);
    if (!r)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case DocumentColumn:
            return r->hit.document;
        case ParagraphColumn:
            return r->paragraph;
        case ContextColumn:
            return r->context;
        default:
            return {};
        }
    }
    if (role == HitRangeRole && index.column() == ContextColumn)
        return QPoint(static_cast<int>(r->hitFrom), static_cast<int>(r->hitLength));
    if (role == Qt::TextAlignmentRole && index.column() == ParagraphColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignTop);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    return {};
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case ParagraphColumn:
        return tr("¶");
    case ContextColumn:
        return tr("Context");
    default:
        return {};
    }
}

namespace {

constexpr int textMargin = 4;

// Lays the text out over lines of the given width; returns the height used.
qreal layOut(QTextLayout &layout, qreal width)
{
    layout.beginLayout();
    qreal height = 0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

} // namespace

void HitContextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextLayout layout(text, opt.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(textOption);
    const QPoint range = index.data(SearchResultsModel::HitRangeRole).toPoint();
    QTextLayout::FormatRange hit;
    hit.start = range.x();
    hit.length = range.y();
    hit.format.setBackground(opt.palette.brush(QPalette::Highlight).color().lighter(160));
    hit.format.setForeground(opt.palette.brush(QPalette::Text));
    hit.format.setFontWeight(QFont::Bold);
    layout.setFormats({hit});
    const QRect rect = opt.rect.adjusted(textMargin, 1, -textMargin, -1);
    layOut(layout, rect.width());
    painter->save();
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(rect);
    layout.draw(painter, rect.topLeft());
    painter->restore();
}

QSize HitContextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = std::max(120, opt.rect.width() > 0 ? opt.rect.width() : 400) - 2 * textMargin;
    QTextLayout layout(opt.text, opt.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(textOption);
    const qreal height = layOut(layout, width);
    return {width + 2 * textMargin, static_cast<int>(std::ceil(height)) + 2};
}

} // namespace marginalia
