#include "analysis/Matrix.h"

#include "project/Codebook.h"
#include "project/Project.h"

#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace marginalia {

namespace {

std::string placeholders(int &index, qsizetype count)
{
    std::string list;
    for (qsizetype i = 0; i < count; ++i)
        list += (list.empty() ? "?" : ", ?") + std::to_string(index++);
    return list;
}

double ratio(qint64 part, qint64 whole, double scale)
{
    return whole > 0 ? static_cast<double>(part) * scale / static_cast<double>(whole) : 0.0;
}

// marginalia_union_length(start, end): an SQL aggregate, the length of the union of the group's ranges. Within a
// GROUP BY that follows an index on (..., start) the ranges arrive in order; otherwise they are sorted at the end.
struct UnionLength
{
    std::vector<std::pair<qint64, qint64>> *ranges;   // zeroed by SQLite on the first step
    qint64 lastStart;
    bool unsorted;
};

void unionLengthStep(sqlite3_context *context, int, sqlite3_value **arguments)
{
    auto *state = static_cast<UnionLength *>(sqlite3_aggregate_context(context, sizeof(UnionLength)));
    if (!state) {
        sqlite3_result_error_nomem(context);
        return;
    }
    if (!state->ranges)
        state->ranges = new std::vector<std::pair<qint64, qint64>>;
    const qint64 start = sqlite3_value_int64(arguments[0]);
    const qint64 end = sqlite3_value_int64(arguments[1]);
    if (!state->ranges->empty() && start < state->lastStart)
        state->unsorted = true;
    state->lastStart = start;
    state->ranges->emplace_back(start, end);
}

void unionLengthFinal(sqlite3_context *context)
{
    auto *state = static_cast<UnionLength *>(sqlite3_aggregate_context(context, 0));
    qint64 total = 0;
    if (state && state->ranges) {
        std::vector<std::pair<qint64, qint64>> &ranges = *state->ranges;
        if (state->unsorted)
            std::sort(ranges.begin(), ranges.end());
        qint64 reached = std::numeric_limits<qint64>::min();
        for (const auto &[start, end] : ranges) {
            if (end > reached) {
                total += end - std::max(start, reached);
                reached = end;
            }
        }
        delete state->ranges;
        state->ranges = nullptr;
    }
    sqlite3_result_int64(context, total);
}

Result<void> registerUnionLength(Database &db)
{
    const int rc = sqlite3_create_function_v2(db.handle(), "marginalia_union_length", 2,
                                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, nullptr, nullptr,
                                              unionLengthStep, unionLengthFinal, nullptr);
    // SQLITE_BUSY: the function exists already on this connection and a statement is running; it is the same one.
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        return failure(QStringLiteral("cannot register an SQL function: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}

void finishCell(MatrixCell &cell, const MatrixColumn &column)
{
    cell.percentDocuments = ratio(cell.documents, column.documents, 100.0);
    cell.per10k = ratio(cell.characters, column.textLength, 10000.0);
}

} // namespace

ScopeSql scopeSql(const AnalysisScope &scope, int firstIndex)
{
    ScopeSql sql;
    int index = firstIndex;
    sql.documents = "SELECT d.id FROM documents d WHERE 1";
    for (auto it = scope.attributes.cbegin(); it != scope.attributes.cend(); ++it) {
        sql.restrictsDocuments = true;
        const std::string name = "?" + std::to_string(index++);
        sql.documentValues.append(it.key());
        const std::string list = placeholders(index, it.value().size());
        for (const QString &value : it.value())
            sql.documentValues.append(value);
        sql.documents += " AND d.id IN (SELECT da.document_id FROM document_attributes da JOIN attributes a"
                         " ON a.id = da.attribute_id WHERE a.name = "
                         + name + " AND CAST(da.value AS TEXT) IN (" + list + "))";
    }
    if (!scope.coders.isEmpty()) {
        sql.coders = " AND c.coder_id IN (SELECT id FROM coders WHERE name IN (" + placeholders(index, scope.coders.size())
                     + "))";
        for (const QString &coder : scope.coders)
            sql.coderValues.append(coder);
    }
    sql.nextIndex = index;
    return sql;
}

void bindAll(Statement &statement, const QList<QVariant> &values, int firstIndex)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        statement.bind(static_cast<int>(i) + firstIndex, values[i]);
}

QStringList MatrixResult::definitions()
{
    return {
        QStringLiteral("segments: the number of codings (each coding counted once, also when codes are rolled up)"),
        QStringLiteral("documents: the documents of the column with at least one such coding"),
        QStringLiteral("percent_documents: documents as a percentage of the column's documents (documents with that "
                       "attribute value, after filters)"),
        QStringLiteral("characters: coded characters (code points), the length of the union of the row's codings in "
                       "each document, so overlapping codings (of several coders, or of sub-codes when rolled up) "
                       "count once"),
        QStringLiteral("per_10k: coded characters per 10,000 characters of the column's documents"),
        QStringLiteral("totals: the row total is over all columns; the column total (any code) counts every coding "
                       "once, the documents with any coding and the characters covered by any coding"),
    };
}

Result<MatrixResult> Matrix::compute(const MatrixOptions &options)
{
    Database &db = m_project.database();
    MatrixResult result;
    result.by = options.attribute;
    result.rolledUp = options.rollUp;

    auto attribute = db.prepare("SELECT id FROM attributes WHERE name = ?1");
    if (!attribute)
        return failure(attribute.error());
    attribute->bind(1, options.attribute);
    if (!attribute->step())
        return failure(attribute->failed() ? attribute->error()
                                           : QStringLiteral("%1 has no attribute named '%2'")
                                                 .arg(m_project.fileName(), options.attribute));
    const qint64 attributeId = attribute->int64(0);

    // Parameter 1: the attribute id; the scope's values follow.
    const ScopeSql scope = scopeSql(options.scope, 2);
    const std::string columnsCte = "scope_docs(id) AS (" + scope.documents
                                   + "), cols(d, col) AS (SELECT s.id, coalesce(CAST(da.value AS TEXT), '') FROM scope_docs s"
                                     " LEFT JOIN document_attributes da ON da.document_id = s.id AND da.attribute_id = ?1)";

    // The columns: documents and text length per value.
    auto columns = db.prepare("WITH " + columnsCte
                              + " SELECT cols.col, count(*), sum(d.length) FROM cols JOIN documents d ON d.id = cols.d"
                                " GROUP BY cols.col ORDER BY cols.col = '', cols.col");
    if (!columns)
        return failure(columns.error());
    columns->bind(1, attributeId);
    bindAll(*columns, scope.documentValues, 2);
    QHash<QString, qsizetype> columnIndex;
    while (columns->step()) {
        columnIndex.insert(columns->text(0), result.columns.size());
        result.columns.append({columns->text(0), columns->int64(1), columns->int64(2)});
    }
    if (columns->failed())
        return failure(columns->error());

    // The cells. k is the row's code (an ancestor of the coding's code when rolled up), 0 for the
    // "any code" total row. For the union of ranges per (k, document): ordered by start, each coding adds
    // what reaches beyond the furthest end of the codings before it.
    // The cells, and the "any code" totals: per (row, document) one GROUP BY pass over the codings in index order
    // (codings_by_code_position, codings_by_position: no sort when not rolled up) counts the codings and measures
    // the union of their ranges (marginalia_union_length); a second GROUP BY sums the documents into columns.
    if (auto ok = registerUnionLength(db); !ok)
        return failure(ok.error());
    const std::string inScope =
        (scope.restrictsDocuments ? " AND c.document_id IN (" + scope.documents + ")" : std::string()) + scope.coders;
    auto cellQuery = [&](const std::string &source, const std::string &row, const std::string &groups) {
        return "SELECT t.k, coalesce(CAST(da.value AS TEXT), ''), sum(t.n), count(*), sum(t.ch)"
               " FROM (SELECT " + row + " AS k, c.document_id AS d, count(*) AS n,"
               " marginalia_union_length(c.start, c.end) AS ch FROM " + source + " WHERE 1" + inScope
               + " GROUP BY " + groups
               + ") t LEFT JOIN document_attributes da ON da.document_id = t.d AND da.attribute_id = ?1 GROUP BY 1, 2";
    };
    const std::string rowsSql =
        options.rollUp
            ? "WITH RECURSIVE anc(code, k) AS (SELECT id, id FROM codes UNION ALL SELECT a.code, p.parent_id FROM anc a"
              " JOIN codes p ON p.id = a.k WHERE p.parent_id IS NOT NULL) "
                  + cellQuery("codings c JOIN anc x ON x.code = c.code_id", "x.k", "x.k, c.document_id")
            : cellQuery("codings c", "c.code_id", "c.code_id, c.document_id");
    const std::string totalsSql = cellQuery("codings c", "0", "c.document_id");

    Codebook codebook(m_project);
    auto codes = codebook.codes();
    if (!codes)
        return failure(codes.error());
    auto emptyCells = [&] {
        QList<MatrixCell> list;
        for (const MatrixColumn &column : std::as_const(result.columns))
            list.append(MatrixCell{column.value, 0, 0, 0, 0, 0});
        return list;
    };
    QHash<qint64, qsizetype> rowIndex;
    for (const Code &code : *codes) {
        rowIndex.insert(code.id, result.rows.size());
        result.rows.append({code.id, code.name, code.path, code.depth, emptyCells(), {}});
    }
    result.columnTotals = emptyCells();
    for (const std::string &sql : {rowsSql, totalsSql}) {
        auto cells = db.prepare(sql);
        if (!cells)
            return failure(cells.error());
        cells->bind(1, attributeId);
        bindAll(*cells, scope.values(), 2);
        while (cells->step()) {
            const qint64 k = cells->int64(0);
            const qsizetype c = columnIndex.value(cells->text(1), -1);
            if (c < 0)
                continue;
            MatrixCell *cell = nullptr;
            if (k == 0) {
                cell = &result.columnTotals[c];
            } else {
                const qsizetype r = rowIndex.value(k, -1);
                if (r < 0)
                    continue;
                cell = &result.rows[r].cells[c];
            }
            cell->segments = cells->int64(2);
            cell->documents = cells->int64(3);
            cell->characters = cells->int64(4);
        }
        if (cells->failed())
            return failure(cells->error());
    }

    // Percentages and rates; totals over the columns (each document lies in exactly one column, so sums are exact).
    MatrixColumn all{QString(), 0, 0};
    for (const MatrixColumn &column : std::as_const(result.columns)) {
        all.documents += column.documents;
        all.textLength += column.textLength;
    }
    auto finishRow = [&](QList<MatrixCell> &rowCells, MatrixCell &total) {
        total = MatrixCell{QStringLiteral("total"), 0, 0, 0, 0, 0};
        for (qsizetype c = 0; c < rowCells.size(); ++c) {
            finishCell(rowCells[c], result.columns[c]);
            total.segments += rowCells[c].segments;
            total.documents += rowCells[c].documents;
            total.characters += rowCells[c].characters;
        }
        finishCell(total, all);
    };
    for (MatrixRow &row : result.rows)
        finishRow(row.cells, row.total);
    finishRow(result.columnTotals, result.grandTotal);
    return result;
}

Result<CodingFilter> Matrix::cellFilter(const MatrixOptions &options, qint64 codeId, const QString &column)
{
    CodingFilter filter;
    if (codeId != 0)
        filter.codeIds = {codeId};
    filter.includeSubcodes = options.rollUp;
    filter.coders = options.scope.coders;
    filter.attributes = options.scope.attributes;
    if (!column.isEmpty()) {
        if (filter.attributes.contains(options.attribute) && !filter.attributes.value(options.attribute).contains(column))
            filter.documentIds = {-1};   // the column is filtered out: no codings
        filter.attributes.insert(options.attribute, {column});
        return filter;
    }
    // Documents without a value: named one by one.
    const ScopeSql scope = scopeSql({options.scope.attributes, {}}, 2);
    auto stmt = m_project.database().prepare(
        "SELECT s.id FROM (" + scope.documents
        + ") s WHERE NOT EXISTS (SELECT 1 FROM document_attributes da JOIN attributes a ON a.id = da.attribute_id"
          " WHERE da.document_id = s.id AND a.name = ?1)");
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, options.attribute);
    bindAll(*stmt, scope.documentValues, 2);
    while (stmt->step())
        filter.documentIds.append(stmt->int64(0));
    if (stmt->failed())
        return failure(stmt->error());
    if (filter.documentIds.isEmpty())
        filter.documentIds = {-1};
    return filter;
}

Result<QList<qint64>> Matrix::cellCodings(const MatrixOptions &options, qint64 codeId, const QString &column)
{
    auto filter = cellFilter(options, codeId, column);
    if (!filter)
        return failure(filter.error());
    filter->withText = false;
    auto segments = CodingStore(m_project).segments(*filter);
    if (!segments)
        return failure(segments.error());
    QList<qint64> ids;
    ids.reserve(segments->size());
    for (const CodedSegment &segment : *segments)
        ids.append(segment.id);
    return ids;
}

} // namespace marginalia
