#include "project/CodingStore.h"

#include "common/JsonText.h"
#include "project/AgreementRound.h"
#include "project/Codebook.h"
#include "project/DocumentParagraphs.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "project/RowCounts.h"
#include "project/VisibleCodings.h"
#include "text/ForwardUtf8Cutter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>
#include <optional>

#include <string>
#include <vector>

namespace marginalia {

namespace {

struct FilterSql
{
    std::string where;
    QList<QVariant> values;
};

// The WHERE clause for a filter over "codings c", with numbered placeholders from firstIndex.
Result<FilterSql> filterClause(Codebook &codebook, const CodingFilter &filter, int firstIndex)
{
    FilterSql sql;
    sql.where = "1";
    int index = firstIndex;
    auto placeholders = [&](const QList<QVariant> &values) {
        std::string list;
        for (const QVariant &value : values) {
            list += (list.empty() ? "?" : ", ?") + std::to_string(index++);
            sql.values.append(value);
        }
        return list;
    };
    if (!filter.codeIds.isEmpty()) {
        QList<QVariant> ids;
        for (qint64 id : filter.codeIds) {
            if (filter.includeSubcodes) {
                auto below = codebook.subtree(id);
                if (!below)
                    return failure(below.error());
                for (qint64 sub : *below)
                    ids.append(sub);
            } else {
                ids.append(id);
            }
        }
        sql.where += " AND c.code_id IN (" + placeholders(ids) + ")";
    }
    if (!filter.documentIds.isEmpty()) {
        QList<QVariant> ids;
        for (qint64 id : filter.documentIds)
            ids.append(id);
        sql.where += " AND c.document_id IN (" + placeholders(ids) + ")";
    }
    if (!filter.coders.isEmpty()) {
        QList<QVariant> names;
        for (const QString &name : filter.coders)
            names.append(name);
        sql.where += " AND c.coder_id IN (SELECT id FROM coders WHERE name IN (" + placeholders(names) + "))";
    }
    for (auto it = filter.attributes.cbegin(); it != filter.attributes.cend(); ++it) {
        QList<QVariant> values;
        for (const QString &value : it.value())
            values.append(value);
        const std::string attribute = placeholders({it.key()});
        sql.where += " AND c.document_id IN (SELECT da.document_id FROM document_attributes da"
                     " JOIN attributes a ON a.id = da.attribute_id WHERE a.name = "
                     + attribute + " AND CAST(da.value AS TEXT) IN (" + placeholders(values) + "))";
    }
    return sql;
}

} // namespace

Result<AddedCoding> CodingStore::add(const NewCoding &coding)
{
    auto added = addAll({coding});
    if (!added)
        return failure(added.error());
    return added->constFirst();
}

Result<QList<AddedCoding>> CodingStore::addAll(const QList<NewCoding> &codings)
{
    Database &db = m_project.database();
    DocumentStore documents(m_project);
    Codebook codebook(m_project);
    // Looked up once each: (name, length) of a document, the path of a code, the id of a coder.
    QHash<qint64, std::pair<QString, qint64>> documentById;
    QHash<qint64, QString> pathById;
    QHash<QString, qint64> coderByName;

    // Checked before anything is written (as one add() always did): the documents, the codes and the ranges.
    for (const NewCoding &coding : codings) {
        if (!documentById.contains(coding.documentId)) {
            auto document = documents.nameAndLength(coding.documentId);
            if (!document)
                return failure(document.error());
            documentById.insert(coding.documentId, *document);
        }
        const auto &[documentName, documentLength] = documentById[coding.documentId];
        if (!pathById.contains(coding.codeId)) {
            auto code = codebook.code(coding.codeId);
            if (!code)
                return failure(code.error());
            pathById.insert(coding.codeId, code->path);
        }
        if (coding.start < 0 || coding.end <= coding.start || coding.end > documentLength)
            return failure(QStringLiteral("the range [%1, %2) is not a passage of '%3', which has %4 characters")
                               .arg(coding.start)
                               .arg(coding.end)
                               .arg(documentName)
                               .arg(documentLength));
    }

    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    auto existing = db.prepare(
        "SELECT id FROM codings WHERE document_id = ?1 AND code_id = ?2 AND coder_id = ?3 AND start = ?4 AND end = ?5");
    if (!existing)
        return failure(existing.error());
    auto insert = db.prepare(R"(INSERT INTO codings(guid, document_id, code_id, start, end, coder_id, memo, created)
                                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))");
    if (!insert)
        return failure(insert.error());
    QList<AddedCoding> added;
    added.reserve(codings.size());
    for (const NewCoding &coding : codings) {
        const QString &documentName = documentById[coding.documentId].first;
        if (!coderByName.contains(coding.coder)) {
            auto coder = m_project.coderId(coding.coder);
            if (!coder)
                return failure(coder.error());
            coderByName.insert(coding.coder, *coder);
        }
        const qint64 coder = coderByName.value(coding.coder);
        existing->reset();
        existing->bind(1, coding.documentId).bind(2, coding.codeId).bind(3, coder).bind(4, coding.start).bind(5, coding.end);
        if (existing->step()) {
            added.append({existing->int64(0), false});
            existing->reset();
            continue;
        }
        if (existing->failed())
            return failure(existing->error());
        const QString guid = coding.guid.isEmpty() ? newGuid() : coding.guid;
        insert->reset();
        insert->bind(1, guid)
            .bind(2, coding.documentId)
            .bind(3, coding.codeId)
            .bind(4, coding.start)
            .bind(5, coding.end)
            .bind(6, coder)
            .bind(7, coding.memo.isEmpty() ? QString() : coding.memo)
            .bind(8, coding.created.isEmpty() ? nowTimestamp() : coding.created);
        if (auto ok = insert->run(); !ok)
            return failure(ok.error());
        added.append({db.lastInsertId(), true});
        if (auto ok = m_project.journal(QStringLiteral("code"),
                                        {{QStringLiteral("document"), documentName},
                                         {QStringLiteral("code"), pathById.value(coding.codeId)},
                                         {QStringLiteral("start"), coding.start},
                                         {QStringLiteral("end"), coding.end},
                                         {QStringLiteral("guid"), guid}});
            !ok)
            return failure(ok.error());
    }
    if (auto ok = transaction->commit(); !ok)
        return failure(ok.error());
    return added;
}

Result<CodedSegment> CodingStore::segment(qint64 codingId)
{
    return codingById(codingId, true);
}

Result<CodedSegment> CodingStore::codingById(qint64 codingId, bool withText)
{
    // Only this coding: the query and the cut read it, not the other codings of its code and document.
    CodingFilter filter;
    filter.withText = withText;
    std::optional<CodedSegment> found;
    if (auto ok = querySegments(filter, codingId, [&](const CodedSegment &segment) { found = segment; }); !ok)
        return failure(ok.error());
    if (!found)
        return failure(QStringLiteral("no coding with id %1 in %2").arg(codingId).arg(m_project.fileName()));
    return *found;
}

Result<void> CodingStore::remove(qint64 codingId)
{
    auto doomed = codingById(codingId, false);
    if (!doomed)
        return failure(doomed.error());
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    auto erase = db.prepare("DELETE FROM codings WHERE id = ?1");
    if (!erase)
        return failure(erase.error());
    if (auto ok = erase->bind(1, codingId).run(); !ok)
        return ok;
    if (auto ok = m_project.journal(QStringLiteral("uncode"),
                                    {{QStringLiteral("document"), doomed->document},
                                     {QStringLiteral("code"), doomed->codePath},
                                     {QStringLiteral("start"), doomed->start},
                                     {QStringLiteral("end"), doomed->end},
                                     {QStringLiteral("coder"), doomed->coder},
                                     {QStringLiteral("guid"), doomed->guid}});
        !ok)
        return ok;
    return transaction->commit();
}

Result<void> CodingStore::move(qint64 codingId, qint64 start, qint64 end)
{
    auto before = codingById(codingId, false);
    if (!before)
        return failure(before.error());
    auto document = DocumentStore(m_project).nameAndLength(before->documentId);
    if (!document)
        return failure(document.error());
    const auto &[documentName, documentLength] = *document;
    if (start < 0 || end <= start || end > documentLength)
        return failure(QStringLiteral("the range [%1, %2) is not a passage of '%3', which has %4 characters")
                           .arg(start)
                           .arg(end)
                           .arg(documentName)
                           .arg(documentLength));
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    auto update = db.prepare("UPDATE codings SET start = ?2, end = ?3 WHERE id = ?1");
    if (!update)
        return failure(update.error());
    if (auto ok = update->bind(1, codingId).bind(2, start).bind(3, end).run(); !ok) {
        if (ok.error().contains(QStringLiteral("UNIQUE")))
            return failure(QStringLiteral("the same coder has coded [%1, %2) of '%3' with '%4' already")
                               .arg(start)
                               .arg(end)
                               .arg(documentName, before->codePath));
        return ok;
    }
    if (auto ok = m_project.journal(QStringLiteral("move coding"),
                                    {{QStringLiteral("document"), documentName},
                                     {QStringLiteral("code"), before->codePath},
                                     {QStringLiteral("from_start"), before->start},
                                     {QStringLiteral("from_end"), before->end},
                                     {QStringLiteral("start"), start},
                                     {QStringLiteral("end"), end},
                                     {QStringLiteral("guid"), before->guid}});
        !ok)
        return ok;
    return transaction->commit();
}

Result<void> CodingStore::setMemo(qint64 codingId, const QString &memo)
{
    auto before = codingById(codingId, false);
    if (!before)
        return failure(before.error());
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    auto update = db.prepare("UPDATE codings SET memo = ?2 WHERE id = ?1");
    if (!update)
        return failure(update.error());
    if (auto ok = update->bind(1, codingId).bind(2, memo.isEmpty() ? QString() : memo).run(); !ok)
        return ok;
    if (auto ok = m_project.journal(QStringLiteral("edit coding memo"), {{QStringLiteral("guid"), before->guid}}); !ok)
        return ok;
    return transaction->commit();
}

Result<QList<CodedSegment>> CodingStore::segments(const CodingFilter &filter)
{
    QList<CodedSegment> result;
    if (auto ok = querySegments(filter, 0, [&](const CodedSegment &segment) { result.append(segment); }); !ok)
        return failure(ok.error());
    return result;
}

Result<void> CodingStore::forEachSegment(const CodingFilter &filter, const SegmentVisitor &visit)
{
    return querySegments(filter, 0, visit);
}

Result<void> CodingStore::querySegments(const CodingFilter &filter, qint64 onlyCoding, const SegmentVisitor &visit)
{
    Codebook codebook(m_project);
    auto paths = codebook.codes();
    if (!paths)
        return failure(paths.error());
    QHash<qint64, QString> pathById;
    for (const Code &code : *paths)
        pathById.insert(code.id, code.path);

    auto clause = filterClause(codebook, filter, 1);
    if (!clause)
        return failure(clause.error());
    if (onlyCoding != 0) {
        clause->where += " AND c.id = ?" + std::to_string(clause->values.size() + 1);
        clause->values.append(onlyCoding);
    }
    // A passage is a group (document, code, start, end): its first coding (lowest id) gives id, guid and created
    // (SQLite takes bare columns from the row of the single min()), and JSON arrays list all its coders, memos and
    // coding ids. Without passages every coding is its own row: its coder and memo as they are (the JSON array of
    // the coder only orders codings that differ in nothing else, as passages are ordered).
    // No text and no paragraphs here: substr() would count from the start of the document for every row, and
    // range searches per row cost more than the rest of the query; both come from one pass over each document
    // below (ForwardUtf8Cutter, DocumentParagraphs).
    const bool grouped = filter.passages;
    const std::string who = grouped ? "min(c.id), c.guid, json_group_array(r.name) AS coders, "
                                      "json_group_array(coalesce(c.memo, '')), json_group_array(c.id), c.created"
                                    : "c.id, c.guid, json_array(r.name) AS coders, r.name, c.memo, c.created";
    const std::string sql =
        "SELECT " + who + R"(, c.document_id AS document_id, d.name AS document, c.code_id AS code_id, k.name AS code,
                k.color, c.start AS start, c.end AS end FROM visible_codings c JOIN documents d ON d.id = c.document_id
             JOIN codes k ON k.id = c.code_id JOIN coders r ON r.id = c.coder_id WHERE )"
        + clause->where + (grouped ? " GROUP BY c.document_id, c.code_id, c.start, c.end" : "")
        + " ORDER BY document, document_id, start, end, code, code_id, coders";
    Database &db = m_project.database();
    auto stmt = db.prepare(sql);
    if (!stmt)
        return failure(stmt.error());
    for (qsizetype i = 0; i < clause->values.size(); ++i)
        stmt->bind(static_cast<int>(i + 1), clause->values[i]);
    auto readText = db.prepare("SELECT text FROM documents WHERE id = ?1");
    if (!readText)
        return failure(readText.error());
    const qint64 context = std::max(0, filter.contextLength);
    auto jsonArray = [](std::string_view json) {
        return JsonText::parse(QByteArrayView(json.data(), static_cast<qsizetype>(json.size()))).array();
    };
    DocumentParagraphs paragraphs(db, m_project.paragraphSpansKept());
    std::optional<ForwardUtf8Cutter> cutter;
    qint64 documentId = 0;   // whose text and paragraphs are loaded
    while (stmt->step()) {
        CodedSegment segment;
        segment.id = stmt->int64(0);
        segment.guid = stmt->text(1);
        segment.created = stmt->text(5);
        segment.documentId = stmt->int64(6);
        segment.document = stmt->text(7);
        segment.codeId = stmt->int64(8);
        segment.code = stmt->text(9);
        segment.codePath = pathById.value(segment.codeId, segment.code);
        segment.color = stmt->text(10);
        segment.start = stmt->int64(11);
        segment.end = stmt->int64(12);
        if (segment.documentId != documentId) {
            documentId = segment.documentId;
            // One coding: only the paragraphs around it; else the whole document's, once.
            const bool one = onlyCoding != 0;
            if (auto ok = paragraphs.load(documentId, one ? segment.start : -1,
                                          one ? segment.end : std::numeric_limits<qint64>::max());
                !ok)
                return ok;
            if (filter.withText) {
                // The rows come by document, so each text is read once, and only one is held at a time.
                readText->reset();
                readText->bind(1, documentId);
                if (!readText->step())
                    return failure(readText->failed() ? readText->error()
                                                       : QStringLiteral("the text of document %1 is missing from %2")
                                                             .arg(documentId)
                                                             .arg(m_project.fileName()));
                cutter.emplace(readText->utf8(0));
            }
        }
        DocumentParagraphs::Citation cited = paragraphs.cite(segment.start, segment.end);
        segment.firstParagraph = cited.firstParagraph;
        segment.lastParagraph = cited.lastParagraph;
        segment.speakers = std::move(cited.speakers);
        if (grouped) {
            const QJsonArray coders = jsonArray(stmt->utf8(2));
            const QJsonArray memos = jsonArray(stmt->utf8(3));
            const QJsonArray ids = jsonArray(stmt->utf8(4));
            // Coders in name order, each with its memo and coding.
            QList<qsizetype> order;
            for (qsizetype i = 0; i < coders.size(); ++i)
                order.append(i);
            std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
                return coders[a].toString() < coders[b].toString();
            });
            QStringList memoLines;
            for (qsizetype i : std::as_const(order)) {
                segment.coders.append(coders[i].toString());
                segment.memos.append(memos[i].toString());
                segment.codingIds.append(ids[i].toInteger());
                if (!memos[i].toString().isEmpty())
                    memoLines.append(coders[i].toString() + QStringLiteral(": ") + memos[i].toString());
            }
            segment.coder = segment.coders.join(QStringLiteral(", "));
            segment.memo = segment.coders.size() == 1 ? segment.memos.value(0) : memoLines.join(QStringLiteral("; "));
        } else {
            segment.coder = stmt->text(3);
            segment.memo = stmt->isNull(4) ? QString() : stmt->text(4);
            segment.coders = {segment.coder};
            segment.memos = {segment.memo};
            segment.codingIds = {segment.id};
        }
        if (filter.withText) {
            // As substr() cut them: the excerpt, up to `context` code points before it (from the document's start
            // at the least) and after it (to its end at the most).
            ForwardUtf8Cutter::Pieces pieces = cutter->cut(segment.start, segment.end, context, context);
            segment.text = std::move(pieces.text);
            if (context > 0) {
                segment.contextBefore = std::move(pieces.before);
                segment.contextAfter = std::move(pieces.after);
            }
        }
        visit(segment);
    }
    if (stmt->failed())
        return failure(stmt->error());
    return {};
}

Result<QList<CodedSegment>> CodingStore::documentCodings(qint64 documentId)
{
    auto codes = Codebook(m_project).codes();
    if (!codes)
        return failure(codes.error());
    QHash<qint64, const Code *> codeById;
    for (const Code &code : *codes)
        codeById.insert(code.id, &code);
    QHash<qint64, QString> coderById;
    auto coders = m_project.database().prepare("SELECT id, name FROM coders");
    if (!coders)
        return failure(coders.error());
    while (coders->step())
        coderById.insert(coders->int64(0), coders->text(1));
    auto stmt = m_project.database().prepare(
        "SELECT id, code_id, start, end, coder_id, memo FROM visible_codings WHERE document_id = ?1 ORDER BY start, end, id");
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, documentId);
    QList<CodedSegment> result;
    while (stmt->step()) {
        CodedSegment segment;
        segment.id = stmt->int64(0);
        segment.documentId = documentId;
        segment.codeId = stmt->int64(1);
        if (const Code *code = codeById.value(segment.codeId)) {
            segment.code = code->name;
            segment.codePath = code->path;
            segment.color = code->color;
        }
        segment.start = stmt->int64(2);
        segment.end = stmt->int64(3);
        segment.coder = coderById.value(stmt->int64(4));
        if (!stmt->isNull(5))
            segment.memo = stmt->text(5);
        result.append(segment);
    }
    if (stmt->failed())
        return failure(stmt->error());
    return result;
}

Result<qint64> CodingStore::count()
{
    // The number the project keeps (RowCounts), one row's read; while a blind round hides codings from this
    // connection's viewer, less those it hides, from the kept counts of the round's documents (CodingCounts), or,
    // where the file keeps none, the shown ones counted.
    if (!roundHidesCodings(m_project))
        return RowCounts::total(m_project, RowCounts::Table::Codings);
    if (!m_project.codingCountsKept()) {
        auto stmt = m_project.database().prepare("SELECT count(*) FROM visible_codings");
        if (!stmt)
            return failure(stmt.error());
        if (stmt->step())
            return stmt->int64(0);
        return failure(stmt->error());
    }
    const ReadSnapshot snapshot(m_project.database());   // the total and the hidden rows of one state of the file
    auto total = RowCounts::total(m_project, RowCounts::Table::Codings);
    if (!total)
        return total;
    auto hidden = m_project.database().prepare("SELECT ifnull(sum(k.codings), 0) FROM coding_counts k WHERE k.document_id IN ("
                                               + roundDocumentsQuery() + ") AND " + hiddenByRoundCondition("k"));
    if (!hidden)
        return failure(hidden.error());
    if (hidden->step())
        return *total - hidden->int64(0);
    return failure(hidden->error());
}

Result<QList<CodeFrequency>> CodingStore::frequencies(const CodingFilter &filter)
{
    Codebook codebook(m_project);
    auto codes = codebook.codes();
    if (!codes)
        return failure(codes.error());
    auto clause = filterClause(codebook, filter, 1);
    if (!clause)
        return failure(clause.error());
    // From the kept counts where the file keeps them (format 5, compared at opening): without a filter a read of the
    // per-code summary, else one GROUP BY in SQLite over the (document, code, coder) rows the filter names, whose
    // columns the filter's clause uses alike. While a blind round hides codings from this connection's viewer
    // (roundHidesCodings), the rows it hides are left out, which is exact because the round hides by document and
    // coder (hiddenByRoundCondition): from the summary, what the round hides on its documents is taken away (a read of
    // the round's documents' rows, not of the project's); from a filter's rows, the hidden ones are skipped. Without
    // kept counts the codings shown are counted.
    const bool unfiltered = filter.codeIds.isEmpty() && filter.documentIds.isEmpty() && filter.coders.isEmpty()
        && filter.attributes.isEmpty();
    const bool kept = m_project.codingCountsKept();
    const bool hiding = kept && roundHidesCodings(m_project);
    std::string sql;
    if (!kept)
        sql = "SELECT c.code_id, count(*), count(DISTINCT c.document_id), sum(c.end - c.start) "
              "FROM visible_codings c WHERE " + clause->where + " GROUP BY c.code_id";
    else if (unfiltered && !hiding)
        sql = "SELECT code_id, codings, documents, characters FROM coding_counts_by_code";
    else if (unfiltered)
        // Per (document, code) on the round's documents (rows in key order, one group after another): the codings
        // and characters of the hidden rows (coders other than the viewer), and whether every row is hidden (the
        // code then leaves that document's count); summed per code and taken from the summary.
        sql = "SELECT b.code_id, b.codings - ifnull(h.codings, 0), b.documents - ifnull(h.documents, 0),"
              " b.characters - ifnull(h.characters, 0) FROM coding_counts_by_code b LEFT JOIN"
              " (SELECT g.code_id AS code_id, sum(g.codings) AS codings, sum(g.gone) AS documents,"
              " sum(g.characters) AS characters FROM"
              " (SELECT r.code_id AS code_id, sum(CASE WHEN r.hidden THEN r.codings ELSE 0 END) AS codings,"
              " sum(CASE WHEN r.hidden THEN r.characters ELSE 0 END) AS characters, min(r.hidden) AS gone FROM"
              " (SELECT k.document_id AS document_id, k.code_id AS code_id, k.codings AS codings,"
              " k.characters AS characters, k.coder_id NOT IN (" + viewerCodersQuery() + ") AS hidden"
              " FROM coding_counts k WHERE k.document_id IN (" + roundDocumentsQuery() + ")) r"
              " GROUP BY r.document_id, r.code_id) g GROUP BY g.code_id) h ON h.code_id = b.code_id";
    else
        sql = "SELECT c.code_id, sum(c.codings), count(DISTINCT c.document_id), sum(c.characters) "
              "FROM coding_counts c WHERE " + clause->where + (hiding ? " AND NOT " + hiddenByRoundCondition("c") : "")
            + " GROUP BY c.code_id";
    auto stmt = m_project.database().prepare(sql);
    if (!stmt)
        return failure(stmt.error());
    for (qsizetype i = 0; i < clause->values.size(); ++i)
        stmt->bind(static_cast<int>(i + 1), clause->values[i]);
    QHash<qint64, CodeFrequency> counted;
    while (stmt->step())
        counted.insert(stmt->int64(0), {stmt->int64(0), {}, {}, stmt->int64(1), stmt->int64(2), stmt->int64(3)});
    if (stmt->failed())
        return failure(stmt->error());
    QList<CodeFrequency> result;
    for (const Code &code : *codes) {
        CodeFrequency frequency = counted.value(code.id);
        frequency.codeId = code.id;
        frequency.code = code.name;
        frequency.path = code.path;
        result.append(frequency);
    }
    return result;
}

namespace {

Result<QHash<qint64, qint64>> countEach(Database &db, const char *sql, const QSet<qint64> &ids)
{
    QHash<qint64, qint64> counts;
    if (ids.isEmpty())
        return counts;
    auto stmt = db.prepare(sql);
    if (!stmt)
        return failure(stmt.error());
    for (const qint64 id : ids) {
        stmt->reset();
        stmt->bind(1, id);
        if (!stmt->step())
            return failure(stmt->error());
        counts.insert(id, stmt->int64(0));
    }
    return counts;
}

} // namespace

Result<QHash<qint64, qint64>> CodingStore::countsOfCodes(const QSet<qint64> &codeIds)
{
    return countEach(m_project.database(), "SELECT count(*) FROM visible_codings WHERE code_id = ?1",
                     codeIds);
}

Result<QHash<qint64, qint64>> CodingStore::countsInDocuments(const QSet<qint64> &documentIds)
{
    return countEach(m_project.database(),
                     "SELECT count(*) FROM visible_codings WHERE document_id = ?1", documentIds);
}

Result<QList<CodedSegment>> CodingStore::documentCodings(qint64 documentId, const QSet<qint64> &codingIds)
{
    QList<CodedSegment> result;
    if (codingIds.isEmpty())
        return result;
    auto stmt = m_project.database().prepare(
        "SELECT c.id, c.code_id, c.start, c.end, (SELECT name FROM coders WHERE id = c.coder_id), c.memo"
        " FROM codings c WHERE c.id = ?1 AND c.document_id = ?2");
    if (!stmt)
        return failure(stmt.error());
    Codebook codebook(m_project);
    for (const qint64 id : codingIds) {
        stmt->reset();
        stmt->bind(1, id).bind(2, documentId);
        if (!stmt->step()) {
            if (stmt->failed())
                return failure(stmt->error());
            continue;   // gone, or in another document
        }
        CodedSegment segment;
        segment.id = stmt->int64(0);
        segment.documentId = documentId;
        segment.codeId = stmt->int64(1);
        segment.start = stmt->int64(2);
        segment.end = stmt->int64(3);
        segment.coder = stmt->text(4);
        if (!stmt->isNull(5))
            segment.memo = stmt->text(5);
        result.append(segment);
    }
    if (result.isEmpty())
        return result;
    // Names, paths and colours as documentCodings() gives them, from the (small) codebook.
    auto codes = codebook.codes();
    if (!codes)
        return failure(codes.error());
    for (CodedSegment &segment : result) {
        for (const Code &code : *codes) {
            if (code.id == segment.codeId) {
                segment.code = code.name;
                segment.codePath = code.path;
                segment.color = code.color;
                break;
            }
        }
    }
    return result;
}

} // namespace marginalia
