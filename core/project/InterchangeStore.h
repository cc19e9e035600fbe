#pragma once

#include "common/Result.h"
#include "project/Database.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>

namespace marginalia {

class Project;

// Everything in a project that REFI-QDA export and project merging carry, read in bulk.
struct SnapshotCoder
{
    qint64 id = 0;
    QString guid;
    QString name;
};

struct SnapshotCode
{
    qint64 id = 0;
    QString guid;
    qint64 parentId = 0;
    QString name;
    QString path;
    QString color;
    QString description;
    QString memo;
    int depth = 0;
};

struct SnapshotAttribute
{
    QString name;
    QString type;   // text, integer, real, boolean, date
};

struct SnapshotDocument
{
    qint64 id = 0;
    QString guid;
    QString name;
    QString text;
    QString memo;
    QString format;
    QString encoding;
    QString importedAt;
    QString contentHash;
    QMap<QString, QString> attributes;
};

struct SnapshotCoding
{
    qint64 id = 0;
    QString guid;
    qint64 documentId = 0;
    qint64 codeId = 0;
    qint64 coderId = 0;
    qint64 start = 0;
    qint64 end = 0;
    QString memo;
    QString created;
};

struct SnapshotCase
{
    qint64 id = 0;
    QString guid;
    QString name;
    QString memo;
    QList<qint64> documentIds;
};

struct ProjectSnapshot
{
    QString guid;
    QString name;
    QString created;
    QList<SnapshotCoder> coders;
    QList<SnapshotCode> codes;   // depth first, parents before children
    QList<SnapshotAttribute> attributes;
    QList<SnapshotDocument> documents;
    QList<SnapshotCoding> codings;   // by document, then start
    QList<SnapshotCase> cases;
};

// A coding to insert in bulk, its references already resolved to ids of the target project.
struct CodingRow
{
    qint64 documentId = 0;
    qint64 codeId = 0;
    qint64 coderId = 0;
    qint64 start = 0;
    qint64 end = 0;
    QString guid;      // empty or in use: a new one is made
    QString memo;
    QString created;   // empty: now
};

struct CodingInsertResult
{
    qint64 added = 0;
    qint64 collapsed = 0;       // identical to a coding that exists (same document, code, coder, range)
    qint64 newGuids = 0;        // the given GUID was empty or taken, so a new one was made
};

// Codings in the snapshot's order (document id, start, end, id), read one at a time from SQL so
// that an export of a million codings never holds them all.
class CodingCursor
{
public:
    explicit CodingCursor(Statement statement);
    ~CodingCursor();
    CodingCursor(CodingCursor &&) noexcept;
    CodingCursor &operator=(CodingCursor &&) noexcept;
    // The next coding, or false at the end (then see error()).
    bool next(SnapshotCoding &coding);
    const QString &error() const { return m_statement.error(); }
    bool failed() const { return m_statement.failed(); }

    struct CreatedCache;

private:
    Statement m_statement;
    std::unique_ptr<CreatedCache> m_created;   // consecutive codings mostly share it: one string, shared
};

// Bulk reads and writes for REFI-QDA interchange and merging: many rows per prepared statement,
// inside the caller's transaction, journaled as one entry per batch.
class InterchangeStore
{
public:
    explicit InterchangeStore(Project &project) : m_project(project) {}

    // withText: each document's text; withCodings: every coding. Exports leave both out and read
    // them one document / one coding at a time (documentText, codings) instead.
    Result<ProjectSnapshot> snapshot(bool withText = true, bool withCodings = true);
    Result<QString> documentText(qint64 documentId);
    Result<CodingCursor> codings();

    // The coder with this name; a new one gets guid (or a fresh GUID when guid is empty or taken).
    Result<qint64> coder(const QString &name, const QString &guid);
    // Checks every range against its document's length; refuses the whole batch if one is wrong.
    Result<CodingInsertResult> insertCodings(const QList<CodingRow> &rows, const QString &journalAction,
                                             QJsonObject journalDetail);

    // The case with this GUID, else with this name, else a new one.
    Result<qint64> ensureCase(const QString &guid, const QString &name, const QString &memo);
    Result<void> addCaseDocument(qint64 caseId, qint64 documentId);

    enum class GuidKind { Document, Code, Coding, Coder, Case };
    Result<bool> guidInUse(GuidKind kind, const QString &guid);

private:
    Project &m_project;
};

} // namespace marginalia
