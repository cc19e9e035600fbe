#include "compare/CooccurrenceHeatDelegate.h"

#include "compare/CooccurrenceMatrixModel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace marginalia {

namespace {

const QColor kHot(8, 69, 148);   // the colour of heat 1

} // namespace

CooccurrenceHeatDelegate::CooccurrenceHeatDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QColor CooccurrenceHeatDelegate::heatColor(double heat, const QColor &base)
{
    const double t = std::clamp(heat, 0.0, 1.0);
    const auto mix = [t](int from, int to) { return static_cast<int>(from + (to - from) * t + 0.5); };
    return QColor(mix(base.red(), kHot.red()), mix(base.green(), kHot.green()), mix(base.blue(), kHot.blue()));
}

void CooccurrenceHeatDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const int kind = index.data(CooccurrenceMatrixModel::KindRole).toInt();
    if (kind == CooccurrenceMatrixModel::CodeCell) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QPalette &palette = option.palette;
    painter->save();
    QColor background = palette.color(QPalette::Base);
    QColor text = palette.color(QPalette::Text);
    if (kind == CooccurrenceMatrixModel::DiagonalCell || kind == CooccurrenceMatrixModel::AncestorCell) {
        background = palette.color(QPalette::Midlight);
    } else {
        const double heat = index.data(CooccurrenceMatrixModel::HeatRole).toDouble();
        background = heatColor(heat, background);
        // Light text once the background is dark enough (relative luminance below one half).
        if (0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF() < 0.5)
            text = Qt::white;
    }
    painter->fillRect(option.rect, background);
    if (kind == CooccurrenceMatrixModel::AncestorCell)   // hatched: left out, unlike the plain diagonal
        painter->fillRect(option.rect, QBrush(palette.color(QPalette::Mid), Qt::BDiagPattern));
    if (option.state & QStyle::State_Selected) {
        QPen pen(palette.color(QPalette::Highlight), 2);
        painter->setPen(pen);
        painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
    }
    const QString label = index.data(Qt::DisplayRole).toString();
    if (!label.isEmpty()) {
        painter->setPen(text);
        painter->setFont(option.font);
        painter->drawText(option.rect.adjusted(3, 0, -3, 0), Qt::AlignCenter, label);
    }
    painter->restore();
}

QSize CooccurrenceHeatDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(CooccurrenceMatrixModel::KindRole).toInt() != CooccurrenceMatrixModel::CodeCell)
        size.setWidth(std::max(size.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("0.00")) + 16));
    return size;
}

} // namespace marginalia
