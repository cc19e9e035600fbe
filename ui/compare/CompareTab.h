#pragma once

#include "compare/PassagesModel.h"

#include <QList>
#include <QWidget>

class QTableView;
class QTimer;

namespace marginalia {

class AnalysisTask;
class ProjectContext;

// What the tabs of the Compare view share: the project context, a background task for their analysis (its own
// connection, off the GUI thread), a debounced reload when the project or a choice changes, and the table that
// "Copy as CSV" copies.
class CompareTab : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareTab)

public:
    explicit CompareTab(ProjectContext *context, QWidget *parent = nullptr);

    AnalysisTask *task() const { return m_task; }
    // The table "Copy as CSV" copies.
    virtual QTableView *table() const = 0;
    // Computes again now (the debounce skipped).
    void reloadNow();
    // Computes again shortly: several changes in a row cost one computation.
    void scheduleReload();

Q_SIGNALS:
    // The tab shows new results.
    void refreshed();
    void passagesRequested(const QString &title, const QList<marginalia::Passage> &passages);
    void failed(const QString &message);

protected:
    virtual void reload() = 0;
    // The project's attribute names and values, kinds and coders changed: refill the choosers.
    virtual void reloadChoices() {}
    ProjectContext *context() const { return m_context; }

private:
    ProjectContext *m_context;
    AnalysisTask *m_task;
    QTimer *m_reloadTimer;
};

} // namespace marginalia
