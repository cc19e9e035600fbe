#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace marginalia {

class Project;

// A blind coding round on a sample: while it is open, the GUI shows each coder only their own codings on the
// sample's documents, so double coding stays independent. The round is a project setting, not a table: one row
// of project_info (key "agreement_round", value a JSON object {"set", "opened_by", "opened_at"}), so no schema
// change; writing it inside ChangeRecorder::record makes opening and closing undoable and journaled. A local
// project cannot enforce it (anyone can read the file): it keeps coders from seeing each other by accident.
struct AgreementRound
{
    QString set;        // the sample: a named set (a yes/no document attribute, see AgreementSampler::save)
    QString openedBy;   // coder
    QString openedAt;   // ISO 8601 UTC
    QList<qint64> documentIds;   // the set's documents (its attribute true), by id
};

class AgreementRounds
{
public:
    explicit AgreementRounds(Project &project) : m_project(project) {}

    // The open round with its documents, or none.
    Result<std::optional<AgreementRound>> current();
    // Opens a round on the set. Refused when a round is open already or the set is not a yes/no attribute.
    Result<void> open(const QString &set);
    // Closes the open round (refused when none is open).
    Result<void> close();

private:
    Project &m_project;
};

// Whether a name is a set of documents (a yes/no document attribute): a sentence naming the file if there is no
// attribute of that name or it is not yes/no. The one place that says what a set is (local and team rounds).
Result<void> checkIsDocumentSet(Project &project, const QString &set);
// The documents of a set (its attribute true), by id in id order; empty for a set without documents (or no such
// attribute: check first where that matters).
Result<QList<qint64>> documentsOfSet(Project &project, const QString &set);

// Whether what the project shows leaves codings out now: its connection applies blind rounds
// (Project::blindRoundsApplied, the GUI) and a round is open. Counts moved by a change's gains are then not the shown
// ones (the change may hold codings of others on the round's documents), so they are counted again. Unreadable: true
// (counting again is always right).
bool roundHidesCodings(Project &project);

} // namespace marginalia
