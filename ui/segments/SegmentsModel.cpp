#include "segments/SegmentsModel.h"

#include "context/ProjectContext.h"
#include "project/ChangeRecorder.h"

#include <QColor>
#include <QSet>

#include <set>
#include <tuple>

namespace marginalia {

SegmentsModel::SegmentsModel(ProjectContext *context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
}

void SegmentsModel::setFilter(const CodingFilter &filter)
{
    m_filter = filter;
    m_filter.contextLength = kContextLength;
    m_filter.withText = true;
    m_filter.passages = true;   // a span several coders coded is listed once, with all of them
    reload();
}

void SegmentsModel::reload()
{
    beginResetModel();
    m_segments.clear();
    if (!m_filter.codeIds.isEmpty()) {
        if (auto segments = CodingStore(m_context->project()).segments(m_filter))
            m_segments = *std::move(segments);
        else
            m_context->reportFailure(segments.error());
    }
    endResetModel();
}

namespace {

// A passage within its document: rows are one per (document, code, start, end).
std::tuple<qint64, qint64, qint64> passageKey(const CodedSegment &segment)
{
    return {segment.codeId, segment.start, segment.end};
}

// The query's document order: name as SQLite compares it (UTF-8 bytes), then id.
bool documentBefore(const QString &name, qint64 id, const CodedSegment &row)
{
    const QByteArray a = name.toUtf8();
    const QByteArray b = row.document.toUtf8();
    return a != b ? a < b : id < row.documentId;
}

bool sameRow(const CodedSegment &a, const CodedSegment &b)
{
    return a.id == b.id && a.codingIds == b.codingIds && a.coders == b.coders && a.memos == b.memos
           && a.text == b.text && a.contextBefore == b.contextBefore && a.contextAfter == b.contextAfter
           && a.firstParagraph == b.firstParagraph && a.lastParagraph == b.lastParagraph && a.speakers == b.speakers;
}

} // namespace

bool SegmentsModel::patch(const ChangeFootprint &footprint)
{
    if (!footprint.touchesOnly({QStringLiteral("codings"), QStringLiteral("coders")}))
        return false;
    if (m_filter.codeIds.isEmpty())
        return true;   // nothing shown, nothing to patch
    // The documents to read again: those where codings were added or removed (the footprint names them), and those
    // of shown rows whose codings were changed (a moved span, a memo). An update of a coding not shown cannot bring
    // it into the list: only merging codes changes a coding's code, and that touches the codes table.
    QSet<qint64> documents = footprint.codingDocuments;
    for (const CodedSegment &row : std::as_const(m_segments)) {
        for (qint64 id : row.codingIds) {
            if (footprint.codings.contains(id)) {
                documents.insert(row.documentId);
                break;
            }
        }
    }
    for (qint64 documentId : std::as_const(documents)) {
        CodingFilter one = m_filter;
        one.documentIds = {documentId};
        auto fresh = CodingStore(m_context->project()).segments(one);
        if (!fresh) {
            m_context->reportFailure(fresh.error());
            return false;
        }
        // The blind round's filter applies to patched rows as to reloaded ones.
        if (!patchDocument(documentId, *std::move(fresh)))
            return false;
    }
    return true;
}

bool SegmentsModel::patchDocument(qint64 documentId, const QList<CodedSegment> &fresh)
{
    // The document's rows are one block; where it would begin when it has none yet, by the query's order.
    qsizetype first = 0;
    while (first < m_segments.size() && m_segments[first].documentId != documentId
           && (fresh.isEmpty() || !documentBefore(fresh.first().document, documentId, m_segments[first])))
        ++first;
    qsizetype last = first;
    while (last < m_segments.size() && m_segments[last].documentId == documentId)
        ++last;
    if (last == first && fresh.isEmpty())
        return true;

    // Rows whose passage is gone, bottom up.
    std::set<std::tuple<qint64, qint64, qint64>> keep;
    for (const CodedSegment &segment : fresh)
        keep.insert(passageKey(segment));
    for (qsizetype row = last - 1; row >= first; --row) {
        if (keep.count(passageKey(m_segments[row])) > 0)
            continue;
        beginRemoveRows({}, static_cast<int>(row), static_cast<int>(row));
        m_segments.removeAt(row);
        endRemoveRows();
        --last;
    }
    // The rest is in the query's order, as fresh is: walk both, inserting what is new and updating what changed.
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        const qsizetype row = first + i;
        if (row < last && passageKey(m_segments[row]) == passageKey(fresh[i])) {
            if (!sameRow(m_segments[row], fresh[i])) {
                m_segments[row] = fresh[i];
                Q_EMIT dataChanged(index(static_cast<int>(row), 0), index(static_cast<int>(row), ColumnCount - 1));
            }
            continue;
        }
        beginInsertRows({}, static_cast<int>(row), static_cast<int>(row));
        m_segments.insert(row, fresh[i]);
        endInsertRows();
        ++last;
    }
    // Both in one order, so the block now is fresh; anything else (an order the walk did not expect) is repaired by
    // the caller's reload.
    return last - first == fresh.size();
}

int SegmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_segments.size());
}

int SegmentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CodedSegment *SegmentsModel::segment(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_segments.size())
        return nullptr;
    return &m_segments.at(index.row());
}

QVariant SegmentsModel::data(const QModelIndex &index, int role) const
{
    const CodedSegment *s = segment(index);
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DocumentColumn: return s->document;
        case CodeColumn: return s->codePath;
        case ParagraphColumn: {
            QString text;
            if (s->firstParagraph > 0)
                text = s->firstParagraph == s->lastParagraph
                           ? tr("¶ %1").arg(s->firstParagraph)
                           : tr("¶ %1–%2").arg(s->firstParagraph).arg(s->lastParagraph);
            if (!s->speakers.isEmpty())
                text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + u'('
                        + s->speakers.join(QStringLiteral(", ")) + u')';
            return text;
        }
        case TextColumn:
            return QStringLiteral("…%1【%2】%3…").arg(s->contextBefore.simplified(), s->text.simplified(),
                                                    s->contextAfter.simplified());
        case CoderColumn: return s->coder;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TextColumn) {
            QString tip = QStringLiteral("%1<b>%2</b>%3").arg(s->contextBefore.toHtmlEscaped(), s->text.toHtmlEscaped(),
                                                             s->contextAfter.toHtmlEscaped());
            if (!s->memo.isEmpty())
                tip += QStringLiteral("<hr><i>%1</i>").arg(s->memo.toHtmlEscaped());
            return tip;
        }
        if (index.column() == ParagraphColumn)
            return tr("Characters %1–%2").arg(s->start + 1).arg(s->end);
        return {};
    case Qt::DecorationRole:
        return index.column() == CodeColumn ? QVariant(QColor(s->color)) : QVariant();
    case CodingIdRole: return s->id;
    case DocumentIdRole: return s->documentId;
    case StartRole: return s->start;
    case EndRole: return s->end;
    default: return {};
    }
}

QVariant SegmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DocumentColumn: return tr("Document");
    case CodeColumn: return tr("Code");
    case ParagraphColumn: return tr("Paragraph");
    case TextColumn: return tr("Passage in context");
    case CoderColumn: return tr("Coders");
    default: return {};
    }
}

} // namespace marginalia
