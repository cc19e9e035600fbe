#include "agreement/AgreementController.h"

#include "agreement/AdjudicationDialog.h"
#include "agreement/BlindRound.h"
#include "agreement/SamplePlannerDialog.h"
#include "analysis/AgreementSample.h"
#include "coding/RecordedEditCommand.h"
#include "compare/AgreementTab.h"
#include "compare/CompareController.h"
#include "context/ProjectContext.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "project/AgreementRound.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>

namespace marginalia {

AgreementController::AgreementController(MainWindow *window, CompareController *compare)
    : QObject(compare)
    , m_window(window)
    , m_compare(compare)
{
    // The main window retitles itself whenever a project opens or closes (as CompareController relies on too).
    connect(window, &QWidget::windowTitleChanged, this, &AgreementController::updateActions);
}

void AgreementController::addActions(QMenu *menu)
{
    menu->addSeparator();
    m_plan = menu->addAction(tr("Plan Double-Coding &Sample…"), this, &AgreementController::showSamplePlanner);
    m_plan->setObjectName(QStringLiteral("planSampleAction"));
    m_plan->setStatusTip(tr("Draw a share of the documents, by site, for independent double coding"));
    m_blindRound = menu->addAction(tr("&Blind Round"), this, &AgreementController::toggleRound);
    m_blindRound->setObjectName(QStringLiteral("blindRoundAction"));
    m_blindRound->setCheckable(true);
    m_blindRound->setStatusTip(tr("While a blind round is open, each coder sees only their own codings on the "
                                  "sample's documents"));
    m_adjudicate = menu->addAction(tr("A&djudicate Disagreements…"), this, &AgreementController::showAdjudication);
    m_adjudicate->setObjectName(QStringLiteral("adjudicateAction"));
    m_adjudicate->setStatusTip(tr("Decide each disagreement of two coders into the codings of a consensus coder"));
    connect(menu, &QMenu::aboutToShow, this, &AgreementController::updateActions);
    updateActions();
}

void AgreementController::updateActions()
{
    Workspace *workspace = m_window->workspace();
    for (QAction *action : {m_plan, m_blindRound, m_adjudicate}) {
        if (action)
            action->setEnabled(workspace != nullptr);
    }
    if (m_blindRound) {
        const auto round = workspace ? BlindRound::of(workspace->context())->round() : std::nullopt;
        const QSignalBlocker blocker(m_blindRound);
        m_blindRound->setChecked(round.has_value());
        m_blindRound->setText(round ? tr("Close &Blind Round on “%1”").arg(round->set) : tr("Open &Blind Round…"));
    }
}

void AgreementController::toggleRound()
{
    Workspace *workspace = m_window->workspace();
    if (!workspace)
        return;
    if (BlindRound::of(workspace->context())->isOpen()) {
        closeRound();
        return;
    }
    auto sets = AgreementSampler(workspace->context()->project()).sets();
    if (!sets || sets->isEmpty()) {
        workspace->context()->reportFailure(
            sets ? tr("There is no sample to open a blind round on: plan a double-coding sample first.") : sets.error());
        updateActions();
        return;
    }
    bool ok = false;
    const QString set = QInputDialog::getItem(m_window, tr("Open Blind Round"), tr("Sample (a set of documents):"),
                                              *sets, 0, false, &ok);
    if (ok)
        openRound(set);
    updateActions();
}

bool AgreementController::openRound(const QString &set)
{
    Workspace *workspace = m_window->workspace();
    if (!workspace)
        return false;
    Project &project = workspace->context()->project();
    const bool done = RecordedEditCommand::run(workspace->context(), tr("Open blind round on “%1”").arg(set),
                                               ProjectContext::Codings | ProjectContext::Attributes,
                                               [&project, set] { return AgreementRounds(project).open(set); });
    updateActions();
    return done;
}

bool AgreementController::closeRound()
{
    Workspace *workspace = m_window->workspace();
    if (!workspace)
        return false;
    const auto round = BlindRound::of(workspace->context())->round();
    if (!round)
        return false;
    Project &project = workspace->context()->project();
    const bool done = RecordedEditCommand::run(workspace->context(), tr("Close blind round on “%1”").arg(round->set),
                                               ProjectContext::Codings | ProjectContext::Attributes,
                                               [&project] { return AgreementRounds(project).close(); });
    updateActions();
    if (!done)
        return false;
    // The round's result: the agreement on the sample.
    if (CompareWindow *compare = m_compare->showCompare(CompareWindow::AgreementPage))
        compare->agreementTab()->chooseDocumentSet(round->set);
    return true;
}

void AgreementController::showSamplePlanner()
{
    Workspace *workspace = m_window->workspace();
    if (!workspace)
        return;
    SamplePlannerDialog dialog(workspace->context(), m_window);
    dialog.exec();
    updateActions();
}

AdjudicationDialog *AgreementController::showAdjudication()
{
    Workspace *workspace = m_window->workspace();
    if (!workspace)
        return nullptr;
    // A window of the reading pane, so it goes when the project closes.
    auto *dialog = new AdjudicationDialog(workspace->context(), workspace->readingPane());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AdjudicationDialog::jumpRequested, workspace, &Workspace::jumpTo);
    dialog->show();
    return dialog;
}

} // namespace marginalia
