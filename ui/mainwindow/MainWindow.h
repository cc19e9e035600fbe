#pragma once

#include "import/Importer.h"

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;

namespace marginalia {

class IndexingStatus;
class MessageBar;
class StartPage;
class TeamController;
class Workspace;

// The switchboard: menus, docks, the start page, the message bar and the status bar. What
// happens inside a project is the Workspace's business.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openProject(const QString &path);
    bool newProject(const QString &path);
    // Builds the demo project in the user's data folder if it is not there yet, then opens it.
    bool openDemoProject();
    void closeProject();

    Workspace *workspace() const { return m_workspace; }
    MessageBar *messageBar() const { return m_messageBar; }
    // File › Team and the team status in the status bar.
    TeamController *teamController() const { return m_team; }
    // Imports through the workspace's import controller (menu and dropped files).
    bool importFiles(const QStringList &paths, const ImportOptions &options = {});
    // Asks for the site, kind and encoding of the files, then imports them.
    void askAndImport(const QStringList &paths);

    static QString demoProjectPath();

    // On the first start (no coder name chosen yet) asks who is coding; true if a name was chosen.
    bool askCoderOnFirstStart();
    // File › Coder…: asks for the coder's name, stores it and applies it to the open project.
    bool chooseCoder();
    // Makes name the coder (stored in the settings, applied to the open project, shown in the status bar).
    void setCoder(const QString &name);
    QLabel *coderLabel() const { return m_coderLabel; }
    QAction *coderAction() const { return m_coderAction; }

Q_SIGNALS:
    // A project was opened or closed (workspace() tells which one is open now).
    void projectChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    // A window grown by its panes' minimum sizes (a tall pane raised) is moved back inside a small screen.
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void updateRecentMenu();
    void updateActions();
    void updateUndoAction();
    void showCoder();
    void showError(const QString &message);
    void showPreferences();
    void chooseProjectToOpen();
    void chooseNewProject();
    void chooseFilesToImport();

    QStackedWidget *m_stack;
    StartPage *m_startPage;
    MessageBar *m_messageBar;
    QLabel *m_statistics;
    QLabel *m_coderLabel;
    IndexingStatus *m_indexing;
    QDockWidget *m_documentsDock;
    QDockWidget *m_codebookDock;
    QDockWidget *m_segmentsDock;
    QDockWidget *m_memoDock;
    QDockWidget *m_searchDock;
    QDockWidget *m_memosDock;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_codeMenu = nullptr;
    QMenu *m_documentMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_snapAction = nullptr;
    QAction *m_coderAction = nullptr;
    QAction *m_searchAction = nullptr;
    Workspace *m_workspace = nullptr;
    TeamController *m_team = nullptr;
};

} // namespace marginalia
