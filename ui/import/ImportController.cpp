#include "import/ImportController.h"

#include "coding/RecordedEditCommand.h"
#include "context/ProjectContext.h"
#include "project/Project.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QMetaObject>
#include <QProgressDialog>
#include <QThread>

namespace marginalia {

ImportController::ImportController(ProjectContext *context, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_window(window)
{
}

ImportController::~ImportController()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
}

bool ImportController::importFiles(const QStringList &paths, const ImportOptions &options)
{
    if (m_thread || paths.isEmpty())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_outcome = std::make_shared<Outcome>();
    m_progress = new QProgressDialog(tr("Importing %n file(s)…", nullptr, static_cast<int>(paths.size())), tr("Cancel"),
                                     0, static_cast<int>(paths.size()), m_window);
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [cancel = m_cancel] { cancel->store(true); });

    const QString projectPath = m_context->path();
    const QString coder = m_context->project().currentCoder();
    const QString description = tr("Import %n document(s)", nullptr, static_cast<int>(paths.size()));
    auto cancel = m_cancel;
    auto outcome = m_outcome;
    QPointer<QProgressDialog> progress = m_progress;
    m_thread = QThread::create([=] {
        auto project = Project::open(projectPath);
        if (!project) {
            outcome->report = failure(project.error());
            return;
        }
        (*project)->setCurrentCoder(coder);
        ImportReport report;
        // Cancel also stops the read of the file at hand (ReadOptions::cancel), not only the step to the next file.
        ImportOptions cancellable = options;
        cancellable.read.cancel = cancel.get();
        Importer importer(**project);
        bool cancelled = false;
        auto change = ChangeRecorder(**project).record(description, [&]() -> Result<void> {
            auto result = importer.importFiles(paths, cancellable, [&](int done, int, const QString &) {
                QMetaObject::invokeMethod(progress, [progress, done] {
                    if (progress)
                        progress->setValue(done);
                }, Qt::QueuedConnection);
                return !cancel->load();
            });
            if (!result)
                return failure(result.error());
            report = *result;
            if (report.cancelled) {
                cancelled = true;   // the recorder takes the whole import back
                return failure(QString());
            }
            return {};
        });
        if (cancelled) {
            outcome->report = report;
            return;
        }
        if (!change) {
            outcome->report = failure(change.error());
            return;
        }
        outcome->change = *change;
        outcome->report = report;
    });
    connect(m_thread, &QThread::finished, this, &ImportController::done);
    m_thread->start();
    return true;
}

void ImportController::done()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    const Result<ImportReport> &report = m_outcome->report;
    if (!report) {
        m_context->notifyChanged(ProjectContext::Everything);   // nothing was kept: views show the project as it is
        m_context->reportFailure(tr("The import failed: %1").arg(report.error()));
        Q_EMIT finished(0, 0, false);
        return;
    }
    const int imported = static_cast<int>(report->imported.size());
    if (!report->cancelled && !m_outcome->change.isEmpty()) {
        RecordedEditCommand::pushApplied(m_context, tr("Import %n document(s)", nullptr, imported),
                                         ProjectContext::Everything, m_outcome->change);
    }
    if (report->cancelled) {
        m_context->reportFailure(tr("The import was cancelled; nothing was imported."));
    } else if (!m_outcome->change.kept) {
        // Stored and committed; only the undo record was too large to hold in memory.
        m_context->reportFailure(tr("%n document(s) imported. This import cannot be undone: it was too large to keep "
                                    "for undo.", nullptr, imported));
    }
    else if (m_showSummary && (!report->refused.isEmpty() || imported == 0))
        showSummary(*report);
    Q_EMIT finished(report->cancelled ? 0 : imported, static_cast<int>(report->refused.size()), report->cancelled);
}

void ImportController::showSummary(const ImportReport &report)
{
    QStringList lines;
    for (const ImportRefusal &refusal : report.refused)
        lines.append(QStringLiteral("• ") + refusal.reason);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Import"),
                                tr("%n document(s) imported.", nullptr, static_cast<int>(report.imported.size()))
                                    + QLatin1Char(' ')
                                    + tr("%n file(s) refused:", nullptr, static_cast<int>(report.refused.size())),
                                QMessageBox::Ok, m_window);
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    box->setInformativeText(lines.mid(0, 8).join(QLatin1Char('\n')));
    box->setTextFormat(Qt::PlainText);   // file names and reasons are shown as they are
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

} // namespace marginalia
