#include "compare/WordFrequencyModel.h"

namespace marginalia {

WordFrequencyModel::WordFrequencyModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WordFrequencyModel::setResult(const WordFrequencyResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

const WordCount *WordFrequencyModel::word(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_result.top.size())
        return nullptr;
    return &m_result.top.at(index.row());
}

int WordFrequencyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_result.top.size());
}

int WordFrequencyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WordFrequencyModel::data(const QModelIndex &index, int role) const
{
    const WordCount *w = word(index);
    if (!w)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RankColumn: return QString::number(index.row() + 1);
        case WordColumn: return w->word;
        case CountColumn: return QString::number(w->count);
        case DocumentsColumn: return QString::number(w->documents);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != WordColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant WordFrequencyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn: return tr("Rank");
    case WordColumn: return tr("Word");
    case CountColumn: return tr("Occurrences");
    case DocumentsColumn: return tr("Documents");
    default: return {};
    }
}

} // namespace marginalia
