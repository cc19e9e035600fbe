#pragma once

#include "project/AgreementRound.h"

#include <QObject>

#include <optional>

namespace marginalia {

class ProjectContext;

// The blind round of the open project, for the GUI's menus and dialogs: which round is open (AgreementRounds), read
// again whenever this connection has written since the last look (sqlite3_total_changes), so an edit, an undo or a
// redo of the round itself is seen. Hiding the other coders' codings is not done here but by the one filter every
// list, count, analysis and report reads (project/VisibleCodings, applied by ProjectContext).
class BlindRound final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlindRound)

public:
    // The one BlindRound of the context (made on first use, a child of the context).
    static BlindRound *of(ProjectContext *context);

    // The open round, or none (also when the round could not be read: see isUnreadable).
    std::optional<AgreementRound> round();
    bool isOpen() { return round().has_value(); }
    // The project holds a round that could not be read (the user was told).
    bool isUnreadable();
    // Whether the project's lists and counts leave codings out now, as core's roundHidesCodings says, from the round
    // kept here: blind rounds applied on this connection and a round open (or one that cannot be read).
    bool hidesCodings();

private:
    explicit BlindRound(ProjectContext *context);
    void refresh();

    ProjectContext *m_context;
    qint64 m_seenChanges = -1;
    std::optional<AgreementRound> m_round;
    bool m_unreadable = false;
};

} // namespace marginalia
