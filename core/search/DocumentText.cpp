#include "search/DocumentText.h"

#include "project/Database.h"
#include "text/TextIndex.h"

#include <sqlite3.h>

#include <algorithm>

namespace marginalia {

qsizetype utf8CharacterStart(const QByteArray &utf8, qsizetype at)
{
    at = std::clamp<qsizetype>(at, 0, utf8.size());
    while (at > 0 && at < utf8.size() && (static_cast<unsigned char>(utf8.at(at)) & 0xC0) == 0x80)
        --at;
    return at;
}

Result<std::unique_ptr<DocumentText>> DocumentText::open(Database &database, qint64 documentId)
{
    sqlite3_blob *blob = nullptr;
    const int rc = sqlite3_blob_open(database.handle(), "main", "documents", "text", documentId, 0, &blob);
    if (rc != SQLITE_OK) {
        const QString reason = QString::fromUtf8(sqlite3_errmsg(database.handle()));
        sqlite3_blob_close(blob);
        return failure(QStringLiteral("the text of document %1 cannot be read: %2").arg(documentId).arg(reason));
    }
    return std::unique_ptr<DocumentText>(new DocumentText(database, blob, sqlite3_blob_bytes(blob)));
}

Result<void> DocumentText::reopen(qint64 documentId)
{
    if (m_blob && sqlite3_blob_reopen(m_blob, documentId) == SQLITE_OK) {
        m_size = sqlite3_blob_bytes(m_blob);
        return {};
    }
    const QString reason = QString::fromUtf8(sqlite3_errmsg(m_database.handle()));
    sqlite3_blob_close(m_blob);
    m_blob = nullptr;
    m_size = 0;
    return failure(QStringLiteral("the text of document %1 cannot be read: %2").arg(documentId).arg(reason));
}

DocumentText::~DocumentText()
{
    sqlite3_blob_close(m_blob);
}

Result<QByteArray> DocumentText::read(qint64 from, qint64 length)
{
    from = std::clamp<qint64>(from, 0, m_size);
    length = std::clamp<qint64>(length, 0, m_size - from);
    QByteArray bytes(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (length > 0 && (!m_blob || sqlite3_blob_read(m_blob, bytes.data(), static_cast<int>(length), static_cast<int>(from)) != SQLITE_OK))
        return failure(QStringLiteral("a document's text could not be read (it changed or the project is damaged)"));
    return bytes;
}

Result<void> DocumentText::forEachWindow(const Window &window, qint64 windowBytes)
{
    qint64 position = 0;
    qint64 codePoint = 0;
    while (position < m_size) {
        Result<QByteArray> bytes = read(position, windowBytes);
        if (!bytes)
            return failure(bytes.error());
        QByteArray &chunk = *bytes;
        if (position + chunk.size() < m_size) {
            // End after the last line break, else the last space, else at a character boundary.
            qsizetype cut = chunk.lastIndexOf('\n') + 1;
            if (cut <= 0)
                cut = chunk.lastIndexOf(' ') + 1;
            if (cut <= 0)
                cut = utf8CharacterStart(chunk, chunk.size() - 1);
            if (cut <= 0)
                cut = chunk.size();   // one character longer than a window: impossible in UTF-8
            chunk.truncate(cut);
        }
        if (!window(chunk, codePoint))
            return {};
        position += chunk.size();
        codePoint += TextIndex::utf8CodePointLength(std::string_view(chunk.constData(), static_cast<size_t>(chunk.size())));
    }
    return {};
}

} // namespace marginalia
