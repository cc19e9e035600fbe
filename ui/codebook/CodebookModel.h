#pragma once

#include "project/Codebook.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace marginalia {

class ProjectContext;
struct ChangeFootprint;

// The code tree of the project (Codebook::codes()) with each code's number of coded segments
// (CodingStore::frequencies() when loaded). Renaming, moving and dropping go through undo commands. After an
// edit whose footprint is known, the counts move by the codings the edit added and took away
// (ChangeFootprint::codingsGainedByCode: no coding is counted again) and the tree is read again only if codes
// themselves changed.
class CodebookModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodebookModel)

public:
    // KeyColumn: the number key (1–9) the user gave the code (CodeKeys), empty if none.
    enum Column { NameColumn, KeyColumn, CountColumn, ColumnCount };
    enum Role { CodeIdRole = Qt::UserRole + 1, PathRole, ColorRole, KeyRole };

    explicit CodebookModel(ProjectContext *context, QObject *parent = nullptr);

    void reload();
    // Follows an edit of the project: footprint null (unknown) reloads everything.
    void applyChange(const ChangeFootprint *footprint);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    qint64 codeId(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 codeId) const;
    const QList<Code> &codes() const { return m_codes; }
    const Code *code(qint64 codeId) const;
    // The number key assigned to the code, 0 if none; and the code of a key, 0 if none.
    int keyOf(qint64 codeId) const { return m_keyOf.value(codeId); }
    qint64 codeOfKey(int key) const { return m_keyOf.key(key); }

Q_SIGNALS:
    // A text selection (documentId, code-point span) was dropped on a code.
    void selectionDropped(qint64 codeId, qint64 documentId, qint64 start, qint64 end);

private:
    struct Node
    {
        qint64 codeId = 0;   // 0: the invisible root
        int parent = -1;     // index into m_nodes
        int row = 0;
        QList<int> children;
    };

    void rebuildTree();
    void rollUpTotals();
    void reloadKeys();
    // The set of the open blind round, or empty (what the counts were read under).
    QString openRound() const;
    // Ends applyChange once m_counts are right: the tree rebuilt when codes changed, else the changed rows told.
    void finishCountChange(bool codesChanged, const QSet<qint64> &recounted);
    const Node *node(const QModelIndex &index) const;
    int nodeIndex(const QModelIndex &index) const;

    ProjectContext *m_context;
    QList<Code> m_codes;
    QHash<qint64, int> m_codeRow;     // code id -> index into m_codes
    QHash<qint64, qint64> m_counts;   // code id -> coded segments
    QString m_round;   // openRound() when m_counts were read
    QHash<qint64, qint64> m_totals;   // code id -> coded segments of the code and its sub-codes
    QList<Node> m_nodes;              // m_nodes[0] is the root
    QHash<qint64, int> m_nodeOf;      // code id -> index into m_nodes
    QHash<qint64, int> m_keyOf;       // code id -> its number key
};

} // namespace marginalia
