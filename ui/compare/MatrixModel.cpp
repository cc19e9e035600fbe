#include "compare/MatrixModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace marginalia {

MatrixModel::MatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MatrixModel::setResult(const MatrixResult &result)
{
    beginResetModel();
    m_result = result;
    updateMaximum();
    endResetModel();
}

void MatrixModel::setMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    updateMaximum();
    if (rowCount() > 0 && columnCount() > 1)
        Q_EMIT dataChanged(index(0, 1), index(rowCount() - 1, columnCount() - 1));
}

void MatrixModel::updateMaximum()
{
    m_maximum = 0;
    for (const MatrixRow &row : std::as_const(m_result.rows)) {
        for (const MatrixCell &c : row.cells)
            m_maximum = qMax(m_maximum, value(c, m_measure));
    }
}

QString MatrixModel::measureName(Measure measure)
{
    switch (measure) {
    case Measure::Passages: return tr("Passages");
    case Measure::Codings: return tr("Codings");
    case Measure::Documents: return tr("Documents");
    case Measure::PercentDocuments: return tr("% of documents");
    case Measure::Characters: return tr("Coded characters");
    case Measure::Per10k: return tr("Per 10,000 characters");
    }
    return {};
}

double MatrixModel::value(const MatrixCell &cell, Measure measure)
{
    switch (measure) {
    case Measure::Passages: return static_cast<double>(cell.passages);
    case Measure::Codings: return static_cast<double>(cell.codings);
    case Measure::Documents: return static_cast<double>(cell.documents);
    case Measure::PercentDocuments: return cell.percentDocuments;
    case Measure::Characters: return static_cast<double>(cell.characters);
    case Measure::Per10k: return cell.per10k;
    }
    return 0;
}

QString MatrixModel::format(double value, Measure measure)
{
    switch (measure) {
    case Measure::PercentDocuments: return QString::number(value, 'f', 1);
    case Measure::Per10k: return QString::number(value, 'f', 2);
    default: return QString::number(static_cast<qint64>(value));
    }
}

QString MatrixModel::columnLabel(const QString &value)
{
    return value.isEmpty() ? tr("(no value)") : value;
}

bool MatrixModel::isTotalColumn(const QModelIndex &index) const
{
    return index.isValid() && index.column() == columnCount() - 1;
}

bool MatrixModel::isTotalRow(const QModelIndex &index) const
{
    return index.isValid() && index.row() == m_result.rows.size();
}

qint64 MatrixModel::codeId(const QModelIndex &index) const
{
    if (!index.isValid() || isTotalRow(index))
        return 0;
    return m_result.rows.at(index.row()).codeId;
}

QString MatrixModel::columnValue(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() == 0 || isTotalColumn(index))
        return {};
    return m_result.columns.at(index.column() - 1).value;
}

const MatrixCell *MatrixModel::cell(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() == 0 || index.row() >= rowCount())
        return nullptr;
    const bool totalColumn = isTotalColumn(index);
    if (isTotalRow(index))
        return totalColumn ? &m_result.grandTotal : &m_result.columnTotals.at(index.column() - 1);
    const MatrixRow &row = m_result.rows.at(index.row());
    return totalColumn ? &row.total : &row.cells.at(index.column() - 1);
}

int MatrixModel::rowOfCode(qint64 codeId) const
{
    for (qsizetype row = 0; row < m_result.rows.size(); ++row) {
        if (m_result.rows.at(row).codeId == codeId)
            return static_cast<int>(row);
    }
    return -1;
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_result.columns.isEmpty())
        return 0;
    return static_cast<int>(m_result.rows.size()) + 1;
}

int MatrixModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_result.columns.isEmpty())
        return 0;
    return static_cast<int>(m_result.columns.size()) + 2;
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool totalRow = isTotalRow(index);
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return totalRow ? tr("Total (any code)") : m_result.rows.at(index.row()).path;
        case Qt::ToolTipRole:
            // A code's path is elided when the column is narrower than it: the tooltip gives it whole.
            return totalRow ? tr("Every coding once; documents with any coding; characters covered by any coding")
                            : QVariant(m_result.rows.at(index.row()).path);
        case Qt::FontRole:
            if (totalRow) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case CodeIdRole: return codeId(index);
        case IsTotalRole: return totalRow;
        default: return {};
        }
    }
    const MatrixCell *c = cell(index);
    const double v = value(*c, m_measure);
    const bool total = totalRow || isTotalColumn(index);
    // Shade from white to a deep blue; totals on grey.
    const double share = m_maximum > 0 && !total ? qBound(0.0, v / m_maximum, 1.0) : 0.0;
    switch (role) {
    case Qt::DisplayRole: return format(v, m_measure);
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (total)
            return QBrush(QColor(0xee, 0xee, 0xee));
        return QBrush(QColor::fromRgbF(static_cast<float>(1.0 - 0.85 * share), static_cast<float>(1.0 - 0.6 * share),
                                       static_cast<float>(1.0 - 0.2 * share)));
    case Qt::ForegroundRole:
        return QBrush(share > 0.55 ? QColor(Qt::white) : QColor(Qt::black));
    case Qt::FontRole:
        if (total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 passages, %2 codings, %3 documents (%4%), %5 coded characters, %6 per 10,000 characters")
            .arg(c->passages)
            .arg(c->codings)
            .arg(c->documents)
            .arg(QString::number(c->percentDocuments, 'f', 1))
            .arg(c->characters)
            .arg(QString::number(c->per10k, 'f', 2));
    case CodeIdRole: return codeId(index);
    case ColumnValueRole: return columnValue(index);
    case IsTotalRole: return total;
    case ValueRole: return v;
    default: return {};
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole) {
        if (section == 0)
            return tr("Code");
        if (section == columnCount() - 1)
            return tr("Total");
        return columnLabel(m_result.columns.at(section - 1).value);
    }
    if (role == Qt::ToolTipRole && section > 0 && section < columnCount() - 1) {
        const MatrixColumn &column = m_result.columns.at(section - 1);
        return QString(tr("%1: %n document(s)", nullptr, static_cast<int>(column.documents)).arg(columnLabel(column.value))
                       + u'\n' + tr("%1 characters of text").arg(column.textLength));
    }
    return {};
}

} // namespace marginalia
