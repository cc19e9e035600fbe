#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace marginalia {

class Project;

// The timestamped copies of a project kept next to its file:
//   <name>.backup-<yyyyMMdd-HHmmss>.marginalia          "Save a Backup Now"
//   <name>.before-restore-<yyyyMMdd-HHmmss>.marginalia  the state replaced by a restore
//   <name>.before-merge-<yyyyMMdd-HHmmss>.marginalia    written by the merger (core/refiqda)
//   <name>.marginalia.v<N>-<yyyyMMdd-HHmmss>.bak        written before a format upgrade (core/project)
// (a "-2", "-3" … may follow the time when two copies fall in one second, before ".marginalia"
// or ".bak").
struct BackupInfo
{
    enum class Kind { Manual, BeforeRestore, BeforeMerge, BeforeUpgrade };

    QString path;
    Kind kind = Kind::Manual;
    QDateTime time;   // from the name; the file's modification time if the name has none
    qint64 bytes = 0;
    // Counted by opening the copy read-only; -1 when it cannot be opened (then error says why).
    qint64 documents = -1;
    qint64 codes = -1;
    qint64 codings = -1;
    QString error;
};

class BackupStore
{
    Q_DECLARE_TR_FUNCTIONS(BackupStore)

public:
    // The backups of the project at projectPath, newest first, with their counts.
    static QList<BackupInfo> list(const QString &projectPath);
    // A free name for a new backup of that kind next to the project (never an existing file).
    static Result<QString> newBackupPath(const QString &projectPath, BackupInfo::Kind kind);
    // Writes a consistent copy of the open project as a new backup; returns its path.
    static Result<QString> saveBackup(Project &project, BackupInfo::Kind kind = BackupInfo::Kind::Manual);

    // Replaces the project file with a copy of the backup. The project must not be open in this
    // program (close it first); another program using it makes the restore fail. First the current
    // state is saved as a "before-restore" backup (its path is returned); then the backup is copied
    // with SQLite's backup API to a temporary file next to the project, checked, and renamed over
    // the project file. Any failure leaves the project file as it was.
    static Result<QString> restore(const QString &projectPath, const QString &backupPath);

    static QString kindName(BackupInfo::Kind kind);
};

} // namespace marginalia
