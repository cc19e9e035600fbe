#pragma once

#include "import/Importer.h"
#include "project/ChangeRecorder.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QThread;

namespace marginalia {

class ProjectContext;

// Imports files off the GUI thread: a worker opens its own connection to the project file (an
// SQLite connection is never shared between threads), runs the Importer inside
// ChangeRecorder::record(), and hands back the report and the recorded change. The import then
// becomes one undo step on the GUI side. A progress dialog with Cancel shows while it runs; a
// summary says what was refused and why.
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    ImportController(ProjectContext *context, QWidget *window, QObject *parent = nullptr);
    ~ImportController() override;

    // Starts an import unless one is running; false if one is.
    bool importFiles(const QStringList &paths, const ImportOptions &options = {});
    bool isRunning() const { return m_thread != nullptr; }
    // Show the summary dialog after an import (off in tests).
    void setShowSummary(bool show) { m_showSummary = show; }

Q_SIGNALS:
    void finished(int imported, int refused, bool cancelled);

private:
    struct Outcome
    {
        Result<ImportReport> report = failure(QString());
        RecordedChange change;
    };

    void done();
    void showSummary(const ImportReport &report);

    ProjectContext *m_context;
    QPointer<QWidget> m_window;
    QThread *m_thread = nullptr;
    QProgressDialog *m_progress = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<Outcome> m_outcome;
    bool m_showSummary = true;
};

} // namespace marginalia
