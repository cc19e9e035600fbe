#pragma once

#include "project/DocumentStore.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace marginalia {

class ProjectContext;

// All documents × all attributes, like a spreadsheet. Editing a cell sets the attribute through
// an undo command; pasting a block or clearing cells changes many cells in one undo step. A reload
// that keeps the rows and columns updates the values in place (dataChanged), so an edit's refresh
// never resets the view under the cell the user is typing into next.
class AttributeTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttributeTableModel)

public:
    explicit AttributeTableModel(ProjectContext *context, QObject *parent = nullptr);

    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Sets the values down from index (one per line of text), in one undo step.
    bool pasteColumn(const QModelIndex &start, const QStringList &values);
    // Sets a block of values (rows of cells) from start, in one undo step. Refused with a message,
    // changing nothing, if the block reaches past the last document or attribute.
    bool pasteBlock(const QModelIndex &start, const QList<QStringList> &rows);
    // Unsets the values of these cells, in one undo step.
    bool clearCells(const QModelIndexList &cells);
    // Defines a new (empty) attribute of this type, as an undoable edit; it is kept without values.
    bool addColumn(const QString &name, const QString &type = QStringLiteral("text"));
    bool renameColumn(int column, const QString &name);
    bool setColumnType(int column, const QString &type);
    bool removeColumn(int column);

    qint64 documentId(int row) const;
    int rowOf(qint64 documentId) const;
    QString attribute(int column) const;
    QString attributeType(int column) const;

private:
    ProjectContext *m_context;
    QList<DocumentInfo> m_documents;
    QList<AttributeDefinition> m_attributes;
};

} // namespace marginalia
