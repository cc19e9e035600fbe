#pragma once

#include <QStyledItemDelegate>
#include <QTextLayout>

namespace marginalia {

// Paints a passage in its context, wrapped over as many lines as the column's width needs, with the coded
// part (or the search hit) highlighted. The text comes from textRole, the highlighted range from rangeRole as
// a QPoint(start, length) in UTF-16 units of that text. Rows grow to the text when the view has word wrap on
// and resizes its rows to contents (QTableView computes a row's height with the column's width only then).
class PassagesDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    PassagesDelegate(int textRole, int rangeRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // What paint() lays out for the index: its text and the highlighted range (for tests and exports).
    QString text(const QModelIndex &index) const;
    QList<QTextLayout::FormatRange> highlights(const QModelIndex &index, const QPalette &palette) const;

private:
    int m_textRole;
    int m_rangeRole;
};

} // namespace marginalia
