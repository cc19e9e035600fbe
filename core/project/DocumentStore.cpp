#include "project/DocumentStore.h"
#include "project/AgreementRound.h"
#include "project/VisibleCodings.h"

#include "project/Names.h"
#include "project/ParagraphSpans.h"
#include "project/Project.h"
#include "project/RowCounts.h"
#include "text/Paragraphs.h"
#include "text/TextIndex.h"

#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <string>

namespace marginalia {

namespace {

// The canonical stored form of a value of the given type, or an error sentence.
Result<QString> checkedValue(const QString &attribute, const QString &type, const QString &value)
{
    const QString trimmed = value.trimmed();
    bool ok = true;
    if (type == u"integer") {
        const qint64 number = trimmed.toLongLong(&ok);
        if (ok)
            return QString::number(number);
        return failure(QStringLiteral("attribute '%1' takes whole numbers; '%2' is not one").arg(attribute, value));
    }
    if (type == u"real") {
        const double number = trimmed.toDouble(&ok);
        // The shortest form that reads back as the same double: 15 digits lost the last ones of a value typed with
        // 17 (0.12345678901234567 was stored as 0.123456789012346). Not a number and infinity are not numbers here.
        if (ok && std::isfinite(number))
            return QString::number(number, 'g', QLocale::FloatingPointShortest);
        return failure(QStringLiteral("attribute '%1' takes numbers; '%2' is not one").arg(attribute, value));
    }
    if (type == u"boolean") {
        const QString lower = trimmed.toLower();
        if (lower == u"true" || lower == u"yes" || lower == u"1")
            return QStringLiteral("true");
        if (lower == u"false" || lower == u"no" || lower == u"0")
            return QStringLiteral("false");
        return failure(QStringLiteral("attribute '%1' takes true or false; '%2' is neither").arg(attribute, value));
    }
    if (type == u"date") {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid())
            return date.toString(Qt::ISODate);
        return failure(QStringLiteral("attribute '%1' takes dates as YYYY-MM-DD; '%2' is not one").arg(attribute, value));
    }
    return trimmed;
}

bool isKnownType(const QString &type)
{
    static const QStringList types = {QStringLiteral("text"), QStringLiteral("integer"), QStringLiteral("real"),
                                      QStringLiteral("boolean"), QStringLiteral("date")};
    return types.contains(type);
}

} // namespace

Result<Statement *> DocumentStore::reused(std::optional<Statement> &slot, std::string_view sql)
{
    if (slot) {
        slot->reset();
        return &*slot;
    }
    auto prepared = m_project.database().prepare(sql);
    if (!prepared)
        return failure(prepared.error());
    slot.emplace(std::move(*prepared));
    return &*slot;
}

Result<void> DocumentStore::remove(qint64 documentId)
{
    Database &db = m_project.database();
    auto document = info(documentId);
    if (!document)
        return failure(document.error());
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    // The external-content FTS index needs the old text to remove its entries; a document still
    // waiting to be indexed has none there (and its pending row goes with it by ON DELETE CASCADE).
    auto fts = db.prepare("INSERT INTO document_fts(document_fts, rowid, text) SELECT 'delete', id, text FROM documents"
                          " WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM document_fts_pending WHERE document_id = ?1)");
    if (!fts)
        return failure(fts.error());
    if (auto ok = fts->bind(1, documentId).run(); !ok)
        return ok;
    auto erase = db.prepare("DELETE FROM documents WHERE id = ?1");
    if (!erase)
        return failure(erase.error());
    if (auto ok = erase->bind(1, documentId).run(); !ok)
        return ok;
    if (auto ok = m_project.journal(QStringLiteral("delete document"),
                                    {{QStringLiteral("document"), document->name},
                                     {QStringLiteral("guid"), document->guid},
                                     {QStringLiteral("codings"), document->codings}});
        !ok)
        return ok;
    return transaction->commit();
}

Result<void> DocumentStore::rename(qint64 documentId, const QString &newName)
{
    auto checked = checkedName(QStringLiteral("document"), newName);
    if (!checked)
        return failure(checked.error());
    const QString &name = *checked;
    auto document = info(documentId);
    if (!document)
        return failure(document.error());
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    auto update = db.prepare("UPDATE documents SET name = ?2 WHERE id = ?1");
    if (!update)
        return failure(update.error());
    if (auto ok = update->bind(1, documentId).bind(2, name.trimmed()).run(); !ok)
        return ok;
    if (auto ok = m_project.journal(QStringLiteral("rename document"),
                                    {{QStringLiteral("from"), document->name}, {QStringLiteral("to"), name.trimmed()}});
        !ok)
        return ok;
    return transaction->commit();
}

Result<void> DocumentStore::setMemo(qint64 documentId, const QString &memo)
{
    auto document = info(documentId);
    if (!document)
        return failure(document.error());
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    auto update = db.prepare("UPDATE documents SET memo = ?2 WHERE id = ?1");
    if (!update)
        return failure(update.error());
    if (auto ok = update->bind(1, documentId).bind(2, memo.isEmpty() ? QString() : memo).run(); !ok)
        return ok;
    if (auto ok = m_project.journal(QStringLiteral("edit document memo"), {{QStringLiteral("document"), document->name}});
        !ok)
        return ok;
    return transaction->commit();
}

Result<QList<DocumentInfo>> DocumentStore::list(CodingCount count)
{
    Database &db = m_project.database();
    // The counts from the kept ones where the file keeps them (CodingCounts: format 5, compared), one row each; while a
    // blind round hides codings from this connection's viewer, a document of the round's set less the rows it hides
    // there (the round hides by document and coder: hiddenByRoundCondition), a read of that document's rows. Without
    // kept counts the codings shown are counted, a pass over the codings' index.
    const bool kept = count == CodingCount::Counted && m_project.codingCountsKept();
    const bool hiding = kept && roundHidesCodings(m_project);
    std::string codings = "0";
    if (kept) {
        codings = "ifnull((SELECT k.codings FROM coding_counts_by_document k WHERE k.document_id = d.id), 0)";
        if (hiding)
            codings += " - CASE WHEN d.id IN (" + roundDocumentsQuery()
                + ") THEN ifnull((SELECT sum(k.codings) FROM coding_counts k WHERE k.document_id = d.id AND "
                + hiddenByRoundCondition("k") + "), 0) ELSE 0 END";
    } else if (count == CodingCount::Counted) {
        codings = "(SELECT count(*) FROM visible_codings c WHERE c.document_id = d.id)";
    }
    auto stmt = db.prepare("SELECT d.id, d.guid, d.name, d.length, d.source_format, d.source_encoding, d.memo,"
                           " d.imported_at, d.content_hash, " + codings + " FROM documents d ORDER BY d.name, d.id");
    if (!stmt)
        return failure(stmt.error());
    QList<DocumentInfo> documents;
    QHash<qint64, qsizetype> indexById;
    while (stmt->step()) {
        DocumentInfo info;
        info.id = stmt->int64(0);
        info.guid = stmt->text(1);
        info.name = stmt->text(2);
        info.length = stmt->int64(3);
        info.format = stmt->text(4);
        info.encoding = stmt->text(5);
        info.memo = stmt->text(6);
        info.importedAt = stmt->text(7);
        info.contentHash = stmt->text(8);
        info.codings = stmt->int64(9);
        indexById.insert(info.id, documents.size());
        documents.append(info);
    }
    if (stmt->failed())
        return failure(stmt->error());
    auto values = db.prepare(R"(SELECT da.document_id, a.name, da.value
                                FROM document_attributes da JOIN attributes a ON a.id = da.attribute_id)");
    if (!values)
        return failure(values.error());
    while (values->step()) {
        const auto it = indexById.constFind(values->int64(0));
        if (it != indexById.cend())
            documents[*it].attributes.insert(values->text(1), values->text(2));
    }
    if (values->failed())
        return failure(values->error());
    return documents;
}

Result<DocumentInfo> DocumentStore::info(qint64 documentId)
{
    auto stmt = m_project.database().prepare(
        // The count is of the codings shown, as list() counts them (a blind round's filter, project/VisibleCodings).
        R"(SELECT d.id, d.guid, d.name, d.length, d.source_format, d.source_encoding, d.memo, d.imported_at,
                  d.content_hash, (SELECT count(*) FROM visible_codings c WHERE c.document_id = d.id)
           FROM documents d WHERE d.id = ?1)");
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, documentId);
    if (!stmt->step()) {
        if (stmt->failed())
            return failure(stmt->error());
        return failure(QStringLiteral("no document with id %1 in %2").arg(documentId).arg(m_project.fileName()));
    }
    DocumentInfo info;
    info.id = stmt->int64(0);
    info.guid = stmt->text(1);
    info.name = stmt->text(2);
    info.length = stmt->int64(3);
    info.format = stmt->text(4);
    info.encoding = stmt->text(5);
    info.memo = stmt->text(6);
    info.importedAt = stmt->text(7);
    info.contentHash = stmt->text(8);
    info.codings = stmt->int64(9);
    auto values = attributes(documentId);
    if (!values)
        return failure(values.error());
    info.attributes = *values;
    return info;
}

Result<std::pair<QString, qint64>> DocumentStore::nameAndLength(qint64 documentId)
{
    auto stmt = m_project.database().prepare("SELECT name, length FROM documents WHERE id = ?1");
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, documentId);
    if (stmt->step())
        return std::pair{stmt->text(0), stmt->int64(1)};
    if (stmt->failed())
        return failure(stmt->error());
    return failure(QStringLiteral("no document with id %1 in %2").arg(documentId).arg(m_project.fileName()));
}

Result<qint64> DocumentStore::find(const QString &nameOrId)
{
    Database &db = m_project.database();
    auto byName = db.prepare("SELECT id FROM documents WHERE name = ?1 LIMIT 2");
    if (!byName)
        return failure(byName.error());
    byName->bind(1, nameOrId.trimmed());
    QList<qint64> ids;
    while (byName->step())
        ids.append(byName->int64(0));
    if (ids.size() == 1)
        return ids.first();
    if (ids.size() > 1)
        return failure(QStringLiteral("more than one document is named '%1'; use its id instead").arg(nameOrId));
    bool isNumber = false;
    const qint64 id = nameOrId.trimmed().toLongLong(&isNumber);
    if (isNumber) {
        auto byId = db.prepare("SELECT id FROM documents WHERE id = ?1");
        if (!byId)
            return failure(byId.error());
        byId->bind(1, id);
        if (byId->step())
            return id;
    }
    // A path given where a name is wanted: try its file name.
    const QString fileName = QFileInfo(nameOrId).fileName();
    if (fileName != nameOrId && !fileName.isEmpty())
        return find(fileName);
    return failure(QStringLiteral("no document named '%1' in %2").arg(nameOrId, m_project.fileName()));
}

Result<QString> DocumentStore::text(qint64 documentId)
{
    auto stmt = m_project.database().prepare("SELECT text FROM documents WHERE id = ?1");
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, documentId);
    if (stmt->step())
        return stmt->text(0);
    if (stmt->failed())
        return failure(stmt->error());
    return failure(QStringLiteral("no document with id %1 in %2").arg(documentId).arg(m_project.fileName()));
}

Result<qint64> DocumentStore::count()
{
    return RowCounts::total(m_project, RowCounts::Table::Documents);
}

Result<QString> DocumentStore::uniqueName(const QString &name)
{
    auto prepared = reused(m_nameTaken, "SELECT 1 FROM documents WHERE name = ?1");
    if (!prepared)
        return failure(prepared.error());
    Statement &stmt = **prepared;
    const QString base = singleLineName(name);   // as add() will store it
    QString candidate = base;
    for (int n = 2;; ++n) {
        stmt.reset();
        stmt.bind(1, candidate);
        if (!stmt.step()) {
            if (stmt.failed())
                return failure(stmt.error());
            return candidate;
        }
        candidate = QStringLiteral("%1 (%2)").arg(base).arg(n);
    }
}

Result<qint64> DocumentStore::defineAttribute(const QString &name, const QString &type)
{
    auto checked = checkedName(QStringLiteral("attribute"), name);
    if (!checked)
        return failure(checked.error());
    const QString trimmed = *checked;
    if (!isKnownType(type))
        return failure(QStringLiteral("unknown attribute type '%1' (use text, integer, real, boolean or date)").arg(type));
    Database &db = m_project.database();
    auto find = db.prepare("SELECT id, type FROM attributes WHERE name = ?1");
    if (!find)
        return failure(find.error());
    find->bind(1, trimmed);
    if (find->step()) {
        if (find->text(1) != type)
            return failure(QStringLiteral("attribute '%1' exists already with type %2").arg(trimmed, find->text(1)));
        return find->int64(0);
    }
    auto insert = db.prepare(
        "INSERT INTO attributes(name, type, position) VALUES (?1, ?2, (SELECT count(*) FROM attributes))");
    if (!insert)
        return failure(insert.error());
    if (auto ok = insert->bind(1, trimmed).bind(2, type).run(); !ok)
        return failure(ok.error());
    const qint64 id = m_project.database().lastInsertId();
    if (auto ok = m_project.journal(QStringLiteral("define attribute"),
                                    {{QStringLiteral("attribute"), trimmed}, {QStringLiteral("type"), type}});
        !ok)
        return failure(ok.error());
    return id;
}

Result<QList<AttributeDefinition>> DocumentStore::attributeDefinitions()
{
    auto stmt = m_project.database().prepare("SELECT id, name, type FROM attributes ORDER BY position, id");
    if (!stmt)
        return failure(stmt.error());
    QList<AttributeDefinition> definitions;
    while (stmt->step())
        definitions.append({stmt->int64(0), stmt->text(1), stmt->text(2)});
    if (stmt->failed())
        return failure(stmt->error());
    return definitions;
}

Result<void> DocumentStore::setAttribute(qint64 documentId, const QString &name, const QString &value)
{
    // Both statements are prepared once per store: the upsert's compilation includes the triggers on
    // document_attributes (team projects), and compiling it for every value was a tenth of an import's CPU time.
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    const QString attribute = name.trimmed();
    auto find = reused(m_findAttribute, "SELECT id, type FROM attributes WHERE name = ?1");
    if (!find)
        return failure(find.error());
    (*find)->bind(1, attribute);
    qint64 attributeId = 0;
    QString type = QStringLiteral("text");
    const bool known = (*find)->step();
    if (known) {
        attributeId = (*find)->int64(0);
        type = (*find)->text(1);
    }
    (*find)->reset();   // kept for the next call, it must not hold its read open
    if (!known) {
        auto defined = defineAttribute(name);
        if (!defined)
            return failure(defined.error());
        attributeId = *defined;
    }
    auto stored = checkedValue(attribute, type, value);
    if (!stored)
        return failure(stored.error());
    auto prepared = reused(m_upsertValue,
                           R"(INSERT INTO document_attributes(document_id, attribute_id, value) VALUES (?1, ?2, ?3)
                              ON CONFLICT(document_id, attribute_id) DO UPDATE SET value = excluded.value)");
    if (!prepared)
        return failure(prepared.error());
    Statement &upsert = **prepared;
    upsert.bind(1, documentId).bind(2, attributeId);
    if (type == u"integer")
        upsert.bind(3, stored->toLongLong());
    else if (type == u"real")
        upsert.bind(3, stored->toDouble());
    else
        upsert.bind(3, *stored);
    if (auto ok = upsert.run(); !ok)
        return ok;
    if (auto ok = m_project.journal(QStringLiteral("set attribute"), {{QStringLiteral("document_id"), documentId},
                                                                     {QStringLiteral("attribute"), attribute},
                                                                     {QStringLiteral("value"), *stored}});
        !ok)
        return ok;
    return transaction->commit();
}

Result<void> DocumentStore::clearAttribute(qint64 documentId, const QString &name)
{
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    auto erase = db.prepare(R"(DELETE FROM document_attributes WHERE document_id = ?1
                               AND attribute_id = (SELECT id FROM attributes WHERE name = ?2))");
    if (!erase)
        return failure(erase.error());
    if (auto ok = erase->bind(1, documentId).bind(2, name.trimmed()).run(); !ok)
        return ok;
    if (auto ok = m_project.journal(QStringLiteral("clear attribute"), {{QStringLiteral("document_id"), documentId},
                                                                       {QStringLiteral("attribute"), name.trimmed()}});
        !ok)
        return ok;
    return transaction->commit();
}

namespace {

Result<AttributeDefinition> findAttribute(Database &db, const QString &name)
{
    auto find = db.prepare("SELECT id, name, type FROM attributes WHERE name = ?1");
    if (!find)
        return failure(find.error());
    find->bind(1, name.trimmed());
    if (!find->step()) {
        if (find->failed())
            return failure(find->error());
        return failure(QStringLiteral("there is no attribute '%1'").arg(name.trimmed()));
    }
    return AttributeDefinition{find->int64(0), find->text(1), find->text(2)};
}

} // namespace

Result<void> DocumentStore::renameAttribute(const QString &name, const QString &newName)
{
    auto checked = checkedName(QStringLiteral("attribute"), newName);
    if (!checked)
        return failure(checked.error());
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    auto attribute = findAttribute(db, name);
    if (!attribute)
        return failure(attribute.error());
    if (attribute->name == *checked)
        return transaction->commit();
    if (auto taken = findAttribute(db, *checked))
        return failure(QStringLiteral("there is an attribute '%1' already").arg(*checked));
    auto update = db.prepare("UPDATE attributes SET name = ?2 WHERE id = ?1");
    if (!update)
        return failure(update.error());
    if (auto ok = update->bind(1, attribute->id).bind(2, *checked).run(); !ok)
        return ok;
    if (auto ok = m_project.journal(QStringLiteral("rename attribute"),
                                    {{QStringLiteral("from"), attribute->name}, {QStringLiteral("to"), *checked}});
        !ok)
        return ok;
    return transaction->commit();
}

Result<void> DocumentStore::setAttributeType(const QString &name, const QString &type)
{
    if (!isKnownType(type))
        return failure(QStringLiteral("unknown attribute type '%1' (use text, integer, real, boolean or date)").arg(type));
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    auto attribute = findAttribute(db, name);
    if (!attribute)
        return failure(attribute.error());
    if (attribute->type == type)
        return transaction->commit();
    struct Converted
    {
        qint64 documentId;
        QString value;
    };
    QList<Converted> converted;
    {
        auto values = db.prepare(R"(SELECT da.document_id, da.value, d.name FROM document_attributes da
                                    JOIN documents d ON d.id = da.document_id
                                    WHERE da.attribute_id = ?1 ORDER BY d.name)");
        if (!values)
            return failure(values.error());
        values->bind(1, attribute->id);
        while (values->step()) {
            auto value = checkedValue(attribute->name, type, values->text(1));
            if (!value)
                return failure(QStringLiteral("attribute '%1' cannot become %2: the value of document '%3' does not fit "
                                              "(%4)")
                                   .arg(attribute->name, type, values->text(2), value.error()));
            converted.append({values->int64(0), *value});
        }
        if (values->failed())
            return failure(values->error());
    }
    auto retype = db.prepare("UPDATE attributes SET type = ?2 WHERE id = ?1");
    auto update = db.prepare("UPDATE document_attributes SET value = ?3 WHERE document_id = ?1 AND attribute_id = ?2");
    if (!retype || !update)
        return failure(retype ? update.error() : retype.error());
    if (auto ok = retype->bind(1, attribute->id).bind(2, type).run(); !ok)
        return ok;
    for (const Converted &value : std::as_const(converted)) {
        update->reset();
        update->bind(1, value.documentId).bind(2, attribute->id);
        if (type == u"integer")
            update->bind(3, value.value.toLongLong());
        else if (type == u"real")
            update->bind(3, value.value.toDouble());
        else
            update->bind(3, value.value);
        if (auto ok = update->run(); !ok)
            return ok;
    }
    if (auto ok = m_project.journal(QStringLiteral("retype attribute"),
                                    {{QStringLiteral("attribute"), attribute->name},
                                     {QStringLiteral("from"), attribute->type}, {QStringLiteral("to"), type}});
        !ok)
        return ok;
    return transaction->commit();
}

Result<void> DocumentStore::removeAttribute(const QString &name)
{
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    auto attribute = findAttribute(db, name);
    if (!attribute)
        return failure(attribute.error());
    // Values first, explicitly: the undo record then holds each of them, cascade or not.
    auto values = db.prepare("DELETE FROM document_attributes WHERE attribute_id = ?1");
    auto erase = db.prepare("DELETE FROM attributes WHERE id = ?1");
    if (!values || !erase)
        return failure(values ? erase.error() : values.error());
    if (auto ok = values->bind(1, attribute->id).run(); !ok)
        return ok;
    const qint64 removedValues = db.changes();
    if (auto ok = erase->bind(1, attribute->id).run(); !ok)
        return ok;
    if (auto ok = m_project.journal(QStringLiteral("remove attribute"),
                                    {{QStringLiteral("attribute"), attribute->name},
                                     {QStringLiteral("values"), removedValues}});
        !ok)
        return ok;
    return transaction->commit();
}

Result<QMap<QString, QString>> DocumentStore::attributes(qint64 documentId)
{
    auto stmt = m_project.database().prepare(R"(SELECT a.name, da.value FROM document_attributes da
                                                JOIN attributes a ON a.id = da.attribute_id
                                                WHERE da.document_id = ?1)");
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, documentId);
    QMap<QString, QString> values;
    while (stmt->step())
        values.insert(stmt->text(0), stmt->text(1));
    if (stmt->failed())
        return failure(stmt->error());
    return values;
}

Result<QMap<QString, QStringList>> DocumentStore::attributeValues()
{
    auto stmt = m_project.database().prepare(R"(SELECT a.name, da.value FROM attributes a
                                                JOIN document_attributes da ON da.attribute_id = a.id
                                                GROUP BY a.id, da.value ORDER BY a.position, a.id, da.value)");
    if (!stmt)
        return failure(stmt.error());
    QMap<QString, QStringList> values;
    while (stmt->step())
        values[stmt->text(0)].append(stmt->text(1));
    if (stmt->failed())
        return failure(stmt->error());
    return values;
}

} // namespace marginalia
