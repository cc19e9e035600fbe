#include "compare/CooccurrenceModel.h"

#include "compare/TableCsv.h"

#include <QLocale>

namespace marginalia {

CooccurrenceModel::CooccurrenceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString CooccurrenceModel::measureTitle(CooccurrenceMeasure measure)
{
    switch (measure) {
    case CooccurrenceMeasure::Passages: return tr("Passages");
    case CooccurrenceMeasure::Codings: return tr("Codings");
    case CooccurrenceMeasure::Paragraphs: return tr("Paragraphs");
    case CooccurrenceMeasure::Documents: return tr("Documents");
    }
    return {};
}

void CooccurrenceModel::setPairs(CooccurrenceUnit unit, const QList<CooccurrencePair> &pairs)
{
    beginResetModel();
    m_unit = unit;
    m_pairs = pairs;
    if (!Cooccurrence::measures(m_unit).contains(m_measure))
        m_measure = Cooccurrence::measures(m_unit).first();
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void CooccurrenceModel::setMeasure(CooccurrenceMeasure measure)
{
    m_measure = Cooccurrence::measures(m_unit).contains(measure) ? measure : Cooccurrence::measures(m_unit).first();
    if (!m_pairs.isEmpty())
        Q_EMIT dataChanged(index(0, CountColumn), index(rowCount() - 1, JaccardColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const CooccurrencePair *CooccurrenceModel::pair(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_pairs.size())
        return nullptr;
    return &m_pairs.at(index.row());
}

int CooccurrenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_pairs.size());
}

int CooccurrenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CooccurrenceModel::data(const QModelIndex &index, int role) const
{
    const CooccurrencePair *p = pair(index);
    if (!p)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CodeAColumn: return p->pathA;
        case CodeBColumn: return p->pathB;
        case CountColumn: return QString::number(p->together.value(m_measure));
        case JaccardColumn: return QLocale().toString(p->jaccard(m_measure), 'f', 2);
        case DocumentsColumn: return QString::number(p->documents);
        default: return {};
        }
    }
    if (role == CsvCellRole && index.column() == JaccardColumn)
        return QString::number(p->jaccard(m_measure), 'f', 2);   // not in the user's language (0,50 in German)
    if (role == Qt::ToolTipRole && index.column() == JaccardColumn)
        return tr("%1 of %2: J = n(A∩B) / (n(A) + n(B) − n(A∩B))")
            .arg(p->together.value(m_measure))
            .arg(p->either.value(m_measure));
    if (role == Qt::TextAlignmentRole && index.column() >= CountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CooccurrenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeAColumn: return tr("Code");
    case CodeBColumn: return tr("With code");
    case CountColumn: return measureTitle(m_measure);
    case JaccardColumn: return tr("Jaccard");
    case DocumentsColumn: return tr("In documents");
    default: return {};
    }
}

} // namespace marginalia
