#include "project/InterchangeStore.h"

#include "project/Codebook.h"
#include "project/Project.h"

#include <QHash>
#include <QLocale>

#include <string>

namespace marginalia {

namespace {

constexpr std::string_view kCodingsSql = R"(SELECT id, guid, document_id, code_id, coder_id, start, end, memo, created
                                            FROM codings ORDER BY document_id, start, end, id)";

} // namespace

struct CodingCursor::CreatedCache
{
    std::string bytes;
    QString text;
};

namespace {

void readCoding(const Statement &row, SnapshotCoding &coding, CodingCursor::CreatedCache &lastCreated)
{
    coding.id = row.int64(0);
    coding.guid = row.text(1);
    coding.documentId = row.int64(2);
    coding.codeId = row.int64(3);
    coding.coderId = row.int64(4);
    coding.start = row.int64(5);
    coding.end = row.int64(6);
    coding.memo = row.isNull(7) ? QString() : row.text(7);
    // Codings made together share their timestamp: keep one copy of it, not one per row.
    const std::string_view created = row.utf8(8);
    if (lastCreated.bytes != created || lastCreated.text.isNull()) {
        lastCreated.bytes.assign(created);
        lastCreated.text = row.text(8);
    }
    coding.created = lastCreated.text;
}

} // namespace

CodingCursor::CodingCursor(Statement statement)
    : m_statement(std::move(statement)), m_created(std::make_unique<CreatedCache>())
{
}
CodingCursor::~CodingCursor() = default;
CodingCursor::CodingCursor(CodingCursor &&) noexcept = default;
CodingCursor &CodingCursor::operator=(CodingCursor &&) noexcept = default;

bool CodingCursor::next(SnapshotCoding &coding)
{
    if (!m_statement.step())
        return false;
    readCoding(m_statement, coding, *m_created);
    return true;
}

Result<CodingCursor> InterchangeStore::codings()
{
    auto statement = m_project.database().prepare(kCodingsSql);
    if (!statement)
        return failure(statement.error());
    return CodingCursor(std::move(*statement));
}

Result<QString> InterchangeStore::documentText(qint64 documentId)
{
    auto statement = m_project.database().prepare("SELECT text FROM documents WHERE id = ?1");
    if (!statement)
        return failure(statement.error());
    statement->bind(1, documentId);
    if (!statement->step()) {
        if (statement->failed())
            return failure(statement->error());
        return failure(QStringLiteral("document %1 is not in %2").arg(documentId).arg(m_project.fileName()));
    }
    return statement->text(0);
}

Result<ProjectSnapshot> InterchangeStore::snapshot(bool withText, bool withCodings)
{
    Database &db = m_project.database();
    ProjectSnapshot snapshot;

    auto info = db.prepare("SELECT key, value FROM project_info WHERE key IN ('guid', 'name', 'created')");
    if (!info)
        return failure(info.error());
    while (info->step()) {
        const QString key = info->text(0);
        if (key == u"guid")
            snapshot.guid = info->text(1);
        else if (key == u"name")
            snapshot.name = info->text(1);
        else
            snapshot.created = info->text(1);
    }
    if (info->failed())
        return failure(info->error());
    if (snapshot.name.isEmpty())
        snapshot.name = m_project.name();

    auto coders = db.prepare("SELECT id, guid, name FROM coders ORDER BY name");
    if (!coders)
        return failure(coders.error());
    while (coders->step())
        snapshot.coders.append({coders->int64(0), coders->text(1), coders->text(2)});
    if (coders->failed())
        return failure(coders->error());

    auto codes = Codebook(m_project).codes();
    if (!codes)
        return failure(codes.error());
    for (const Code &code : *codes)
        snapshot.codes.append(
            {code.id, code.guid, code.parentId, code.name, code.path, code.color, code.description, code.memo, code.depth});

    auto attributes = db.prepare("SELECT name, type FROM attributes ORDER BY position, id");
    if (!attributes)
        return failure(attributes.error());
    while (attributes->step())
        snapshot.attributes.append({attributes->text(0), attributes->text(1)});
    if (attributes->failed())
        return failure(attributes->error());

    auto documents = db.prepare(withText ? R"(SELECT id, guid, name, memo, source_format, source_encoding, imported_at,
                                                     content_hash, text FROM documents ORDER BY id)"
                                         : R"(SELECT id, guid, name, memo, source_format, source_encoding, imported_at,
                                                     content_hash, '' FROM documents ORDER BY id)");
    if (!documents)
        return failure(documents.error());
    QHash<qint64, qsizetype> documentIndex;
    while (documents->step()) {
        SnapshotDocument document;
        document.id = documents->int64(0);
        document.guid = documents->text(1);
        document.name = documents->text(2);
        document.memo = documents->text(3);
        document.format = documents->text(4);
        document.encoding = documents->text(5);
        document.importedAt = documents->text(6);
        document.contentHash = documents->text(7);
        document.text = documents->text(8);
        documentIndex.insert(document.id, snapshot.documents.size());
        snapshot.documents.append(std::move(document));
    }
    if (documents->failed())
        return failure(documents->error());

    auto values = db.prepare(R"(SELECT da.document_id, a.name, da.value
                                FROM document_attributes da JOIN attributes a ON a.id = da.attribute_id)");
    if (!values)
        return failure(values.error());
    while (values->step()) {
        const auto it = documentIndex.constFind(values->int64(0));
        if (it == documentIndex.cend())
            continue;
        // A real value exactly, as the shortest text that reads back as the same double: SQLite's text of it has 15
        // digits, and another program would have read 0.12345678901234567 as 0.123456789012346.
        const QString value = values->isReal(2)
                                  ? QString::number(values->real(2), 'g', QLocale::FloatingPointShortest)
                                  : values->text(2);
        snapshot.documents[*it].attributes.insert(values->text(1), value);
    }
    if (values->failed())
        return failure(values->error());

    if (withCodings) {
        auto codings = db.prepare(kCodingsSql);
        if (!codings)
            return failure(codings.error());
        CodingCursor::CreatedCache lastCreated;
        while (codings->step()) {
            SnapshotCoding coding;
            readCoding(*codings, coding, lastCreated);
            snapshot.codings.append(std::move(coding));
        }
        if (codings->failed())
            return failure(codings->error());
    }

    auto cases = db.prepare("SELECT id, guid, name, memo FROM cases ORDER BY name");
    if (!cases)
        return failure(cases.error());
    QHash<qint64, qsizetype> caseIndex;
    while (cases->step()) {
        caseIndex.insert(cases->int64(0), snapshot.cases.size());
        snapshot.cases.append({cases->int64(0), cases->text(1), cases->text(2), cases->text(3), {}});
    }
    if (cases->failed())
        return failure(cases->error());
    auto members = db.prepare("SELECT case_id, document_id FROM case_documents ORDER BY case_id, document_id");
    if (!members)
        return failure(members.error());
    while (members->step()) {
        const auto it = caseIndex.constFind(members->int64(0));
        if (it != caseIndex.cend())
            snapshot.cases[*it].documentIds.append(members->int64(1));
    }
    if (members->failed())
        return failure(members->error());
    return snapshot;
}

Result<bool> InterchangeStore::guidInUse(GuidKind kind, const QString &guid)
{
    const char *sql = nullptr;
    switch (kind) {
    case GuidKind::Document:
        sql = "SELECT 1 FROM documents WHERE guid = ?1";
        break;
    case GuidKind::Code:
        sql = "SELECT 1 FROM codes WHERE guid = ?1";
        break;
    case GuidKind::Coding:
        sql = "SELECT 1 FROM codings WHERE guid = ?1";
        break;
    case GuidKind::Coder:
        sql = "SELECT 1 FROM coders WHERE guid = ?1";
        break;
    case GuidKind::Case:
        sql = "SELECT 1 FROM cases WHERE guid = ?1";
        break;
    }
    auto stmt = m_project.database().prepare(sql);
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, guid);
    const bool found = stmt->step();
    if (stmt->failed())
        return failure(stmt->error());
    return found;
}

Result<qint64> InterchangeStore::coder(const QString &name, const QString &guid)
{
    Database &db = m_project.database();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return failure(QStringLiteral("a coder needs a name"));
    auto find = db.prepare("SELECT id FROM coders WHERE name = ?1");
    if (!find)
        return failure(find.error());
    find->bind(1, trimmed);
    if (find->step())
        return find->int64(0);
    if (find->failed())
        return failure(find->error());
    QString chosen = guid;
    if (!chosen.isEmpty()) {
        auto used = guidInUse(GuidKind::Coder, chosen);
        if (!used)
            return failure(used.error());
        if (*used)
            chosen.clear();
    }
    auto insert = db.prepare("INSERT INTO coders(guid, name) VALUES (?1, ?2)");
    if (!insert)
        return failure(insert.error());
    if (auto ok = insert->bind(1, chosen.isEmpty() ? newGuid() : chosen).bind(2, trimmed).run(); !ok)
        return failure(ok.error());
    return db.lastInsertId();
}

Result<CodingInsertResult> InterchangeStore::insertCodings(const QList<CodingRow> &rows, const QString &journalAction,
                                                           QJsonObject journalDetail)
{
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());

    QHash<qint64, qint64> lengths;
    auto documents = db.prepare("SELECT id, length FROM documents");
    if (!documents)
        return failure(documents.error());
    while (documents->step())
        lengths.insert(documents->int64(0), documents->int64(1));
    if (documents->failed())
        return failure(documents->error());

    // ON CONFLICT DO NOTHING covers both the identity index and the GUID: which one it was is
    // told apart afterwards, and a taken GUID is replaced by a fresh one.
    auto insert = db.prepare(R"(INSERT INTO codings(guid, document_id, code_id, start, end, coder_id, memo, created)
                                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT DO NOTHING)");
    if (!insert)
        return failure(insert.error());
    auto identical = db.prepare(
        "SELECT 1 FROM codings WHERE document_id = ?1 AND code_id = ?2 AND coder_id = ?3 AND start = ?4 AND end = ?5");
    if (!identical)
        return failure(identical.error());

    CodingInsertResult result;
    const QString now = nowTimestamp();
    for (const CodingRow &row : rows) {
        const auto length = lengths.constFind(row.documentId);
        if (length == lengths.cend())
            return failure(QStringLiteral("a coding refers to document %1, which is not in %2")
                               .arg(row.documentId)
                               .arg(m_project.fileName()));
        if (row.start < 0 || row.end <= row.start || row.end > *length)
            return failure(QStringLiteral("the range [%1, %2) is not a passage of document %3, which has %4 characters")
                               .arg(row.start)
                               .arg(row.end)
                               .arg(row.documentId)
                               .arg(*length));
        QString guid = row.guid.isEmpty() ? newGuid() : row.guid;
        for (int attempt = 0; attempt < 2; ++attempt) {
            insert->reset();
            insert->bind(1, guid)
                .bind(2, row.documentId)
                .bind(3, row.codeId)
                .bind(4, row.start)
                .bind(5, row.end)
                .bind(6, row.coderId)
                .bind(7, row.memo.isEmpty() ? QString() : row.memo)
                .bind(8, row.created.isEmpty() ? now : row.created);
            if (auto ok = insert->run(); !ok)
                return failure(ok.error());
            if (db.changes() > 0) {
                ++result.added;
                if (guid != row.guid)
                    ++result.newGuids;
                break;
            }
            identical->reset();
            identical->bind(1, row.documentId).bind(2, row.codeId).bind(3, row.coderId).bind(4, row.start).bind(5, row.end);
            const bool exists = identical->step();
            if (identical->failed())
                return failure(identical->error());
            if (exists) {
                ++result.collapsed;
                break;
            }
            guid = newGuid();   // the GUID belonged to another coding
        }
    }
    journalDetail.insert(QStringLiteral("codings added"), result.added);
    journalDetail.insert(QStringLiteral("identical codings collapsed"), result.collapsed);
    if (auto ok = m_project.journal(journalAction, journalDetail); !ok)
        return failure(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return failure(ok.error());
    return result;
}

Result<qint64> InterchangeStore::ensureCase(const QString &guid, const QString &name, const QString &memo)
{
    Database &db = m_project.database();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return failure(QStringLiteral("a case needs a name"));
    auto find = db.prepare("SELECT id FROM cases WHERE guid = ?1 UNION ALL SELECT id FROM cases WHERE name = ?2");
    if (!find)
        return failure(find.error());
    find->bind(1, guid).bind(2, trimmed);
    if (find->step())
        return find->int64(0);
    if (find->failed())
        return failure(find->error());
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    QString chosen = guid;
    if (!chosen.isEmpty()) {
        auto used = guidInUse(GuidKind::Case, chosen);
        if (!used)
            return failure(used.error());
        if (*used)
            chosen.clear();
    }
    if (chosen.isEmpty())
        chosen = newGuid();
    auto insert = db.prepare("INSERT INTO cases(guid, name, memo) VALUES (?1, ?2, ?3)");
    if (!insert)
        return failure(insert.error());
    if (auto ok = insert->bind(1, chosen).bind(2, trimmed).bind(3, memo.isEmpty() ? QString() : memo).run(); !ok)
        return failure(ok.error());
    const qint64 id = db.lastInsertId();
    if (auto ok = m_project.journal(QStringLiteral("add case"),
                                    {{QStringLiteral("case"), trimmed}, {QStringLiteral("guid"), chosen}});
        !ok)
        return failure(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return failure(ok.error());
    return id;
}

Result<void> InterchangeStore::addCaseDocument(qint64 caseId, qint64 documentId)
{
    auto insert = m_project.database().prepare(
        "INSERT INTO case_documents(case_id, document_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING");
    if (!insert)
        return failure(insert.error());
    return insert->bind(1, caseId).bind(2, documentId).run();
}

} // namespace marginalia
