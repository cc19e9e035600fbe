#pragma once

#include "text/Segmenter.h"

#include <QList>
#include <QObject>

class QMenu;

namespace marginalia {

class DocumentView;
class ProjectContext;

// Codes what the user selected in the document view, by whichever way they chose: a code dropped
// on the selection, the selection dropped on a code, the quick-code box, a number key the user gave
// a code (CodeKeys, stored in the project), or in vivo. Keeps the recently used codes (per project)
// for the selection's Code ▸ menu.
class CodingController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodingController)

public:
    static constexpr int kRecentCodes = 9;

    CodingController(ProjectContext *context, DocumentView *view, QObject *parent = nullptr);

    // Codes the view's current selection.
    bool codeSelection(qint64 codeId);
    // Codes a span of a document (e.g. a selection dragged onto a code).
    bool codeSpan(qint64 codeId, qint64 documentId, TextSpan span);
    // Codes the selection with the code the user gave this number key (1–9); says so if none has it.
    bool codeWithKey(int key);
    // The selection becomes a code of its own, coding the selection; one undo step.
    bool codeInVivo();
    // Codes the selection with a code of this name, made for it if needed (quick-code box).
    bool codeWithNewCode(const QString &name);
    bool uncode(qint64 codingId);

    // Most recent first.
    QList<qint64> recentCodes() const { return m_recent; }

Q_SIGNALS:
    void recentCodesChanged();
    // From the selection's context menu: the searchable list of codes, and the Add Code dialog
    // (the workspace owns both); the chosen or new code then codes the selection.
    void quickCodeRequested();
    void newCodeRequested();

private:
    // Puts Code ▸ (the recent codes), Code with…, New Code… and In Vivo at the top of the menu.
    void fillSelectionMenu(QMenu *menu);
    void remember(qint64 codeId);
    void forgetMissingCodes();

    ProjectContext *m_context;
    DocumentView *m_view;
    QList<qint64> m_recent;
};

} // namespace marginalia
