#include "compare/BarChart.h"

#include <QFontMetrics>
#include <QImage>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPalette>

#include <cmath>

namespace marginalia {

namespace {

constexpr int kMargin = 8;

} // namespace

BarChart::BarChart(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void BarChart::setBars(const QString &title, const QList<Bar> &bars)
{
    m_title = title;
    m_bars = bars;
    m_current = m_bars.isEmpty() ? -1 : qBound(-1, m_current, static_cast<int>(m_bars.size()) - 1);
    updateToolTip();
    update();
}

void BarChart::updateToolTip()
{
    if (m_bars.isEmpty()) {
        setToolTip({});
        return;
    }
    // The title is elided on one line when the chart is narrow: the tooltip then gives it whole.
    QFont bold = font();
    bold.setBold(true);
    const bool elided = QFontMetrics(bold).horizontalAdvance(m_title) > width() - 2 * kMargin;
    const QString hint = tr("Double-click a bar to read the passages behind it.");
    setToolTip(elided ? m_title + QLatin1Char('\n') + hint : hint);
}

void BarChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateToolTip();
}

void BarChart::clear()
{
    setBars({}, {});
}

QSize BarChart::sizeHint() const
{
    return {420, 260};
}

QSize BarChart::minimumSizeHint() const
{
    return {200, 140};
}

QRect BarChart::plotRect() const
{
    const QFontMetrics metrics(font());
    const int line = metrics.height();
    // Title above, value labels above the bars, category labels below.
    return rect().adjusted(kMargin, kMargin + 2 * line + 4, -kMargin, -(kMargin + line + 6));
}

QRect BarChart::barRect(int bar) const
{
    if (bar < 0 || bar >= m_bars.size())
        return {};
    const QRect plot = plotRect();
    double maximum = 0;
    for (const Bar &b : m_bars)
        maximum = qMax(maximum, b.value);
    const double slot = static_cast<double>(plot.width()) / static_cast<double>(m_bars.size());
    const int width = qMax(4, static_cast<int>(slot * 0.6));
    const int left = plot.left() + static_cast<int>(slot * bar + (slot - width) / 2);
    const int height = maximum > 0 ? static_cast<int>(std::lround(plot.height() * m_bars.at(bar).value / maximum)) : 0;
    return QRect(left, plot.bottom() - qMax(height, 1) + 1, width, qMax(height, 1));
}

int BarChart::barAt(const QPoint &point) const
{
    const QRect plot = plotRect();
    for (int bar = 0; bar < m_bars.size(); ++bar) {
        // The whole column above the label counts, so that low bars are easy to hit.
        const QRect r = barRect(bar);
        if (QRect(r.left(), plot.top(), r.width(), plot.height()).contains(point))
            return bar;
    }
    return -1;
}

QImage BarChart::toImage() const
{
    QImage image(size().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    paint(painter);
    return image;
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    paint(painter);
}

void BarChart::paint(QPainter &painter) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font());
    const QFontMetrics metrics(font());
    const QColor text = palette().color(QPalette::Text);
    painter.setPen(text);
    const QRect titleRect(kMargin, kMargin, width() - 2 * kMargin, metrics.height());
    if (m_bars.isEmpty()) {
        // Wrapped, so that a narrow chart does not cut it at both ends.
        painter.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Select a code in the matrix to chart it."));
        return;
    }
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, QFontMetrics(bold).elidedText(m_title, Qt::ElideRight, titleRect.width()));
    painter.setFont(font());
    const QRect plot = plotRect();
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft() + QPoint(0, 1), plot.bottomRight() + QPoint(0, 1));
    const double slot = static_cast<double>(plot.width()) / static_cast<double>(m_bars.size());
    for (int bar = 0; bar < m_bars.size(); ++bar) {
        const QRect r = barRect(bar);
        const QColor fill = bar == m_current && hasFocus() ? QColor(0x1f, 0x5f, 0xa8) : QColor(0x3a, 0x7b, 0xc8);
        painter.fillRect(r, m_bars.at(bar).value > 0 ? fill : palette().color(QPalette::Mid));
        painter.setPen(text);
        const QRect valueRect(r.center().x() - static_cast<int>(slot / 2), r.top() - metrics.height() - 2,
                              static_cast<int>(slot), metrics.height());
        painter.drawText(valueRect, Qt::AlignHCenter | Qt::AlignBottom, m_bars.at(bar).valueText);
        const QRect labelRect(plot.left() + static_cast<int>(slot * bar), plot.bottom() + 4, static_cast<int>(slot),
                              metrics.height());
        painter.drawText(labelRect, Qt::AlignHCenter | Qt::AlignTop,
                         metrics.elidedText(m_bars.at(bar).label, Qt::ElideRight, labelRect.width()));
    }
}

void BarChart::mousePressEvent(QMouseEvent *event)
{
    const int bar = barAt(event->position().toPoint());
    if (bar >= 0) {
        m_current = bar;
        update();
    }
    QWidget::mousePressEvent(event);
}

void BarChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int bar = barAt(event->position().toPoint());
    if (bar >= 0) {
        m_current = bar;
        update();
        Q_EMIT barActivated(bar);
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void BarChart::keyPressEvent(QKeyEvent *event)
{
    if (m_bars.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        m_current = qMax(0, m_current - 1);
        update();
        return;
    case Qt::Key_Right:
        m_current = qMin(static_cast<int>(m_bars.size()) - 1, m_current + 1);
        update();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0)
            Q_EMIT barActivated(m_current);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace marginalia
