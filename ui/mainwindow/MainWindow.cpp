#include "mainwindow/MainWindow.h"

#include "agreement/BlindRound.h"
#include "backup/BackupController.h"
#include "codebook/CodebookPane.h"
#include "coding/MemoPanel.h"
#include "compare/CompareController.h"
#include "context/BackgroundIndexer.h"
#include "context/ProjectContext.h"
#include "demo/DemoProject.h"
#include "documents/DocumentsPane.h"
#include "import/ImportController.h"
#include "import/ImportDialog.h"
#include "interchange/InterchangeController.h"
#include "project/DocumentStore.h"
#include "mainwindow/IndexingStatus.h"
#include "mainwindow/MessageBar.h"
#include "mainwindow/StartPage.h"
#include "mainwindow/WindowPlacement.h"
#include "mainwindow/Workspace.h"
#include "memos/MemosPane.h"
#include "search/SearchPane.h"
#include "project/Project.h"
#include "segments/SegmentsPane.h"
#include "settings/CoderDialog.h"
#include "settings/PreferencesDialog.h"
#include "settings/Settings.h"
#include "team/TeamController.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace marginalia {

namespace {

QDockWidget *makeDock(const QString &title, const QString &objectName, QMainWindow *window, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(objectName);
    window->addDockWidget(area, dock);
    dock->hide();
    return dock;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_startPage(new StartPage(this))
    , m_messageBar(new MessageBar(this))
    , m_statistics(new QLabel(this))
    , m_coderLabel(new QLabel(this))
    , m_indexing(new IndexingStatus(this))
{
    setWindowTitle(tr("Marginalia"));
    setAcceptDrops(true);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_stack, 1);
    m_stack->addWidget(m_startPage);
    // Only the page shown sets the minimum size: the start page's, kept while a project is open, made the window too
    // wide for a 1024-pixel screen in German.
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] {
        for (int i = 0; i < m_stack->count(); ++i) {
            QWidget *page = m_stack->widget(i);
            page->setSizePolicy(page == m_stack->currentWidget() ? QSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred)
                                                                 : QSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored));
        }
    });
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_indexing);
    statusBar()->addPermanentWidget(m_statistics);
    statusBar()->addPermanentWidget(m_coderLabel);
    m_statistics->setTextFormat(Qt::PlainText);
    m_coderLabel->setTextFormat(Qt::PlainText);   // a name is shown as typed, never as markup

    m_documentsDock = makeDock(tr("Documents"), QStringLiteral("documentsDock"), this, Qt::LeftDockWidgetArea);
    m_codebookDock = makeDock(tr("Codebook"), QStringLiteral("codebookDock"), this, Qt::RightDockWidgetArea);
    m_memoDock = makeDock(tr("Memo"), QStringLiteral("memoDock"), this, Qt::RightDockWidgetArea);
    m_segmentsDock = makeDock(tr("Coded Segments"), QStringLiteral("segmentsDock"), this, Qt::BottomDockWidgetArea);
    m_searchDock = makeDock(tr("Search"), QStringLiteral("searchDock"), this, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_segmentsDock, m_searchDock);
    m_memosDock = makeDock(tr("All Memos"), QStringLiteral("memosDock"), this, Qt::RightDockWidgetArea);
    tabifyDockWidget(m_memoDock, m_memosDock);

    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::chooseProjectToOpen);
    connect(m_startPage, &StartPage::newRequested, this, &MainWindow::chooseNewProject);
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::openDemoProject);
    connect(m_startPage, &StartPage::recentRequested, this, &MainWindow::openProject);

    createMenus();
    showCoder();
    const Settings settings;
    if (!restoreGeometry(settings.windowGeometry()))
        placeWindow(this, QSize(1280, 800));
    updateActions();
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (isVisible())
        QTimer::singleShot(0, this, [this] { keepOnScreen(this); });
}

MainWindow::~MainWindow()
{
    closeProject();
}

QString MainWindow::demoProjectPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.marginalia"));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Project…"), this, &MainWindow::chooseNewProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open Project…"), this, &MainWindow::chooseProjectToOpen);
    openAction->setShortcut(QKeySequence::Open);
    m_demoAction = file->addAction(tr("Open the &Demo Project"), this, &MainWindow::openDemoProject);
    m_demoAction->setObjectName(QStringLiteral("openDemoAction"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import Documents…"), this, &MainWindow::chooseFilesToImport);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importAction->setObjectName(QStringLiteral("importDocumentsAction"));
    file->addSeparator();
    (new InterchangeController(this))->addToMenu(file);   // REFI-QDA export/import, merge
    file->addSeparator();
    (new BackupController(this))->addToMenu(file);        // save a backup, restore from one
    m_team = new TeamController(this);                    // File › Team: publish, join, sync; the status-bar sign
    m_team->addToMenu(file);
    file->addSeparator();
    auto *compare = new CompareController(this);           // the Compare menu and the report dialog
    compare->addReportAction(file);
    file->addSeparator();
    m_coderAction = file->addAction(tr("C&oder…"), this, &MainWindow::chooseCoder);
    file->addSeparator();
    m_closeAction = file->addAction(tr("&Close Project"), this, [this] {
        closeProject();
        updateActions();
    });
    m_closeAction->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = edit->addAction(tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_workspace)
            m_workspace->context()->undoStack()->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_workspace)
            m_workspace->context()->undoStack()->redo();
    });
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    m_documentMenu = menuBar()->addMenu(tr("&Document"));
    m_searchAction = new QAction(tr("Search All &Documents…"), this);
    m_searchAction->setObjectName(QStringLiteral("searchAllAction"));
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    addAction(m_searchAction);   // the shortcut works while the menu is rebuilt
    connect(m_searchAction, &QAction::triggered, this, [this] {
        if (!m_workspace)
            return;
        m_searchDock->show();
        m_searchDock->raise();
        m_workspace->searchPane()->activate();
    });
    m_codeMenu = menuBar()->addMenu(tr("&Code"));
    compare->addCompareMenu(menuBar()->addMenu(tr("C&ompare")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_snapAction = view->addAction(tr("&Snap Selections to Words"));
    m_snapAction->setCheckable(true);
    m_snapAction->setChecked(Settings().snapToWords());
    connect(m_snapAction, &QAction::toggled, this, [this](bool snap) {
        if (m_workspace)
            m_workspace->setSnapToWords(snap);
        else
            Settings().setSnapToWords(snap);
    });
    view->addSeparator();
    for (QDockWidget *dock : {m_documentsDock, m_codebookDock, m_segmentsDock, m_memoDock, m_searchDock, m_memosDock})
        view->addAction(dock->toggleViewAction());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings().recentProjects();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openProject(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
}

void MainWindow::updateActions()
{
    const bool open = m_workspace != nullptr;
    m_importAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_documentMenu->setEnabled(open);
    m_codeMenu->setEnabled(open);
    m_searchAction->setEnabled(open);
    for (QDockWidget *dock : {m_documentsDock, m_codebookDock, m_segmentsDock, m_memoDock, m_searchDock, m_memosDock})
        dock->toggleViewAction()->setEnabled(open);
    if (!open) {
        m_undoAction->setEnabled(false);
        m_redoAction->setEnabled(false);
        m_undoAction->setText(tr("&Undo"));
        m_redoAction->setText(tr("&Redo"));
        m_statistics->clear();
        setWindowTitle(tr("Marginalia"));
    }
}

void MainWindow::showError(const QString &message)
{
    m_messageBar->showMessage(message, MessageBar::Kind::Error);
    statusBar()->showMessage(message, 10000);
}

bool MainWindow::openProject(const QString &path)
{
    auto project = Project::open(path);
    if (!project) {
        showError(tr("Could not open the project: %1").arg(project.error()));
        Settings().removeRecentProject(path);
        m_startPage->reloadRecent();
        return false;
    }
    // What opening found and did (a stale -wal set aside, no write-ahead log on this file system):
    // core sentences, shown until the user closes the bar because they may concern lost work.
    const QStringList notes = (*project)->notes();
    closeProject();
    m_workspace = new Workspace(std::move(*project), this);
    Settings().addRecentProject(path);
    if (!notes.isEmpty())
        m_messageBar->showMessage(tr("While opening the project: %1").arg(notes.join(QLatin1Char(' '))),
                                  MessageBar::Kind::Error);

    ProjectContext *context = m_workspace->context();
    QUndoStack *stack = context->undoStack();
    connect(context, &ProjectContext::failed, this, &MainWindow::showError);
    connect(stack, &QUndoStack::canUndoChanged, this, &MainWindow::updateUndoAction);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoAction);
    connect(context, &ProjectContext::undoLimitNoteChanged, this, &MainWindow::updateUndoAction);
    connect(stack, &QUndoStack::redoTextChanged, this, [this](const QString &text) {
        m_redoAction->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    connect(stack, &QUndoStack::indexChanged, this, [this] {
        if (m_workspace)
            statusBar()->showMessage(tr("Saved."), 1500);
    });
    connect(m_workspace, &Workspace::statisticsChanged, m_statistics, &QLabel::setText);
    m_indexing->setIndexer(context->indexer());
    connect(context->indexer(), &BackgroundIndexer::finished, this, [this](const QString &message) {
        if (!message.isEmpty())
            statusBar()->showMessage(tr("The search index could not be brought up to date: %1").arg(message), 10000);
    });
    connect(m_workspace->importController(), &ImportController::finished, this,
            [this](int imported, int refused, bool cancelled) {
        if (!cancelled && imported > 0)
            statusBar()->showMessage(tr("%n document(s) imported.", nullptr, imported)
                                         + (refused ? QLatin1Char(' ') + tr("%n file(s) refused.", nullptr, refused)
                                                    : QString()),
                                     8000);
    });

    m_workspace->documentsPane()->setEmptyProjectActions(m_importAction, m_demoAction);
    m_documentsDock->setWidget(m_workspace->documentsPane());
    m_codebookDock->setWidget(m_workspace->codebookPane());
    m_segmentsDock->setWidget(m_workspace->segmentsPane());
    m_memoDock->setWidget(m_workspace->memoPanel());
    m_searchDock->setWidget(m_workspace->searchPane());
    m_memosDock->setWidget(m_workspace->memosPane());
    m_stack->addWidget(m_workspace->readingPane());
    m_stack->setCurrentWidget(m_workspace->readingPane());
    for (QDockWidget *dock : {m_documentsDock, m_codebookDock, m_segmentsDock, m_memoDock, m_searchDock, m_memosDock})
        dock->show();
    if (!restoreState(Settings().windowState())) {
        // First start: the text gets most of the window; the panes beside and below it what they need.
        resizeDocks({m_documentsDock, m_codebookDock}, {width() / 4, width() / 4}, Qt::Horizontal);
        resizeDocks({m_segmentsDock}, {height() / 4}, Qt::Vertical);
        resizeDocks({m_codebookDock}, {height() / 2}, Qt::Vertical);
    }
    m_segmentsDock->raise();
    m_memoDock->raise();
    // The panes' minimum sizes may grow the window past a small screen's edge once their layout is done.
    QTimer::singleShot(0, this, [this] { keepOnScreen(this); });

    CodebookPane *codebook = m_workspace->codebookPane();
    m_codeMenu->clear();
    m_codeMenu->addActions({m_workspace->quickCodeAction(), m_workspace->inVivoAction()});
    m_codeMenu->addSeparator();
    m_codeMenu->addActions({codebook->addAction(), codebook->addSubcodeAction(), codebook->editAction(),
                            codebook->renameAction(),
                            codebook->recolorAction(), codebook->mergeAction(), codebook->deleteAction()});
    m_documentMenu->clear();
    m_documentMenu->addActions({m_workspace->findAction(), m_searchAction});
    m_documentMenu->addSeparator();
    m_documentMenu->addActions({m_workspace->attributesAction(), m_workspace->removeDocumentAction()});
    m_workspace->setSnapToWords(m_snapAction->isChecked());

    updateUndoAction();
    m_redoAction->setEnabled(false);
    m_statistics->setText(m_workspace->statistics());
    setWindowTitle(tr("%1 — Marginalia").arg(QFileInfo(path).completeBaseName()));
    updateActions();
    Q_EMIT projectChanged();
    return true;
}

void MainWindow::showCoder()
{
    const QString name = Settings().coderName();
    m_coderLabel->setText(tr("Coder: %1").arg(name));
    m_coderLabel->setToolTip(tr("Your codings are stored under this name. Change it with File › Coder…"));
}

void MainWindow::setCoder(const QString &name)
{
    const QString previous = Settings().coderName();
    Settings().setCoderName(name);
    if (m_workspace) {
        // With a blind round the view of codings is made for the new coder; if that fails the coder stays who it was.
        if (auto switched = m_workspace->context()->project().setCurrentCoder(Settings().coderName()); !switched) {
            Settings().setCoderName(previous);
            m_messageBar->showMessage(tr("The coder was not changed: %1").arg(switched.error()), MessageBar::Kind::Error);
            return;
        }
        // A blind round shows each coder only their own codings on its sample: show the new coder's.
        if (BlindRound::of(m_workspace->context())->isOpen())
            m_workspace->context()->notifyChanged(ProjectContext::Codings);
    }
    showCoder();
}

bool MainWindow::askCoderOnFirstStart()
{
    if (Settings().hasCoderName())
        return false;
    CoderDialog dialog(Settings().coderName(), true, this);   // prefilled with the account's full name
    if (dialog.exec() != QDialog::Accepted || dialog.coderName().isEmpty())
        return false;   // asked again at the next start; meanwhile the account's name is used, and shown
    setCoder(dialog.coderName());
    return true;
}

bool MainWindow::chooseCoder()
{
    CoderDialog dialog(Settings().coderName(), false, this);
    if (dialog.exec() != QDialog::Accepted || dialog.coderName().isEmpty())
        return false;
    setCoder(dialog.coderName());
    return true;
}

void MainWindow::updateUndoAction()
{
    QUndoStack *stack = m_workspace ? m_workspace->context()->undoStack() : nullptr;
    if (stack && stack->canUndo()) {
        m_undoAction->setText(tr("&Undo %1").arg(stack->undoText()));
        m_undoAction->setEnabled(true);
        return;
    }
    // Nothing left to undo: say so if an edit could not be kept for undo, rather than just greying out.
    const QString note = m_workspace ? m_workspace->context()->undoLimitNote() : QString();
    m_undoAction->setText(note.isEmpty() ? tr("&Undo") : tr("Cannot undo %1").arg(note));
    m_undoAction->setEnabled(false);
}

bool MainWindow::newProject(const QString &path)
{
    auto created = Project::create(path);
    if (!created) {
        showError(tr("Could not create the project: %1").arg(created.error()));
        return false;
    }
    created->reset();
    return openProject(path);
}

bool MainWindow::openDemoProject()
{
    const QString path = demoProjectPath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto built = buildDemoProject(path);
        QApplication::restoreOverrideCursor();
        if (!built) {
            showError(tr("Could not build the demo project: %1").arg(built.error()));
            return false;
        }
    }
    return openProject(path);
}

void MainWindow::closeProject()
{
    if (!m_workspace)
        return;
    m_workspace->memoPanel()->save();
    Settings().setWindowState(saveState());
    for (QDockWidget *dock : {m_documentsDock, m_codebookDock, m_segmentsDock, m_memoDock, m_searchDock, m_memosDock}) {
        dock->setWidget(nullptr);
        dock->hide();
    }
    m_stack->removeWidget(m_workspace->readingPane());
    // Cleared before the delete: its undo stack and panes signal while they go, and the slots they reach
    // (updateUndoAction) must not call into a Workspace that is half destroyed.
    Workspace *closing = std::exchange(m_workspace, nullptr);
    delete closing;   // deletes the panes it made
    updateUndoAction();
    m_codeMenu->clear();
    m_documentMenu->clear();
    m_startPage->reloadRecent();
    m_stack->setCurrentWidget(m_startPage);
    Q_EMIT projectChanged();
}

void MainWindow::askAndImport(const QStringList &paths)
{
    if (!m_workspace) {
        showError(tr("Open or create a project before importing documents."));
        return;
    }
    auto values = DocumentStore(m_workspace->context()->project()).attributeValues();
    ImportDialog dialog(paths, values ? *values : QMap<QString, QStringList>(), this);
    if (dialog.exec() == QDialog::Accepted)
        importFiles(paths, dialog.options());
}

bool MainWindow::importFiles(const QStringList &paths, const ImportOptions &options)
{
    if (!m_workspace) {
        showError(tr("Open or create a project before importing documents."));
        return false;
    }
    if (!m_workspace->importController()->importFiles(paths, options)) {
        showError(tr("An import is running already; wait until it has finished."));
        return false;
    }
    return true;
}

void MainWindow::chooseProjectToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), {},
                                                      tr("Marginalia projects (*.marginalia);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::chooseNewProject()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), {}, tr("Marginalia projects (*.marginalia)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".marginalia")))
        path += QStringLiteral(".marginalia");
    newProject(path);
}

void MainWindow::chooseFilesToImport()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import Documents"), {},
        tr("Documents (*.txt *.md *.html *.htm *.docx *.odt *.pdf);;All files (*)"));
    if (!paths.isEmpty())
        askAndImport(paths);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.apply())
        m_messageBar->showMessage(tr("The new interface language takes effect when you start Marginalia again."),
                                  MessageBar::Kind::Information);
    if (m_workspace) {
        Project &project = m_workspace->context()->project();
        if (auto switched = project.setCurrentCoder(Settings().coderName()); !switched) {
            Settings().setCoderName(project.currentCoder());   // the coder stays who it was
            m_messageBar->showMessage(tr("The coder was not changed: %1").arg(switched.error()), MessageBar::Kind::Error);
        }
    }
    showCoder();
    if (m_workspace) {
        m_workspace->applyDocumentFont();
        m_statistics->setText(m_workspace->statistics());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    if (m_workspace && m_workspace->importController()->isRunning()) {
        showError(tr("An import is running; cancel it or wait until it has finished before quitting."));
        event->ignore();
        return;
    }
    closeProject();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_workspace && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        // Not inside the drop event: the dialog runs its own event loop.
        QMetaObject::invokeMethod(this, [this, paths] { askAndImport(paths); }, Qt::QueuedConnection);
    }
}

} // namespace marginalia
