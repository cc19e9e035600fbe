#pragma once

#include <QList>
#include <QPlainTextEdit>
#include <QPointF>
#include <QRectF>
#include <QTextBlock>

namespace marginalia {

class DocumentView;

// A block of the document that is (at least partly) inside the viewport, with the geometry its
// text is drawn at, in viewport coordinates.
struct VisibleBlock
{
    QTextBlock block;
    qsizetype position = 0; // UTF-16 offset of the block's first character
    qsizetype length = 0;   // characters, without the line break
    QRectF rect;            // the block's bounding rectangle
    QPointF origin;         // where line positions of the block's layout are measured from
};

// The read-only editor inside a DocumentView: draws the coding highlights under the text
// (visible blocks only), snaps mouse selections to words, accepts codes dropped on the text and
// carries the selection's code-point span when it is dragged out.
class DocumentTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit DocumentTextEdit(DocumentView *view);

    // The blocks intersecting the viewport, top to bottom, laid out.
    QList<VisibleBlock> visibleBlocks() const;
    // The top (or bottom) of the line holding a UTF-16 position, in viewport coordinates; above
    // or below the viewport when the position is before or after the visible blocks.
    qreal lineTop(const QList<VisibleBlock> &blocks, qsizetype position) const;
    qreal lineBottom(const QList<VisibleBlock> &blocks, qsizetype position) const;

    // Lays out the block if it was not yet and returns the visual line (scroll-bar unit) at the position.
    int visualLineOf(qsizetype position) const;

    // The widget shown in the left margin (the view's stripes) and the margin's width.
    void setMarginWidget(QWidget *margin);
    void setMarginWidth(int width);
    int marginWidth() const { return m_marginWidth; }

    // What a drag of the selection carries: the text, and DocumentView::selectionMimeType() with
    // "documentId start end" in code points, for dropping onto a code. (Public for tests.)
    QMimeData *createMimeDataFromSelection() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    // Index into the visible blocks of the one holding the position; -1 before, size() after them.
    static qsizetype blockIndexOf(const QList<VisibleBlock> &blocks, qsizetype position);
    void placeMargin();

    DocumentView *m_view;
    QWidget *m_margin = nullptr;
    int m_marginWidth = 0;
};

} // namespace marginalia
