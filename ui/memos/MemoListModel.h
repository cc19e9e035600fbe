#pragma once

#include "project/MemoStore.h"

#include <QAbstractTableModel>

#include <QHash>

#include <optional>

namespace marginalia {

class ProjectContext;
struct ChangeFootprint;

// Every memo of the project (MemoStore::all()): what it belongs to, where, and its text.
// After an edit with a footprint (ProjectContext::editFootprint) it patches the rows of the documents, codes and
// codings the edit touched (rows inserted, removed or changed, code paths and document names followed), so a coding
// or a memo written in the Memo panel costs a few indexed lookups, not a scan of all codings (issue 12). Edits
// without a footprint (imports, merges) and very large ones reload.

class MemoListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OwnerColumn, ObjectColumn, MemoColumn, ColumnCount };

    explicit MemoListModel(ProjectContext *context, QObject *parent = nullptr);

    void reload();
    // Follows an edit from its footprint; false when it cannot (the caller reloads).
    bool patch(const ChangeFootprint &footprint);
    const MemoEntry *entry(const QModelIndex &index) const;
    const QList<MemoEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int rowOf(MemoOwner owner, qint64 id) const;
    // Puts the object's entry (as now stored) in the list: inserted, updated or removed. codeOrder: the codebook
    // order of code ids, for placing a code memo.
    void place(MemoOwner owner, qint64 id, const std::optional<MemoEntry> &entry, const QHash<qint64, int> &codeOrder);
    int insertionRow(const MemoEntry &entry, const QHash<qint64, int> &codeOrder) const;
    bool goesBefore(const MemoEntry &a, const MemoEntry &b, const QHash<qint64, int> &codeOrder) const;
    QString ownerName(MemoOwner owner) const;
    QString objectName(const MemoEntry &entry) const;

    ProjectContext *m_context;
    QList<MemoEntry> m_entries;
};

} // namespace marginalia
