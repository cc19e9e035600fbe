#include "compare/PassagesDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextOption>

#include <cmath>

namespace marginalia {

namespace {

constexpr int kTextMargin = 4;

// Lines of the given width, one under the other; returns the height they take.
qreal layOut(QTextLayout &layout, qreal width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
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

PassagesDelegate::PassagesDelegate(int textRole, int rangeRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_textRole(textRole)
    , m_rangeRole(rangeRole)
{
}

QString PassagesDelegate::text(const QModelIndex &index) const
{
    return index.data(m_textRole).toString();
}

QList<QTextLayout::FormatRange> PassagesDelegate::highlights(const QModelIndex &index, const QPalette &palette) const
{
    const QVariant value = index.data(m_rangeRole);
    if (!value.isValid())
        return {};
    const QPoint range = value.toPoint();
    if (range.y() <= 0)
        return {};
    QTextLayout::FormatRange coded;
    coded.start = range.x();
    coded.length = range.y();
    coded.format.setBackground(palette.brush(QPalette::Highlight).color().lighter(160));
    coded.format.setForeground(palette.brush(QPalette::Text));
    coded.format.setFontWeight(QFont::Bold);
    return {coded};
}

void PassagesDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();   // the background, selection and focus as the style draws them; the text is ours
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextLayout layout(text(index), opt.font);
    layout.setFormats(highlights(index, opt.palette));
    const QRect rect = opt.rect.adjusted(kTextMargin, 1, -kTextMargin, -1);
    layOut(layout, rect.width());
    painter->save();
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(rect);
    layout.draw(painter, rect.topLeft());
    painter->restore();
}

QSize PassagesDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = std::max(120, opt.rect.width() > 0 ? opt.rect.width() : 400) - 2 * kTextMargin;
    QTextLayout layout(text(index), opt.font);
    const qreal height = layOut(layout, width);
    return {width + 2 * kTextMargin, static_cast<int>(std::ceil(height)) + 2};
}

} // namespace marginalia
