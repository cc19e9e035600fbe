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
    beginResetModel();
    m_documents.clear();
    m_attributes.clear();
    DocumentStore store(m_context->project());
    if (auto documents = store.list())
        m_documents = *documents;
    else
        m_context->reportFailure(documents.error());
    if (auto definitions = store.attributeDefinitions()) {
        for (const AttributeDefinition &definition : *definitions)
            m_attributes.append(definition.name);
    }
    for (const QString &pending : std::as_const(m_pendingColumns)) {
        if (!m_attributes.contains(pending))
            m_attributes.append(pending);
    }
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

QString AttributeTableModel::attribute(int column) const
{
    return m_attributes.value(column);
}

QVariant AttributeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    return m_documents.at(index.row()).attributes.value(m_attributes.at(index.column()));
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
    if (!start.isValid())
        return false;
    QList<AttributeEdit> edits;
    for (int i = 0; i < values.size() && start.row() + i < m_documents.size(); ++i)
        edits.append({documentId(start.row() + i), attribute(start.column()), values.at(i).trimmed()});
    return EditCommands::setAttributes(m_context, edits);
}

void AttributeTableModel::addColumn(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || m_attributes.contains(trimmed))
        return;
    m_pendingColumns.append(trimmed);
    const int column = static_cast<int>(m_attributes.size());
    beginInsertColumns({}, column, column);
    m_attributes.append(trimmed);
    endInsertColumns();
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_attributes.value(section);
    return section >= 0 && section < m_documents.size() ? QVariant(m_documents.at(section).name) : QVariant();
}

Qt::ItemFlags AttributeTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

} // namespace marginalia
