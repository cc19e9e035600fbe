#include "documents/DocumentListModel.h"

#include "agreement/BlindRound.h"
#include "context/ProjectContext.h"
#include "project/AgreementRound.h"
#include "project/ChangeRecorder.h"
#include "project/CodingStore.h"

#include <QFont>
#include <QLocale>
#include <QMap>

namespace marginalia {

namespace {

const QString kSite = QStringLiteral("site");
const QString kKind = QStringLiteral("kind");

} // namespace

DocumentListModel::DocumentListModel(ProjectContext *context, QObject *parent)
    : QAbstractItemModel(parent)
    , m_context(context)
{
    reload();
}

void DocumentListModel::reload()
{
    beginResetModel();
    m_documents.clear();
    m_attributeNames.clear();
    DocumentStore store(m_context->project());
    if (auto documents = store.list())
        m_documents = *documents;
    else
        m_context->reportFailure(documents.error());
    if (auto definitions = store.attributeDefinitions()) {
        for (const AttributeDefinition &definition : *definitions)
            m_attributeNames.append(definition.name);
    }
    m_indexOf.clear();
    m_totalCodings = 0;
    for (int i = 0; i < m_documents.size(); ++i) {
        m_indexOf.insert(m_documents.at(i).id, i);
        m_totalCodings += m_documents.at(i).codings;
    }
    rebuildGroups();
    endResetModel();
}

void DocumentListModel::applyChange(const ChangeFootprint *footprint)
{
    // Codes, coders and journal rows are not shown here; codings only as a count per document; documents rows
    // changed in place (a memo, a name) are read again one by one.
    static const QStringList kPatched{QStringLiteral("codings"), QStringLiteral("codes"), QStringLiteral("coders"),
                                      QStringLiteral("documents")};
    if (!footprint || !footprint->touchesOnly(kPatched)) {
        reload();
        return;
    }
    // A document added or removed (not listed, or gone) changes the rows: read again whole.
    QHash<qint64, DocumentInfo> reread;
    for (const qint64 id : footprint->documents) {
        auto info = DocumentStore(m_context->project()).info(id);
        if (!m_indexOf.contains(id) || !info) {
            reload();
            return;
        }
        reread.insert(id, *info);
    }
    for (auto it = reread.cbegin(); it != reread.cend(); ++it) {
        DocumentInfo &shown = m_documents[m_indexOf.value(it.key())];
        m_totalCodings += it->codings - shown.codings;   // read with the row: the gains below are in it already
        shown = *it;
        const QModelIndex row = indexOf(it.key());
        Q_EMIT dataChanged(row, row.siblingAtColumn(ColumnCount - 1));
        if (!m_grouping.isEmpty()) {
            const QModelIndex group = parent(row);
            Q_EMIT dataChanged(group.siblingAtColumn(CodingsColumn), group.siblingAtColumn(CodingsColumn));
        }
    }
    // While a blind round hides codings the gains may hold some the coder is not shown: the documents they are in
    // are counted through the filter (project/VisibleCodings) instead.
    QHash<qint64, qint64> gains = footprint->codingsGainedByDocument;
    if (!gains.isEmpty() && BlindRound::of(m_context)->hidesCodings()) {
        QSet<qint64> counted;
        for (auto it = gains.cbegin(); it != gains.cend(); ++it) {
            if (!reread.contains(it.key()))
                counted.insert(it.key());
        }
        auto counts = CodingStore(m_context->project()).countsInDocuments(counted);
        if (!counts) {
            m_context->reportFailure(counts.error());
            reload();
            return;
        }
        for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
            const int i = m_indexOf.value(it.key(), -1);
            gains.insert(it.key(), i < 0 ? it.value() : it.value() - m_documents[i].codings);
        }
    }
    // Every coding belongs to a listed document; a count that would go below zero, or a document not listed,
    // means the list had drifted from the project: it is read again whole.
    for (auto it = gains.cbegin(); it != gains.cend(); ++it) {
        if (it.value() == 0 || reread.contains(it.key()))
            continue;
        const int i = m_indexOf.value(it.key(), -1);
        if (i < 0 || m_documents[i].codings + it.value() < 0) {
            reload();
            return;
        }
    }
    for (auto it = gains.cbegin(); it != gains.cend(); ++it) {
        if (it.value() == 0 || reread.contains(it.key()))
            continue;
        m_documents[m_indexOf.value(it.key())].codings += it.value();
        m_totalCodings += it.value();
        const QModelIndex row = indexOf(it.key());
        Q_EMIT dataChanged(row.siblingAtColumn(CodingsColumn), row.siblingAtColumn(CodingsColumn));
        if (!m_grouping.isEmpty()) {   // the group's total
            const QModelIndex group = parent(row);
            Q_EMIT dataChanged(group.siblingAtColumn(CodingsColumn), group.siblingAtColumn(CodingsColumn));
        }
    }
}

void DocumentListModel::setGrouping(const QString &attribute)
{
    if (attribute == m_grouping)
        return;
    beginResetModel();
    m_grouping = attribute;
    rebuildGroups();
    endResetModel();
}

void DocumentListModel::rebuildGroups()
{
    m_groups.clear();
    m_groupOf = QList<int>(m_documents.size(), -1);
    m_rowInGroup = QList<int>(m_documents.size(), 0);
    if (m_grouping.isEmpty())
        return;
    QMap<QString, QList<int>> byValue;
    for (int i = 0; i < m_documents.size(); ++i)
        byValue[m_documents.at(i).attributes.value(m_grouping)].append(i);
    for (auto it = byValue.cbegin(); it != byValue.cend(); ++it) {
        const int group = static_cast<int>(m_groups.size());
        m_groups.append({it.key(), it.value()});
        for (int row = 0; row < it.value().size(); ++row) {
            m_groupOf[it.value().at(row)] = group;
            m_rowInGroup[it.value().at(row)] = row;
        }
    }
}

QModelIndex DocumentListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (m_grouping.isEmpty()) {
        if (parent.isValid() || row >= m_documents.size())
            return {};
        return createIndex(row, column, static_cast<quintptr>(row + 1));
    }
    if (!parent.isValid()) {
        if (row >= m_groups.size())
            return {};
        return createIndex(row, column, kGroupBase + static_cast<quintptr>(row));
    }
    if (parent.internalId() < kGroupBase || parent.column() != 0)
        return {};
    const Group &group = m_groups.at(static_cast<int>(parent.internalId() - kGroupBase));
    if (row >= group.documents.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(group.documents.at(row) + 1));
}

QModelIndex DocumentListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || m_grouping.isEmpty() || child.internalId() >= kGroupBase)
        return {};
    const int group = m_groupOf.value(static_cast<int>(child.internalId() - 1), -1);
    if (group < 0)
        return {};
    return createIndex(group, 0, kGroupBase + static_cast<quintptr>(group));
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_grouping.isEmpty() ? m_documents.size() : m_groups.size());
    if (parent.column() != 0 || parent.internalId() < kGroupBase)
        return 0;
    return static_cast<int>(m_groups.at(static_cast<int>(parent.internalId() - kGroupBase)).documents.size());
}

int DocumentListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

qint64 DocumentListModel::documentId(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() >= kGroupBase)
        return 0;
    return m_documents.at(static_cast<int>(index.internalId() - 1)).id;
}

QModelIndex DocumentListModel::indexOf(qint64 documentId) const
{
    const auto it = m_indexOf.constFind(documentId);
    if (it == m_indexOf.cend())
        return {};
    const int i = *it;
    const int row = m_grouping.isEmpty() ? i : m_rowInGroup.at(i);
    return createIndex(row, 0, static_cast<quintptr>(i + 1));
}

const DocumentInfo *DocumentListModel::document(qint64 documentId) const
{
    const auto it = m_indexOf.constFind(documentId);
    return it == m_indexOf.cend() ? nullptr : &m_documents.at(*it);
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() >= kGroupBase) {
        const Group &group = m_groups.at(static_cast<int>(index.internalId() - kGroupBase));
        if (role == Qt::DisplayRole) {
            if (index.column() == NameColumn)
                return group.value.isEmpty() ? tr("(no value)") : group.value;
            if (index.column() == CharactersColumn) {
                qint64 total = 0;
                for (int i : group.documents)
                    total += m_documents.at(i).length;
                return total;
            }
            if (index.column() == CodingsColumn) {
                qint64 total = 0;
                for (int i : group.documents)
                    total += m_documents.at(i).codings;
                return total;
            }
            return {};
        }
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == IsGroupRole)
            return true;
        if (role == Qt::TextAlignmentRole && (index.column() == CharactersColumn || index.column() == CodingsColumn))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const DocumentInfo &info = m_documents.at(static_cast<int>(index.internalId() - 1));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return info.name;
        case CharactersColumn: return info.length;
        case CodingsColumn: return info.codings;
        case SiteColumn: return info.attributes.value(kSite);
        case KindColumn: return info.attributes.value(kKind);
        default: return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines{QStringLiteral("<b>%1</b>").arg(info.name.toHtmlEscaped())};
        for (auto it = info.attributes.cbegin(); it != info.attributes.cend(); ++it)
            lines.append(QStringLiteral("%1: %2").arg(it.key().toHtmlEscaped(), it.value().toHtmlEscaped()));
        if (!info.memo.isEmpty())
            lines.append(QStringLiteral("<i>%1</i>").arg(info.memo.toHtmlEscaped()));
        return lines.join(QStringLiteral("<br>"));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == CharactersColumn || index.column() == CodingsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DocumentIdRole:
        return info.id;
    case GuidRole:
        return info.guid;
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Document");
    case CharactersColumn: return tr("Characters");
    case CodingsColumn: return tr("Codings");
    case SiteColumn: return tr("Site");
    case KindColumn: return tr("Kind");
    default: return {};
    }
}

Qt::ItemFlags DocumentListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace marginalia
