#include "compare/PassagesModel.h"

#include "analysis/Agreement.h"
#include "report/ParagraphLookup.h"

namespace marginalia {

Passage Passage::fromSegment(const CodedSegment &segment)
{
    Passage passage;
    passage.codingId = segment.id;
    passage.documentId = segment.documentId;
    passage.document = segment.document;
    passage.code = segment.codePath;
    passage.start = segment.start;
    passage.end = segment.end;
    passage.text = segment.text;
    passage.contextBefore = segment.contextBefore;
    passage.contextAfter = segment.contextAfter;
    passage.who = segment.coders.isEmpty() ? segment.coder : segment.coders.join(QStringLiteral(", "));
    passage.firstParagraph = segment.firstParagraph;
    passage.lastParagraph = segment.lastParagraph;
    passage.speakers = segment.speakers;
    return passage;
}

QString Passage::paragraphText() const
{
    QString cited;
    if (firstParagraph > 0)
        cited = firstParagraph == lastParagraph ? PassagesModel::tr("¶ %1").arg(firstParagraph)
                                               : PassagesModel::tr("¶ %1–%2").arg(firstParagraph).arg(lastParagraph);
    if (!speakers.isEmpty())
        cited += (cited.isEmpty() ? QString() : QStringLiteral(" ")) + u'(' + speakers.join(QStringLiteral(", ")) + u')';
    return cited;
}

Passage Passage::fromDisagreement(const Disagreement &d)
{
    Passage passage;
    passage.documentId = d.documentId;
    passage.document = d.document;
    passage.code = d.codePath;
    passage.start = d.start;
    passage.end = d.end;
    passage.text = d.text;
    passage.who = PassagesModel::tr("coded by %1; not by %2")
                      .arg(d.codedBy.join(QStringLiteral(", ")), d.notCodedBy.join(QStringLiteral(", ")));
    return passage;
}

Result<void> citePassages(Project &project, QList<Passage> &passages)
{
    ParagraphLookup lookup(project);
    for (Passage &passage : passages) {
        auto citation = lookup.cite(passage.documentId, passage.start, passage.end);
        if (!citation)
            return failure(citation.error());
        passage.firstParagraph = citation->firstParagraph;
        passage.lastParagraph = citation->lastParagraph;
        passage.speakers = citation->speakers;
    }
    return {};
}

PassagesModel::PassagesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PassagesModel::setPassages(const QList<Passage> &passages)
{
    beginResetModel();
    m_passages = passages;
    endResetModel();
}

const Passage *PassagesModel::passage(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_passages.size())
        return nullptr;
    return &m_passages.at(index.row());
}

int PassagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_passages.size());
}

int PassagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PassagesModel::data(const QModelIndex &index, int role) const
{
    const Passage *p = passage(index);
    if (!p)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DocumentColumn: return p->document;
        case CodeColumn: return p->code;
        case ParagraphColumn: return p->paragraphText();
        case PositionColumn: return tr("%1–%2").arg(p->start + 1).arg(p->end);
        case TextColumn:
            if (p->contextBefore.isEmpty() && p->contextAfter.isEmpty())
                return p->text.simplified();
            return QStringLiteral("…%1【%2】%3…")
                .arg(p->contextBefore.simplified(), p->text.simplified(), p->contextAfter.simplified());
        case WhoColumn: return p->who;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TextColumn)
        return QStringLiteral("%1<b>%2</b>%3")
            .arg(p->contextBefore.toHtmlEscaped(), p->text.toHtmlEscaped(), p->contextAfter.toHtmlEscaped());
    return {};
}

QVariant PassagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DocumentColumn: return tr("Document");
    case CodeColumn: return tr("Code");
    case ParagraphColumn: return tr("Paragraph");
    case PositionColumn: return tr("Characters");
    case TextColumn: return tr("Passage");
    case WhoColumn: return tr("Coders");
    default: return {};
    }
}

} // namespace marginalia
