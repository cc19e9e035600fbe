#include "compare/AgreementModel.h"

#include <QFont>

namespace marginalia {

namespace {

std::optional<AgreementStatistic> statisticOf(int column)
{
    switch (column) {
    case AgreementModel::PercentColumn: return AgreementStatistic::PercentAgreement;
    case AgreementModel::KappaColumn: return AgreementStatistic::CohenKappa;
    case AgreementModel::FleissColumn: return AgreementStatistic::FleissKappa;
    case AgreementModel::GwetColumn: return AgreementStatistic::GwetAc1;
    case AgreementModel::BrennanPredigerColumn: return AgreementStatistic::BrennanPrediger;
    case AgreementModel::AlphaColumn: return AgreementStatistic::KrippendorffAlpha;
    default: return std::nullopt;
    }
}

} // namespace

AgreementModel::AgreementModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AgreementModel::setResult(const AgreementResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
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

QString AgreementModel::intervalText(const AgreementMeasures &measures, AgreementStatistic statistic) const
{
    if (!measures.bootstrap)
        return {};
    const auto &ci = measures.bootstrap->interval(statistic);
    if (!ci)
        return tr("n/a");
    const int decimals = statistic == AgreementStatistic::PercentAgreement ? 1 : 3;
    return tr("%1 to %2").arg(QString::number(ci->low, 'f', decimals), QString::number(ci->high, 'f', decimals));
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
    const CodeAgreement *code = overall ? nullptr : &m_result.codes.at(index.row());
    const AgreementMeasures &measures = overall ? m_result.overall : code->measures;
    const AgreementMeasures &documents = overall ? m_result.overallDocuments : code->documents;
    const std::optional<double> unitizing = overall ? m_result.overallUnitizingAlpha : code->unitizingAlpha;
    auto percent = [](const AgreementMeasures &m) {
        return m.units > 0 ? QString::number(m.percentAgreement, 'f', 1) : tr("n/a");
    };
    const BootstrapEstimate *bootstrap = measures.bootstrap ? &*measures.bootstrap : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn: return overall ? tr("Overall") : code->path;
        case UnitsColumn: return QString::number(measures.units);
        case PercentColumn: return percent(measures);
        case KappaColumn: return formatOptional(measures.cohenKappa);
        case FleissColumn: return formatOptional(measures.fleissKappa);
        case GwetColumn: return formatOptional(measures.gwetAc1);
        case BrennanPredigerColumn: return formatOptional(measures.brennanPrediger);
        case AlphaColumn: return formatOptional(measures.krippendorffAlpha);
        case AlphaIntervalColumn:
            return bootstrap ? intervalText(measures, AgreementStatistic::KrippendorffAlpha) : tr("—");
        case AlphaBelow800Column: return bootstrap ? formatOptional(bootstrap->alphaBelow800) : tr("—");
        case AlphaBelow667Column: return bootstrap ? formatOptional(bootstrap->alphaBelow667) : tr("—");
        case UnitizingAlphaColumn: return formatOptional(unitizing);
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
        if (const auto statistic = statisticOf(index.column()); statistic && bootstrap)
            return tr("95 % interval: %1").arg(intervalText(measures, *statistic));
        QStringList yes;
        for (qsizetype i = 0; i < m_result.coders.size() && i < measures.yes.size(); ++i)
            yes.append(tr("%1 coded %2 of the units").arg(m_result.coders.at(i)).arg(measures.yes.at(i)));
        if (index.column() == CodeColumn && !overall)
            yes.prepend(m_result.codes.at(index.row()).path);   // the whole path, which the column may elide
        return yes.join(u'\n');
    }
    default: return {};
    }
}

QString AgreementModel::unitsHeader() const
{
    switch (m_result.unit) {
    case AgreementUnit::Character: return tr("Characters");
    case AgreementUnit::Sentence: return tr("Sentences");
    case AgreementUnit::Paragraph: return tr("Paragraphs");
    case AgreementUnit::Document: return tr("Documents");
    case AgreementUnit::Segment: return tr("Segments");
    }
    return tr("Units");
}

QVariant AgreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case CodeColumn: return tr("Code");
        case UnitsColumn: return unitsHeader();
        case PercentColumn: return tr("Agreement %");
        case KappaColumn: return tr("Cohen's κ");
        case FleissColumn: return tr("Fleiss' κ");
        case GwetColumn: return tr("Gwet's AC1");
        case BrennanPredigerColumn: return tr("Brennan–Prediger");
        case AlphaColumn: return tr("Krippendorff's α");
        case AlphaIntervalColumn: return tr("α 95 % CI");
        case AlphaBelow800Column: return tr("P(α < 0.800)");
        case AlphaBelow667Column: return tr("P(α < 0.667)");
        case UnitizingAlphaColumn: return tr("Unitizing α");
        case DocumentsColumn: return tr("Documents");
        case DocumentPercentColumn: return tr("Document agreement %");
        case DocumentKappaColumn: return tr("Document κ");
        case DocumentAlphaColumn: return tr("Document α");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case UnitsColumn: return tr("Units compared per code at the chosen unit");
        case KappaColumn: return tr("Two coders only");
        case AlphaIntervalColumn:
            return tr("Percentile bootstrap: the 2.5th and 97.5th percentiles of alpha over the draws");
        case AlphaBelow800Column:
        case AlphaBelow667Column:
            return tr("The share of bootstrap draws in which alpha falls below Krippendorff's threshold");
        case UnitizingAlphaColumn:
            return tr("Krippendorff's |u|alpha: the coders' spans themselves, free boundaries");
        case DocumentsColumn: return tr("Documents compared at the document level");
        default: return {};
        }
    }
    return {};
}

} // namespace marginalia
