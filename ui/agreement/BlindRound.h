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

    // The open round, or none.
    std::optional<AgreementRound> round();
    bool isOpen() { return round().has_value(); }

private:
    explicit BlindRound(ProjectContext *context);
    void refresh();

    ProjectContext *m_context;
    qint64 m_seenChanges = -1;
    std::optional<AgreementRound> m_round;
};

} // namespace marginalia
