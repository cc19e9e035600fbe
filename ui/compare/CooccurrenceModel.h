#pragma once

#include "analysis/Cooccurrence.h"

#include <QAbstractTableModel>

namespace marginalia {

// Pairs of co-occurring codes (Cooccurrence::pairs), most frequent first.
class CooccurrenceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CooccurrenceModel)

public:
    enum Column { CodeAColumn, CodeBColumn, CountColumn, DocumentsColumn, ColumnCount };

    explicit CooccurrenceModel(QObject *parent = nullptr);

    void setPairs(CooccurrenceUnit unit, const QList<CooccurrencePair> &pairs);
    CooccurrenceUnit unit() const { return m_unit; }
    const CooccurrencePair *pair(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CooccurrenceUnit m_unit = CooccurrenceUnit::Overlap;
    QList<CooccurrencePair> m_pairs;
};

} // namespace marginalia
