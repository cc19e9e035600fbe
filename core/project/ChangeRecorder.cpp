#include "project/ChangeRecorder.h"

#include "project/Project.h"

#include <QJsonObject>

#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <mutex>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace marginalia {

namespace {

// Everything but the journal (append-only), the FTS index (a virtual table, kept in step by hand),
// the team tables (core/team: an undo is a new change to send, not the removal of a note to send) and
// the kept row counts (their triggers move them again when an undo or redo inserts or deletes rows).
int recordTable(void *, const char *table)
{
    return std::strcmp(table, "journal") != 0 && std::strncmp(table, "document_fts", 12) != 0
        && std::strncmp(table, "team_", 5) != 0 && std::strcmp(table, "row_counts") != 0
        && std::strncmp(table, "coding_counts", 13) != 0;
}

// A row to delete that is gone already was removed by a foreign-key cascade earlier in the same
// changeset (a code's codings go with the code): the wanted state is reached. Anything else
// means the project changed since the edit was recorded.
int resolveConflict(void *, int conflict, sqlite3_changeset_iter *iterator)
{
    const char *table = nullptr;
    int columns = 0;
    int operation = 0;
    int indirect = 0;
    sqlite3changeset_op(iterator, &table, &columns, &operation, &indirect);
    if (conflict == SQLITE_CHANGESET_NOTFOUND && operation == SQLITE_DELETE)
        return SQLITE_CHANGESET_OMIT;
    return SQLITE_CHANGESET_ABORT;
}

struct SessionDeleter
{
    void operator()(sqlite3_session *session) const { sqlite3session_delete(session); }
};

struct Freer
{
    void operator()(void *memory) const { sqlite3_free(memory); }
};

// A document row inserted or deleted by a changeset: the search index (or its queue) must follow it.
struct DocumentTextChange
{
    qint64 id = 0;
    QByteArray text;
    bool inserted = false;
};

Result<std::vector<DocumentTextChange>> documentTextChanges(const QByteArray &changeset, int textColumn)
{
    std::vector<DocumentTextChange> changes;
    sqlite3_changeset_iter *iterator = nullptr;
    if (sqlite3changeset_start(&iterator, static_cast<int>(changeset.size()), const_cast<char *>(changeset.constData()))
        != SQLITE_OK)
        return failure(QStringLiteral("the recorded change is damaged"));
    while (sqlite3changeset_next(iterator) == SQLITE_ROW) {
        const char *table = nullptr;
        int columns = 0;
        int operation = 0;
        int indirect = 0;
        sqlite3changeset_op(iterator, &table, &columns, &operation, &indirect);
        if (std::strcmp(table, "documents") != 0 || operation == SQLITE_UPDATE || textColumn >= columns)
            continue;
        sqlite3_value *id = nullptr;
        sqlite3_value *text = nullptr;
        if (operation == SQLITE_INSERT) {
            sqlite3changeset_new(iterator, 0, &id);
            sqlite3changeset_new(iterator, textColumn, &text);
        } else {
            sqlite3changeset_old(iterator, 0, &id);
            sqlite3changeset_old(iterator, textColumn, &text);
        }
        if (!id || !text)
            continue;
        const auto *bytes = static_cast<const char *>(sqlite3_value_blob(text));
        changes.push_back({sqlite3_value_int64(id), QByteArray(bytes, sqlite3_value_bytes(text)),
                           operation == SQLITE_INSERT});
    }
    sqlite3changeset_finalize(iterator);
    return changes;
}

} // namespace

namespace {

std::atomic<qint64> &maximumSize()
{
    static std::atomic<qint64> bytes{qint64(64) * 1024 * 1024};
    return bytes;
}

std::mutex &injectionMutex()
{
    static std::mutex mutex;
    return mutex;
}

ChangeRecorder::FailureInjection &injection()
{
    static ChangeRecorder::FailureInjection hook;
    return hook;
}

// Collects a streamed changeset up to a limit; past it, the stream is stopped and the bytes dropped,
// so recording a huge edit never holds more than the limit in memory.
struct BoundedOutput
{
    QByteArray bytes;
    qint64 limit = 0;
    qint64 total = 0;
    bool overflowed = false;
};

int collectChangeset(void *context, const void *data, int size)
{
    auto *out = static_cast<BoundedOutput *>(context);
    out->total += size;
    if (out->total > out->limit) {
        out->overflowed = true;
        out->bytes = QByteArray();
        return SQLITE_TOOBIG;
    }
    out->bytes.append(static_cast<const char *>(data), size);
    return SQLITE_OK;
}

} // namespace

qint64 ChangeRecorder::maximumChangesetSize()
{
    return maximumSize().load();
}

void ChangeRecorder::setMaximumChangesetSize(qint64 bytes)
{
    maximumSize().store(bytes);
}

void ChangeRecorder::setFailureInjection(FailureInjection hook)
{
    std::lock_guard lock(injectionMutex());
    injection() = std::move(hook);
}

Result<RecordedChange> ChangeRecorder::record(const QString &description, const std::function<Result<void>()> &edit)
{
    Database &database = m_project.database();
    sqlite3 *db = database.handle();
    // One transaction around the whole edit: its steps each open their own, which join this one,
    // so a failing step takes back the steps before it instead of leaving them committed.
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return failure(transaction.error());
    sqlite3_session *raw = nullptr;
    if (sqlite3session_create(db, "main", &raw) != SQLITE_OK)
        return failure(database.lastError());
    std::unique_ptr<sqlite3_session, SessionDeleter> session(raw);
    sqlite3session_table_filter(raw, recordTable, nullptr);
    if (sqlite3session_attach(raw, nullptr) != SQLITE_OK)
        return failure(database.lastError());
    if (auto ok = edit(); !ok)
        return failure(ok.error());
    {
        std::lock_guard lock(injectionMutex());
        if (injection()) {
            if (auto ok = injection()(description); !ok)
                return failure(ok.error());
        }
    }
    BoundedOutput output;
    output.limit = maximumChangesetSize();
    const int rc = sqlite3session_changeset_strm(raw, collectChangeset, &output);
    if (rc != SQLITE_OK && !output.overflowed)
        return failure(QStringLiteral("%1: the change could not be recorded for undo (%2); nothing was changed")
                           .arg(m_project.fileName(), QString::fromUtf8(sqlite3_errstr(rc))));
    session.reset();   // the commit need not be watched
    if (auto ok = transaction->commit(); !ok)
        return failure(ok.error());
    RecordedChange change;
    change.description = description;
    change.kept = !output.overflowed;
    change.size = output.total;
    change.changeset = std::move(output.bytes);
    return change;
}

Result<void> ChangeRecorder::undo(const RecordedChange &change)
{
    if (!change.kept)
        return failure(QStringLiteral("\"%1\" cannot be undone: it was too large to keep").arg(change.description));
    if (change.isEmpty())
        return {};
    int size = 0;
    void *inverted = nullptr;
    if (sqlite3changeset_invert(static_cast<int>(change.changeset.size()), change.changeset.constData(), &size, &inverted)
        != SQLITE_OK)
        return failure(QStringLiteral("the change \"%1\" cannot be undone (its record is damaged)").arg(change.description));
    std::unique_ptr<void, Freer> owned(inverted);
    return apply(QByteArray(static_cast<const char *>(inverted), size), QStringLiteral("undo"), change.description);
}

Result<void> ChangeRecorder::redo(const RecordedChange &change)
{
    if (!change.kept)
        return failure(QStringLiteral("\"%1\" cannot be redone: it was too large to keep").arg(change.description));
    if (change.isEmpty())
        return {};
    return apply(change.changeset, QStringLiteral("redo"), change.description);
}

Result<void> ChangeRecorder::apply(const QByteArray &changeset, const QString &action, const QString &description)
{
    Database &db = m_project.database();
    int textColumnIndex = 0;
    {
        // Finished before the write transaction begins: a statement left on a row keeps its read
        // snapshot, and a write begun on a snapshot that another connection (the search indexer)
        // has committed past fails at once with "busy", without waiting.
        auto textColumn = db.prepare("SELECT cid FROM pragma_table_info('documents') WHERE name = 'text'");
        if (!textColumn || !textColumn->step())
            return failure(textColumn ? textColumn->error() : textColumn.error());
        textColumnIndex = static_cast<int>(textColumn->int64(0));
    }
    auto documents = documentTextChanges(changeset, textColumnIndex);
    if (!documents)
        return failure(documents.error());

    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    // Which deleted documents are in the FTS index, asked before the changeset's delete takes their
    // pending rows with it (and inside the write transaction, so the indexer cannot move them meanwhile).
    auto isPending = db.prepare("SELECT 1 FROM document_fts_pending WHERE document_id = ?1");
    if (!isPending)
        return failure(isPending.error());
    std::vector<bool> indexed;
    for (const DocumentTextChange &document : *documents) {
        isPending->reset();
        isPending->bind(1, document.id);
        indexed.push_back(!document.inserted && !isPending->step());
        if (isPending->failed())
            return failure(isPending->error());
    }
    const int rc = sqlite3changeset_apply(db.handle(), static_cast<int>(changeset.size()),
                                          const_cast<char *>(changeset.constData()), nullptr, resolveConflict, nullptr);
    if (rc != SQLITE_OK)
        return failure(QStringLiteral("\"%1\" cannot be %2: the project has changed since (%3)")
                           .arg(description,
                                action == u"undo" ? QStringLiteral("undone") : QStringLiteral("redone"),
                                QString::fromUtf8(sqlite3_errstr(rc))));
    // A document that comes back waits for the indexer like a new one; one that goes leaves the index.
    auto ftsDelete = db.prepare("INSERT INTO document_fts(document_fts, rowid, text) VALUES ('delete', ?1, ?2)");
    auto pend = db.prepare("INSERT OR IGNORE INTO document_fts_pending(document_id) VALUES (?1)");
    if (!ftsDelete || !pend)
        return failure(ftsDelete ? pend.error() : ftsDelete.error());
    for (size_t i = 0; i < documents->size(); ++i) {
        const DocumentTextChange &document = (*documents)[i];
        if (document.inserted) {
            pend->reset();
            if (auto ok = pend->bind(1, document.id).run(); !ok)
                return ok;
        } else if (indexed[i]) {
            ftsDelete->reset();
            ftsDelete->bind(1, document.id)
                .bind(2, std::string_view(document.text.constData(), static_cast<size_t>(document.text.size())));
            if (auto ok = ftsDelete->run(); !ok)
                return ok;
        }
    }
    if (auto ok = m_project.journal(action, {{QStringLiteral("change"), description}}); !ok)
        return ok;
    return transaction->commit();
}

bool ChangeFootprint::touchesOnly(const QStringList &allowed) const
{
    for (const QString &table : tables) {
        if (!allowed.contains(table))
            return false;
    }
    return true;
}

ChangeFootprint ChangeFootprint::reversed() const
{
    ChangeFootprint undone = *this;
    for (QHash<qint64, qint64> *gained : {&undone.codingsGainedByCode, &undone.codingsGainedByDocument}) {
        for (auto it = gained->begin(); it != gained->end(); ++it)
            it.value() = -it.value();
    }
    return undone;
}

Result<ChangeFootprint> ChangeRecorder::footprint(const RecordedChange &change)
{
    // The codings columns by name, not by position: a migrated project may order them differently.
    int documentColumn = -1;
    int codeColumn = -1;
    {
        auto columns = m_project.database().prepare("SELECT cid, name FROM pragma_table_info('codings')");
        if (!columns)
            return failure(columns.error());
        while (columns->step()) {
            if (columns->text(1) == u"document_id")
                documentColumn = static_cast<int>(columns->int64(0));
            else if (columns->text(1) == u"code_id")
                codeColumn = static_cast<int>(columns->int64(0));
        }
        if (columns->failed() || documentColumn < 0 || codeColumn < 0)
            return failure(QStringLiteral("The project %1 has no codings table as expected.").arg(m_project.path()));
    }

    ChangeFootprint footprint;
    sqlite3_changeset_iter *iterator = nullptr;
    if (sqlite3changeset_start(&iterator, static_cast<int>(change.changeset.size()),
                               const_cast<char *>(change.changeset.constData()))
        != SQLITE_OK)
        return failure(QStringLiteral("The recorded change “%1” cannot be read.").arg(change.description));
    // A value of the row before (old) or after (new) the change; null if the changeset does not carry it
    // (an update carries only the primary key and the columns it changed).
    const auto value = [&iterator](bool old, int column) -> std::optional<qint64> {
        sqlite3_value *v = nullptr;
        const int rc = old ? sqlite3changeset_old(iterator, column, &v) : sqlite3changeset_new(iterator, column, &v);
        if (rc != SQLITE_OK || !v || sqlite3_value_type(v) == SQLITE_NULL)
            return std::nullopt;
        return sqlite3_value_int64(v);
    };
    while (sqlite3changeset_next(iterator) == SQLITE_ROW) {
        const char *table = nullptr;
        int columns = 0;
        int operation = 0;
        int indirect = 0;
        sqlite3changeset_op(iterator, &table, &columns, &operation, &indirect);
        const QString name = QString::fromUtf8(table);
        if (!footprint.tables.contains(name))
            footprint.tables.append(name);
        // Every project table has its integer id as column 0, the primary key.
        const std::optional<qint64> id = value(operation == SQLITE_DELETE || operation == SQLITE_UPDATE, 0);
        QSet<qint64> *rows = name == u"codes" ? &footprint.codes
            : name == u"documents"            ? &footprint.documents
            : name == u"codings"              ? &footprint.codings
                                              : nullptr;
        if (rows && id)
            rows->insert(*id);
        if (name != u"codings" || std::max(documentColumn, codeColumn) >= columns)
            continue;
        struct Counted
        {
            int column;
            QSet<qint64> *touched;
            QHash<qint64, qint64> *gained;
        };
        for (const Counted &counted : {Counted{documentColumn, &footprint.codingDocuments, &footprint.codingsGainedByDocument},
                                       Counted{codeColumn, &footprint.codingCodes, &footprint.codingsGainedByCode}}) {
            // Inserted and deleted rows change the counts of their code and document; an update only those of a
            // code or document it moves the coding from and to (an update carries old and new values only for the
            // columns it changed).
            if (operation != SQLITE_INSERT) {
                if (auto old = value(true, counted.column)) {
                    counted.touched->insert(*old);
                    (*counted.gained)[*old] -= 1;
                }
            }
            if (operation != SQLITE_DELETE) {
                if (auto now = value(false, counted.column)) {
                    counted.touched->insert(*now);
                    (*counted.gained)[*now] += 1;
                }
            }
        }
    }
    const int rc = sqlite3changeset_finalize(iterator);
    if (rc != SQLITE_OK)
        return failure(QStringLiteral("The recorded change “%1” cannot be read.").arg(change.description));
    return footprint;
}

} // namespace marginalia
