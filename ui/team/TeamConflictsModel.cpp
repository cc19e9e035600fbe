#include "team/TeamConflictsModel.h"

#include "project/Project.h"

#include <QDateTime>
#include <QLocale>

namespace marginalia {

TeamConflictsModel::TeamConflictsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString TeamConflictsModel::reload(Project &project)
{
    beginResetModel();
    m_rows.clear();
    QString error;
    auto conflicts = team::WorkingCopy(project).conflicts();
    if (!conflicts) {
        error = conflicts.error();
    } else {
        for (const team::TeamConflict &conflict : *conflicts) {
            Row row{conflict, {}};
            auto target = team::findConflictTarget(project, conflict.kind, conflict.key);
            if (target) {
                row.target = *target;
            } else {
                row.target.kind = conflict.kind;
                row.target.key = conflict.key;
                error = target.error();
            }
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
    return error;
}

QString TeamConflictsModel::ruleTitle(const QString &rule)
{
    if (rule == u"code-changed-twice")
        return tr("Code changed twice");
    if (rule == u"attribute-value-set-twice")
        return tr("Attribute value set twice");
    if (rule == u"changed-twice")
        return tr("Changed twice");
    if (rule == u"code-deleted-while-coded")
        return tr("Code deleted while coded");
    if (rule == u"document-deleted-while-coded")
        return tr("Document deleted while coded");
    if (rule == u"document-imported-twice")
        return tr("Same text imported twice");
    if (rule == u"code-name-taken")
        return tr("Two codes, one name");
    if (rule == u"code-move-loop")
        return tr("Codes moved under each other");
    if (rule == u"not-allowed")
        return tr("Not allowed by your role");
    if (rule == u"coding-without-target")
        return tr("Coding without its document or code");
    if (rule == u"coding-out-of-range")
        return tr("Coding beyond its document");
    if (rule == u"document-text-missing")
        return tr("Document text missing");
    return rule;
}

QString TeamConflictsModel::ruleExplanation(const QString &rule)
{
    if (rule == u"code-changed-twice" || rule == u"attribute-value-set-twice" || rule == u"changed-twice")
        return tr("Two members changed the same object before either had seen the other's change. The change that "
                  "reached the server later is kept on every copy; the other is in the sentence below.");
    if (rule == u"code-deleted-while-coded" || rule == u"document-deleted-while-coded")
        return tr("One member deleted it while another coded with it. Every coding is kept, so it was kept (or "
                  "brought back) too; delete it again once nobody needs those codings.");
    if (rule == u"document-imported-twice")
        return tr("Two members imported the same text. Both documents are kept with their codings; merge them by "
                  "hand if they are one document.");
    if (rule == u"code-name-taken")
        return tr("Two codes got the same name under one parent at the same time. The one with the larger GUID was "
                  "renamed “name (2)” on every copy.");
    if (rule == u"code-move-loop")
        return tr("Two codes were moved under each other at the same time. The later move was not applied, so the "
                  "tree has no loop.");
    if (rule == u"not-allowed")
        return tr("The team server refused a change of yours that your role does not allow. It was not sent; the "
                  "sentence below says whether the object is back as the server has it.");
    if (rule == u"coding-without-target" || rule == u"coding-out-of-range" || rule == u"document-text-missing")
        return tr("A change from the server could not be applied as it came; the sentence below says what was done.");
    return {};
}

QString TeamConflictsModel::describeTarget(const team::ConflictTarget &target)
{
    if (!target.exists)
        return tr("%1 %2 (no longer in this copy)").arg(target.kind, target.key);
    if (target.kind == u"code")
        return tr("code “%1”").arg(target.name);
    if (target.kind == u"document")
        return tr("document “%1”").arg(target.name);
    if (target.kind == u"coding")
        return tr("%1's coding with “%2” in “%3” (%4–%5)")
            .arg(target.coder, target.code, target.document)
            .arg(target.start + 1)
            .arg(target.end);
    if (target.kind == u"value")
        return tr("attribute “%1” of document “%2”").arg(target.attribute, target.document);
    if (target.kind == u"case")
        return tr("case “%1”").arg(target.name);
    if (target.kind == u"case_document")
        return tr("document “%1” in case “%2”").arg(target.document, target.name);
    if (target.kind == u"coder")
        return tr("coder “%1”").arg(target.name);
    if (target.kind == u"attribute")
        return tr("attribute “%1”").arg(target.name);
    return target.kind + u' ' + target.key;
}

int TeamConflictsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TeamConflictsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamConflictsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &row = m_rows[static_cast<size_t>(index.row())];
    if (role == Qt::ToolTipRole && index.column() == Rule)
        return ruleExplanation(row.conflict.rule);
    if (role == Qt::ToolTipRole && index.column() == WhatHappened)
        return row.conflict.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When: {
        const QDateTime at = QDateTime::fromString(row.conflict.at, Qt::ISODate);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : row.conflict.at;
    }
    case Rule:
        return ruleTitle(row.conflict.rule);
    case Object:
        return describeTarget(row.target);
    case WhatHappened:
        return row.conflict.message;
    default:
        return {};
    }
}

QVariant TeamConflictsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("When");
    case Rule: return tr("Rule");
    case Object: return tr("Object");
    case WhatHappened: return tr("What happened");
    default: return {};
    }
}

} // namespace marginalia
