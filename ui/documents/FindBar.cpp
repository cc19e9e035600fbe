#include "documents/FindBar.h"

#include "document/DocumentView.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace marginalia {

FindBar::FindBar(DocumentView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    m_status->setTextFormat(Qt::PlainText);
    m_edit->setPlaceholderText(tr("Find in document"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Close the find bar"));
    close->setAutoRaise(true);

    connect(m_edit, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_edit, &QLineEdit::textChanged, m_status, &QLabel::clear);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status);
    layout->addWidget(close);
    hide();
}

void FindBar::activate()
{
    show();
    const QString selected = m_view->selectedText();
    if (!selected.isEmpty() && !selected.contains(QLatin1Char('\n')))
        m_edit->setText(selected);
    m_edit->selectAll();
    m_edit->setFocus(Qt::ShortcutFocusReason);
}

bool FindBar::findNext(bool backwards)
{
    if (m_edit->text().isEmpty())
        return false;
    const bool found = m_view->find(m_edit->text(), backwards);
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            m_view->setFocus();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ShiftModifier)) {
            findNext(true);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace marginalia
