#pragma once

#include "search/SearchRunner.h"

#include <QAbstractTableModel>

namespace marginalia {

// The hits of a search: document, paragraph and the hit in its context.
class SearchResultsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DocumentColumn, ParagraphColumn, ContextColumn, ColumnCount };
    // The hit's place in the ContextColumn text, as a QPoint(from, length) in UTF-16.
    static constexpr int HitRangeRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setResults(const QList<SearchResult> &results);
    const QList<SearchResult> &results() const { return m_results; }
    const SearchResult *result(const QModelIndex &index) const;
    int documentCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SearchResult> m_results;
};

} // namespace marginalia
