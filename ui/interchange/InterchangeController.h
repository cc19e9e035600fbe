#pragma once

#include "refiqda/RefiQda.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QAction;
class QMenu;

namespace marginalia {

class BackgroundTask;
class MainWindow;

// The File menu's REFI-QDA and merge commands: export the project (.qdpx) or its codebook (.qdc),
// import a .qdpx into a new project (then offer to open it), import a .qdc into the open project,
// merge a teammate's project (.marginalia or .qdpx) into the open one. Each runs off the GUI
// thread on its own Project connection, with a progress dialog and Cancel, and ends with a
// summary of what was done and what was skipped and why. Changes to the open project (.qdc
// import, merge) are recorded there by ChangeRecorder and become one step on the undo stack.
class InterchangeController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterchangeController)

public:
    explicit InterchangeController(MainWindow *window);
    ~InterchangeController() override;

    // Adds the five commands to menu (and keeps them enabled only while they can run).
    void addToMenu(QMenu *menu);
    bool isRunning() const;

    // The last summary as plain text (also shown in a dialog unless turned off).
    const QString &lastSummary() const { return m_lastSummary; }
    void setShowSummary(bool show) { m_showSummary = show; }

    // The menu commands: each asks for its file names (see Prompts) and starts the work.
    void chooseQdpxExport();
    void chooseQdcExport();
    void chooseQdpxImport();
    void chooseQdcImport();
    void chooseProjectToMerge();

    // The same with the file names given; false if the work could not start (the user was told).
    // target: the program that will read the file (positions in its unit, nothing it misreads).
    bool exportQdpx(const QString &path, ExportTarget target = ExportTarget::Standard);
    bool exportQdc(const QString &path);
    bool importQdpx(const QString &archivePath, const QString &projectPath);
    bool importQdc(const QString &path);
    bool mergeProject(const QString &otherPath);

Q_SIGNALS:
    // After each command, successful or not.
    void finished(bool succeeded);

private:
    bool canStart();
    void updateActions();
    void showError(const QString &message);
    void showSummary(const QString &title, const QString &headline, const QStringList &lines,
                     const QStringList &details);

    MainWindow *m_window;
    BackgroundTask *m_task;
    QList<QAction *> m_actions;   // those needing an open project
    QAction *m_importQdpxAction = nullptr;
    QString m_lastSummary;
    bool m_showSummary = true;
};

} // namespace marginalia
