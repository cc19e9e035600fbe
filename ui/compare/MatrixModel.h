#pragma once

#include "analysis/Matrix.h"

#include <QAbstractTableModel>

namespace marginalia {

// The code × attribute-value matrix (Matrix::compute) as a heat map: column 0 the code, then one column per value,
// then the row total; the last row the column totals (any code). The measure chooses what the cells show; cells
// are shaded by their value relative to the largest cell (totals are not shaded).
class MatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixModel)

public:
    enum class Measure { Passages, Codings, Documents, PercentDocuments, Characters, Per10k };
    enum Role { CodeIdRole = Qt::UserRole + 1, ColumnValueRole, IsTotalRole, ValueRole };

    explicit MatrixModel(QObject *parent = nullptr);

    void setResult(const MatrixResult &result);
    const MatrixResult &result() const { return m_result; }
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }

    static QString measureName(Measure measure);
    static double value(const MatrixCell &cell, Measure measure);
    static QString format(double value, Measure measure);
    static QString columnLabel(const QString &value);

    // What a cell stands for: the code (0: the totals row), the attribute value (empty: documents without one)
    // and whether the cell is in the total column.
    bool isCodeColumn(const QModelIndex &index) const { return index.column() == 0; }
    bool isTotalColumn(const QModelIndex &index) const;
    bool isTotalRow(const QModelIndex &index) const;
    qint64 codeId(const QModelIndex &index) const;
    QString columnValue(const QModelIndex &index) const;
    const MatrixCell *cell(const QModelIndex &index) const;
    // The row of a code (for the chart), -1 if none.
    int rowOfCode(qint64 codeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void updateMaximum();

    MatrixResult m_result;
    Measure m_measure = Measure::Passages;
    double m_maximum = 0;
};

} // namespace marginalia
