#include "codebook/CodebookModel.h"

#include "agreement/BlindRound.h"
#include "coding/EditCommands.h"
#include "context/ProjectContext.h"
#include "document/DocumentView.h"
#include "project/ChangeRecorder.h"
#include "project/AgreementRound.h"
#include "project/CodeKeys.h"
#include "project/CodingStore.h"

#include <QColor>
#include <QGuiApplication>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

namespace marginalia {

namespace {

QIcon swatch(const QString &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(color).darker(140));
    painter.setBrush(QColor(color));
    painter.drawRoundedRect(QRectF(1.5, 1.5, 11, 11), 3, 3);
    return QIcon(pixmap);
}

} // namespace

CodebookModel::CodebookModel(ProjectContext *context, QObject *parent)
    : QAbstractItemModel(parent)
    , m_context(context)
{
    reload();
}

void CodebookModel::reload()
{
    beginResetModel();
    m_counts.clear();
    if (auto frequencies = CodingStore(m_context->project()).frequencies()) {
        for (const CodeFrequency &frequency : *frequencies)
            m_counts.insert(frequency.codeId, frequency.segments);
    }
    m_round = openRound();
    rebuildTree();
    reloadKeys();
    endResetModel();
}

QString CodebookModel::openRound() const
{
    // The context's round, read again only when this connection has written since (BlindRound), and then once for
    // every pane that asks.
    const std::optional<AgreementRound> round = BlindRound::of(m_context)->round();
    return round ? round->set : QString();
}

void CodebookModel::reloadKeys()
{
    m_keyOf.clear();
    auto keys = CodeKeys(m_context->project()).assigned();
    if (!keys) {
        m_context->reportFailure(keys.error());
        return;
    }
    for (auto it = keys->cbegin(); it != keys->cend(); ++it)
        m_keyOf.insert(it.value(), it.key());
}

void CodebookModel::applyChange(const ChangeFootprint *footprint)
{
    if (!footprint) {
        reload();
        return;
    }
    const bool codesChanged = !footprint->codes.isEmpty();
    if (footprint->touches("project_info") && !codesChanged) {
        // Keys given or taken: only the key column changes.
        reloadKeys();
        for (const Code &code : std::as_const(m_codes)) {
            const QModelIndex key = indexOf(code.id).siblingAtColumn(KeyColumn);
            Q_EMIT dataChanged(key, key);
        }
    }
    // The counts are of the codings the coder is shown (project/VisibleCodings), which a blind round (project_info)
    // and its set (document_attributes) decide: when the round, or the set of an open one, may have changed, every
    // code is counted again.
    const bool roundMayHaveChanged = footprint->touches("project_info") || footprint->touches("document_attributes");
    const QString round = roundMayHaveChanged ? openRound() : m_round;
    if (round != m_round || (!round.isEmpty() && footprint->touches("document_attributes"))) {
        reload();
        return;
    }
    if (!codesChanged && footprint->codingsGainedByCode.isEmpty())
        return;
    if (!round.isEmpty() && BlindRound::of(m_context)->hidesCodings()) {
        // Gains may hold codings the coder is not shown: the touched codes are counted through the filter.
        QSet<qint64> touched = footprint->codes;
        for (auto it = footprint->codingsGainedByCode.cbegin(); it != footprint->codingsGainedByCode.cend(); ++it)
            touched.insert(it.key());
        auto counts = CodingStore(m_context->project()).countsOfCodes(touched);
        if (!counts) {
            m_context->reportFailure(counts.error());
            reload();
            return;
        }
        for (auto it = counts->cbegin(); it != counts->cend(); ++it)
            m_counts.insert(it.key(), it.value());
        finishCountChange(codesChanged, QSet<qint64>(touched));
        return;
    }
    // The counts move by what the change added and took away (a code put back by an undo comes with its codings,
    // which the change holds too): nothing is counted again. A count below zero would mean the model had drifted
    // from the project: it is read again whole.
    QSet<qint64> recounted;
    for (auto it = footprint->codingsGainedByCode.cbegin(); it != footprint->codingsGainedByCode.cend(); ++it) {
        if (it.value() == 0)
            continue;
        qint64 &count = m_counts[it.key()];
        count += it.value();
        if (count < 0) {
            reload();
            return;
        }
        recounted.insert(it.key());
    }
    finishCountChange(codesChanged, recounted);
}

void CodebookModel::finishCountChange(bool codesChanged, const QSet<qint64> &recounted)
{
    if (codesChanged) {
        beginResetModel();
        rebuildTree();
        reloadKeys();   // a deleted code's key is no longer shown, an undone deletion's is again
        endResetModel();
        return;
    }
    const QHash<qint64, qint64> before = m_totals;
    rollUpTotals();
    // The codes whose own count changed, and their ancestors (their totals, shown in the tooltip).
    for (const Code &code : std::as_const(m_codes)) {
        if (m_totals.value(code.id) == before.value(code.id) && !recounted.contains(code.id))
            continue;
        const QModelIndex name = indexOf(code.id);
        Q_EMIT dataChanged(name, name.siblingAtColumn(CountColumn));
    }
}

void CodebookModel::rebuildTree()
{
    m_codes.clear();
    m_codeRow.clear();
    m_nodes.clear();
    m_nodeOf.clear();
    m_nodes.append(Node{});
    if (auto codes = Codebook(m_context->project()).codes())
        m_codes = *codes;
    else
        m_context->reportFailure(codes.error());
    // codes() is depth first in sibling order, so a parent always comes before its children.
    for (int i = 0; i < m_codes.size(); ++i) {
        const Code &code = m_codes.at(i);
        m_codeRow.insert(code.id, i);
        const int parentNode = m_nodeOf.value(code.parentId, 0);
        Node node;
        node.codeId = code.id;
        node.parent = parentNode;
        node.row = static_cast<int>(m_nodes[parentNode].children.size());
        m_nodes.append(node);
        const int added = static_cast<int>(m_nodes.size() - 1);
        m_nodes[parentNode].children.append(added);
        m_nodeOf.insert(code.id, added);
    }
    // Counts of codes no longer in the codebook go.
    for (auto it = m_counts.begin(); it != m_counts.end();) {
        if (m_codeRow.contains(it.key()))
            ++it;
        else
            it = m_counts.erase(it);
    }
    rollUpTotals();
}

void CodebookModel::rollUpTotals()
{
    m_totals.clear();
    // Children come after their parents, so summing backwards rolls the counts up the tree.
    for (qsizetype i = m_codes.size() - 1; i >= 0; --i) {
        const Code &code = m_codes.at(i);
        m_totals[code.id] += m_counts.value(code.id);
        if (code.parentId)
            m_totals[code.parentId] += m_totals.value(code.id);
    }
}

const CodebookModel::Node *CodebookModel::node(const QModelIndex &index) const
{
    return &m_nodes.at(nodeIndex(index));
}

int CodebookModel::nodeIndex(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<int>(index.internalId()) : 0;
}

QModelIndex CodebookModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *parentNode = node(parent);
    if (row >= parentNode->children.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(parentNode->children.at(row)));
}

QModelIndex CodebookModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = node(child)->parent;
    if (parentNode <= 0)
        return {};
    return createIndex(m_nodes.at(parentNode).row, 0, static_cast<quintptr>(parentNode));
}

int CodebookModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(node(parent)->children.size());
}

int CodebookModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const Code *CodebookModel::code(qint64 codeId) const
{
    const auto it = m_codeRow.constFind(codeId);
    return it == m_codeRow.cend() ? nullptr : &m_codes.at(*it);
}

qint64 CodebookModel::codeId(const QModelIndex &index) const
{
    return index.isValid() ? node(index)->codeId : 0;
}

QModelIndex CodebookModel::indexOf(qint64 codeId) const
{
    const auto it = m_nodeOf.constFind(codeId);
    if (it == m_nodeOf.cend())
        return {};
    return createIndex(m_nodes.at(*it).row, 0, static_cast<quintptr>(*it));
}

QVariant CodebookModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Code *c = code(codeId(index));
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CountColumn)
            return m_counts.value(c->id);
        if (index.column() == KeyColumn)
            return m_keyOf.contains(c->id) ? QVariant(m_keyOf.value(c->id)) : QVariant();
        return c->name;
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(c->name) : QVariant();
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(swatch(c->color)) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b>").arg(c->path.toHtmlEscaped());
        if (const int key = m_keyOf.value(c->id))
            tip += QStringLiteral("<br>") + tr("Key %1 codes the selected text with this code.").arg(key);
        if (!c->description.isEmpty())
            tip += QStringLiteral("<br>") + c->description.toHtmlEscaped();
        if (m_totals.value(c->id) != m_counts.value(c->id))
            tip += QStringLiteral("<br>")
                + tr("%n coded segment(s) with its sub-codes", nullptr, static_cast<int>(m_totals.value(c->id)));
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == KeyColumn)
            return QVariant(Qt::AlignCenter);
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case CodeIdRole:
        return c->id;
    case PathRole:
        return c->path;
    case ColorRole:
        return QColor(c->color);
    case KeyRole:
        return m_keyOf.value(c->id);
    default:
        return {};
    }
}

bool CodebookModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn || !index.isValid())
        return false;
    // The command reloads this model through ProjectContext::changed.
    return EditCommands::renameCode(m_context, codeId(index), value.toString());
}

QVariant CodebookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Code");
    case KeyColumn: return tr("Key");
    default: return tr("Segments");
    }
}

Qt::ItemFlags CodebookModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == NameColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

QStringList CodebookModel::mimeTypes() const
{
    return {DocumentView::codeMimeType(), DocumentView::selectionMimeType()};
}

QMimeData *CodebookModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (const qint64 id = codeId(index)) {
            auto *data = new QMimeData;
            data->setData(DocumentView::codeMimeType(), QByteArray::number(id));
            data->setText(code(id)->path);
            return data;
        }
    }
    return nullptr;
}

Qt::DropActions CodebookModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction | Qt::LinkAction;
}

Qt::DropActions CodebookModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction | Qt::LinkAction;
}

bool CodebookModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &parent) const
{
    if (!data)
        return false;
    if (data->hasFormat(DocumentView::selectionMimeType()))
        return parent.isValid();
    return data->hasFormat(DocumentView::codeMimeType());
}

bool CodebookModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (!data || action == Qt::IgnoreAction)
        return false;
    const qint64 target = codeId(parent);
    if (data->hasFormat(DocumentView::selectionMimeType())) {
        const QList<QByteArray> parts = data->data(DocumentView::selectionMimeType()).split(' ');
        if (parts.size() != 3 || target == 0)
            return false;
        Q_EMIT selectionDropped(target, parts.at(0).toLongLong(), parts.at(1).toLongLong(), parts.at(2).toLongLong());
        return true;
    }
    if (!data->hasFormat(DocumentView::codeMimeType()))
        return false;
    const qint64 source = data->data(DocumentView::codeMimeType()).toLongLong();
    if (source == 0 || source == target)
        return false;
    // Dropping onto a code with Shift held merges the dragged code into it.
    if (target != 0 && row < 0 && (QGuiApplication::keyboardModifiers() & Qt::ShiftModifier))
        EditCommands::mergeCodes(m_context, source, target);
    else
        EditCommands::moveCode(m_context, source, target, row);
    // The move happened through the project; returning false keeps the view from removing rows itself.
    return false;
}

} // namespace marginalia
