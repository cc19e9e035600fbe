#include "memos/MemoListModel.h"

#include "context/ProjectContext.h"
#include "project/ChangeRecorder.h"
#include "project/Codebook.h"

#include <QSet>

#include <climits>
#include <tuple>

namespace marginalia {

MemoListModel::MemoListModel(ProjectContext *context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
    connect(m_context, &ProjectContext::changed, this, [this](ProjectContext::Changes changes) {
        if (!(changes & (ProjectContext::Memos | ProjectContext::Codes | ProjectContext::Codings | ProjectContext::Documents)))
            return;
        const ChangeFootprint *footprint = m_context->editFootprint();
        if (!footprint || !patch(*footprint))
            reload();
    });
    reload();
}

void MemoListModel::reload()
{
    auto all = MemoStore(m_context->project()).all();
    beginResetModel();
    if (all)
        m_entries = std::move(*all);
    else
        m_entries.clear();
    endResetModel();
    if (!all)
        m_context->reportFailure(all.error());
}

namespace {

// Past this many rows of one kind an edit is a bulk one (an import, a deleted document with all its codings):
// reading the list again is then no more than the edit itself cost.
constexpr qsizetype kMaxPatchedRows = 2000;

bool before(const QString &a, const QString &b)
{
    return a.toUtf8() < b.toUtf8();   // as SQLite orders names (BINARY: UTF-8 bytes)
}

int ownerRank(MemoOwner owner)
{
    switch (owner) {
    case MemoOwner::Document: return 0;
    case MemoOwner::Code: return 1;
    case MemoOwner::Coding: return 2;
    case MemoOwner::Case: return 3;
    }
    return 4;
}

} // namespace

bool MemoListModel::patch(const ChangeFootprint &footprint)
{
    // Tables whose rows a memo row shows (documents, codes, codings, and coders for a coding's coder), and tables
    // that hold nothing a memo row shows. Anything else (cases: only imports and merges write them) reloads.
    static const QStringList handled = {QStringLiteral("documents"), QStringLiteral("codes"), QStringLiteral("codings"),
                                        QStringLiteral("coders"), QStringLiteral("paragraphs"),
                                        QStringLiteral("paragraph_spans"),
                                        QStringLiteral("document_attributes"), QStringLiteral("attributes"),
                                        QStringLiteral("document_fts_pending"), QStringLiteral("stopwords")};
    if (!footprint.touchesOnly(handled))
        return false;
    if (footprint.codings.size() > kMaxPatchedRows || footprint.documents.size() > kMaxPatchedRows
        || footprint.codes.size() > kMaxPatchedRows)
        return false;
    MemoStore store(m_context->project());
    QHash<qint64, int> codeOrder;
    if (!footprint.codes.isEmpty()) {
        // Code rows changed: paths (a rename, a move) and the codebook order come from the codebook (the codes
        // table, not the codings).
        auto codes = Codebook(m_context->project()).codes();
        if (!codes)
            return false;
        QHash<qint64, QString> paths;
        for (qsizetype i = 0; i < codes->size(); ++i) {
            paths.insert(codes->at(i).id, codes->at(i).path);
            codeOrder.insert(codes->at(i).id, static_cast<int>(i));
        }
        for (int row = static_cast<int>(m_entries.size()) - 1; row >= 0; --row) {
            MemoEntry &e = m_entries[row];
            if (e.owner != MemoOwner::Coding || !footprint.codes.contains(e.codeId))
                continue;
            if (!paths.contains(e.codeId)) {   // its code is gone, and the coding with it
                beginRemoveRows({}, row, row);
                m_entries.removeAt(row);
                endRemoveRows();
                continue;
            }
            const QString path = paths.value(e.codeId);
            if (path != e.code) {
                e.code = path;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        }
        // A moved code changes its sub-codes' paths too: follow every coding row whose path is stale.
        for (int row = 0; row < m_entries.size(); ++row) {
            MemoEntry &e = m_entries[row];
            if (e.owner == MemoOwner::Coding && paths.contains(e.codeId) && paths.value(e.codeId) != e.code) {
                e.code = paths.value(e.codeId);
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        }
        for (qint64 id : footprint.codes) {
            auto one = store.one(MemoOwner::Code, id);
            if (!one)
                return false;
            place(MemoOwner::Code, id, *one, codeOrder);
        }
    }
    for (qint64 id : footprint.documents) {
        auto one = store.one(MemoOwner::Document, id);
        if (!one)
            return false;
        // A renamed document: its coding rows show the new name; a deleted one takes its coding rows along.
        for (int row = static_cast<int>(m_entries.size()) - 1; row >= 0; --row) {
            MemoEntry &e = m_entries[row];
            if (e.owner != MemoOwner::Coding || e.documentId != id)
                continue;
            if (!*one) {
                beginRemoveRows({}, row, row);
                m_entries.removeAt(row);
                endRemoveRows();
            } else if (e.document != (*one)->document) {
                // The order of coding rows follows the document name: take the row out, to be put back in place.
                MemoEntry moved = e;
                moved.document = (*one)->document;
                beginRemoveRows({}, row, row);
                m_entries.removeAt(row);
                endRemoveRows();
                const int at = insertionRow(moved, codeOrder);
                beginInsertRows({}, at, at);
                m_entries.insert(at, moved);
                endInsertRows();
            }
        }
        place(MemoOwner::Document, id, *one, codeOrder);
    }
    // Of the codings touched, only those listed or with a memo now can change the list (a code deleted with its
    // codings, a merge: most have none).
    QSet<qint64> listedCodings;
    if (!footprint.codings.isEmpty()) {
        for (const MemoEntry &e : std::as_const(m_entries)) {
            if (e.owner == MemoOwner::Coding)
                listedCodings.insert(e.id);
        }
    }
    auto withMemo = store.codingsWithMemo(footprint.codings);
    if (!withMemo)
        return false;
    for (qint64 id : footprint.codings) {
        if (!listedCodings.contains(id) && !withMemo->contains(id))
            continue;
        auto one = store.one(MemoOwner::Coding, id);
        if (!one)
            return false;
        place(MemoOwner::Coding, id, *one, codeOrder);
    }
    return true;
}

int MemoListModel::rowOf(MemoOwner owner, qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].owner == owner && m_entries[row].id == id)
            return row;
    }
    return -1;
}

bool MemoListModel::goesBefore(const MemoEntry &a, const MemoEntry &b, const QHash<qint64, int> &codeOrder) const
{
    // The order of MemoStore::forEach: documents by name, codes in codebook order, codings by document and position,
    // cases by name.
    if (a.owner != b.owner)
        return ownerRank(a.owner) < ownerRank(b.owner);
    switch (a.owner) {
    case MemoOwner::Document:
        return a.document != b.document ? before(a.document, b.document) : a.id < b.id;
    case MemoOwner::Code:
        return codeOrder.value(a.id, INT_MAX) < codeOrder.value(b.id, INT_MAX);
    case MemoOwner::Coding:
        if (a.document != b.document)
            return before(a.document, b.document);
        return std::tie(a.documentId, a.start, a.end, a.id) < std::tie(b.documentId, b.start, b.end, b.id);
    case MemoOwner::Case:
        return a.caseName != b.caseName ? before(a.caseName, b.caseName) : a.id < b.id;
    }
    return false;
}

int MemoListModel::insertionRow(const MemoEntry &entry, const QHash<qint64, int> &codeOrder) const
{
    int row = 0;
    while (row < m_entries.size() && !goesBefore(entry, m_entries[row], codeOrder))
        ++row;
    return row;
}

void MemoListModel::place(MemoOwner owner, qint64 id, const std::optional<MemoEntry> &entry,
                          const QHash<qint64, int> &codeOrder)
{
    const bool listed = entry && !entry->memo.trimmed().isEmpty();
    const int row = rowOf(owner, id);
    if (row >= 0 && listed) {
        // Still in its place (between its neighbours): changed where it is. Otherwise (a coding moved, a code moved
        // in the codebook) it is taken out and put in at its new place.
        const bool fits = (row == 0 || !goesBefore(*entry, m_entries[row - 1], codeOrder))
                          && (row + 1 >= m_entries.size() || !goesBefore(m_entries[row + 1], *entry, codeOrder));
        if (fits) {
            m_entries[row] = *entry;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
    }
    if (!listed)
        return;
    const int at = insertionRow(*entry, codeOrder);
    beginInsertRows({}, at, at);
    m_entries.insert(at, *entry);
    endInsertRows();
}

const MemoEntry *MemoListModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_entries.size())
        return nullptr;
    return &m_entries.at(index.row());
}

int MemoListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int MemoListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MemoListModel::ownerName(MemoOwner owner) const
{
    switch (owner) {
    case MemoOwner::Document:
        return tr("Document");
    case MemoOwner::Code:
        return tr("Code");
    case MemoOwner::Coding:
        return tr("Coding");
    case MemoOwner::Case:
        return tr("Case");
    }
    return {};
}

QString MemoListModel::objectName(const MemoEntry &entry) const
{
    switch (entry.owner) {
    case MemoOwner::Document:
        return entry.document;
    case MemoOwner::Code:
        return entry.code;
    case MemoOwner::Coding:
        //: A coding: its code, document and coded range in characters
        return tr("“%1” in %2 (%3–%4)").arg(entry.code, entry.document).arg(entry.start + 1).arg(entry.end);   // 1-based, inclusive
    case MemoOwner::Case:
        return entry.caseName;
    }
    return {};
}

QVariant MemoListModel::data(const QModelIndex &index, int role) const
{
    const MemoEntry *e = entry(index);
    if (!e)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case OwnerColumn:
            return ownerName(e->owner);
        case ObjectColumn:
            return objectName(*e);
        case MemoColumn:
            return e->memo.simplified();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == MemoColumn)
        return e->memo;
    return {};
}

QVariant MemoListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OwnerColumn:
        return tr("Of");
    case ObjectColumn:
        return tr("Belongs to");
    case MemoColumn:
        return tr("Memo");
    default:
        return {};
    }
}

} // namespace marginalia
