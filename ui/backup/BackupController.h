#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;

namespace marginalia {

class MainWindow;

// The File menu's "Save a Backup Now" and "Restore from Backup…". A backup is a timestamped copy
// of the project file next to it (see BackupStore). Restoring closes the project, saves its
// current state as another backup, replaces the file with the chosen copy and opens it again;
// if any step fails, the project stays as it was.
class BackupController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupController)

public:
    explicit BackupController(MainWindow *window);

    void addToMenu(QMenu *menu);

    // Writes a backup of the open project now; returns its path (empty on failure, the user was told).
    QString saveBackupNow();
    // Shows the backups and restores the one chosen.
    void chooseBackupToRestore();
    // Asks for confirmation (see Prompts), then restores backupPath over the open project.
    // Returns false if it did not happen (the user was told why, or said no).
    bool restore(const QString &backupPath);

    // The backup of the state before the last restore.
    const QString &lastSavedBackup() const { return m_lastSaved; }

private:
    bool busy();
    void updateActions();
    void showError(const QString &message);

    MainWindow *m_window;
    QAction *m_saveAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QString m_lastSaved;
};

} // namespace marginalia
