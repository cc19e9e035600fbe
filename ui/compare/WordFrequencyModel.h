#pragma once

#include "analysis/WordFrequencies.h"

#include <QAbstractTableModel>

namespace marginalia {

// The most frequent words of a site (or of every document), WordFrequencies::count.
class WordFrequencyModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WordFrequencyModel)

public:
    enum Column { RankColumn, WordColumn, CountColumn, DocumentsColumn, ColumnCount };

    explicit WordFrequencyModel(QObject *parent = nullptr);

    void setResult(const WordFrequencyResult &result);
    const WordFrequencyResult &result() const { return m_result; }
    const WordCount *word(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    WordFrequencyResult m_result;
};

} // namespace marginalia
