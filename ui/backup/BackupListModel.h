#pragma once

#include "backup/BackupStore.h"

#include <QAbstractTableModel>

namespace marginalia {

// The backups of a project (BackupStore::list), one row each: when, why, and how much it holds.
class BackupListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupListModel)

public:
    enum Column { TimeColumn, KindColumn, DocumentsColumn, CodesColumn, CodingsColumn, FileColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1 };

    explicit BackupListModel(QObject *parent = nullptr);

    void reload(const QString &projectPath);
    const QList<BackupInfo> &backups() const { return m_backups; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BackupInfo> m_backups;
};

} // namespace marginalia
