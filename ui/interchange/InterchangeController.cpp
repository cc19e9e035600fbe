#include "interchange/InterchangeController.h"

#include "coding/RecordedEditCommand.h"
#include "context/ProjectContext.h"
#include "import/ImportController.h"
#include "interchange/BackgroundTask.h"
#include "interchange/Prompts.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/MessageBar.h"
#include "mainwindow/Workspace.h"
#include "project/ChangeRecorder.h"
#include "project/Project.h"
#include "refiqda/ProjectMerger.h"
#include "refiqda/RefiQda.h"
#include "settings/Settings.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

#include <memory>

namespace marginalia {

namespace {

QString programName(ExportTarget target)
{
    switch (target) {
    case ExportTarget::NVivo:
        return QStringLiteral("NVivo");
    case ExportTarget::QualCoder:
        return QStringLiteral("QualCoder");
    case ExportTarget::AtlasTi:
        return QStringLiteral("ATLAS.ti");
    case ExportTarget::Maxqda:
        return QStringLiteral("MAXQDA");
    case ExportTarget::Standard:
        break;
    }
    return QStringLiteral("REFI-QDA");
}

QString bullet(const QString &text)
{
    return QStringLiteral("• ") + text;
}

// Where a worker's outcome waits for the GUI thread.
template<typename Report>
struct Outcome
{
    Result<Report> report = failure(QString());
    RecordedChange change;
};

} // namespace

InterchangeController::InterchangeController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_task(new BackgroundTask(window, this))
{
    connect(m_task, &BackgroundTask::finished, this, &InterchangeController::updateActions);
}

InterchangeController::~InterchangeController() = default;

void InterchangeController::addToMenu(QMenu *menu)
{
    QAction *exportQdpxAction = menu->addAction(tr("Export Project as REFI-QDA (.qdpx)…"), this,
                                                &InterchangeController::chooseQdpxExport);
    QAction *exportQdcAction = menu->addAction(tr("Export Codebook (.qdc)…"), this,
                                               &InterchangeController::chooseQdcExport);
    m_importQdpxAction = menu->addAction(tr("Import REFI-QDA Project (.qdpx)…"), this,
                                         &InterchangeController::chooseQdpxImport);
    QAction *importQdcAction = menu->addAction(tr("Import Codebook (.qdc)…"), this,
                                               &InterchangeController::chooseQdcImport);
    QAction *mergeAction = menu->addAction(tr("Merge Project…"), this, &InterchangeController::chooseProjectToMerge);
    mergeAction->setStatusTip(tr("Add a teammate’s project (.marginalia or .qdpx) to this one"));
    m_actions = {exportQdpxAction, exportQdcAction, importQdcAction, mergeAction};
    connect(menu, &QMenu::aboutToShow, this, &InterchangeController::updateActions);
    updateActions();
}

bool InterchangeController::isRunning() const
{
    return m_task->isRunning();
}

void InterchangeController::updateActions()
{
    const bool idle = !m_task->isRunning();
    const bool open = m_window->workspace() != nullptr;
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(idle && open);
    if (m_importQdpxAction)
        m_importQdpxAction->setEnabled(idle);
}

void InterchangeController::showError(const QString &message)
{
    m_lastSummary = message;
    m_window->messageBar()->showMessage(message, MessageBar::Kind::Error);
}

bool InterchangeController::canStart()
{
    if (m_task->isRunning()) {
        showError(tr("Another exchange or merge is running; wait until it has finished."));
        return false;
    }
    Workspace *workspace = m_window->workspace();
    if (workspace && workspace->importController()->isRunning()) {
        showError(tr("An import is running; wait until it has finished."));
        return false;
    }
    return true;
}

void InterchangeController::showSummary(const QString &title, const QString &headline, const QStringList &lines,
                                        const QStringList &details)
{
    QStringList all = lines;
    all += details;
    m_lastSummary = headline + QLatin1Char('\n') + all.join(QLatin1Char('\n'));
    m_window->statusBar()->showMessage(headline, 8000);
    if (!m_showSummary)
        return;
    auto *box = new QMessageBox(details.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, title, headline,
                                QMessageBox::Ok, m_window);
    QStringList shown = lines;
    if (!details.isEmpty()) {
        shown += details.mid(0, 8);
        if (details.size() > 8)
            shown.append(tr("… and %1 more (see Details).").arg(details.size() - 8));
        box->setDetailedText(details.join(QLatin1Char('\n')));
    }
    box->setInformativeText(shown.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

// --- the menu commands -------------------------------------------------------------------------

void InterchangeController::chooseQdpxExport()
{
    Workspace *workspace = m_window->workspace();
    if (!workspace || !canStart())
        return;
    const QFileInfo project(workspace->context()->path());
    // Programs read REFI-QDA differently: NVivo and QualCoder count positions in UTF-16 units, and
    // QualCoder turns sets into attributes. The export is made for the one that will read it.
    static const QList<ExportTarget> targets{ExportTarget::Standard, ExportTarget::NVivo, ExportTarget::QualCoder,
                                             ExportTarget::AtlasTi, ExportTarget::Maxqda};
    const QStringList programs{tr("Any program (the REFI-QDA standard)"), tr("NVivo"), tr("QualCoder"), tr("ATLAS.ti"),
                               tr("MAXQDA")};
    const int chosen = Prompts::choose(m_window, tr("Export Project as REFI-QDA"),
                                       tr("Which program will open the file? NVivo and QualCoder count text positions "
                                          "differently from the standard, and QualCoder misreads sets."),
                                       programs);
    if (chosen < 0)
        return;
    const ExportTarget target = targets.value(chosen);
    const QString suffix = target == ExportTarget::Standard ? QString() : u'-' + exportTargetName(target);
    const QString path = Prompts::saveFileName(
        m_window, tr("Export Project as REFI-QDA"),
        project.absoluteDir().filePath(project.completeBaseName() + suffix + QStringLiteral(".qdpx")),
        tr("REFI-QDA projects (*.qdpx)"), QStringLiteral(".qdpx"));
    if (!path.isEmpty())
        exportQdpx(path, target);
}

void InterchangeController::chooseQdcExport()
{
    Workspace *workspace = m_window->workspace();
    if (!workspace || !canStart())
        return;
    const QFileInfo project(workspace->context()->path());
    const QString path = Prompts::saveFileName(
        m_window, tr("Export Codebook"),
        project.absoluteDir().filePath(project.completeBaseName() + QStringLiteral(".qdc")),
        tr("REFI-QDA codebooks (*.qdc)"), QStringLiteral(".qdc"));
    if (!path.isEmpty())
        exportQdc(path);
}

void InterchangeController::chooseQdpxImport()
{
    if (!canStart())
        return;
    const QString archive = Prompts::openFileName(m_window, tr("Import REFI-QDA Project"),
                                                  tr("REFI-QDA projects (*.qdpx);;All files (*)"));
    if (archive.isEmpty())
        return;
    const QFileInfo info(archive);
    const QString project = Prompts::saveFileName(
        m_window, tr("New Project for the Import"),
        info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".marginalia")),
        tr("Marginalia projects (*.marginalia)"), QStringLiteral(".marginalia"));
    if (!project.isEmpty())
        importQdpx(archive, project);
}

void InterchangeController::chooseQdcImport()
{
    if (!m_window->workspace() || !canStart())
        return;
    const QString path = Prompts::openFileName(m_window, tr("Import Codebook"),
                                               tr("REFI-QDA codebooks (*.qdc);;All files (*)"));
    if (!path.isEmpty())
        importQdc(path);
}

void InterchangeController::chooseProjectToMerge()
{
    if (!m_window->workspace() || !canStart())
        return;
    const QString path = Prompts::openFileName(
        m_window, tr("Merge Project"),
        tr("Projects (*.marginalia *.qdpx);;Marginalia projects (*.marginalia);;REFI-QDA projects (*.qdpx)"));
    if (!path.isEmpty())
        mergeProject(path);
}

// --- the work ----------------------------------------------------------------------------------

bool InterchangeController::exportQdpx(const QString &path, ExportTarget target)
{
    Workspace *workspace = m_window->workspace();
    if (!workspace || !canStart())
        return false;
    const QString projectPath = workspace->context()->path();
    auto outcome = std::make_shared<Outcome<RefiExportReport>>();
    const QString fileName = QFileInfo(path).fileName();
    const bool started = m_task->start(
        tr("Export"), tr("Exporting the project to %1…").arg(fileName),
        [=](const InterchangeProgressCallback &progress, const std::atomic_bool &) {
            auto project = Project::open(projectPath, Project::Access::ReadOnly);
            if (!project) {
                outcome->report = failure(project.error());
                return;
            }
            RefiExportOptions options;
            options.target = target;
            outcome->report = marginalia::exportQdpx(**project, path, options, progress);
        },
        [=, this](bool cancelled) {
            // A cancel that came after the archive was complete leaves it written.
            if (!outcome->report) {
                if (cancelled)
                    showError(tr("The export was cancelled; nothing was written."));
                else
                    showError(tr("The export failed: %1").arg(outcome->report.error()));
                Q_EMIT finished(false);
                return;
            }
            const RefiExportReport &report = *outcome->report;
            showSummary(tr("Export"), tr("The project was exported to %1.").arg(fileName),
                        {tr("Documents: %1").arg(report.documents), tr("Codes: %1").arg(report.codes),
                         tr("Codings: %1").arg(report.codings), tr("Coders: %1").arg(report.coders),
                         tr("Notes (memos): %1").arg(report.notes), tr("Cases: %1").arg(report.cases),
                         tr("Variables (attributes): %1").arg(report.variables), tr("Sets: %1").arg(report.sets),
                         report.utf16Positions ? tr("Text positions: UTF-16 units, as %1 counts them").arg(programName(report.target))
                                               : tr("Text positions: characters (code points), as the standard says")},
                        {});
            Q_EMIT finished(true);
        });
    updateActions();
    return started;
}

bool InterchangeController::exportQdc(const QString &path)
{
    Workspace *workspace = m_window->workspace();
    if (!workspace || !canStart())
        return false;
    const QString projectPath = workspace->context()->path();
    auto outcome = std::make_shared<Outcome<RefiExportReport>>();
    const QString fileName = QFileInfo(path).fileName();
    const bool started = m_task->start(
        tr("Export"), tr("Exporting the codebook to %1…").arg(fileName),
        [=](const InterchangeProgressCallback &, const std::atomic_bool &) {
            auto project = Project::open(projectPath, Project::Access::ReadOnly);
            if (!project) {
                outcome->report = failure(project.error());
                return;
            }
            outcome->report = marginalia::exportQdc(**project, path);
        },
        [=, this](bool cancelled) {
            if (cancelled) {
                // The codebook is written in one go; a cancel that came too late removes it again.
                if (outcome->report)
                    QFile::remove(path);
                showError(tr("The export was cancelled; nothing was written."));
                Q_EMIT finished(false);
                return;
            }
            if (!outcome->report) {
                showError(tr("The export failed: %1").arg(outcome->report.error()));
                Q_EMIT finished(false);
                return;
            }
            showSummary(tr("Export"), tr("The codebook was exported to %1.").arg(fileName),
                        {tr("Codes: %1").arg(outcome->report->codes)}, {});
            Q_EMIT finished(true);
        });
    updateActions();
    return started;
}

bool InterchangeController::importQdpx(const QString &archivePath, const QString &projectPath)
{
    if (!canStart())
        return false;
    if (QFileInfo::exists(projectPath)) {
        showError(tr("%1 exists already; choose a new name for the imported project.")
                      .arg(QFileInfo(projectPath).fileName()));
        Q_EMIT finished(false);
        return false;
    }
    if (m_window->workspace() && QFileInfo(m_window->workspace()->context()->path()) == QFileInfo(projectPath)) {
        showError(tr("Choose a new file for the imported project, not the open one."));
        Q_EMIT finished(false);
        return false;
    }
    auto outcome = std::make_shared<Outcome<RefiImportReport>>();
    RefiImportOptions options;
    options.coder = Settings().coderName();
    const QString archiveName = QFileInfo(archivePath).fileName();
    const bool started = m_task->start(
        tr("Import"), tr("Importing %1…").arg(archiveName),
        [=](const InterchangeProgressCallback &progress, const std::atomic_bool &) {
            outcome->report = marginalia::importQdpx(archivePath, projectPath, options, progress);
        },
        [=, this](bool cancelled) {
            if (cancelled) {
                // A cancel that came after the import had finished: the project is there, so keep it.
                if (!outcome->report || !QFileInfo::exists(projectPath)) {
                    showError(tr("The import was cancelled; no project was created."));
                    Q_EMIT finished(false);
                    return;
                }
            }
            if (!outcome->report) {
                showError(tr("The import of %1 failed: %2").arg(archiveName, outcome->report.error()));
                Q_EMIT finished(false);
                return;
            }
            const RefiImportReport &report = *outcome->report;
            QStringList details;
            for (const RefiSkipped &skipped : report.skipped)
                details.append(bullet(tr("Skipped %1: %2").arg(skipped.item, skipped.reason)));
            for (const RefiPositionChoice &choice : report.positions)
                details.append(bullet(tr("Positions in “%1” read as %2: %3")
                                          .arg(choice.source,
                                               choice.unit == PositionUnits::Utf16Units ? tr("UTF-16 units")
                                                                                        : tr("characters (code points)"),
                                               choice.evidence)));
            for (const QString &warning : report.warnings)
                details.append(bullet(warning));
            // A partial import says so first.
            const QString headline = report.sourcesNotStored > 0
                ? tr("%1 was imported only in part into the new project %2: %n source(s) could not be stored (see Details).",
                     nullptr, static_cast<int>(report.sourcesNotStored))
                      .arg(archiveName, QFileInfo(projectPath).fileName())
                : tr("%1 was imported into the new project %2.").arg(archiveName, QFileInfo(projectPath).fileName());
            showSummary(tr("Import"), headline,
                        {tr("Documents: %1").arg(report.documents), tr("Codes: %1").arg(report.codes),
                         tr("Codings: %1").arg(report.codings), tr("Coders: %1").arg(report.coders),
                         tr("Notes (memos): %1").arg(report.notes), tr("Cases: %1").arg(report.cases),
                         tr("Attributes: %1").arg(report.attributes),
                         tr("Skipped: %1").arg(report.skipped.size())},
                        details);
            Q_EMIT finished(true);
            if (Prompts::confirm(m_window, tr("Import"),
                                 tr("Open the new project %1 now?").arg(QFileInfo(projectPath).fileName()),
                                 tr("Open")))
                m_window->openProject(projectPath);
        });
    updateActions();
    return started;
}

bool InterchangeController::importQdc(const QString &path)
{
    Workspace *workspace = m_window->workspace();
    if (!workspace || !canStart())
        return false;
    QPointer<ProjectContext> context = workspace->context();
    const QString projectPath = context->path();
    const QString coder = context->project().currentCoder();
    const QString fileName = QFileInfo(path).fileName();
    const QString description = tr("Import codebook “%1”").arg(fileName);
    auto outcome = std::make_shared<Outcome<RefiImportReport>>();
    const bool started = m_task->start(
        tr("Import"), tr("Importing the codebook %1…").arg(fileName),
        [=](const InterchangeProgressCallback &, const std::atomic_bool &cancel) {
            auto project = Project::open(projectPath);
            if (!project) {
                outcome->report = failure(project.error());
                return;
            }
            (*project)->setCurrentCoder(coder);
            RefiImportOptions options;
            options.coder = coder;
            RefiImportReport report;
            ChangeRecorder recorder(**project);
            auto change = recorder.record(description, [&]() -> Result<void> {
                auto imported = marginalia::importQdc(**project, path, options);
                if (!imported)
                    return failure(imported.error());
                report = *imported;
                return {};
            });
            if (!change) {
                outcome->report = failure(change.error());
                return;
            }
            // The core import cannot stop half-way; a cancel while it ran takes it back.
            if (cancel.load() && !change->isEmpty()) {
                if (auto undone = recorder.undo(*change); !undone) {
                    outcome->change = *change;   // still in the file: keep it undoable
                    outcome->report = report;
                    return;
                }
                outcome->report = failure(QString());
                return;
            }
            outcome->change = *change;
            outcome->report = report;
        },
        [=, this](bool cancelled) {
            if (!outcome->report) {
                if (cancelled)
                    showError(tr("The import was cancelled; the codebook is as it was."));
                else
                    showError(tr("The import of %1 failed: %2").arg(fileName, outcome->report.error()));
                Q_EMIT finished(false);
                return;
            }
            if (!outcome->change.isEmpty()) {
                if (context && context->path() == projectPath)
                    RecordedEditCommand::pushApplied(context, description, ProjectContext::Codes, outcome->change);
            }
            const RefiImportReport &report = *outcome->report;
            QStringList details;
            for (const RefiSkipped &skipped : report.skipped)
                details.append(bullet(tr("Skipped %1: %2").arg(skipped.item, skipped.reason)));
            for (const QString &warning : report.warnings)
                details.append(bullet(warning));
            showSummary(tr("Import"), tr("The codebook %1 was imported.").arg(fileName),
                        {tr("Codes added: %1").arg(report.codes),
                         tr("Codes the project had already: %1").arg(report.codesMatched),
                         tr("Skipped: %1").arg(report.skipped.size())},
                        details);
            Q_EMIT finished(true);
        });
    updateActions();
    return started;
}

bool InterchangeController::mergeProject(const QString &otherPath)
{
    Workspace *workspace = m_window->workspace();
    if (!workspace || !canStart())
        return false;
    QPointer<ProjectContext> context = workspace->context();
    const QString projectPath = context->path();
    if (QFileInfo(otherPath) == QFileInfo(projectPath)) {
        showError(tr("A project cannot be merged into itself."));
        Q_EMIT finished(false);
        return false;
    }
    const QString coder = context->project().currentCoder();
    const QString fileName = QFileInfo(otherPath).fileName();
    const QString description = tr("Merge “%1”").arg(fileName);
    auto outcome = std::make_shared<Outcome<MergeReport>>();
    const bool started = m_task->start(
        tr("Merge"), tr("Merging %1 into this project…").arg(fileName),
        [=](const InterchangeProgressCallback &progress, const std::atomic_bool &) {
            auto project = Project::open(projectPath);
            if (!project) {
                outcome->report = failure(project.error());
                return;
            }
            (*project)->setCurrentCoder(coder);
            MergeOptions options;
            options.qdpx.coder = coder;
            MergeReport report;
            auto change = ChangeRecorder(**project).record(description, [&]() -> Result<void> {
                auto merged = marginalia::mergeProject(**project, otherPath, options, progress);
                if (!merged)
                    return failure(merged.error());
                report = *merged;
                return {};
            });
            if (!change) {
                outcome->report = failure(change.error());
                return;
            }
            outcome->change = *change;
            outcome->report = report;
        },
        [=, this](bool cancelled) {
            if (!outcome->report) {
                if (cancelled)
                    showError(tr("The merge was cancelled; the project is as it was."));
                else
                    showError(tr("The merge of %1 failed: %2").arg(fileName, outcome->report.error()));
                Q_EMIT finished(false);
                return;
            }
            // Done before a late cancel could stop it: the merge stands, and can be undone.
            if (!outcome->change.isEmpty()) {
                if (context && context->path() == projectPath)
                    RecordedEditCommand::pushApplied(context, description, ProjectContext::Everything,
                                                     outcome->change);
            }
            const MergeReport &report = *outcome->report;
            QStringList details;
            for (const RefiSkipped &skipped : report.skipped)
                details.append(bullet(tr("Skipped %1: %2").arg(skipped.item, skipped.reason)));
            for (const QString &conflict : report.conflicts)
                details.append(bullet(tr("Conflict: %1").arg(conflict)));
            for (const QString &alias : report.collapsedAliases)
                details.append(bullet(tr("Collapsed into a coding already here (memo kept): %1").arg(alias)));
            for (const QString &note : report.notes)
                details.append(bullet(note));
            QStringList lines{tr("Documents added: %1").arg(report.documentsAdded),
                              tr("Documents already here (same text): %1").arg(report.documentsMatched),
                              tr("Codes added: %1").arg(report.codesAdded),
                              tr("Codes matched: %1").arg(report.codesMatched),
                              tr("Codings added: %1").arg(report.codingsAdded),
                              tr("Codings already here (skipped): %1").arg(report.codingsCollapsed),
                              tr("Coders added: %1").arg(report.codersAdded),
                              tr("Cases added: %1").arg(report.casesAdded),
                              tr("Attribute values set: %1").arg(report.attributesSet),
                              tr("Conflicts: %1").arg(report.conflicts.size())};
            if (!report.backup.isEmpty())
                lines.append(tr("The project as it was before is kept as %1.").arg(QFileInfo(report.backup).fileName()));
            showSummary(tr("Merge"), tr("%1 was merged into this project.").arg(fileName), lines, details);
            Q_EMIT finished(true);
        });
    updateActions();
    return started;
}

} // namespace marginalia
