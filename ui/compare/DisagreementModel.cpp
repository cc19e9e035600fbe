#include "compare/DisagreementModel.h"

namespace marginalia {

DisagreementModel::DisagreementModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DisagreementModel::setDisagreements(const QList<Disagreement> &disagreements)
{
    beginResetModel();
    m_disagreements = disagreements;
    endResetModel();
}

const Disagreement *DisagreementModel::disagreement(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_disagreements.size())
        return nullptr;
    return &m_disagreements.at(index.row());
}

int DisagreementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_disagreements.size());
}

int DisagreementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisagreementModel::data(const QModelIndex &index, int role) const
{
    const Disagreement *d = disagreement(index);
    if (!d)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DocumentColumn: return d->document;
        case CodeColumn: return d->codePath;
        case PositionColumn: return tr("%1–%2").arg(d->start).arg(d->end);
        case CodedByColumn: return d->codedBy.join(QStringLiteral(", "));
        case NotCodedByColumn: return d->notCodedBy.join(QStringLiteral(", "));
        case TextColumn: return d->text.simplified();
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TextColumn)
        return d->text;
    return {};
}

QVariant DisagreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DocumentColumn: return tr("Document");
    case CodeColumn: return tr("Code");
    case PositionColumn: return tr("Characters");
    case CodedByColumn: return tr("Coded by");
    case NotCodedByColumn: return tr("Not coded by");
    case TextColumn: return tr("Text");
    default: return {};
    }
}

} // namespace marginalia
