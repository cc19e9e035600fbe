#include "coding/MemoPanel.h"

#include "coding/EditCommands.h"
#include "coding/EditorText.h"
#include "context/ProjectContext.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace marginalia {

MemoPanel::MemoPanel(ProjectContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_edit(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("Save Memo"), this))
{
    m_title->setWordWrap(true);
    // Wrapped to the dock's width: its one-line width must not widen the dock (it did, to 650 px, in German).
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setTextFormat(Qt::PlainText);   // the title holds names, which are never markup
    m_edit->setPlaceholderText(tr("Write a memo…"));
    auto *saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    saveShortcut->setShortcutContext(Qt::WidgetShortcut);
    m_edit->addAction(saveShortcut);
    connect(saveShortcut, &QAction::triggered, this, &MemoPanel::save);
    connect(m_save, &QPushButton::clicked, this, &MemoPanel::save);
    connect(m_edit, &QPlainTextEdit::modificationChanged, m_save, &QWidget::setEnabled);
    connect(m_context, &ProjectContext::changed, this, [this](ProjectContext::Changes changes) {
        if ((changes & (ProjectContext::Memos | ProjectContext::Codes | ProjectContext::Codings | ProjectContext::Documents))
            && !m_edit->document()->isModified())
            load();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_edit, 1);
    layout->addLayout(buttons);
    // Three lines at least, not the scroll area's default: on a 600-pixel-high screen the memo shares the right side
    // with the codebook.
    m_edit->setMinimumHeight(m_edit->fontMetrics().lineSpacing() * 3 + 2 * m_edit->frameWidth() + 8);
    load();
}

void MemoPanel::setTarget(Target target, qint64 id)
{
    if (target == m_target && id == m_id)
        return;
    // A pane reacting to our save (its list reloaded, its current row lost or restored) is not the user
    // choosing another memo: stay on the one just saved.
    if (m_saving)
        return;
    save();
    m_target = target;
    m_id = id;
    load();
}

void MemoPanel::load()
{
    QString title;
    QString memo;
    bool exists = false;
    switch (m_target) {
    case Target::None:
        break;
    case Target::Document:
        if (auto info = DocumentStore(m_context->project()).info(m_id)) {
            title = tr("Memo of the document “%1”").arg(info->name);
            memo = info->memo;
            exists = true;
        }
        break;
    case Target::Code:
        if (auto code = Codebook(m_context->project()).code(m_id)) {
            title = tr("Memo of the code “%1”").arg(code->path);
            memo = code->memo;
            exists = true;
        }
        break;
    case Target::Coding:
        if (auto segment = CodingStore(m_context->project()).segment(m_id)) {
            title = tr("Memo of a “%1” coding in “%2”").arg(segment->code, segment->document);
            memo = segment->memo;
            exists = true;
        }
        break;
    }
    if (!exists) {
        m_target = Target::None;
        m_id = 0;
        title = tr("Choose a document, a code or a coded passage to see its memo.");
    }
    m_title->setText(title);
    m_edit->setEnabled(exists);
    if (editorText(m_edit) != memo)
        m_edit->setPlainText(memo);
    m_edit->document()->setModified(false);
    m_save->setEnabled(false);
}

bool MemoPanel::save()
{
    if (m_target == Target::None || !m_edit->document()->isModified())
        return false;
    const QString memo = editorText(m_edit);
    m_edit->document()->setModified(false);
    const Target target = m_target;
    const qint64 id = m_id;
    const QScopedValueRollback<bool> saving(m_saving, true);
    bool saved = false;
    switch (target) {
    case Target::Document: saved = EditCommands::setDocumentMemo(m_context, id, memo); break;
    case Target::Code: saved = EditCommands::setCodeMemo(m_context, id, memo); break;
    case Target::Coding: saved = EditCommands::setCodingMemo(m_context, id, memo); break;
    case Target::None: break;
    }
    return saved;
}

} // namespace marginalia
