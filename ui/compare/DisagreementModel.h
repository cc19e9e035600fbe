#pragma once

#include "analysis/Agreement.h"

#include <QAbstractTableModel>

namespace marginalia {

// The runs of text on which the coders disagree about a code (AgreementResult::disagreements), for review.
class DisagreementModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisagreementModel)

public:
    enum Column { DocumentColumn, CodeColumn, PositionColumn, CodedByColumn, NotCodedByColumn, TextColumn, ColumnCount };

    explicit DisagreementModel(QObject *parent = nullptr);

    void setDisagreements(const QList<Disagreement> &disagreements);
    const QList<Disagreement> &disagreements() const { return m_disagreements; }
    const Disagreement *disagreement(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Disagreement> m_disagreements;
};

} // namespace marginalia
