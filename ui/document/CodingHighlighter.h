#pragma once

#include "document/DocumentTextEdit.h"

#include <QList>
#include <QRectF>

class QPainter;
class QRect;

namespace marginalia {

class DocumentView;

// Paints the codings' highlights under the text of the visible blocks only: a translucent fill
// in the code's colour (overlapping codings add up, so overlaps read as layers) and a thin
// underline per coding, offset by its stripe lane, so each layer stays distinguishable.
// The cost of a frame depends on what is visible, not on the size of the document.
class CodingHighlighter
{
public:
    // Codings are underlined on this many rows, by lane, so neighbours in the stripes differ.
    static constexpr int underlineRows = 4;

    static void paint(QPainter &painter, const DocumentView &view, const QList<VisibleBlock> &blocks,
                      const QRect &clip);

    // The rectangles (viewport coordinates) covering the UTF-16 range [start, end) within one block.
    static QList<QRectF> rangeRects(const VisibleBlock &block, qsizetype start, qsizetype end);
};

} // namespace marginalia
