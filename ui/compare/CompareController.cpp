#include "compare/CompareController.h"

#include "agreement/AgreementController.h"
#include "context/ProjectContext.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/WindowPlacement.h"
#include "mainwindow/Workspace.h"
#include "reports/ReportDialog.h"

#include <QAction>
#include <QMenu>

namespace marginalia {

CompareController::CompareController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    // The main window retitles itself whenever a project opens or closes: the moment to enable or disable the
    // actions (their shortcuts work without the menu being shown).
    connect(window, &QWidget::windowTitleChanged, this, &CompareController::updateActions);
}

void CompareController::addCompareMenu(QMenu *menu)
{
    const QList<std::tuple<CompareWindow::Tab, QString, QString>> entries = {
        {CompareWindow::MatrixPage, tr("Code × Site &Matrix…"), QStringLiteral("compareMatrixAction")},
        {CompareWindow::CooccurrencePage, tr("Code &Co-occurrence…"), QStringLiteral("compareCooccurrenceAction")},
        {CompareWindow::WordsPage, tr("&Word Frequencies…"), QStringLiteral("compareWordsAction")},
        {CompareWindow::AgreementPage, tr("Inter-coder &Agreement…"), QStringLiteral("compareAgreementAction")},
    };
    for (const auto &[tab, text, name] : entries) {
        QAction *action = menu->addAction(text, this, [this, page = tab] { showCompare(page); });
        action->setObjectName(name);
        if (tab == CompareWindow::MatrixPage)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        m_actions.append(action);
    }
    // The double-coding commands (sample, blind round, adjudication) follow the agreement.
    (new AgreementController(m_window, this))->addActions(menu);
    connect(menu, &QMenu::aboutToShow, this, &CompareController::updateActions);
    updateActions();
}

void CompareController::addReportAction(QMenu *fileMenu)
{
    QAction *action = fileMenu->addAction(tr("E&xport Report…"), this, &CompareController::showReportDialog);
    action->setObjectName(QStringLiteral("exportReportAction"));
    action->setStatusTip(tr("Coded excerpts as HTML, ODT, DOCX, PDF, Markdown or CSV"));
    m_actions.append(action);
    connect(fileMenu, &QMenu::aboutToShow, this, &CompareController::updateActions);
    updateActions();
}

void CompareController::updateActions()
{
    const bool open = m_window->workspace() != nullptr;
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(open);
}

CompareWindow *CompareController::compareWindow() const
{
    Workspace *workspace = m_window->workspace();
    if (!workspace)
        return nullptr;
    return workspace->readingPane()->findChild<CompareWindow *>(QString(), Qt::FindDirectChildrenOnly);
}

CompareWindow *CompareController::showCompare(CompareWindow::Tab tab)
{
    Workspace *workspace = m_window->workspace();
    if (!workspace)
        return nullptr;
    CompareWindow *compare = compareWindow();
    if (!compare) {
        // A child of the workspace's reading pane: it goes when the project closes.
        compare = new CompareWindow(workspace->context(), workspace->readingPane());
        connect(compare, &CompareWindow::jumpRequested, workspace, [this, workspace](qint64 documentId, TextSpan span) {
            workspace->jumpTo(documentId, span);
            m_window->raise();
            m_window->activateWindow();
        });
        connect(compare, &CompareWindow::failed, workspace->context(), &ProjectContext::reportFailure);
        placeWindow(compare, compare->size(), m_window);   // on the main window, inside the screen
    }
    compare->showTab(tab);
    compare->show();
    compare->raise();
    compare->activateWindow();
    return compare;
}

void CompareController::showReportDialog()
{
    Workspace *workspace = m_window->workspace();
    if (!workspace)
        return;
    ReportDialog dialog(workspace->context(), m_window);
    dialog.exec();
}

} // namespace marginalia
