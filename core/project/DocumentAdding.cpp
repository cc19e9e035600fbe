// DocumentStore's adding of documents and its recognising of a text it holds already, by the SHA-256 of the text's
// UTF-8 (OpenSSL). Apart from DocumentStore.cpp because marginalia-cli links no OpenSSL (issue 12): only the
// commands of marginalia-cli-full add documents (import, demo, import-qdpx, import-qdc, merge, team).
#include "project/DocumentStore.h"

#include "project/Names.h"
#include "project/ParagraphSpans.h"
#include "project/Project.h"
#include "text/Paragraphs.h"
#include "text/TextIndex.h"

#include <openssl/evp.h>

#include <string>

namespace marginalia {

namespace {

QString lastCodePoints(const QString &text, int count)
{
    qsizetype i = text.size();
    for (int taken = 0; taken < count && i > 0; ++taken) {
        --i;
        if (text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())
            --i;
    }
    return text.mid(i);
}

} // namespace

QString DocumentStore::contentHash(const QString &text)
{
    return contentHashOfUtf8(text.toUtf8());
}

QString DocumentStore::contentHashOfUtf8(QByteArrayView utf8)
{
    // OpenSSL's SHA-256 uses the processor's SHA instructions where it has them: about ten times Qt's, which was
    // the largest single cost of an import (a quarter of its CPU time).
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(utf8.data(), static_cast<size_t>(utf8.size()), digest, &size, EVP_sha256(), nullptr) != 1)
        qFatal("SHA-256 is not available from OpenSSL");
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(size)).toHex());
}

ParagraphRows ParagraphRows::of(const QList<Paragraph> &paragraphs)
{
    ParagraphRows result;
    result.rows.reserve(static_cast<size_t>(paragraphs.size()));
    for (const Paragraph &paragraph : paragraphs) {
        int speaker = -1;
        if (!paragraph.speaker.isEmpty()) {
            speaker = result.labels.add(paragraph.speaker);
            if (static_cast<size_t>(speaker) == result.speakers.size())   // a label met for the first time
                result.speakers.push_back(paragraph.speaker.toUtf8());
        }
        result.rows.push_back({paragraph.start, paragraph.end, speaker});
    }
    return result;
}

Result<qint64> DocumentStore::add(const NewDocument &document)
{
    return add(document, document.text.toUtf8(), ParagraphRows::of(splitParagraphs(document.text)));
}

Result<qint64> DocumentStore::add(const NewDocument &document, const QByteArray &utf8,
                                  const ParagraphRows &paragraphs)
{
    Database &db = m_project.database();
    // Document names come from file names, which may hold line breaks: cleaned, not refused.
    const QString name = singleLineName(document.name);
    if (name.isEmpty())
        return failure(QStringLiteral("a document needs a name"));
    auto importer = document.importedBy > 0 ? Result<qint64>(document.importedBy) : m_project.coderId({});
    if (!importer)
        return failure(importer.error());

    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    auto insert = reused(m_insertDocument, R"(INSERT INTO documents(guid, name, length, tail, content_hash, source_format,
                                    source_encoding, source_path, memo, imported_at, imported_by, text)
                                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12))");
    if (!insert)
        return failure(insert.error());
    const QString guid = document.guid.isEmpty() ? newGuid() : document.guid;
    (*insert)->bind(1, guid)
        .bind(2, name)
        .bind(3, TextIndex::utf8CodePointLength(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size()))))
        .bind(4, lastCodePoints(document.text, 2))
        .bind(5, document.contentHash.isEmpty() ? contentHashOfUtf8(utf8) : document.contentHash)
        .bind(6, document.format.isEmpty() ? QString() : document.format)
        .bind(7, document.encoding.isEmpty() ? QString() : document.encoding)
        .bind(8, document.sourcePath.isEmpty() ? QString() : document.sourcePath)
        .bind(9, document.memo.isEmpty() ? QString() : document.memo)
        .bind(10, document.importedAt.isEmpty() ? nowTimestamp() : document.importedAt)
        .bind(11, *importer)
        .bindUnowned(12, std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));   // no copy of the text
    if (auto ok = (*insert)->run(); !ok)
        return failure(ok.error());
    const qint64 id = db.lastInsertId();
    (*insert)->reset();   // the text bound to it is let go

    // Indexed for search later, off the import (SearchIndexer); searches read it directly until then.
    auto pending = reused(m_insertPending, "INSERT INTO document_fts_pending(document_id) VALUES (?1)");
    if (!pending)
        return failure(pending.error());
    if (auto ok = (*pending)->bind(1, id).run(); !ok)
        return failure(ok.error());
    if (auto ok = storeParagraphs(id, paragraphs); !ok)
        return failure(ok.error());
    if (auto ok = m_project.journal(QStringLiteral("add document"),
                                    {{QStringLiteral("document"), name}, {QStringLiteral("guid"), guid}});
        !ok)
        return failure(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return failure(ok.error());
    return id;
}

namespace {

// Paragraph rows are inserted this many to a statement: each execution of an INSERT costs its start, its end and a
// statement journal whatever it inserts, which cost more than the rows themselves when it was one row each.
constexpr int kParagraphBatch = 64;

std::string paragraphInsert(int rows)
{
    std::string sql = "INSERT INTO paragraphs(document_id, number, start, end, speaker) VALUES ";
    for (int i = 0; i < rows; ++i) {
        const int p = 5 * i;
        sql += (i > 0 ? ",(?" : "(?") + std::to_string(p + 1) + ",?" + std::to_string(p + 2) + ",?"
            + std::to_string(p + 3) + ",?" + std::to_string(p + 4) + ",?" + std::to_string(p + 5) + ")";
    }
    return sql;
}

} // namespace

Result<void> DocumentStore::storeParagraphs(qint64 documentId, const ParagraphRows &paragraphs)
{
    static const std::string batchSql = paragraphInsert(kParagraphBatch);
    static const std::string singleSql = paragraphInsert(1);
    const size_t count = paragraphs.rows.size();
    size_t next = 0;
    while (next < count) {
        const bool batch = count - next >= static_cast<size_t>(kParagraphBatch);
        auto prepared = batch ? reused(m_insertParagraphBatch, batchSql) : reused(m_insertParagraph, singleSql);
        if (!prepared)
            return failure(prepared.error());
        Statement &insert = **prepared;
        const size_t rows = batch ? static_cast<size_t>(kParagraphBatch) : 1;
        for (size_t i = 0; i < rows; ++i, ++next) {
            const ParagraphRows::Row &row = paragraphs.rows[next];
            const int p = 5 * static_cast<int>(i);
            insert.bind(p + 1, documentId)
                .bind(p + 2, static_cast<qint64>(next + 1))
                .bind(p + 3, row.start)
                .bind(p + 4, row.end);
            if (row.speaker < 0) {
                insert.bindNull(p + 5);
            } else {
                const QByteArray &speaker = paragraphs.speakers[static_cast<size_t>(row.speaker)];
                insert.bindUnowned(p + 5, std::string_view(speaker.constData(), static_cast<size_t>(speaker.size())));
            }
        }
        auto ok = insert.run();
        insert.reset();   // lets go of the speakers' bytes bound to it
        if (!ok)
            return ok;
    }
    // The copy for citing, in the same transaction (ParagraphSpans).
    return ParagraphSpans::store(m_project.database(), documentId, ParagraphSpans::encode(paragraphs));
}

Result<qint64> DocumentStore::findByContent(const QString &text, const QString &hash)
{
    auto prepared = reused(m_findByHash, "SELECT id, text FROM documents WHERE content_hash = ?1");
    if (!prepared)
        return failure(prepared.error());
    Statement &stmt = **prepared;
    stmt.bind(1, hash.isEmpty() ? contentHash(text) : hash);
    qint64 found = 0;
    while (found == 0 && stmt.step()) {
        if (stmt.text(1) == text)
            found = stmt.int64(0);
    }
    if (stmt.failed())
        return failure(stmt.error());
    stmt.reset();   // kept for the next call, it must not hold its read open
    return found;
}

Result<qint64> DocumentStore::findByContentOfUtf8(QByteArrayView utf8, const QString &hash)
{
    auto prepared = reused(m_findByHash, "SELECT id, text FROM documents WHERE content_hash = ?1");
    if (!prepared)
        return failure(prepared.error());
    Statement &stmt = **prepared;
    stmt.bind(1, hash);
    const std::string_view wanted(utf8.data(), static_cast<size_t>(utf8.size()));
    qint64 found = 0;
    while (found == 0 && stmt.step()) {
        if (stmt.utf8(1) == wanted)
            found = stmt.int64(0);
    }
    if (stmt.failed())
        return failure(stmt.error());
    stmt.reset();   // kept for the next call, it must not hold its read open
    return found;
}

} // namespace marginalia
