#pragma once

#include "analysis/Cooccurrence.h"

#include <QAbstractTableModel>

namespace marginalia {

// Pairs of co-occurring codes (Cooccurrence::compute) as a list, most frequent first: each pair's count in the
// chosen measure, Jaccard's coefficient on it, and the documents.
class CooccurrenceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CooccurrenceModel)

public:
    enum Column { CodeAColumn, CodeBColumn, CountColumn, JaccardColumn, DocumentsColumn, ColumnCount };

    explicit CooccurrenceModel(QObject *parent = nullptr);

    void setPairs(CooccurrenceUnit unit, const QList<CooccurrencePair> &pairs);
    // A measure the unit does not count in falls back to the unit's main one.
    void setMeasure(CooccurrenceMeasure measure);
    CooccurrenceUnit unit() const { return m_unit; }
    CooccurrenceMeasure measure() const { return m_measure; }
    const CooccurrencePair *pair(const QModelIndex &index) const;

    static QString measureTitle(CooccurrenceMeasure measure);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CooccurrenceUnit m_unit = CooccurrenceUnit::Overlap;
    CooccurrenceMeasure m_measure = CooccurrenceMeasure::Passages;
    QList<CooccurrencePair> m_pairs;
};

} // namespace marginalia
