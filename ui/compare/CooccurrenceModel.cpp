#include "compare/CooccurrenceModel.h"

namespace marginalia {

CooccurrenceModel::CooccurrenceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CooccurrenceModel::setPairs(CooccurrenceUnit unit, const QList<CooccurrencePair> &pairs)
{
    beginResetModel();
    m_unit = unit;
    m_pairs = pairs;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const CooccurrencePair *CooccurrenceModel::pair(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_pairs.size())
        return nullptr;
    return &m_pairs.at(index.row());
}

int CooccurrenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_pairs.size());
}

int CooccurrenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CooccurrenceModel::data(const QModelIndex &index, int role) const
{
    const CooccurrencePair *p = pair(index);
    if (!p)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CodeAColumn: return p->pathA;
        case CodeBColumn: return p->pathB;
        case CountColumn: return QString::number(p->count);
        case DocumentsColumn: return QString::number(p->documents);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= CountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CooccurrenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeAColumn: return tr("Code");
    case CodeBColumn: return tr("With code");
    case CountColumn: return m_unit == CooccurrenceUnit::Overlap ? tr("Overlapping codings") : tr("Paragraphs");
    case DocumentsColumn: return tr("Documents");
    default: return {};
    }
}

} // namespace marginalia
