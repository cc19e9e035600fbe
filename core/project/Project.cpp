#include "project/Project.h"

#include "project/Schema.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUuid>

#include <sqlite3.h>

namespace marginalia {

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString nowTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString Project::fileName() const
{
    return QFileInfo(m_path).fileName();
}

QString Project::name()
{
    auto stmt = m_db.prepare("SELECT value FROM project_info WHERE key = 'name'");
    if (stmt && stmt->step())
        return stmt->text(0);
    return QFileInfo(m_path).completeBaseName();
}

QString Project::currentCoder() const
{
    if (!m_currentCoder.isEmpty())
        return m_currentCoder;
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("default") : user;
}

Result<std::unique_ptr<Project>> Project::create(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return failure(QStringLiteral("%1: a file of that name exists already; choose another name or remove it first")
                           .arg(info.fileName()));
    std::unique_ptr<Project> project(new Project);
    project->m_path = path;
    if (auto ok = project->m_db.open(path, Database::OpenMode::Create); !ok)
        return failure(ok.error());
    auto created = project->configureConnection();
    if (created)
        created = project->createSchema();
    if (!created) {
        project->m_db.close();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return failure(created.error());
    }
    return project;
}

Result<std::unique_ptr<Project>> Project::open(const QString &path, Access access)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(QStringLiteral("%1: no such project file").arg(path));
    if (!info.isFile())
        return failure(QStringLiteral("%1: is not a file").arg(info.fileName()));

    std::unique_ptr<Project> project(new Project);
    project->m_path = path;
    const auto mode = access == Access::ReadOnly ? Database::OpenMode::ReadOnly : Database::OpenMode::ReadWrite;
    if (auto ok = project->m_db.open(path, mode); !ok)
        return failure(ok.error());

    // Read the header before anything could write to the file.
    const QString notOurs = QStringLiteral("%1: is not a Marginalia project").arg(info.fileName());
    int fileVersion = 0;
    {
        auto header = project->m_db.prepare("PRAGMA application_id");
        if (!header || !header->step())
            return failure(notOurs);
        if (header->int64(0) != kApplicationId)
            return failure(notOurs);
        auto version = project->m_db.prepare("PRAGMA user_version");
        if (!version || !version->step())
            return failure(notOurs);
        fileVersion = static_cast<int>(version->int64(0));
    }
    if (fileVersion > kSchemaVersion)
        return failure(QStringLiteral("%1: was saved by a newer version of Marginalia (file format %2; this version "
                                      "reads formats up to %3). Open it with the newer version.")
                           .arg(info.fileName())
                           .arg(fileVersion)
                           .arg(kSchemaVersion));
    if (fileVersion < 1)
        return failure(notOurs);
    if (fileVersion < kSchemaVersion && access == Access::ReadOnly)
        return failure(QStringLiteral("%1: uses an older file format and must be opened for writing once to upgrade it")
                           .arg(info.fileName()));

    project->m_access = access;
    if (access == Access::ReadOnly && info.isWritable() && QFileInfo(info.absolutePath()).isWritable()) {
        // A read-only connection leaves the WAL's -wal and -shm files beside the project when it
        // closes (only one that can write removes them, as the last to close). A file now known to
        // be ours is therefore read through a writable connection that refuses every write
        // (query_only), which tidies up like any other.
        if (auto ok = project->m_db.open(path, Database::OpenMode::ReadWrite); !ok)
            return failure(ok.error());
    }
    if (auto ok = project->configureConnection(); !ok)
        return failure(ok.error());
    if (access == Access::ReadOnly) {
        if (auto ok = project->m_db.exec("PRAGMA query_only = ON"); !ok)
            return failure(ok.error());
    }
    if (fileVersion < kSchemaVersion) {
        if (auto ok = project->migrate(fileVersion); !ok)
            return failure(ok.error());
    }
    return project;
}

bool Project::isReadOnly() const
{
    return m_access == Access::ReadOnly || sqlite3_db_readonly(m_db.handle(), "main") != 0;
}

Result<void> Project::configureConnection()
{
    // WAL lets readers and one writer work at once; FULL makes an acknowledged write survive a power cut.
    // Journal mode is only switched when the file can be written (a read-only open keeps what it finds).
    if (m_access == Access::ReadWrite && sqlite3_db_readonly(m_db.handle(), "main") == 0) {
        if (auto ok = m_db.exec("PRAGMA journal_mode = WAL"); !ok)
            return ok;
    }
    // A page cache of up to 64 MB (taken only as pages are read): the texts a search reads, and the
    // codings an analysis reads, stay in memory for the next one instead of being copied in again
    // from the operating system's cache (that copy was half the time of a search over 40 MB).
    return m_db.exec("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF;"
                     " PRAGMA cache_size = -65536;");
}

Result<void> Project::createSchema()
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return failure(transaction.error());
    for (const char *statement : schemaStatements()) {
        if (auto ok = m_db.exec(statement); !ok)
            return ok;
    }
    auto info = m_db.prepare("INSERT INTO project_info(key, value) VALUES (?1, ?2)");
    if (!info)
        return failure(info.error());
    const std::pair<const char *, QString> rows[] = {
        {"guid", newGuid()},
        {"name", QFileInfo(m_path).completeBaseName()},
        {"created", nowTimestamp()},
    };
    for (const auto &[key, value] : rows) {
        info->reset();
        if (auto ok = info->bind(1, std::string_view(key)).bind(2, value).run(); !ok)
            return ok;
    }
    if (auto ok = m_db.exec("PRAGMA application_id = " + std::to_string(kApplicationId) + "; PRAGMA user_version = "
                            + std::to_string(kSchemaVersion));
        !ok)
        return ok;
    if (auto ok = journal(QStringLiteral("create project"), {}); !ok)
        return ok;
    return transaction->commit();
}

Result<void> Project::migrate(int fromVersion)
{
    // Keep the user's file as it was before changing its format.
    const QString backup = m_path + QStringLiteral(".v%1-%2.bak")
                                        .arg(fromVersion)
                                        .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (auto ok = backupTo(backup); !ok)
        return ok;
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return failure(transaction.error());
    for (int version = fromVersion; version < kSchemaVersion; ++version) {
        for (const char *statement : migrationStatements(version)) {
            if (auto ok = m_db.exec(statement); !ok)
                return ok;
        }
    }
    if (auto ok = m_db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion)); !ok)
        return ok;
    if (auto ok = journal(QStringLiteral("upgrade file format"),
                          QJsonObject{{QStringLiteral("from"), fromVersion}, {QStringLiteral("to"), kSchemaVersion},
                                      {QStringLiteral("backup"), QFileInfo(backup).fileName()}});
        !ok)
        return ok;
    return transaction->commit();
}

Result<qint64> Project::coderId(const QString &name)
{
    const QString coder = name.trimmed().isEmpty() ? currentCoder() : name.trimmed();
    auto find = m_db.prepare("SELECT id FROM coders WHERE name = ?1");
    if (!find)
        return failure(find.error());
    find->bind(1, coder);
    if (find->step())
        return find->int64(0);
    if (find->failed())
        return failure(find->error());
    auto insert = m_db.prepare("INSERT INTO coders(guid, name) VALUES (?1, ?2)");
    if (!insert)
        return failure(insert.error());
    if (auto ok = insert->bind(1, newGuid()).bind(2, coder).run(); !ok)
        return failure(ok.error());
    return m_db.lastInsertId();
}

Result<QStringList> Project::coderNames()
{
    auto stmt = m_db.prepare("SELECT name FROM coders ORDER BY name");
    if (!stmt)
        return failure(stmt.error());
    QStringList names;
    while (stmt->step())
        names.append(stmt->text(0));
    if (stmt->failed())
        return failure(stmt->error());
    return names;
}

Result<void> Project::journal(const QString &action, const QJsonObject &detail)
{
    auto stmt = m_db.prepare("INSERT INTO journal(at, coder, action, detail) VALUES (?1, ?2, ?3, ?4)");
    if (!stmt)
        return failure(stmt.error());
    return stmt->bind(1, nowTimestamp())
        .bind(2, currentCoder())
        .bind(3, action)
        .bind(4, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)))
        .run();
}

Result<void> Project::backupTo(const QString &targetPath)
{
    if (QFileInfo::exists(targetPath))
        return failure(QStringLiteral("%1: exists already").arg(QFileInfo(targetPath).fileName()));
    Database target;
    if (auto ok = target.open(targetPath, Database::OpenMode::Create); !ok)
        return ok;
    // Inside a write transaction (an edit recorded for undo that starts with a backup, as a merge
    // does) SQLite refuses to back up from the writing connection: the committed state is read
    // through a second connection instead, which WAL lets read beside the writer.
    Database committed;
    sqlite3 *source = m_db.handle();
    if (!sqlite3_get_autocommit(source)) {
        if (auto ok = committed.open(m_db.path(), Database::OpenMode::ReadOnly); !ok)
            return ok;
        source = committed.handle();
    }
    sqlite3_backup *backup = sqlite3_backup_init(target.handle(), "main", source, "main");
    if (!backup)
        return failure(target.lastError());
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return failure(QStringLiteral("%1: the backup copy could not be written (%2)")
                           .arg(QFileInfo(targetPath).fileName(), QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}

} // namespace marginalia
