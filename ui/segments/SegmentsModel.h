#pragma once

#include "project/CodingStore.h"

#include <QAbstractTableModel>

#include <functional>

namespace marginalia {

class ProjectContext;
struct ChangeFootprint;

// The coded passages of the chosen codes (CodingStore::segments with passages), each once with all its coders, its
// context and where it is: the paragraphs as the document view numbers them and the speaker.
class SegmentsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentsModel)

public:
    enum Column { DocumentColumn, CodeColumn, ParagraphColumn, TextColumn, CoderColumn, ColumnCount };
    enum Role { CodingIdRole = Qt::UserRole + 1, DocumentIdRole, StartRole, EndRole };
    static constexpr int kContextLength = 60;

    explicit SegmentsModel(ProjectContext *context, QObject *parent = nullptr);

    // An empty codeIds list shows nothing (not every segment of the project).
    void setFilter(const CodingFilter &filter);
    const CodingFilter &filter() const { return m_filter; }
    void reload();
    // Follows an edit that changed only codings (added, removed, moved, memos: the footprint's tables are codings and
    // coders): the passages of the documents it touched are read again (CodingStore::segments restricted to them)
    // and their rows patched in place: rows inserted, removed or changed, no reset. False when it cannot (any other
    // table touched): the caller reloads.
    bool patch(const ChangeFootprint &footprint);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const CodedSegment *segment(const QModelIndex &index) const;

private:
    // Replaces the rows of one document with its passages as now stored (both in the query's order).
    bool patchDocument(qint64 documentId, const QList<CodedSegment> &fresh);

    ProjectContext *m_context;
    CodingFilter m_filter;
    QList<CodedSegment> m_segments;
};

} // namespace marginalia
