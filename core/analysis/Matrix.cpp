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

// marginalia_union_length(start, end): an SQL aggregate, the length of the union of the group's ranges.
// Within a GROUP BY that follows an index on (..., start) the ranges arrive in order of start, and each one only
// extends the union by what reaches beyond the furthest end so far: no list, no sort, no allocation. The merged runs
// are kept anyway (a few per group, held in the state itself), because a range that comes out of order (a GROUP BY
// over a sorter, as when rolled up) can only be measured against them: from then on the group collects its runs and
// ranges and sorts them at the end.
struct Range
{
    qint64 start;
    qint64 end;
};

struct UnionLength   // zeroed by SQLite on the first step, so plain data only
{
    static constexpr int kInlineRuns = 4;   // small enough for SQLite's small lookaside slots

    qint64 covered;     // in order: the length of the union so far
    qint64 lastStart;
    qint32 runs;        // in order: the merged runs so far, disjoint and ascending
    bool unsorted;      // a range came out of order: `more` holds every run and range to sort at the end
    Range inlineRuns[kInlineRuns];
    std::vector<Range> *more;   // runs beyond the inline ones; once unsorted, all of them

    Range &run(qint32 i) { return i < kInlineRuns ? inlineRuns[i] : (*more)[i - kInlineRuns]; }
};

void unionLengthStep(sqlite3_context *context, int, sqlite3_value **arguments)
{
    auto *state = static_cast<UnionLength *>(sqlite3_aggregate_context(context, sizeof(UnionLength)));
    if (!state) {
        sqlite3_result_error_nomem(context);
        return;
    }
    const Range range{sqlite3_value_int64(arguments[0]), sqlite3_value_int64(arguments[1])};
    if (!state->unsorted && state->runs > 0 && range.start < state->lastStart) {
        auto *all = new std::vector<Range>;
        all->reserve(static_cast<size_t>(state->runs) + 16);
        for (qint32 i = 0; i < state->runs; ++i)
            all->push_back(state->run(i));
        delete state->more;
        state->more = all;
        state->unsorted = true;
    }
    if (state->unsorted) {
        state->more->push_back(range);
        return;
    }
    state->lastStart = range.start;
    if (state->runs > 0) {
        Range &last = state->run(state->runs - 1);
        if (range.start <= last.end) {
            if (range.end > last.end) {
                state->covered += range.end - last.end;
                last.end = range.end;
            }
            return;
        }
    }
    if (state->runs < UnionLength::kInlineRuns) {
        state->inlineRuns[state->runs] = range;
    } else {
        if (!state->more)
            state->more = new std::vector<Range>;
        state->more->push_back(range);
    }
    ++state->runs;
    state->covered += range.end - range.start;
}

void unionLengthFinal(sqlite3_context *context)
{
    auto *state = static_cast<UnionLength *>(sqlite3_aggregate_context(context, 0));
    qint64 total = 0;
    if (state && state->unsorted) {
        std::vector<Range> &ranges = *state->more;
        std::sort(ranges.begin(), ranges.end(), [](const Range &l, const Range &r) { return l.start < r.start; });
        qint64 reached = std::numeric_limits<qint64>::min();
        for (const Range &range : ranges) {
            if (range.end > reached) {
                total += range.end - std::max(range.start, reached);
                reached = range.end;
            }
        }
    } else if (state) {
        total = state->covered;
    }
    if (state) {
        delete state->more;
        state->more = nullptr;
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
        QStringLiteral("passages: the number of coded passages; codings of the same document with the same code, start "
                       "and end are one passage however many coders made them (identical spans only: overlapping or "
                       "nested spans are separate passages); rolled up, a row counts the passages of each code of its "
                       "subtree"),
        QStringLiteral("codings: the number of codings, each coder's act of coding a span (a passage coded by two "
                       "coders is two codings)"),
        QStringLiteral("documents: the documents of the column with at least one such coding"),
        QStringLiteral("percent_documents: documents as a percentage of the column's documents (documents with that "
                       "attribute value, after filters)"),
        QStringLiteral("characters: coded characters (code points), the length of the union of the row's codings in "
                       "each document, so overlapping codings (of several coders, or of sub-codes when rolled up) "
                       "count once"),
        QStringLiteral("per_10k: coded characters per 10,000 characters of the column's documents"),
        QStringLiteral("totals: the row total is over all columns; the column total (any code) counts every passage "
                       "and every coding once, the documents with any coding and the characters covered by any "
                       "coding"),
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

    // Each document's column, so that the cells need no join: the GROUP BYs below give (row, document) groups and
    // C++ adds each group to its column (one lookup in 5,000 documents instead of a join and a second sort per group).
    auto documentColumns = db.prepare("WITH " + columnsCte + " SELECT d, col FROM cols");
    if (!documentColumns)
        return failure(documentColumns.error());
    documentColumns->bind(1, attributeId);
    bindAll(*documentColumns, scope.documentValues, 2);
    QHash<qint64, qsizetype> columnOf;
    while (documentColumns->step())
        columnOf.insert(documentColumns->int64(0), columnIndex.value(documentColumns->text(1), -1));
    if (documentColumns->failed())
        return failure(documentColumns->error());

    // The cells, and the "any code" totals: per (row, document) one GROUP BY pass over the codings in index order
    // (codings_by_code_position, codings_by_position: no sort when not rolled up) counts the codings and measures
    // the union of their ranges (marginalia_union_length). k is the row's code (an ancestor of the coding's code
    // when rolled up), 0 for the "any code" total row.
    if (auto ok = registerUnionLength(db); !ok)
        return failure(ok.error());
    const ScopeSql cellScope = scopeSql(options.scope, 1);
    const std::string inScope =
        (cellScope.restrictsDocuments ? " AND c.document_id IN (" + cellScope.documents + ")" : std::string())
        + cellScope.coders;
    // Passages: within a (code, document) group, the distinct (start, end) pairs, counted by count(DISTINCT) over
    // one integer per pair (start × 2^32 + end: positions stay far below 2^32, SQLite's texts below 2^31 bytes).
    // Rolled up, a row's passages are those of each code of its subtree, so the code is part of the key: the
    // passages are grouped first (GROUP BY code, document, start, end) and then counted per row and document.
    // The "any code" row counts every coding and measures the union per document; its passages are the sum of the
    // per-code passages (each code is one row, or below exactly one root when rolled up), added up below.
    const std::string rowsSql =
        options.rollUp
            ? "WITH RECURSIVE anc(code, k) AS (SELECT id, id FROM codes UNION SELECT a.code, p.parent_id FROM anc a"
              " JOIN codes p ON p.id = a.k WHERE p.parent_id IS NOT NULL)"
              " SELECT x.k, p.document_id, count(*), sum(p.n), marginalia_union_length(p.start, p.end) FROM"
              " (SELECT c.code_id AS code_id, c.document_id AS document_id, c.start AS start, c.end AS end,"
              " count(*) AS n FROM visible_codings c WHERE 1" + inScope + " GROUP BY c.code_id, c.document_id, c.start, c.end) p"
              " JOIN anc x ON x.code = p.code_id GROUP BY x.k, p.document_id"
            : "SELECT c.code_id, c.document_id, count(DISTINCT c.start * 4294967296 + c.end), count(*),"
              " marginalia_union_length(c.start, c.end) FROM visible_codings c WHERE 1" + inScope
                  + " GROUP BY c.code_id, c.document_id";
    const std::string totalsSql = "SELECT 0, c.document_id, 0, count(*), marginalia_union_length(c.start, c.end)"
                                  " FROM visible_codings c WHERE 1" + inScope + " GROUP BY c.document_id";

    Codebook codebook(m_project);
    auto codes = codebook.codes();
    if (!codes)
        return failure(codes.error());
    auto emptyCells = [&] {
        QList<MatrixCell> list;
        for (const MatrixColumn &column : std::as_const(result.columns))
            list.append(MatrixCell{column.value, 0, 0, 0, 0, 0, 0});
        return list;
    };
    QHash<qint64, qsizetype> rowIndex;
    for (const Code &code : *codes) {
        rowIndex.insert(code.id, result.rows.size());
        result.rows.append({code.id, code.name, code.path, code.depth, emptyCells(), {}});
    }
    result.columnTotals = emptyCells();
    for (const std::string &sql : {rowsSql, totalsSql}) {
        auto groups = db.prepare(sql);
        if (!groups)
            return failure(groups.error());
        bindAll(*groups, cellScope.values(), 1);
        // The groups come row by row (in GROUP BY order): a row's cells are looked up when the row changes.
        bool first = true;
        qint64 k = 0;
        QList<MatrixCell> *cells = nullptr;
        bool addsToTotal = false;   // the row's passages are part of the "any code" passages
        while (groups->step()) {
            if (first || groups->int64(0) != k) {
                first = false;
                k = groups->int64(0);
                const qsizetype r = k == 0 ? -1 : rowIndex.value(k, -1);
                cells = k == 0 ? &result.columnTotals : r >= 0 ? &result.rows[r].cells : nullptr;
                addsToTotal = r >= 0 && (!options.rollUp || result.rows[r].depth == 0);
            }
            const qsizetype c = columnOf.value(groups->int64(1), -1);
            if (!cells || c < 0)
                continue;
            if (addsToTotal)
                result.columnTotals[c].passages += groups->int64(2);
            MatrixCell &cell = (*cells)[c];
            cell.passages += groups->int64(2);
            cell.codings += groups->int64(3);
            cell.documents += 1;
            cell.characters += groups->int64(4);
        }
        if (groups->failed())
            return failure(groups->error());
    }

    // Percentages and rates; totals over the columns (each document lies in exactly one column, so sums are exact).
    MatrixColumn all{QString(), 0, 0};
    for (const MatrixColumn &column : std::as_const(result.columns)) {
        all.documents += column.documents;
        all.textLength += column.textLength;
    }
    auto finishRow = [&](QList<MatrixCell> &rowCells, MatrixCell &total) {
        total = MatrixCell{QStringLiteral("total"), 0, 0, 0, 0, 0, 0};
        for (qsizetype c = 0; c < rowCells.size(); ++c) {
            finishCell(rowCells[c], result.columns[c]);
            total.passages += rowCells[c].passages;
            total.codings += rowCells[c].codings;
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
