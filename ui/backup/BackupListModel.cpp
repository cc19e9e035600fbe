#include "backup/BackupListModel.h"

#include <QFileInfo>
#include <QLocale>

namespace marginalia {

BackupListModel::BackupListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BackupListModel::reload(const QString &projectPath)
{
    beginResetModel();
    m_backups = BackupStore::list(projectPath);
    endResetModel();
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_backups.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BackupInfo &backup = m_backups.at(index.row());
    if (role == PathRole)
        return backup.path;
    if (role == Qt::ToolTipRole)
        return backup.error.isEmpty() ? backup.path : tr("%1\nCannot be read: %2").arg(backup.path, backup.error);
    if (role == Qt::TextAlignmentRole && index.column() >= DocumentsColumn && index.column() <= CodingsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    auto number = [&](qint64 value) -> QVariant {
        return value < 0 ? tr("unreadable") : locale.toString(value);
    };
    switch (index.column()) {
    case TimeColumn:
        return locale.toString(backup.time, QLocale::ShortFormat);
    case KindColumn:
        return BackupStore::kindName(backup.kind);
    case DocumentsColumn:
        return number(backup.documents);
    case CodesColumn:
        return number(backup.codes);
    case CodingsColumn:
        return number(backup.codings);
    case FileColumn:
        return QFileInfo(backup.path).fileName();
    default:
        return {};
    }
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Date");
    case KindColumn:
        return tr("Made");
    case DocumentsColumn:
        return tr("Documents");
    case CodesColumn:
        return tr("Codes");
    case CodingsColumn:
        return tr("Codings");
    case FileColumn:
        return tr("File");
    default:
        return {};
    }
}

} // namespace marginalia
