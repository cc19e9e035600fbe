#include "mainwindow/Workspace.h"

#include "agreement/BlindRound.h"
#include "codebook/CodebookModel.h"
#include "codebook/CodebookPane.h"
#include "coding/CodingController.h"
#include "coding/EditCommands.h"
#include "coding/MemoPanel.h"
#include "coding/QuickCodeBox.h"
#include "context/ProjectContext.h"
#include "document/DocumentView.h"
#include "documents/AttributeEditor.h"
#include "documents/AttributeTableModel.h"
#include "documents/DocumentListModel.h"
#include "documents/DocumentsPane.h"
#include "documents/FindBar.h"
#include "import/ImportController.h"
#include "project/Codebook.h"
#include "project/ChangeRecorder.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "memos/MemosPane.h"
#include "search/SearchPane.h"
#include "segments/SegmentsModel.h"
#include "segments/SegmentsPane.h"
#include "settings/Settings.h"

#include <QAction>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace marginalia {

namespace {

// The coder of these settings, set before any model reads the project: what each list shows during a blind round
// depends on who is looking.
std::unique_ptr<Project> withCurrentCoder(std::unique_ptr<Project> project)
{
    project->setCurrentCoder(Settings().coderName());
    return project;
}

} // namespace

Workspace::Workspace(std::unique_ptr<Project> project, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_context(new ProjectContext(withCurrentCoder(std::move(project)), this))
    , m_documentModel(new DocumentListModel(m_context, this))
    , m_codebookModel(new CodebookModel(m_context, this))
    , m_attributeModel(new AttributeTableModel(m_context, this))
    , m_documentsPane(new DocumentsPane(m_documentModel))
    , m_codebookPane(new CodebookPane(m_context, m_codebookModel))
    , m_readingPane(new QWidget)
    , m_view(new DocumentView(m_readingPane))
    , m_findBar(new FindBar(m_view, m_readingPane))
    , m_segmentsPane(new SegmentsPane(m_context))
    , m_memoPanel(new MemoPanel(m_context))
    , m_searchPane(new SearchPane(m_context))
    , m_memosPane(new MemosPane(m_context))
    , m_quickCode(new QuickCodeBox(m_codebookModel, m_readingPane))
    , m_coding(new CodingController(m_context, m_view, this))
    , m_import(new ImportController(m_context, window, this))
{
    // (The coder withCurrentCoder set: the view made for it by ProjectContext stays when this fails.)
    if (auto same = m_context->project().setCurrentCoder(Settings().coderName()); !same)
        qWarning("%s", qPrintable(same.error()));
    m_view->setObjectName(QStringLiteral("documentView"));
    auto *layout = new QVBoxLayout(m_readingPane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
    m_view->textEdit()->installEventFilter(this);
    setSnapToWords(Settings().snapToWords());
    applyDocumentFont();

    m_quickCodeAction = new QAction(tr("Quick Code…"), this);
    m_quickCodeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_quickCodeAction->setToolTip(tr("Code the selection with a code chosen by typing its name"));
    m_inVivoAction = new QAction(tr("Code In Vivo"), this);
    m_inVivoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_inVivoAction->setToolTip(tr("The selected words become a new code that codes them"));
    m_findAction = new QAction(tr("Find in Document…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_attributesAction = new QAction(tr("Edit Attributes…"), this);
    m_removeDocumentAction = new QAction(tr("Remove Document…"), this);

    connect(m_quickCodeAction, &QAction::triggered, this, [this] {
        if (m_view->selectedSpan().isEmpty()) {
            m_context->reportFailure(tr("Select some text to code first."));
            return;
        }
        m_quickCode->popup();
    });
    connect(m_inVivoAction, &QAction::triggered, m_coding, &CodingController::codeInVivo);
    connect(m_findAction, &QAction::triggered, m_findBar, &FindBar::activate);
    connect(m_attributesAction, &QAction::triggered, this, &Workspace::showAttributeEditor);
    connect(m_removeDocumentAction, &QAction::triggered, this, [this] {
        const qint64 id = m_documentsPane->currentDocumentId();
        const DocumentInfo *info = m_documentModel->document(id);
        if (!info)
            return;
        const QString question = tr("Remove the document “%1” and its %n coding(s) from the project?", nullptr,
                                    static_cast<int>(info->codings))
                                     .arg(info->name);
        QMessageBox box(QMessageBox::Question, tr("Remove Document"), question + QLatin1Char(' ') + tr("You can undo this."),
                        QMessageBox::Yes | QMessageBox::Cancel, m_window);
        box.setTextFormat(Qt::PlainText);   // a document name is never markup
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() == QMessageBox::Yes)
            EditCommands::removeDocument(m_context, id);
    });

    connect(m_quickCode, &QuickCodeBox::codeChosen, this, [this](qint64 codeId) {
        m_coding->codeSelection(codeId);
        m_view->textEdit()->setFocus();
    });
    connect(m_quickCode, &QuickCodeBox::newCodeRequested, this, [this](const QString &name) {
        m_coding->codeWithNewCode(name);
        m_view->textEdit()->setFocus();
    });
    connect(m_coding, &CodingController::quickCodeRequested, m_quickCodeAction, &QAction::trigger);
    connect(m_coding, &CodingController::newCodeRequested, this, [this] {
        if (const qint64 id = m_codebookPane->addCodeWithDialog(0))
            m_coding->codeSelection(id);
        m_view->textEdit()->setFocus();
    });
    connect(m_codebookModel, &CodebookModel::selectionDropped, this,
            [this](qint64 codeId, qint64 documentId, qint64 start, qint64 end) {
        m_coding->codeSpan(codeId, documentId, {start, end});
    });
    connect(m_documentsPane, &DocumentsPane::documentActivated, this, &Workspace::openDocument);
    connect(m_documentsPane, &DocumentsPane::currentDocumentChanged, this, &Workspace::openDocument);
    connect(m_documentsPane, &DocumentsPane::contextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(m_window);
        menu.addActions({m_attributesAction, m_removeDocumentAction});
        menu.exec(pos);
    });
    connect(m_codebookPane, &CodebookPane::selectedCodesChanged, this, [this](const QList<qint64> &ids) {
        m_segmentsPane->setCodes(ids);
        if (ids.size() == 1)
            m_memoPanel->setTarget(MemoPanel::Target::Code, ids.first());
    });
    connect(m_segmentsPane, &SegmentsPane::jumpRequested, this, &Workspace::jumpTo);
    connect(m_searchPane, &SearchPane::jumpRequested, this, &Workspace::jumpTo);
    connect(m_memosPane, &MemosPane::memoActivated, this, [this](const MemoEntry &entry) {
        switch (entry.owner) {
        case MemoOwner::Document:
            openDocument(entry.documentId);
            m_memoPanel->setTarget(MemoPanel::Target::Document, entry.documentId);
            break;
        case MemoOwner::Code:
            m_codebookPane->selectCode(entry.codeId);
            m_memoPanel->setTarget(MemoPanel::Target::Code, entry.codeId);
            break;
        case MemoOwner::Coding:
            jumpTo(entry.documentId, {entry.start, entry.end});
            m_memoPanel->setTarget(MemoPanel::Target::Coding, entry.id);
            break;
        case MemoOwner::Case:   // cases have no view of their own yet
            break;
        }
    });
    connect(m_segmentsPane, &SegmentsPane::currentCodingChanged, this, [this](qint64 codingId) {
        if (codingId)
            m_memoPanel->setTarget(MemoPanel::Target::Coding, codingId);
    });
    connect(m_view, &DocumentView::codingClicked, this,
            [this](qint64 codingId) { m_memoPanel->setTarget(MemoPanel::Target::Coding, codingId); });
    connect(m_view, &DocumentView::editCodingMemoRequested, this, [this](qint64 codingId) {
        m_memoPanel->setTarget(MemoPanel::Target::Coding, codingId);
        m_memoPanel->editor()->setFocus();
    });
    connect(m_view, &DocumentView::selectionSpanChanged, this, [this] { updateActions(); });
    connect(m_context, &ProjectContext::changed, this, [this](ProjectContext::Changes changes) {
        onChanged(static_cast<int>(changes));
    });

    // Open the first document, so that there is text to read right away.
    if (!m_documentModel->documents().isEmpty()) {
        const qint64 first = m_documentModel->documents().first().id;
        m_documentsPane->selectDocument(first);
        openDocument(first);
    }
    updateActions();
}

Workspace::~Workspace()
{
    savePosition();
    // The panes live in the window's docks; they use the models and context owned here.
    delete m_attributeEditor;
    delete m_documentsPane;
    delete m_codebookPane;
    delete m_segmentsPane;
    delete m_memoPanel;
    delete m_searchPane;
    delete m_memosPane;
    delete m_readingPane;
}

void Workspace::onChanged(int changes)
{
    // What the edit touched when known (an undo command's change, its undo or redo): the models and the view
    // patch just that; null reloads them.
    const ChangeFootprint *edit = m_context->editFootprint();
    // (Memos: a document's memo is in the list's tooltip.)
    if (changes & (ProjectContext::Documents | ProjectContext::Codings | ProjectContext::Attributes | ProjectContext::Memos)) {
        const qint64 current = m_documentsPane->currentDocumentId();
        m_documentModel->applyChange(edit);
        m_documentsPane->selectDocument(current ? current : m_view->documentId());
    }
    if (changes & (ProjectContext::Documents | ProjectContext::Attributes))
        m_attributeModel->reload();
    if (changes & (ProjectContext::Codes | ProjectContext::Codings))
        m_codebookModel->applyChange(edit);
    if (changes & ProjectContext::Documents) {
        // The shown document may have been removed (or an import undone).
        if (m_view->documentId() && !m_documentModel->document(m_view->documentId())) {
            m_view->clear();
            m_documentGuid.clear();
        } else if (!m_view->documentId() && !m_documentModel->documents().isEmpty()) {
            openDocument(m_documentModel->documents().first().id);
        }
    }
    if (changes & (ProjectContext::Codes | ProjectContext::Codings | ProjectContext::Documents))
        refreshCodings(edit);
    updateActions();
    Q_EMIT statisticsChanged(statistics());
}

void Workspace::refreshCodings(const ChangeFootprint *edit)
{
    if (!m_view->documentId())
        return;
    static const QStringList kCodingsOnly{QStringLiteral("codings"), QStringLiteral("coders")};
    if (edit && edit->touchesOnly(kCodingsOnly)) {
        auto current = CodingStore(m_context->project()).documentCodings(m_view->documentId(), edit->codings);
        if (!current) {
            m_context->reportFailure(current.error());
            return;
        }
        m_view->patchCodings(edit->codings, *current);
        return;
    }
    auto codings = CodingStore(m_context->project()).documentCodings(m_view->documentId());
    if (!codings) {
        m_context->reportFailure(codings.error());
        return;
    }
    m_view->setCodings(*codings);
}

void Workspace::openDocument(qint64 documentId)
{
    if (documentId == 0 || documentId == m_view->documentId())
        return;
    savePosition();
    DocumentStore store(m_context->project());
    auto text = store.text(documentId);
    if (!text) {
        m_context->reportFailure(text.error());
        return;
    }
    const DocumentInfo *info = m_documentModel->document(documentId);
    m_documentGuid = info ? info->guid : QString();
    m_view->showDocument(documentId, *text);
    refreshCodings();
    if (!m_documentGuid.isEmpty())
        m_view->scrollToPosition(Settings().documentPosition(m_context->path(), m_documentGuid));
    m_documentsPane->selectDocument(documentId);
    m_memoPanel->setTarget(MemoPanel::Target::Document, documentId);
    updateActions();
}

void Workspace::jumpTo(qint64 documentId, TextSpan span)
{
    openDocument(documentId);
    if (m_view->documentId() != documentId)
        return;
    m_view->selectSpan(span);
    m_view->scrollToSpan(span);
    m_view->setFocus();
}

void Workspace::savePosition()
{
    if (m_view->documentId() && !m_documentGuid.isEmpty())
        Settings().setDocumentPosition(m_context->path(), m_documentGuid, m_view->topPosition());
}

void Workspace::setSnapToWords(bool snap)
{
    m_view->setSnapToWords(snap);
    Settings().setSnapToWords(snap);
}

void Workspace::applyDocumentFont()
{
    m_view->setViewFont(Settings().documentFont());
}

AttributeEditor *Workspace::attributeEditor() const
{
    return m_attributeEditor.data();
}

void Workspace::showAttributeEditor()
{
    if (!m_attributeEditor)
        m_attributeEditor = new AttributeEditor(m_attributeModel, m_window);
    m_attributeEditor->show();
    m_attributeEditor->raise();
    m_attributeEditor->activateWindow();
}

void Workspace::updateActions()
{
    const bool selected = !m_view->selectedSpan().isEmpty();
    m_quickCodeAction->setEnabled(m_view->documentId() != 0);
    m_inVivoAction->setEnabled(selected);
    m_findAction->setEnabled(m_view->documentId() != 0);
    m_removeDocumentAction->setEnabled(m_documentsPane->currentDocumentId() != 0);
}

QString Workspace::statistics()
{
    // From the models, which follow every edit, in constant time: counting the project's codings (or summing the
    // documents' counts) again after each edit would take time in proportion to the project.
    return tr("%n document(s)", nullptr, static_cast<int>(m_documentModel->documents().size())) + QStringLiteral(" · ")
        + tr("%n code(s)", nullptr, static_cast<int>(m_codebookModel->codes().size())) + QStringLiteral(" · ")
        + tr("%n coding(s)", nullptr, static_cast<int>(m_documentModel->totalCodings()));
}

bool Workspace::eventFilter(QObject *watched, QEvent *event)
{
    // Number keys 1–9 in the text apply the codes the user gave those keys.
    if (event->type() == QEvent::KeyPress && watched == m_view->textEdit()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (modifiers == Qt::NoModifier && key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9) {
            m_coding->codeWithKey(key->key() - Qt::Key_0);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace marginalia
