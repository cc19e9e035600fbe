#include "document/CodingStripes.h"

#include "document/DocumentTextEdit.h"
#include "document/DocumentView.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace marginalia {

CodingStripes::CodingStripes(DocumentView *view, DocumentTextEdit *edit)
    : QWidget(edit)
    , m_view(view)
    , m_edit(edit)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

int CodingStripes::numberWidth() const
{
    const int digits = int(QString::number(std::max(m_view->m_paragraphCount, 9)).size());
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits + 10;
}

int CodingStripes::laneWidth() const
{
    return fontMetrics().height() + 4;
}

int CodingStripes::preferredWidth() const
{
    const int lanes = std::min(m_view->m_laneCount, maxLanes);
    return numberWidth() + lanes * laneWidth() + 4;
}

QList<CodingStripes::Bar> CodingStripes::bars() const
{
    QList<Bar> result;
    if (m_view->m_placed.isEmpty())
        return result;
    const QList<VisibleBlock> blocks = m_edit->visibleBlocks();
    if (blocks.isEmpty())
        return result;
    const qsizetype first = blocks.constFirst().position;
    const qsizetype last = blocks.constLast().position + blocks.constLast().length + 1;
    const QList<int> visible = m_view->placedOverlapping(first, last);
    const int left = numberWidth();
    const int lane = laneWidth();
    result.reserve(visible.size());
    for (const int index : visible) {
        const DocumentView::PlacedCoding &placed = m_view->m_placed.at(index);
        const qreal top = m_edit->lineTop(blocks, placed.start);
        const qreal bottom = m_edit->lineBottom(blocks, std::max(placed.start, placed.end - 1));
        if (bottom <= top)
            continue;
        const int column = std::min(placed.lane, maxLanes - 1);
        Bar bar;
        bar.rect = QRectF(left + column * lane + 1, top + 1, lane - 2, bottom - top - 2);
        bar.placed = index;
        result.append(bar);
    }
    return result;
}

qint64 CodingStripes::codingAt(const QPoint &point) const
{
    const QList<Bar> all = bars();
    // Later bars are drawn over earlier ones.
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->rect.contains(QPointF(point)))
            return m_view->m_codings.at(m_view->m_placed.at(it->placed).source).id;
    }
    return 0;
}

void CodingStripes::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::Window));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(width() - 1, event->rect().top(), width() - 1, event->rect().bottom());

    const QList<VisibleBlock> blocks = m_edit->visibleBlocks();
    const QFontMetrics metrics = fontMetrics();

    // Paragraph numbers, at each paragraph's first line.
    const int numbers = numberWidth();
    painter.setPen(palette().color(QPalette::PlaceholderText));
    for (const VisibleBlock &block : blocks) {
        const int number = m_view->m_paragraphNumbers.value(block.block.blockNumber());
        if (number <= 0)
            continue;
        const QTextLine line = block.block.layout()->lineAt(0);
        if (!line.isValid())
            continue;
        const QRectF row(0.0, block.origin.y() + line.y(), numbers - 6.0, line.height());
        painter.drawText(row, Qt::AlignRight | Qt::AlignVCenter, QString::number(number));
    }

    // Bars, labelled vertically with the code name where they are long enough.
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<Bar> all = bars();
    for (const Bar &bar : all) {
        const DocumentView::PlacedCoding &placed = m_view->m_placed.at(bar.placed);
        const CodedSegment &coding = m_view->m_codings.at(placed.source);
        QColor fill = placed.color;
        fill.setAlpha(110);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(bar.rect, 2.0, 2.0);
        painter.setBrush(placed.color);
        painter.drawRect(QRectF(bar.rect.left(), bar.rect.top(), 3.0, bar.rect.height()));

        // The label starts at the top of the visible part of the bar, so it stays readable
        // while the start of a long coding is scrolled away.
        const QRectF shown = bar.rect.intersected(QRectF(rect()));
        const qreal room = shown.height() - 6.0;
        if (room < metrics.horizontalAdvance(QStringLiteral("Www")))
            continue;
        const QString label = metrics.elidedText(coding.code, Qt::ElideRight, int(room));
        painter.save();
        painter.translate(bar.rect.left() + 3.0 + (bar.rect.width() - 3.0 - metrics.height()) / 2.0
                              + metrics.descent(),
                          shown.top() + 3.0);
        painter.rotate(90.0);
        painter.setPen(fill.lightnessF() > 0.45 || fill.alpha() < 128 ? palette().color(QPalette::WindowText)
                                                                      : QColor(Qt::white));
        painter.drawText(QPointF(0.0, 0.0), label);
        painter.restore();
    }
}

void CodingStripes::mousePressEvent(QMouseEvent *event)
{
    m_pressedCoding = event->button() == Qt::LeftButton ? codingAt(event->position().toPoint()) : 0;
    QWidget::mousePressEvent(event);
}

void CodingStripes::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_pressedCoding != 0
        && codingAt(event->position().toPoint()) == m_pressedCoding) {
        Q_EMIT m_view->codingClicked(m_pressedCoding);
    }
    m_pressedCoding = 0;
    QWidget::mouseReleaseEvent(event);
}

void CodingStripes::mouseMoveEvent(QMouseEvent *event)
{
    if (codingAt(event->position().toPoint()) != 0)
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
    QWidget::mouseMoveEvent(event);
}

void CodingStripes::contextMenuEvent(QContextMenuEvent *event)
{
    const qint64 id = codingAt(event->pos());
    if (id == 0) {
        event->ignore();
        return;
    }
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    m_view->showCodingMenu({id}, event->globalPos(), menu);
}

bool CodingStripes::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = codingAt(help->pos());
        const CodedSegment *coding = id != 0 ? m_view->codingById(id) : nullptr;
        if (coding)
            QToolTip::showText(help->globalPos(), m_view->codingToolTip(*coding), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace marginalia
