#pragma once

#include <QList>
#include <QRectF>
#include <QWidget>

namespace marginalia {

class DocumentTextEdit;
class DocumentView;

// The margin left of the text, like a line-number area: paragraph numbers (a paragraph is a
// non-empty line), then one lane per level of overlap holding a bar for each coding from its
// first to its last line, labelled with the code name where the bar is long enough.
// Bars are clickable, show code path, coder and memo on hover, and offer Uncode and Edit memo
// in a context menu. Only codings reaching the viewport are laid out and painted.
class CodingStripes : public QWidget
{
    Q_OBJECT

public:
    CodingStripes(DocumentView *view, DocumentTextEdit *edit);

    struct Bar
    {
        QRectF rect;
        int placed = -1; // index into the view's placed codings
    };

    // The width the margin needs for the current document, codings and font.
    int preferredWidth() const;
    // The bars of the codings reaching the viewport, in this widget's coordinates.
    QList<Bar> bars() const;
    // The coding whose bar is under the point, or 0; where bars overlap, the topmost drawn.
    qint64 codingAt(const QPoint &point) const;

    static constexpr int maxLanes = 12;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    int numberWidth() const;
    int laneWidth() const;

    DocumentView *m_view;
    DocumentTextEdit *m_edit;
    qint64 m_pressedCoding = 0;
};

} // namespace marginalia
