#include "document/DocumentTextEdit.h"

#include "document/CodingHighlighter.h"
#include "document/DocumentView.h"

#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>

namespace marginalia {

DocumentTextEdit::DocumentTextEdit(DocumentView *view)
    : QPlainTextEdit(view)
    , m_view(view)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    viewport()->setMouseTracking(true);
}

QList<VisibleBlock> DocumentTextEdit::visibleBlocks() const
{
    // Walks the blocks as QPlainTextEdit::paintEvent() does, so the geometry matches what it draws.
    QList<VisibleBlock> blocks;
    QTextBlock block = firstVisibleBlock();
    QPointF offset = contentOffset();
    const qreal bottom = viewport()->height();
    while (block.isValid() && offset.y() <= bottom) {
        const QRectF rect = blockBoundingRect(block).translated(offset);
        if (block.isVisible()) {
            VisibleBlock visible;
            visible.block = block;
            visible.position = block.position();
            visible.length = block.length() - 1;
            visible.rect = rect;
            visible.origin = offset + block.layout()->position();
            blocks.append(visible);
        }
        offset.ry() += rect.height();
        block = block.next();
    }
    return blocks;
}

qsizetype DocumentTextEdit::blockIndexOf(const QList<VisibleBlock> &blocks, qsizetype position)
{
    if (blocks.isEmpty() || position < blocks.constFirst().position)
        return -1;
    // The last block starting at or before the position.
    const auto it = std::upper_bound(blocks.cbegin(), blocks.cend(), position,
                                     [](qsizetype p, const VisibleBlock &b) { return p < b.position; });
    const qsizetype index = (it - blocks.cbegin()) - 1;
    const VisibleBlock &b = blocks.at(index);
    if (position > b.position + b.length)
        return blocks.size(); // only possible after the last visible block
    return index;
}

qreal DocumentTextEdit::lineTop(const QList<VisibleBlock> &blocks, qsizetype position) const
{
    const qsizetype index = blockIndexOf(blocks, position);
    if (index < 0)
        return -8.0;
    if (index >= blocks.size())
        return viewport()->height() + 8.0;
    const VisibleBlock &b = blocks.at(index);
    const QTextLine line = b.block.layout()->lineForTextPosition(int(position - b.position));
    return line.isValid() ? b.origin.y() + line.y() : b.rect.top();
}

qreal DocumentTextEdit::lineBottom(const QList<VisibleBlock> &blocks, qsizetype position) const
{
    const qsizetype index = blockIndexOf(blocks, position);
    if (index < 0)
        return -8.0;
    if (index >= blocks.size())
        return viewport()->height() + 8.0;
    const VisibleBlock &b = blocks.at(index);
    const QTextLine line = b.block.layout()->lineForTextPosition(int(position - b.position));
    return line.isValid() ? b.origin.y() + line.y() + line.height() : b.rect.bottom();
}

int DocumentTextEdit::visualLineOf(qsizetype position) const
{
    const QTextBlock block = document()->findBlock(int(position));
    if (!block.isValid())
        return 0;
    blockBoundingRect(block); // lays the block out if it was not yet
    const QTextLine line = block.layout()->lineForTextPosition(int(position - block.position()));
    return block.firstLineNumber() + (line.isValid() ? line.lineNumber() : 0);
}

void DocumentTextEdit::setMarginWidget(QWidget *margin)
{
    m_margin = margin;
    placeMargin();
}

void DocumentTextEdit::setMarginWidth(int width)
{
    if (width == m_marginWidth)
        return;
    m_marginWidth = width;
    setViewportMargins(width, 0, 0, 0);
    placeMargin();
}

void DocumentTextEdit::placeMargin()
{
    if (!m_margin)
        return;
    const QRect contents = contentsRect();
    m_margin->setGeometry(contents.left(), contents.top(), m_marginWidth, viewport()->height());
}

void DocumentTextEdit::paintEvent(QPaintEvent *event)
{
    {
        QPainter painter(viewport());
        CodingHighlighter::paint(painter, *m_view, visibleBlocks(), event->rect());
    }
    QPlainTextEdit::paintEvent(event);
}

void DocumentTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    placeMargin();
}

void DocumentTextEdit::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && m_view->snapToWords() && textCursor().hasSelection())
        m_view->snapSelection();
}

void DocumentTextEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_view->selectedSpan().isEmpty())
        Q_EMIT m_view->selectionMenuRequested(menu);
    const qsizetype position = cursorForPosition(event->pos()).position();
    const QList<qint64> ids = m_view->codingsAt(m_view->m_index.toCodePoint(position));
    m_view->showCodingMenu(ids, event->globalPos(), menu);
}

void DocumentTextEdit::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(DocumentView::codeMimeType())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QPlainTextEdit::dragEnterEvent(event);
}

void DocumentTextEdit::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(DocumentView::codeMimeType())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QPlainTextEdit::dragMoveEvent(event);
}

void DocumentTextEdit::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!mime->hasFormat(DocumentView::codeMimeType())) {
        QPlainTextEdit::dropEvent(event);
        return;
    }
    bool ok = false;
    const qint64 codeId =
        QString::fromUtf8(mime->data(DocumentView::codeMimeType())).trimmed().toLongLong(&ok);
    if (!ok || codeId <= 0 || m_view->m_text.isEmpty()) {
        event->ignore();
        return;
    }
    const qsizetype position = cursorForPosition(event->position().toPoint()).position();
    const QTextCursor selection = textCursor();
    TextSpan span;
    if (selection.hasSelection() && position >= selection.selectionStart()
        && position <= selection.selectionEnd()) {
        span = m_view->selectedSpan();
    } else {
        span = m_view->wordAtUtf16(position);
    }
    if (span.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    Q_EMIT m_view->codeDropped(codeId, span);
}

bool DocumentTextEdit::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(help->pos());
        // Only over characters, not in the empty space after a line's end.
        const QRect caret = cursorRect(cursor);
        QStringList tips;
        if (qAbs(caret.center().y() - help->pos().y()) <= caret.height()) {
            const QList<qint64> ids = m_view->codingsAt(m_view->m_index.toCodePoint(cursor.position()));
            for (const qint64 id : ids) {
                if (const CodedSegment *coding = m_view->codingById(id))
                    tips.append(m_view->codingToolTip(*coding));
            }
        }
        if (tips.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tips.join(QStringLiteral("<hr/>")), viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

QMimeData *DocumentTextEdit::createMimeDataFromSelection() const
{
    QMimeData *mime = QPlainTextEdit::createMimeDataFromSelection();
    const TextSpan span = m_view->selectedSpan();
    if (!span.isEmpty() && m_view->documentId() > 0) {
        mime->setData(DocumentView::selectionMimeType(),
                      QStringLiteral("%1 %2 %3").arg(m_view->documentId()).arg(span.start).arg(span.end).toUtf8());
    }
    return mime;
}

} // namespace marginalia
