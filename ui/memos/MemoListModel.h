#pragma once

#include "project/MemoStore.h"

#include <QAbstractTableModel>

namespace marginalia {

class ProjectContext;

// Every memo of the project (MemoStore::all()): what it belongs to, where, and its text.
// Reloads itself when memos, codes, codings or documents change.
class MemoListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OwnerColumn, ObjectColumn, MemoColumn, ColumnCount };

    explicit MemoListModel(ProjectContext *context, QObject *parent = nullptr);

    void reload();
    const MemoEntry *entry(const QModelIndex &index) const;
    const QList<MemoEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString ownerName(MemoOwner owner) const;
    QString objectName(const MemoEntry &entry) const;

    ProjectContext *m_context;
    QList<MemoEntry> m_entries;
};

} // namespace marginalia
