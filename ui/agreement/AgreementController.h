#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace marginalia {

class AdjudicationDialog;
class CompareController;
class MainWindow;

// The Compare menu's double-coding commands: Plan Double-Coding Sample… (SamplePlannerDialog), the Blind Round
// (open on a named set / close, which then shows the Agreement tab on that set) and Adjudicate Disagreements…
// (The Workspace puts the project's BlindRound in front of its document view and coded-segment list.)
class AgreementController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementController)

public:
    AgreementController(MainWindow *window, CompareController *compare);

    void addActions(QMenu *menu);

    // The commands, for the menu and for tests. Each returns false when it did nothing (no project, refused: the
    // user has been told).
    bool openRound(const QString &set);
    bool closeRound();
    void showSamplePlanner();
    AdjudicationDialog *showAdjudication();

    QAction *blindRoundAction() const { return m_blindRound; }

private:
    void updateActions();
    void toggleRound();

    MainWindow *m_window;
    CompareController *m_compare;
    QAction *m_plan = nullptr;
    QAction *m_blindRound = nullptr;
    QAction *m_adjudicate = nullptr;
};

} // namespace marginalia
