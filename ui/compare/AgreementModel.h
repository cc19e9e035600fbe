#pragma once

#include "analysis/Agreement.h"

#include <QAbstractTableModel>

namespace marginalia {

// Inter-coder agreement per code (Agreement::compute) at the chosen unit: every statistic, Krippendorff's alpha with
// its bootstrap 95 % interval and the chances it is below 0.800 and 0.667, unitizing alpha, and the document level
// beside it; the last row is the overall figure (units of every code pooled). Each statistic's tooltip gives its own
// interval when the bootstrap ran.
class AgreementModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementModel)

public:
    enum Column {
        CodeColumn,
        UnitsColumn,
        PercentColumn,
        KappaColumn,
        FleissColumn,
        GwetColumn,
        BrennanPredigerColumn,
        AlphaColumn,
        AlphaIntervalColumn,
        AlphaBelow800Column,
        AlphaBelow667Column,
        UnitizingAlphaColumn,
        DocumentsColumn,
        DocumentPercentColumn,
        DocumentKappaColumn,
        DocumentAlphaColumn,
        ColumnCount
    };

    explicit AgreementModel(QObject *parent = nullptr);

    void setResult(const AgreementResult &result);
    const AgreementResult &result() const { return m_result; }
    bool isOverallRow(const QModelIndex &index) const;
    // The code of a row, 0 for the overall row.
    qint64 codeId(const QModelIndex &index) const;

    static QString formatOptional(const std::optional<double> &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString unitsHeader() const;
    QString intervalText(const AgreementMeasures &measures, AgreementStatistic statistic) const;

    AgreementResult m_result;
};

} // namespace marginalia
