#include "search/SearchResultsModel.h"

#include <QPoint>
#include <QSet>

namespace marginalia {

void SearchResultsModel::setResults(const QList<SearchResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

const SearchResult *SearchResultsModel::result(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return nullptr;
    return &m_results.at(index.row());
}

int SearchResultsModel::documentCount() const
{
    QSet<qint64> documents;
    for (const SearchResult &result : m_results)
        documents.insert(result.hit.documentId);
    return static_cast<int>(documents.size());
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_results.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    const SearchResult *r = result(index);
    if (!r)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case DocumentColumn:
            return r->hit.document;
        case ParagraphColumn:
            return r->paragraph;
        case ContextColumn:
            return r->context;
        default:
            return {};
        }
    }
    if (role == HitRangeRole && index.column() == ContextColumn)
        return QPoint(static_cast<int>(r->hitFrom), static_cast<int>(r->hitLength));
    if (role == Qt::TextAlignmentRole && index.column() == ParagraphColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignTop);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    return {};
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case ParagraphColumn:
        return tr("¶");
    case ContextColumn:
        return tr("Context");
    default:
        return {};
    }
}

} // namespace marginalia
