#include "backup/BackupStore.h"

#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "project/ProjectFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace marginalia {

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString kindInfix(BackupInfo::Kind kind)
{
    switch (kind) {
    case BackupInfo::Kind::Manual:
        return QStringLiteral("backup");
    case BackupInfo::Kind::BeforeRestore:
        return QStringLiteral("before-restore");
    case BackupInfo::Kind::BeforeMerge:
        return QStringLiteral("before-merge");
    case BackupInfo::Kind::BeforeUpgrade:
        break;
    }
    return QStringLiteral("bak");
}

void removeSidecars(const QString &path)
{
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

// Opening a copy read-only makes SQLite create its -wal and -shm files, which a read-only
// connection cannot remove again. This removes those it created, once the copy is closed (the
// -wal only if empty: it then holds nothing).
class SidecarTidier
{
public:
    explicit SidecarTidier(const QString &path)
        : m_wal(path + QStringLiteral("-wal"))
        , m_shm(path + QStringLiteral("-shm"))
        , m_hadWal(QFileInfo::exists(m_wal))
        , m_hadShm(QFileInfo::exists(m_shm))
    {
    }
    SidecarTidier(const SidecarTidier &) = delete;
    SidecarTidier &operator=(const SidecarTidier &) = delete;
    ~SidecarTidier()
    {
        if (!m_hadWal && QFileInfo(m_wal).exists() && QFileInfo(m_wal).size() == 0) {
            QFile::remove(m_wal);
            if (!m_hadShm)
                QFile::remove(m_shm);
        } else if (!m_hadWal && !m_hadShm && !QFileInfo::exists(m_wal)) {
            QFile::remove(m_shm);
        }
    }

private:
    QString m_wal;
    QString m_shm;
    bool m_hadWal;
    bool m_hadShm;
};

void count(BackupInfo &info)
{
    const SidecarTidier tidier(info.path);   // destroyed after the project below
    // Inspect: a copy written before a format upgrade is in the older format; it is counted as it is.
    auto project = Project::open(info.path, Project::Access::Inspect);
    if (!project) {
        info.error = project.error();
        return;
    }
    auto documents = DocumentStore(**project).count();
    auto codes = Codebook(**project).codes();
    auto codings = CodingStore(**project).count();
    if (!documents || !codes || !codings) {
        info.error = !documents ? documents.error() : !codes ? codes.error() : codings.error();
        return;
    }
    info.documents = *documents;
    info.codes = codes->size();
    info.codings = *codings;
}

} // namespace

QString BackupStore::kindName(BackupInfo::Kind kind)
{
    switch (kind) {
    case BackupInfo::Kind::Manual:
        return tr("Saved by hand");
    case BackupInfo::Kind::BeforeRestore:
        return tr("Before a restore");
    case BackupInfo::Kind::BeforeMerge:
        return tr("Before a merge");
    case BackupInfo::Kind::BeforeUpgrade:
        break;
    }
    return tr("Before a format upgrade");
}

QList<BackupInfo> BackupStore::list(const QString &projectPath)
{
    const QFileInfo project(projectPath);
    const QString base = QRegularExpression::escape(project.completeBaseName());
    const QString file = QRegularExpression::escape(project.fileName());
    static const QString stamp = QStringLiteral("(\\d{8}-\\d{6})");
    const QRegularExpression copyPattern(QStringLiteral("^%1\\.(backup|before-restore|before-merge)-%2(?:-\\d+)?\\.marginalia$")
                                             .arg(base, stamp));
    const QRegularExpression upgradePattern(QStringLiteral("^%1\\.v\\d+-%2(?:-\\d+)?\\.bak$").arg(file, stamp));

    QList<BackupInfo> backups;
    const QFileInfoList entries = project.absoluteDir().entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        BackupInfo info;
        QString time;
        if (const auto match = copyPattern.match(entry.fileName()); match.hasMatch()) {
            const QString kind = match.captured(1);
            info.kind = kind == QLatin1String("backup")           ? BackupInfo::Kind::Manual
                : kind == QLatin1String("before-restore") ? BackupInfo::Kind::BeforeRestore
                                                          : BackupInfo::Kind::BeforeMerge;
            time = match.captured(2);
        } else if (const auto upgrade = upgradePattern.match(entry.fileName()); upgrade.hasMatch()) {
            info.kind = BackupInfo::Kind::BeforeUpgrade;
            time = upgrade.captured(1);
        } else {
            continue;
        }
        info.path = entry.absoluteFilePath();
        info.bytes = entry.size();
        info.time = QDateTime::fromString(time, kStampFormat);
        if (!info.time.isValid())
            info.time = entry.lastModified();
        count(info);
        backups.append(info);
    }
    std::stable_sort(backups.begin(), backups.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.time != b.time ? a.time > b.time : a.path > b.path;
    });
    return backups;
}

Result<QString> BackupStore::newBackupPath(const QString &projectPath, BackupInfo::Kind kind)
{
    const QFileInfo project(projectPath);
    const QString stamp = QDateTime::currentDateTime().toString(kStampFormat);
    for (int n = 1; n < 100; ++n) {
        QString name;
        if (kind == BackupInfo::Kind::BeforeUpgrade) {
            if (n > 1)
                break;   // the core names these itself
            name = QStringLiteral("%1.v%2-%3.bak").arg(project.fileName()).arg(Project::kSchemaVersion).arg(stamp);
        } else {
            name = QStringLiteral("%1.%2-%3%4.marginalia")
                       .arg(project.completeBaseName(), kindInfix(kind), stamp,
                            n == 1 ? QString() : QStringLiteral("-%1").arg(n));
        }
        const QString path = project.absoluteDir().filePath(name);
        if (!QFileInfo::exists(path))
            return path;
    }
    return failure(tr("%1: no free name for a backup copy next to it").arg(project.fileName()));
}

Result<QString> BackupStore::saveBackup(Project &project, BackupInfo::Kind kind)
{
    auto path = newBackupPath(project.path(), kind);
    if (!path)
        return path;
    if (auto ok = project.backupTo(*path); !ok) {
        QFile::remove(*path);
        removeSidecars(*path);
        return failure(tr("The backup could not be written: %1").arg(ok.error()));
    }
    return path;
}

Result<QString> BackupStore::restore(const QString &projectPath, const QString &backupPath)
{
    const QFileInfo project(projectPath);
    const QString projectName = project.fileName();
    if (QFileInfo(backupPath) == project)
        return failure(tr("The backup is the project file itself."));

    // 1. The current state becomes a backup of its own; closing our connection again checkpoints
    //    the write-ahead log into the file (and removes it, unless another program has it open).
    QString saved;
    {
        auto current = Project::open(projectPath);
        if (!current)
            return failure(tr("%1 could not be opened: %2").arg(projectName, current.error()));
        auto backup = saveBackup(**current, BackupInfo::Kind::BeforeRestore);
        if (!backup)
            return failure(tr("The current state could not be saved before restoring, so nothing was changed: %1")
                               .arg(backup.error()));
        saved = *backup;
    }
    if (QFileInfo::exists(projectPath + QStringLiteral("-wal")))
        return failure(tr("%1 is open in another program; close it there, then restore again.").arg(projectName));

    // 2. A consistent copy of the backup, next to the project (same file system, so the rename
    //    below is atomic), checked before it replaces anything.
    // (Named as ProjectFiles names temporaries, so one left by a killed run is removed on the next open.)
    const QString temporary = ProjectFiles::temporaryPathFor(projectPath, QStringLiteral("restoring"));
    auto discard = [&temporary] {
        QFile::remove(temporary);
        removeSidecars(temporary);
    };
    {
        const SidecarTidier tidier(backupPath);
        // Inspect: an upgrade backup is in the older format; the restored project is upgraded (after
        // a backup of its own) the next time it is opened for writing.
        auto source = Project::open(backupPath, Project::Access::Inspect);
        if (!source)
            return failure(tr("The backup %1 could not be opened: %2").arg(QFileInfo(backupPath).fileName(), source.error()));
        if (auto ok = (*source)->backupTo(temporary); !ok) {
            discard();
            return failure(tr("The backup could not be copied: %1").arg(ok.error()));
        }
    }
    {
        auto check = Project::open(temporary, Project::Access::Inspect);
        if (!check) {
            discard();
            return failure(tr("The copy of the backup is not readable: %1").arg(check.error()));
        }
        if (auto sound = (*check)->checkIntegrity(); !sound) {
            discard();
            return failure(tr("The backup is damaged, so the project was not replaced: %1").arg(sound.error()));
        }
    }
    removeSidecars(temporary);

    // 3. Replace the project file. Its -wal is gone (checked above); its -shm is stale now.
    QFile::remove(projectPath + QStringLiteral("-shm"));
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(temporary).toStdString()),
                            std::filesystem::path(QFile::encodeName(projectPath).toStdString()), error);
    if (error) {
        discard();
        return failure(tr("%1 could not be replaced: %2").arg(projectName, QString::fromStdString(error.message())));
    }
    return saved;
}

} // namespace marginalia
