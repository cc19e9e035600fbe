#include "project/MemoStore.h"

#include "project/Codebook.h"
#include "project/Database.h"
#include "project/Project.h"

#include <QHash>

namespace marginalia {

Result<QList<MemoEntry>> MemoStore::all()
{
    Database &db = m_project.database();
    QList<MemoEntry> entries;

    auto documents = db.prepare(
        "SELECT id, name, memo FROM documents WHERE memo IS NOT NULL AND trim(memo) <> '' ORDER BY name, id");
    if (!documents)
        return failure(documents.error());
    while (documents->step()) {
        MemoEntry entry;
        entry.owner = MemoOwner::Document;
        entry.id = documents->int64(0);
        entry.documentId = entry.id;
        entry.document = documents->text(1);
        entry.memo = documents->text(2);
        entries.append(entry);
    }
    if (documents->failed())
        return failure(documents->error());

    // Code paths come from the codebook, which walks the tree safely.
    auto codes = Codebook(m_project).codes();
    if (!codes)
        return failure(codes.error());
    QHash<qint64, QString> codePaths;
    for (const Code &code : *codes) {
        codePaths.insert(code.id, code.path);
        if (code.memo.trimmed().isEmpty())
            continue;
        MemoEntry entry;
        entry.owner = MemoOwner::Code;
        entry.id = code.id;
        entry.codeId = code.id;
        entry.code = code.path;
        entry.memo = code.memo;
        entries.append(entry);
    }

    auto codings = db.prepare(R"(SELECT c.id, c.document_id, d.name, c.code_id, c.start, c.end, k.name, c.memo
                                 FROM codings c JOIN documents d ON d.id = c.document_id
                                 JOIN coders k ON k.id = c.coder_id
                                 WHERE c.memo IS NOT NULL AND trim(c.memo) <> ''
                                 ORDER BY d.name, c.document_id, c.start, c.end, c.id)");
    if (!codings)
        return failure(codings.error());
    while (codings->step()) {
        MemoEntry entry;
        entry.owner = MemoOwner::Coding;
        entry.id = codings->int64(0);
        entry.documentId = codings->int64(1);
        entry.document = codings->text(2);
        entry.codeId = codings->int64(3);
        entry.code = codePaths.value(entry.codeId);
        entry.start = codings->int64(4);
        entry.end = codings->int64(5);
        entry.coder = codings->text(6);
        entry.memo = codings->text(7);
        entries.append(entry);
    }
    if (codings->failed())
        return failure(codings->error());
    return entries;
}

} // namespace marginalia
