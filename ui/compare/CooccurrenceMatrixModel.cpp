#include "compare/CooccurrenceMatrixModel.h"

#include "compare/TableCsv.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace marginalia {

namespace {

// The measure's name for a count, with its number ("5 passages").
QString countText(CooccurrenceMeasure measure, qint64 n)
{
    const int count = static_cast<int>(std::min<qint64>(n, INT_MAX));
    switch (measure) {
    case CooccurrenceMeasure::Passages: return CooccurrenceMatrixModel::tr("%n passage(s)", nullptr, count);
    case CooccurrenceMeasure::Codings: return CooccurrenceMatrixModel::tr("%n coding(s)", nullptr, count);
    case CooccurrenceMeasure::Paragraphs: return CooccurrenceMatrixModel::tr("%n paragraph(s)", nullptr, count);
    case CooccurrenceMeasure::Documents: return CooccurrenceMatrixModel::tr("%n document(s)", nullptr, count);
    }
    return {};
}

} // namespace

CooccurrenceMatrixModel::CooccurrenceMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CooccurrenceMatrixModel::setResult(const CooccurrenceResult &result)
{
    beginResetModel();
    m_result = result;
    m_pairIndex.clear();
    for (qsizetype i = 0; i < m_result.pairs.size(); ++i)
        m_pairIndex.insert({m_result.pairs[i].codeA, m_result.pairs[i].codeB}, i);
    if (!Cooccurrence::measures(m_result.unit).contains(m_measure))
        m_measure = Cooccurrence::measures(m_result.unit).first();
    m_largest = 0;
    for (const CooccurrencePair &pair : std::as_const(m_result.pairs))
        m_largest = std::max(m_largest, static_cast<double>(pair.together.value(m_measure)));
    endResetModel();
}

void CooccurrenceMatrixModel::setMeasure(CooccurrenceMeasure measure, bool jaccard)
{
    if (!Cooccurrence::measures(m_result.unit).contains(measure))
        measure = Cooccurrence::measures(m_result.unit).first();
    m_measure = measure;
    m_jaccard = jaccard;
    m_largest = 0;
    for (const CooccurrencePair &pair : std::as_const(m_result.pairs))
        m_largest = std::max(m_largest, static_cast<double>(pair.together.value(m_measure)));
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 1), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

const CooccurrencePair *CooccurrenceMatrixModel::pair(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() == 0 || index.row() >= m_result.codes.size()
        || index.column() > m_result.codes.size())
        return nullptr;
    const qint64 a = m_result.codes.at(index.row()).id;
    const qint64 b = m_result.codes.at(index.column() - 1).id;
    const auto it = m_pairIndex.constFind({std::min(a, b), std::max(a, b)});
    return it == m_pairIndex.cend() ? nullptr : &m_result.pairs.at(*it);
}

QModelIndex CooccurrenceMatrixModel::cell(qint64 rowCode, qint64 columnCode) const
{
    int row = -1;
    int column = -1;
    for (qsizetype i = 0; i < m_result.codes.size(); ++i) {
        if (m_result.codes[i].id == rowCode)
            row = static_cast<int>(i);
        if (m_result.codes[i].id == columnCode)
            column = static_cast<int>(i) + 1;
    }
    return row >= 0 && column > 0 ? index(row, column) : QModelIndex();
}

int CooccurrenceMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_result.codes.size());
}

int CooccurrenceMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_result.codes.size()) + 1;
}

CooccurrenceMatrixModel::CellKind CooccurrenceMatrixModel::kind(const QModelIndex &index) const
{
    if (index.column() == 0)
        return CodeCell;
    if (index.column() - 1 == index.row())
        return DiagonalCell;
    if (pair(index))
        return PairCell;
    const CooccurrenceCode &a = m_result.codes.at(index.row());
    const CooccurrenceCode &b = m_result.codes.at(index.column() - 1);
    if (!m_result.includeAncestors && (a.ancestors.contains(b.id) || b.ancestors.contains(a.id)))
        return AncestorCell;
    return EmptyCell;
}

double CooccurrenceMatrixModel::value(const CooccurrencePair &pair) const
{
    return m_jaccard ? pair.jaccard(m_measure) : static_cast<double>(pair.together.value(m_measure));
}

QString CooccurrenceMatrixModel::pairToolTip(const CooccurrencePair &pair) const
{
    const QLocale locale;
    return tr("“%1” with “%2”: %3 of %4 (Jaccard %5), in %6. Click to read the passages.")
        .arg(pair.pathA, pair.pathB, countText(m_measure, pair.together.value(m_measure)),
             locale.toString(pair.either.value(m_measure)), locale.toString(pair.jaccard(m_measure), 'f', 2),
             countText(CooccurrenceMeasure::Documents, pair.together.documents));
}

QVariant CooccurrenceMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_result.codes.size() || index.column() > m_result.codes.size())
        return {};
    const CellKind cellKind = kind(index);
    const CooccurrencePair *p = cellKind == PairCell ? pair(index) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (cellKind == CodeCell)
            return m_result.codes.at(index.row()).path;
        if (!p)
            return {};
        if (m_jaccard)
            return QLocale().toString(p->jaccard(m_measure), 'f', 2);
        return QLocale().toString(p->together.value(m_measure));
    case CsvCellRole:
        // Not in the user's language: German showed 0,50 and 12.345, which a CSV reader takes as two fields or twelve.
        if (!p)
            return {};
        if (m_jaccard)
            return QString::number(p->jaccard(m_measure), 'f', 2);
        return QVariant::fromValue(static_cast<qint64>(p->together.value(m_measure)));
    case Qt::ToolTipRole: {
        if (p)
            return pairToolTip(*p);
        const CooccurrenceCode &row = m_result.codes.at(index.row());
        if (cellKind == CodeCell || cellKind == DiagonalCell)
            return tr("“%1”: %2 in %3").arg(row.path, countText(m_measure, row.counts.value(m_measure)),
                                            countText(CooccurrenceMeasure::Documents, row.counts.documents));
        if (cellKind == AncestorCell)
            return tr("A code and its own sub-code are not paired; tick “Pair codes with their sub-codes” to see them.");
        return tr("Never together");
    }
    case HeatRole:
        if (!p)
            return 0.0;
        if (m_jaccard)
            return p->jaccard(m_measure);
        return m_largest > 0 ? static_cast<double>(p->together.value(m_measure)) / m_largest : 0.0;
    case KindRole:
        return static_cast<int>(cellKind);
    case Qt::TextAlignmentRole:
        return cellKind == CodeCell ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                                    : QVariant::fromValue(Qt::AlignCenter);
    case Qt::AccessibleTextRole:
        return p ? pairToolTip(*p) : QVariant();
    default:
        return {};
    }
}

QVariant CooccurrenceMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Codes are numbered 1…n down the side (the vertical header) and across the top, so that a matrix of many codes
    // keeps narrow columns that fit the window; the tooltip names the code, and the CSV header row the code's name.
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_result.codes.size())
            return {};
        if (role == Qt::DisplayRole)
            return section + 1;
        if (role == Qt::ToolTipRole)
            return m_result.codes.at(section).path;
        return {};
    }
    if (section < 0 || section > m_result.codes.size())
        return {};
    if (role == Qt::DisplayRole)
        return section == 0 ? tr("Code") : QString::number(section);
    if (role == CsvHeaderRole)
        return section == 0 ? tr("Code") : m_result.codes.at(section - 1).name;
    if (role == Qt::ToolTipRole && section > 0)
        return QStringLiteral("%1. %2").arg(section).arg(m_result.codes.at(section - 1).path);
    return {};
}

} // namespace marginalia
