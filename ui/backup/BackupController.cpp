#include "backup/BackupController.h"

#include "backup/BackupStore.h"
#include "backup/RestoreBackupDialog.h"
#include "context/ProjectContext.h"
#include "import/ImportController.h"
#include "interchange/InterchangeController.h"
#include "interchange/Prompts.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/MessageBar.h"
#include "mainwindow/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QStatusBar>

namespace marginalia {

BackupController::BackupController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

void BackupController::addToMenu(QMenu *menu)
{
    m_saveAction = menu->addAction(tr("Save a &Backup Now"), this, &BackupController::saveBackupNow);
    m_saveAction->setStatusTip(tr("Keep a timestamped copy of the project next to its file"));
    m_restoreAction = menu->addAction(tr("Restore from Backup…"), this, &BackupController::chooseBackupToRestore);
    connect(menu, &QMenu::aboutToShow, this, &BackupController::updateActions);
    updateActions();
}

void BackupController::updateActions()
{
    const bool open = m_window->workspace() != nullptr;
    m_saveAction->setEnabled(open);
    m_restoreAction->setEnabled(open);
}

void BackupController::showError(const QString &message)
{
    m_window->messageBar()->showMessage(message, MessageBar::Kind::Error);
}

bool BackupController::busy()
{
    Workspace *workspace = m_window->workspace();
    const auto *interchange = m_window->findChild<InterchangeController *>();
    if ((workspace && workspace->importController()->isRunning()) || (interchange && interchange->isRunning())) {
        showError(tr("An import, export or merge is running; wait until it has finished."));
        return true;
    }
    return false;
}

QString BackupController::saveBackupNow()
{
    Workspace *workspace = m_window->workspace();
    if (!workspace) {
        showError(tr("Open a project first."));
        return {};
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto saved = BackupStore::saveBackup(workspace->context()->project());
    QApplication::restoreOverrideCursor();
    if (!saved) {
        showError(saved.error());
        return {};
    }
    const QString message = tr("A backup was saved as %1.").arg(QFileInfo(*saved).fileName());
    m_window->statusBar()->showMessage(message, 8000);
    m_window->messageBar()->showMessage(message, MessageBar::Kind::Information);
    return *saved;
}

void BackupController::chooseBackupToRestore()
{
    Workspace *workspace = m_window->workspace();
    if (!workspace) {
        showError(tr("Open a project first."));
        return;
    }
    if (busy())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    RestoreBackupDialog dialog(workspace->context()->path(), m_window);
    QApplication::restoreOverrideCursor();
    if (dialog.exec() != QDialog::Accepted || dialog.selectedPath().isEmpty())
        return;
    restore(dialog.selectedPath());
}

bool BackupController::restore(const QString &backupPath)
{
    Workspace *workspace = m_window->workspace();
    if (!workspace) {
        showError(tr("Open a project first."));
        return false;
    }
    if (busy())
        return false;
    const QString projectPath = workspace->context()->path();
    const QFileInfo backup(backupPath);
    if (!Prompts::confirm(m_window, tr("Restore from Backup"),
                          tr("Replace “%1” with the backup %2 of %3? The project as it is now is saved as another "
                             "backup first, and the undo history is cleared.")
                              .arg(QFileInfo(projectPath).fileName(), backup.fileName(),
                                   QLocale().toString(backup.lastModified(), QLocale::ShortFormat)),
                          tr("Restore")))
        return false;

    m_window->closeProject();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restored = BackupStore::restore(projectPath, backupPath);
    QApplication::restoreOverrideCursor();
    const bool reopened = m_window->openProject(projectPath);
    if (!restored) {
        showError(tr("The backup was not restored: %1").arg(restored.error()));
        return false;
    }
    m_lastSaved = *restored;
    if (reopened) {
        m_window->messageBar()->showMessage(
            tr("The backup %1 was restored. The state before restoring was saved as %2.")
                .arg(backup.fileName(), QFileInfo(*restored).fileName()),
            MessageBar::Kind::Information);
    }
    return reopened;
}

} // namespace marginalia
