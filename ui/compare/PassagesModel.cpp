#include "compare/PassagesModel.h"

#include "analysis/Agreement.h"
#include "compare/TableCsv.h"
#include "report/ParagraphLookup.h"

#include <QPoint>

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

namespace {

// The passage in its context on one line of text (line breaks folded, as the context may span paragraphs), with
// "…" where the context was cut; *from and *length locate the coded part in it.
QString passageInContext(const Passage &p, qsizetype *from, qsizetype *length)
{
    const QString before = p.contextBefore.simplified();
    const QString coded = p.text.simplified();
    const QString after = p.contextAfter.simplified();
    QString text;
    // A space between context and passage only where the text had white space (none between Chinese characters).
    if (!before.isEmpty()) {
        text = QStringLiteral("…") + before;
        if (p.contextBefore.back().isSpace())
            text += u' ';
    }
    *from = text.size();
    *length = coded.size();
    text += coded;
    if (!after.isEmpty()) {
        if (p.contextAfter.front().isSpace())
            text += u' ';
        text += after + QStringLiteral("…");
    }
    return text;
}

} // namespace

QStringList PassagesModel::codes() const
{
    QStringList codes;
    for (const Passage &p : m_passages) {
        if (!p.code.isEmpty() && !codes.contains(p.code))
            codes.append(p.code);
    }
    return codes;
}

QString PassagesModel::toHtml(const QString &title, const QList<int> &columns) const
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                                  "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
                                  "td,th{border:1px solid #bbb;padding:4px;vertical-align:top;text-align:left}"
                                  "mark{background:#ffe58a;font-weight:bold}</style></head><body>\n<h1>%1</h1>\n"
                                  "<table>\n<tr>")
                       .arg(title.toHtmlEscaped());
    for (int column : columns)
        html += QStringLiteral("<th>%1</th>").arg(headerData(column, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>\n");
    for (int row = 0; row < rowCount(); ++row) {
        html += QStringLiteral("<tr>");
        for (int column : columns) {
            const QModelIndex cell = index(row, column);
            if (column != TextColumn) {
                html += QStringLiteral("<td>%1</td>").arg(cell.data().toString().toHtmlEscaped());
                continue;
            }
            const QString text = cell.data(PassageTextRole).toString();
            const QPoint range = cell.data(HighlightRole).toPoint();
            html += QStringLiteral("<td>%1<mark>%2</mark>%3</td>")
                        .arg(text.left(range.x()).toHtmlEscaped(), text.mid(range.x(), range.y()).toHtmlEscaped(),
                             text.mid(range.x() + range.y()).toHtmlEscaped());
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</table>\n</body></html>\n");
    return html;
}

QVariant PassagesModel::data(const QModelIndex &index, int role) const
{
    const Passage *p = passage(index);
    if (!p)
        return {};
    if (index.column() == TextColumn && (role == PassageTextRole || role == HighlightRole)) {
        qsizetype from = 0;
        qsizetype length = 0;
        const QString text = passageInContext(*p, &from, &length);
        if (role == PassageTextRole)
            return text;
        return QPoint(static_cast<int>(from), static_cast<int>(length));
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    if (role == Qt::ToolTipRole && index.column() == CodeColumn)
        return p->code;
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
    if (role == CsvCellRole && index.column() == TextColumn) {
        // The passage as stored, line breaks and spaces as they are (the table shows it on one line); its context,
        // where shown, around it between the same brackets.
        if (p->contextBefore.isEmpty() && p->contextAfter.isEmpty())
            return p->text;
        return QString(p->contextBefore + u'【' + p->text + u'】' + p->contextAfter);
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
