#include "documents/DocumentFilterModel.h"

#include "documents/DocumentListModel.h"

namespace marginalia {

DocumentFilterModel::DocumentFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(Qt::DisplayRole);
}

void DocumentFilterModel::setFilterText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool DocumentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const auto *model = qobject_cast<const DocumentListModel *>(sourceModel());
    if (!model)
        return true;
    const QModelIndex index = model->index(sourceRow, 0, sourceParent);
    const DocumentInfo *info = model->document(model->documentId(index));
    if (!info)
        return false;   // a group: shown when one of its documents is (recursive filtering)
    if (info->name.contains(m_text, Qt::CaseInsensitive))
        return true;
    for (const QString &value : info->attributes) {
        if (value.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace marginalia
