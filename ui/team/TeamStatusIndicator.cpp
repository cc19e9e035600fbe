#include "team/TeamStatusIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QProgressBar>

namespace marginalia {

TeamStatusIndicator::TeamStatusIndicator(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    setObjectName(QStringLiteral("teamStatusIndicator"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setTextFormat(Qt::PlainText);
    layout->addWidget(m_label);
    m_busy->setRange(0, 0);   // the core reports no fractions: a busy bar
    m_busy->setMaximumWidth(60);
    m_busy->setTextVisible(false);
    m_busy->hide();
    layout->addWidget(m_busy);
    setCursor(Qt::PointingHandCursor);
    hide();
}

void TeamStatusIndicator::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QWidget::mouseReleaseEvent(event);
}

void TeamStatusIndicator::showStatus(const QString &text, const QStringList &toolTipLines)
{
    m_label->setText(text);
    QStringList escaped;
    for (const QString &line : toolTipLines)
        escaped << line.toHtmlEscaped();
    setToolTip(QStringLiteral("<p style='white-space:pre-wrap'>") + escaped.join(QStringLiteral("<br/>"))
               + QStringLiteral("</p>"));
    show();
}

void TeamStatusIndicator::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

QString TeamStatusIndicator::text() const
{
    return m_label->text();
}

} // namespace marginalia
