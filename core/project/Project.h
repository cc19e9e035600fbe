#pragma once

#include "common/Result.h"
#include "project/Database.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace marginalia {

// An open project file (*.marginalia, one SQLite database). Owns the connection, checks the
// file is ours and of a version we understand before touching it, migrates older files (after
// a backup copy), and writes the journal. The stores (DocumentStore, Codebook, CodingStore)
// work on a Project; they hold no state of their own, so any number can be made cheaply.
class Project
{
public:
    // 'MRGN' in the SQLite header: identifies a Marginalia project to us and to file(1).
    static constexpr int kApplicationId = 0x4D52474E;
    static constexpr int kSchemaVersion = 2;

    enum class Access { ReadWrite, ReadOnly };

    // Creates a new, empty project; refuses to overwrite an existing file.
    static Result<std::unique_ptr<Project>> create(const QString &path);
    // Opens an existing project. A file that is not a Marginalia project, or one from a newer
    // version, is refused and left untouched. Opening reads nothing but the header and schema.
    static Result<std::unique_ptr<Project>> open(const QString &path, Access access = Access::ReadWrite);

    Database &database() { return m_db; }
    const QString &path() const { return m_path; }
    QString fileName() const;
    QString name();
    // Opened for reading only (asked for, or the file cannot be written).
    bool isReadOnly() const;

    // Who is working: new codings and journal entries are attributed to this coder.
    void setCurrentCoder(const QString &name) { m_currentCoder = name; }
    QString currentCoder() const;

    // The id of the coder with this name, created if it does not exist yet.
    Result<qint64> coderId(const QString &name);
    Result<QStringList> coderNames();

    // Appends to the journal (inside the caller's transaction).
    Result<void> journal(const QString &action, const QJsonObject &detail);

    // Writes a consistent copy of the project (also while others use it) to targetPath.
    Result<void> backupTo(const QString &targetPath);

private:
    Project() = default;
    Result<void> configureConnection();
    Result<void> createSchema();
    Result<void> migrate(int fromVersion);

    Database m_db;
    QString m_path;
    Access m_access = Access::ReadWrite;
    QString m_currentCoder;
};

// A fresh GUID for a project object, as REFI-QDA writes them (lower case, no braces).
QString newGuid();

// The current time as ISO 8601 UTC with seconds, the form stored in the project.
QString nowTimestamp();

} // namespace marginalia
