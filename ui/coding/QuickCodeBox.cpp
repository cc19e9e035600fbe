#include "coding/QuickCodeBox.h"

#include "codebook/CodebookModel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>

namespace marginalia {

QuickCodeBox::QuickCodeBox(CodebookModel *codes, QWidget *parent)
    : QFrame(parent)
    , m_codes(codes)
    , m_edit(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_paths(new QStringListModel(this))
{
    setObjectName(QStringLiteral("quickCodeBox"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(new QLabel(tr("Code:"), this));
    layout->addWidget(m_edit, 1);
    m_edit->setPlaceholderText(tr("Type a code name, Enter to code"));
    m_edit->installEventFilter(this);
    m_completer->setModel(m_paths);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_edit->setCompleter(m_completer);
    connect(m_edit, &QLineEdit::returnPressed, this, &QuickCodeBox::accept);
    hide();
}

void QuickCodeBox::updateCompletions()
{
    QStringList paths;
    for (const Code &code : m_codes->codes())
        paths.append(code.path);
    m_paths->setStringList(paths);
}

void QuickCodeBox::popup()
{
    updateCompletions();
    m_edit->clear();
    if (QWidget *p = parentWidget()) {
        const int width = qMin(p->width() - 20, 420);
        resize(width, sizeHint().height());
        move((p->width() - width) / 2, p->height() / 4);
    }
    show();
    raise();
    m_edit->setFocus(Qt::PopupFocusReason);
}

void QuickCodeBox::accept()
{
    // A completer popup still open: take its current entry.
    if (m_completer->popup()->isVisible() && m_completer->popup()->currentIndex().isValid())
        m_edit->setText(m_completer->popup()->currentIndex().data().toString());
    const QString typed = m_edit->text().trimmed();
    m_completer->popup()->hide();
    hide();
    if (typed.isEmpty())
        return;
    const Code *byName = nullptr;
    for (const Code &code : m_codes->codes()) {
        if (code.path.compare(typed, Qt::CaseInsensitive) == 0)
            byName = &code;
    }
    if (!byName) {
        // A unique name (not path) matches too.
        const Code *unique = nullptr;
        int matches = 0;
        for (const Code &code : m_codes->codes()) {
            if (code.name.compare(typed, Qt::CaseInsensitive) == 0) {
                unique = &code;
                ++matches;
            }
        }
        if (matches == 1)
            byName = unique;
    }
    if (byName)
        Q_EMIT codeChosen(byName->id);
    else
        Q_EMIT newCodeRequested(typed);
}

bool QuickCodeBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        hide();
        if (parentWidget())
            parentWidget()->setFocus();
        return true;
    }
    if (watched == m_edit && event->type() == QEvent::FocusOut && !m_completer->popup()->isVisible())
        hide();
    return QFrame::eventFilter(watched, event);
}

} // namespace marginalia
