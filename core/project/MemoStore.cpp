#include "project/MemoStore.h"

#include "project/Codebook.h"
#include "project/Database.h"
#include "project/Project.h"
#include "report/ParagraphLookup.h"
#include "text/Utf8Cutter.h"

#include <QHash>

#include <string>
#include <vector>

namespace marginalia {

namespace {

// The codings' passages of one document: its text read once, every passage cut in one pass, each cited by range.
Result<void> cutPassages(Statement &readText, ParagraphLookup &paragraphs, QList<MemoEntry> &codings)
{
    if (codings.isEmpty())
        return {};
    const qint64 documentId = codings.first().documentId;
    readText.reset();
    readText.bind(1, documentId);
    if (!readText.step())
        return failure(readText.failed() ? readText.error()
                                         : QStringLiteral("the text of document %1 is missing").arg(documentId));
    std::vector<qint64> positions;
    positions.reserve(static_cast<size_t>(codings.size()) * 2);
    for (const MemoEntry &entry : std::as_const(codings)) {
        positions.push_back(entry.start);
        positions.push_back(entry.end);
    }
    const Utf8Cutter cutter(readText.utf8(0), std::move(positions));
    for (MemoEntry &entry : codings) {
        entry.passage = cutter.cut(entry.start, entry.end);
        auto cited = paragraphs.cite(documentId, entry.start, entry.end);
        if (!cited)
            return failure(cited.error());
        entry.firstParagraph = cited->firstParagraph;
        entry.lastParagraph = cited->lastParagraph;
        entry.speakers = cited->speakers;
    }
    return {};
}

MemoEntry documentEntry(const Statement &row)
{
    MemoEntry entry;
    entry.owner = MemoOwner::Document;
    entry.id = row.int64(0);
    entry.documentId = entry.id;
    entry.document = row.text(1);
    entry.memo = row.text(2);
    entry.date = row.text(3);
    entry.coder = row.isNull(4) ? QString() : row.text(4);
    return entry;
}

MemoEntry codingEntry(const Statement &row, const QHash<qint64, QString> &codePaths)
{
    MemoEntry entry;
    entry.owner = MemoOwner::Coding;
    entry.id = row.int64(0);
    entry.documentId = row.int64(1);
    entry.document = row.text(2);
    entry.codeId = row.int64(3);
    entry.code = codePaths.value(entry.codeId);
    entry.start = row.int64(4);
    entry.end = row.int64(5);
    entry.coder = row.text(6);
    entry.memo = row.text(7);
    entry.date = row.text(8);
    return entry;
}

MemoEntry caseEntry(const Statement &row)
{
    MemoEntry entry;
    entry.owner = MemoOwner::Case;
    entry.id = row.int64(0);
    entry.caseName = row.text(1);
    entry.memo = row.text(2);
    return entry;
}

constexpr auto kDocumentColumns = "SELECT d.id, d.name, d.memo, d.imported_at, k.name FROM documents d"
                                  " LEFT JOIN coders k ON k.id = d.imported_by";
constexpr auto kCodingColumns = "SELECT c.id, c.document_id, d.name, c.code_id, c.start, c.end, k.name, c.memo, c.created"
                                " FROM visible_codings c JOIN documents d ON d.id = c.document_id"
                                " JOIN coders k ON k.id = c.coder_id";

} // namespace

Result<void> MemoStore::forEach(MemoReading reading, const std::function<bool(const MemoEntry &)> &row)
{
    Database &db = m_project.database();

    auto documents = db.prepare(std::string(kDocumentColumns)
                                + " WHERE d.memo IS NOT NULL AND trim(d.memo) <> '' ORDER BY d.name, d.id");
    if (!documents)
        return failure(documents.error());
    while (documents->step()) {
        if (!row(documentEntry(*documents)))
            return {};
    }
    if (documents->failed())
        return failure(documents->error());

    // Code paths come from the codebook, which walks the tree safely; the creation times from the rows.
    auto codes = Codebook(m_project).codes();
    if (!codes)
        return failure(codes.error());
    QHash<qint64, QString> created;
    auto createdAt = db.prepare("SELECT id, created FROM codes WHERE memo IS NOT NULL AND trim(memo) <> ''");
    if (!createdAt)
        return failure(createdAt.error());
    while (createdAt->step())
        created.insert(createdAt->int64(0), createdAt->text(1));
    if (createdAt->failed())
        return failure(createdAt->error());
    QHash<qint64, QString> codePaths;
    for (const Code &code : std::as_const(*codes)) {
        codePaths.insert(code.id, code.path);
        if (code.memo.trimmed().isEmpty())
            continue;
        MemoEntry entry;
        entry.owner = MemoOwner::Code;
        entry.id = code.id;
        entry.codeId = code.id;
        entry.code = code.path;
        entry.memo = code.memo;
        entry.date = created.value(code.id);
        if (!row(entry))
            return {};
    }

    auto codings = db.prepare(std::string(kCodingColumns)
                              + " WHERE c.memo IS NOT NULL AND trim(c.memo) <> ''"
                                " ORDER BY d.name, c.document_id, c.start, c.end, c.id");
    if (!codings)
        return failure(codings.error());
    if (reading == MemoReading::WithoutPassages) {
        while (codings->step()) {
            if (!row(codingEntry(*codings, codePaths)))
                return {};
        }
        if (codings->failed())
            return failure(codings->error());
    } else {
        // One document's memo'd codings at a time: their passages need its text, read once for all of them.
        auto readText = db.prepare("SELECT text FROM documents WHERE id = ?1");
        if (!readText)
            return failure(readText.error());
        ParagraphLookup paragraphs(m_project);
        QList<MemoEntry> pending;
        bool stopped = false;
        auto flush = [&]() -> Result<void> {
            if (auto cut = cutPassages(*readText, paragraphs, pending); !cut)
                return cut;
            for (const MemoEntry &entry : std::as_const(pending)) {
                if (!row(entry)) {
                    stopped = true;
                    break;
                }
            }
            pending.clear();
            return {};
        };
        while (!stopped && codings->step()) {
            MemoEntry entry = codingEntry(*codings, codePaths);
            if (!pending.isEmpty() && pending.first().documentId != entry.documentId) {
                if (auto flushed = flush(); !flushed)
                    return flushed;
            }
            pending.append(std::move(entry));
        }
        if (codings->failed())
            return failure(codings->error());
        if (!stopped) {
            if (auto flushed = flush(); !flushed)
                return flushed;
        }
        if (stopped)
            return {};
    }

    auto cases = db.prepare("SELECT id, name, memo FROM cases WHERE memo IS NOT NULL AND trim(memo) <> '' ORDER BY name, id");
    if (!cases)
        return failure(cases.error());
    while (cases->step()) {
        if (!row(caseEntry(*cases)))
            return {};
    }
    if (cases->failed())
        return failure(cases->error());
    return {};
}

Result<QList<MemoEntry>> MemoStore::all()
{
    QList<MemoEntry> entries;
    auto read = forEach(MemoReading::WithoutPassages, [&entries](const MemoEntry &entry) {
        entries.append(entry);
        return true;
    });
    if (!read)
        return failure(read.error());
    return entries;
}

Result<QSet<qint64>> MemoStore::codingsWithMemo(const QSet<qint64> &codingIds)
{
    QSet<qint64> found;
    if (codingIds.isEmpty())
        return found;
    auto stmt = m_project.database().prepare(
        "SELECT 1 FROM codings WHERE id = ?1 AND memo IS NOT NULL AND trim(memo) <> ''");
    if (!stmt)
        return failure(stmt.error());
    for (const qint64 id : codingIds) {
        stmt->reset();
        stmt->bind(1, id);
        if (stmt->step())
            found.insert(id);
        else if (stmt->failed())
            return failure(stmt->error());
    }
    return found;
}

Result<std::optional<MemoEntry>> MemoStore::one(MemoOwner owner, qint64 id)
{
    Database &db = m_project.database();
    std::optional<MemoEntry> found;
    switch (owner) {
    case MemoOwner::Document: {
        auto stmt = db.prepare(std::string(kDocumentColumns) + " WHERE d.id = ?1");
        if (!stmt)
            return failure(stmt.error());
        stmt->bind(1, id);
        if (stmt->step())
            found = documentEntry(*stmt);
        else if (stmt->failed())
            return failure(stmt->error());
        break;
    }
    case MemoOwner::Code: {
        auto code = Codebook(m_project).code(id);
        if (!code)
            break;   // gone
        auto stmt = db.prepare("SELECT created FROM codes WHERE id = ?1");
        if (!stmt)
            return failure(stmt.error());
        stmt->bind(1, id);
        MemoEntry entry;
        entry.owner = MemoOwner::Code;
        entry.id = id;
        entry.codeId = id;
        entry.code = code->path;
        entry.memo = code->memo;
        if (stmt->step())
            entry.date = stmt->text(0);
        found = entry;
        break;
    }
    case MemoOwner::Coding: {
        auto stmt = db.prepare(std::string(kCodingColumns) + " WHERE c.id = ?1");
        if (!stmt)
            return failure(stmt.error());
        stmt->bind(1, id);
        if (stmt->step()) {
            const qint64 codeId = stmt->int64(3);
            auto code = Codebook(m_project).code(codeId);
            QHash<qint64, QString> path;
            if (code)
                path.insert(codeId, code->path);
            found = codingEntry(*stmt, path);
        } else if (stmt->failed()) {
            return failure(stmt->error());
        }
        break;
    }
    case MemoOwner::Case: {
        auto stmt = db.prepare("SELECT id, name, memo FROM cases WHERE id = ?1");
        if (!stmt)
            return failure(stmt.error());
        stmt->bind(1, id);
        if (stmt->step())
            found = caseEntry(*stmt);
        else if (stmt->failed())
            return failure(stmt->error());
        break;
    }
    }
    return found;
}

} // namespace marginalia
