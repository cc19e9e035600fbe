#pragma once

#include "common/Result.h"
#include "project/CodingStore.h"
#include "project/Database.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <string>

namespace marginalia {

class Project;

// Which codings and documents an analysis looks at. Empty lists mean "no restriction".
struct AnalysisScope
{
    // Attribute name -> accepted values, e.g. {"kind": {"teacher interview"}, "site": {"Beijing"}}.
    QMap<QString, QStringList> attributes;
    QStringList coders;
};

struct MatrixOptions
{
    QString attribute = QStringLiteral("site");   // the columns: the values of this attribute
    bool rollUp = false;                          // a code's row counts its whole subtree
    AnalysisScope scope;
};

// One cell of the matrix. Definitions (also in MatrixResult::definitions()):
//   passages           coded passages: codings with the same document, code, start and end are one passage, however
//                      many coders made them (rolled up: the passages of each code of the subtree)
//   codings            codings: each coder's act of coding a span once
//   documents          documents of the column with at least one such coding
//   percent_documents  documents / the column's documents (documents with that value, after filters) × 100
//   characters         coded characters: the length of the union of the row's codings per document (overlapping
//                      codings of the code, by any coder or of several sub-codes when rolled up, count once)
//   per_10k            characters × 10,000 / the total length of the column's documents
struct MatrixCell
{
    QString column;
    qint64 passages = 0;
    qint64 codings = 0;
    qint64 documents = 0;
    double percentDocuments = 0;
    qint64 characters = 0;
    double per10k = 0;
};

struct MatrixColumn
{
    QString value;           // empty: documents without a value for the attribute
    qint64 documents = 0;    // documents in the column (after filters)
    qint64 textLength = 0;   // their total length in code points
};

struct MatrixRow
{
    qint64 codeId = 0;
    QString code;
    QString path;
    int depth = 0;
    QList<MatrixCell> cells;   // one per column, in column order
    MatrixCell total;          // over all columns
};

struct MatrixResult
{
    QString by;
    bool rolledUp = false;
    QList<MatrixColumn> columns;
    QList<MatrixRow> rows;
    // Any code: every passage and coding once, documents with any coding, characters covered by any coding.
    QList<MatrixCell> columnTotals;
    MatrixCell grandTotal;

    static QStringList definitions();
};

// The code × attribute-value matrix, computed in SQL (window function for the union of ranges,
// GROUP BY for the cells).
class Matrix
{
public:
    explicit Matrix(Project &project) : m_project(project) {}

    Result<MatrixResult> compute(const MatrixOptions &options);

    // The codings behind a cell (codeId 0: the column total row), for CodingStore::segments().
    Result<CodingFilter> cellFilter(const MatrixOptions &options, qint64 codeId, const QString &column);
    // The ids of the codings behind a cell, in document order (every coding of every passage).
    Result<QList<qint64>> cellCodings(const MatrixOptions &options, qint64 codeId, const QString &column);

private:
    Project &m_project;
};

// SQL shared by the analyses: the documents an AnalysisScope admits, as a subquery "SELECT id FROM
// documents WHERE ..." with numbered placeholders from firstIndex, and the values to bind.
struct ScopeSql
{
    std::string documents;   // a SELECT of document ids
    bool restrictsDocuments = false;
    std::string coders;      // " AND <alias>.coder_id IN (...)" with the alias "c", or empty
    QList<QVariant> documentValues;   // bound from firstIndex
    QList<QVariant> coderValues;      // bound right after documentValues
    QList<QVariant> values() const { return documentValues + coderValues; }
    int nextIndex = 1;
};
ScopeSql scopeSql(const AnalysisScope &scope, int firstIndex);
void bindAll(Statement &statement, const QList<QVariant> &values, int firstIndex);

} // namespace marginalia
