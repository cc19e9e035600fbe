#pragma once

#include "team/ConflictTargets.h"
#include "team/WorkingCopy.h"

#include <QAbstractTableModel>

#include <vector>

namespace marginalia {

class Project;

// Every conflict of a working copy (team_conflicts, oldest first) with the object it is about as this
// copy has it: when, the rule, the object, what happened (the core's sentence, naming both sides and
// what was kept).
class TeamConflictsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamConflictsModel)

public:
    enum Column { When, Rule, Object, WhatHappened, ColumnCount };

    explicit TeamConflictsModel(QObject *parent = nullptr);

    // Reads them again; the error sentence, empty on success.
    QString reload(Project &project);

    const team::TeamConflict &conflict(int row) const { return m_rows[static_cast<size_t>(row)].conflict; }
    const team::ConflictTarget &target(int row) const { return m_rows[static_cast<size_t>(row)].target; }

    // A rule's short title and what it does, for people (the rule's name itself when unknown).
    static QString ruleTitle(const QString &rule);
    static QString ruleExplanation(const QString &rule);
    // The object in words: “code ‘trust’”, “Wang's coding of ‘trust’ in ‘interview 3’ (12–40)”, …
    static QString describeTarget(const team::ConflictTarget &target);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        team::TeamConflict conflict;
        team::ConflictTarget target;
    };
    std::vector<Row> m_rows;
};

} // namespace marginalia
