#pragma once

#include "compare/CompareWindow.h"

#include <QList>
#include <QObject>

class QAction;
class QMenu;

namespace marginalia {

class MainWindow;

// The main window's Compare menu (the Compare view at one of its tabs) and File > Export Report…. The Compare
// window belongs to the open project's workspace (it closes with the project).
class CompareController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareController)

public:
    explicit CompareController(MainWindow *window);

    void addCompareMenu(QMenu *menu);
    void addReportAction(QMenu *fileMenu);

    // Opens (or raises) the Compare view of the open project at the tab; null without a project.
    CompareWindow *showCompare(CompareWindow::Tab tab);
    CompareWindow *compareWindow() const;
    void showReportDialog();

private:
    void updateActions();

    MainWindow *m_window;
    QList<QAction *> m_actions;
};

} // namespace marginalia
