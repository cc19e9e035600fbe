#pragma once

#include "analysis/Agreement.h"

#include <QAbstractTableModel>

namespace marginalia {

// Inter-coder agreement per code (Agreement::compute), at the character level and the document level; the last
// row is the overall figure (units of every code pooled).
class AgreementModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementModel)

public:
    enum Column {
        CodeColumn,
        CharactersColumn,
        PercentColumn,
        KappaColumn,
        AlphaColumn,
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
    AgreementResult m_result;
};

} // namespace marginalia
