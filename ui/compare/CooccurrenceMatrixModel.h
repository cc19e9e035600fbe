#pragma once

#include "analysis/Cooccurrence.h"

#include <QAbstractTableModel>
#include <QHash>

namespace marginalia {

// Code × code co-occurrence as a table for the heat map: column 0 is the code of the row, columns 1… the codes in the
// same order (codebook order, the codes with codings after the filters). A cell shows the chosen measure of the pair
// as a count or as Jaccard's coefficient; HeatRole gives its shade from 0 to 1 (a count against the largest count
// shown, Jaccard as it is). The diagonal and the pairs of a code with its own sub-codes (unless included) are empty.
class CooccurrenceMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CooccurrenceMatrixModel)

public:
    enum Role { HeatRole = Qt::UserRole + 1, KindRole };
    enum CellKind { CodeCell, PairCell, EmptyCell, DiagonalCell, AncestorCell };

    explicit CooccurrenceMatrixModel(QObject *parent = nullptr);

    void setResult(const CooccurrenceResult &result);
    void setMeasure(CooccurrenceMeasure measure, bool jaccard);
    const CooccurrenceResult &result() const { return m_result; }
    CooccurrenceMeasure measure() const { return m_measure; }
    bool showsJaccard() const { return m_jaccard; }

    // The pair of a cell, or nullptr (the code column, the diagonal, codes that never meet).
    const CooccurrencePair *pair(const QModelIndex &index) const;
    // The cell of two codes (either order), invalid when one of them is not shown.
    QModelIndex cell(qint64 rowCode, qint64 columnCode) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CellKind kind(const QModelIndex &index) const;
    double value(const CooccurrencePair &pair) const;
    QString pairToolTip(const CooccurrencePair &pair) const;

    CooccurrenceResult m_result;
    CooccurrenceMeasure m_measure = CooccurrenceMeasure::Passages;
    bool m_jaccard = false;
    QHash<std::pair<qint64, qint64>, qsizetype> m_pairIndex;   // (smaller id, larger id) -> pairs index
    QHash<qint64, qint64> m_parentOf;                           // for the ancestor cells' explanation
    double m_largest = 0;                                       // the largest count shown
};

} // namespace marginalia
