#include "documents/AttributeTableModel.h"

#include "coding/EditCommands.h"
#include "context/ProjectContext.h"

namespace marginalia {

AttributeTableModel::AttributeTableModel(ProjectContext *context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
    reload();
}

void AttributeTableModel::reload()
{
    DocumentStore store(m_context->project());
    auto documents = store.list(DocumentStore::CodingCount::Skipped);
    if (!documents)
        m_context->reportFailure(documents.error());
    auto definitions = store.attributeDefinitions();
    if (!definitions)
        m_context->reportFailure(definitions.error());
    QList<DocumentInfo> newDocuments = documents ? *documents : QList<DocumentInfo>();
    QList<AttributeDefinition> newAttributes = definitions ? *definitions : QList<AttributeDefinition>();

    bool sameShape = newDocuments.size() == m_documents.size() && newAttributes.size() == m_attributes.size();
    for (qsizetype i = 0; sameShape && i < newDocuments.size(); ++i)
        sameShape = newDocuments.at(i).id == m_documents.at(i).id && newDocuments.at(i).name == m_documents.at(i).name;
    for (qsizetype i = 0; sameShape && i < newAttributes.size(); ++i)
        sameShape = newAttributes.at(i).id == m_attributes.at(i).id && newAttributes.at(i).name == m_attributes.at(i).name
            && newAttributes.at(i).type == m_attributes.at(i).type;
    if (sameShape) {
        // Values only: the view keeps its current cell and any open editor.
        m_documents = std::move(newDocuments);
        if (!m_documents.isEmpty() && !m_attributes.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole, Qt::EditRole});
        return;
    }
    beginResetModel();
    m_documents = std::move(newDocuments);
    m_attributes = std::move(newAttributes);
    endResetModel();
}

int AttributeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_documents.size());
}

int AttributeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_attributes.size());
}

qint64 AttributeTableModel::documentId(int row) const
{
    return row >= 0 && row < m_documents.size() ? m_documents.at(row).id : 0;
}

int AttributeTableModel::rowOf(qint64 documentId) const
{
    for (qsizetype row = 0; row < m_documents.size(); ++row) {
        if (m_documents.at(row).id == documentId)
            return static_cast<int>(row);
    }
    return -1;
}

QString AttributeTableModel::attribute(int column) const
{
    return column >= 0 && column < m_attributes.size() ? m_attributes.at(column).name : QString();
}

QString AttributeTableModel::attributeType(int column) const
{
    return column >= 0 && column < m_attributes.size() ? m_attributes.at(column).type : QString();
}

QVariant AttributeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    return m_documents.at(index.row()).attributes.value(attribute(index.column()));
}

bool AttributeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    if (text == data(index, Qt::EditRole).toString())
        return false;
    return EditCommands::setAttributes(m_context, {{documentId(index.row()), attribute(index.column()), text}});
}

bool AttributeTableModel::pasteColumn(const QModelIndex &start, const QStringList &values)
{
    QList<QStringList> rows;
    for (const QString &value : values)
        rows.append({value});
    return pasteBlock(start, rows);
}

bool AttributeTableModel::pasteBlock(const QModelIndex &start, const QList<QStringList> &rows)
{
    if (!start.isValid() || rows.isEmpty()) {
        m_context->reportFailure(tr("Choose the cell where the pasted values should start."));
        return false;
    }
    qsizetype width = 0;
    for (const QStringList &row : rows)
        width = std::max(width, row.size());
    const qsizetype rowsLeft = m_documents.size() - start.row();
    const qsizetype columnsLeft = m_attributes.size() - start.column();
    if (rows.size() > rowsLeft || width > columnsLeft) {
        // Whole or nothing: cutting the block would drop values without a word.
        m_context->reportFailure(tr("The pasted values do not fit: they are %1 row(s) × %2 column(s), but from this cell "
                                    "there are %3 document(s) × %4 attribute(s). Nothing was pasted.")
                                     .arg(rows.size()).arg(width).arg(rowsLeft).arg(columnsLeft));
        return false;
    }
    QList<AttributeEdit> edits;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            edits.append({documentId(static_cast<int>(start.row() + r)), attribute(static_cast<int>(start.column() + c)),
                          rows.at(r).at(c).trimmed()});
        }
    }
    return EditCommands::setAttributes(m_context, edits);
}

bool AttributeTableModel::clearCells(const QModelIndexList &cells)
{
    QList<AttributeEdit> edits;
    for (const QModelIndex &cell : cells) {
        if (cell.isValid() && cell.model() == this && !data(cell, Qt::EditRole).toString().isEmpty())
            edits.append({documentId(cell.row()), attribute(cell.column()), QString()});
    }
    return EditCommands::setAttributes(m_context, edits);
}

bool AttributeTableModel::addColumn(const QString &name, const QString &type)
{
    return EditCommands::defineAttribute(m_context, name, type);
}

bool AttributeTableModel::renameColumn(int column, const QString &name)
{
    if (attribute(column).isEmpty() || name.trimmed() == attribute(column))
        return false;
    return EditCommands::renameAttribute(m_context, attribute(column), name);
}

bool AttributeTableModel::setColumnType(int column, const QString &type)
{
    if (attribute(column).isEmpty() || type == attributeType(column))
        return false;
    return EditCommands::setAttributeType(m_context, attribute(column), type);
}

bool AttributeTableModel::removeColumn(int column)
{
    if (attribute(column).isEmpty())
        return false;
    return EditCommands::removeAttribute(m_context, attribute(column));
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal && !attribute(section).isEmpty())
        return QStringLiteral("<p>%1</p>").arg(tr("%1 (%2 values)").arg(attribute(section), attributeType(section)).toHtmlEscaped());
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return attribute(section);
    return section >= 0 && section < m_documents.size() ? QVariant(m_documents.at(section).name) : QVariant();
}

Qt::ItemFlags AttributeTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

} // namespace marginalia
