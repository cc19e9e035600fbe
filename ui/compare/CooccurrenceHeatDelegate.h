#pragma once

#include <QStyledItemDelegate>

namespace marginalia {

// Paints a cell of CooccurrenceMatrixModel as a heat map: the background from the base colour to a deep blue by the
// cell's HeatRole (0 to 1), the number in a colour that stays readable on it; the diagonal in the window's mid-light
// colour and the cells of a code with its own sub-codes hatched on it, so they read as "not compared".
class CooccurrenceHeatDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CooccurrenceHeatDelegate)

public:
    explicit CooccurrenceHeatDelegate(QObject *parent = nullptr);

    // The background for a heat from 0 to 1 on this base colour.
    static QColor heatColor(double heat, const QColor &base);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace marginalia
