#include "compare/AgreementModel.h"

#include <QFont>

namespace marginalia {

AgreementModel::AgreementModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AgreementModel::setResult(const AgreementResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

bool AgreementModel::isOverallRow(const QModelIndex &index) const
{
    return index.isValid() && index.row() == m_result.codes.size();
}

qint64 AgreementModel::codeId(const QModelIndex &index) const
{
    if (!index.isValid() || isOverallRow(index) || index.row() >= m_result.codes.size())
        return 0;
    return m_result.codes.at(index.row()).codeId;
}

QString AgreementModel::formatOptional(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 3) : tr("n/a");
}

int AgreementModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_result.coders.isEmpty())
        return 0;
    return static_cast<int>(m_result.codes.size()) + 1;
}

int AgreementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgreementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool overall = isOverallRow(index);
    const AgreementMeasures &characters = overall ? m_result.overallCharacters : m_result.codes.at(index.row()).characters;
    const AgreementMeasures &documents = overall ? m_result.overallDocuments : m_result.codes.at(index.row()).documents;
    auto percent = [](const AgreementMeasures &m) {
        return m.units > 0 ? QString::number(m.percentAgreement, 'f', 1) : tr("n/a");
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn: return overall ? tr("Overall") : m_result.codes.at(index.row()).path;
        case CharactersColumn: return QString::number(characters.units);
        case PercentColumn: return percent(characters);
        case KappaColumn: return formatOptional(characters.cohenKappa);
        case AlphaColumn: return formatOptional(characters.krippendorffAlpha);
        case DocumentsColumn: return QString::number(documents.units);
        case DocumentPercentColumn: return percent(documents);
        case DocumentKappaColumn: return formatOptional(documents.cohenKappa);
        case DocumentAlphaColumn: return formatOptional(documents.krippendorffAlpha);
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() != CodeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (overall) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList yes;
        for (qsizetype i = 0; i < m_result.coders.size() && i < characters.yes.size(); ++i)
            yes.append(tr("%1 coded %2 characters").arg(m_result.coders.at(i)).arg(characters.yes.at(i)));
        if (index.column() == CodeColumn && !overall)
            yes.prepend(m_result.codes.at(index.row()).path);   // the whole path, which the column may elide
        return yes.join(u'\n');
    }
    default: return {};
    }
}

QVariant AgreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case CodeColumn: return tr("Code");
        case CharactersColumn: return tr("Characters");
        case PercentColumn: return tr("Agreement %");
        case KappaColumn: return tr("Cohen's κ");
        case AlphaColumn: return tr("Krippendorff's α");
        case DocumentsColumn: return tr("Documents");
        case DocumentPercentColumn: return tr("Document agreement %");
        case DocumentKappaColumn: return tr("Document κ");
        case DocumentAlphaColumn: return tr("Document α");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CharactersColumn: return tr("Characters compared: the length of the documents every coder coded");
        case KappaColumn: return tr("Two coders only");
        case DocumentsColumn: return tr("Documents compared at the document level");
        default: return {};
        }
    }
    return {};
}

} // namespace marginalia
