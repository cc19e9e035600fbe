#include "memos/MemoListModel.h"

#include "context/ProjectContext.h"

namespace marginalia {

MemoListModel::MemoListModel(ProjectContext *context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
    connect(m_context, &ProjectContext::changed, this, [this](ProjectContext::Changes changes) {
        if (changes & (ProjectContext::Memos | ProjectContext::Codes | ProjectContext::Codings | ProjectContext::Documents))
            reload();
    });
    reload();
}

void MemoListModel::reload()
{
    auto all = MemoStore(m_context->project()).all();
    beginResetModel();
    if (all)
        m_entries = std::move(*all);
    else
        m_entries.clear();
    endResetModel();
    if (!all)
        m_context->reportFailure(all.error());
}

const MemoEntry *MemoListModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_entries.size())
        return nullptr;
    return &m_entries.at(index.row());
}

int MemoListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int MemoListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MemoListModel::ownerName(MemoOwner owner) const
{
    switch (owner) {
    case MemoOwner::Document:
        return tr("Document");
    case MemoOwner::Code:
        return tr("Code");
    case MemoOwner::Coding:
        return tr("Coding");
    case MemoOwner::Case:
        return tr("Case");
    }
    return {};
}

QString MemoListModel::objectName(const MemoEntry &entry) const
{
    switch (entry.owner) {
    case MemoOwner::Document:
        return entry.document;
    case MemoOwner::Code:
        return entry.code;
    case MemoOwner::Coding:
        //: A coding: its code, document and coded range in characters
        return tr("“%1” in %2 (%3–%4)").arg(entry.code, entry.document).arg(entry.start).arg(entry.end);
    case MemoOwner::Case:
        return entry.caseName;
    }
    return {};
}

QVariant MemoListModel::data(const QModelIndex &index, int role) const
{
    const MemoEntry *e = entry(index);
    if (!e)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case OwnerColumn:
            return ownerName(e->owner);
        case ObjectColumn:
            return objectName(*e);
        case MemoColumn:
            return e->memo.simplified();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == MemoColumn)
        return e->memo;
    return {};
}

QVariant MemoListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OwnerColumn:
        return tr("Of");
    case ObjectColumn:
        return tr("Belongs to");
    case MemoColumn:
        return tr("Memo");
    default:
        return {};
    }
}

} // namespace marginalia
