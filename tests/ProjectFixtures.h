#pragma once

// What the tests of a project's file need again and again: fresh paths in a temporary folder, documents, codes and
// codings added through the stores (each failure ends the test program: what follows would test nothing), SQL run on
// a closed file as another program would run it, and a file of a past format made by that release's own statements
// (pastFormatLayouts, kept in Schema.cpp). A test class derives from ProjectFixtures to use them.

#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "project/Schema.h"
#include "text/TextNormalizer.h"

#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <memory>
#include <string_view>

namespace marginalia {

class ProjectFixtures
{
protected:
    // The folder every fresh path is in (removed with the test object).
    const QTemporaryDir &folder() const { return m_folder; }

    // A path no file has yet: p1.marginalia, p2.marginalia, ... (or with another suffix: ".qdpx").
    QString freshPath(const QString &suffix = QStringLiteral(".marginalia"))
    {
        return m_folder.filePath(QStringLiteral("p%1%2").arg(++m_counter).arg(suffix));
    }

    // A new project (at a fresh path unless one is given) whose current coder is Li Na.
    std::unique_ptr<Project> freshProject(const QString &path = {})
    {
        auto project = Project::create(path.isEmpty() ? freshPath() : path);
        if (!project)
            qFatal("%s", qPrintable(project.error()));
        (*project)->setCurrentCoder(QStringLiteral("Li Na"));
        return std::move(*project);
    }

    static qint64 addDocument(Project &project, const QString &name, const QString &text)
    {
        NewDocument document;
        document.name = name;
        document.text = normalizeForStorage(text);
        auto id = DocumentStore(project).add(document);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return *id;
    }

    static qint64 addCode(Project &project, const QString &name, qint64 parent = 0)
    {
        NewCode code;
        code.name = name;
        code.parentId = parent;
        auto id = Codebook(project).add(code);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return *id;
    }

    // A coding of [start, end) by `coder` (empty: the project's current coder).
    static AddedCoding code(Project &project, qint64 document, qint64 codeId, qint64 start, qint64 end,
                            const QString &coder = {})
    {
        NewCoding coding;
        coding.documentId = document;
        coding.codeId = codeId;
        coding.start = start;
        coding.end = end;
        coding.coder = coder;
        auto added = CodingStore(project).add(coding);
        if (!added)
            qFatal("%s", qPrintable(added.error()));
        return *added;
    }

    // Runs `sql` (one statement or several) on the file at `path` with sqlite3 alone, as another program would:
    // false, with SQLite's message as a warning, when it fails (QVERIFY(rawExec(...)) stops the test there).
    [[nodiscard]] static bool rawExec(const QString &path, const char *sql)
    {
        sqlite3 *db = nullptr;
        const bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK
            && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
        if (!ok)
            qWarning("%s: %s", qPrintable(path), sqlite3_errmsg(db));
        sqlite3_close(db);
        return ok;
    }

    // The same for one statement with `blob` bound to ?1.
    [[nodiscard]] static bool rawExec(const QString &path, const char *sql, std::string_view blob)
    {
        sqlite3 *db = nullptr;
        sqlite3_stmt *stmt = nullptr;
        bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK
            && sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_bind_blob(stmt, 1, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT) == SQLITE_OK;
        ok = ok && sqlite3_step(stmt) == SQLITE_DONE;
        if (!ok)
            qWarning("%s: %s", qPrintable(path), sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
        sqlite3_close(db);
        return ok;
    }

    // A file of format `version`, a format of one layout, at `path` as that release made it (its statements, kept in
    // Schema.cpp), then `rows` (which end by setting the file's user_version).
    static void makePastFormatFile(const QString &path, int version, const char *rows)
    {
        QCOMPARE(pastFormatLayouts(version).size(), size_t(1));
        makePastFormatFile(path, version, 0, rows);
    }

    // The same for one of the format's layouts (pastFormatLayouts: format 1 has three).
    static void makePastFormatFile(const QString &path, int version, int layout, const char *rows)
    {
        const auto layouts = pastFormatLayouts(version);
        QVERIFY(layout >= 0 && layout < static_cast<int>(layouts.size()));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        for (const char *statement : layouts[static_cast<size_t>(layout)])
            QVERIFY2(sqlite3_exec(db, statement, nullptr, nullptr, nullptr) == SQLITE_OK, sqlite3_errmsg(db));
        QVERIFY2(sqlite3_exec(db, rows, nullptr, nullptr, nullptr) == SQLITE_OK, sqlite3_errmsg(db));
        sqlite3_close(db);
    }

private:
    QTemporaryDir m_folder;
    int m_counter = 0;
};

} // namespace marginalia
