#include "segments/SegmentsModel.h"

#include "context/ProjectContext.h"

#include <QColor>

namespace marginalia {

namespace {

// The passages without the hidden coders' codings; a passage with none left is dropped.
QList<CodedSegment> hideCodings(QList<CodedSegment> passages, const SegmentsModel::HiddenCodings &hidden)
{
    if (!hidden)
        return passages;
    QList<CodedSegment> shown;
    shown.reserve(passages.size());
    for (CodedSegment &passage : passages) {
        CodedSegment kept = passage;
        kept.coders.clear();
        kept.codingIds.clear();
        kept.memos.clear();
        for (qsizetype i = 0; i < passage.coders.size(); ++i) {
            if (hidden(passage.documentId, passage.coders.at(i)))
                continue;
            kept.coders.append(passage.coders.at(i));
            kept.codingIds.append(passage.codingIds.value(i));
            kept.memos.append(passage.memos.value(i));
        }
        if (kept.coders.size() == passage.coders.size()) {
            shown.append(std::move(passage));
            continue;
        }
        if (kept.coders.isEmpty())
            continue;
        kept.id = kept.codingIds.first();
        kept.coder = kept.coders.join(QStringLiteral(", "));
        QStringList memos;
        for (qsizetype i = 0; i < kept.coders.size(); ++i) {
            if (!kept.memos.at(i).isEmpty())
                memos.append(kept.coders.size() == 1 ? kept.memos.at(i) : kept.coders.at(i) + QStringLiteral(": ") + kept.memos.at(i));
        }
        kept.memo = memos.join(QStringLiteral("; "));
        shown.append(std::move(kept));
    }
    return shown;
}

} // namespace

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
            m_segments = hideCodings(*std::move(segments), m_hiddenCodings);
        else
            m_context->reportFailure(segments.error());
    }
    endResetModel();
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
