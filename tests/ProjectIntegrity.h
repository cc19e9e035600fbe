#pragma once

// What the crash tests check after killing a process that was writing to a project.

#include "project/Project.h"
#include "search/SearchIndexer.h"

#include <QString>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace marginalia::testing {

// "ok" when the project file is sound: SQLite's integrity check, FTS5's check of its index, and
// that the index and its waiting list together hold every document exactly once with its text.
// The last is checked on a copy (so the project under test is left as it is): the copy indexes
// its waiting documents, and then FTS5 compares the index with every text.
inline QString projectIntegrity(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr);
    QString result;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        result += QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    if (sqlite3_exec(db, "INSERT INTO document_fts(document_fts) VALUES('integrity-check')", nullptr, nullptr, nullptr)
        != SQLITE_OK)
        result += QStringLiteral(" fts: ") + QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    if (result != u"ok")
        return result;

    QTemporaryDir folder;
    const QString copyPath = folder.filePath(QStringLiteral("copy.marginalia"));
    auto project = Project::open(path, Project::Access::ReadOnly);
    if (!project)
        return QStringLiteral("cannot open: ") + project.error();
    if (auto copied = (*project)->backupTo(copyPath); !copied)
        return QStringLiteral("cannot copy: ") + copied.error();
    auto copy = Project::open(copyPath);
    if (!copy)
        return QStringLiteral("cannot open the copy: ") + copy.error();
    if (auto indexed = SearchIndexer(**copy).indexPending(); !indexed)
        return QStringLiteral("cannot index the copy: ") + indexed.error();
    if (!(*copy)->database().exec("INSERT INTO document_fts(document_fts, rank) VALUES('integrity-check', 1)"))
        return QStringLiteral("the search index does not match the texts");
    return result;
}

} // namespace marginalia::testing
