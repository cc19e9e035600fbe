#include "document/CodingHighlighter.h"

#include "document/DocumentView.h"

#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace marginalia {

namespace {

constexpr int kFillAlpha = 64;

} // namespace

QList<QRectF> CodingHighlighter::rangeRects(const VisibleBlock &block, qsizetype start, qsizetype end)
{
    QList<QRectF> rects;
    const qsizetype from = std::max<qsizetype>(start - block.position, 0);
    // A coding that runs on past the line break covers the whole rest of the line.
    const bool runsOn = end > block.position + block.length;
    const qsizetype to = std::min<qsizetype>(end - block.position, block.length);
    if (to < from || (to == from && !runsOn))
        return rects;
    const QTextLayout *layout = block.block.layout();
    const int lineCount = layout->lineCount();
    for (int i = 0; i < lineCount; ++i) {
        const QTextLine line = layout->lineAt(i);
        const qsizetype lineStart = line.textStart();
        const qsizetype lineEnd = lineStart + line.textLength();
        const qsizetype a = std::max(from, lineStart);
        const qsizetype b = std::min(to, lineEnd);
        if (a > b || (a == b && !(runsOn && i == lineCount - 1)))
            continue;
        qreal x1 = line.cursorToX(int(a));
        qreal x2 = line.cursorToX(int(b));
        if (x2 < x1)
            std::swap(x1, x2);
        if (runsOn && i == lineCount - 1)
            x2 += 4.0; // show that the coding continues over the line break
        rects.append(QRectF(x1, line.y(), x2 - x1, line.height()).translated(block.origin));
    }
    return rects;
}

void CodingHighlighter::paint(QPainter &painter, const DocumentView &view, const QList<VisibleBlock> &blocks,
                              const QRect &clip)
{
    if (blocks.isEmpty() || view.m_placed.isEmpty())
        return;
    const qsizetype first = blocks.constFirst().position;
    const qsizetype last = blocks.constLast().position + blocks.constLast().length + 1;
    const QList<int> visible = view.placedOverlapping(first, last);
    if (visible.isEmpty())
        return;

    painter.setClipRect(clip);
    painter.setPen(Qt::NoPen);
    const QRectF clipF(clip);
    for (const int index : visible) {
        const DocumentView::PlacedCoding &placed = view.m_placed.at(index);
        QColor fill = placed.color;
        fill.setAlpha(kFillAlpha);
        const QColor line = placed.color.darker(115);
        const qreal underlineOffset = 1.0 + 2.0 * (placed.lane % underlineRows);
        // The first visible block the coding reaches.
        auto it = std::upper_bound(blocks.cbegin(), blocks.cend(), placed.start,
                                   [](qsizetype p, const VisibleBlock &b) { return p < b.position; });
        if (it != blocks.cbegin())
            --it;
        for (; it != blocks.cend() && it->position < placed.end; ++it) {
            if (it->position + it->length < placed.start)
                continue;
            const QList<QRectF> rects = rangeRects(*it, placed.start, placed.end);
            for (const QRectF &rect : rects) {
                if (!rect.intersects(clipF))
                    continue;
                painter.fillRect(rect, fill);
                painter.fillRect(QRectF(rect.left(), rect.bottom() - underlineOffset, rect.width(), 1.5), line);
            }
        }
    }
}

} // namespace marginalia
