#pragma once

#include "project/DocumentStore.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace marginalia {

class ProjectContext;

// All documents × all attributes, like a spreadsheet. Editing a cell sets the attribute through
// an undo command; pasting a column sets many cells in one undo step.
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
    // Shows an empty column for a new attribute; the attribute is stored with its first value.
    void addColumn(const QString &name);

    qint64 documentId(int row) const;
    QString attribute(int column) const;

private:
    ProjectContext *m_context;
    QList<DocumentInfo> m_documents;
    QStringList m_attributes;
    QStringList m_pendingColumns;   // added by the user, no value set yet
};

} // namespace marginalia
