#pragma once

#include "project/AgreementRound.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace marginalia {

class ProjectContext;

// The blind round of the open project as the GUI applies it: while a round is open (AgreementRounds), the current
// coder sees only their own codings on the sample's documents; other coders' codings there are hidden from the
// document view and the coded-segment list (both ask hides()). The state is read from the project again whenever
// this connection has written since the last look (sqlite3_total_changes), so an edit, an undo or a redo of the
// round itself is seen before the panes reload.
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
    // True when a coding of this coder in this document is to be hidden from the current coder.
    bool hides(qint64 documentId, const QString &coder);
    // hides() as a function for DocumentView::setHiddenCodings and SegmentsModel::setHiddenCodings (safe to call
    // after this object is gone: it then hides nothing).
    std::function<bool(qint64 documentId, const QString &coder)> hiddenCodings();

private:
    explicit BlindRound(ProjectContext *context);
    void refresh();

    ProjectContext *m_context;
    qint64 m_seenChanges = -1;
    std::optional<AgreementRound> m_round;
    QSet<qint64> m_documents;
};

} // namespace marginalia
