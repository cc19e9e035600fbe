#pragma once

#include "project/DocumentStore.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace marginalia {

class ProjectContext;
struct ChangeFootprint;

// The project's documents (DocumentStore::list()): name, characters, codings, site, kind. Grouped
// by the values of one attribute when a grouping is set (documents without a value go into a
// "(no value)" group), flat otherwise.
class DocumentListModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentListModel)

public:
    enum Column { NameColumn, CharactersColumn, CodingsColumn, SiteColumn, KindColumn, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole + 1, GuidRole, IsGroupRole };

    explicit DocumentListModel(ProjectContext *context, QObject *parent = nullptr);

    void reload();
    // Follows an edit of the project: codings added or removed change just their documents' counts (moved by the
    // edit's own ChangeFootprint::codingsGainedByDocument, nothing counted again); anything else the list shows, or
    // an unknown footprint (null), reloads it.
    void applyChange(const ChangeFootprint *footprint);
    // The attribute to group by; empty: no groups.
    void setGrouping(const QString &attribute);
    QString grouping() const { return m_grouping; }
    // The attribute names of the project (for the grouping combo).
    QStringList attributeNames() const { return m_attributeNames; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    qint64 documentId(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 documentId) const;
    const DocumentInfo *document(qint64 documentId) const;
    const QList<DocumentInfo> &documents() const { return m_documents; }
    // The codings of all documents, kept with the counts (the status bar's total, in constant time).
    qint64 totalCodings() const { return m_totalCodings; }

private:
    struct Group
    {
        QString value;
        QList<int> documents;   // indexes into m_documents
    };
    // internalId: 0 for a group row, document index + 1 for a document row; groups are found by
    // the document's group. Top-level rows are groups when grouping, documents otherwise.
    static constexpr quintptr kGroupBase = quintptr(1) << 40;

    void rebuildGroups();

    ProjectContext *m_context;
    QList<DocumentInfo> m_documents;
    QStringList m_attributeNames;
    QString m_grouping;
    QList<Group> m_groups;
    QList<int> m_groupOf;    // document index -> group index
    QList<int> m_rowInGroup; // document index -> row within its group
    QHash<qint64, int> m_indexOf; // document id -> index into m_documents
    qint64 m_totalCodings = 0;
};

} // namespace marginalia
