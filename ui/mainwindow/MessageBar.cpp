#include "mainwindow/MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace marginalia {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);   // messages quote names and file contents
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close this message"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(close);
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    m_label->setText(text);
    setStyleSheet(kind == Kind::Error ? QStringLiteral("#messageBar { background: #fbe3e4; border: 1px solid #d9534f; }")
                                      : QStringLiteral("#messageBar { background: #e8f1fb; border: 1px solid #5b8fd9; }"));
    show();
    if (kind == Kind::Information)
        m_timer->start(6000);
    else
        m_timer->stop();
}

QString MessageBar::text() const
{
    return m_label->text();
}

} // namespace marginalia
